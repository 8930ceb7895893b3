"""The Audit: everything a check may read, and the loop that runs the checks.

A check is a plain function of the Audit that yields Findings, wrapped in a
small frozen `Check` record (id, default severity, summary, docs). The engine
never imports `checks/`; `auditor.registry` is the one place that connects them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from auditor.documents import Document
from auditor.findings import Finding, Severity

if TYPE_CHECKING:  # the claims model imports figures lazily; keep this module light
    from auditor.claims import Claim, ClaimFile, Relation


@dataclass(frozen=True)
class Stages:
    """A cross-document check cut into stages that `--jobs N` runs in several processes (auditor/parallel.py).

    `prepare` runs on an Audit of a few documents, in a worker, and returns a picklable summary of them;
    `adopt` takes each summary in the parent as it arrives (in any order); `parts` then names the parts
    the cross-document step splits into, and `run_part` yields one part's findings, in a worker forked
    after that. Together they yield exactly what `Check.run` yields; a serial run calls `Check.run` only.
    """

    prepare: Callable[["Audit"], Any]
    adopt: Callable[["Audit", Any], None]
    parts: Callable[["Audit"], list[Any]]
    run_part: Callable[["Audit", Any], Iterable[Finding]]


@dataclass(frozen=True)
class Check:
    """A registered check. `run` must be pure: read the Audit, yield Findings, print nothing."""

    id: str
    severity: Severity
    summary: str
    run: Callable[["Audit"], Iterable[Finding]]
    docs: str
    needs_claims: bool = False  # False: runs on bare documents (`auditor scan`, `check --docs`)
    # True: guesses relations between figures with no claims (`auditor scan`); `check` runs it only when selected.
    discovery: bool = False
    # True: off by default, run only when selected by id (`select` or `extend-select`): a heuristic whose record on
    # real published text it was not tuned on does not earn a place in every run (docs/ci.md, "Opt-in checks").
    opt_in: bool = False
    # True: a document's findings depend on that document alone, so documents may be checked in separate processes.
    per_document: bool = False
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    # What a configured option may be, beyond its default's type (auditor/config.py enforces it):
    # ("range", low, high) for a number (inclusive; None for no bound), ("one of", *values) for a string.
    limits: Mapping[str, tuple] = field(default_factory=lambda: MappingProxyType({}))
    # For a cross-document check: per-document preparation and independent parts, for `--jobs N`.
    stages: Stages | None = None


@dataclass
class Audit:
    """Documents, claims and settings: the one object every check reads."""

    documents: dict[str, Document]
    claim_files: list["ClaimFile"] = field(default_factory=list)
    check_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    _quote_cache: dict[str, Any] = field(default_factory=dict, repr=False)
    _findings_cache: dict[str, tuple[Finding, ...]] = field(default_factory=dict, repr=False)

    @property
    def claims(self) -> list["Claim"]:
        return [claim for claim_file in self.claim_files for claim in claim_file.claims]

    @property
    def relations(self) -> list["Relation"]:
        return [relation for claim_file in self.claim_files for relation in claim_file.relations]

    def claim_by_id(self, claim_id: str) -> "Claim | None":
        # Indexed once per state of claim_files (resolving claims replaces the files), not searched each time.
        state = tuple(map(id, self.claim_files))
        cached = self._quote_cache.get(("claim-index",))
        if cached is None or cached[0] != state:
            cached = (state, {claim.id: claim for claim in self.claims})
            self._quote_cache[("claim-index",)] = cached
        return cached[1].get(claim_id)

    def option(self, check: Check, name: str) -> Any:
        """A check's setting: from configuration when given, else the check's default."""
        return self.check_options.get(check.id, {}).get(name, check.options.get(name))

    def findings_of(self, check: Check) -> tuple[Finding, ...]:
        """The findings of `check` on this audit, computed once however many ask."""
        cached = self._findings_cache.get(check.id)
        if cached is None:
            cached = tuple(check.run(self))
            self._findings_cache[check.id] = cached
        return cached

    def document_for(self, claim: "Claim") -> Document:
        return self.documents[claim.document]

    def quote_matches(self, claim: "Claim"):
        """Where the claim's quote occurs in its document (computed once per claim)."""
        from auditor.quotes import find_quote

        cached = self._quote_cache.get(claim.id)
        if cached is None:
            cached = find_quote(self.document_for(claim), claim.quote)
            self._quote_cache[claim.id] = cached
        return cached


def run_checks(
    audit: Audit, checks: Iterable[Check], severities: Mapping[str, Severity] | None = None
) -> list[Finding]:
    """Run each check and return its findings in report order (deterministic)."""
    severities = severities or {}
    findings: list[Finding] = []
    for check in checks:
        override = severities.get(check.id)
        for finding in audit.findings_of(check):
            findings.append(finding.with_severity(override) if override else finding)
    findings.sort(key=Finding.sort_key)
    return findings
