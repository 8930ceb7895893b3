"""A suppression comment in a document that covers no finding.

## What it flags
An `auditor-ignore` comment (`<!-- auditor-ignore: CHECK reason -->` for the
next paragraph, `<!-- auditor-ignore-file: CHECK reason -->` for the whole
document; see `auditor/suppressions.py`) naming a check that ran and found
nothing where the comment points. It is reported by the suppression step of
a run, after every other check, as ruff reports an unused `# noqa` (RUF100):
this module's own `run` finds nothing by itself. Checks that did not run
(`--select`, `--ignore`) are not judged, and neither is this one when it is
ignored.

## Why it matters
A comment left behind after the text was fixed would hide the same problem if
it came back. Removing unused comments keeps every suppression a statement
that is still true.

## Example
```text
<!-- auditor-ignore: doubled-word 哔哩哔哩 is the company's name -->
哔哩科技跌3.2%。
```
`Unused suppression: no doubled-word finding in the paragraph after it`

## How to fix
Remove the comment, or the check ids it no longer needs.
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import Severity


def run(audit: Audit):
    # The suppression step (auditor/runner.py) reports unused comments: only it sees every other check's findings.
    return iter(())


CHECK = Check(
    id="unused-suppression",  # auditor.suppressions.UNUSED
    severity=Severity.WARNING,
    summary="A suppression comment in a document covers no finding",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    per_document=True,
)
