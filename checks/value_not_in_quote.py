"""A claim's value matches no figure inside its quote.

## What it flags
A claim whose `value` is not supported by any figure of its quote, compared
unit-aware: the quote `118万元` supports the value `1180000元` or `1.18百万元`,
but not `108万元`, and not `118万人次` (another dimension).

## Why it matters
The value is what the consistency checks compare across articles. If it is
not the figure the quote shows, every comparison built on it is wrong, and
the report would vouch for a number the article never printed.

## Example
Claim: quote `捐赠启动资金118万元`, value `108万元`. The quote's only figure,
118万元 = 1,180,000 CNY, does not match 108万元 = 1,080,000 CNY.

## How to fix
Correct `value` to the figure as the quote writes it, or leave `value` out
when the quote holds exactly one figure.
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity
from auditor.quotes import claim_file_location, claim_site, figures_in_span


def run(audit: Audit):
    from auditor.formatting import format_interval

    for claim in audit.claims:
        if claim.value is None or claim.figure is None:
            continue
        site = claim_site(audit, claim)
        if site.quote_span is None or site.figure is not None:
            continue
        document = audit.document_for(claim)
        written = figures_in_span(document, site.quote_span)
        location = document.location(*site.quote_span, label=claim.id)
        evidence = [("claim", claim.id), ("value", f"{claim.value} = {format_interval(claim.figure)}")]
        for figure in written:
            evidence.append(("in the quote", f"{figure.text} = {format_interval(figure)}"))
        if written:
            listed = ", ".join(f'"{f.text}"' for f in written)
            message = f'Value "{claim.value}" of claim "{claim.id}" matches no figure of its quote ({listed})'
        else:
            message = f'Value "{claim.value}" of claim "{claim.id}" is not in its quote: the quote holds no figure'
        yield Finding(
            check=CHECK.id,
            severity=CHECK.severity,
            message=message,
            location=location,
            related=(claim_file_location(claim, at_value=True),),
            evidence=tuple(evidence),
            values=(FigureValue.of(claim.id, claim.figure), *(FigureValue.of("in the quote", f) for f in written)),
            claims=(claim.id,),
            identity=f"{claim.id}\x1f{claim.value}\x1f{claim.quote}",
        )


CHECK = Check(
    id="value-not-in-quote",
    severity=Severity.ERROR,
    summary="A claim's value matches no figure inside its quote",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=True,
)
