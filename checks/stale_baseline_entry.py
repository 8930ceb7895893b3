"""A baseline entry that no longer matches any finding.

## What it flags
An entry of the baseline file (`--baseline FILE` or `baseline = …` in the
configuration) whose fingerprint matches no finding of its check any more:
the problem was fixed, or the text it was about changed. An entry recording
several alike findings (`"count"`) is flagged when fewer remain. Entries naming a
check that no longer exists, or a file that is no longer audited, are
flagged too. The finding points at the entry's line in the baseline file.
It runs only when a baseline is in use and the whole project is audited (no
PATHS or --docs on the command line: a cross-document finding can vanish
just because the other document was left out), and judges only the entries
of the checks that run.

## Why it matters
A baseline hides known findings so that a project can adopt `auditor` without
fixing everything first. An entry left behind after its problem is fixed
would silently hide the same problem if it came back; removing stale entries
keeps the baseline shrinking towards empty.

## Example
The baseline holds `percent-sum` for `corpus/001.txt` ("Shares of 援疆资金总量
add up to 160%"); the editor corrects the second share to 20%. The finding is
gone, and the entry is reported:
`auditor-baseline.json:7:7: Baseline entry no longer matches a finding: percent-sum in corpus/001.txt (…)`.

## How to fix
Run `auditor baseline --prune`: it removes the entries that no longer match,
lowers counts to what remains, and adds nothing. Or delete the entry from the file by hand.
"""

from __future__ import annotations

from auditor.checks._docs import docs_of

from auditor.audit import Audit, Check
from auditor.findings import Finding, Location, Severity


def _entry_location(file: str, entry) -> Location:
    """The entry's `"fingerprint": "…"` in the baseline file (line 1 when the place is unknown)."""
    line = int(_get(entry, "line", 0) or 0) or 1
    column = int(_get(entry, "column", 0) or 0) or 1
    excerpt = f'"fingerprint": "{_get(entry, "fingerprint", "")}"'
    return Location(file, line, column, line, column + len(excerpt), 0, 0, excerpt, label="baseline entry")


def _get(entry, name: str, default=None):
    return entry.get(name, default) if isinstance(entry, dict) else getattr(entry, name, default)


def run(audit: Audit):
    from auditor.registry import get_check

    settings = audit.check_options.get(CHECK.id, {})
    entries = settings.get("entries") or ()
    if not entries:
        return
    file = settings.get("file") or "auditor-baseline.json"
    current: dict[str, dict[str, int]] = {}  # check id -> fingerprint -> findings with it
    # Entries repeating a fingerprint (edited by hand) hide their counts together (baseline.py), so they are
    # judged together, at the first of them.
    recorded_counts: dict[str, int] = {}
    for entry in entries:
        fingerprint = _get(entry, "fingerprint", "")
        recorded_counts[fingerprint] = recorded_counts.get(fingerprint, 0) + int(_get(entry, "count", 1) or 1)
    judged: set[str] = set()
    for entry in entries:
        check_id = _get(entry, "check", "")
        fingerprint = _get(entry, "fingerprint", "")
        if fingerprint in judged:
            continue
        judged.add(fingerprint)
        path = _get(entry, "path", "")
        message = _get(entry, "message", "")
        reason = _get(entry, "reason", "")
        evidence = [("fingerprint", fingerprint), ("check", check_id), ("path", path), ("message", message)]
        fix = "remove the entry (`auditor baseline --prune` removes every stale entry)"
        if reason:
            evidence.append(("reason", reason))
        check = get_check(check_id)
        if check is None:
            text = f'Baseline entry for check "{check_id}", which no longer exists'
        elif check.id == CHECK.id:  # written by hand: stale entries are never hidden, so it cannot match
            text = f"Baseline entry for {CHECK.id} itself, which cannot match a finding"
        else:
            if check_id not in current:
                found: dict[str, int] = {}
                for finding in audit.findings_of(check):
                    found[finding.fingerprint] = found.get(finding.fingerprint, 0) + 1
                current[check_id] = found
            recorded = recorded_counts[fingerprint]
            remaining = current[check_id].get(fingerprint, 0)
            if remaining >= recorded:
                continue
            if remaining:
                # Fewer alike findings than recorded: the spare count would hide a copy that comes back.
                text = (f"Baseline entry records {recorded} alike findings, {remaining} remain: "
                        f"{check_id} in {path} ({message})")
                evidence.append(("count", f"{recorded} recorded, {remaining} found"))
                fix = f"set the entry's count to {remaining} (`auditor baseline --prune` does)"
            else:
                text = f"Baseline entry no longer matches a finding: {check_id} in {path} ({message})"
        yield Finding(
            check=CHECK.id,
            severity=CHECK.severity,
            message=text,
            location=_entry_location(file, entry),
            evidence=tuple(evidence),
            fix=fix,
            identity=fingerprint,
        )


CHECK = Check(
    id="stale-baseline-entry",
    severity=Severity.ERROR,
    summary="A baseline entry that no longer matches any finding",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
)
