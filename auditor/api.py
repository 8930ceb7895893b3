"""The library's front door: `auditor.check(...)` and `auditor.scan(...)` do what the commands do.

    import auditor

    report = auditor.check()                       # the project's claims/ (and any configured docs)
    report = auditor.check(["claims/002.yaml"], docs=["drafts/"])
    report = auditor.scan("corpus/")                # documents only, with the discovery checks
    for finding in report.findings:
        print(finding.location, finding.check, finding.message)

Both find the project root from the working directory (or take `project=`), read its configuration
(`auditor.toml`, `[tool.auditor]`), expand folders as the commands do (hidden folders, .gitignore and
`exclude` skipped), and `check` applies the configured baseline, reporting stale entries when the whole
project is audited. Paths are `str` or `Path`. Bad input raises `auditor.errors.InputError` (every problem
located); an unknown check id raises `auditor.runner.UnknownCheck`. The commands (auditor/commands/) are
these functions plus option parsing, reporters and exit statuses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.baseline import STALE_CHECK
from auditor.errors import InputError, InputProblem

if TYPE_CHECKING:
    from auditor.config import Settings
    from auditor.documents import Document
    from auditor.findings import Report

StrPath = str | PathLike


class NothingToAudit(InputError):
    """No claim file and no document to audit: one message, no location."""

    def __init__(self, message: str):
        super().__init__(InputProblem("auditor", message))


@dataclass(frozen=True)
class Inputs:
    """The claim files and bare documents a check run reads."""

    claim_paths: list[Path]
    document_paths: list[Path]
    partial: bool  # only some of the project's files: the caller named them


def project_start(paths: Iterable[Path]) -> Path | None:
    """Where to look for the project root: the working directory, unless every path lies outside it, or it
    belongs to no project while the paths do.

    `cd /tmp && auditor check ~/paper/claims` (or `auditor check paper/claims`) then finds ~/paper's project
    (and its configuration), so the documents its claim files name are found too.
    """
    from auditor.io import real_path
    from auditor.paths import marked_root

    paths = list(paths)
    if not paths:
        return None
    cwd = real_path(Path.cwd())
    resolved = [real_path(path) for path in paths]
    first = resolved[0]
    start = first if first.is_dir() else first.parent
    if any(path.is_relative_to(cwd) for path in resolved):
        return start if marked_root(cwd) is None and marked_root(start) is not None else None
    return start


def project_settings(
    given: Mapping[str, Any],
    *,
    config: StrPath | None = None,
    paths: Iterable[Path] = (),
    project: StrPath | None = None,
) -> "Settings":
    """The effective settings: `given` (configuration keys; None or absent where not given) over the project's
    configuration over the defaults. Raises InputError for a bad configuration."""
    from auditor.config import load_settings

    return load_settings(
        dict(given),
        config_file=None if config is None else Path(config),
        start=project_start(paths),
        root=None if project is None else Path(project),
    )


def check_inputs(settings: "Settings", given_documents: Iterable["Document"] = ()) -> Inputs:
    """The claim files and documents the settings name, expanded; InputError when one is missing or none is."""
    from auditor.documents import DOCUMENT_SUFFIXES
    from auditor.project import CLAIM_SUFFIXES, expand_paths

    claim_paths, claim_problems = expand_paths(settings.paths("claims"), CLAIM_SUFFIXES, settings.root)
    document_paths, doc_problems = expand_paths(
        settings.paths("docs"), DOCUMENT_SUFFIXES, settings.root, settings["exclude"]
    )
    if claim_problems or doc_problems:
        raise InputError(claim_problems + doc_problems)
    if not claim_paths and not document_paths and not list(given_documents):
        raise NothingToAudit(
            "nothing to check: no claim files (claims/, PATHS or `claims` in the configuration) "
            "and no documents (--docs)"
        )
    partial = settings.values["claims"].source.startswith("command line") or settings.values["docs"].source.startswith(
        "command line"
    )
    return Inputs(claim_paths, document_paths, partial)


def scan_inputs(settings: "Settings", named: bool, given_documents: Iterable["Document"] = ()) -> list[Path]:
    """The documents to scan (`named`: the caller named them, else the configured `docs`), expanded."""
    from auditor.documents import DOCUMENT_SUFFIXES
    from auditor.project import expand_paths

    given = list(given_documents)
    document_paths, problems = expand_paths(
        settings.paths("docs") if named or not given else [], DOCUMENT_SUFFIXES, settings.root, settings["exclude"]
    )
    if problems:
        raise InputError(problems)
    if not document_paths and not given:
        where = "in PATHS" if named else "(give PATHS, e.g. `auditor scan corpus/`, or set `docs` in the configuration)"
        raise NothingToAudit(f"nothing to scan: no documents {where}")
    return document_paths


def audit_inputs(
    settings: "Settings",
    inputs: Inputs,
    select: list[str],
    ignore: list[str],
    *,
    jobs: int = 1,
    cache=None,
    progress=None,
    given_documents: Iterable["Document"] = (),
) -> "Report":
    """run_audit on the inputs with the settings' check options and severities, and no baseline."""
    from auditor.runner import run_audit

    return run_audit(
        settings.root,
        inputs.claim_paths,
        inputs.document_paths,
        select=select,
        ignore=ignore,
        check_options=settings.check_options(),
        severities=settings.severities(),
        jobs=jobs,
        progress=progress,
        cache=cache,
        given_documents=given_documents,
    )


