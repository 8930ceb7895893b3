"""The library entry point every command uses: load, select checks, run, suppress.

    report = run_audit(root, claim_paths=[...], document_paths=[...])

returns a `Report`; the CLI only chooses a reporter and an exit status.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.audit import Audit, Check, run_checks
from auditor.findings import Finding, Report, Severity

if TYPE_CHECKING:
    from auditor.cache import ReportCache
    from auditor.documents import Document


class UnknownCheck(ValueError):
    pass


def select_checks(
    select: Iterable[str] = (), ignore: Iterable[str] = (), *, with_claims: bool = True, discovery: bool = False
) -> tuple[Check, ...]:
    """Checks to run: the default ones (or `select`) minus `ignore`.

    Claim checks run only when there are claims; discovery checks only in
    discovery mode (`auditor scan`) or when selected by id; opt-in checks only
    when selected by id (`with_extended` adds `extend-select` to the selection).
    """
    from auditor.registry import all_checks

    checks = all_checks()
    chosen = set(_selected(checks, select, ignore, with_claims=with_claims, discovery=discovery))
    return tuple(check for check in checks if check.id in chosen)


def selected_ids(
    select: Iterable[str] = (), ignore: Iterable[str] = (), *, with_claims: bool = True, discovery: bool = False
) -> tuple[str, ...]:
    """What `select_checks` selects (or the UnknownCheck it raises), from the registry's table: no check imported."""
    from auditor.registry import registered

    return _selected(registered(), list(select), list(ignore), with_claims=with_claims, discovery=discovery)


def _selected(
    checks, select: Iterable[str], ignore: Iterable[str], *, with_claims: bool, discovery: bool
) -> tuple[str, ...]:
    known = {check.id for check in checks}
    select = {check_id.lower() for check_id in select}
    ignore = {check_id.lower() for check_id in ignore}
    unknown = sorted((select | ignore) - known)
    if unknown:
        raise UnknownCheck(
            f"unknown check id{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)} (`auditor checks` lists them)"
        )
    selected = (select or set(_defaults(checks, discovery))) - ignore
    chosen = tuple(check.id for check in checks if check.id in selected and (with_claims or not check.needs_claims))
    if not chosen:
        raise UnknownCheck(
            "no checks left to run: --select/--ignore exclude every check"
            + ("" if with_claims else " that runs without claims")
        )
    return chosen


def _defaults(checks, discovery: bool) -> list[str]:
    return [check.id for check in checks if not check.opt_in and (discovery or not check.discovery)]


def with_extended(select: Iterable[str], extend: Iterable[str], *, discovery: bool) -> list[str]:
    """The selection `select` + `extend-select` make, as one `select` list (ruff's `extend-select`).

    An empty `select` means the default checks of the mode, so extending it names them all; an id
    `extend` repeats is kept once. Unknown ids are left for `selected_ids` to report."""
    select, extend = [i.lower() for i in select], [i.lower() for i in extend]
    if not extend:
        return select
    from auditor.registry import registered

    chosen = select or _defaults(registered(), discovery)
    return chosen + [check_id for check_id in dict.fromkeys(extend) if check_id not in chosen]


