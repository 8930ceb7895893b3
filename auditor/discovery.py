"""Discovery: relations between figures guessed from their wording, with no claims.

`auditor scan` runs on bare documents; its discovery checks (checks/discovered_*.py)
read this module's model of a document. docs/scan.md is the reference, with
worked examples; in short:

- **Reading** (`read_document`). Sentences end at 。！？；… and at an English
  full stop before a space; clauses at ，、：（）and the English comma.
  Punctuation inside a figure ("1,080", "2.12亿元") never cuts. A line that
  stops mid-sentence (a PDF break: 002's "卓然气" / "质。") runs on into the
  next; a headline (no punctuation inside) does not.
- **Sites** (`build_site`). Every comparable figure (quantities, percentages,
  spans not ending now, years, dates; not ordinals or anniversaries) gets a
  window: up to two clauses before its own in the sentence (plus the previous
  sentence's last clause when the sentence opens with 该/这/this/it…), its own
  clause, and the next clause when its own ends right after the figure. The
  window starts after a verb of saying ("杨永辉介绍，", "the board says").
  Tokens are Chinese characters and English words (function words dropped,
  plural s and 's removed); the figure is `@`, every other figure `#`.
- **Shingles** (`shingles`). Token bigrams and trigrams inside clauses, plus
  English content words, weighted by IDF and by clause (own 1.0, before 0.6,
  after 0.3); shingles made only of function words and figure verbs (投入,
  筹得, raised) weigh 0.2.
- **Candidates** (`Pairs.candidates`). Sites of one dimension group are
  indexed by their shingles of weight >= 0.5 held by at most MAX_POSTING (20)
  sites: a shingle more common than that is not rare enough to block on, and
  the cap bounds the pair counting (L²/2 per posting of length L). Pairs
  sharing three indexed shingles are candidates; a site with more than
  MAX_CANDIDATES (20) keeps its most similar ones (a pair stays when either
  site keeps it). Work grows with the number of figures, not its square.
- **Judgement** (`Pairs.judge`). Values must be incompatible (disjoint
  intervals; dates differing in year, month or day; relative dates only with
  one anchor word in one document). Similarity is soft containment,
  S / (S + 0.3·U + K) with S the weight shared, U the smaller window's
  unshared weight and K four shared shingles' weight. Confidence =
  clip((similarity − 0.12) / 0.38) × value factor (1.0 for values within 1.5×, 0.8 up to 3× or an exact power of ten,
  0.55 up to 10×, 0.35 beyond; dates 0.6; percentages by gap). Then vetoes
  (`align`, `Pairs.same_subject`): one sentence; a numbered part on one side
  only or different parts (一期/二期, Phase 1/2); figures at aligned places
  that disagree; a shared phrase modified differently ("启明助学|基金" vs
  "仁心医疗|基金"); a shared phrase that introduces the figure in one window
  and another figure in the other; different numbers or English months at
  aligned places; a different counted noun right after the figure. Running
  totals (累计, 截至, so far, by June) are compared across documents only when
  both state one date. Finally `Pairs.ambiguous`: a third figure carrying most
  of the pair's shared wording with a third value (or a second value in one
  of the two documents) makes that wording a measure, not a name.

Cost: each document is read, tokenized and shingled once (`document_sites`),
a judgement first rejects the many weakly similar candidates on their shared
shingles alone (`Pairs._clearly_below`), and the cycle collector is paused
while the tables are built (`auditor.collector`). For `--jobs N` the
check runs in stages (`prepare_documents` on document shards in the workers,
`adopt_prepared` and `prepared_groups` in the parent, then one task per
dimension group), with the same result as one process. IDF weights are
computed on first use (`InverseFrequencies`), by the part that needs them.

Nothing here prints; checks turn candidates into findings.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, combinations
from operator import mul
from difflib import SequenceMatcher
from fractions import Fraction
from typing import TYPE_CHECKING

from auditor.collector import cycle_collector_paused
from auditor.normalize import fold

if TYPE_CHECKING:
    from auditor.audit import Audit
    from auditor.documents import Document
    from auditor.figures import Figure

# --- reading units -------------------------------------------------------------

SENTENCE_END = frozenset("。！？!?；;…")
CLAUSE_END = frozenset("，,、：:（）()")
CLOSERS = frozenset("”’」』）)\"'")
# A line that ends with none of these (and is long enough not to be a heading) runs on into the next.
_LINE_TERMINAL = SENTENCE_END | CLOSERS | frozenset(".:：")
RUN_ON_MIN_LENGTH = 15
_INNER_PUNCTUATION = SENTENCE_END | CLAUSE_END | frozenset("、.")

# Figures that discovery compares. Ordinals (第十一批) and anniversaries (75周年) name things.
COMPARED_KINDS = frozenset({"quantity", "percent", "span", "year", "date", "relative-date"})
CALENDAR_KINDS = frozenset({"year", "date", "relative-date"})

# Context window: clauses before the figure's own clause, and token caps either side.
WINDOW_CLAUSES_BEFORE = 2
MAX_TOKENS_BEFORE = 48
MAX_TOKENS_AFTER = 16
# A stretch of text longer than this (characters) on either side of a figure is first narrowed to the part its
# window's tokens can come from, keeping MARGIN_TOKENS more than the caps: the window is the same, since only
# the tokens nearest the figure are kept (but see BOUNDARY_LOOKBACK), and a clause of a million characters
# then costs each of its figures a window's work, not the clause's (without it, one unpunctuated 200 KB
# paragraph took minutes).
LONG_STRETCH = 2048
MARGIN_TOKENS = 8
# A narrowed window starts where no token can run across the cut (after a space, a Chinese character or a
# punctuation mark that is no part of a word or number); one is looked for this far back. A stretch with none
# that near (one unbroken run of Latin letters and apostrophes: "a'b'c'd…" pairs differently from each start)
# is narrowed anyway, the only case where a window can differ from the unnarrowed one.
BOUNDARY_LOOKBACK = 256
_PART_OF_TOKEN = re.compile(r"[A-Za-z0-9'’.]")

# Candidate generation: shingles shared by more sites than this are not indexed (too common to block on),
# nor shingles weighing less than INDEXED_WEIGHT (function words, the clause after the figure).
MAX_POSTING = 20
# Three, not two: two rare shingles are shared by chance more often the larger the collection (judged pairs
# grew 23× for 10× the data), while a restatement shares its naming phrase, which is many shingles.
MIN_SHARED_SHINGLES = 3
MAX_CANDIDATES = 20
INDEXED_WEIGHT = 0.5

# Similarity (soft containment, 0-1) mapped linearly onto confidence between these two values.
SIMILARITY_FLOOR = 0.12
SIMILARITY_FULL = 0.5

# Running totals: their value depends on when the article was written.
RUNNING_TOTAL_WORDS = ("累计", "截至", "截止", "至今", "so far", "to date", "as of", "cumulative")
_RUNNING_TOTAL_DATE = re.compile(
    r"\b(?:by|as of|through|until|up to) (?:the end of )?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|last year|this year)\b"
)

# Tokens that never identify a subject: function characters and the verbs that introduce a figure.
# A swap made only of these ("筹得" vs "募集", "raised" vs "collected") is a paraphrase, not another subject.
STOP_CHARACTERS = frozenset("的了和与及并在是为将等也都而把被由从对向于以其已又还就共约近超达有中之这那该此各每再")
FIGURE_VERBS = (
    "达到", "达", "为", "是", "有", "共", "共计", "合计", "总计", "累计", "投入", "投资", "筹得", "筹集", "募集", "募得",
    "捐赠", "捐助", "捐", "筹措", "完成", "实现", "约", "近", "超", "超过", "逾", "增加", "增长", "带动", "吸纳",
    "提供", "拉动", "覆盖", "惠及", "接待", "引进", "落实", "拨付", "到位", "安排", "争取", "获得", "收到", "计划",
    "预计", "已", "已经", "共有", "拥有", "突破", "超出", "高达", "仅", "只有", "至", "到", "用于", "启动",
    "raised", "collected", "received", "reached", "hit", "totaled", "totalled", "total", "invested", "spent",
    "cost", "about", "nearly", "around", "roughly", "almost", "over", "more", "brought", "drew", "gathered",
    "secured", "put", "amounted", "came", "stood", "just", "some", "carry", "employ", "run", "cover", "add",
)
_FIGURE_VERBS_CJK = tuple(sorted((w for w in FIGURE_VERBS if not w.isascii()), key=len, reverse=True))
_FIGURE_VERBS_LATIN = frozenset(w for w in FIGURE_VERBS if w.isascii())
# A swap right after the figure ("3000名学生" vs "3000名教师") changes what is counted when it is this close
# and this short (Chinese characters, Latin words).
SWAP_COUNTED_DISTANCE = 3
SWAP_MAX_CJK = 4
SWAP_MAX_LATIN = 2

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\d+(?:\.\d+)?|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Clause:
    start: int
    end: int


@dataclass(frozen=True)
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
    def _starts(self) -> list[int]:
        return [f.start for f in self.figures]

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
    pattern = _SENTENCE_STOPS if stops is SENTENCE_END and full_stop else (
        _CLAUSE_STOPS if stops is CLAUSE_END and not full_stop else _stop_pattern(stops, full_stop))
    for match in pattern.finditer(text, start, end):
        index = match.start()
        if index < piece_start:
            continue  # swallowed by the previous stop's run
        ch = text[index]
        is_stop = ch in stops or (full_stop and ch == "." and _is_full_stop(text, index, end))
        if is_stop and index not in protected:
            stop_end = index + 1
            while stop_end < end and (text[stop_end] in stops or text[stop_end] in CLOSERS or text[stop_end] == "."):
                if text[stop_end] in CLOSERS and text[stop_end] in "\"'" and stop_end + 1 < end and not text[stop_end + 1].isspace():
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
    while end > start + 1 and end - 1 not in protected and (text[end - 1] in CLAUSE_END or text[end - 1] in SENTENCE_END
                                                           or text[end - 1] == "." or text[end - 1].isspace()):
        end -= 1
    return end


def read_document(document: "Document", figures: tuple["Figure", ...] | None = None, *,
                  only_prose: bool = True) -> Reading:
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
        figures = tuple(f for f in figures
                        if (i := bisect.bisect_right(starts, f.start) - 1) >= 0 and f.end <= spans[i][1])
    protected = _protected(figures)
    sentences: list[Sentence] = []
    for block, (block_start, block_end) in enumerate(_blocks(document, only_prose)):
        for s_start, s_end in _cut(text, block_start, block_end, SENTENCE_END, protected, True):
            clauses = tuple(Clause(a, _trim(text, a, b, protected))
                            for a, b in _cut(text, s_start, s_end, CLAUSE_END, protected, False))
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


# --- windows and tokens --------------------------------------------------------

BOUNDARY = "|"  # a clause boundary inside a window
FIGURE = "@"  # the figure itself
OTHER = "#"  # any other figure
_MARKERS = frozenset({BOUNDARY, FIGURE, OTHER})
# A sentence opening with one of these takes its subject from the previous sentence (该项目, 这所学校).
ANAPHORS_CJK = ("这", "该", "此", "其", "它")
ANAPHORS_LATIN = ("this", "that", "these", "those", "it", "its", "they", "their")
# When the rest of the figure's clause has fewer content tokens than this, the next clause joins the window.
MIN_TOKENS_AFTER = 4
# Weight of shingles from the figure's own clause, and from the clauses around it.
OWN_CLAUSE_WEIGHT = 1.0
NEAR_CLAUSE_WEIGHT = 0.6
FOLLOWING_CLAUSE_WEIGHT = 0.3
# Shingles made only of function words, figure verbs and markers say how a figure is introduced, not what
# it counts; they weigh this much.
FUNCTION_GRAM_WEIGHT = 0.2


# English function words are left out of windows: they carry no subject, and a Chinese window has none.
ENGLISH_STOPWORDS = frozenset(
    "a an the of in on at to for by and or but with from as than that this which who whom whose what it its "
    "is are was were be been being has have had will would shall should can could may might do does did "
    "there their they them he she his her we our you your i".split()
)


def _latin(word: str) -> str:
    """An English word reduced for matching: lower case, no possessive, no plural s ("fund's" → "fund")."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokenize(text: str) -> list[tuple[str, bool]]:
    """Tokens (one per Chinese character, per Latin word, per number), each with whether it is capitalized."""
    tokens = []
    for word in _TOKEN.findall(unicodedata.normalize("NFKC", text)):
        if word[0].isascii() and word[0].isalpha():
            latin = _latin(word)
            if latin not in ENGLISH_STOPWORDS:
                tokens.append((latin, word[0].isupper()))
        else:
            tokens.append((word, False))
    return tokens


