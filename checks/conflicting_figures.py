"""Claims about the same thing whose figures cannot both be true.

## What it flags
Two claims with the same `key` whose figures do not overlap once converted to
one unit: their intervals (qualifiers such as 近 / 超 / 多 and the implied
precision of rounded figures included) are disjoint. Dates are compared after
resolving relative dates (去年8月, 今年9月1日) against each document's
publication date. Claims that both carry `as_of` dates are running totals:
they conflict only when the later one is smaller.

## Why it matters
One fund cannot have raised both 108万元 and 118万元 as its first tranche.
When two articles (or two paragraphs) give different figures for one thing,
at least one of them is wrong, and readers who see both lose trust in both.

## Example
002: `“通伊”教育基金首期筹得108万元`; 004: `捐赠启动资金118万元`, both under the
key `通伊教育基金.首期资金`: 1,080,000 CNY vs 1,180,000 CNY, a difference of
10万元. Not flagged: 15280万元 vs 1.528亿元 (equal), 近300万吨 vs 298万吨
(just under 300万 includes 298万), 超80% vs 86%, 1500多名 vs 1520名.

## How to fix
Check the figure at its source and correct the article that is wrong. If
the claims are about different things (a first tranche and a total), give
them different keys; if they are running totals at different dates, add
`as_of` to both.
"""

from __future__ import annotations

from itertools import combinations

from auditor.audit import Audit, Check
from auditor.checks._claims import calendar_of, claims_by_key, describe, located, show_calendar
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity


def _calendars_conflict(first, second) -> bool:
    a, b = calendar_of(first), calendar_of(second)
    if a is None or b is None:
        return False
    return any(
        x is not None and y is not None and x != y for x, y in ((a.year, b.year), (a.month, b.month), (a.day, b.day))
    )


def _running_total_decreased(earlier, later) -> bool:
    """Later total certainly below the earlier one."""
    before, after = earlier.figure, later.figure
    if after.high is None or before.low is None:
        return False
    return after.high < before.low or (after.high == before.low and not (after.high_inclusive and before.low_inclusive))


def _disjoint(a, b) -> bool:
    return not a.overlaps(b)


def run(audit: Audit):
    from auditor.formatting import format_like

    for key, claims in claims_by_key(audit).items():
        for first, second in combinations(claims, 2):
            f1, f2 = first.figure, second.figure
            if not f1.same_dimension(f2):
                continue  # key-unit-mismatch reports these
            calendar = f1.kind in ("year", "date", "relative-date") or f2.kind in ("year", "date", "relative-date")
            running = first.as_of is not None and second.as_of is not None and first.as_of != second.as_of
            evidence = [("key", key), (first.id, describe(first)), (second.id, describe(second))]
            assumption = None
            if calendar:
                if not _calendars_conflict(first, second):
                    continue
                a, b = calendar_of(first), calendar_of(second)
                message = (
                    f'Conflicting dates for "{key}": {f1.text} ({show_calendar(a)}) vs {f2.text} ({show_calendar(b)})'
                )
            elif running:
                earlier, later = sorted((first, second), key=lambda c: c.as_of.sort_key())
                if not _running_total_decreased(earlier, later):
                    continue
                message = (
                    f'Running total "{key}" decreased: {earlier.figure.text} as of {earlier.as_of} '
                    f"but {later.figure.text} as of {later.as_of}"
                )
                assumption = "claims with as_of dates are running totals, which never decrease"
            else:
                if not _disjoint(f1, f2):
                    continue
                difference = abs(f1.nominal - f2.nominal)
                base = min(abs(f1.nominal), abs(f2.nominal))
                percent = f" ({float(difference / base * 100):.1f}%)" if base else ""
                evidence.append(("difference", format_like(difference, f1) + percent))
                message = f'Conflicting figures for "{key}": {f1.text} vs {f2.text}'
            if first.document != second.document:
                message += f" (in {first.document} and {second.document})"
            yield Finding(
                check=CHECK.id,
                severity=CHECK.severity,
                message=message,
                location=located(audit, first),
                related=(located(audit, second),),
                evidence=tuple(evidence),
                values=(FigureValue.of(first.id, f1), FigureValue.of(second.id, f2)),
                assumption=assumption,
                claims=(first.id, second.id),
                identity=f"{key}\x1f{first.id}\x1f{f1.text}\x1f{second.id}\x1f{f2.text}",
            )


CHECK = Check(
    id="conflicting-figures",
    severity=Severity.ERROR,
    summary="Claims with the same key whose figures cannot both be true",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=True,
)
