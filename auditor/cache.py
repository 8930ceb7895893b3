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
bring an entry that hides findings. Entries are JSON (loading one runs no
code), written atomically; an unreadable or malformed entry is a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor import __version__
from auditor.findings import Finding, Location, Severity
from auditor.io import ReadLog

if TYPE_CHECKING:
    from auditor.runner import Report

FORMAT = 1  # bump when the entry layout or the Report changes shape
MAX_ENTRIES = 256  # pruned to PRUNED_TO, oldest first, when a write goes past it
PRUNED_TO = 192
# Libraries whose code or data decide findings (unit factors, CC-CEDICT, script conversion, similarity, YAML).
LIBRARIES = ("pint", "zhon", "opencc", "rapidfuzz", "yaml")
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by auditor.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


def disabled_by_environment() -> bool:
    """AUDITOR_NO_CACHE set to anything but "" or "0" turns off both caches (reports and unit factors)."""
    return os.environ.get("AUDITOR_NO_CACHE", "").strip() not in ("", "0")


def default_directory() -> Path:
    """$AUDITOR_CACHE_DIR, else $XDG_CACHE_HOME/auditor, else ~/.cache/auditor."""
    configured = os.environ.get("AUDITOR_CACHE_DIR")
    if configured:
        return Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "auditor"


# ---------------------------------------------------------------- the key


def _tree_signature(directory: Path, into: list) -> None:
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
                stat = entry.stat()
                into.append((entry.path, stat.st_size, stat.st_mtime_ns))
            except OSError:
                into.append((entry.path, "unreadable"))


def code_signature() -> list:
    """Version, Python, and (path, size, mtime) of every file that can change what the checks find."""
    import importlib.util

    signature: list = [__version__, sys.version, FORMAT]
    for package in ("auditor", "checks"):
        spec = importlib.util.find_spec(package)
        for directory in spec.submodule_search_locations if spec is not None else ():
            _tree_signature(Path(directory), signature)
    for name in LIBRARIES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        origin = spec.origin if spec is not None else None
        if origin is None:
            signature.append((name, None))
            continue
        try:
            stat = os.stat(origin)
            signature.append((origin, stat.st_size, stat.st_mtime_ns))
        except OSError:
            signature.append((origin, None))
    return signature


def _paths(paths: Iterable[Path]) -> list[tuple[str, str]]:
    return [(str(path), os.path.realpath(path)) for path in paths]


@dataclass(frozen=True)
class Request:
    """Everything besides the files read that decides a report; `key` names its cache entry."""

    key: str

    @classmethod
    def of(
        cls,
        root: Path,
        claim_paths: Iterable[Path],
        document_paths: Iterable[Path],
        *,
        select: Iterable[str],
        ignore: Iterable[str],
        check_options: Mapping[str, Mapping[str, Any]] | None,
        severities: Mapping[str, Severity] | None,
        discovery: bool,
    ) -> "Request":
        basis = {
            "code": code_signature(),
            "root": os.path.realpath(root),
            "cwd": os.getcwd(),
            "claims": _paths(claim_paths),
            "documents": _paths(document_paths),
            "select": sorted(check_id.lower() for check_id in select),
            "ignore": sorted(check_id.lower() for check_id in ignore),
            "options": {check_id: dict(options) for check_id, options in (check_options or {}).items()},
            "severities": {check_id: int(severity) for check_id, severity in (severities or {}).items()},
            "discovery": discovery,
        }
        # repr for values JSON lacks: a value whose repr is not stable can only make a miss, never a wrong hit.
        text = json.dumps(basis, sort_keys=True, ensure_ascii=False, default=repr)
        return cls(hashlib.sha256(text.encode("utf-8")).hexdigest())


# ---------------------------------------------------------------- reports as JSON


def _location_json(location: Location) -> list:
    return [location.path, location.line, location.column, location.end_line, location.end_column,
            location.start, location.end, location.excerpt, location.label, [list(h) for h in location.highlights]]


def _location(values: list) -> Location:
    path, line, column, end_line, end_column, start, end, excerpt, label, highlights = values
    return Location(path, line, column, end_line, end_column, start, end, excerpt, label,
                    tuple((a, b) for a, b in highlights))


def _finding_json(finding: Finding) -> dict:
    return {
        "check": finding.check, "severity": int(finding.severity), "message": finding.message,
        "location": _location_json(finding.location),
        "related": [_location_json(location) for location in finding.related],
        "evidence": [list(pair) for pair in finding.evidence],
        "fix": finding.fix, "assumption": finding.assumption, "identity": finding.identity,
        "claims": list(finding.claims), "relation": finding.relation, "suppressed_by": finding.suppressed_by,
    }


def _finding(values: dict) -> Finding:
    return Finding(
        check=values["check"], severity=Severity(values["severity"]), message=values["message"],
        location=_location(values["location"]),
        related=tuple(_location(location) for location in values["related"]),
        evidence=tuple((name, value) for name, value in values["evidence"]),
        fix=values["fix"], assumption=values["assumption"], identity=values["identity"],
        claims=tuple(values["claims"]), relation=values["relation"], suppressed_by=values["suppressed_by"],
    )


def report_json(report: "Report") -> dict:
    return {
        "findings": [_finding_json(finding) for finding in report.findings],
        "suppressed": [_finding_json(finding) for finding in report.suppressed],
        "documents": list(report.documents),
        "claim_count": report.claim_count,
        "checks": list(report.checks),
        "extra": dict(report.extra),
    }


def report_from_json(values: dict) -> "Report":
    from auditor.runner import Report

    return Report(
        findings=tuple(_finding(item) for item in values["findings"]),
        suppressed=tuple(_finding(item) for item in values["suppressed"]),
        documents=tuple(values["documents"]),
        claim_count=values["claim_count"],
        checks=tuple(values["checks"]),
        extra=values["extra"],
    )


# ---------------------------------------------------------------- the store


def _still_reads_the_same(files: Mapping[str, str]) -> bool:
    for path, digest in files.items():
        try:
            with open(path, "rb") as handle:
                if hashlib.sha256(handle.read()).hexdigest() != digest:
                    return False
        except OSError:
            return False
    return True


def _still_resolves_the_same(resolved: Mapping[str, str]) -> bool:
    from auditor.project import confined_path

    for key, recorded in resolved.items():
        root, _, name = key.partition("\x1f")
        if str(confined_path(Path(root), name)) != recorded:
            return False
    return True


class ReportCache:
    """Entries under `directory`/reports-v{FORMAT}/, one per request key."""

    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory) if directory is not None else default_directory()
        self.entries = self.directory / f"reports-v{FORMAT}"

    def _entry(self, request: Request) -> Path:
        return self.entries / f"{request.key}.json"

    def load(self, request: Request) -> "Report | None":
        """The cached report for `request`, if every file it read is unchanged; else None."""
        try:
            entry = json.loads(self._entry(request).read_bytes())
            if entry.get("key") != request.key:
                return None
            if not _still_reads_the_same(entry["files"]) or not _still_resolves_the_same(entry["resolved"]):
                return None
            return report_from_json(entry["report"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # absent, unreadable or not written by this version: a miss

    def store(self, request: Request, report: "Report", reads: ReadLog) -> None:
        """File the report under the request; a cache that cannot be written is skipped silently."""
        from auditor.io import write_atomic

        entry = {"key": request.key, "files": reads.files, "resolved": reads.resolved, "report": report_json(report)}
        # Key order kept: a report's mappings (coverage) print in the order they were built.
        data = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
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