# A run of text between two window cuts (clause edges, figure edges), tokenized: words, whether each is
# capitalized, and whether any is.
Chunk = tuple[tuple[str, ...], tuple[bool, ...], bool]


_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _chunk(text: str) -> Chunk:
    text = unicodedata.normalize("NFKC", text)
    if not _LATIN_LETTER.search(text):  # most chunks: Chinese characters and numbers, taken as they are
        words = tuple(_TOKEN.findall(text))
        return words, (False,) * len(words), False
    tokens = tokenize(text)
    words = tuple(word for word, _ in tokens)
    capitals = tuple(capital for _, capital in tokens)
    return words, capitals, any(capitals)


@dataclass(frozen=True)
class Site:
    """A figure in its context window."""

    reading: Reading
    index: int  # figure index in the reading
    tokens: tuple[str, ...]  # "@" is the figure, "#" another figure, "|" a clause boundary
    weights: tuple[float, ...]  # per token: own clause or a clause around it
    capitals: tuple[bool, ...]  # per token: a capitalized Latin word (part of a name) not opening its clause
    slot: int  # position of "@" in tokens
    others: tuple[tuple[int, int], ...]  # (token position, figure index) of every "#"
    span: tuple[int, int]  # source span shown: start of the window to the end of the figure's clause
    running_total: bool
    part: str | None = None  # a numbered part named before the figure in its clause: 二期, Phase 2

    @property
    def figure(self) -> "Figure":
        return self.reading.figures[self.index]

    @property
    def document(self) -> "Document":
        return self.reading.document

    @property
    def sentence(self) -> int:
        return self.reading.places[self.index][0]

    def masked(self) -> str:
        return _join(self.tokens)


def _cjk(tokens) -> bool:
    return sum(1 for t in tokens if len(t) == 1 and not t.isascii()) * 2 >= len(tokens)


def _join(tokens: Iterable[str]) -> str:
    tokens = list(tokens)
    return "".join(tokens) if _cjk(tokens) else " ".join(tokens)


