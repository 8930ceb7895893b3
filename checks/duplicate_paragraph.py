"""A paragraph repeats another, whole, cut short, or with a few characters changed.

## What it flags
Paragraphs are lines of text, compared in their normalized view: punctuation
width, whitespace and line breaks inside CJK text do not count, as in quote
matching, so an ASCII-comma copy matches a full-width-comma one. The later
copy is the primary location (it is the one to delete or fix), the earlier
one the related location; each paragraph is reported at most once inside its
document and once across documents, against the earlier paragraph it repeats
most closely.

Inside one document:

- **exact** repeats (error). A copy broken over two lines (a PDF column
  break, as 002's `…卓然气` / `质。…`) is a whole copy, reported once over
  both lines;
- **truncated** copies (error): one copy is the other cut off in
  mid-sentence, at its end or at its start. The cut copy's label and the
  evidence (`cut after` or `begins at`, and `missing`) show where it stops;
- copies that differ **only in figures** (warning): the message puts the
  figures side by side, `"108万元" vs "118万元"`, and the evidence lists them
  under `first copy` and `second copy`;
- **near** repeats (warning): rapidfuzz's similarity is at least
  `near_threshold` (90%); a cut-off copy with a few characters changed is
  one too. The evidence lists the `differences`;
- **shared passages** (info, `passage_severity`): two otherwise different
  paragraphs share a run of at least `min_passage_length` (30) characters. A
  copy that stops exactly at the end of a sentence counts here: it reads as
  a sentence quoted again (a photo caption repeating the first sentence of a
  paragraph), not as a pasting accident. So does a quote repeated whole with
  its speaker named shortly the second time (`付凌晖表示，…` after
  `国家统计局新闻发言人…付凌晖在…发布会上表示，…`; `Smith said …` after
  `Mayor Jane Smith said at Tuesday's meeting …`): a recap, not a cut; and
  one quote given twice to different attributions (`…的专家认为，…` then
  `…丁守海对证券时报记者表示，…`, the same words after each).

Across documents the same kinds are reported at `cross_document_severity`
(info): articles of one series legitimately share text, but a reader should
see it; `cross_document: false` turns this off. Two paragraphs of different
documents are compared when they share a run of `min_length` characters or
are equal once their figures are masked.

Not flagged:

- a paragraph shorter than `min_length` (20) normalized characters takes no
  part at all: captions, bylines (`本报记者 王恩旭`), slogans;
- a heading printed twice word for word (a line of a heading's shape, no
  sentence mark and no figure: `A brief description of Consumer Price
  Inflation` in a bulletin's contents and over its section);
- an English heading (at most 60 characters, its words capitalised: `Total UK
  Public Sector Employment`) whose words a paragraph holds: it names what the
  paragraph speaks of;
- two paragraphs that open with different years and differ in every other
  figure too (`2024年，…321公里…8.6亿元。` / `2023年，…312公里…7.9亿元。`): one
  statement told for two years (a copy whose year alone changed is still one);
- a cut copy shorter than `min_passage_length` that holds no clause mark,
  does not close with a Chinese sentence's end (。！？) and has fewer than 24
  Chinese characters (a clause's worth): a phrase on a line of its own (`in constant currency)` where a release breaks
  its bullets across lines) that other lines hold is said twice, not cut short;
- two statements of one pattern, their words and their figures both
  different (`Revenue was $64.7 billion and increased 15%…` / `Operating income
  was $27.9 billion and increased 15%…`: the bullets of an earnings release;
  they open differently, where a draft copy edited in place keeps its opening;
  also after an article, with a subject of a letter or a digit: `The 2 line
  had the most…` / `The G line had the fewest…`; and a line that reads as the
  other with a part named before it and every figure different, `Revenue of
  $12.4 billion, up 8%…` / `Cloud revenue of $7.9 billion, up 11%…`),
  are no near repeat; their shared words may still be a shared passage;
- shared sentences shorter than `min_passage_length` inside otherwise
  different paragraphs (`完整准确全面贯彻新时代党的治疆方略`);
- across documents, boilerplate: a paragraph found (figures aside) in more
  than `boilerplate_frequency` (20) paragraphs of the corpus, such as a
  series' standing paragraph, and shared runs whose shingles are that common;
- a caption restating a paragraph: a line that opens with a short label and a
  colon (`Back on track: Transit ridership has…`) or names who is pictured
  (`St Albans (pictured) in Hertfordshire…`, closing no sentence), against a
  paragraph that does neither;
- list items printed again under another heading (`## Saturday` … `- 9 a.m.: Pancake
  breakfast…` and the same under `## Sunday`): a schedule or a menu for each section;
- a copy that is the other without its attribution (`…£187,964 in February
  2014` / `…, according to Nationwide Building Society.`): a summary line, whole;
- the same numbered item (`4、`, `(四)`) of two lists, each under a heading of its
  own, with every figure different (`碘及衍生物` … `4、…毛利润占比为13%` / `氯化钾和硫酸钾` …
  `4、…占比为4%`): two sections told alike;
- a copy that begins right after a colon, 是 or an opening quotation mark of the
  other and closes its sentence (`…的规矩：红白喜事一律从简…。` then `红白喜事一律从简…。`):
  what the colon introduces said again, not a cut;
- a line of at most 40 characters with the words of a later paragraph but its
  closing mark (`联动，不仅是要素的畅通，更是看得见的“合体”` over a section that closes with
  the same sentence and 。): a subheading its section restates;
- lists that run side by side, line by line, the first figure and at least
  half of the figures of each pair of lines different (`Third Quarter 2025 Results` / `Sales of $1.38 billion`,
  then `Full Year 2025 Results` / `Sales of $5.84 billion`, a line and its
  neighbour both so): one list told for two periods; a paste edited in place
  changes a figure or two and leaves its neighbours as they were;
- items of one enumeration, paragraphs at most three apart that each close
  with a semicolon (`任何人不得…作出、發放或轉載任何…的言論；` / `任何人不得…作出任何…
  的行為；`): worded alike by design (an exact copy is still one);
- a block quote restating a prose paragraph: pull quotes and key-point
  boxes (`> ◎从区域分布看，…`) repeat the body by design;
- rows of a table set as text, one line a period, each a short line that
  opens with its label and a colon (`2015/16年度財政預算案：寬減75%，每宗個案以
  20,000元為上限` / `2016/17年度…`), each in a run of such rows: rows repeat their
  terms from period to period and under each heading (the same relief for two
  taxes) by design. A row written twice under one label in one run, or a
  single labelled line (`2023年：营业收入13.6亿元…` twice), is still a copy.

An article's opening paragraph under its headline that the body repeats word
for word further down (not in the next paragraph) is reported as info: a web
page's summary box or a pull quote set under the headline does that by design
as often as a paste does. So is an opening that puts its dateline and source
before a paragraph further down (`财联社5月17日讯，财政部数据显示，…` over the release's
own item), and an opening of whole sentences that a paragraph
further down holds within it (a summary lifting a sentence from the body),
and a near repeat of two lead-ins that each end with a colon (`…for the Base
System are detailed as follows:` / `…for the FasTracks Project…`) with
something between them: each introduces its own table or list (two in a row
are a paste, a warning). A document's first line counts as the headline here
when it has a Chinese headline's longer shape (`…GDP：10城超万亿，还有4城7千亿`).

Cost grows linearly with the corpus: candidates come from an index of
shingles and fingerprints (auditor/paragraph_index.py), never from comparing
every pair of paragraphs.

## Why it matters
Layout tools paste a paragraph twice and sub-editors cut one copy short; the
reader sees the same figures twice, or a sentence that stops in mid-air. A
copy that differs in one figure is worse: one of the two figures is wrong.

## Example
004 ends with the paragraph `翻开“首年答卷”,南通智力援疆硕果累累:…` twice. The
second copy (line 53) stops after `投入援疆资金480万元`:

    004_33cfab6a1a367774.txt:53:1 error Paragraph repeats the paragraph at
    line 51 but is cut off after "投入援疆资金480万元"

## How to fix
Delete the later copy, or restore the missing text if both copies were meant
to stay. For copies that differ in a figure, check which figure is right and
keep one paragraph. Raise `min_passage_length`, or set `passage_severity` to
`off`, if your house style quotes long sentences in captions; set
`cross_document: false` to compare documents only with themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.collector import cycle_collector_paused
from auditor.documents import Paragraph
from auditor.findings import Finding, Severity
from auditor.normalize import fold
from auditor.paragraph_index import (
    ParagraphIndex,
    Unit,
    common_runs,
    mask_figures,
    max_indel_edits,
    qgram_bound,
)
from auditor.patterns import lazy_compile
from auditor.structure import first_line_headline

# Shingle length inside a document: short enough that the q-gram bound still
# admits a 20-character paragraph with two characters changed.
WITHIN_SHINGLE = 4
# Shingle length across documents: long enough that unrelated articles rarely
# share one by chance (四字 set phrases are common, eight characters much less).
CROSS_SHINGLE = 8
# Inside one document, a paragraph is compared with at most this many earlier candidates, the nearest ones.
MAX_EARLIER_CANDIDATES = 16

EXACT, TRUNCATED, FIGURES, NEAR, PASSAGE = "exact", "truncated", "figures", "near", "passage"
_RANK = {EXACT: 5, TRUNCATED: 4, FIGURES: 3, NEAR: 2, PASSAGE: 1}
_KIND_NAMES = {
    EXACT: "exact repeat",
    TRUNCATED: "truncated copy",
    FIGURES: "figures differ",
    NEAR: "near repeat",
    PASSAGE: "shared passage",
}

# Normalized text (auditor.normalize) has 。！？ as . ! ? and …… as "......".
_SENTENCE_END = ".!?"
_CLOSERS = "\"')]}》〉】"
_LEADING_PUNCTUATION = set(",.;:!?)]}、》〉】")
_CLAUSE_BREAK = lazy_compile(r"[,，、;；:：。.!！?？…]")
_UNITS = (
    "平方公里|平方米|立方米|公里|千米|米|万元|亿元|元|人次|人|名|个|家|所|项|场次|场|次|批次|批|户|亩|吨|"
    "倍|周年|年|月|日|天|岁|只|棵|封|列|趟|节|座|套|件|台|辆|条|篇|期|%|‰"
)
# A figure as shown to the reader: the number and its magnitude and unit, so a
# changed digit reads "108万元" vs "118万元" rather than "0" vs "1".
_FIGURE = lazy_compile(
    r"(?:[0-9]+(?:[.,][0-9]+)*|[零〇一二两三四五六七八九十百千万亿]+)(?:多|余)?[十百千万亿]*(?:多|余)?(?:"
    + _UNITS
    + ")?"
)
_SHOWN = 20  # characters of a clipped excerpt in messages and evidence
_MAX_DIFFERENCES = 3

Span = tuple[int, int]
# The second line of a copy broken over two lines: its finding comes from the first line.
_REPORTED_WITH_PREVIOUS_LINE = object()


@dataclass(frozen=True)
class _Settings:
    """This check's options, read once per run."""

    min_length: int
    near_threshold: float
    min_passage_length: int
    passage_severity: Severity | None  # None: shared passages are not reported
    cross_document: bool
    cross_document_severity: Severity
    boilerplate_frequency: int

    @classmethod
    def of(cls, audit: Audit) -> "_Settings":
        def severity(name: str) -> Severity | None:
            value = audit.option(CHECK, name)
            if value is False or str(value).lower() == "off":
                return None
            try:
                return Severity.parse(str(value))
            except ValueError:
                raise ValueError(
                    f"{CHECK.id}: option {name} must be error, warning, info or off, not {value!r}"
                ) from None

        cross_severity = severity("cross_document_severity")
        return cls(
            min_length=int(audit.option(CHECK, "min_length")),
            near_threshold=float(audit.option(CHECK, "near_threshold")),
            min_passage_length=int(audit.option(CHECK, "min_passage_length")),
            passage_severity=severity("passage_severity"),
            cross_document=bool(audit.option(CHECK, "cross_document")) and cross_severity is not None,
            cross_document_severity=cross_severity or Severity.INFO,
            boilerplate_frequency=int(audit.option(CHECK, "boilerplate_frequency")),
        )


