"""A number whose thousands separators are in the wrong places.

## What it flags
A run of digits joined by commas whose groups are irregular: after the first
group every group must have three digits (1,080,000), and here one has two or
four (`$100,174,00`, `1,23,456`, `12,5000`). Commas between numbers of a list
are left alone: a run with no three-digit group after the first (`22,24,26`,
`1,3`) is a list, not one number. auditor reads no value from such a number
(`auditor parse --find` lists it as unread), so no other check compares it.

A full-width comma between digit groups (`1，135.77亿元`) is malformed too: it
is a thousands separator typed in full width, or two numbers, and read from
the comma on the number would be a thousand times too small. A date or an
ordinal before it (`2023年1，135家`) and lists (`12，15，18个`) are left alone, and
so is a number written all in full-width forms (`５２０，９２４．５元`), whose
full-width comma is its own thousands separator.

## Why it matters
A misplaced separator is a typing or conversion slip, and the number means
something else than the author meant: `$100,174,00` is $100,174.00 with a
comma for the decimal point, or $10,017,400 with a digit lost, and nobody can
tell which. Read as it stands it would be wrong by a factor of a thousand.
The check cannot know which was meant, so it is a warning with no fix.

## Example
```text
The county paid $100,174,00 for the new roof.
```
`Malformed number "$100,174,00": its digit groups 100 · 174 · 00 are irregular`

## How to fix
Correct the number in the article: a group of three digits after every comma
(`$100,174.00` with a decimal point, or `$10,017,400`), or no separators.
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import Finding, Severity


def run(audit: Audit):
    for document in audit.documents.values():
        for span in document.unread:
            if not span.malformed:
                continue
            digits = "".join(ch for ch in span.text if ch.isdigit() or ch in ",.，")
            groups = " · ".join(digits.split(".")[0].replace("，", ",").split(","))
            problem = (
                f"a full-width comma separates its digit groups {groups}"
                if "，" in digits
                else f"its digit groups {groups} are irregular"
            )
            yield Finding(
                check=CHECK.id,
                severity=CHECK.severity,
                message=f'Malformed number "{span.text}": {problem}',
                location=document.location(span.start, span.end),
                evidence=(
                    ("as written", span.text),
                    ("digit groups", groups),
                    ("read as", "nothing: auditor leaves the number unread"),
                ),
                identity=span.text,
            )


CHECK = Check(
    id="malformed-number",
    severity=Severity.WARNING,
    summary="A number whose thousands separators are in the wrong places",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    per_document=True,
)
