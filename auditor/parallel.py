"""Running checks in several processes (`auditor scan --jobs N`), with results identical to one process.

The work is cut into tasks, run by a pool of forked workers, which inherit
the loaded Audit instead of receiving it pickled:

1. Each check that looks across documents as a whole (duplicates across
   articles) is one task, started first (the longest tasks go first).
   The checks whose findings depend on one document alone
   (`Check.per_document`) run on shards of the documents, balanced by size;
   the same shard tasks run the per-document stage of the checks cut into
   `Check.stages` (discovered-conflict: readings, windows, shingles) and
   send its summary back.
2. The parent hands each staged check its shards' summaries as they
   arrive (`adopt`, while the workers go on), then asks for the independent
   parts of its cross-document step (`parts`); a second pool, forked with the
   summaries in memory, runs one task per part.

Only findings and summaries travel between processes. Findings are sorted
as in a serial run, so the report is byte-identical whatever N is.

Where `fork` is not available (Windows, macOS' default), checks run serially.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from auditor.audit import Audit, Check, run_checks
from auditor.findings import Finding, Severity

# A progress callback: (tasks done, tasks in all, what just finished).
Progress = Callable[[float, int, str], None]  # (done, total, label): done may be a fraction

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


# A task: ("check", check id) runs a whole check; ("shard", paths) the per-document checks and the staged
# checks' preparation on those documents; ("part", (check id, part key)) one part of a staged check.
Task = tuple[str, Any]


def _run_task(task: Task) -> tuple[str, list[Finding], dict[str, Any]]:
    """(label for progress, findings, staged check id -> summary of the shard)."""
    kind, argument = task
    audit = _AUDIT
    assert audit is not None
    if kind == "check":
        check = _CHECKS[argument]
        return check.id, list(check.run(audit)), {}
    if kind == "part":
        check_id, part = argument
        check = _CHECKS[check_id]
        assert check.stages is not None
        return f"{check_id}: comparing", list(check.stages.run_part(audit, part)), {}
    shard = Audit(documents={path: audit.documents[path] for path in argument}, check_options=audit.check_options)
    findings = [finding for check in _CHECKS.values() if check.per_document for finding in check.run(shard)]
    summaries = {check.id: check.stages.prepare(shard) for check in _staged(_CHECKS.values())}
    return f"reading {len(argument)} document{'' if len(argument) == 1 else 's'}", findings, summaries


def _staged(checks) -> list[Check]:
    return [check for check in checks if not check.per_document and check.stages is not None]


def _leave_interrupts_to_parent() -> None:
    """Ctrl-C reaches every process of the terminal's group: workers ignore it, and the parent, interrupted,
    ends the pool (its exit terminates them), so the user sees one line, not a traceback per worker."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_pool(jobs: int, tasks: list[Task], report: Callable[[str], None]):
    """Run tasks in a pool forked now (so its workers see the parent's state as it is); yield their results."""
    if not tasks:
        return
    # Objects the workers inherit are kept out of their cycle collector (Python's advice for fork without
    # exec): a collection would write to every inherited object's header, copying the page it sits on.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(
            min(jobs, len(tasks)), initializer=_leave_interrupts_to_parent
        ) as pool:
            gc.unfreeze()  # in the parent only; the workers keep the frozen state they were forked with
            for result in pool.imap_unordered(_run_task, tasks):
                report(result[0])
                yield result
    finally:
        gc.unfreeze()


STAGED_UNITS = 20  # progress units of a staged check's comparing, against one per task


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
    staged = _staged(checks)
    staged_ids = {check.id for check in staged}
    per_document = [check for check in checks if check.per_document]
    tasks: list[Task] = [
        ("check", check.id) for check in checks if not check.per_document and check.id not in staged_ids
    ]
    if per_document or staged:
        tasks += [("shard", shard) for shard in shard_documents(audit, jobs * SHARDS_PER_JOB)]
    findings: list[Finding] = []
    done = 0.0
    # Progress counts the tasks, and STAGED_UNITS for each staged check's comparing, shared among its parts once
    # they are known: the total never changes, so the bar never runs backwards.
    total = len(tasks) + STAGED_UNITS * len(staged)
    share = 1.0

    def report(label: str) -> None:
        nonlocal done
        done += share
        if progress:
            progress(min(done, total), total, label)

    _AUDIT, _CHECKS = audit, {check.id: check for check in checks}
    try:
        for _, found, summaries in _run_pool(jobs, tasks, report):
            findings.extend(found)
            for check_id, summary in summaries.items():
                stages = _CHECKS[check_id].stages
                assert stages is not None
                stages.adopt(audit, summary)
        parts: list[Task] = []
        for check in staged:
            assert check.stages is not None
            parts += [("part", (check.id, part)) for part in check.stages.parts(audit)]
        if parts:
            share = STAGED_UNITS * len(staged) / len(parts)
            for _, found, _ in _run_pool(jobs, parts, report):
                findings.extend(found)
        done = total - share  # staged checks with no parts: their units are done
        report("done")
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