@dataclass(frozen=True)
class _Match:
    """How the later unit repeats the earlier one. Spans are in normalized text."""

    kind: str
    earlier: Unit
    later: Unit
    similarity: float
    earlier_span: Span  # whole paragraph, except for a passage
    later_span: Span
    cut_copy: str = ""  # truncated: "earlier" or "later", the copy that is cut
    cut: str = ""  # truncated: "end" (the copy stops early) or "start" (it begins late)
    window: Span = (0, 0)  # truncated: where the cut copy sits in the complete one
    differences: tuple[tuple[Span, Span], ...] = ()  # (span in earlier, span in later)
    passages: int = 0
    # exact: the next paragraph that completes a copy broken over two lines
    earlier_rest: Paragraph | None = None
    later_rest: Paragraph | None = None

    @property
    def key(self) -> tuple:
        return (_RANK[self.kind], self.similarity, self.later_span[1] - self.later_span[0], -self.earlier.id)


def run(audit: Audit):
    # Computed whole before the first finding is handed out, so the collector is
    # never left paused while the caller works.
    with cycle_collector_paused():
        findings = _findings(audit)
    yield from findings


def _findings(audit: Audit) -> list[Finding]:
    settings = _Settings.of(audit)
    # A paragraph shorter than min_length takes no part at all: not as a copy, not as a passage.
    index = ParagraphIndex(audit.documents.values(), settings.min_length)
    units = index.units
    # Paragraphs equal once figures are masked (exact copies included), found by hash at any distance.
    masked_groups = index.groups(mask_figures)
    comparer = _Comparer(settings, index, masked_groups)

    within: dict[int, _Match] = {}
    grouped_within: dict[int, list[tuple[int, int]]] = {}
    for pair in _pairs_within_groups(index, masked_groups):
        grouped_within.setdefault(units[pair[0]].document, []).append(pair)
    for document in range(len(index.documents)):
        pairs = set(index.within_document_pairs(document, WITHIN_SHINGLE, comparer.shingles_needed))
        pairs.update(grouped_within.get(document, ()))
        for earlier, later in sorted(_nearest_candidates(pairs)):
            _keep_best(within, comparer.compare(units[earlier], units[later]))

    across: dict[int, _Match] = {}
    if settings.cross_document and len(index.documents) > 1:
        window = max(1, settings.min_length - CROSS_SHINGLE + 1)
        pairs = index.cross_document_pairs(CROSS_SHINGLE, window, settings.boilerplate_frequency)
        # A paragraph found more often than boilerplate_frequency is a standing text of a series.
        not_boilerplate = {
            text: ids for text, ids in masked_groups.items() if len(ids) <= settings.boilerplate_frequency
        }
        pairs.update(_pairs_across_groups(index, not_boilerplate))
        for earlier, later in sorted(pairs):
            _keep_best(across, comparer.compare(units[earlier], units[later]))

    findings = []
    for best, cross in ((within, False), (across, True)):
        for later_id in sorted(best):
            finding = _finding(index, best[later_id], settings, cross)
            if finding is not None:
                findings.append(finding)
    return findings


# Blocks that restate running prose by design when the copy is in prose: a block quote set apart (a pull
# quote, a key-points box "◎从区域分布看，…").
_SUMMARY_ROLES = frozenset({"quote"})


