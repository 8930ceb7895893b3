"""Components that do not add up to their stated total.

## What it flags
A `total:` / `sum:` relation where the components, added as intervals, cannot
equal the total. Rounded figures are intervals (3300万 means 3299.5万 to
3300.5万; 1.2亿 means 1.15亿 to 1.25亿), so sums that agree within the
rounding of what was written do not fire, across magnitude words.

## Why it matters
Readers add up the parts of a total. If 3300万 + 1500万 + 900万 is printed as
5800万, one of the four figures is wrong, and the article is wrong whichever
it is.

## Example
Fires: 3300万 + 1500万 + 900万 stated as 5800万 (the parts make 5700万).
Does not fire: 1.2亿 + 4000万 + 3500万 stated as 1.95亿 (within the rounding
of 1.2亿).

## How to fix
Recompute the total from its sources; correct the component or the total
that is wrong. If the components are not meant to cover the total, remove the
relation.
"""

from __future__ import annotations

from fractions import Fraction

from auditor.audit import Audit, Check
from auditor.checks._claims import describe, located, relation_claims
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity


def run(audit: Audit):
    from auditor.formatting import format_like

    for relation in audit.relations:
        if relation.kind != "sum":
            continue
        totals = relation_claims(audit, [relation.anchor])
        components = relation_claims(audit, relation.members)
        if not totals or len(components) < 2:
            continue
        total = totals[0]
        common = dict(
            check=CHECK.id,
            location=located(audit, total),
            related=tuple(located(audit, claim) for claim in components),
            claims=(total.id, *(claim.id for claim in components)),
            relation=str(relation.mark),
            values=tuple(FigureValue.of(claim.id, claim.figure) for claim in (total, *components)),
        )
        mismatched = [c for c in components if not c.figure.same_dimension(total.figure)]
        if mismatched:
            claim = mismatched[0]
            yield Finding(
                severity=Severity.ERROR,
                message=f'Component "{claim.id}" ({claim.figure.text}) is in other units than total "{total.id}" ({total.figure.text})',
                evidence=(("total", describe(total)), (claim.id, describe(claim))),
                identity=f"units\x1f{total.id}\x1f{claim.id}",
                **common,
            )
            continue
        lows = [c.figure.low for c in components]
        highs = [c.figure.high for c in components]
        low = None if any(v is None for v in lows) else sum(lows, Fraction(0))
        high = None if any(v is None for v in highs) else sum(highs, Fraction(0))
        t = total.figure
        below = high is not None and t.low is not None and (high < t.low or (high == t.low and not t.low_inclusive))
        above = low is not None and t.high is not None and (low > t.high or (low == t.high and not t.high_inclusive))
        if not (below or above):
            continue
        nominal = sum((c.figure.nominal for c in components), Fraction(0))
        evidence = [("total", f"{total.id}: {describe(total)}")]
        evidence += [(claim.id, describe(claim)) for claim in components]
        # In the total's own units (5700万元 beside 5800万元), as the editor will recompute it.
        evidence.append(("components add up to", format_like(nominal, t)))
        evidence.append(("difference", format_like(abs(t.nominal - nominal), t)))
        yield Finding(
            severity=CHECK.severity,
            message=f'Components of "{total.id}" add up to {format_like(nominal, t)}, not the stated {t.text}',
            evidence=tuple(evidence),
            identity=f"{total.id}={t.text}\x1f" + "\x1f".join(f"{c.id}={c.figure.text}" for c in components),
            **common,
        )


CHECK = Check(
    id="sum-mismatch",
    severity=Severity.ERROR,
    summary="Components that do not add up to their stated total",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=True,
)
