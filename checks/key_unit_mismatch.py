"""Claims under one key measure different kinds of things.

## What it flags
Claims sharing a `key` whose figures have incompatible units: money against
person-times, persons (人, 名) against person-times (人次), a percentage
against a count, one currency against another. Such figures cannot be
compared, so `conflicting-figures` cannot vouch for them either.

## Why it matters
A shared key says "these claims are about the same figure". If one claim
reads 118万元 and another 118万人次, either the key joins two different facts
or one article misstates the unit — both worth a look before publication.

## Example
Key `通伊教育基金.首期资金`: 002 says 108万元 (CNY), a claim from another draft
says 108万人次 (person-times).

## How to fix
If the claims are about different things, give them different keys. If they
are about the same thing, correct the unit in the article that is wrong.
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._claims import claims_by_key, describe, located
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity


def _dimension(figure) -> str:
    return figure.dimension or "a bare number"


def run(audit: Audit):
    for key, claims in claims_by_key(audit).items():
        reference = claims[0]
        for other in claims[1:]:
            if reference.figure.same_dimension(other.figure):
                continue
            f1, f2 = reference.figure, other.figure
            unit1 = f1.written_unit or f1.text
            unit2 = f2.written_unit or f2.text
            yield Finding(
                check=CHECK.id,
                severity=CHECK.severity,
                message=(
                    f'Claims under key "{key}" have incompatible units: {unit1} ({_dimension(f1)}) '
                    f"vs {unit2} ({_dimension(f2)})"
                ),
                location=located(audit, other),
                related=(located(audit, reference),),
                evidence=(("key", key), (reference.id, describe(reference)), (other.id, describe(other))),
                values=(FigureValue.of(reference.id, reference.figure), FigureValue.of(other.id, other.figure)),
                claims=(reference.id, other.id),
                identity=f"{key}\x1f{reference.id}\x1f{other.id}",
            )


CHECK = Check(
    id="key-unit-mismatch",
    severity=Severity.ERROR,
    summary="Claims under one key whose units cannot be compared",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=True,
)