def _nearest_candidates(pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The pairs to compare: for each later paragraph, its MAX_EARLIER_CANDIDATES nearest earlier candidates.

    Each later paragraph keeps one best match, and a document of hundreds of paragraphs alike once figures are
    masked (a list of projects and sums) makes every earlier one a candidate: comparing them all took minutes
    for 100 KB. Paragraphs with fewer candidates (every one in ordinary text) are compared as before."""
    by_later: dict[int, list[int]] = {}
    for earlier, later in pairs:
        by_later.setdefault(later, []).append(earlier)
    if all(len(earliers) <= MAX_EARLIER_CANDIDATES for earliers in by_later.values()):
        return pairs
    return {
        (earlier, later)
        for later, earliers in by_later.items()
        for earlier in sorted(earliers)[-MAX_EARLIER_CANDIDATES:]
    }


def _pairs_within_groups(index: ParagraphIndex, groups: dict[str, list[int]]):
    """Every pair of members of a group in one document (the shingle bound does not cover them)."""
    units = index.units
    for ids in groups.values():
        by_document: dict[int, list[int]] = {}
        for unit_id in ids:
            by_document.setdefault(units[unit_id].document, []).append(unit_id)
        for members in by_document.values():
            for position, later in enumerate(members):
                for earlier in members[:position]:
                    yield (earlier, later) if earlier < later else (later, earlier)


def _pairs_across_groups(index: ParagraphIndex, groups: dict[str, list[int]]):
    """Each member of a group against the group's earliest member in another document."""
    units = index.units
    for ids in groups.values():
        first_in: dict[int, int] = {}
        for unit_id in ids:
            document = units[unit_id].document
            earlier = next((first for doc, first in first_in.items() if doc != document), None)
            if earlier is not None:
                yield earlier, unit_id
            first_in.setdefault(document, unit_id)


def _keep_best(best: dict[int, _Match], match: "_Match | None") -> None:
    if match is None:
        return
    current = best.get(match.later.id)
    if current is None or match.key > current.key:
        best[match.later.id] = match


class _Comparer:
    """Decides what kind of repeat a candidate pair is, if any (rapidfuzz does the scoring)."""

    def __init__(self, settings: _Settings, index: ParagraphIndex, masked_groups: dict[str, list[int]]):
        from rapidfuzz import fuzz
        from rapidfuzz.distance import Levenshtein

        self.settings = settings
        self.index = index
        self.masked_group = {unit_id: number for number, ids in enumerate(masked_groups.values()) for unit_id in ids}
        self.ratio = fuzz.ratio
        self.partial_alignment = fuzz.partial_ratio_alignment
        self.opcodes = Levenshtein.opcodes
        # What shingles_needed asks of every pair; None when shared passages are not reported.
        self._passage_shingles = (
            settings.min_passage_length - WITHIN_SHINGLE + 1 if settings.passage_severity is not None else None
        )
        self._min_length = settings.min_length
        self._threshold = settings.near_threshold

    def shingles_needed(self, shorter: int, longer: int, shorter_shingles: int) -> int:
        """Fewest shared shingles a pair of one document needs to be any kind of repeat."""
        # Called for every pair of paragraphs of a document that share a shingle, so the bounds that
        # depend only on the settings are worked out once, in __init__.
        bound = self._passage_shingles
        if shorter >= self._min_length:
            # A near repeat needs the shorter text's shingles minus k per edit, and is impossible when
            # the lengths alone differ by more edits than it allows; a (near) truncated copy, the
            # shorter text against a window of its own length, allows max_indel_edits(shorter,
            # shorter, ...). Exact repeats are truncated copies too; paragraphs equal once figures
            # are masked are compared whatever they share (`_findings`).
            edits = max_indel_edits(shorter, longer, self._threshold)
            if longer - shorter > edits:
                edits = max_indel_edits(shorter, shorter, self._threshold)
            near = qgram_bound(shorter_shingles, WITHIN_SHINGLE, edits)
            bound = near if bound is None else min(bound, near)
        return shorter_shingles + 1 if bound is None else max(1, bound)

    def compare(self, earlier: Unit, later: Unit) -> _Match | None:
        settings = self.settings
        roles = {earlier.paragraph.role, later.paragraph.role}
        if len(roles) > 1 and roles & _SUMMARY_ROLES:
            return None  # a pull quote or a key-points box restates the body on purpose
        if self._table_rows(earlier, later):
            # "2015/16年度財政預算案：寬減75%…" / "2016/17年度…": the rows of a table set as text, one a period; rows
            # repeat their terms from period to period and under each heading by design
            return None
        a, b = earlier.text, later.text
        if bool(_PICTURED_END.search(earlier.paragraph.text)) != bool(_PICTURED_END.search(later.paragraph.text)):
            # "… open until December 2021. Pictured: Therese Coffey": a caption that repeats a sentence of the
            # story under a picture, on purpose (the same paragraph and caption twice is still a copy)
            return None
        if roles == {"list"} and self._under_two_headings(earlier, later):
            # "## Saturday" / "- 9 a.m.: Pancake breakfast, fire hall, $8" and the same under "## Sunday": a list
            # printed for each section (a schedule, a menu), on purpose
            return None
        if _caption(earlier.paragraph.text) != _caption(later.paragraph.text):
            # "Back on track: Transit ridership has now fully recovered…" over the story's "Transit ridership has now
            # fully recovered…": a caption restating the story under its picture, on purpose
            return None
        short, long = sorted((a, b), key=len)
        if long.startswith(short) and _ATTRIBUTION_REST.fullmatch(long, len(short)):
            return None  # "…in February 2014" over "…in February 2014, according to Nationwide": whole, unattributed
        whole_a, whole_b = (0, len(a)), (0, len(b))
        if min(len(a), len(b)) >= settings.min_length:
            if a == b and _heading_line(earlier.paragraph.text) and _heading_line(later.paragraph.text):
                # "A brief description of Consumer Price Inflation" over two sections of a bulletin: a heading
                # printed again (a contents list, a running head), no paragraph pasted twice
                return None
            if a == b:
                return _Match(EXACT, earlier, later, 100.0, whole_a, whole_b)
            if len(a) <= SUBHEADING_MAX and b.startswith(a) and _SENTENCE_MARKS_ONLY.fullmatch(b, len(a)):
                # 联动，不仅是要素的畅通，更是看得见的“合体” over a section that closes with the same words and 。: a
                # subheading its section restates, nothing of it cut
                return None
            # A cut copy keeps at least a passage or two clauses: a shorter line that another holds ("in constant
            # currency)", a label) is a phrase said twice, not a paragraph cut short
            cut_allowed = _more_than_a_phrase(min(a, b, key=len), settings.min_passage_length)
            shorter = earlier if len(a) < len(b) else later
            if _heading_of(shorter.paragraph.text):
                # "Total UK Public Sector Employment", a heading over the bulletin's "total UK public sector
                # employment decreased…": the heading names what the paragraph opens with; nothing is repeated
                return None
            match = self._truncated(earlier, later) if cut_allowed else None
            if match is _REPORTED_WITH_PREVIOUS_LINE:
                return None
            if _subheading_echo(match):
                return None
            if match is not None:
                return match
            group = self.masked_group.get(earlier.id)
            if group is not None and group == self.masked_group.get(later.id):
                if (
                    self._parallel_lists(earlier, later)
                    or _years_apart_opening(a, b)
                    or self._sections_apart(earlier, later)
                ):
                    return None
                return _Match(
                    FIGURES, earlier, later, self.ratio(a, b), whole_a, whole_b, differences=self._differences(a, b)
                )
            similarity = self.ratio(a, b, score_cutoff=settings.near_threshold)
            if similarity and _parallel(a, b):
                return None  # two statements of one pattern: their shared words are the pattern, no passage
            if similarity and _items_of_one_list(earlier, later):
                return None
            if similarity:
                return _Match(NEAR, earlier, later, similarity, whole_a, whole_b, differences=self._differences(a, b))
            match = self._near_truncated(earlier, later) if cut_allowed else None
            if match is not None and not _subheading_echo(match):
                window = (a if match.cut_copy == "later" else b)[match.window[0] : match.window[1]]
                other = b if match.cut_copy == "later" else a
                # ("- Revenue of $44.1 billion, up 12% from Q4 and up 69%…" / "- Data Center revenue of $39.1 billion,
                # up 10% from Q4 and up 73%…": the pattern again, of a part named before it, every figure its own)
                if not _parallel(window, other) and not _all_figures_differ(window, other):
                    return match
        if settings.passage_severity is None:
            return None
        if _heading_line(min(earlier, later, key=lambda unit: len(unit.text)).paragraph.text):
            return None  # a subheading that names what a longer paragraph says: its words, no passage pasted
        runs = [_trimmed(run, b) for run in common_runs(a, b, settings.min_passage_length)]
        runs = [run for run in runs if run[2] >= settings.min_passage_length]
        if not runs:
            return None
        a_start, b_start, length = max(runs, key=lambda run: (run[2], -run[1], -run[0]))
        return _Match(
            PASSAGE, earlier, later, 100.0, (a_start, a_start + length), (b_start, b_start + length), passages=len(runs)
        )

    def _truncated(self, earlier: Unit, later: Unit):
        """One copy is exactly the other one cut off in mid-sentence (a cut at a sentence end is a quotation, and
        a copy that ends a sentence of its own, "…下降2个百分点。" before "…下降2个百分点；比同期…", a summary).

        A copy broken over two lines (PDF layout) is whole: what it lacks is
        the paragraph right after it (or right before it). It is an exact
        repeat, reported once, from its first line.
        """
        a, b = earlier.text, later.text
        if len(a) == len(b):
            return None
        cut_copy = "later" if len(b) < len(a) else "earlier"
        short, long = (b, a) if cut_copy == "later" else (a, b)
        piece = later if cut_copy == "later" else earlier
        if long.startswith(short):
            rest = self._neighbour(piece, +1)
            if rest is not None and fold(rest.text) == long[len(short) :]:
                if cut_copy == "later":
                    return _Match(EXACT, earlier, later, 100.0, (0, len(a)), (0, len(b)), later_rest=rest)
                return _Match(EXACT, earlier, later, 100.0, (0, len(a)), (0, len(b)), earlier_rest=rest)
            if (
                not _ends_sentence(long, len(short))
                and not _ends_sentence(short, len(short))
                and not _ATTRIBUTION_REST.fullmatch(long, len(short))
            ):
                return _Match(
                    TRUNCATED, earlier, later, 100.0, (0, len(a)), (0, len(b)), cut_copy, "end", (0, len(short))
                )
        if long.endswith(short):
            before = self._neighbour(piece, -1)
            if before is not None and fold(before.text) == long[: len(long) - len(short)]:
                return _REPORTED_WITH_PREVIOUS_LINE
            start = len(long) - len(short)
            # A copy that begins at a clause of the other and is a whole sentence itself restates that clause
            # ("…，而在当前能源供应偏紧背景下，多地也将…纳入工作重点。" then the same clause as a paragraph).
            if not _starts_sentence(long, start) and not _restates_clause(
                long, start, short, (earlier if cut_copy == "later" else later).paragraph.text
            ):
                return _Match(
                    TRUNCATED, earlier, later, 100.0, (0, len(a)), (0, len(b)), cut_copy, "start", (start, len(long))
                )
        return None

    def _table_rows(self, earlier: Unit, later: Unit) -> bool:
        """Two period rows, each in a run of them, with different labels or in different runs (a heading between):
        a row written twice in one run, or a single labelled line, may still be a paste."""
        label_a, label_b = _period_row(earlier.paragraph.text), _period_row(later.paragraph.text)
        if not label_a or not label_b or earlier.document != later.document:
            return False
        if not all(
            any(
                (neighbour := self._neighbour(unit, step)) is not None and _period_row(neighbour.text)
                for step in (-1, 1)
            )
            for unit in (earlier, later)
        ):
            return False
        if label_a != label_b:
            return True
        paragraphs = self.index.document_of(earlier).paragraphs
        between = paragraphs[earlier.paragraph.index + 1 : later.paragraph.index]
        return any(not _period_row(paragraph.text) for paragraph in between)

    def _parallel_lists(self, earlier: Unit, later: Unit) -> bool:
        """Lines of two lists that run side by side, line by line, every figure of each pair different: a
        release's results for one period, then the same list for another ("Fourth Quarter 2025 Results: Sales of
        $1.38 billion…" / "Full Year 2025 Results: Sales of $5.84 billion…"). A paste edited in place changes a
        figure or two of one paragraph and leaves its neighbours as they were."""
        if not _every_figure_differs(earlier.text, later.text):
            return False
        units = self.index.units
        for step in (-1, 1):
            first, second = earlier.id + step, later.id + step
            if not (0 <= first < len(units) and 0 <= second < len(units)) or {first, second} & {earlier.id, later.id}:
                continue
            a, b = units[first], units[second]
            if (
                a.document == earlier.document
                and b.document == later.document
                and a.paragraph.index == earlier.paragraph.index + step
                and b.paragraph.index == later.paragraph.index + step
                and self.masked_group.get(a.id) is not None
                and self.masked_group.get(a.id) == self.masked_group.get(b.id)
                and _every_figure_differs(a.text, b.text)
            ):
                return True
        return False

    def _sections_apart(self, earlier: Unit, later: Unit) -> bool:
        """Two items of the same place in lists under two headings, every figure different ("碘及衍生物" … "4、报告期
        内，该业务的毛利润占比为13%。" / "氯化钾和硫酸钾" … "4、…占比为4%。"): each heading's business, told alike."""
        a, b = _LIST_NUMBER.sub("", earlier.text, count=1), _LIST_NUMBER.sub("", later.text, count=1)
        if not _every_figure_differs(a, b):
            return False
        return self._under_two_headings(earlier, later)

    def _under_two_headings(self, earlier: Unit, later: Unit) -> bool:
        """Each unit stands under a heading of its own (the nearest heading line above it), and they differ."""
        headings = []
        for unit in (earlier, later):
            for step in range(1, SECTION_REACH + 1):
                above = self._neighbour(unit, -step)
                if above is None:
                    break
                if _heading_line(above.text):
                    headings.append(above)
                    break
        return (
            len(headings) == 2
            and headings[0].start < earlier.paragraph.start < headings[1].start < later.paragraph.start
            and fold(headings[0].text) != fold(headings[1].text)
        )

    def _neighbour(self, unit: Unit, step: int) -> Paragraph | None:
        paragraphs = self.index.document_of(unit).paragraphs
        position = unit.paragraph.index + step
        return paragraphs[position] if 0 <= position < len(paragraphs) else None

    def _near_truncated(self, earlier: Unit, later: Unit) -> _Match | None:
        """The shorter copy matches the start or the end of the longer one with a few characters changed."""
        a, b = earlier.text, later.text
        if len(a) == len(b):
            return None
        cut_copy = "later" if len(b) < len(a) else "earlier"
        short, long = (b, a) if cut_copy == "later" else (a, b)
        threshold = self.settings.near_threshold
        # A window of `long` at its start (or end) scoring `threshold` against `short`
        # is at least threshold/(200-threshold) of short's length, so the
        # same-length head (or tail) still scores 100*threshold/(200-threshold):
        # a cheap ratio() rules out most pairs before the costly alignment.
        floor = 100 * threshold / (200 - threshold) - 1e-6
        n = len(short)
        if not (self.ratio(short, long[:n], score_cutoff=floor) or self.ratio(short, long[-n:], score_cutoff=floor)):
            return None
        alignment = self.partial_alignment(short, long, score_cutoff=threshold)
        if alignment is None or alignment.src_start != 0 or alignment.src_end != len(short):
            return None
        start, end = alignment.dest_start, alignment.dest_end
        if _no_figure_in_common(short, long[start:end]):
            # "Lincoln University by $1.08 million, for $16.2 million total." / "Pitt by $10.8 million, for $162.3
            # million total.": entries of one list, worded alike; a cut copy keeps its figures
            return None
        if (
            start == 0
            and end < len(long)
            and not _ends_sentence(long, end)
            and not _ends_sentence(short, len(short))
            and not _ATTRIBUTION_REST.fullmatch(long, end)
        ):
            cut = "end"
        elif (
            end == len(long)
            and start > 0
            and not _starts_sentence(long, start)
            and not _restates_clause(long, start, short, (earlier if cut_copy == "later" else later).paragraph.text)
        ):
            cut = "start"
        else:
            return None
        shifted = [(s, (w0 + start, w1 + start)) for s, (w0, w1) in self._differences(short, long[start:end])]
        # (span in the short copy, span in the long copy) -> (span in earlier, span in later)
        differences = tuple((x, y) if cut_copy == "earlier" else (y, x) for x, y in shifted)
        return _Match(
            TRUNCATED,
            earlier,
            later,
            alignment.score,
            (0, len(a)),
            (0, len(b)),
            cut_copy,
            cut,
            (start, end),
            differences,
        )

    def _differences(self, a: str, b: str) -> tuple[tuple[Span, Span], ...]:
        """Spans where a and b differ, each widened to the whole figure it touches (or to a little context)."""
        found: list[tuple[Span, Span]] = []
        for opcode in self.opcodes(a, b):
            if opcode.tag == "equal":
                continue
            span_a = _widen(a, opcode.src_start, opcode.src_end)
            span_b = _widen(b, opcode.dest_start, opcode.dest_end)
            if found and (span_a[0] <= found[-1][0][1] or span_b[0] <= found[-1][1][1]):
                (a0, a1), (b0, b1) = found.pop()
                span_a = (min(a0, span_a[0]), max(a1, span_a[1]))
                span_b = (min(b0, span_b[0]), max(b1, span_b[1]))
            found.append((span_a, span_b))
        return tuple(found)


_FIGURE_DIGITS = re.compile(r"\d[\d,.]*\d|\d")


_NUMBER = lazy_compile(r"\d[\d,.]*\d|\d")
_WORD_OR_HAN = lazy_compile(r"[A-Za-z]{2,}|[\u4e00-\u9fff]")


# (a sentence's end inside counts too: a copy of two short sentences is no phrase; not a decimal point)
_INNER_CLAUSE_MARK = lazy_compile(r"[，,；;](?=.)|[。.!?！？](?=[^\d\s])|[。.!?！？]\s(?=\S)")


# A paragraph closed by whom a picture shows: "… Pictured: Therese Coffey", "Pictured above: Mayor Dr. Jane Smith."
_PICTURED_END = lazy_compile(
    r"[.!?'\"’”][ \t]{1,2}Pictured(?:[ \t](?:above|below|left|right|here|top|bottom|inset))?[ \t]{0,2}:[ \t]{0,2}"
    r"(?:[^.!?:\n]|\.(?=[ \t][A-Z])){1,80}\.?[ \t]*$"
)


# A caption as picture desks write it: a short label and a colon before the sentence ("Back on track: Transit
# ridership has…", "On the market: London remains…"), or who is pictured, in brackets ("St Albans (pictured) in
# Hertfordshire was named…") in a line that closes no sentence.
_CAPTION_LABEL = lazy_compile(r"^[A-Z][A-Za-z'’]{1,15}(?:[ \t][A-Za-z'’]{1,15}){0,3}:[ \t]{1,2}(?=[A-Z\"“‘'])")
_PICTURED_INSIDE = lazy_compile(
    r"\((?:pictured|left|right|above|below|top|bottom|inset|centre|center)"
    r"(?:[ \t](?:left|right|above|below|top|bottom|centre|center|with[^)]{1,40}))?\)"
)
_CLOSES_SENTENCE = lazy_compile(r"[.!?。！？][\"'’”)）]{0,2}[ \t]*$")


def _caption(text: str) -> bool:
    """A line with a caption's shape (_CAPTION_LABEL, _PICTURED_INSIDE)."""
    return bool(_CAPTION_LABEL.match(text)) or (
        bool(_PICTURED_INSIDE.search(text)) and not _CLOSES_SENTENCE.search(text)
    )


# What a copy that stops before it may leave out and still be whole: who said it ("…£187,964 in February 2014,
# according to Nationwide Building Society."), as a summary line or a caption restating the paragraph drops it.
_ATTRIBUTION_REST = lazy_compile(
    r"[ \t]{0,2}[,，][ \t]{0,2}(?:according[ \t]to|said|says|reported|data[ \t]from|figures[ \t]from)\b"
    r"[^.!?]{0,80}[.!?]?[ \t]*"
)


# A line no longer than this, with the words of a later paragraph and only its closing mark missing, is a
# subheading that paragraph restates.
SUBHEADING_MAX = 40
_SENTENCE_MARKS_ONLY = lazy_compile(r"[.!?。！？…]{1,3}")


# A Chinese sentence's end as folding writes it (。 → .): after a character or a closing mark, not a Latin word.
_CHINESE_SENTENCE_END = lazy_compile(r"[\u4e00-\u9fff）)”\"][.!?]$")


# An item of an enumeration closes with a semicolon (…的言論；), the last with a full stop.
_ITEM_END = lazy_compile(r"[；;][ \t]{0,2}$")
LIST_ITEMS_APART = 3  # paragraphs between two items of one enumeration, at most


def _items_of_one_list(earlier: Unit, later: Unit) -> bool:
    """Two paragraphs of one document, close together, each closing with a semicolon: items of one enumeration
    (`任何人不得…作出、發放或轉載任何…的言論；` / `任何人不得…作出任何…的行為；`), worded alike by design."""
    return (
        earlier.document == later.document
        and abs(later.paragraph.index - earlier.paragraph.index) <= LIST_ITEMS_APART
        and _ITEM_END.search(earlier.paragraph.text) is not None
        and _ITEM_END.search(later.paragraph.text) is not None
    )


def _more_than_a_phrase(text: str, passage: int) -> bool:
    # (a Chinese sentence's end closing it: 训(部组"山东")（南通去）工作疆工祖国训从首条做电。 is the tail of a
    # sentence cut short, where a phrase or a slogan said twice closes with no 。; and CHINESE_PHRASE_MAX Chinese
    # characters or more are a clause's worth, however few the characters in all: a slogan is shorter)
    return (
        len(text) >= passage
        or bool(_INNER_CLAUSE_MARK.search(text))
        or bool(_CHINESE_SENTENCE_END.search(text))
        or len(_HAN_CHARACTER.findall(text)) >= CHINESE_PHRASE_MAX
    )


_HAN_CHARACTER = lazy_compile(r"[\u4e00-\u9fff]")
CHINESE_PHRASE_MAX = (
    24  # Chinese characters a slogan or a phrase said twice stays under (完整准确全面贯彻新时代党的治疆方略: 17)
)


_DATELINE_OPENING = lazy_compile(r"^.{0,40}?(?:\)|\d{4})[ \t]{0,2}[—–-]{1,2}[ \t]{0,2}")


# A short line that opens with a label naming a year or a fiscal year, then a colon: a row of a table set as text.
_PERIOD_LABEL = lazy_compile(
    r"\s{0,3}[^：:。，,！？!?\n]{0,24}?(?:19|20)\d\d(?:/\d\d)?[^：:。，,！？!?\n\d]{0,16}[：:]"
)
_ROW_LENGTH = 100


def _period_row(text: str) -> str:
    """The period label a table row opens with ("2015/16年度財政預算案："), or ""."""
    match = _PERIOD_LABEL.match(text) if len(text.strip()) <= _ROW_LENGTH else None
    return match.group(0).replace(" ", "") if match is not None else ""


_OPENING_YEAR = lazy_compile(
    r"\s{0,3}(?:(?:19|20)\d\d[ \t]{0,2}年|(?i:in[ \t]{1,2}(?:fiscal[ \t]{1,2})?)(?:19|20)\d\d\b)"
)


def _years_apart_opening(a: str, b: str) -> bool:
    """Two paragraphs that open with different years (2024年，全县新建改建农村公路321公里… / 2023年，…312公里…): one
    statement told for two years, its figures changed because the years are."""
    first, second = _OPENING_YEAR.match(a), _OPENING_YEAR.match(b)
    if first is None or second is None or first.group(0) == second.group(0):
        return False
    # every other figure changed with the year (a copy whose year alone was changed is still a copy)
    rest_a, rest_b = _NUMBER.findall(a[first.end() :]), _NUMBER.findall(b[second.end() :])
    return bool(rest_a) and len(rest_a) == len(rest_b) and all(x != y for x, y in zip(rest_a, rest_b))


# A list item's number: 4、 (folded to 4,), 4., (四), （四）.
_LIST_NUMBER = lazy_compile(
    r"^[ \t]{0,2}(?:\d{1,2}[、,.．)）](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、,])"
)
SECTION_REACH = 8  # paragraphs above an item looked at for the heading of its section


def _every_figure_differs(a: str, b: str) -> bool:
    """The two texts state as many figures, and most of them (at least half, and the first) differ place by place:
    one list's line for two periods ("Net sales of $412.6 million, up 3.1%" / "$1,236.9 million, up 3.1%")."""
    numbers_a, numbers_b = _NUMBER.findall(a), _NUMBER.findall(b)
    if not numbers_a or len(numbers_a) != len(numbers_b) or numbers_a[0] == numbers_b[0]:
        return False
    differ = sum(1 for x, y in zip(numbers_a, numbers_b) if x != y)
    return 2 * differ >= len(numbers_a)


# (not a name's digits: Q4, G318, COVID-19)
_AMOUNT_DIGITS = lazy_compile(r"(?<![A-Za-z\d.,-])\d[\d,.]*\d|(?<![A-Za-z\d.,-])\d(?![\d])")


def _all_figures_differ(a: str, b: str) -> bool:
    """Two or more figures each, as many, and every one differs place by place: a line of one pattern stated of
    another thing, not a copy with a figure changed (108万元 / 118万元 beside the same other figures)."""
    numbers_a, numbers_b = _AMOUNT_DIGITS.findall(a), _AMOUNT_DIGITS.findall(b)
    return (
        len(numbers_a) >= 2 and len(numbers_a) == len(numbers_b) and all(x != y for x, y in zip(numbers_a, numbers_b))
    )


def _parallel(a: str, b: str) -> bool:
    """Two statements of one pattern about different things: their figures differ and so do their words
    ("Revenue was $64.7 billion and increased 15%" / "Operating income was $27.9 billion and increased 15%"; the
    bullets of an earnings release). A copy with a few characters changed keeps either its words or its figures."""
    numbers_a, numbers_b = _NUMBER.findall(a), _NUMBER.findall(b)
    if not numbers_a or numbers_a == numbers_b:
        return False
    a, b = _DATELINE_OPENING.sub("", a), _DATELINE_OPENING.sub("", b)
    words_a, words_b = _WORD_OR_HAN.findall(_NUMBER.sub("", a)), _WORD_OR_HAN.findall(_NUMBER.sub("", b))
    # (their subjects differ: they open differently, after an article, "The 2 line had…" / "The G line had…"; a
    # draft copy edited in place keeps its opening)
    # the same article, then a name of a letter or two that the words leave out: "The 2 line" / "The G line",
    # "The A team cleared 412…" / "The B team cleared 388…"
    first, second = _SHORT_NAME_OPENING.match(a), _SHORT_NAME_OPENING.match(b)
    if first and second and first.group(1).lower() != second.group(1).lower():
        return True
    return words_a != words_b and words_a[:1] != words_b[:1]


_SHORT_NAME_OPENING = lazy_compile(r"\s{0,3}(?i:the|an?)\s{1,2}([A-Za-z0-9]{1,2})\s")


def _no_figure_in_common(short: str, long: str) -> bool:
    """The shorter text states figures and the longer one none of them, and their words differ too: entries of
    one list ("Lincoln University by $1.08 million" / "Pitt by $10.8 million"); a cut copy whose figure was
    changed ("the $84 million budget, which" / "the $86 million budget, which takes effect…") keeps its words."""
    figures = set(_FIGURE_DIGITS.findall(short))
    if not figures or figures & set(_FIGURE_DIGITS.findall(long)):
        return False
    return _FIGURE_DIGITS.sub("#", short).strip() != _FIGURE_DIGITS.sub("#", long)[: len(short)].strip()


def _widen(text: str, start: int, end: int) -> Span:
    widened = False
    for figure in _FIGURE.finditer(text):
        if figure.start() > end:
            break
        touches = (
            figure.start() < end and figure.end() > start if end > start else figure.start() <= start <= figure.end()
        )
        if touches:
            start, end = min(start, figure.start()), max(end, figure.end())
            widened = True
    if widened:
        return start, end
    return max(0, start - 2), min(len(text), end + 2)


def _heading_of(text: str) -> bool:
    """A short line set as a heading: English words each capitalised ("Total UK Public Sector Employment"),
    nothing more. A paragraph's opening words are not written so."""
    from auditor.structure import is_title_like

    text = text.strip()
    return (
        bool(text)
        and text.isascii()
        and len(text) <= HEADING_LENGTH
        and is_title_like(text)
        and all(word[:1].isupper() or word.lower() in _SMALL_WORDS for word in text.split())
        and len(text.split()) >= 2
    )


HEADING_LENGTH = 60
_SMALL_WORDS = frozenset("a an the of in on for and or to at by with vs".split())


def _ends_sentence(text: str, cut: int) -> bool:
    """`cut` falls right after the end of a sentence of `text`."""
    position = cut - 1
    while position >= 0 and text[position] in _CLOSERS:
        position -= 1
    if position < 0 or text[position] not in _SENTENCE_END:
        return False
    if cut < len(text):
        following = text[cut]
        # "1." followed by a digit is a decimal point, not a full stop (but "19.5%。8月份", folded to "%.8", ends a
        # sentence); and a cut
        # inside a run of marks ("……" is "......", "。”") is not after the sentence
        decimal = text[position] == "." and following.isdigit() and position > 0 and text[position - 1].isdigit()
        if decimal or following in _SENTENCE_END or following in _CLOSERS:
            return False
    return True


def _restates_clause(long: str, start: int, short: str, original: str) -> bool:
    """A copy that begins right after a clause mark of the other (，；), is a whole sentence itself and less than
    half of the other restates that clause: not a cut (most of a paragraph again is a repeat). The mark is looked for in the `original` text of the longer copy (folding makes
    、 a comma, and a copy beginning inside an enumeration is cut), when folding kept its length."""
    before = original if len(original) == len(long) else long
    if not _ends_sentence(short, len(short)):
        return False
    if _CONTENT_START_BEFORE.search(before[max(0, start - 4) : start]):
        return True  # 规矩：红白喜事一律从简…。, 最大的变化是年轻人愿意回来了…。: what the colon or 是 introduces, said again
    return len(short) * 2 < len(long) and bool(_CLAUSE_START_BEFORE.search(before[max(0, start - 4) : start]))


_CLAUSE_START_BEFORE = lazy_compile(r"[，；;,][ \t]{0,2}$")
# What introduces a whole statement of its own: a colon, 是, an opening quotation mark.
_CONTENT_START_BEFORE = lazy_compile(r"(?:[：:“\"]|是)[ \t]{0,2}$")
_CONNECTIVE_BEFORE = lazy_compile(r"[，；;,][ \t]{0,2}(?:而且?|并且?|且|但是?|同时|此外|(?i:and|but))[ \t]{0,2}$")


def _after_connective(long: str, start: int, short: str) -> bool:
    """A copy that begins after a clause mark and a connective ("…，而在当前…") and is a whole sentence: a
    restated clause as often as a cut, so reported for information only."""
    return (
        len(short) * 2 < len(long)
        and bool(_CONNECTIVE_BEFORE.search(long[max(0, start - 8) : start]))
        and _ends_sentence(short, len(short))
    )


_ATTRIBUTION = lazy_compile(
    r"([\u4e00-\u9fff·]{2,8}?)(?:表示|说|指出|强调|介绍|认为|称)[，,：:]"
    r"|([A-Z][A-Za-z.'-]{1,20}(?: [A-Z][A-Za-z.'-]{1,20}){0,2}) (?:said|says|told|noted|added)\b"
)


def _shortened_attribution(long: str, start: int, short: str) -> bool:
    """A quote repeated whole with its attribution shortened on second mention ("国家统计局新闻发言人…付凌晖在
    …发布会上表示，…" then "付凌晖表示，…"; "Mayor Jane Smith said at Tuesday's meeting…" then "Smith said…"):
    a restatement news style makes, not a cut."""
    m = _ATTRIBUTION.match(short)
    if m is None or not _ends_sentence(short, len(short)):
        return False
    speaker = m.group(1) or m.group(2).split()[-1]
    return speaker in long[:start] or speaker in long[: start + len(m.group(0))]


# "接受证券时报记者采访的专家认为，" / "…丁守海对证券时报记者表示，": who said it, before what was said.
_ATTRIBUTION_OPENING = lazy_compile(
    r"^[^，,。！？!?]{2,60}?(?:认为|表示|说|指出|强调|介绍|称|坦言|透露)[，,：:][ \t]{0,2}"
)
MIN_QUOTED = 20


def _quote_with_another_speaker(first: str, second: str) -> bool:
    """Two paragraphs that say the same words after different attributions (专家认为，… / 丁守海…表示，…): a quote
    given once to the experts and once to the expert by name, as news restates it, not a paste."""
    one, other = _ATTRIBUTION_OPENING.match(first), _ATTRIBUTION_OPENING.match(second)
    if one is None or other is None or fold(first[: one.end()]) == fold(second[: other.end()]):
        return False
    said = fold(first[one.end() :])
    return len(said) >= MIN_QUOTED and said == fold(second[other.end() :])


def _opening_restated(document, earlier, later) -> bool:
    """The earlier copy is the article's first paragraph of prose, set under its headline, and the later one is
    not the next: an opening (a summary box, a pull quote under the headline) that the body restates, not a
    paragraph pasted twice."""
    prose = document.prose
    if len(prose) >= 2 and _headline_on_first_line(document, prose[0]):
        prose = prose[1:]
    elif not any(paragraph.role == "title" for paragraph in document.paragraphs if paragraph.start < earlier.start):
        return False  # no headline above it: the text starts there, and a repeat of it is a paste
    if not prose or prose[0].start != earlier.start:
        return False
    following = [paragraph for paragraph in prose if paragraph.start > earlier.start]
    return bool(following) and following[0].start != later.start


def _subheading_echo(match) -> bool:
    """A copy that begins late and has a heading's shape: "Why insurance costs are surging" under the headline
    "'Everything is rising…': Why car and home insurance costs are surging" is a subheading echoing the headline's
    end (a paragraph whose opening was cut still ends its sentence)."""
    if match is None or match is _REPORTED_WITH_PREVIOUS_LINE or match.cut != "start":
        return False
    return _heading_line((match.later if match.cut_copy == "later" else match.earlier).paragraph.text)


def _heading_line(text: str) -> bool:
    """A heading's shape: one line, short, no sentence mark and no figure (`A brief description of Consumer Price
    Inflation`, `一、产业概况`)."""
    from auditor.structure import is_title_like

    stripped = text.strip()
    return "\n" not in stripped and not any(ch.isdigit() for ch in stripped) and is_title_like(stripped)


def _headline_on_first_line(document, paragraph) -> bool:
    """A document's first line read as prose that has a Chinese headline's longer shape
    (15个副省级城市GDP：10城超万亿，还有4城7千亿). Only the opening rule takes it for a headline: structure
    keeps such a line as prose, as a sentence broken off on the first line has the same shape."""
    return not document.text[: paragraph.start].strip() and first_line_headline(paragraph.text)


def _starts_sentence(text: str, start: int) -> bool:
    return start == 0 or _ends_sentence(text, start)


def _trimmed(run, text: str) -> tuple[int, int, int]:
    """A shared run without leading punctuation: a passage is shown from its first word."""
    a_start, b_start, length = run.a_start, run.b_start, run.length
    while length and text[b_start] in _LEADING_PUNCTUATION:
        a_start, b_start, length = a_start + 1, b_start + 1, length - 1
    return a_start, b_start, length


# --------------------------------------------------------------------------- reporting


def _finding(index: ParagraphIndex, match: _Match, settings: _Settings, cross: bool) -> Finding | None:
    earlier, later = match.earlier, match.later
    earlier_document, later_document = index.document_of(earlier), index.document_of(later)
    line = earlier_document.position(earlier.paragraph.start)[0]
    where = f"the paragraph at {earlier_document.path}:{line}" if cross else f"the paragraph at line {line}"

    def source(unit: Unit, span: Span) -> Span:
        return index.source_span(unit, *span)

    def text(unit: Unit, span: Span) -> str:
        start, end = source(unit, span)
        return index.document_of(unit).text[start:end]

    later_label, earlier_label = "second copy", "first copy"
    evidence: list[tuple[str, str]] = [("kind", _KIND_NAMES[match.kind]), ("similarity", _percent(match.similarity))]
    if match.earlier_rest is not None:
        rest_line = earlier_document.position(match.earlier_rest.start)[0]
        where = (
            f"the paragraph at {earlier_document.path}:{line}, broken over lines {line} and {rest_line},"
            if cross
            else f"the paragraph broken over lines {line} and {rest_line}"
        )
        earlier_label = f"first copy, broken over lines {line} and {rest_line}"
    if match.kind == EXACT:
        severity = Severity.ERROR
        message = f"Paragraph repeats {where} word for word"
        if not cross and _opening_restated(earlier_document, earlier.paragraph, later.paragraph):
            # A standfirst, summary box or pull quote set under the headline restates a paragraph of the body
            # on purpose as often as a paste does: for information.
            severity = Severity.INFO
            evidence.append(("position", "the article's opening paragraph, restated further down"))
        if match.later_rest is not None:
            first, rest = (
                later_document.position(later.paragraph.start)[0],
                later_document.position(match.later_rest.start)[0],
            )
            message += f", broken over lines {first} and {rest}"
            later_label = f"second copy, broken over lines {first} and {rest}"
    elif match.kind == TRUNCATED:
        severity = Severity.ERROR if match.similarity >= 100 else Severity.WARNING
        cut_unit, whole_unit = (later, earlier) if match.cut_copy == "later" else (earlier, later)
        if match.cut == "start" and _after_connective(whole_unit.text, match.window[0], cut_unit.text):
            severity = Severity.INFO  # as often a clause restated as its own sentence as a cut
        if match.cut == "start" and _shortened_attribution(whole_unit.text, match.window[0], cut_unit.text):
            severity = Severity.INFO  # a quote restated with its speaker named shortly
        if _quote_with_another_speaker(earlier.paragraph.text, later.paragraph.text):
            severity = Severity.INFO  # 专家认为，… then 丁守海…表示，…: one quote given to its speaker by name
        if (
            match.cut_copy == "later"
            and match.cut == "start"
            and not cross
            and _opening_restated(earlier_document, earlier.paragraph, later.paragraph)
        ):
            # The opening under the headline is a paragraph of the body with its dateline and source put before
            # it (财联社5月17日讯，财政部数据显示，… and, further down, the release's own item): for information.
            severity = Severity.INFO
            evidence.append(("position", "the article's opening paragraph, a paragraph further down with a lead-in"))
        elif (
            match.cut_copy == "earlier"
            and not cross
            and _ends_sentence(cut_unit.text, len(cut_unit.text))
            and _opening_restated(earlier_document, earlier.paragraph, later.paragraph)
        ):
            # A summary under the headline lifts whole sentences from the body (without the 不过 / But that
            # tied them to the sentence before): for information, as for an opening restated whole.
            severity = Severity.INFO
            evidence.append(("position", "the article's opening paragraph, a passage of a paragraph further down"))
        cut_text = cut_unit.paragraph.text
        whole_length = len(whole_unit.text)
        if match.cut == "end":
            shown = _last_clause(cut_text)
            missing = text(whole_unit, (match.window[1], whole_length))
            cut_how, whole_how, verb = f'cut off after "{shown}"', f'goes on after "{shown}"', "is cut off after"
            evidence += [
                ("cut after", _marked(shown, cut_text, at_start=True)),
                ("missing", f"{_clip_start(missing)} ({len(missing)} characters)"),
            ]
        else:
            shown = _first_clause(cut_text)
            missing = text(whole_unit, (0, match.window[0]))
            cut_how, whole_how, verb = (
                f'begins only at "{shown}"',
                f'has {len(missing)} more characters before "{shown}"',
                "begins only at",
            )
            evidence += [
                ("begins at", _marked(shown, cut_text, at_start=False)),
                ("missing", f"{_clip_end(missing)} ({len(missing)} characters)"),
            ]
        lead = (
            f"Paragraph repeats {where}"
            if match.similarity >= 100
            else f"Paragraph nearly repeats {where} ({_percent(match.similarity)} similar)"
        )
        if match.cut_copy == "later":
            later_label, earlier_label = f"second copy, {cut_how}", f"first copy, {whole_how}"
            message = f'{lead} but {verb} "{shown}"'
        else:
            later_label, earlier_label = f"second copy, {whole_how}", f"first copy, {cut_how}"
            message = f'{lead}, which {verb} "{shown}"'
    elif match.kind == FIGURES:
        severity = Severity.WARNING
        pairs = [(text(earlier, x), text(later, y)) for x, y in match.differences]
        count = "one figure" if len(pairs) == 1 else f"{len(pairs)} figures"
        shown = ", ".join(f'"{x}" vs "{y}"' for x, y in pairs[:_MAX_DIFFERENCES])
        message = f"Paragraph repeats {where} with {count} changed: {shown}"
        evidence += [("first copy", ", ".join(x for x, _ in pairs)), ("second copy", ", ".join(y for _, y in pairs))]
    elif match.kind == NEAR:
        severity = Severity.WARNING
        message = f"Paragraph nearly repeats {where} ({_percent(match.similarity)} similar)"
        if _quote_with_another_speaker(earlier.paragraph.text, later.paragraph.text):
            severity = Severity.INFO  # one quote, attributed twice
        if (
            not cross
            and _LEAD_IN_END.search(earlier.paragraph.text)
            and _LEAD_IN_END.search(later.paragraph.text)
            # something they introduce stands between them: two lead-ins in a row are a paste
            and any(
                earlier.paragraph.end <= paragraph.start < later.paragraph.start
                for paragraph in later_document.paragraphs
            )
        ):
            # "…for the Base System only are detailed as follows:" and "…for FasTracks Project only…": each lead-in
            # introduces its own table or list in the same words, by design
            severity = Severity.INFO
            evidence.append(("position", "both introduce what follows them (they end with a colon)"))
    else:
        severity = settings.passage_severity
        if severity is None:
            return None
        length = len(text(later, match.later_span))
        message = f"Paragraph repeats a {length}-character passage of {where}"
        later_label, earlier_label = "repeated passage", "first occurrence"
        evidence.append(("shared", f"{length} characters"))
        if match.passages > 1:
            evidence.append(("passages", str(match.passages)))
    if match.differences and match.kind in (NEAR, TRUNCATED):
        changes = [f'"{text(earlier, x)}" → "{text(later, y)}"' for x, y in match.differences]
        if len(changes) > _MAX_DIFFERENCES:
            changes = changes[:_MAX_DIFFERENCES] + [f"and {len(changes) - _MAX_DIFFERENCES} more"]
        evidence.append(("differences", "; ".join(changes)))
    if cross:
        severity = settings.cross_document_severity
    later_start, later_end = source(later, match.later_span)
    earlier_start, earlier_end = source(earlier, match.earlier_span)
    if match.later_rest is not None:
        later_end = match.later_rest.end
    if match.earlier_rest is not None:
        earlier_end = match.earlier_rest.end
    location = later_document.location(later_start, later_end, label=later_label)
    related = earlier_document.location(earlier_start, earlier_end, label=earlier_label)
    return Finding(
        check=CHECK.id,
        severity=severity,
        message=message,
        location=location,
        related=(related,),
        evidence=tuple(evidence),
        identity=_identity(match),
    )


_LEAD_IN_END = lazy_compile(r"[:：]\s*$")


def _identity(match: _Match) -> str:
    """The normalized text of the pair (of the passage for a passage): stable when lines move."""
    if match.kind == PASSAGE:
        start, end = match.later_span
        return f"{PASSAGE}\x1f{match.later.text[start:end]}"
    earlier = match.earlier.text + (fold(match.earlier_rest.text) if match.earlier_rest is not None else "")
    later = match.later.text + (fold(match.later_rest.text) if match.later_rest is not None else "")
    return f"{match.kind}\x1f{earlier}\x1f{later}"


def _percent(similarity: float) -> str:
    # never round a near repeat up to 100%: that would read as an exact copy
    return "100%" if similarity >= 100 else f"{min(99, int(similarity))}%"


def _last_clause(text: str) -> str:
    text = text.rstrip()
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, max(0, len(text) - 1))), default=0)
    clause = text[start:]
    return clause if len(clause) <= _SHOWN else clause[-_SHOWN:]


