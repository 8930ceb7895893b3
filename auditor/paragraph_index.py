"""Paragraph index: the normalized paragraphs of a corpus and the pairs worth comparing.

Comparing every paragraph with every other grows with the square of the corpus
(all pairs of 10,000 documents took 65 s on one core, see LIBRARIES.md). This
module finds the few pairs that can be repeats, in time linear in the corpus,
and leaves judging them to the caller:

- Inside one document (a few dozen paragraphs) the sets of `k`-character
  shingles of every two paragraphs are intersected, and a pair is kept when
  the shingles it shares reach the bound the q-gram lemma sets
  (`qgram_bound`): a copy with `d` edits keeps all but at most `k * d` of the
  shorter paragraph's shingles. Nothing that could reach the similarity
  threshold is dropped.
- Across documents each paragraph is reduced to winnowed fingerprints
  (Schleimer, Wilkerson and Aiken, SIGMOD 2003): the smallest hash of every
  window of `window` consecutive `k`-character shingles. Two paragraphs that
  share a run of `window + k - 1` characters share a fingerprint whatever the
  rest of their text. A fingerprint held by more than `max_frequency`
  paragraphs is boilerplate (a slogan, a series' standing paragraph) and is
  dropped, so common text never builds a quadratic list of candidates.
- Paragraphs equal after normalization, or after masking their figures, are
  grouped by their text.

Everything here works on the normalized view (auditor.normalize) of each
paragraph, so an ASCII-comma copy meets its full-width-comma original.
"""

from __future__ import annotations

import gc
import math
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from auditor.documents import Document, Paragraph
from auditor.normalize import normalize

# Digits (with decimal points or thousands separators) and Chinese numerals:
# masked so that "108万元" and "118万元" read the same when aligning copies.
_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[零〇一二两三四五六七八九十百千万亿]+")


@dataclass(frozen=True)
class Unit:
    """One paragraph in the index. `id` orders units: documents by path, then paragraphs."""

    id: int
    document: int  # position of the document in `ParagraphIndex.documents`
    paragraph: Paragraph
    text: str  # the normalized paragraph


@dataclass(frozen=True)
class Run:
    """A maximal common substring: a[a_start:a_start+length] == b[b_start:b_start+length]."""

    a_start: int
    b_start: int
    length: int


def mask_figures(text: str) -> str:
    return _NUMBER.sub("#", text)


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while an index is built and searched.

    Indexing 10,000 documents allocates millions of small objects, none of
    them in a reference cycle. Each full collection walks all of them, and the
    number of full collections grows with the heap: with the collector running,
    ten times the documents took 12x the CPU time, without it 9.4x.
    Reference counting still frees everything as usual; the collector's
    previous state is restored on exit.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ParagraphIndex:
    """The paragraphs of `documents` (sorted by path) that are at least `min_chars` long once normalized."""

    def __init__(self, documents: Iterable[Document], min_chars: int):
        self.documents: tuple[Document, ...] = tuple(sorted(documents, key=lambda document: document.path))
        units: list[Unit] = []
        ranges: list[range] = []
        for number, document in enumerate(self.documents):
            first = len(units)
            for paragraph in document.paragraphs:
                text = normalize(paragraph.text).text
                if len(text) >= min_chars:
                    units.append(Unit(len(units), number, paragraph, text))
            ranges.append(range(first, len(units)))
        self.units: tuple[Unit, ...] = tuple(units)
        self._ranges = tuple(ranges)

    def units_of(self, document: int) -> Sequence[Unit]:
        span = self._ranges[document]
        return self.units[span.start : span.stop]

    def document_of(self, unit: Unit) -> Document:
        return self.documents[unit.document]

    def source_span(self, unit: Unit, start: int, end: int) -> tuple[int, int]:
        """Document offsets of the normalized span [start, end) of `unit`.

        The offset map is rebuilt here rather than kept for every paragraph:
        only reported spans need it, and a map per character of a 10,000
        document corpus would cost more memory than everything else together.
        """
        source_start, source_end = normalize(unit.paragraph.text).to_source(start, end)
        return unit.paragraph.start + source_start, unit.paragraph.start + source_end

    # ------------------------------------------------------------------ candidates

    def within_document_pairs(self, document: int, k: int, needed) -> list[tuple[int, int]]:
        """Pairs (earlier id, later id) of one document sharing at least `needed(...)` shingles.

        `needed(shorter_length, longer_length, shorter_shingles)` gives the
        number of distinct shared shingles below which the pair cannot be a
        repeat the caller looks for (see `qgram_bound`). Every pair of the
        document is tested, by set intersection: an article has tens of
        paragraphs, and this is twice as fast as an inverted index at that
        size (a 3,000-paragraph book would take seconds).
        """
        units = self.units_of(document)
        grams = [{unit.text[i : i + k] for i in range(len(unit.text) - k + 1)} for unit in units]
        pairs: list[tuple[int, int]] = []
        for y, later in enumerate(units):
            later_grams, later_length = grams[y], len(later.text)
            for x in range(y):
                earlier_grams, earlier_length = grams[x], len(units[x].text)
                if earlier_length <= later_length:
                    bound = needed(earlier_length, later_length, len(earlier_grams))
                else:
                    bound = needed(later_length, earlier_length, len(later_grams))
                if min(len(earlier_grams), len(later_grams)) >= bound and len(earlier_grams & later_grams) >= bound:
                    pairs.append((units[x].id, later.id))
        pairs.sort()
        return pairs

    def cross_document_pairs(self, k: int, window: int, max_frequency: int) -> set[tuple[int, int]]:
        """Pairs (earlier id, later id) of different documents sharing a winnowed fingerprint.

        Every fingerprint is counted before any pair is formed, so which
        fingerprints count as boilerplate does not depend on document order.
        """
        postings: dict[int, int | list[int]] = {}
        for unit in self.units:
            for fingerprint in winnow(unit.text, k, window):
                seen = postings.get(fingerprint)
                if seen is None:
                    postings[fingerprint] = unit.id
                elif isinstance(seen, int):
                    postings[fingerprint] = [seen, unit.id]
                else:
                    seen.append(unit.id)
        pairs: set[tuple[int, int]] = set()
        units = self.units
        for seen in postings.values():
            if isinstance(seen, int) or len(seen) > max_frequency:
                continue
            for x, first in enumerate(seen):
                document = units[first].document
                for second in seen[x + 1 :]:
                    if units[second].document != document:
                        pairs.add((first, second))
        return pairs

    def groups(self, key) -> dict[str, list[int]]:
        """Unit ids grouped by `key(text)`, each group in id order; singletons left out."""
        grouped: dict[str, list[int]] = {}
        for unit in self.units:
            grouped.setdefault(key(unit.text), []).append(unit.id)
        return {value: ids for value, ids in grouped.items() if len(ids) > 1}


