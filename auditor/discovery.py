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
  indexed by their shingles of weight >= 0.5 held by at most MAX_POSTING
  sites; pairs sharing two indexed shingles are candidates. Work grows with
  the number of figures, not its square.
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

Nothing here prints; checks turn candidates into findings.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from difflib import SequenceMatcher
from fractions import Fraction
from typing import TYPE_CHECKING

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

# Candidate generation: shingles shared by more sites than this are not indexed (too common to block on),
# nor shingles weighing less than INDEXED_WEIGHT (function words, the clause after the figure).
MAX_POSTING = 40
MIN_SHARED_SHINGLES = 2
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


def _blocks(document: "Document") -> list[tuple[int, int]]:
    """Runs of lines read as one text: a long line that stops mid-sentence continues on the next."""
    blocks: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for paragraph in document.paragraphs:
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


def _cut(text: str, start: int, end: int, stops, protected: set[int], full_stop: bool) -> list[tuple[int, int]]:
    """Split [start, end) after each stop character not inside a figure; trailing closers stay with the piece."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    index = start
    while index < end:
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
            index = stop_end
            continue
        index += 1
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


def read_document(document: "Document", figures: tuple["Figure", ...] | None = None) -> Reading:
    """Cut a document into sentences and clauses and place its figures."""
    text = document.text
    if figures is None:
        figures = document.figures
    protected = _protected(figures)
    sentences: list[Sentence] = []
    for block, (block_start, block_end) in enumerate(_blocks(document)):
        for s_start, s_end in _cut(text, block_start, block_end, SENTENCE_END, protected, True):
            clauses = tuple(Clause(a, _trim(text, a, b, protected))
                            for a, b in _cut(text, s_start, s_end, CLAUSE_END, protected, False))
            if clauses:
                sentences.append(Sentence(len(sentences), s_start, s_end, clauses, block))
    sentence_starts = [s.start for s in sentences]
    places: list[tuple[int, int]] = []
    for figure in figures:
        s_index = max(bisect.bisect_right(sentence_starts, figure.start) - 1, 0)
        sentence = sentences[s_index] if sentences else None
        c_index = 0
        if sentence is not None:
            clause_starts = [c.start for c in sentence.clauses]
            c_index = max(bisect.bisect_right(clause_starts, figure.start) - 1, 0)
        places.append((s_index, c_index))
    return Reading(document, tuple(figures), tuple(sentences), tuple(places))


def passages(reading: Reading) -> list[list[Sentence]]:
    """Sentences grouped into passages: sentences ending in a semicolon run on into the next one
    (a list of statements: "一期…；二期…；三期…")."""
    groups: list[list[Sentence]] = []
    text = reading.document.text
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
    """Tokens of a window, built clause by clause, figures masked."""

    def __init__(self, reading: Reading, target: int):
        self.reading = reading
        self.target = target
        self.tokens: list[str] = []
        self.weights: list[float] = []
        self.capitals: list[bool] = []
        self.others: list[tuple[int, int]] = []

    def add(self, start: int, end: int, weight: float, *, new_clause: bool = True) -> None:
        if new_clause and self.tokens and self.tokens[-1] != BOUNDARY:
            self._extend([(BOUNDARY, False)], 0.0)
        text = self.reading.document.text
        cursor = start
        for index in self.reading.figures_in(start, end):
            figure = self.reading.figures[index]
            self._extend(tokenize(text[cursor:figure.start]), weight)
            if index == self.target:
                self._extend([(FIGURE, False)], weight)
            else:
                self.others.append((len(self.tokens), index))
                self._extend([(OTHER, False)], weight)
            cursor = figure.end
        self._extend(tokenize(text[cursor:end]), weight)

    def _extend(self, tokens: list[tuple[str, bool]], weight: float) -> None:
        for token, capital in tokens:
            opening = not self.tokens or self.tokens[-1] == BOUNDARY
            self.tokens.append(token)
            self.weights.append(weight)
            self.capitals.append(capital and not opening)


# Verbs of saying. Who speaks is not what a figure is about: "杨永辉介绍，2023年5月，公司…" and "The board now
# says the line will cost…" start their windows after the verb, and a shared phrase starting with one
# names a source, not a subject ("planners expect" vs "officials expect").
SPEECH_CJK = ("介绍", "表示", "透露", "指出", "强调", "告诉记者", "认为", "显示", "说", "称")
SPEECH_LATIN = frozenset({"said", "say", "says", "told", "tell", "expect", "expects", "expected", "estimate",
                          "estimates", "estimated", "forecast", "forecasts", "predict", "predicts", "report",
                          "reports", "reported", "announce", "announced", "announces", "believe", "believes"})


def _speaker_end(tokens: list[str]) -> int:
    """Index just after the last verb of saying before the figure ("…介绍|", "… says"), else 0."""
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if token in SPEECH_LATIN:
            return index + 1
        if not token.isascii() and index + 1 < len(tokens) and tokens[index + 1] == BOUNDARY:
            tail = "".join(t for t in tokens[max(0, index - 3):index + 1] if not t.isascii())
            if tail.endswith(SPEECH_CJK):
                return index + 2
    return 0


def _anaphoric(text: str) -> bool:
    text = text.lstrip("“\"'‘（( ")
    if text[:1] in ANAPHORS_CJK:
        return True
    first = text.split(" ", 1)[0].lower().strip(",.'’s")
    return first in ANAPHORS_LATIN


def _content_count(tokens) -> int:
    return sum(1 for t in tokens if t not in _MARKERS and t not in STOP_CHARACTERS)


def build_site(reading: Reading, index: int) -> Site:
    figure = reading.figures[index]
    text = reading.document.text
    sentence_index, clause_index = reading.places[index]
    sentence = reading.sentences[sentence_index]
    own = sentence.clauses[clause_index]
    first_index = max(0, clause_index - WINDOW_CLAUSES_BEFORE)
    window = _Window(reading, index)
    window_start = sentence.clauses[first_index].start
    if first_index == 0 and sentence_index > 0 and _anaphoric(text[sentence.start:sentence.end]):
        previous = reading.sentences[sentence_index - 1]
        if previous.block == sentence.block:
            last = previous.clauses[-1]
            window.add(last.start, last.end, NEAR_CLAUSE_WEIGHT)
            window_start = last.start
    for clause in sentence.clauses[first_index:clause_index]:
        window.add(clause.start, clause.end, NEAR_CLAUSE_WEIGHT)
    window.add(min(own.start, figure.start), figure.start, OWN_CLAUSE_WEIGHT)
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
    window.add(figure.start, own_end, OWN_CLAUSE_WEIGHT, new_clause=False)
    after = window.tokens[slot + 1:]
    if _content_count(after) < MIN_TOKENS_AFTER and clause_index + 1 < len(sentence.clauses):
        following = sentence.clauses[clause_index + 1]
        window.add(following.start, following.end, FOLLOWING_CLAUSE_WEIGHT)
    limit = slot + 1 + MAX_TOKENS_AFTER
    tokens = tuple(window.tokens[:limit])
    weights = tuple(window.weights[:limit])
    capitals = tuple(window.capitals[:limit])
    others = tuple((p, i) for p, i in window.others if p < limit)
    window_text = fold(text[window_start:own_end])
    running = any(word in window_text for word in RUNNING_TOTAL_WORDS) or bool(_RUNNING_TOTAL_DATE.search(window_text))
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
    grams: dict[str, float] = {}
    following = tokens.index(BOUNDARY, slot) if BOUNDARY in tokens[slot:] else len(tokens)

    def add(gram: str, position: int, weight: float) -> None:
        if position > following:
            gram = ">" + gram
        grams[gram] = max(grams.get(gram, 0.0), weight)

    functional = _functional(tokens)
    for size in (2, 3):
        for position in range(len(tokens) - size + 1):
            piece = tokens[position:position + size]
            if BOUNDARY not in piece:
                weight = min(weights[position:position + size])
                if all(functional[position:position + size]):
                    weight *= FUNCTION_GRAM_WEIGHT  # "in @", "筹得@", "brought in": wording, not subject
                add("\x1f".join(piece), position, weight)
    for position, (token, weight) in enumerate(zip(tokens, weights)):
        if len(token) > 2 and token.isascii() and token.isalpha() and token not in _FIGURE_VERBS_LATIN:
            add(token, position, weight)
    return grams


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


# IDF treats a collection smaller than this as if it had this many sites: in three short documents every
# shingle is "rare", and a shingle two of them share would otherwise weigh less than one they do not.
MIN_COLLECTION = 50


def idf_weights(all_shingles: list[dict[str, float]]) -> dict[str, float]:
    frequency: dict[str, int] = defaultdict(int)
    for grams in all_shingles:
        for gram in grams:
            frequency[gram] += 1
    total = max(len(all_shingles), MIN_COLLECTION)
    return {gram: math.log(1 + total / count) for gram, count in frequency.items()}


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


def sites_of(audit: "Audit") -> list[Site]:
    """Every comparable figure of the audit's documents in its window (computed once per audit)."""
    key = ("discovery-sites",)
    cache = audit._quote_cache
    if key not in cache:
        sites = []
        for document in audit.documents.values():
            reading = reading_of(audit, document)
            for index, figure in enumerate(reading.figures):
                if comparable(figure):
                    sites.append(build_site(reading, index))
        cache[key] = sites
    return cache[key]


