"""A part that is larger than its whole.

## What it flags
A `whole:` / `parts:` relation where a part is certainly larger than the
whole, with qualifiers taken into account: the part's smallest possible
value exceeds the whole's largest. A part 超90 (more than 90) of a whole 近90
(just under 90) fires; 3200 of 4500 does not; 近4500 of 4500 does not.

## Why it matters
"Of 4500 people placed in jobs, 5200 work outside Xinjiang" is impossible;
a reader who notices stops trusting every other figure in the article.

## Example
A whole `培训4500人` with a part `其中5200人赴疆外就业`: 5,200 persons > 4,500 persons.

## How to fix
Check both figures at their source; one of them (or the relation) is wrong.
If the part is not really part of that whole, remove it from the relation.
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._claims import describe, located, relation_claims
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity


def _certainly_larger(part, whole) -> bool:
    if part.low is None or whole.high is None:
        return False
    if part.low > whole.high:
        return True
    return part.low == whole.high and not (part.low_inclusive and whole.high_inclusive)


def run(audit: Audit):
    for relation in audit.relations:
        if relation.kind != "parts":
            continue
        wholes = relation_claims(audit, [relation.anchor])
        if not wholes:
            continue
        whole = wholes[0]
        for part in relation_claims(audit, relation.members):
            common = dict(
                check=CHECK.id,
                location=located(audit, part),
                related=(located(audit, whole),),
                evidence=(("whole", f"{whole.id}: {describe(whole)}"), ("part", f"{part.id}: {describe(part)}")),
                claims=(whole.id, part.id),
                relation=str(relation.mark),
                values=(FigureValue.of(whole.id, whole.figure), FigureValue.of(part.id, part.figure)),
            )
            if not part.figure.same_dimension(whole.figure):
                yield Finding(
                    severity=Severity.ERROR,
                    message=(
                        f'Part "{part.id}" ({part.figure.text}) and whole "{whole.id}" ({whole.figure.text}) '
                        "are in incompatible units"
                    ),
                    identity=f"units\x1f{whole.id}\x1f{part.id}",
                    **common,
                )
            elif _certainly_larger(part.figure, whole.figure):
                yield Finding(
                    severity=CHECK.severity,
                    message=f'Part "{part.id}" ({part.figure.text}) is larger than its whole "{whole.id}" ({whole.figure.text})',
                    identity=f"{whole.id}={whole.figure.text}\x1f{part.id}={part.figure.text}",
                    **common,
                )


CHECK = Check(
    id="part-exceeds-whole",
    severity=Severity.ERROR,
    summary="A part that is certainly larger than its whole",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=True,
)
