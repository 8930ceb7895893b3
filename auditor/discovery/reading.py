"""Reading a document for discovery: sentences, clauses, passages, and where each figure stands in them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from auditor.text import STATEMENT_BREAKS

if TYPE_CHECKING:
    from auditor.audit import Audit
    from auditor.documents import Document
    from auditor.figures import Figure

# --- reading units -------------------------------------------------------------

SENTENCE_END = STATEMENT_BREAKS  # auditor/text.py
CLAUSE_END = frozenset("，,、：:（）()")
CLOSERS = frozenset("”’」』）)\"'")
# A line that ends with none of these (and is long enough not to be a heading) runs on into the next.
_LINE_TERMINAL = SENTENCE_END | CLOSERS | frozenset(".:：")
RUN_ON_MIN_LENGTH = 15
_INNER_PUNCTUATION = SENTENCE_END | CLAUSE_END | frozenset("、.")


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    clauses: tuple[Clause, ...]
    block: int = 0  # the run of lines it belongs to


@dataclass(frozen=True)
class Reading:
    """A document cut into sentences and clauses, with its figures placed in them."""

    document: "Document"
    figures: tuple["Figure", ...]
    sentences: tuple[Sentence, ...]
    # figure index -> (sentence index, clause index)
    places: tuple[tuple[int, int], ...]

    def sentence_of(self, figure_index: int) -> Sentence:
        return self.sentences[self.places[figure_index][0]]

    def clause_of(self, figure_index: int) -> Clause:
        sentence_index, clause_index = self.places[figure_index]
        return self.sentences[sentence_index].clauses[clause_index]

    @cached_property
    def derived(self) -> dict:
        """What the checks read off this document once and share, by name (its breakdowns, its judged shares)."""
        return {}

    @cached_property
    def _starts(self) -> list[int]:
        return [f.start for f in self.figures]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    @cached_property
    def _block_ends(self) -> dict[int, int]:
        ends: dict[int, int] = {}
        for sentence in self.sentences:
            ends[sentence.block] = max(ends.get(sentence.block, 0), sentence.end)
        return ends

    def sentence_at(self, position: int) -> int | None:
        """The index of the sentence holding text position `position`, or None (between sentences, not prose)."""
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        return index if index >= 0 and position < self.sentences[index].end else None

    def block_end(self, block: int) -> int:
        """Where the last sentence of a run of lines (a paragraph) ends."""
        return self._block_ends[block]

    @cached_property
    def _block_firsts(self) -> dict[int, int]:
        firsts: dict[int, int] = {}
        for index, sentence in enumerate(self.sentences):
            firsts.setdefault(sentence.block, index)
        return firsts

    def block_first(self, block: int) -> int:
        """The index of the first sentence of a run of lines (a paragraph)."""
        return self._block_firsts[block]

    @cached_property
    def _longest(self) -> int:
        return max((f.end - f.start for f in self.figures), default=0)

    def figures_in(self, start: int, end: int) -> list[int]:
        """Indexes of the figures lying inside [start, end)."""
        first = bisect.bisect_left(self._starts, start)
        result = []
        for index in range(first, len(self.figures)):
            if self.figures[index].start >= end:
                break
            if self.figures[index].end <= end:
                result.append(index)
        return result


def _blocks(document: "Document", only_prose: bool) -> list[tuple[int, int]]:
    """Runs of lines read as one text: a long line that stops mid-sentence continues on the next."""
    blocks: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for paragraph in document.prose if only_prose else document.paragraphs:
        if current is None:
            current = (paragraph.start, paragraph.end)
        else:
            current = (current[0], paragraph.end)
        text = paragraph.text
        # Prose broken mid-sentence has punctuation inside; a headline ("——南通对口援疆工作纪实") has none.
        prose = any(ch in _INNER_PUNCTUATION for ch in text[:-1])
        if text[-1] in _LINE_TERMINAL or len(text) < RUN_ON_MIN_LENGTH or not prose:
            blocks.append(current)
            current = None
    if current is not None:
        blocks.append(current)
    return blocks


def _protected(figures: Iterable["Figure"]) -> set[int]:
    inside: set[int] = set()
    for figure in figures:
        inside.update(range(figure.start, figure.end))
    return inside


def _is_full_stop(text: str, index: int, end: int) -> bool:
    """An ASCII '.' that ends an English sentence (not a decimal point, not "U.S.")."""
    after = text[index + 1] if index + 1 < end else ""
    before = text[index - 1] if index > 0 else ""
    if before.isdigit() and after.isdigit():
        return False
    if after and not (after.isspace() or after in CLOSERS or not after.isascii()):
        return False
    if before.isupper() and (index < 2 or not text[index - 2].isalpha()):
        return False  # "U.S." or an initial
    return True


def _stop_pattern(stops: frozenset[str], full_stop: bool) -> re.Pattern[str]:
    """Characters that may end a piece: the stops, and the ASCII full stop when English sentences end there."""
    characters = "".join(sorted(stops | ({"."} if full_stop else set())))
    return re.compile("[" + re.escape(characters) + "]")


_SENTENCE_STOPS = _stop_pattern(SENTENCE_END, True)
_CLAUSE_STOPS = _stop_pattern(CLAUSE_END, False)


def _cut(text: str, start: int, end: int, stops, protected: set[int], full_stop: bool) -> list[tuple[int, int]]:
    """Split [start, end) after each stop character not inside a figure; trailing closers stay with the piece.

    The candidate stops are found by a regular expression (this runs on every character of every
    document); only those are looked at in Python."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    pattern = (
        _SENTENCE_STOPS
        if stops is SENTENCE_END and full_stop
        else (_CLAUSE_STOPS if stops is CLAUSE_END and not full_stop else _stop_pattern(stops, full_stop))
    )
    for match in pattern.finditer(text, start, end):
        index = match.start()
        if index < piece_start:
            continue  # swallowed by the previous stop's run
        ch = text[index]
        is_stop = ch in stops or (full_stop and ch == "." and _is_full_stop(text, index, end))
        if is_stop and index not in protected:
            stop_end = index + 1
            while stop_end < end and (text[stop_end] in stops or text[stop_end] in CLOSERS or text[stop_end] == "."):
                if (
                    text[stop_end] in CLOSERS
                    and text[stop_end] in "\"'"
                    and stop_end + 1 < end
                    and not text[stop_end + 1].isspace()
                ):
                    break
                stop_end += 1
            pieces.append((piece_start, stop_end))
            piece_start = stop_end
    if piece_start < end:
        pieces.append((piece_start, end))
    result = []
    for a, b in pieces:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            result.append((a, b))
    return result