def _first_clause(text: str) -> str:
    text = text.lstrip()
    found = _CLAUSE_BREAK.search(text, 1)
    clause = text[: found.start()] if found else text
    return clause if len(clause) <= _SHOWN else clause[:_SHOWN]


def _marked(shown: str, whole: str, at_start: bool) -> str:
    """`shown` with an ellipsis on the side where `whole` goes on."""
    if len(shown) == len(whole.strip()):
        return shown
    return f"…{shown}" if at_start else f"{shown}…"


def _clip_start(text: str) -> str:
    return text if len(text) <= _SHOWN else f"{text[:_SHOWN]}…"


def _clip_end(text: str) -> str:
    return text if len(text) <= _SHOWN else f"…{text[-_SHOWN:]}"


CHECK = Check(
    id="duplicate-paragraph",
    severity=Severity.ERROR,
    summary="A paragraph repeats another, whole, cut short or with a few characters changed",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    options=MappingProxyType(
        {
            "min_length": 20,
            "near_threshold": 90.0,
            "min_passage_length": 30,
            "passage_severity": "info",
            "cross_document": True,
            "cross_document_severity": "info",
            "boilerplate_frequency": 20,
        }
    ),
    limits=MappingProxyType(
        {
            "min_length": ("range", 1, None),
            "near_threshold": ("range", 0.0, 100.0),
            "min_passage_length": ("range", 1, None),
            "passage_severity": ("one of", "error", "warning", "info", "off"),
            "cross_document_severity": ("one of", "error", "warning", "info", "off"),
            "boilerplate_frequency": ("range", 1, None),
        }
    ),
)
