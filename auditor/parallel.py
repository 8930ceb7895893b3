"""Running checks in several processes (`auditor scan --jobs N`), with results identical to one process.

The work is cut into tasks: each check that looks across documents
(duplicates across articles, discovered conflicts) is one task, and the
checks whose findings depend on one document alone (`Check.per_document`)
run on shards of the documents, balanced by size. Tasks go to a pool of
forked workers, which inherit the loaded Audit instead of receiving it
pickled; only findings travel back. Findings are sorted as in a serial run,
so the report is byte-identical whatever N is.

Where `fork` is not available (Windows, macOS' default), checks run serially.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Mapping, Sequence

from auditor.audit import Audit, Check, run_checks
from auditor.findings import Finding, Severity

# A progress callback: (tasks done, tasks in all, what just finished).
Progress = Callable[[int, int, str], None]

# Set in the parent just before the pool forks; workers read their inherited copy.
_AUDIT: Audit | None = None
_CHECKS: dict[str, Check] = {}
SHARDS_PER_JOB = 4


def shard_documents(audit: Audit, count: int) -> list[tuple[str, ...]]:
    """Documents in `count` shards of similar total size (largest first into the lightest shard)."""
    shards: list[list[str]] = [[] for _ in range(max(count, 1))]
    sizes = [0] * len(shards)
    for path in sorted(audit.documents, key=lambda p: (-len(audit.documents[p].text), p)):
        lightest = sizes.index(min(sizes))
        shards[lightest].append(path)
        sizes[lightest] += len(audit.documents[path].text)
    return [tuple(sorted(shard)) for shard in shards if shard]


def _run_task(task: tuple[str, tuple[str, ...]]) -> tuple[str, list[Finding]]:
    kind, names = task
    audit = _AUDIT
    assert audit is not None
    if kind == "check":
        check = _CHECKS[names[0]]
        return check.id, list(check.run(audit))
    shard = Audit(documents={path: audit.documents[path] for path in names}, check_options=audit.check_options)
    findings = [finding for check in _CHECKS.values() if check.per_document for finding in check.run(shard)]
    return f"{len(names)} documents", findings


def run_checks_parallel(
    audit: Audit,
    checks: Sequence[Check],
    jobs: int,
    severities: Mapping[str, Severity] | None = None,
    progress: Progress | None = None,
) -> list[Finding]:
    global _AUDIT, _CHECKS
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return run_checks_serially(audit, checks, severities, progress)
    per_document = [check for check in checks if check.per_document]
    tasks: list[tuple[str, tuple[str, ...]]] = [("check", (check.id,)) for check in checks if not check.per_document]
    if per_document:
        tasks += [("shard", shard) for shard in shard_documents(audit, jobs * SHARDS_PER_JOB)]
    findings: list[Finding] = []
    _AUDIT, _CHECKS = audit, {check.id: check for check in checks}
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for done, (label, found) in enumerate(pool.imap_unordered(_run_task, tasks), 1):
                findings.extend(found)
                if progress:
                    progress(done, len(tasks), label)
    finally:
        _AUDIT, _CHECKS = None, {}
    severities = severities or {}
    findings = [f.with_severity(severities[f.check]) if f.check in severities else f for f in findings]
    findings.sort(key=Finding.sort_key)
    return findings


def run_checks_serially(
    audit: Audit,
    checks: Sequence[Check],
    severities: Mapping[str, Severity] | None = None,
    progress: Progress | None = None,
) -> list[Finding]:
    if progress is None:
        return run_checks(audit, checks, severities)
    findings: list[Finding] = []
    for done, check in enumerate(checks, 1):
        findings.extend(run_checks(audit, [check], severities))
        progress(done, len(checks), check.id)
    findings.sort(key=Finding.sort_key)
    return findings