class _Window:
    """Tokens of a window, built clause by clause, figures masked.

    `chunks` caches the tokens of each piece of text between figures, keyed by its span: the windows of
    neighbouring figures overlap (up to four clauses each), so a document's text is tokenized once, not
    once per window it falls in."""

    def __init__(self, reading: Reading, target: int, chunks: dict[tuple[int, int], Chunk]):
        self.reading = reading
        self.target = target
        self.chunks = chunks
        self.tokens: list[str] = []
        self.weights: list[float] = []
        self.capitals: list[bool] = []
        self.others: list[tuple[int, int]] = []

    def add(self, start: int, end: int, weight: float, *, new_clause: bool = True) -> None:
        if new_clause and self.tokens and self.tokens[-1] != BOUNDARY:
            self._marker(BOUNDARY, 0.0)
        cursor = start
        figures = self.reading.figures
        for index in self.reading.figures_in(start, end):
            figure = figures[index]
            self._extend(self._chunk(cursor, figure.start), weight)
            if index == self.target:
                self._marker(FIGURE, weight)
            else:
                self.others.append((len(self.tokens), index))
                self._marker(OTHER, weight)
            cursor = figure.end
        self._extend(self._chunk(cursor, end), weight)

    def _chunk(self, start: int, end: int) -> Chunk:
        key = (start, end)
        chunk = self.chunks.get(key)
        if chunk is None:
            chunk = self.chunks[key] = _chunk(self.reading.document.visible_text[start:end])
        return chunk

    def _memo(self, key: tuple, compute):
        # Facts about a sentence or a span that every figure in it asks for, kept beside the chunks (a key of
        # three items cannot collide with a span's two).
        found = self.chunks.get(key)  # type: ignore[call-overload]
        if found is None:
            found = self.chunks[key] = compute()  # type: ignore[index]
        return found

    def anaphoric(self, sentence: Sentence) -> bool:
        """Whether the sentence opens by pointing back (该项目…), asked once per sentence."""
        text = self.reading.document.visible_text
        return self._memo(("anaphoric", sentence.start, sentence.end), lambda: _anaphoric(text[sentence.start:sentence.end]))

    def running_total(self, start: int, end: int) -> bool:
        """Whether the text of [start, end) speaks of a running total (累计, 截至…), asked once per span."""
        def compute() -> bool:
            text = fold(self.reading.document.visible_text[start:end])
            return any(word in text for word in RUNNING_TOTAL_WORDS) or bool(_RUNNING_TOTAL_DATE.search(text))

        return self._memo(("running", start, end), compute)

    def _token_count(self, start: int, end: int) -> int:
        """Tokens [start, end) gives a window: its words between figures, one marker per figure."""
        figures = self.reading.figures
        count, cursor = 0, start
        for index in self.reading.figures_in(start, end):
            count += len(self._chunk(cursor, figures[index].start)[0]) + 1
            cursor = figures[index].end
        return count + len(self._chunk(cursor, end)[0])

    def floor(self, start: int, end: int) -> int:
        """Where the window's text before `end` may start: `start`, or later when the stretch is long and its last
        MAX_TOKENS_BEFORE + MARGIN_TOKENS tokens lie nearer (never inside a figure)."""
        span = LONG_STRETCH // 4
        while end - start > LONG_STRETCH and end - span > start:
            floor = self._token_boundary(self._outside_figures(end - span, toward_start=True), start)
            if floor <= start:
                break
            if self._token_count(floor, end) >= MAX_TOKENS_BEFORE + MARGIN_TOKENS:
                return floor
            span *= 2
        return start

    def ceiling(self, start: int, end: int) -> int:
        """Where the window's text after `start` may stop: `end`, or earlier when the stretch is long and its first
        MAX_TOKENS_AFTER + MARGIN_TOKENS tokens end sooner (never inside a figure)."""
        span = LONG_STRETCH // 4
        while end - start > LONG_STRETCH and start + span < end:
            ceiling = self._outside_figures(start + span, toward_start=False)
            if ceiling >= end:
                break
            if self._token_count(start, ceiling) >= MAX_TOKENS_AFTER + MARGIN_TOKENS:
                return ceiling
            span *= 2
        return end

    def _token_boundary(self, position: int, start: int) -> int:
        """`position`, or the nearest place before it (not before `start`) where tokenizing can begin as it would
        from further back (BOUNDARY_LOOKBACK); `position` when none is that near."""
        text = self.reading.document.visible_text
        for place in range(position, max(start, position - BOUNDARY_LOOKBACK), -1):
            before = text[place - 1]
            if before.isspace() or not _PART_OF_TOKEN.search(unicodedata.normalize("NFKC", before)):
                return place
        return position

    def _outside_figures(self, position: int, *, toward_start: bool) -> int:
        """`position`, moved to the start (or end) of any figure it falls inside."""
        figures = self.reading.figures
        starts = self.reading._starts
        moved = True
        while moved:
            moved = False
            index = bisect.bisect_right(starts, position) - 1
            # Figures are sorted by start; any one that starts less than the longest figure's length before
            # `position` may reach past it.
            while index >= 0 and starts[index] > position - self.reading._longest:
                figure = figures[index]
                if figure.start < position < figure.end:
                    position = figure.start if toward_start else figure.end
                    moved = True
                    break
                index -= 1
        return position

    def _marker(self, marker: str, weight: float) -> None:
        self.tokens.append(marker)
        self.weights.append(weight)
        self.capitals.append(False)

    def _extend(self, chunk: Chunk, weight: float) -> None:
        words, capitals, any_capital = chunk
        if not words:
            return
        if any_capital:
            # A capitalized word opening its clause is no sign of a name ("Work on…"); only the chunk's first
            # word can open a clause (the window's tokens before it are a boundary or nothing).
            opening = not self.tokens or self.tokens[-1] == BOUNDARY
            self.capitals.append(capitals[0] and not opening)
            self.capitals.extend(capitals[1:])
        else:
            self.capitals.extend(capitals)
        self.tokens.extend(words)
        self.weights.extend([weight] * len(words))


# Verbs of saying. Who speaks is not what a figure is about: "杨永辉介绍，2023年5月，公司…" and "The board now
# says the line will cost…" start their windows after the verb, and a shared phrase starting with one
# names a source, not a subject ("planners expect" vs "officials expect").
SPEECH_CJK = ("介绍", "表示", "透露", "指出", "强调", "告诉记者", "认为", "显示", "说", "称")
SPEECH_LATIN = frozenset({"said", "say", "says", "told", "tell", "expect", "expects", "expected", "estimate",
                          "estimates", "estimated", "forecast", "forecasts", "predict", "predicts", "report",
                          "reports", "reported", "announce", "announced", "announces", "believe", "believes"})


def _speaker_end(tokens: list[str]) -> int:
    """Index just after the last verb of saying before the figure ("…介绍|", "… says"), else 0."""
    # The rightmost of: an English verb of saying (cut after it), or a Chinese one closing a clause (cut after
    # the boundary that follows it). Boundaries are few, so only the tokens before them are looked at.
    latin = -1
    if not SPEECH_LATIN.isdisjoint(tokens):
        latin = max(index for index, token in enumerate(tokens) if token in SPEECH_LATIN)
    boundaries = [index for index, token in enumerate(tokens) if token == BOUNDARY]
    for boundary in reversed(boundaries):
        index = boundary - 1
        if index <= latin:
            break
        if not tokens[index].isascii():
            tail = "".join(t for t in tokens[max(0, index - 3):index + 1] if not t.isascii())
            if tail.endswith(SPEECH_CJK):
                return index + 2
    return latin + 1


