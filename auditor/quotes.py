"""Finding a claim's quote in its document, and explaining a near miss.

The quote and the document are compared in their normalized views (see
auditor.normalize), and every match is mapped back to its true position in the
original text. When a quote is not found, the closest passage of *that*
document (never of any other file) is located with rapidfuzz and the
differences are spelled out, figure by figure where a figure changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.documents import Document
from auditor.findings import Location
from auditor.normalize import fold

if TYPE_CHECKING:
    from auditor.audit import Audit
    from auditor.claims import Claim
    from auditor.figures import Figure

# Below this similarity (0-100) the closest passage is not worth showing.
NEAR_MISS_THRESHOLD = 60.0
MAX_DIFFERENCES = 3


@dataclass(frozen=True)
class NearMiss:
    """The passage most like a quote that was not found: where it is, how alike, what differs."""

    start: int
    end: int
    similarity: float
    differences: tuple[str, ...]


@dataclass(frozen=True)
class QuoteResult:
    """Where a quote occurs in a document (every occurrence), or the nearest passage when it does not."""

    spans: tuple[tuple[int, int], ...]  # source offsets of every occurrence, in order
    nearest: NearMiss | None = None


def find_quote(document: Document, quote: str) -> QuoteResult:
    needle = fold(quote)
    normalized = document.normalized
    haystack = normalized.text
    spans: list[tuple[int, int]] = []
    if needle:
        position = haystack.find(needle)
        while position != -1:
            spans.append(normalized.to_source(position, position + len(needle)))
            position = haystack.find(needle, position + 1)
    if spans:
        return QuoteResult(tuple(spans))
    return QuoteResult((), _nearest_passage(document, needle))


def _nearest_passage(document: Document, needle: str) -> NearMiss | None:
    if not needle:
        return None
    from rapidfuzz import fuzz

    normalized = document.normalized
    haystack = normalized.text
    if len(needle) > len(haystack):
        return None
    alignment = fuzz.partial_ratio_alignment(needle, haystack)
    if alignment is None or alignment.score < NEAR_MISS_THRESHOLD:
        return None
    dest_start, dest_end = alignment.dest_start, alignment.dest_end
    # The alignment may take in a comma or stop the quote lacks; that is not a difference worth showing.
    while (
        dest_end - dest_start > 1 and not haystack[dest_end - 1].isalnum() and not needle[-1:] == haystack[dest_end - 1]
    ):
        dest_end -= 1
    start, end = normalized.to_source(dest_start, dest_end)
    passage = haystack[dest_start:dest_end]
    return NearMiss(start, end, round(alignment.score, 1), _differences(needle, passage))


def _figure_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to the whole figure(s) it touches, so "2" vs "1" reads "128万元" vs "118万元"."""
    from auditor.figures import find_figures

    for figure in find_figures(text):
        if figure.start <= start <= figure.end or figure.start <= end <= figure.end:
            start, end = min(start, figure.start), max(end, figure.end)
    return start, end


def _differences(quote: str, passage: str) -> tuple[str, ...]:
    import difflib

    matcher = difflib.SequenceMatcher(None, quote, passage, autojunk=False)
    described: list[str] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            continue
        a0, a1 = _figure_around(quote, a0, a1)
        b0, b1 = _figure_around(passage, b0, b1)
        ours, theirs = quote[a0:a1], passage[b0:b1]
        if tag == "delete" and not theirs:
            text = f'the quote has "{ours}", the document does not'
        elif tag == "insert" and not ours:
            text = f'the document has "{theirs}" here, the quote does not'
        else:
            text = f'the quote has "{ours}" where the document has "{theirs}"'
        if text not in described:
            described.append(text)
    if len(described) > MAX_DIFFERENCES:
        described = described[:MAX_DIFFERENCES] + [f"and {len(described) - MAX_DIFFERENCES} more differences"]
    return tuple(described)


# --------------------------------------------------------------------------- claims in documents


@dataclass(frozen=True)
class ClaimSite:
    """Where a claim stands in its document: the quote occurrence used and the figure in it."""

    quote_span: tuple[int, int] | None  # None: quote not found
    figure: "Figure | None"  # the figure of the quote that matches the claim's value, offsets absolute
    occurrences: int


def claim_site(audit: "Audit", claim: "Claim") -> ClaimSite:
    cache = audit._quote_cache
    key = ("site", claim.id)
    if key in cache:
        return cache[key]
    result = audit.quote_matches(claim)
    spans = result.spans
    if not spans:
        site = ClaimSite(None, None, 0)
    else:
        index = (claim.occurrence - 1) if claim.occurrence else 0
        span = spans[index] if index < len(spans) else spans[0]
        site = ClaimSite(span, _matching_figure(audit.document_for(claim), span, claim.figure), len(spans))
    cache[key] = site
    return site


def figures_in_span(document: Document, span: tuple[int, int]) -> list["Figure"]:
    from dataclasses import replace

    from auditor.figures import find_figures

    start, end = span
    return [replace(f, start=f.start + start, end=f.end + start) for f in find_figures(document.text[start:end])]


def figure_matches(claimed: "Figure", written: "Figure") -> bool:
    """The written figure supports the claimed value: same dimension and overlapping intervals."""
    if claimed.kind != written.kind and {claimed.kind, written.kind} != {"date", "relative-date"}:
        return False
    if not claimed.same_dimension(written):
        return False
    if claimed.kind in ("date", "relative-date", "year"):
        return _calendar_compatible(claimed, written)
    return claimed.overlaps(written)


def _calendar_compatible(a: "Figure", b: "Figure") -> bool:
    first, second = a.calendar, b.calendar
    if first is None or second is None:
        return a.text == b.text
    pairs = [(first.month, second.month), (first.day, second.day)]
    if first.relative_year is None and second.relative_year is None:
        pairs.append((first.year, second.year))
    return all(x == y or x is None or y is None for x, y in pairs)


def _matching_figure(document: Document, span: tuple[int, int], claimed: "Figure | None") -> "Figure | None":
    if claimed is None:
        return None
    for figure in figures_in_span(document, span):
        if figure_matches(claimed, figure):
            return figure
    return None


def claim_location(audit: "Audit", claim: "Claim", label: str = "") -> Location | None:
    """The quote's location in the document: at the claim's figure (highlighted in the quote) when it has one."""
    site = claim_site(audit, claim)
    if site.quote_span is None:
        return None
    document = audit.document_for(claim)
    if site.figure is not None:
        return document.figure_location(*site.quote_span, site.figure.start, site.figure.end, label=label or claim.id)
    return document.location(*site.quote_span, label=label or claim.id)


def claim_file_location(claim: "Claim", label: str = "", *, at_value: bool = False) -> Location:
    """The claim's quote (or value) in its claim file: a related location pointing editors at the YAML."""
    mark = claim.value_mark if at_value else claim.quote_mark
    return Location(
        mark.path, mark.line, mark.column, mark.line, mark.column, 0, 0, claim.quote, label or f"claim {claim.id}"
    )