class Pairs:
    """Candidate pairs of sites, their similarity and vetoes (similarities and alignments computed lazily, once)."""

    def __init__(self, sites: list[Site]):
        self.sites = sites
        self.grams = [shingles(site) for site in sites]
        self.idf = idf_weights(self.grams)
        self.totals = [sum(self.idf[g] * w for g, w in grams.items()) for grams in self.grams]
        self.smooth = smoothing(len(sites))
        self.neighbours: dict[int, set[int]] = defaultdict(set)
        self._similarities: dict[tuple[int, int], float] = {}
        self._alignments: dict[tuple[int, int], Alignment] = {}

    def candidates(self) -> list[tuple[int, int]]:
        """Pairs of one dimension group sharing at least MIN_SHARED_SHINGLES indexed shingles.

        Indexed are the shingles that can name something (not function words, not the clause after the
        figure) and that fewer than MAX_POSTING sites of the group carry: blocking on them keeps the
        work near linear in the number of figures.
        """
        members: dict[str, list[int]] = defaultdict(list)
        for number, site in enumerate(self.sites):
            members[group_key(site.figure)].append(number)
        pairs: list[tuple[int, int]] = []
        for key in sorted(members):
            postings: dict[str, list[int]] = defaultdict(list)
            for number in members[key]:
                for gram, weight in self.grams[number].items():
                    if weight >= INDEXED_WEIGHT:
                        postings[gram].append(number)
            shared_counts: dict[tuple[int, int], int] = defaultdict(int)
            for posting in postings.values():
                if len(posting) < 2 or len(posting) > MAX_POSTING:
                    continue  # too common to block on (its IDF is low anyway)
                for n, first in enumerate(posting):
                    for second in posting[n + 1:]:
                        shared_counts[(first, second)] += 1
            for (i, j), count in shared_counts.items():
                if count >= MIN_SHARED_SHINGLES:
                    self.neighbours[i].add(j)
                    self.neighbours[j].add(i)
                    pairs.append((i, j))
        pairs.sort()
        return pairs

    def similarity(self, i: int, j: int) -> float:
        key = (min(i, j), max(i, j))
        if key not in self._similarities:
            self._similarities[key] = similarity(self.grams[i], self.grams[j], self.idf, self.totals[i], self.totals[j],
                                                 self.smooth)
        return self._similarities[key]

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
        if a.figure.text == b.figure.text or not values_disagree(a.figure, b.figure, same_document):
            return None
        sim = self.similarity(i, j)
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


def conflict_candidates(audit: "Audit", min_confidence: float) -> list[Conflict]:
    """Pairs of figures in closely matching contexts whose values cannot both be true, in document order."""
    pairs = Pairs(sites_of(audit))
    conflicts = [c for c in (pairs.judge(i, j, min_confidence) for i, j in pairs.candidates()) if c]
    conflicts.sort(key=lambda c: (c.first.document.path, c.first.figure.start, c.second.document.path, c.second.figure.start))
    return conflicts