def _anaphoric(text: str) -> bool:
    text = text.lstrip("“\"'‘（( ")
    if text[:1] in ANAPHORS_CJK:
        return True
    first = text.split(" ", 1)[0].lower().strip(",.'’s")
    return first in ANAPHORS_LATIN


def _content_count(tokens) -> int:
    return sum(1 for t in tokens if t not in _MARKERS and t not in STOP_CHARACTERS)


def build_site(reading: Reading, index: int, chunks: dict[tuple[int, int], Chunk] | None = None) -> Site:
    """The figure's window. `chunks` shares tokenized text between the windows of one document."""
    figure = reading.figures[index]
    sentence_index, clause_index = reading.places[index]
    sentence = reading.sentences[sentence_index]
    own = sentence.clauses[clause_index]
    first_index = max(0, clause_index - WINDOW_CLAUSES_BEFORE)
    window = _Window(reading, index, {} if chunks is None else chunks)
    window_start = sentence.clauses[first_index].start
    before: list[tuple[int, int, float]] = []  # the stretches of text before the figure, in order
    if first_index == 0 and sentence_index > 0 and window.anaphoric(sentence):
        previous = reading.sentences[sentence_index - 1]
        if previous.block == sentence.block:
            last = previous.clauses[-1]
            before.append((last.start, last.end, NEAR_CLAUSE_WEIGHT))
            window_start = last.start
    before += [(clause.start, clause.end, NEAR_CLAUSE_WEIGHT) for clause in sentence.clauses[first_index:clause_index]]
    before.append((min(own.start, figure.start), figure.start, OWN_CLAUSE_WEIGHT))
    floor = window.floor(window_start, figure.start)
    for start, end, weight in before:
        if end > floor or start >= floor:
            window.add(max(start, floor), end, weight)
    cut = _speaker_end(window.tokens)
    if len(window.tokens) - cut > MAX_TOKENS_BEFORE:
        cut = len(window.tokens) - MAX_TOKENS_BEFORE
    if cut:
        window.tokens = window.tokens[cut:]
        window.weights = window.weights[cut:]
        window.capitals = window.capitals[cut:]
        window.others = [(p - cut, i) for p, i in window.others if p >= cut]
    slot = len(window.tokens)
    own_end = max(own.end, figure.end)
    ceiling = window.ceiling(figure.end, own_end)
    window.add(figure.start, ceiling, OWN_CLAUSE_WEIGHT, new_clause=False)
    after = window.tokens[slot + 1:]
    # A narrowed clause already has more tokens after the figure than the window keeps.
    if ceiling == own_end and _content_count(after) < MIN_TOKENS_AFTER and clause_index + 1 < len(sentence.clauses):
        following = sentence.clauses[clause_index + 1]
        window.add(following.start, window.ceiling(following.start, following.end), FOLLOWING_CLAUSE_WEIGHT)
    limit = slot + 1 + MAX_TOKENS_AFTER
    tokens = tuple(window.tokens[:limit])
    weights = tuple(window.weights[:limit])
    capitals = tuple(window.capitals[:limit])
    others = tuple((p, i) for p, i in window.others if p < limit)
    running = window.running_total(window_start, own_end)
    own_tokens = [token for token in tokens[:slot][::-1]]
    own_tokens = own_tokens[: own_tokens.index(BOUNDARY)] if BOUNDARY in own_tokens else own_tokens
    part = numbered_part(own_tokens[::-1])
    return Site(reading, index, tokens, weights, capitals, slot, others, (window_start, own_end), running, part)


_PART_CJK = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}|[一二三四五六七八九十两]|\d{1,2})期")
_PART_LATIN = frozenset({"phase", "stage", "tranche", "section", "part"})
_PART_NUMBER = frozenset({"one", "two", "three", "four", "five", "first", "second", "third", "fourth", "fifth", "i", "ii", "iii", "iv"})


def numbered_part(tokens: list[str]) -> str | None:
    """A numbered part of a whole named in the tokens (二期, 第三期, Phase 2), as written; None if none."""
    found = _PART_CJK.search("".join(t for t in tokens if not t.isascii() or t.isdigit()))
    if found:
        return found.group(0)
    for first, second in zip(tokens, tokens[1:]):
        if first in _PART_LATIN and (second.isdigit() or second in _PART_NUMBER):
            return f"{first} {second}"
    return None


def shingles(site: Site) -> dict[str, float]:
    """Token bigrams and trigrams within clauses (the figure's slot included: "金@", "@学") and Latin
    content words, each with the weight of the clause it comes from. Trigrams make a long shared name
    ("启明助学基金") count for more than the same characters scattered. Shingles of the clause after the
    figure's own clause are marked as such: "三期" before a figure names it, "三期" in the next clause
    names the next figure."""
    tokens, weights, slot = site.tokens, site.weights, site.slot
    count = len(tokens)
    grams: dict[str, float] = {}
    following = tokens.index(BOUNDARY, slot) if BOUNDARY in tokens[slot:] else count
    functional = _functional(tokens)
    get = grams.get
    # Hot loop (every window of every figure): bigrams, then trigrams, then words, in that order (the
    # dict's order is the order sums over it are taken in, and sums are compared with thresholds).
    # N-grams never span a clause boundary: they are taken inside each run of tokens between two.
    runs = []
    run_start = 0
    for position, token in enumerate(tokens):
        if token == BOUNDARY:
            runs.append((run_start, position))
            run_start = position + 1
    runs.append((run_start, count))
    bigrams: list[str] = [""] * count  # by start position, reused by the trigrams
    for run_start, run_end in runs:
        for position in range(run_start, run_end - 1):
            first, second = weights[position], weights[position + 1]
            weight = first if first < second else second
            if functional[position] and functional[position + 1]:
                weight *= FUNCTION_GRAM_WEIGHT  # "in @", "筹得@", "brought in": wording, not subject
            gram = bigrams[position] = tokens[position] + GRAM_SEPARATOR + tokens[position + 1]
            if position > following:
                gram = AFTER_MARK + gram
            known = get(gram)
            if known is None or weight > known:
                grams[gram] = weight
    for run_start, run_end in runs:
        for position in range(run_start, run_end - 2):
            weight = min(weights[position], weights[position + 1], weights[position + 2])
            if functional[position] and functional[position + 1] and functional[position + 2]:
                weight *= FUNCTION_GRAM_WEIGHT
            gram = bigrams[position] + GRAM_SEPARATOR + tokens[position + 2]
            if position > following:
                gram = AFTER_MARK + gram
            known = get(gram)
            if known is None or weight > known:
                grams[gram] = weight
    for position, token in enumerate(tokens):
        if len(token) > 2 and token.isascii() and token.isalpha() and token not in _FIGURE_VERBS_LATIN:
            weight = weights[position]
            gram = AFTER_MARK + token if position > following else token
            known = get(gram)
            if known is None or weight > known:
                grams[gram] = weight
    return grams


# Shingles are tokens joined by this; a shingle from the clause after the figure's own starts with AFTER_MARK.
GRAM_SEPARATOR = "\x1f"
AFTER_MARK = ">"


def comparable(figure: "Figure") -> bool:
    if figure.kind not in COMPARED_KINDS:
        return False
    if figure.kind == "span" and figure.qualifier and figure.qualifier.split("…")[0] in ("来", "以来", "间", "近"):
        return False  # 三年来: a span ending at publication
    return True


