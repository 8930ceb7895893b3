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
paragraph, so an ASCII-comma copy meets its full-width-comma original. Each
paragraph is normalized once; its map back to the source is rebuilt only for
the paragraphs that end up in findings.

The work is per character, in pure Python, so what each step costs per
character and how much memory it keeps decide the speed (docs/performance.md):
shingles inside a document are integers made from the UTF-16 code units
(`shingle_sets`), k-grams are cut with shared slice objects and hashed by
map() at C speed, window minima come from a few min() calls over slices
(`window_minima`), fingerprints wait in a flat array of 32-bit values, and
grouping by text keeps hashes rather than every paragraph's masked copy.
"""

from __future__ import annotations

import functools
import math
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from auditor.documents import Document, Paragraph
from auditor.normalize import normalize
from auditor.patterns import lazy_compile

# An array type code for crc32 values: "I" is 32 bits wide on every platform CPython runs on.
_UINT32 = "I" if array("I").itemsize >= 4 else "L"

# Digits (with decimal points or thousands separators) and Chinese numerals:
# masked so that "108万元" and "118万元" read the same when aligning copies.
_NUMBER = lazy_compile(r"[0-9]+(?:[.,][0-9]+)*|[零〇一二两三四五六七八九十百千万亿]+")


@dataclass(frozen=True, slots=True)
class Unit:
    """One paragraph in the index. `id` orders units: documents by path, then paragraphs."""

    id: int
    document: int  # position of the document in `ParagraphIndex.documents`
    paragraph: Paragraph
    text: str  # the normalized paragraph


@dataclass(frozen=True, slots=True)
class Run:
    """A maximal common substring: a[a_start:a_start+length] == b[b_start:b_start+length]."""

    a_start: int
    b_start: int
    length: int


def mask_figures(text: str) -> str:
    return _NUMBER.sub("#", text)


class ParagraphIndex:
    """The paragraphs of `documents` (sorted by path) that are at least `min_chars` long once normalized."""

    def __init__(self, documents: Iterable[Document], min_chars: int):
        self.documents: tuple[Document, ...] = tuple(sorted(documents, key=lambda document: document.path))
        units: list[Unit] = []
        ranges: list[range] = []
        for number, document in enumerate(self.documents):
            first = len(units)
            for paragraph in document.prose:
                text = normalize(paragraph.text).text
                if len(text) >= min_chars:
                    units.append(Unit(len(units), number, paragraph, text))
            ranges.append(range(first, len(units)))
        self.units: tuple[Unit, ...] = tuple(units)
        self._ranges = tuple(ranges)
        # A finding maps several spans of the same two paragraphs back to the source.
        self._offset_map = functools.lru_cache(maxsize=8)(normalize)

    def units_of(self, document: int) -> Sequence[Unit]:
        span = self._ranges[document]
        return self.units[span.start : span.stop]

    def document_of(self, unit: Unit) -> Document:
        return self.documents[unit.document]

    def source_span(self, unit: Unit, start: int, end: int) -> tuple[int, int]:
        """Document offsets of the normalized span [start, end) of `unit`.

        The offset map is rebuilt here rather than kept for every paragraph:
        only the paragraphs of findings need it, and keeping it for every
        paragraph of a 10,000-document corpus would cost more memory than the
        rest of the index.
        """
        source_start, source_end = self._offset_map(unit.paragraph.text).to_source(start, end)
        return unit.paragraph.start + source_start, unit.paragraph.start + source_end

    # ------------------------------------------------------------------ candidates

    def within_document_pairs(self, document: int, k: int, needed) -> list[tuple[int, int]]:
        """Pairs (earlier id, later id) of one document sharing at least `needed(...)` shingles.

        `needed(shorter_length, longer_length, shorter_shingles)` gives the
        number of distinct shared shingles below which the pair cannot be a
        repeat the caller looks for (see `qgram_bound`); it is at least 1.
        Every pair of the document is tested, by set intersection: an article
        has tens of paragraphs, and this is twice as fast as an inverted index
        at that size (a 3,000-paragraph book would take seconds). Most
        paragraphs of an article share no shingle at all with the ones before
        them, which one test against the union of those settles.
        """
        units = self.units_of(document)
        grams = shingle_sets([unit.text for unit in units], k)
        lengths = [len(unit.text) for unit in units]
        pairs: list[tuple[int, int]] = []
        earlier_union: set = set()
        for y, later_grams in enumerate(grams):
            if not earlier_union.isdisjoint(later_grams):
                later_length, later_size = lengths[y], len(later_grams)
                for x in range(y):
                    earlier_grams = grams[x]
                    if earlier_grams.isdisjoint(later_grams):
                        continue
                    earlier_length, earlier_size = lengths[x], len(earlier_grams)
                    if earlier_length <= later_length:
                        bound = needed(earlier_length, later_length, earlier_size)
                    else:
                        bound = needed(later_length, earlier_length, later_size)
                    if earlier_size >= bound and later_size >= bound and len(earlier_grams & later_grams) >= bound:
                        pairs.append((units[x].id, units[y].id))
            earlier_union |= later_grams
        pairs.sort()
        return pairs

    def cross_document_pairs(self, k: int, window: int, max_frequency: int) -> set[tuple[int, int]]:
        """Pairs (earlier id, later id) of different documents sharing a winnowed fingerprint.

        Every fingerprint is counted before any pair is formed, so which
        fingerprints count as boilerplate does not depend on document order.
        All fingerprints are taken first, into one flat array of 32-bit
        values (4 bytes each, not a Python int each); only then is the
        dictionary of postings built, so hashing the paragraphs and filling
        the dictionary do not compete for the processor's cache.
        """
        fingerprints = array(_UINT32)
        ends = array("q")
        for unit in self.units:
            fingerprints.extend(winnow(unit.text, k, window))
            ends.append(len(fingerprints))
        postings: dict[int, int | list[int]] = {}
        start = 0
        for unit_id, end in enumerate(ends):
            for fingerprint in fingerprints[start:end]:
                seen = postings.get(fingerprint)
                if seen is None:
                    postings[fingerprint] = unit_id
                elif isinstance(seen, int):
                    postings[fingerprint] = [seen, unit_id]
                else:
                    seen.append(unit_id)
            start = end
        del fingerprints, ends  # not needed for forming the pairs
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
        # Grouped first by the hash of the key, so the keys of the whole corpus (a
        # masked copy of every paragraph) never live at once; only units whose
        # hash is shared get their key again, to group them exactly.
        by_hash: dict[int, int | list[int]] = {}
        for unit in self.units:
            value = hash(key(unit.text))
            seen = by_hash.get(value)
            if seen is None:
                by_hash[value] = unit.id
            elif isinstance(seen, int):
                by_hash[value] = [seen, unit.id]
            else:
                seen.append(unit.id)
        grouped: dict[str, list[int]] = {}
        for ids in by_hash.values():
            if isinstance(ids, list):
                for unit_id in ids:
                    grouped.setdefault(key(self.units[unit_id].text), []).append(unit_id)
        return dict(
            sorted(((value, ids) for value, ids in grouped.items() if len(ids) > 1), key=lambda group: group[1][0])
        )


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
    hashes = list(map(zlib.crc32, map(data.__getitem__, _slices(4 * k, 4, count))))
    return window_minima(hashes, window)


def shingle_sets(texts: Sequence[str], k: int) -> list[set]:
    """The distinct k-character shingles of each text, as sets comparable with each other.

    For 4-character shingles of texts inside the Basic Multilingual Plane
    (Chinese news always is), a shingle is the 64-bit integer its UTF-16
    code units make: four views of the encoded text as 8-byte words, at
    offsets of 0 to 3 characters, hold every shingle once. That takes no
    Python-level step per character, and integers hash for free; it is
    exact, since the encoding is one-to-one. Other texts (or other k) get
    substrings. All the texts are coded one way, so their sets intersect.
    """
    # surrogatepass: a lone surrogate (invalid, but possible in a str) is one code unit too
    encoded = [text.encode("utf-16-le", "surrogatepass") for text in texts] if k == 4 else []
    if k == 4 and all(len(data) == 2 * len(text) for data, text in zip(encoded, texts)):
        sets = []
        for data in encoded:
            words: set[int] = set()
            for offset in (0, 2, 4, 6):
                end = offset + (len(data) - offset) // 8 * 8
                if end > offset:
                    words.update(memoryview(data[offset:end]).cast("Q").tolist())
            sets.append(words)
        return sets
    return [set(map(text.__getitem__, _slices(k, 1, len(text) - k + 1))) for text in texts]


def window_minima(values: list[int], window: int) -> set[int]:
    """The minimum of every run of `window` consecutive values (of all values if there are fewer).

    The smallest value of a stretch at least `window` long is the minimum of
    every window that contains it; every other window of the stretch lies
    wholly to its left or to its right, so the stretch splits there. This
    takes one C-speed min() per kept value (about 2/(window+1) of them)
    instead of one min() over `window` arguments per position.
    """
    if len(values) <= window:
        return {min(values)}
    minima: set[int] = set()
    keep = minima.add
    stretches = [(0, len(values))]
    while stretches:
        start, end = stretches.pop()
        smallest = min(values[start:end])
        keep(smallest)
        split = values.index(smallest, start, end)
        if split - start >= window:
            stretches.append((start, split))
        if end - split - 1 >= window:
            stretches.append((split + 1, end))
    return minima


_SLICES: dict[tuple[int, int], list[slice]] = {}


def _slices(width: int, step: int, count: int) -> Iterator[slice]:
    """slice(i * step, i * step + width) for i < count, made once and shared by every text.

    With them, cutting every k-gram out of a text is a map() at C speed
    rather than a Python loop that builds a slice per position.
    """
    made = _SLICES.setdefault((width, step), [])
    count = max(count, 0)
    for i in range(len(made), count):
        made.append(slice(i * step, i * step + width))
    return islice(made, count)


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
