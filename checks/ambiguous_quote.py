"""A claim's quote occurs more than once in its document.

## What it flags
A quote found at several places of its document when the claim does not say
which one it means (`occurrence: N`), and a claim whose `occurrence` is larger
than the number of places the quote is found.

## Why it matters
Findings about the claim point at one place; if the quote is ambiguous that
place may be the wrong one, and an edit to the other copy goes unnoticed. A
repeated quote is also often the sign of a paragraph pasted twice.

## Example
004 has the sentence `投入援疆资金480万元` twice (its last paragraph repeats the
one before it). A claim quoting it without `occurrence` is flagged, with both
places.

## How to fix
Lengthen the quote until it is unique, or add `occurrence: 1` (counting from
the start of the document) to say which one the claim means.
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import Finding, Severity
from auditor.quotes import claim_file_location


def run(audit: Audit):
    for claim in audit.claims:
        spans = audit.quote_matches(claim).spans
        document = audit.document_for(claim)
        if claim.occurrence and claim.occurrence > len(spans) and spans:
            yield Finding(
                check=CHECK.id,
                severity=Severity.ERROR,
                message=f'Claim "{claim.id}" asks for occurrence {claim.occurrence} but its quote occurs {len(spans)} time(s)',
                location=document.location(*spans[-1], label=f"occurrence {len(spans)}"),
                related=(claim_file_location(claim),),
                evidence=(("claim", claim.id), ("occurrences", str(len(spans)))),
                claims=(claim.id,),
                identity=f"{claim.id}\x1foccurrence\x1f{claim.quote}",
            )
        elif len(spans) > 1 and not claim.occurrence:
            locations = [document.location(*span, label=f"occurrence {n}") for n, span in enumerate(spans, 1)]
            lines = ", ".join(str(location.line) for location in locations)
            yield Finding(
                check=CHECK.id,
                severity=CHECK.severity,
                message=f'Quote of claim "{claim.id}" occurs {len(spans)} times in {document.path} (lines {lines}); add `occurrence` or lengthen the quote',
                location=locations[0],
                related=tuple(locations[1:]) + (claim_file_location(claim),),
                evidence=(("claim", claim.id), ("occurrences", str(len(spans)))),
                claims=(claim.id,),
                identity=f"{claim.id}\x1f{claim.quote}",
            )


CHECK = Check(
    id="ambiguous-quote",
    severity=Severity.WARNING,
    summary="A claim's quote occurs more than once in its document",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=True,
)
