"""The report cache: a run whose code, settings and inputs are unchanged reuses the last report.

As ruff and mypy do, so that running `auditor check` again after an unrelated
edit costs a start-up, not a full audit.

What decides a report, and so the entry it is filed under (`Request.key`):
- the code: auditor's version, the Python version, and the size and mtime of
  every file of the `auditor` and `checks` packages and of the libraries whose
  data decide findings;
- the request: project root, working directory, the claim and document paths
  as given (and where they resolve to), selected and ignored checks, check
  options, severities, discovery mode.

The entry also records every file the run read (claim files, the documents
they name, the bare documents) with the SHA-256 of the bytes read, and where
each document name of a claim file resolved. It is used only when every one
of those files still reads the same and every name still resolves to the
same file: an edit, a retargeted symlink or a document that vanished is a
miss, never a stale report. Runs that end in an input error are not cached.

The cache lives outside the project ($AUDITOR_CACHE_DIR, else
$XDG_CACHE_HOME/auditor, else ~/.cache/auditor), so a pull request cannot
bring an entry that hides findings, and CI jobs (the CI variable set) do not
use it at all. Entries are JSON (loading one runs no code), written
atomically, and checked field by field: an unreadable or malformed entry is a
miss. A recorded file is stat-ed before it is read: one that is no longer a
regular file or has grown past the document limit is a miss, unread.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import stat
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from auditor.caching import caches_disabled, default_directory, in_ci, installed
from auditor.findings import DocumentCoverage, FigureValue, Finding, Location, Report, Severity
from auditor.io import ReadLog
from auditor.version import __version__

FORMAT = 2  # bump when the entry layout or the Report changes shape (2: typed coverage instead of "extra")
MAX_ENTRIES = 256  # pruned to PRUNED_TO, oldest first, when a write goes past it
PRUNED_TO = 192
# Libraries whose code or data decide findings (unit factors, CC-CEDICT, script conversion, similarity, YAML).
LIBRARIES = ("pint", "zhon", "opencc", "rapidfuzz", "yaml")
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by auditor.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


# ---------------------------------------------------------------- the key


def _tree_signature(directory: Path, into: list) -> None:
    """(path, SHA-256) of every file under `directory`: by content, since copies (cp -p, rsync -t, tar)
    keep sizes and mtimes. About half a megabyte of source: a millisecond or two."""
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError:
        into.append((str(directory), "unreadable"))
        return
    for entry in entries:
        if entry.name == "__pycache__" or entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            _tree_signature(Path(entry.path), into)
        else:
            try:
                with open(entry.path, "rb") as handle:
                    into.append((entry.path, hashlib.sha256(handle.read()).hexdigest()))
            except OSError:
                into.append((entry.path, "unreadable"))


def code_signature() -> list:
    """Version, Python, the content of every file of auditor/ and checks/, and where the libraries whose
    data decide findings are installed (their main file's size and mtime: pip rewrites it on an upgrade)."""
    import importlib.util

    signature: list = [__version__, sys.version, FORMAT]
    for package in ("auditor", "auditor.checks"):
        spec = importlib.util.find_spec(package)
        for directory in spec.submodule_search_locations if spec is not None else ():
            _tree_signature(Path(directory), signature)
    signature.extend(installed(name) for name in LIBRARIES)
    return signature


@functools.cache
def code_key() -> str:
    """The code signature as one digest, computed once per process."""
    return hashlib.sha256(json.dumps(code_signature()).encode("ascii")).hexdigest()


def _paths(paths: Iterable[Path]) -> list[tuple[str, str]]:
    return [(str(path), os.path.realpath(path)) for path in paths]


@dataclass(frozen=True)
class Request:
    """Everything besides the files read that decides a report; `key` names its cache entry."""

    key: str
    # The claim files and documents the request names (as given, and their real paths): an entry must
    # have read each (a document named by a claim file too is read under its real path).
    given: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(
        cls,
        root: Path,
        claim_paths: list[Path],
        document_paths: list[Path],
        *,
        select: Iterable[str],
        ignore: Iterable[str],
        check_options: Mapping[str, Mapping[str, Any]] | None,
        severities: Mapping[str, Severity] | None,
        discovery: bool,
    ) -> "Request":
        claims, documents = _paths(claim_paths), _paths(document_paths)
        basis = {
            "code": code_key(),
            "root": os.path.realpath(root),
            "cwd": os.getcwd(),
            "claims": claims,
            "documents": documents,
            "select": sorted(check_id.lower() for check_id in select),
            "ignore": sorted(check_id.lower() for check_id in ignore),
            "options": {check_id: dict(options) for check_id, options in (check_options or {}).items()},
            "severities": {check_id: int(severity) for check_id, severity in (severities or {}).items()},
            "discovery": discovery,
        }
        # repr for values JSON lacks: a value whose repr is not stable can only make a miss, never a wrong hit.
        text = json.dumps(basis, sort_keys=True, default=repr)  # ASCII: paths may hold undecodable bytes
        given = tuple((os.path.abspath(path), real) for path, real in (*claims, *documents))
        return cls(hashlib.sha256(text.encode("ascii")).hexdigest(), given)


# ---------------------------------------------------------------- reports as JSON


def _location_json(location: Location) -> list:
    return [
        location.path,
        location.line,
        location.column,
        location.end_line,
        location.end_column,
        location.start,
        location.end,
        location.excerpt,
        location.label,
        [list(h) for h in location.highlights],
    ]


class _Malformed(ValueError):
    """An entry that this version did not write: read as a miss."""


def _typed(value, kind, optional: bool = False):
    if (value is None and optional) or (isinstance(value, kind) and not (kind is int and isinstance(value, bool))):
        return value
    raise _Malformed(f"expected {kind}, got {type(value).__name__}")


def _strings(values) -> tuple[str, ...]:
    return tuple(_typed(value, str) for value in _typed(values, list))


def _location(values: list) -> Location:
    path, line, column, end_line, end_column, start, end, excerpt, label, highlights = _typed(values, list)
    return Location(
        _typed(path, str),
        *(_typed(n, int) for n in (line, column, end_line, end_column, start, end)),
        _typed(excerpt, str),
        _typed(label, str),
        tuple((_typed(a, int), _typed(b, int)) for a, b in _typed(highlights, list)),
    )


def _value_json(value: FigureValue) -> list:
    exact = lambda number: None if number is None else str(number)  # noqa: E731  (Fraction's own "a/b")
    return [
        value.name,
        value.text,
        value.kind,
        value.unit,
        exact(value.low),
        exact(value.high),
        value.low_inclusive,
        value.high_inclusive,
        exact(value.nominal),
    ]


def _value(values: list) -> FigureValue:
    name, text, kind, unit, low, high, low_inclusive, high_inclusive, nominal = _typed(values, list)
    try:
        number = lambda item: None if item is None else Fraction(_typed(item, str))  # noqa: E731
        return FigureValue(
            _typed(name, str),
            _typed(text, str),
            _typed(kind, str),
            _typed(unit, str),
            number(low),
            number(high),
            _typed(low_inclusive, bool),
            _typed(high_inclusive, bool),
            number(nominal),
        )
    except (ValueError, ZeroDivisionError):
        raise _Malformed("value") from None


def _finding_json(finding: Finding) -> dict:
    return {
        "check": finding.check,
        "severity": int(finding.severity),
        "message": finding.message,
        "location": _location_json(finding.location),
        "related": [_location_json(location) for location in finding.related],
        "evidence": [list(pair) for pair in finding.evidence],
        "values": [_value_json(value) for value in finding.values],
        "fix": finding.fix,
        "assumption": finding.assumption,
        "identity": finding.identity,
        "claims": list(finding.claims),
        "relation": finding.relation,
        "suppressed_by": finding.suppressed_by,
    }


def _finding(values: dict) -> Finding:
    text = lambda name, optional=False: _typed(values[name], str, optional)  # noqa: E731
    return Finding(
        check=text("check"),
        severity=Severity(_typed(values["severity"], int)),
        message=text("message"),
        location=_location(values["location"]),
        related=tuple(_location(location) for location in _typed(values["related"], list)),
        evidence=tuple((_typed(name, str), _typed(value, str)) for name, value in _typed(values["evidence"], list)),
        values=tuple(_value(item) for item in _typed(values["values"], list)),
        fix=text("fix", True),
        assumption=text("assumption", True),
        identity=text("identity"),
        claims=_strings(values["claims"]),
        relation=text("relation", True),
        suppressed_by=text("suppressed_by", True),
    )


def report_json(report: "Report") -> dict:
    return {
        "findings": [_finding_json(finding) for finding in report.findings],
        "suppressed": [_finding_json(finding) for finding in report.suppressed],
        "documents": list(report.documents),
        "claim_count": report.claim_count,
        "checks": list(report.checks),
        "coverage": None if report.coverage is None else [[c.path, c.figures, c.claimed] for c in report.coverage],
    }


def report_from_json(values: dict) -> "Report":
    """The Report `report_json` wrote; _Malformed (a ValueError) for anything else."""
    coverage = None
    if values["coverage"] is not None:
        coverage = tuple(
            DocumentCoverage(_typed(path, str), _typed(figures, int), _typed(claimed, int))
            for path, figures, claimed in (_typed(item, list) for item in _typed(values["coverage"], list))
        )
    return Report(
        findings=tuple(_finding(_typed(item, dict)) for item in _typed(values["findings"], list)),
        suppressed=tuple(_finding(_typed(item, dict)) for item in _typed(values["suppressed"], list)),
        documents=_strings(values["documents"]),
        claim_count=_typed(values["claim_count"], int),
        checks=_strings(values["checks"]),
        coverage=coverage,
    )


# ---------------------------------------------------------------- the store


# No input is larger than a document may be (auditor/documents.py); a recorded file that grew past it,
# or is no longer a regular file (a FIFO, /dev/zero behind a symlink), is a miss without being read.
MAX_READ_BYTES = 16 * 1024 * 1024


def _still_reads_the_same(files: Mapping[str, str]) -> bool:
    for path, digest in _typed(files, dict).items():
        try:
            status = os.stat(path)
            if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_READ_BYTES:
                return False
            with open(path, "rb") as handle:
                if hashlib.sha256(handle.read(MAX_READ_BYTES + 1)).hexdigest() != digest:
                    return False
        except OSError:
            return False
    return True


def _still_resolves_the_same(resolved: Mapping[str, str]) -> bool:
    from auditor.paths import confined_path

    for key, recorded in _typed(resolved, dict).items():
        root, _, name = _typed(key, str).partition("\x1f")
        if str(confined_path(Path(root), name)) != recorded:
            return False
    return True


class ReportCache:
    """Entries under `directory`/reports-v{FORMAT}/, one per request key."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.entries = self.directory / f"reports-v{FORMAT}"

    @classmethod
    def default(cls) -> "ReportCache | None":
        """The user's report cache, or None when caches are off, in CI, or there is nowhere to keep one."""
        if caches_disabled() or in_ci():
            return None
        directory = default_directory()
        return cls(directory) if directory is not None else None

    def _entry(self, request: Request) -> Path:
        return self.entries / f"{request.key}.json"

    def load(self, request: Request) -> "Report | None":
        """The cached report for `request`, if every file it read is unchanged; else None."""
        try:
            entry = _typed(json.loads(self._entry(request).read_bytes()), dict)
            files = _typed(entry["files"], dict)
            if entry.get("key") != request.key or not all(a in files or b in files for a, b in request.given):
                return None
            # Names first: a name that now leads out of the project is a miss before anything is read.
            if not _still_resolves_the_same(entry["resolved"]) or not _still_reads_the_same(files):
                return None
            return report_from_json(_typed(entry["report"], dict))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None  # absent, unreadable or not written by this version: a miss

    def store(self, request: Request, report: "Report", reads: ReadLog) -> None:
        """File the report under the request; a cache that cannot be written is skipped silently."""
        from auditor.io import write_atomic

        entry = {"key": request.key, "files": reads.files, "resolved": reads.resolved, "report": report_json(report)}
        # Key order kept: a report's mappings (coverage) print in the order they were built.
        data = json.dumps(entry, separators=(",", ":")).encode("ascii")  # ASCII: paths may hold undecodable bytes
        try:
            self.entries.mkdir(parents=True, exist_ok=True)
            tag = self.directory / "CACHEDIR.TAG"  # backup tools skip a directory holding this file
            if not tag.exists():
                write_atomic(tag, CACHEDIR_TAG.encode("utf-8"), durable=False)
            write_atomic(self._entry(request), data, durable=False)
            self._prune()
        except OSError:
            pass

    def _prune(self) -> None:
        entries = [entry for entry in os.scandir(self.entries) if entry.name.endswith(".json")]
        if len(entries) <= MAX_ENTRIES:
            return
        entries.sort(key=lambda entry: (entry.stat().st_mtime_ns, entry.name))
        for entry in entries[: len(entries) - PRUNED_TO]:
            try:
                os.unlink(entry.path)
            except OSError:
                pass
