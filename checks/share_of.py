"""A declared share that its part and whole do not give.

## What it flags
A `share:` / `part:` / `whole:` relation where the percentage claim is not
part ÷ whole, even allowing for how each of the three is rounded and
qualified: 32% stands for 31.5%–32.5%, 8000万元 for 7999.5万–8000.5万元, 超1.5亿元
for anything above 1.5亿元. Also an error: a share that is not a percentage
(成 and 百分之 are), or a part and a whole that measure different things.

## Why it matters
Readers and editors recompute shares by hand; a share that does not follow
from the figures it is computed from means one of the three is wrong (a
slipped digit, an old total, the wrong base).

## Example
```yaml
relations:
  - share: c-progress-share   # 占全年目标的32%
    part: c-progress          # 完成投资2680万元
    whole: c-target           # 全年目标8000万元
```
2680万元 ÷ 8000万元 = 33.5%, not 32%: an error. 83.3% of 1500万人次 for
1250万人次 (83.33%) is not; nor is 近三成 for 2.9万 of 10万.

## How to fix
Recompute the share from the two figures at their sources, and correct
whichever of the three is wrong; if the share is of another total, point
`whole:` at that total's claim.
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._claims import describe
from auditor.checks._derived import PERCENT_UNITS, bounds, declared, measures_alike, overlaps, share_range
from auditor.checks._docs import docs_of
from auditor.findings import Finding, Severity


def run(audit: Audit):
    from auditor.formatting import format_amount

    for (share, part, whole), common in declared(audit, "share", CHECK.id):
        if share.figure.unit not in PERCENT_UNITS:
            yield Finding(
                severity=Severity.ERROR,
                message=f'Share "{share.id}" ({share.figure.text}) is not a percentage',
                evidence=(("share", describe(share)),),
                identity=f"units\x1f{share.id}",
                **common,
            )
            continue
        if not measures_alike(part.figure, whole.figure):
            yield Finding(
                severity=Severity.ERROR,
                message=(
                    f'Part "{part.id}" ({part.figure.text}) and whole "{whole.id}" ({whole.figure.text}) '
                    "are in incompatible units"
                ),
                evidence=(("part", describe(part)), ("whole", describe(whole))),
                identity=f"units\x1f{part.id}\x1f{whole.id}",
                **common,
            )
            continue
        allowed = share_range(part.figure, whole.figure)
        if allowed is None or overlaps(bounds(share.figure), allowed):
            continue
        p, w = part.figure, whole.figure
        recomputed = f"{p.text} ÷ {w.text} = {format_amount(round(p.nominal * 100 / w.nominal, 2))}%"
        lowest, highest = allowed
        yield Finding(
            severity=CHECK.severity,
            message=f'Share "{share.id}" ({share.figure.text}) does not follow from its part and whole: {recomputed}',
            evidence=(
                ("part", f"{part.id}: {describe(part)}"),
                ("whole", f"{whole.id}: {describe(whole)}"),
                ("recomputed", recomputed),
                ("stated", share.figure.text),
                (
                    "within rounding",
                    f"{format_amount(round(lowest, 2))}% to "
                    + ("∞" if highest is None else f"{format_amount(round(highest, 2))}%"),
                ),
            ),
            identity=f"{share.id}={share.figure.text}\x1f{part.id}={p.text}\x1f{whole.id}={w.text}",
            **common,
        )


CHECK = Check(
    id="share-of",
    severity=Severity.ERROR,
    summary="A declared share that its part and whole do not give",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=True,
)