def group_key(figure: "Figure") -> str:
    if figure.kind in CALENDAR_KINDS:
        return "[calendar]"
    return f"{figure.kind == 'span'}:{figure.dimension}"


# --- comparing values -------------------------------------------------------------


def calendars_disagree(a: "Figure", b: "Figure", same_document: bool) -> bool | None:
    """True/False when two calendar figures can be compared; None when they cannot (a relative date)."""
    x, y = a.calendar, b.calendar
    if x is None or y is None:
        return None
    if (x.relative_year is None) != (y.relative_year is None) or (x.year is None) != (y.year is None):
        return None  # 去年8月 vs 2023年8月: needs the publication date
    if x.year is None and (not same_document or x.relative_year != y.relative_year):
        return None  # both relative: comparable only with one anchor word, in one document
    ends = [(x, y)]
    if a.calendar_end is not None or b.calendar_end is not None:
        ends.append((a.calendar_end or x, b.calendar_end or y))
    return any(
        p is not None and q is not None and p != q
        for first, second in ends
        for p, q in ((first.year, second.year), (first.month, second.month), (first.day, second.day))
    )


def values_disagree(a: "Figure", b: "Figure", same_document: bool) -> bool | None:
    """True when the two figures cannot both be true; None when they cannot be compared."""
    if not a.same_dimension(b):
        return None
    if a.kind in CALENDAR_KINDS or b.kind in CALENDAR_KINDS:
        if not (a.kind in CALENDAR_KINDS and b.kind in CALENDAR_KINDS):
            return None
        return calendars_disagree(a, b, same_document)
    return not a.overlaps(b)


def value_factor(a: "Figure", b: "Figure") -> float:
    """How plausible it is that two disagreeing values were meant to be one figure (0-1).

    A slipped digit or a rounding gone wrong keeps values close: ratios up to
    1.5 keep full weight. Far-apart values more likely count different things
    worded alike; a factor of exactly 10, 100, … (a magnitude word slipped:
    万 for 千) counts as a slip. Dates keep CALENDAR_FACTOR: events recur (a
    second visit, the next photo of a series) more often than amounts do.
    Percentages weigh less: a share is a small number that many things share.
    """
    if a.kind in CALENDAR_KINDS:
        return CALENDAR_FACTOR
    if a.kind == "percent":
        gap = abs(a.nominal - b.nominal)
        return 0.8 if gap <= 5 else 0.6 if gap <= 20 else 0.4
    x, y = abs(a.nominal), abs(b.nominal)
    if x == 0 or y == 0:
        return 0.5
    ratio = max(x, y) / min(x, y)
    if ratio <= Fraction(3, 2):
        return 1.0
    if ratio in (10, 100, 1000, 10000) or ratio <= 3:
        return 0.8
    if ratio <= 10:
        return 0.55
    return 0.35


CALENDAR_FACTOR = 0.6


# --- alignment vetoes ---------------------------------------------------------------

# English month names are not figures on their own; two windows naming different months speak of two times.
MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)
_VERBS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _word in _FIGURE_VERBS_CJK:
    _VERBS_BY_FIRST[_word[0]] = _VERBS_BY_FIRST.get(_word[0], ()) + (_word,)


def _functional(tokens) -> list[bool]:
    """Per token: a marker, a function character, or part of a word that introduces a figure (投入, raised)."""
    flags = [False] * len(tokens)
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if token in _MARKERS or token in STOP_CHARACTERS or token in _FIGURE_VERBS_LATIN:
            flags[position] = True
            position += 1
            continue
        for word in _VERBS_BY_FIRST.get(token, ()):
            if "".join(tokens[position:position + len(word)]) == word:
                for offset in range(len(word)):
                    flags[position + offset] = True
                position += len(word)
                break
        else:
            position += 1
    return flags


def _strip_figure_verbs(tokens: list[str]) -> list[str]:
    """Content tokens only: markers, function characters and the words that introduce a figure removed."""
    return [token for token, functional in zip(tokens, _functional(tokens)) if not functional]


def _head(tokens: list[str]) -> list[str]:
    """The first few tokens, up to a marker."""
    head: list[str] = []
    for token in tokens:
        if token in _MARKERS or len(head) >= 6:
            break
        head.append(token)
    return head


def _tail(tokens: list[str]) -> list[str]:
    """The last few tokens before a marker."""
    tail: list[str] = []
    for token in reversed(tokens):
        if token in _MARKERS or len(tail) >= 4:
            break
        tail.insert(0, token)
    return tail


def _ends_in_content(tokens: list[str]) -> bool:
    """The last token is a content token (not a marker, function character or figure verb)."""
    tail = _tail(tokens)
    if not tail or tail[-1] in STOP_CHARACTERS:
        return False
    stripped = _strip_figure_verbs(tail)
    return bool(stripped) and stripped[-1] == tail[-1]


def _names_something(run: list[str]) -> bool:
    """A shared run that can be the head of a name: two Chinese content characters or a Latin content word,
    not starting with a verb of saying."""
    content = _strip_figure_verbs([t for t in run if t not in _MARKERS])
    if not content:
        return False
    head = "".join(content[:2]) if not content[0].isascii() else content[0]
    if head.startswith(SPEECH_CJK) or content[0] in SPEECH_LATIN:
        return False
    cjk = [t for t in content if not t.isascii()]
    latin = [t for t in content if t.isascii() and t.isalpha()]
    return len(cjk) >= 2 or bool(latin)


def _name_like(site: Site, position: int) -> bool:
    """A modifier that can tell two things apart: a Chinese character, a number, or a capitalized Latin word
    ("Arts Fund" vs "Flood Recovery Fund"; not "new line" vs "Northgate Line")."""
    token = site.tokens[position]
    return not token.isascii() or token.isdigit() or site.capitals[position]


def _short(tokens: list[str]) -> bool:
    content = _strip_figure_verbs(tokens)
    if not content:
        return False
    cjk = sum(1 for t in content if not t.isascii())
    return cjk <= SWAP_MAX_CJK and len(content) - cjk <= SWAP_MAX_LATIN


@dataclass(frozen=True)
class Alignment:
    shared: tuple[str, ...]  # runs of shared wording, in order
    aligned_figures: tuple[tuple[int, int], ...]  # (figure index in a, figure index in b) at aligned "#"
    veto: str | None  # why the two contexts speak of different things, when they do


