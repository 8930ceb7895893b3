"""A claim's quote does not occur in its document.

## What it flags
A claim whose `quote` cannot be found in the document its claim file names,
even after normalization (NFKC, full- and half-width punctuation folded,
whitespace and line breaks inside Chinese text ignored). The finding points at
the closest passage of that document and says what differs, figure by figure.

## Why it matters
The quote is the claim's anchor. When it no longer matches, the draft changed
under the claim (a figure was edited, a sentence rewritten) or the claim was
copied wrongly; either way the figure the editor checked is not the figure
the reader will see.

## Example
The draft says `捐赠启动资金118万元`; the claim quotes `捐赠启动资金128万元`.
The finding shows the closest passage and: the quote has "128万元" where the
document has "118万元".

## How to fix
Compare the quote with the closest passage shown. If the draft is right,
copy the passage into the claim (and update `value`); if the claim is right,
correct the draft.
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import Finding, Severity
from auditor.quotes import claim_file_location


def run(audit: Audit):
    for claim in audit.claims:
        result = audit.quote_matches(claim)
        if result.spans:
            continue
        document = audit.document_for(claim)
        evidence = [("claim", claim.id), ("quote", claim.quote)]
        related = (claim_file_location(claim),)
        nearest = result.nearest
        if nearest is not None:
            location = document.location(nearest.start, nearest.end, label="closest passage")
            evidence.append(("similarity", f"{nearest.similarity:g}%"))
            evidence.extend(("difference", text) for text in nearest.differences)
            message = (
                f'Quote of claim "{claim.id}" not found in {document.path}; closest passage at line {location.line}'
            )
            if nearest.differences:
                message += f": {nearest.differences[0]}"
        else:
            location = document.location(0, 0, label="document start")
            message = f'Quote of claim "{claim.id}" not found in {document.path}, nor anything close to it'
        yield Finding(
            check=CHECK.id,
            severity=CHECK.severity,
            message=message,
            location=location,
            related=related,
            evidence=tuple(evidence),
            claims=(claim.id,),
            identity=f"{claim.id}\x1f{claim.quote}",
        )


CHECK = Check(
    id="quote-not-found",
    severity=Severity.ERROR,
    summary="A claim's quote does not occur in its document",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=True,
)
