"""A baseline entry that no longer matches any finding.

## What it flags
An entry of the baseline file (`--baseline FILE` or `baseline = …` in the
configuration) whose fingerprint matches no finding of its check any more:
the problem was fixed, or the text it was about changed. An entry recording
several alike findings (`"count"`) is flagged when fewer remain. Entries naming a
check that no longer exists, or a file that is no longer audited, are
flagged too. The finding points at the entry's line in the baseline file.
The baseline step reports these findings once every check has run (the
check itself runs nothing), like `unused-suppression`.
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

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import Severity


def run(audit: Audit):
    # The baseline step (auditor/baseline.py:apply) reports stale entries: only it sees the whole run's findings.
    return iter(())


CHECK = Check(
    id="stale-baseline-entry",  # auditor.baseline.STALE_CHECK
    severity=Severity.ERROR,
    summary="A baseline entry that no longer matches any finding",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
)
