"""Shares of one total that add up to more than 100% (or, when exhaustive, less).

## What it flags
A `shares:` relation whose percentages, read as intervals, certainly add up
to more than 100% — or, when the group is declared `exhaustive: true`,
certainly to less than 100%. Shares written as exact figures get a tolerance
of half a step of their last digit each (80% may be 79.5%–80.5%), so rounded
shares that sum to 99% or 101% do not fire.

## Why it matters
Shares of one total that exceed 100% cannot all be right unless they overlap,
and readers do this sum in their head. If they do overlap (the same money
counts as both "county level" and "livelihood"), the article should say so.

## Example
001: `援疆资金总量的80%用于县及县以下、80%用于民生` — 80% + 80% = 160% of one total.

## How to fix
Check the shares at their source. If they legitimately overlap, mark the group
`overlap: "<why>"`: the finding is then suppressed and the report shows the
reason. If the group is meant to cover the whole, add `exhaustive: true`.
"""

from __future__ import annotations

from fractions import Fraction

from auditor.audit import Audit, Check
from auditor.checks._claims import describe, located, relation_claims, rounding_half_step, widened
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity

HUNDRED = Fraction(100)


def run(audit: Audit):
    from auditor.formatting import format_amount

    for relation in audit.relations:
        if relation.kind != "shares":
            continue
        shares = relation_claims(audit, relation.members)
        if len(shares) < 2:
            continue
        not_percent = [claim for claim in shares if claim.figure.kind != "percent"]
        if not_percent:
            claim = not_percent[0]
            yield Finding(
                check=CHECK.id,
                severity=Severity.ERROR,
                message=f'Share "{claim.id}" of {relation.label} is not a percentage: {claim.figure.text}',
                location=located(audit, claim),
                evidence=(("total", relation.label or ""), (claim.id, describe(claim))),
                claims=tuple(c.id for c in shares),
                relation=str(relation.mark),
                identity=f"{relation.label}\x1fnot-percent\x1f{claim.id}",
            )
            continue
        bounds = [widened(claim.figure) for claim in shares]
        low_sum = sum((low for low, _ in bounds if low is not None), Fraction(0))
        highs = [high for _, high in bounds]
        high_sum = None if any(high is None for high in highs) else sum(highs, Fraction(0))
        # An excluded bound ("超60%" is above 60) makes a sum that reaches 100% exceed it.
        low_open = any(not claim.figure.low_inclusive for claim in shares)
        high_open = any(not claim.figure.high_inclusive for claim in shares)
        nominal = sum((claim.figure.nominal for claim in shares), Fraction(0))
        exact = all(claim.figure.low == claim.figure.high for claim in shares)
        tolerance = sum((rounding_half_step(claim.figure) for claim in shares), Fraction(0))
        if low_sum > HUNDRED or (low_sum == HUNDRED and low_open):
            if exact:
                total_text = f"{format_amount(nominal)}%"
            elif low_sum == HUNDRED:
                total_text = "more than 100%"
            else:
                total_text = f"at least {format_amount(low_sum)}%"
            message = f"Shares of {relation.label} add up to {total_text}" + (
                "" if total_text == "more than 100%" else ", more than 100%"
            )
        elif (
            relation.exhaustive and high_sum is not None and (high_sum < HUNDRED or (high_sum == HUNDRED and high_open))
        ):
            total_text = f"{format_amount(nominal)}%" if exact else f"at most {format_amount(high_sum)}%"
            message = (
                f"Shares of {relation.label} add up to {total_text}, less than 100% "
                "though the group is declared exhaustive"
            )
        else:
            continue
        evidence = [("total", relation.label or "")]
        evidence += [(claim.id, describe(claim)) for claim in shares]
        evidence.append(("sum", f"{format_amount(nominal)}%"))
        if tolerance:
            evidence.append(("rounding tolerance", f"±{format_amount(tolerance)}%"))
        finding = Finding(
            check=CHECK.id,
            severity=CHECK.severity,
            message=message,
            location=located(audit, shares[0]),
            related=tuple(located(audit, claim) for claim in shares[1:]),
            evidence=tuple(evidence),
            values=tuple(FigureValue.of(claim.id, claim.figure) for claim in shares),
            assumption=None
            if relation.exhaustive and low_sum <= HUNDRED
            else "the shares do not overlap (mark the group `overlap: <reason>` if they do)",
            claims=tuple(claim.id for claim in shares),
            relation=str(relation.mark),
            identity=f"{relation.label}\x1f" + "\x1f".join(f"{c.id}={c.figure.text}" for c in shares),
        )
        if relation.overlap:
            finding = finding.suppressed(f"shares overlap: {relation.overlap}")
        yield finding


CHECK = Check(
    id="percent-sum",
    severity=Severity.ERROR,
    summary="Shares of one total that add up to more than 100% (or less, when exhaustive)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=True,
)