def suppress(audit: Audit, findings: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """Split findings into reported and suppressed by the claims' and relations' inline `ignore:`."""
    claim_ignores = {claim.id: (set(claim.ignore), claim.reason) for claim in audit.claims if claim.ignore}
    relation_ignores = {
        str(relation.mark): (set(relation.ignore), relation.reason) for relation in audit.relations if relation.ignore
    }
    reported: list[Finding] = []
    suppressed: list[Finding] = []
    for finding in findings:
        if finding.suppressed_by is not None:  # a check may suppress by itself (shares marked `overlap:`)
            suppressed.append(finding)
            continue
        reason = None
        if finding.relation and finding.relation in relation_ignores:
            ignored, why = relation_ignores[finding.relation]
            if finding.check in ignored:
                reason = why
        for claim_id in finding.claims:
            ignored, why = claim_ignores.get(claim_id, (set(), None))
            if finding.check in ignored:
                reason = why
        if reason is None:
            reported.append(finding)
        else:
            suppressed.append(finding.suppressed(reason))
    return reported, suppressed


def suppress_in_documents(audit: Audit, findings: list[Finding], ran: list[str]) -> list[Finding]:
    """The documents' `auditor-ignore` comments applied (auditor/suppressions.py); a malformed comment is an
    input error, like a claim file's."""
    from auditor.errors import InputError
    from auditor.registry import check_ids
    from auditor.suppressions import apply_suppressions, read_suppressions

    known = check_ids()
    comments, problems = {}, []
    for path, document in audit.documents.items():
        found, wrong = read_suppressions(document, known)
        if found:
            comments[path] = found
        problems.extend(wrong)
    if problems:
        raise InputError(problems)
    return apply_suppressions(findings, comments, ran) if comments else findings


def run_audit(
    root: Path,
    claim_paths: Iterable[Path] = (),
    document_paths: Iterable[Path] = (),
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    check_options: Mapping[str, Mapping[str, Any]] | None = None,
    severities: Mapping[str, Severity] | None = None,
    discovery: bool = False,
    jobs: int = 1,
    progress=None,
    cache: "ReportCache | None" = None,
    given_documents: Iterable["Document"] = (),
) -> Report:
    """Load, run the selected checks (in `jobs` processes), split off suppressed findings.

    `progress(done, total, label)` is called as checks (or document shards) finish. With a
    `cache` (auditor/cache.py), a report of an identical earlier run is returned instead when
    none of the files it read has changed, and a new report is stored.
    """
    claim_paths, document_paths, given_documents = list(claim_paths), list(document_paths), list(given_documents)
    if cache is None or given_documents:  # a document read from standard input has no file to watch
        checks = select_checks(select, ignore, with_claims=bool(claim_paths), discovery=discovery)
        return _audit(
            root, claim_paths, document_paths, checks, check_options, severities, jobs, progress, given_documents
        )
    selected_ids(
        select, ignore, with_claims=bool(claim_paths), discovery=discovery
    )  # unknown ids: an error, hit or not

    from auditor.cache import Request
    from auditor.io import recording_reads

    request = Request.of(
        root,
        claim_paths,
        document_paths,
        select=select,
        ignore=ignore,
        check_options=check_options,
        severities=severities,
        discovery=discovery,
    )
    report = cache.load(request)
    if report is None:
        checks = select_checks(select, ignore, with_claims=bool(claim_paths), discovery=discovery)
        with recording_reads() as reads:
            report = _audit(root, claim_paths, document_paths, checks, check_options, severities, jobs, progress)
        cache.store(request, report, reads)
    return report


def _audit(
    root, claim_paths, document_paths, checks, check_options, severities, jobs, progress, given_documents=()
) -> Report:
    from auditor.project import load_audit

    audit = load_audit(root, claim_paths=claim_paths, document_paths=document_paths, given_documents=given_documents)
    for check_id, options in (check_options or {}).items():
        audit.check_options[check_id] = dict(options)
    if jobs > 1 or progress is not None:
        from auditor.parallel import run_checks_parallel

        findings = run_checks_parallel(audit, checks, jobs, severities, progress)
    else:
        findings = run_checks(audit, checks, severities)
    from auditor.causes import one_per_cause

    # Comments first: a repeat the editor suppressed must not take the findings it explains with it.
    findings = suppress_in_documents(audit, list(findings), [check.id for check in checks])
    findings = one_per_cause(findings, frozenset(audit.documents))
    reported, suppressed = suppress(audit, findings)
    coverage = None
    if audit.claim_files:
        from auditor.coverage import claim_coverage

        coverage = claim_coverage(audit)
    return Report(
        findings=tuple(reported),
        suppressed=tuple(suppressed),
        documents=tuple(audit.documents),
        claim_count=len(audit.claims),
        checks=tuple(check.id for check in checks),
        coverage=coverage,
    )