def align(a: Site, b: Site) -> Alignment:
    """Align two windows token by token: shared wording, figures at aligned places, and vetoes."""
    matcher = SequenceMatcher(None, a.tokens, b.tokens, autojunk=False)
    others_a, others_b = dict(a.others), dict(b.others)
    shared: list[str] = []
    aligned: list[tuple[int, int]] = []
    veto = None
    opcodes = matcher.get_opcodes()
    for position, (tag, a0, a1, b0, b1) in enumerate(opcodes):
        left, right = list(a.tokens[a0:a1]), list(b.tokens[b0:b1])
        if tag == "equal":
            if len([t for t in left if t != BOUNDARY]) >= 2:  # a lone "#" matching a lone "#" says nothing
                for offset in range(a1 - a0):
                    if left[offset] == OTHER:
                        aligned.append((others_a[a0 + offset], others_b[b0 + offset]))
            run = [t for t in left if t not in (FIGURE, BOUNDARY)]
            if _content_count(run) >= 2:
                shared.append(_join(run))
                # The shared phrase introduces this figure in one window and another figure in the other
                # ("治理河道长度@" vs "治理河道长度#", "@ households" vs "# households").
                ends = {a.tokens[a1] if a1 < len(a.tokens) else "", b.tokens[b1] if b1 < len(b.tokens) else ""}
                starts = {a.tokens[a0 - 1] if a0 else "", b.tokens[b0 - 1] if b0 else ""}
                if veto is None and FIGURE not in left and ({FIGURE, OTHER} in (ends, starts)):
                    veto = f'"{_join(run)}" goes with another figure in one of the texts'
            head = left[: a.slot - a0] if a0 < a.slot else left
            if veto is None and position > 0 and left[0] != BOUNDARY and _names_something(head):
                # A shared phrase modified differently: "启明助学|基金" vs "仁心医疗|基金" before the figure,
                # "@，南通|援疆医疗队" vs "@，浙江省…|援疆医疗队" after a date.
                previous = opcodes[position - 1]
                if previous[0] == "replace":
                    mod_a = list(a.tokens[previous[1]:previous[2]])
                    mod_b = list(b.tokens[previous[3]:previous[4]])
                    if _ends_in_content(mod_a) and _ends_in_content(mod_b) and _name_like(a, previous[2] - 1) \
                            and _name_like(b, previous[4] - 1):
                        veto = f'"{_join(_tail(mod_a))}" vs "{_join(_tail(mod_b))}" before "{_join(_head(head))}"'
            continue
        if veto is not None or tag != "replace":
            continue
        crossed = (FIGURE in left and OTHER not in left and OTHER in right and FIGURE not in right) or (
            OTHER in left and FIGURE not in left and FIGURE in right and OTHER not in right)
        if crossed and len(left) <= 4 and len(right) <= 4:
            veto = "each figure stands where the other text has another figure"
            continue
        months_left = [t for t in left if t in MONTH_NAMES]
        months_right = [t for t in right if t in MONTH_NAMES]
        if months_left and months_right and months_left != months_right:
            veto = f'"{_join(left)}" vs "{_join(right)}"'  # By June vs By September
            continue
        numbers_left = [t for t in left if t[:1].isdigit()]
        numbers_right = [t for t in right if t[:1].isdigit()]
        if numbers_left and numbers_right and numbers_left != numbers_right:
            veto = f'"{_join(left)}" vs "{_join(right)}"'  # Phase 1 vs Phase 2, in 2023 vs in 2024
            continue
        counted = a.figure.kind not in CALENDAR_KINDS and BOUNDARY not in left and BOUNDARY not in right
        near_a = 0 < a0 - a.slot <= SWAP_COUNTED_DISTANCE and BOUNDARY not in a.tokens[a.slot:a0]
        near_b = 0 < b0 - b.slot <= SWAP_COUNTED_DISTANCE and BOUNDARY not in b.tokens[b.slot:b0]
        if counted and near_a and near_b and _short(left) and _short(right):
            veto = f'"{_join(left)}" vs "{_join(right)}" after the figure'  # 3000名学生 vs 3000名教师
    return Alignment(tuple(shared), tuple(aligned), veto)


# --- conflicts ---------------------------------------------------------------------

# The weight at which the smaller window's unshared wording counts against a pair, and the pseudo-weight
# added to the similarity's denominator so that tiny windows ("自@", "陈晓东摄@") never look alike: the
# weight of SMOOTHING_SHINGLES shingles shared by two windows of the collection (it grows with the collection,
# as IDF weights do).
UNSHARED_WEIGHT = 0.3
SMOOTHING_SHINGLES = 4
# A third figure carrying this share of the wording a pair shares can make the pair ambiguous (Pairs.ambiguous).
AMBIGUITY_COVERAGE = 0.8


@dataclass(frozen=True)
class Conflict:
    first: Site
    second: Site
    similarity: float
    value_factor: float
    confidence: float
    shared: tuple[str, ...]


# Far above the rounding error of a sum of a few hundred weights, far below any difference that matters.
SIMILARITY_MARGIN = 1e-9

# IDF treats a collection smaller than this as if it had this many sites: in three short documents every
# shingle is "rare", and a shingle two of them share would otherwise weigh less than one they do not.
MIN_COLLECTION = 50


class InverseFrequencies(dict):
    """IDF per shingle, log(1 + N / df), computed on first lookup: a part of the work reads its own sites'
    shingles only, and a whole collection has about a million distinct ones."""

    def __init__(self, frequency: Counter[str], total: int):
        super().__init__()
        self.frequency = frequency
        self.total = total

    def __missing__(self, gram: str) -> float:
        if gram not in self.frequency:
            raise KeyError(gram)
        value = self[gram] = math.log(1 + self.total / self.frequency[gram])
        return value


def idf_weights(all_shingles: list[dict[str, float]], frequency: Counter[str] | None = None) -> InverseFrequencies:
    """IDF of the shingles of `all_shingles` (N windows, at least MIN_COLLECTION); `frequency`: how many
    windows carry each shingle, when already counted."""
    if frequency is None:
        frequency = Counter(chain.from_iterable(all_shingles))
    return InverseFrequencies(frequency, max(len(all_shingles), MIN_COLLECTION))


def smoothing(collection: int) -> float:
    """SMOOTHING_SHINGLES times the IDF of a shingle that two windows of a collection of this size share."""
    return SMOOTHING_SHINGLES * math.log(1 + max(collection, MIN_COLLECTION) / 2)


def similarity(a: dict[str, float], b: dict[str, float], idf: dict[str, float],
               total_a: float | None = None, total_b: float | None = None, smooth: float | None = None) -> float:
    """Soft containment of two shingle sets (0-1): S / (S + β·U + smoothing).

    `smooth` defaults to the smoothing of the smallest collection (`smoothing(MIN_COLLECTION)`).

    Each shingle weighs its IDF times its clause weight (the figure's own clause
    counts more than the clauses around it). S is the weight the two windows
    share; U is the weight of the smaller window they do not share, counted at
    β (UNSHARED_WEIGHT) because a restatement rewords freely around the name it
    repeats ("工作组成立的“通伊”教育基金首期筹得" / "工作组成立“通伊”教育基金,沟通协调…捐赠启动资金").
    """
    if total_a is None:
        total_a = sum(idf[g] * w for g, w in a.items())
    if total_b is None:
        total_b = sum(idf[g] * w for g, w in b.items())
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = sum(idf[g] * min(w, large[g]) for g, w in small.items() if g in large)
    unshared = max(min(total_a, total_b) - shared, 0.0)
    if smooth is None:
        smooth = smoothing(MIN_COLLECTION)
    return shared / (shared + UNSHARED_WEIGHT * unshared + smooth)


def confidence_of(sim: float, factor: float) -> float:
    scaled = (sim - SIMILARITY_FLOOR) / (SIMILARITY_FULL - SIMILARITY_FLOOR)
    return max(0.0, min(1.0, scaled)) * factor


def document_sites(reading: Reading) -> list[Site]:
    """The windows of one document's comparable figures (its text tokenized once for all of them)."""
    chunks: dict[tuple[int, int], Chunk] = {}
    return [build_site(reading, index, chunks) for index, figure in enumerate(reading.figures) if comparable(figure)]


def sites_of(audit: "Audit") -> list[Site]:
    """Every comparable figure of the audit's documents in its window (computed once per audit)."""
    key = ("discovery-sites",)
    cache = audit._quote_cache
    if key not in cache:
        sites = []
        for document in audit.documents.values():
            sites.extend(document_sites(reading_of(audit, document)))
        cache[key] = sites
    return cache[key]


