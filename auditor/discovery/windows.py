"""Context windows: the tokens around each figure (figure masked), their shingles, and which figures compare."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.discovery.frames import (
    SENTENCE_LOOKBACK,
    Frame,
    Period,
    PeriodIndex,
    compared_with,
    first_tier,
    kinds_of,
    measured_against_plan,
    places_before,
    places_named,
    plan_carried,
    tiers_before,
)
from auditor.discovery.reading import Reading, Sentence
from auditor.discovery.values import CALENDAR_KINDS
from auditor.normalize import fold
from auditor.patterns import lazy_compile
from auditor.published import publication_date
from auditor.text import HAN

if TYPE_CHECKING:
    from auditor.documents import Document
    from auditor.figures import Figure

# Figures that discovery compares. Ordinals (第十一批) and anniversaries (75周年) name things.
COMPARED_KINDS = frozenset({"quantity", "percent", "span", "year", "date", "relative-date"})

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


# Running totals and counts as of the time of writing: their value depends on when the article was written.
# 目前 / 迄今 / currently say "now"; 梳理 is a reporter's own tally of what has been published so far
# ("据记者梳理，有17个省份…": 17 of the 29 that had reported, where a later article counts 19 of 31).
RUNNING_TOTAL_WORDS = (
    "累计",
    "截至",
    "截止",
    "至今",
    "迄今",
    "至此",
    "目前",
    "梳理",
    "so far",
    "to date",
    "as of",
    "cumulative",
    "currently",
    # a fund or a count that grows, stated at the article's date ("has grown to $17.9 million", "has raised")
    "has grown to",
    "has raised",
    "have raised",
    "has collected",
    "has reached",
    "now totals",
    "now stands at",
)
_RUNNING_TOTAL_DATE = re.compile(
    r"\b(?:by|as of|through|until|up to) (?:the end of )?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|last year|this year)\b"
)

# Tokens that never identify a subject: function characters and the verbs that introduce a figure.
# A swap made only of these ("筹得" vs "募集", "raised" vs "collected") is a paraphrase, not another subject.
STOP_CHARACTERS = frozenset("的了和与及并在是为将等也都而把被由从对向于以其已又还就共约近超达有中之这那该此各每再")
FIGURE_VERBS = (
    "达到",
    "达",
    "为",
    "是",
    "有",
    "共",
    "共计",
    "合计",
    "总计",
    "累计",
    "投入",
    "投资",
    "筹得",
    "筹集",
    "募集",
    "募得",
    "捐赠",
    "捐助",
    "捐",
    "筹措",
    "完成",
    "实现",
    "约",
    "近",
    "超",
    "超过",
    "逾",
    "增加",
    "增长",
    "带动",
    "吸纳",
    "提供",
    "拉动",
    "覆盖",
    "惠及",
    "接待",
    "引进",
    "落实",
    "拨付",
    "到位",
    "安排",
    "争取",
    "获得",
    "收到",
    "计划",
    "预计",
    "已",
    "已经",
    "共有",
    "拥有",
    "突破",
    "超出",
    "高达",
    "仅",
    "只有",
    "至",
    "到",
    "用于",
    "启动",
    "raised",
    "collected",
    "received",
    "reached",
    "hit",
    "totaled",
    "totalled",
    "total",
    "invested",
    "spent",
    "cost",
    "about",
    "nearly",
    "around",
    "roughly",
    "almost",
    "over",
    "more",
    "brought",
    "drew",
    "gathered",
    "secured",
    "put",
    "amounted",
    "came",
    "stood",
    "just",
    "some",
    "carry",
    "employ",
    "run",
    "cover",
    "add",
)
FIGURE_VERBS_CJK = tuple(sorted((w for w in FIGURE_VERBS if not w.isascii()), key=len, reverse=True))
FIGURE_VERBS_LATIN = frozenset(w for w in FIGURE_VERBS if w.isascii())
# A swap right after the figure ("3000名学生" vs "3000名教师") changes what is counted when it is this close
# and this short (Chinese characters, Latin words).
SWAP_COUNTED_DISTANCE = 3
SWAP_MAX_CJK = 4
SWAP_MAX_LATIN = 2

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\d+(?:\.\d+)?|[" + HAN + r"]")


# --- windows and tokens --------------------------------------------------------

BOUNDARY = "|"  # a clause boundary inside a window
FIGURE = "@"  # the figure itself
OTHER = "#"  # any other figure
MARKERS = frozenset({BOUNDARY, FIGURE, OTHER})
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
Chunk = tuple[tuple[str, ...], tuple[bool, ...], bool, bool]  # words, capitals, any capital, opened by an article


_LATIN_LETTER = re.compile(r"[A-Za-z]")
_OPENING_ARTICLE = re.compile(r"\W{0,3}(?:The|A|An)[ \t]+[A-Z]")


def _chunk(text: str) -> Chunk:
    text = unicodedata.normalize("NFKC", text)
    if not _LATIN_LETTER.search(text):  # most chunks: Chinese characters and numbers, taken as they are
        words = tuple(_TOKEN.findall(text))
        return words, (False,) * len(words), False, False
    tokens = tokenize(text)
    words = tuple(word for word, _ in tokens)
    capitals = tuple(capital for _, capital in tokens)
    # "The Tern, …": the capitalised word after an opening article is a name, not the clause's first word
    article = _OPENING_ARTICLE.match(text) is not None
    return words, capitals, any(capitals), article


@dataclass(frozen=True, slots=True)
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
    frame: "Frame | None" = None  # place, period and kind (frames.py)
    block: int = 0  # the paragraph (run of lines) of the figure's sentence

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
        return join_tokens(self.tokens)


def _cjk(tokens) -> bool:
    return sum(1 for t in tokens if len(t) == 1 and not t.isascii()) * 2 >= len(tokens)


def join_tokens(tokens: Iterable[str]) -> str:
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
        return self._memo(
            ("anaphoric", sentence.start, sentence.end), lambda: _anaphoric(text[sentence.start : sentence.end])
        )

    def frame(self, sentence_index: int, clause_index: int) -> Frame:
        """The target figure's frame; the document's time expressions are read once, for all its figures."""
        reading = self.reading

        def periods() -> PeriodIndex:
            return PeriodIndex(reading, publication_date(reading.document))

        index = self._memo(("periods", 0, 0), periods)
        figure = reading.figures[self.target]
        text = reading.document.visible_text
        sentence = reading.sentences[sentence_index]
        clause_start = min(sentence.clauses[clause_index].start, figure.start)
        # The level a change is a change of: the figure just before it in its clause or the clause before
        # ("房地产开发投资27576亿元，同比增长25.6%"), told by its dimension.
        anchor = level = None
        if figure.direction is not None:
            floor = sentence.clauses[max(0, clause_index - 1)].start
            before = [i for i in reading.figures_in(floor, figure.start) if i != self.target]
            if before:
                previous = reading.figures[before[-1]]
                anchor = previous.dimension
                if previous.kind == "quantity" and previous.direction is None:
                    level = (previous.text, previous.nominal)
        mentions = self._memo(
            ("places", sentence.start, sentence.end), lambda: places_named(text, sentence.start, sentence.end)
        )
        places = places_before(text, sentence.start, clause_start, figure.start, mentions)
        if not places:
            places = self._memo(("carried-places", sentence_index, 0), lambda: _carried_places(reading, sentence_index))
        tiers = tiers_before(text, sentence.start, clause_start, figure.start)
        if not tiers:
            tiers = self._memo(("carried-tiers", sentence_index, 0), lambda: _carried_tiers(reading, sentence_index))
        if tiers:
            places = places | tiers
        period = index.period_before(reading, figure.start, sentence_index)
        moved = _FROM_BASE_TO.search(text, max(sentence.start, figure.start - FROM_BASE_REACH), figure.start)
        if moved is not None:
            # 供餐学校由2023年底的321所增加到328所: the year is the base's; the figure is of the time before it
            period = index.period_before(reading, moved.start(), sentence_index)
        if period.year is None or index.dateline_year(sentence.start, figure.start):
            # English dates an amount after it: "carried 3.14 million passengers in 2023", "checked out
            # 1,482,600 items last year" (the dateline before it dates the article, not the figure).
            after = index.period_after(text, figure.end, sentence.clauses[clause_index].end)
            if after is not None:
                period = Period(after, period.part)
            elif period.year is not None:
                period = Period(None, None)  # "LARCH HOLLOW (March 19, 2024) — … treated 16,420 acres of …": undated
        else:
            own = _IN_YEAR_RIGHT_AFTER.match(text, figure.end, sentence.clauses[clause_index].end)
            if own is not None:
                # "186,400 calls in 2022, 194,750 in 2023 and 201,830 in 2024": a year right after an English
                # amount is its own, over one an earlier item of its list names
                period = Period(own.group(1), period.part)
        base = index.base_before(text, figure.start)
        if base is not None and (base.year is not None or base.part is not None):
            period = Period(base.year or period.year, base.part or period.part)
        month = index.month_after(text, figure.end, sentence.clauses[clause_index].end)
        if month is not None:
            period = Period(period.year, month)  # its own clause's month over a period carried from before
        now = _NOW_BEFORE.search(text, max(sentence.start, figure.start - NOW_LOOKBACK), figure.start)
        now = now is not None and not index.entries_between(now.end(), figure.start)
        if now:
            period = Period(None, None)  # 目前…261个: as the article stands, not the period its paragraph reports
        kinds = kinds_of(text, clause_start, figure, max(sentence.clauses[clause_index].end, figure.end))
        restated = _restated_in_apposition(reading, self.target)
        if restated is not None:
            # "$250,000 a year, or $0.25 million": the same amount said again, of the same kind (a year's)
            kinds = kinds | kinds_of(text, clause_start, restated, max(sentence.clauses[clause_index].end, figure.end))
            if restated.unit != figure.unit:
                kinds = kinds | {"annual"}  # (the rate's "a year" is read into the amount before)
        if now and "plan" not in kinds:
            kinds = kinds | {"now"}
        if index.entries_between(sentence.start, sentence.end):
            kinds = kinds | {"dated"}  # its own sentence states a time (2022年, 当年), not its paragraph or headline
        if figure.direction is not None and "dated" not in kinds:
            # (a sentence that states its own time, 2023年全年…增长5.2%, is that time's, whatever day it was told)
            paragraph = reading.sentences[reading.block_first(sentence.block)]
            if _DAY_WORD.search(text, max(paragraph.start, figure.start - DAY_REACH), figure.start):
                # 1、周三美国三大股指全线收跌，…。万得…指数跌0.91%: a day's move. (An amount after "on Monday" is as
                # often what was decided that day, and stays comparable.)
                kinds = kinds | {"day"}
        if "dated" not in kinds and _MARKET_CLOSE.search(
            text,
            max(reading.sentences[reading.block_first(sentence.block)].start, figure.start - DAY_REACH),
            figure.start,
        ):
            # 截至收盘，上证指数跌0.6%…。市场成交额4803.1亿元: a trading day's figures, a move or an amount
            kinds = kinds | {"day"}
        if _ON_DAY_AFTER.match(text, figure.end):
            kinds = kinds | {"day"}  # "Customers used 14.2 million gallons on Sunday": that day's amount
        if _QUOTED_AFTER_MOVE.search(text, max(clause_start, figure.start - 16), figure.start):
            kinds = kinds | {"day"}  # 美油10月合约跌0.77%报73.09美元/桶: the level a day's move closed at
        if "plan" not in kinds and measured_against_plan(text, figure.end, sentence.end):
            kinds = kinds | {"outcome"}
        if not kinds & {"plan", "outcome"} and plan_carried(text, sentence.start, clause_start):
            kinds = kinds | {"plan"}  # 今年集团将完成投资19.4亿元，改造管网150公里: the plan governs the list
        if (
            "plan" not in kinds
            and index.publication is not None
            and period.year
            and period.year.isdigit()
            and int(period.year) < index.publication.year
        ):
            kinds = kinds | {"outcome"}  # a past year's figure, told after it ended: what was done, not planned
        if "fixed" in kinds and not _YEAR_PROGRAMME.search(text, sentence.start, figure.start):
            period = Period(None, None)  # 总投资, 全长: one size whatever year the sentence speaks of
        foundation = index.foundation_before(text, figure.start, figure.end)
        if foundation is not None:
            # 今年…力争在去年151.2亿元的基础上增长8%: last year's result, which this year's plan builds on
            period = Period(foundation.year or period.year, foundation.part or period.part)
            kinds = (kinds - {"plan"}) | {"outcome"}
        frame = Frame(
            places,
            period,
            kinds,
            index.publication.year if index.publication else None,
            anchor,
            compared_with(text, clause_start, figure.start),
            level,
            index.publication is not None
            and index.publication.month <= LAST_MONTH_OF_RESULTS
            and _WHOLE_YEAR.search(text, sentence.start, sentence.end) is not None,
            index.report,
            index.homes,
        )
        # Most figures share a frame (no place, the paragraph's period, no kind): one object each, not one per
        # figure, keeps a large scan's memory where it was.
        return _FRAMES.setdefault(frame, frame)

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
        words, capitals, any_capital, after_article = chunk
        if not words:
            return
        if any_capital:
            # A capitalized word opening its clause is no sign of a name ("Work on…"); only the chunk's first
            # word can open a clause (the window's tokens before it are a boundary or nothing), and not after an
            # article ("The Tern").
            opening = (not self.tokens or self.tokens[-1] == BOUNDARY) and not after_article
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
SPEECH_LATIN = frozenset(
    {
        "said",
        "say",
        "says",
        "told",
        "tell",
        "expect",
        "expects",
        "expected",
        "estimate",
        "estimates",
        "estimated",
        "forecast",
        "forecasts",
        "predict",
        "predicts",
        "report",
        "reports",
        "reported",
        "announce",
        "announced",
        "announces",
        "believe",
        "believes",
    }
)


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
            tail = "".join(t for t in tokens[max(0, index - 3) : index + 1] if not t.isascii())
            if tail.endswith(SPEECH_CJK):
                return index + 2
    return latin + 1


# How many earlier sentences of its paragraph a sentence naming no place looks back to for one.
PLACE_CARRY_SENTENCES = 3


_FRAMES: dict[Frame, Frame] = {}


def _carried_places(reading: Reading, sentence_index: int) -> frozenset[str]:
    """The place a sentence that names none speaks of: the last one named in the nearest earlier sentence of
    its paragraph ("分省区看，…其中广东同比增长19.1%。…；主要出口外向型行业用电同比增长23.7%")."""
    text = reading.document.visible_text

    def last_place(sentence: Sentence) -> frozenset[str]:
        mentions = places_named(text, max(sentence.start, sentence.end - SENTENCE_LOOKBACK), sentence.end)
        return frozenset({mentions[-1].place}) if mentions else frozenset()

    return _carried(reading, sentence_index, last_place)


def _carried_tiers(reading: Reading, sentence_index: int) -> frozenset[str]:
    """The level of government a sentence that names none speaks of: the one the nearest earlier sentence
    of its paragraph opens with ("全国一般公共预算支出…（含中央预备费…）。赤字58900亿元" is national)."""
    text = reading.document.visible_text
    return _carried(reading, sentence_index, lambda sentence: first_tier(text, sentence.start, sentence.end))


def _carried(reading: Reading, sentence_index: int, named) -> frozenset[str]:
    """What `named` finds in the nearest earlier sentence of the paragraph that has any (a few sentences back)."""
    sentences = reading.sentences
    block = sentences[sentence_index].block
    for index in range(sentence_index - 1, max(-1, sentence_index - 1 - PLACE_CARRY_SENTENCES), -1):
        previous = sentences[index]
        if previous.block != block:
            break
        found = named(previous)
        if found:
            return found
    return frozenset()


def _anaphoric(text: str) -> bool:
    text = text.lstrip("“\"'‘（( ")
    if text[:1] in ANAPHORS_CJK:
        return True
    first = text.split(" ", 1)[0].lower().strip(",.'’s")
    return first in ANAPHORS_LATIN


def content_count(tokens) -> int:
    return sum(1 for t in tokens if t not in MARKERS and t not in STOP_CHARACTERS)


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
    after = window.tokens[slot + 1 :]
    # A narrowed clause already has more tokens after the figure than the window keeps.
    if ceiling == own_end and content_count(after) < MIN_TOKENS_AFTER and clause_index + 1 < len(sentence.clauses):
        following = sentence.clauses[clause_index + 1]
        window.add(following.start, window.ceiling(following.start, following.end), FOLLOWING_CLAUSE_WEIGHT)
    limit = slot + 1 + MAX_TOKENS_AFTER
    tokens = tuple(window.tokens[:limit])
    weights = tuple(window.weights[:limit])
    capitals = tuple(window.capitals[:limit])
    others = tuple((p, i) for p, i in window.others if p < limit)
    frame = window.frame(sentence_index, clause_index)
    # A fixed whole is no running total, whatever its sentence says of the progress towards it
    # (这项总投资46.8亿元的工程累计完成投资41.0亿元).
    # A state as the article was written (目前, 现有) moves between articles as a running total does.
    running = (window.running_total(window_start, own_end) or "now" in frame.kinds) and "fixed" not in frame.kinds
    own_tokens = [token for token in tokens[:slot][::-1]]
    own_tokens = own_tokens[: own_tokens.index(BOUNDARY)] if BOUNDARY in own_tokens else own_tokens
    part = numbered_part(own_tokens[::-1])
    return Site(
        reading,
        index,
        tokens,
        weights,
        capitals,
        slot,
        others,
        (window_start, own_end),
        running,
        part,
        frame,
        sentence.block,
    )


# Numbered parts (一期, 第三期) and grades (4A级, 二级, 一等, 三类): names of parts that cannot overlap.
_PART_CJK = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}|[一二三四五六七八九十]|\d{1,2})(?:期|级|等|类)")
_PART_LATIN = frozenset({"phase", "stage", "tranche", "section", "part"})
_PART_NUMBER = frozenset(
    {"one", "two", "three", "four", "five", "first", "second", "third", "fourth", "fifth", "i", "ii", "iii", "iv"}
)


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
    functional = functional_flags(tokens)
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
        if len(token) > 2 and token.isascii() and token.isalpha() and token not in FIGURE_VERBS_LATIN:
            weight = weights[position]
            gram = AFTER_MARK + token if position > following else token
            known = get(gram)
            if known is None or weight > known:
                grams[gram] = weight
    return grams


# Shingles are tokens joined by this; a shingle from the clause after the figure's own starts with AFTER_MARK.
GRAM_SEPARATOR = "\x1f"
AFTER_MARK = ">"


# A day named before a change in its paragraph (周三, 昨日, 隔夜, "on Wednesday", yesterday): one day's move.
# A year's programme for the whole county or city (2024年全县高标准农田建设计划总投资7.6亿元; 2025年，全县计划…，计划总投资
# 8.5亿元): its total investment is that year's, not a project's one size (not 2024年全县…项目总投资).
_YEAR_PROGRAMME = lazy_compile(r"(?:19|20)\d\d年[，,]?[ \t]{0,2}全[县市区省州旗](?![^。；;]{0,60}?(?:项目|工程))")
_DAY_WORD = lazy_compile(
    r"周[一二三四五六日]|星期[一二三四五六日天]|昨日|昨天|今日|当日|隔夜|(?i:\b(?:yesterday|today|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b)"
)
# A market's close, which dates a paragraph's figures to one trading day: 截至收盘, 收盘时, "at the close"; and
# the whole of one day before an amount (北向资金全天净买入42亿元; not 全天候).
_MARKET_CLOSE = lazy_compile(
    r"收盘|收市|全天(?!候)|(?i:\bat[ \t]the[ \t]close\b|\bclosed[ \t](?:at|up|down|higher|lower)\b)"
)
# A level quoted right after the day's move: 跌0.77%报73.09美元/桶, 涨0.5%报3171点, 收于…
_QUOTED_AFTER_MOVE = lazy_compile(r"(?:涨|跌|升|降)[^，,。；;]{0,12}?[%％点][ \t]{0,2}(?:报|收于|至)[ \t]{0,2}$")
# A day named right after an amount: "used 14.2 million gallons on Sunday", "…on Monday".
_ON_DAY_AFTER = lazy_compile(
    r"(?i)[ \t]{1,2}(?:on|last)[ \t]{1,2}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
DAY_REACH = 300  # characters before a figure, in its paragraph, in which its day is named
# Now, as the article is written: 目前, 现有, 截至目前 before a figure in its sentence, within this many characters.
NOW_LOOKBACK = 80
# A year's results are published by the end of March: an article of these months that speaks of "the year" (全年,
# "during the year") may report the year before.
LAST_MONTH_OF_RESULTS = 3
_WHOLE_YEAR = lazy_compile(r"全年|(?i:\b(?:during|for|over|in|across)[ \t]the[ \t]year\b)")
# (and what has grown to a level by then: 成员社已增至74家, 已发展到, 已达)
_IN_YEAR_RIGHT_AFTER = lazy_compile(r"[ \t]{1,2}in[ \t]{1,2}((?:19|20)\d\d)\b(?![-–/]\d)")
# A figure a base moved to, its year the base's: 由2023年底的321所增加到, 从2022年的1.2万人提高至.
_FROM_BASE_TO = lazy_compile(
    r"(?:由|从)[^，,。；;由从]{0,12}?(?:19|20)\d\d[ \t]{0,2}年(?:底|末|初)?的?[^，,。；;]{0,16}?"
    r"(?:增加|增长|提高|上升|提升|减少|下降|扩大|缩小|增)(?:到|至)[ \t]{0,2}$"
)
FROM_BASE_REACH = 50
_NOW_BEFORE = lazy_compile(
    r"目前|截至目前|至此|当前|(?<![发实表出])现有|已(?:增至|增加到|发展到|达到?)|(?i:\bcurrently\b)"
)


APPOSITION_REACH = 24  # characters between an amount and its restatement in other words
_APPOSITION_BEFORE = lazy_compile(r"(?:,|，)?[ \t]{0,2}(?:or|即|合|[（(])[ \t]{0,2}$")


def _restated_in_apposition(reading: Reading, index: int) -> "Figure | None":
    """The figure right before this one that it restates in other words ("$250,000 a year, or $0.25 million",
    "1.2亿元（即12000万元）"): the same value, joined by "or", 即, 合 or a parenthesis. None otherwise."""
    if index <= 0:
        return None
    figure, previous = reading.figures[index], reading.figures[index - 1]
    text = reading.document.visible_text
    if (
        previous.nominal != figure.nominal
        or previous.unit not in (figure.unit, figure.unit + "/year")
        or figure.start - previous.end > APPOSITION_REACH
    ):
        return None
    return previous if _APPOSITION_BEFORE.search(text, previous.end, figure.start) else None


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


# A company's legal form (股份有限公司, 有限公司) names no company: two firms share it, as they share 的.
LEGAL_FORMS_CJK = ("股份有限公司", "有限责任公司", "有限公司")
_VERBS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _word in sorted(FIGURE_VERBS_CJK + LEGAL_FORMS_CJK, key=len, reverse=True):
    _VERBS_BY_FIRST[_word[0]] = _VERBS_BY_FIRST.get(_word[0], ()) + (_word,)


def functional_flags(tokens) -> list[bool]:
    """Per token: a marker, a function character, part of a word that introduces a figure (投入, raised) or of a
    company's legal form (有限公司)."""
    flags = [False] * len(tokens)
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if token == "有" and "".join(tokens[position : position + 4]) == "有限公司":
            flags[position : position + 4] = [True] * 4  # (有 of 有限公司 is no stop character alone)
            position += 4
            continue
        if token in MARKERS or token in STOP_CHARACTERS or token in FIGURE_VERBS_LATIN:
            flags[position] = True
            position += 1
            continue
        for word in _VERBS_BY_FIRST.get(token, ()):
            if "".join(tokens[position : position + len(word)]) == word:
                for offset in range(len(word)):
                    flags[position + offset] = True
                position += len(word)
                break
        else:
            position += 1
    return flags


def content_tokens(tokens: list[str]) -> list[str]:
    """Content tokens only: markers, function characters and the words that introduce a figure removed."""
    return [token for token, functional in zip(tokens, functional_flags(tokens)) if not functional]
