"""How much of each document the claims cover: editors see what remains unaudited."""

from __future__ import annotations

from auditor.audit import Audit
from auditor.findings import DocumentCoverage

# Ordinals (第十一批) and years used as names are figures nobody claims; they are not counted.
UNCOUNTED_KINDS = ("ordinal",)


def claim_coverage(audit: Audit) -> tuple[DocumentCoverage, ...]:
    from auditor.quotes import claim_site

    claimed_spans: dict[str, set[tuple[int, int]]] = {}
    for claim in audit.claims:
        site = claim_site(audit, claim)
        if site.figure is not None:
            claimed_spans.setdefault(claim.document, set()).add((site.figure.start, site.figure.end))
    documents = sorted({claim_file.document for claim_file in audit.claim_files})
    result = []
    for path in documents:
        document = audit.documents.get(path)
        if document is None:
            continue
        figures = [f for f in document.figures if f.kind not in UNCOUNTED_KINDS]
        spans = claimed_spans.get(path, set())
        claimed = sum(1 for f in figures if any(start < f.end and f.start < end for start, end in spans))
        result.append(DocumentCoverage(path, len(figures), claimed))
    return tuple(result)