class Pairs:
    """Candidate pairs of sites, their similarity and vetoes (similarities and alignments computed lazily, once)."""

    def __init__(self, sites: list[Site], grams: list[dict[str, float]] | None = None,
                 frequency: Counter[str] | None = None):
        """`grams`: the sites' shingles, and `frequency`: how many sites carry each, when already computed
        (by `prepare_documents` in the workers, and `adopt_prepared`)."""
        self.sites = sites
        self.grams = [shingles(site) for site in sites] if grams is None else grams
        self.idf = idf_weights(self.grams, frequency)
        self.smooth = smoothing(len(sites))
        self.neighbours: dict[int, set[int]] = defaultdict(set)
        self._totals: dict[int, float] = {}
        self._similarities: dict[tuple[int, int], float] = {}
        self._alignments: dict[tuple[int, int], Alignment] = {}

    def total(self, number: int) -> float:
        """The weight of a site's window (computed on first use: a part of the work needs its own sites only)."""
        total = self._totals.get(number)
        if total is None:
            grams = self.grams[number]
            # sum(idf[g] * w for g, w in grams.items()), in that order, without a Python-level loop.
            total = self._totals[number] = sum(map(mul, map(self.idf.__getitem__, grams.keys()), grams.values()))
        return total

    def groups(self) -> dict[str, list[int]]:
        """Site numbers by dimension group (yuan with yuan, dates with dates): only these are compared."""
        members: dict[str, list[int]] = defaultdict(list)
        for number, site in enumerate(self.sites):
            members[group_key(site.figure)].append(number)
        return members

    def conflicts(self, min_confidence: float, groups: Iterable[str] | None = None) -> list[Conflict]:
        """The candidate pairs (of `groups`, or of all) judged conflicts, in document order."""
        with cycle_collector_paused():
            found = [c for c in (self.judge(i, j, min_confidence) for i, j in self.candidates(groups)) if c]
        found.sort(key=lambda c: (c.first.document.path, c.first.figure.start, c.second.document.path,
                                  c.second.figure.start))
        return found

    def candidates(self, groups: Iterable[str] | None = None) -> list[tuple[int, int]]:
        """Pairs of one dimension group (of `groups`, or of any) that share enough rare wording to be judged.

        A site linked to more than MAX_CANDIDATES others (`linked`) keeps its MAX_CANDIDATES most
        similar ones, and a pair stays when either of its sites keeps it: every pair is kept by one of its
        sites, so there are at most MAX_CANDIDATES times as many pairs as sites. The pairs found are recorded as neighbours (`ambiguous` reads them).
        """
        pairs = self._capped(self.linked(groups))
        for i, j in pairs:
            self.neighbours[i].add(j)
            self.neighbours[j].add(i)
        return pairs

    def linked(self, groups: Iterable[str] | None = None) -> list[tuple[int, int]]:
        """Pairs of one dimension group sharing at least MIN_SHARED_SHINGLES indexed shingles, sorted.

        Indexed are the shingles that can name something (not function words, not the clause after the
        figure) and that at most MAX_POSTING sites of the group carry: a posting of length L costs L²/2
        pair counts, so bounding L bounds the counting per site.
        """
        members = self.groups()
        pairs: list[tuple[int, int]] = []
        for key in sorted(members if groups is None else set(groups) & members.keys()):
            postings: dict[str, list[int]] = {}
            for number in members[key]:
                for gram, weight in self.grams[number].items():
                    if weight >= INDEXED_WEIGHT:
                        posting = postings.get(gram)
                        if posting is None:
                            postings[gram] = [number]
                        else:
                            posting.append(number)
            shared_counts: Counter[tuple[int, int]] = Counter()
            for posting in postings.values():
                if 2 <= len(posting) <= MAX_POSTING:  # longer: too common to block on (its IDF is low anyway)
                    shared_counts.update(combinations(posting, 2))  # postings ascend, so pairs are (low, high)
            pairs.extend(pair for pair, count in shared_counts.items() if count >= MIN_SHARED_SHINGLES)
        pairs.sort()
        return pairs

    def _capped(self, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The pairs left when each site keeps at most MAX_CANDIDATES partners, its most similar ones."""
        partners: dict[int, list[int]] = defaultdict(list)
        for i, j in pairs:
            partners[i].append(j)
            partners[j].append(i)
        crowded = {site: others for site, others in partners.items() if len(others) > MAX_CANDIDATES}
        if not crowded:
            return pairs
        kept: set[tuple[int, int]] = set()
        for site, others in crowded.items():
            ranked = sorted(others, key=lambda other: (-self.similarity(site, other), other))
            kept.update((min(site, other), max(site, other)) for other in ranked[:MAX_CANDIDATES])
        return [(i, j) for i, j in pairs if (i not in crowded or j not in crowded) or (i, j) in kept]

    def similarity(self, i: int, j: int) -> float:
        key = (min(i, j), max(i, j))
        if key not in self._similarities:
            self._similarities[key] = similarity(self.grams[i], self.grams[j], self.idf, self.total(i), self.total(j),
                                                 self.smooth)
        return self._similarities[key]

    def _clearly_below(self, i: int, j: int, floor: float) -> bool:
        """The pair's similarity is below `floor`, by more than rounding can explain.

        `similarity` sums over one window's shingles in their order (the order fixes the last bits of the
        result, which the findings print); this sums over the shared shingles only, in any order (a set's
        order varies between runs), so it can differ in the last bits: a margin keeps its answer exact."""
        a, b = self.grams[i], self.grams[j]
        common = a.keys() & b.keys()
        shared = sum(map(mul, map(self.idf.__getitem__, common), map(min, map(a.__getitem__, common),
                                                                     map(b.__getitem__, common))))
        unshared = max(min(self.total(i), self.total(j)) - shared, 0.0)
        return shared / (shared + UNSHARED_WEIGHT * unshared + self.smooth) < floor - SIMILARITY_MARGIN

    def alignment(self, i: int, j: int) -> Alignment:
        key = (min(i, j), max(i, j))
        if key not in self._alignments:
            self._alignments[key] = align(self.sites[key[0]], self.sites[key[1]])
        return self._alignments[key]

    def same_subject(self, i: int, j: int) -> bool:
        """No veto: the two contexts may speak of one thing."""
        i, j = min(i, j), max(i, j)
        a, b = self.sites[i], self.sites[j]
        same_document = a.document.path == b.document.path
        if same_document and a.sentence == b.sentence:
            return False  # figures of one sentence fill different slots
        if a.part != b.part:
            return False  # a phase and the whole or another phase (二期计划投资 vs 计划总投资, 一期 vs 二期)
        alignment = self.alignment(i, j)
        if alignment.veto is not None:
            return False
        return not any(
            values_disagree(a.reading.figures[x], b.reading.figures[y], same_document)
            for x, y in alignment.aligned_figures
        )

    def same_as_of(self, i: int, j: int) -> bool:
        """Both windows state one absolute date at aligned places ("截至2023年底…" in both): running totals
        as of one date, comparable across articles."""
        a, b = self.sites[min(i, j)], self.sites[max(i, j)]
        for x, y in self.alignment(i, j).aligned_figures:
            first, second = a.reading.figures[x], b.reading.figures[y]
            if first.kind in ("year", "date") and second.kind in ("year", "date") and not values_disagree(first, second, False):
                return True
        return False

    def ambiguous(self, i: int, j: int) -> bool:
        """The wording the pair shares also carries a third value, so it does not single out one thing.

        A third figure c carrying most of that wording (AMBIGUITY_COVERAGE of its
        weight) makes the pair ambiguous when c differs from both figures ("投入援疆资金"
        before 15280万元, 1.36亿元 and 480万元), or when c stands in the document of
        one of them and differs from it: that document uses the wording for two
        values, so the pair's match is not the only one (a school's "建筑面积" and
        a hospital's in one article).
        """
        a, b = self.sites[i], self.sites[j]
        grams_a, grams_b = self.grams[i], self.grams[j]
        pair = {g: min(grams_a[g], grams_b[g]) for g in grams_a.keys() & grams_b.keys()}
        mass = sum(self.idf[g] * w for g, w in pair.items())
        if mass == 0:
            return False
        seen: set[int] = set()
        for anchor in (i, j):
            for k in self.neighbours[anchor]:
                if k in (i, j) or k in seen:
                    continue
                seen.add(k)
                c, grams_c = self.sites[k], self.grams[k]
                covered = sum(self.idf[g] * min(w, grams_c[g]) for g, w in pair.items() if g in grams_c)
                if covered < AMBIGUITY_COVERAGE * mass:
                    continue
                differs_a = _distinct(c.figure, a.figure, c.document.path == a.document.path)
                differs_b = _distinct(c.figure, b.figure, c.document.path == b.document.path)
                if differs_a and differs_b and (self.same_subject(i, k) or self.same_subject(j, k)):
                    return True
                if (c.document.path == a.document.path and differs_a) or (c.document.path == b.document.path and differs_b):
                    return True
        return False

    def judge(self, i: int, j: int, min_confidence: float) -> Conflict | None:
        """The pair as a conflict, or None: values agree, confidence too low, or a veto or ambiguity."""
        a, b = self.sites[i], self.sites[j]
        same_document = a.document.path == b.document.path
        if a.figure.text == b.figure.text:
            return None
        # Too little shared wording whatever the values (the value factor is at most 1): most candidates end
        # here, so first on an estimate that looks at the shared shingles only. At a minimum confidence of 0
        # nothing is too little (confidence_of clamps at 0 and 0 < 0 is false), so there is no shortcut.
        if min_confidence > 0 and self._clearly_below(
            i, j, SIMILARITY_FLOOR + min_confidence * (SIMILARITY_FULL - SIMILARITY_FLOOR)
        ):
            return None
        sim = self.similarity(i, j)
        if confidence_of(sim, 1.0) < min_confidence:
            return None
        if not values_disagree(a.figure, b.figure, same_document):
            return None
        factor = value_factor(a.figure, b.figure)
        confidence = confidence_of(sim, factor)
        if confidence < min_confidence:
            return None
        if not same_document and (a.running_total or b.running_total) and not self.same_as_of(i, j):
            return None  # running totals of articles written at different dates
        if not self.same_subject(i, j) or self.ambiguous(i, j):
            return None
        first, second = (a, b) if (a.document.path, a.figure.start) <= (b.document.path, b.figure.start) else (b, a)
        return Conflict(first, second, round(sim, 3), factor, round(confidence, 2), self.alignment(i, j).shared)


# Two amounts within this ratio count as one value when judging whether wording is shared by several values.
SAME_VALUE_RATIO = Fraction(6, 5)


def _distinct(a: "Figure", b: "Figure", same_document: bool) -> bool:
    """Clearly different values: disagreeing dates, or amounts whose nominal values are apart by more than
    SAME_VALUE_RATIO (超600万元 and 15280万元 overlap as intervals but are not one value)."""
    if a.kind in CALENDAR_KINDS or b.kind in CALENDAR_KINDS:
        return bool(values_disagree(a, b, same_document))
    if not a.same_dimension(b):
        return False
    x, y = abs(a.nominal), abs(b.nominal)
    if x == 0 or y == 0:
        return x != y
    return max(x, y) / min(x, y) > SAME_VALUE_RATIO




def pairs_of(audit: "Audit") -> Pairs:
    """The audit's Pairs, built once: from the sites (`sites_of`), or from the shards' summaries (`adopt`)."""
    key = ("discovery-pairs",)
    cache = audit._quote_cache
    if key not in cache:
        with cycle_collector_paused():
            cache[key] = Pairs(sites_of(audit))
    return cache[key]


def conflict_candidates(audit: "Audit", min_confidence: float, groups: Iterable[str] | None = None) -> list[Conflict]:
    """Pairs of figures in closely matching contexts whose values cannot both be true, in document order
    (of the dimension `groups` given, or of all)."""
    return pairs_of(audit).conflicts(min_confidence, groups)


# --- stages for --jobs ----------------------------------------------------------------
#
# `auditor scan --jobs N` (auditor/parallel.py) runs discovered-conflict in stages: the per-document work
# (reading, windows, shingles: most of the cost) on the document shards in the workers, and the
# cross-document step (IDF, candidates, judging) split by dimension group, which never compare with
# each other. The result is the same as `conflict_candidates` in one process.

# One document's sites as plain data: (path, figures, figure places, rows); a row is a Site's fields after
# its reading, and its shingles. Sentences stay behind: the cross-document step needs a figure's sentence
# index only (in the places), and they cost more to send than anything else.
PreparedDocument = tuple[str, tuple, tuple, list[tuple]]


def prepare_documents(audit: "Audit") -> list[PreparedDocument]:
    """The per-document stage, for the audit's documents (a shard of them, in a worker)."""
    prepared = []
    with cycle_collector_paused():
        for path, document in audit.documents.items():
            reading = reading_of(audit, document)
            rows = [(site.index, site.tokens, site.weights, site.capitals, site.slot, site.others, site.span,
                     site.running_total, site.part, shingles(site)) for site in document_sites(reading)]
            prepared.append((path, reading.figures, reading.places, rows))
    return prepared


