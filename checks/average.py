"""A declared average that its total and count do not give.

## What it flags
An `average:` / `total:` / `count:` relation where the average claim (人均,
户均, 亩均, each, per resident) is not the total claim divided by the count
claim, allowing for how each of the three is rounded and qualified. The
average is taken per unit of the count as written: 3.6万亩 divides into an
average per 亩, 240 households into one per household. Also an error: an
average measured unlike its total (元 against 人).

## Why it matters
Readers divide the total by the count; an average that does not follow
means one of the three is wrong (a slipped digit, 万 for 千, the count of
another group).

## Example
```yaml
relations:
  - average: c-subsidy-each   # 户均6000元
    total: c-subsidy          # 共发放种粮补贴1200万元
    count: c-households       # 惠及3000户
```
1200万元 ÷ 3000户 = 4000元, not 6000元: an error. An average over a month
(每人每月300元) is not the year's total over the count: declare the monthly
total, or do not declare the relation.

## How to fix
Recompute the average from the total and the count at their sources, and
correct whichever of the three is wrong.
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._claims import describe
from auditor.checks._derived import (
    average_of,
    average_range,
    bounds,
    declared,
    measured_in,
    overlaps,
    per_unit_fits,
)
from auditor.checks._docs import docs_of
from auditor.findings import Finding, Severity


def run(audit: Audit):
    from auditor.formatting import format_like

    for (average, total, count), common in declared(audit, "average", CHECK.id):
        a, t, n = average.figure, total.figure, count.figure
        if measured_in(a) != t.dimension:
            yield Finding(
                severity=Severity.ERROR,
                message=f'Average "{average.id}" ({a.text}) is in other units than its total "{total.id}" ({t.text})',
                evidence=(("average", describe(average)), ("total", describe(total))),
                identity=f"units\x1f{average.id}\x1f{total.id}",
                **common,
            )
            continue
        if not per_unit_fits(a, n):
            yield Finding(
                severity=Severity.ERROR,
                message=f'Average "{average.id}" ({a.text}) is not per unit of its count "{count.id}" ({n.text})',
                evidence=(("average", describe(average)), ("count", describe(count))),
                identity=f"per\x1f{average.id}\x1f{count.id}",
                **common,
            )
            continue
        allowed = average_range(t, n, a)
        if allowed is None or overlaps(bounds(a), allowed):
            continue
        shown = format_like(average_of(t, n, a), a, rounded=True)
        recomputed = f"{t.text} ÷ {n.text} = {shown}"
        yield Finding(
            severity=CHECK.severity,
            message=f'Average "{average.id}" ({a.text}) does not follow from its total and count: {recomputed}',
            evidence=(
                ("total", f"{total.id}: {describe(total)}"),
                ("count", f"{count.id}: {describe(count)}"),
                ("recomputed", recomputed),
                ("stated", a.text),
            ),
            identity=f"{average.id}={a.text}\x1f{total.id}={t.text}\x1f{count.id}={n.text}",
            **common,
        )


CHECK = Check(
    id="average",
    severity=Severity.ERROR,
    summary="A declared average that its total and count do not give",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=True,
)