def _trim(text: str, start: int, end: int, protected: set[int]) -> int:
    """End of a clause without the separator that closes it ("，", "。"); quotation marks stay."""
    while (
        end > start + 1
        and end - 1 not in protected
        and (
            text[end - 1] in CLAUSE_END
            or text[end - 1] in SENTENCE_END
            or text[end - 1] == "."
            or text[end - 1].isspace()
        )
    ):
        end -= 1
    return end


def read_document(
    document: "Document", figures: tuple["Figure", ...] | None = None, *, only_prose: bool = True
) -> Reading:
    """Cut a document into sentences and clauses and place its figures.

    Discovery reads only running prose (`only_prose`): a headline, a byline or a table row states no relation
    between its figures. Drafting claims reads every block, since a headline's figure is a claim too.
    """
    text = document.visible_text
    if figures is None:
        figures = document.figures
    if only_prose:
        spans = [(p.start, p.end) for p in document.prose]
        starts = [start for start, _ in spans]
        figures = tuple(
            f for f in figures if (i := bisect.bisect_right(starts, f.start) - 1) >= 0 and f.end <= spans[i][1]
        )
    protected = _protected(figures)
    sentences: list[Sentence] = []
    for block, (block_start, block_end) in enumerate(_blocks(document, only_prose)):
        for s_start, s_end in _cut(text, block_start, block_end, SENTENCE_END, protected, True):
            clauses = tuple(
                Clause(a, _trim(text, a, b, protected))
                for a, b in _cut(text, s_start, s_end, CLAUSE_END, protected, False)
            )
            if clauses:
                sentences.append(Sentence(len(sentences), s_start, s_end, clauses, block))
    sentence_starts = [s.start for s in sentences]
    clause_starts: dict[int, list[int]] = {}  # per sentence, made once: a sentence may hold thousands of clauses
    places: list[tuple[int, int]] = []
    for figure in figures:
        s_index = max(bisect.bisect_right(sentence_starts, figure.start) - 1, 0)
        c_index = 0
        if sentences:
            starts = clause_starts.get(s_index)
            if starts is None:
                starts = clause_starts[s_index] = [c.start for c in sentences[s_index].clauses]
            c_index = max(bisect.bisect_right(starts, figure.start) - 1, 0)
        places.append((s_index, c_index))
    return Reading(document, tuple(figures), tuple(sentences), tuple(places))


def passages(reading: Reading) -> list[list[Sentence]]:
    """Sentences grouped into passages: sentences ending in a semicolon run on into the next one
    (a list of statements: "一期…；二期…；三期…")."""
    groups: list[list[Sentence]] = []
    text = reading.document.visible_text
    for sentence in reading.sentences:
        if groups and groups[-1][-1].block == sentence.block and text[groups[-1][-1].end - 1] in ";；":
            groups[-1].append(sentence)
        else:
            groups.append([sentence])
    return groups


def reading_of(audit: "Audit", document: "Document") -> Reading:
    """The document's Reading, computed once per audit (shared by the discovery checks)."""
    key = ("discovery-reading", document.path)
    cache = audit._quote_cache
    if key not in cache:
        cache[key] = read_document(document)
    return cache[key]