def adopt_prepared(audit: "Audit", shard: list[PreparedDocument]) -> None:
    """Take one shard's summary (in the parent, while the workers go on): keep its documents, and count its
    shingles' document frequencies now rather than all at the end."""
    cache = audit._quote_cache
    prepared = cache.setdefault(("discovery-prepared",), {})
    frequency = cache.setdefault(("discovery-frequency",), Counter())
    with cycle_collector_paused():
        for entry in shard:
            prepared[entry[0]] = entry
            frequency.update(chain.from_iterable(row[-1] for row in entry[3]))


def prepared_groups(audit: "Audit") -> list[str]:
    """After the last shard: the sites rebuilt in the audit's document order (as `sites_of` builds them) and
    the dimension groups to judge, largest first (each is a part of the cross-document step)."""
    cache = audit._quote_cache
    prepared = cache.pop(("discovery-prepared",), {})
    frequency = cache.pop(("discovery-frequency",), Counter())
    sites: list[Site] = []
    grams: list[dict[str, float]] = []
    with cycle_collector_paused():
        for path, document in audit.documents.items():
            _, figures, places, rows = prepared[path]
            # Not the document's full Reading (no sentences), so not cached as one: the sites' own.
            reading = Reading(document, figures, (), places)
            for *fields, site_grams in rows:
                sites.append(Site(reading, *fields))
                grams.append(site_grams)
        cache[("discovery-sites",)] = sites
        pairs = cache[("discovery-pairs",)] = Pairs(sites, grams, frequency)
    members = pairs.groups()
    return sorted(members, key=lambda key: (-len(members[key]), key))