def qgram_bound(shorter_shingles: int, k: int, edits: int) -> int:
    """Distinct k-shingles of the shorter text that survive `edits` Indel edits.

    Each inserted or deleted character touches at most k shingles, and every
    untouched shingle occurrence of the shorter text also occurs in the other.
    """
    return shorter_shingles - k * edits


def max_indel_edits(length_a: int, length_b: int, threshold: float) -> int:
    """Largest Indel distance at which rapidfuzz's ratio is still >= threshold (0-100)."""
    return math.floor((1 - threshold / 100) * (length_a + length_b) + 1e-9)


def winnow(text: str, k: int, window: int) -> set[int]:
    """Winnowed fingerprints of `text`: the minimum shingle hash of every window.

    crc32 of the UTF-32 bytes, not `hash()`: str hashes change with every
    interpreter run, and which shingles are kept must not.
    """
    count = len(text) - k + 1
    if count <= 0:
        return set()
    data = text.encode("utf-32-le")
    width = 4 * k
    crc32 = zlib.crc32
    hashes = [crc32(data[i : i + width]) for i in range(0, 4 * count, 4)]
    positions = count - window + 1
    if positions <= 1:
        return {min(hashes)}
    # min over `window` shifted slices: the sliding-window minimum at C speed.
    return set(map(min, *[hashes[i : i + positions] for i in range(window)]))


def common_runs(a: str, b: str, min_length: int, seed: int = 8) -> list[Run]:
    """Every maximal common substring of `a` and `b` at least `min_length` long.

    Seeds are the `seed`-grams of `b` at a stride of `min_length - seed + 1`:
    any common substring that long contains one of them whole, so probing
    these few with `str.find` misses nothing. Longest first.
    """
    if min(len(a), len(b)) < min_length or min_length <= 0:
        return []
    seed = min(seed, min_length)
    stride = min_length - seed + 1
    found: dict[tuple[int, int], int] = {}
    covered: dict[int, int] = {}  # diagonal (b - a offset) -> end in b of the last run found on it
    for j in range(0, len(b) - seed + 1, stride):
        gram = b[j : j + seed]
        i = a.find(gram)
        while i != -1:
            diagonal = j - i
            if covered.get(diagonal, -1) < j + seed:
                back = _common_suffix(a, i, b, j)
                ahead = _common_prefix(a, i + seed, b, j + seed)
                start_a, start_b, length = i - back, j - back, back + seed + ahead
                covered[diagonal] = start_b + length
                if length >= min_length:
                    found[(start_a, start_b)] = length
            i = a.find(gram, i + 1)
    runs = [Run(start_a, start_b, length) for (start_a, start_b), length in found.items()]
    runs.sort(key=lambda run: (-run.length, run.b_start, run.a_start))
    return runs


def _common_prefix(a: str, i: int, b: str, j: int) -> int:
    """Length of the longest common prefix of a[i:] and b[j:], by bisection on slices."""
    high = min(len(a) - i, len(b) - j)
    if high <= 0 or a[i : i + high] == b[j : j + high]:
        return max(high, 0)
    low = 0  # a[i:i+low] == b[j:j+low] and the strings differ within high
    while high - low > 1:
        middle = (low + high) // 2
        if a[i : i + middle] == b[j : j + middle]:
            low = middle
        else:
            high = middle
    return low


def _common_suffix(a: str, i: int, b: str, j: int) -> int:
    """Length of the longest common suffix of a[:i] and b[:j]."""
    high = min(i, j)
    if high == 0 or a[i - high : i] == b[j - high : j]:
        return high
    low = 0
    while high - low > 1:
        middle = (low + high) // 2
        if a[i - middle : i] == b[j - middle : j]:
            low = middle
        else:
            high = middle
    return low