def run_check(
    settings: "Settings",
    inputs: Inputs,
    *,
    use_baseline: bool = True,
    jobs: int = 1,
    cache=None,
    progress=None,
    given_documents: Iterable["Document"] = (),
) -> tuple["Report", frozenset[str]]:
    """Run the selected checks, then the baseline step: (the report, the fingerprints the baseline hid).

    Stale baseline entries are judged only when the whole project is audited (no paths named): a
    cross-document finding can vanish just because the other document was left out."""
    from auditor.runner import selected_ids, with_extended

    baseline = load_baseline(settings) if use_baseline else None
    judge = baseline is not None and not inputs.partial
    select, ignore = list(settings["select"]), list(settings["ignore"])
    if not judge and STALE_CHECK not in select and STALE_CHECK not in ignore:
        ignore.append(STALE_CHECK)
    select = with_extended(select, settings["extend-select"], discovery=False)
    ran = selected_ids(select, ignore, with_claims=bool(inputs.claim_paths))  # UnknownCheck before any work
    report = audit_inputs(
        settings, inputs, select, ignore, jobs=jobs, progress=progress, cache=cache, given_documents=given_documents
    )
    if baseline is None:
        return report, frozenset()
    from auditor import baseline as baselines

    judged = ran if judge and STALE_CHECK in ran else None
    return baselines.apply(report, baseline, judged, settings.severities().get(STALE_CHECK))


def run_scan(
    settings: "Settings",
    document_paths: list[Path],
    *,
    options: Mapping[str, Mapping] | None = None,
    jobs: int = 1,
    cache=None,
    progress=None,
    given_documents: Iterable["Document"] = (),
) -> "Report":
    """Run the document and discovery checks on bare documents (no baseline: scan keeps none)."""
    from auditor.runner import run_audit, with_extended

    select, ignore = list(settings["select"]), list(settings["ignore"])
    if STALE_CHECK not in select and STALE_CHECK not in ignore:
        ignore.append(STALE_CHECK)
    select = with_extended(select, settings["extend-select"], discovery=True)
    check_options = settings.check_options()
    for check_id, values in (options or {}).items():
        check_options.setdefault(check_id, {}).update(values)
    return run_audit(
        settings.root,
        [],
        document_paths,
        select=select,
        ignore=ignore,
        check_options=check_options,
        severities=settings.severities(),
        discovery=True,
        jobs=jobs,
        progress=progress,
        cache=cache,
        given_documents=given_documents,
    )


