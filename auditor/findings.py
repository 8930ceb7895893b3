"""Findings: the immutable values every check produces and every reporter formats."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from enum import IntEnum
from fractions import Fraction


class Severity(IntEnum):
    """Ordered so that `severity >= fail_on` decides the exit status."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> "Severity":
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r} (expected error, warning or info)") from None


@dataclass(frozen=True)
class Location:
    """A span of a document: 1-based line and column in Unicode code points.

    `end_line`/`end_column` point at the character *after* the span (SARIF's
    convention), so a one-character span at 3:5 ends at 3:6. `start`/`end` are
    0-based offsets into the document text of the excerpt, kept so reporters can
    re-slice. A location with a highlighted figure (`Document.figure_location`)
    points at the figure: its line and columns are the figure's, while the
    excerpt is the quote or clause around it.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    excerpt: str
    label: str = ""
    # Spans inside the excerpt to emphasize (the figure in a quote), as absolute offsets.
    highlights: tuple[tuple[int, int], ...] = ()

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"

    @property
    def substance(self) -> str:
        """What the location is about: its highlighted text (a figure, a mark), else its excerpt. Fingerprints
        hash this, so showing more or less context around a figure never changes a finding's identity."""
        if not self.highlights:
            return self.excerpt
        return "\x1d".join(self.excerpt[start - self.start : end - self.start] for start, end in self.highlights)


@dataclass(frozen=True)
class FigureValue:
    """A figure a finding compares, as exact numbers: what the JSON report gives programs.

    `name` ties it to the evidence pair it belongs to (a claim id, "total",
    "first"); the bounds are in the base unit, exact (`Fraction`).
    """

    name: str
    text: str  # as written
    kind: str
    unit: str
    low: Fraction | None
    high: Fraction | None
    low_inclusive: bool
    high_inclusive: bool
    nominal: Fraction

    @classmethod
    def of(cls, name: str, figure) -> "FigureValue":
        """The value of an auditor.figures.Figure."""
        return cls(
            name,
            figure.text,
            figure.kind,
            figure.unit,
            figure.low,
            figure.high,
            figure.low_inclusive,
            figure.high_inclusive,
            figure.nominal,
        )

    def to_json(self) -> dict:
        """Numbers a program can use (int, or the nearest float) and each exactly as a string in `*_exact`."""
        from auditor.numbers import format_number, json_number

        return {
            "name": self.name,
            "text": self.text,
            "kind": self.kind,
            "unit": self.unit,
            "low": json_number(self.low),
            "high": json_number(self.high),
            "low_inclusive": self.low_inclusive,
            "high_inclusive": self.high_inclusive,
            "nominal": json_number(self.nominal),
            "low_exact": None if self.low is None else format_number(self.low),
            "high_exact": None if self.high is None else format_number(self.high),
            "nominal_exact": format_number(self.nominal),
        }


@dataclass(frozen=True)
class Finding:
    """One problem, pointing at a primary location and any related ones.

    `evidence` is an ordered tuple of (name, value) pairs: the figures compared,
    as written and in base units, so a reader never needs the JSON to judge.
    `identity` is what makes this finding the same finding after unrelated
    edits (moved lines, added claims); the fingerprint hashes it, never line
    numbers.
    """

    check: str
    severity: Severity
    message: str
    location: Location
    related: tuple[Location, ...] = ()
    evidence: tuple[tuple[str, str], ...] = ()
    values: tuple[FigureValue, ...] = ()  # the figures compared, as exact numbers (JSON: "values")
    fix: str | None = None
    assumption: str | None = None
    identity: str = ""
    # Claim ids the finding is about, and the relation (its claim-file mark) when it comes from one:
    # inline `ignore:` on either suppresses the finding.
    claims: tuple[str, ...] = ()
    relation: str | None = None
    suppressed_by: str | None = field(default=None, compare=False)

    @property
    def fingerprint(self) -> str:
        basis = "\x1f".join(
            [self.check, self.location.path, self.identity or self.location.substance]
            + sorted(f"{loc.path}\x1e{loc.substance}" for loc in self.related)
        )
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:20]

    def sort_key(self) -> tuple:
        loc = self.location
        return (loc.path, loc.line, loc.column, self.check, self.message)

    def with_severity(self, severity: Severity) -> "Finding":
        return replace(self, severity=severity)

    def suppressed(self, reason: str) -> "Finding":
        return replace(self, suppressed_by=reason)


@dataclass(frozen=True)
class DocumentCoverage:
    """How many of a document's figures the claims point at (auditor/coverage.py counts them)."""

    path: str
    figures: int  # figures found in the document
    claimed: int  # of those, figures a claim points at

    @property
    def percent(self) -> int:
        return round(100 * self.claimed / self.figures) if self.figures else 100


@dataclass(frozen=True)
class Report:
    """What a run found: the findings to report, the suppressed ones, and what was checked."""

    findings: tuple[Finding, ...]  # what is reported (suppressed ones excluded)
    suppressed: tuple[Finding, ...]
    documents: tuple[str, ...]
    claim_count: int
    checks: tuple[str, ...]
    # Per document with claims, how many of its figures the claims cover (None when there are no claims).
    coverage: tuple[DocumentCoverage, ...] | None = None
    baselined: int | None = None  # findings the baseline hid (None when no baseline was applied)
    # Findings below the display threshold (--min-severity): not shown, still judged by --fail-on.
    hidden: tuple[Finding, ...] = ()

    def count(self, severity: Severity) -> int:
        return sum(1 for finding in self.findings if finding.severity == severity)

    def summary(self) -> str:
        """'Found 3 errors, 35 warnings, 7 info (1 suppressed); 5 documents checked'."""
        parts = [
            f"{n} {severity.label}{'' if n == 1 or severity == Severity.INFO else 's'}"
            for severity in sorted(Severity, reverse=True)
            if (n := self.count(severity))
        ]
        text = ("Found " + ", ".join(parts)) if parts else "No findings"
        notes = []
        if self.hidden:
            notes.append(f"{len(self.hidden)} below --min-severity not shown")
        if self.suppressed:
            notes.append(f"{len(self.suppressed)} suppressed")
        if notes:
            text += f" ({', '.join(notes)})"
        documents = len(self.documents)
        return text + f"; {documents} document{'' if documents == 1 else 's'} checked"

    def worst(self) -> Severity | None:
        """The worst severity found, shown or hidden by --min-severity."""
        return max((finding.severity for finding in (*self.findings, *self.hidden)), default=None)

    def shown_from(self, severity: Severity) -> Report:
        """The report with findings below `severity` moved to `hidden` (a display filter: `worst` still sees them)."""
        kept = tuple(f for f in self.findings if f.severity >= severity)
        below = tuple(f for f in self.findings if f.severity < severity)
        return replace(self, findings=kept, hidden=self.hidden + below)