def baseline_file(settings: "Settings") -> tuple[Path, str] | None:
    """The baseline file in use (command line, else configuration) and its name as findings show it."""
    from auditor.paths import display_path

    if settings["baseline"] is None:
        return None
    path = settings.paths("baseline")[0]
    return path, display_path(path, settings.root)


def load_baseline(settings: "Settings"):
    """The baseline in use (None when none is set); InputError when it is missing or unreadable."""
    from auditor import baseline as baselines

    where = baseline_file(settings)
    return None if where is None else baselines.load(*where)


def _paths(paths: StrPath | Iterable[StrPath] | None) -> list[Path]:
    if paths is None:
        return []
    if isinstance(paths, (str, PathLike)):
        return [Path(paths)]
    return [Path(path) for path in paths]


def _ids(ids: str | Iterable[str] | None) -> list[str] | None:
    if ids is None:
        return None
    items = [ids] if isinstance(ids, str) else list(ids)
    return [part.strip() for item in items for part in item.split(",") if part.strip()] or None


def _extended(select, extend_select) -> list[str] | None:
    """As on the command line: naming `select` sets aside the configured `extend-select`."""
    extended = _ids(extend_select)
    return extended if extended or _ids(select) is None else []


def check(
    claims: StrPath | Iterable[StrPath] | None = None,
    *,
    docs: StrPath | Iterable[StrPath] | None = None,
    project: StrPath | None = None,
    config: StrPath | None = None,
    select: str | Iterable[str] | None = None,
    extend_select: str | Iterable[str] | None = None,
    ignore: str | Iterable[str] | None = None,
    baseline: StrPath | None = None,
    use_baseline: bool = True,
    jobs: int = 1,
) -> "Report":
    """What `auditor check` reports, as a Report: claim files (default: the project's claims/, or the
    configured `claims`) against their documents and each other, plus the document checks on every
    document and on `docs`. Arguments left out come from the configuration, as on the command line."""
    claim_paths, doc_paths = _paths(claims), _paths(docs)
    given = {
        "claims": ([str(p) for p in claim_paths], "claims=") if claim_paths else None,
        "docs": ([str(p) for p in doc_paths], "docs=") if doc_paths else None,
        "select": _ids(select),
        "extend-select": _extended(select, extend_select),
        "ignore": _ids(ignore),
        "baseline": None if baseline is None else str(baseline),
    }
    # The project is found from the claim files named, as `auditor check PATHS` does (documents never move it).
    settings = project_settings(given, config=config, paths=claim_paths, project=project)
    report, _ = run_check(settings, check_inputs(settings), use_baseline=use_baseline, jobs=jobs)
    return report


def scan(
    paths: StrPath | Iterable[StrPath] | None = None,
    *,
    project: StrPath | None = None,
    config: StrPath | None = None,
    select: str | Iterable[str] | None = None,
    extend_select: str | Iterable[str] | None = None,
    ignore: str | Iterable[str] | None = None,
    exclude: str | Iterable[str] | None = None,
    jobs: int = 1,
) -> "Report":
    """What `auditor scan` reports, as a Report: the document checks and the discovery checks on documents
    (files or folders; default: the configured `docs`), no claims needed."""
    doc_paths = _paths(paths)
    excluded = None if exclude is None else ([exclude] if isinstance(exclude, str) else list(exclude))
    given = {
        "docs": ([str(p) for p in doc_paths], "paths=") if doc_paths else None,
        "select": _ids(select),
        "extend-select": _extended(select, extend_select),
        "ignore": _ids(ignore),
        "exclude": excluded or None,
    }
    settings = project_settings(given, config=config, paths=doc_paths, project=project)
    return run_scan(settings, scan_inputs(settings, named=bool(doc_paths)), jobs=jobs)
