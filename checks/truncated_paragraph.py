"""Paragraphs broken off mid-sentence, with their continuation when it can be found.

## What it flags
A paragraph (a non-blank line) that ends mid-sentence: after any closing
quotation marks and brackets, its last character is not sentence-final
punctuation (。！？!?…；;：:—.). The span is the unfinished last clause.
Three cases are warnings, one is info:

- **broken**: the sentence goes on in another paragraph, shown as the related
  location ("it continues at line 25"). PDF columns and stray blank lines do
  this: 002 "…的卓然气" / "质。该项目…".
- **truncated**: no continuation is found; the rest is missing (001's columns,
  004's last line "…480万元").
- **orphan start**: a paragraph that plainly *begins* mid-sentence ("累累。如今…")
  and that no unfinished paragraph leads into: its beginning is missing.
- **missing full stop** (info): a paragraph, not the document's last, that ends
  with a figure and its unit ("…同比增长4.6%", "…培训各类人才7.8万余人") and has no
  continuation. Such a clause is a finished statement; a cut falling exactly
  after a figure's unit is rarer than a dropped 。 (in the 90 real articles of
  bench/realtext_sources.yaml the one such ending was a complete sentence).
  The document's last paragraph stays a warning: nothing shows it goes on.

Lines that are not prose are never flagged:

- **Title-like lines** (headings, bylines, sources): at most
  `max_heading_length` (30) characters, quotation marks and brackets balanced,
  no sentence-final punctuation anywhere (not even inside quotation marks), and
  outside quotation marks and brackets no punctuation but spaces, dashes and
  middle dots; or a single comma between two clauses of at least
  `min_heading_clause` (4) characters each ("边疆百姓的笑脸,印证了“稳稳的幸福”").
  So "在阿拉尔市的盐碱水塘里，昔日寸" (a 3-character clause) is prose, and so is
  "组织奎屯企业亮相全国糖酒会、亚欧商品贸易博览会,设立特色展区" (an enumeration
  comma outside quotes).
- **Headline and subheading shapes**, unless the very next paragraph plainly
  goes on with them (it opens with a particle or a stub, or closes a mark
  they leave open): the first line shaped as a headline (up to 50
  characters, three commas, an exclamation inside, a figure: "4.9%！三季度GDP
  同比增速放缓，经济结构持续优化，…") when the paragraph after it (past a 原标题
  line or a byline) is whole; a line inside of at most `max_heading_length`
  characters shaped as a subheading with two commas ("消费回暖，外贸趋稳，但
  压力犹在") or with 、 and no comma ("持续优化技术让发电更经济、输电更高效").
- **Captions and credits**: the text after the paragraph's last sentence mark
  ends with one of `caption_endings` (摄, 供图, 提供, 制图, 绘, 图片来源), has
  no comma and at most `max_heading_length` characters ("奎屯美景。徐州援疆工作组供图",
  "本报记者 王恩旭 王兆志 摄").
- **List items and picture pointers**: the paragraph starts with a bullet
  (• ▶ ■ ◆ ● - *) or an enumerator (1. 1、 (1) （一） 一、).
- **Lines without Chinese characters**: English headings run longer than the
  heading rule allows, so such lines are not judged.

The continuation of a paragraph P that ends mid-sentence is searched among
the prose paragraphs after it (captions and headings set between by the
layout are skipped): first the next prose paragraph, then the nearest later
one whose previous prose paragraph ended a sentence (so it starts a paragraph
without finishing anything). A candidate Q counts as starting mid-sentence when:

1. *stub*: Q's first clause is one character before a comma, or at most two
   characters before a sentence mark ("前,南通援疆医生…", "质。", "累累。");
2. *closes*: Q closes a curly or corner quotation mark or a bracket before
   opening one, of a kind P left open ("“政" / "企协同”运营模式");
3. *particle*: Q starts with clause punctuation or a particle that never
   begins a word (们 吗 呢 吧 嘛);
4. *dangling first character* (weak): Q's first two characters occur
   nowhere else in the document while its second and third do, and the first
   character is not a one-character word (pronoun, preposition, conjunction,
   adverb, numeral): "效提升40%" (提升 is a word here, 效提 is not). A
   stray character at the start of a paragraph is the tail of a word cut at the
   break (运输时|效).

The weak rule only pairs a paragraph with one that ends mid-sentence and the
finding says so in its assumption; an orphan start is reported on rules 1 and 3
only. Which paragraph a PDF column really continues in cannot be known from the
text alone: without a dictionary, "昔日寸" / "草不生" (寸草不生) is reported as
truncated, without its continuation.

## Why it matters
A sentence cut in two reads as two wrong sentences, and text lost at a column
or page break changes what the article says. Editors must join the pieces or
restore what is missing before publication.

## Example
```text
在伊宁县南通第二实验学校建设现场，记者看到，白雪覆盖下的校舍，依然显露出南通“建筑铁军”的卓然气

质。该项目总投资2.12亿元。
```
`Paragraph breaks off mid-sentence after "依然显露出南通“建筑铁军”的卓然气"; it continues at line 3`

## How to fix
Join a broken paragraph with its continuation (remove the line break and
blank lines between them); restore a truncated ending or beginning from the
source. Settings: `max_heading_length`, `min_heading_clause`,
`caption_endings`, `find_continuation` (false: report the break only).
"""

from __future__ import annotations

import bisect
import operator
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.documents import Document, Paragraph
from auditor.findings import Finding, Severity
from auditor.patterns import lazy_compile
from auditor.structure import first_line_headline, is_heading
from auditor.text import (
    BRACKET_PAIRS,
    HANZI,
    PARAGRAPH_ENDS,
    TRAILING_CLOSERS,
    after_last_mark,
    ends_sentence,
    is_name,
)

# Marks that may end a paragraph (：and —— introduce what follows; ；ends a list item), closers after them,
# and whether a paragraph ends: auditor/text.py.
SENTENCE_END = PARAGRAPH_ENDS
CLAUSE_MARKS = frozenset("，,、。！？!?；;：:…")
PAIRS = BRACKET_PAIRS
CLOSERS = {close: open_ for open_, close in PAIRS.items()}
# Only these characters matter to the bracket walks below; the regex engine skips the rest.
BRACKETS = lazy_compile("[" + re.escape("".join(PAIRS) + "".join(CLOSERS)) + "]")
# Characters that begin no word: a paragraph starting with one continues a sentence.
NON_INITIAL = frozenset("们吗呢吧嘛，,、。；;：:！!？?”’」』）)》")
# One-character words (pronouns, prepositions, conjunctions, adverbs, numerals):
# a paragraph may start with one before a two-character word ("在阿克苏…").
FREE_SINGLES = frozenset(
    "我你他她它咱这那此其该每各某本诸在从对向把被将与和及或跟同为以于由让使给比按据经自往朝当"
    "而并且但若如虽因既又也都还就才正已再不没未很更最太越所仅只均皆共另"
    "一二三四五六七八九十百千万两几半第今明去前后上下中内外有是"
)
LIST_MARKER = lazy_compile(
    r"^(?:[•▶►▷■□◆◇●○*\-]|\d{1,3}[.．、)）](?!\d)|[(（][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
)
MAX_SPAN = 20  # characters of an unfinished clause shown as the span


TWO_LINE_HEADING = 20  # characters in each line of a subheading set over two lines


def is_caption(text: str, endings: tuple[str, ...], max_length: int) -> bool:
    body = text.rstrip()
    while body and body[-1] in TRAILING_CLOSERS:
        body = body[:-1].rstrip()
    last_mark = max((body.rfind(mark) for mark in "。！？!?"), default=-1)
    credit = body[last_mark + 1 :].strip().lstrip("(（")
    return (
        bool(credit)
        and len(credit) <= max_length
        and not any(mark in credit for mark in "，,、")
        and credit.endswith(tuple(endings))
    )


@dataclass(frozen=True)
class _Para:
    """A paragraph and what the check needs to know about its end."""

    paragraph: Paragraph
    prose: bool
    open_end: bool  # prose that ends mid-sentence


def _unclosed_openers(text: str) -> set[str]:
    """Kinds of curly/corner quotes and brackets left open at the end of the text."""
    stack: list[str] = []
    for ch in BRACKETS.findall(text):
        if ch in PAIRS:
            stack.append(ch)
        elif ch in CLOSERS and stack and stack[-1] == CLOSERS[ch]:
            stack.pop()
    return set(stack)


def _closes_before_opening(text: str) -> set[str]:
    """Kinds of quotes/brackets the text closes before it opens one of that kind."""
    opened: set[str] = set()
    closed_first: set[str] = set()
    depth: Counter[str] = Counter()
    for ch in BRACKETS.findall(text):
        if ch in PAIRS:
            depth[ch] += 1
            opened.add(ch)
        elif ch in CLOSERS:
            opener = CLOSERS[ch]
            if depth[opener]:
                depth[opener] -= 1
            elif opener not in opened:
                closed_first.add(opener)
    return closed_first


def _first_clause(text: str) -> tuple[str, str]:
    """The text before the first clause mark, and that mark ('' when none)."""
    for index, ch in enumerate(text):
        if ch in CLAUSE_MARKS:
            return text[:index], ch
    return text, ""


def _strong_start(text: str) -> str | None:
    """Evidence, from the paragraph alone, that it begins mid-sentence."""
    if text[0] in NON_INITIAL:
        return "particle"
    clause, mark = _first_clause(text)
    clause = clause.strip()
    if clause and all(HANZI.match(ch) for ch in clause):
        if (mark in "，,、" and len(clause) == 1) or (mark in "。！？!?；;…" and len(clause) <= 2 and mark):
            return "stub"
    return None


def _may_dangle(text: str) -> bool:
    """Whether the paragraph's first characters are the kind `_dangling_start` judges."""
    return len(text) >= 3 and all(HANZI.match(ch) for ch in text[:3]) and text[0] not in FREE_SINGLES


def _dangling_start(text: str, bigrams: Mapping[str, int]) -> bool:
    # The occurrence at hand counts once: "elsewhere" means a count above one.
    return _may_dangle(text) and bigrams.get(text[:2], 0) <= 1 and bigrams.get(text[1:3], 0) >= 2


def _bigram_counts(text: str, wanted: set[str]) -> Mapping[str, int]:
    """How often each of `wanted` occurs in `text`, overlapping occurrences included."""
    if len(wanted) > 64:
        # Many lookups (a very long document): one pass counting every bigram costs less.
        return Counter(map(operator.add, text, text[1:]))
    return {bigram: _occurrences(text, bigram) for bigram in wanted}


def _occurrences(text: str, bigram: str) -> int:
    if bigram[0] != bigram[1]:
        return text.count(bigram)  # such a bigram cannot overlap itself
    count, index = 0, text.find(bigram)
    while index != -1:
        count += 1
        index = text.find(bigram, index + 1)
    return count


def _last_clause_span(paragraph: Paragraph) -> tuple[int, int]:
    text = paragraph.text
    start = 0
    # The clause before any marks the paragraph ends on ("…480万元，" shows 480万元，, not nothing).
    end = len(text)
    while end > 0 and (text[end - 1] in CLAUSE_MARKS or text[end - 1] in " \u3000"):
        end -= 1
    for index in range(end - 1, -1, -1):
        if text[index] in CLAUSE_MARKS:
            start = index + 1
            break
    # The clause starts after the space or closing quotation mark that ends the previous
    # sentence; a straight quote after a sentence mark closes it, after a comma it opens.
    while start < len(text) - 1 and (
        text[start] in " \u3000"
        or (text[start] in TRAILING_CLOSERS and (text[start] not in "\"'" or text[start - 1] in "。！？!?…"))
    ):
        start += 1
    start = max(start, len(text) - MAX_SPAN)
    return paragraph.start + start, paragraph.end


def _first_clause_span(paragraph: Paragraph) -> tuple[int, int]:
    clause, _ = _first_clause(paragraph.text)
    length = min(max(len(clause), 1), MAX_SPAN)
    return paragraph.start, paragraph.start + length


EVIDENCE_TEXT = {
    "stub": "its first clause is too short to be a sentence of its own",
    "closes": "it closes a quotation mark or bracket that the unfinished paragraph leaves open",
    "particle": "it starts with a mark or particle that cannot begin a sentence",
    "dangling": "its first character does not attach to the word after it (a word this document uses elsewhere)",
}


def run(audit: Audit):
    max_heading = int(audit.option(CHECK, "max_heading_length"))
    min_clause = int(audit.option(CHECK, "min_heading_clause"))
    endings = tuple(audit.option(CHECK, "caption_endings"))
    find_continuation = bool(audit.option(CHECK, "find_continuation"))
    for document in audit.documents.values():
        yield from _check_document(document, max_heading, min_clause, endings, find_continuation)


def _check_document(
    document: Document, max_heading: int, min_clause: int, endings: tuple[str, ...], find_continuation: bool
):
    paras: list[_Para] = []
    for paragraph in document.paragraphs:
        text = paragraph.text
        prose = paragraph.role in ("prose", "quote") and not (
            is_heading(text, max_heading, min_clause)
            or is_caption(text, endings, max_heading)
            or LIST_MARKER.match(text)
        )
        # The heading rule is calibrated on Chinese: a line without Chinese characters is not judged.
        prose = prose and bool(HANZI.search(text))
        paras.append(_Para(paragraph, prose, prose and not ends_sentence(text)))
    prose_indexes = [index for index, para in enumerate(paras) if para.prose]
    # Headline-shaped lines: a first line that reads as a headline (up to 50 characters, three commas, an
    # exclamation inside), a line inside shaped as a subheading with 、 or two commas (消费回暖，外贸趋稳，但压力犹在).
    # They are prose only when the very next paragraph plainly goes on with them (a particle or stub first, or
    # closing a mark they leave open; a dangling first character is too weak a sign against a heading's shape).
    # Subheadings are short: two commas within SUBHEADING_COMMAS characters (消费回暖，外贸趋稳，但压力犹在, 15), so
    # a longer line cut off mid-word (今年以来，全县持续推进乡村振兴，农民收入稳步增) stays a break.
    soft = {
        index
        for index in prose_indexes
        if is_heading(paras[index].paragraph.text, min(max_heading, SUBHEADING_COMMAS), min_clause, max_commas=2)
        or is_heading(paras[index].paragraph.text, max_heading, min_clause, max_commas=0, listing=True)
    }
    if len(prose_indexes) >= 2 and first_line_headline(paras[prose_indexes[0]].paragraph.text):
        # The first line is the headline when the paragraph after it is whole and starts a sentence of its own.
        first, second = prose_indexes[0], prose_indexes[1]
        # Between them only what the structure marks as no prose (原标题, a byline, a date), not a subheading.
        between = all(
            paras[index].paragraph.role in ("title", "byline", "end", "furniture") for index in range(first + 1, second)
        )
        # A lead-in that ends with a colon (九大要点如下：) is whole: the list it opens follows.
        lead_in = paras[second].paragraph.text.rstrip().endswith(("：", ":"))
        whole = between and (not paras[second].open_end or lead_in) and second not in soft
        if whole and not _strong_start(paras[second].paragraph.text):
            soft.add(first)
    for first in prose_indexes:
        # 浙江既是富裕程度最高地区，/ 又是收入分配差距最低地区: a two-line subheading, its first line ending in a
        # comma and its second (a heading by its own shape) a short line with no mark at all.
        head = paras[first].paragraph.text
        tail = paras[first + 1].paragraph.text if first + 1 < len(paras) else ""
        if (
            len(head) <= TWO_LINE_HEADING
            and head.endswith(("，", ","))
            and is_heading(head[:-1], TWO_LINE_HEADING, min_clause, max_commas=0)
            and tail
            and is_heading(tail, TWO_LINE_HEADING, min_clause, max_commas=0)
        ):
            soft.add(first)
    previous_prose = {b: a for a, b in zip(prose_indexes, prose_indexes[1:])}
    # Only the bigrams that open a candidate paragraph are ever looked up.
    openings = [paras[index].paragraph.text for index in prose_indexes]
    bigrams = _bigram_counts(document.visible_text, {t[i : i + 2] for t in openings if _may_dangle(t) for i in (0, 1)})

    def starts_paragraph(index: int) -> bool:
        before = previous_prose.get(index)
        return before is None or not paras[before].open_end

    # Computed once per paragraph: the search below may look at every later paragraph.
    strong_start = {index: _strong_start(paras[index].paragraph.text) for index in prose_indexes}
    closes_first = {index: _closes_before_opening(paras[index].paragraph.text) for index in prose_indexes}
    dangling = {index: _dangling_start(paras[index].paragraph.text, bigrams) for index in prose_indexes}
    left_open = {
        index: _unclosed_openers(paras[index].paragraph.text) for index in prose_indexes if paras[index].open_end
    }

    def evidence(candidate: int, unfinished: int) -> str | None:
        if strong_start[candidate]:
            return strong_start[candidate]
        if left_open[unfinished] & closes_first[candidate]:
            return "closes"
        if dangling[candidate]:
            return "dangling"
        return None

    continuation: dict[int, tuple[int, str]] = {}
    claimed: set[int] = set()
    if find_continuation:
        # The later candidates, by what makes them one: any evidence of their own, or closing a given mark.
        # Each search takes the nearest unclaimed one from the lists that apply, instead of walking every later
        # paragraph (a document of 10,000 broken lines took minutes).
        starting = [index for index in prose_indexes if starts_paragraph(index)]
        lists = {"own": _Candidates(i for i in starting if strong_start[i] or dangling[i])}
        for mark in sorted(set().union(*closes_first.values())):
            lists[mark] = _Candidates(i for i in starting if mark in closes_first[i])
        for position, index in enumerate(prose_indexes):
            if not paras[index].open_end:
                continue
            found = None
            following = prose_indexes[position + 1] if position + 1 < len(prose_indexes) else None
            if following is not None and following not in claimed:
                kind = evidence(following, index)
                if kind:
                    found = (following, kind)
            if found is None and following is not None:
                nearest = [lists["own"].first_after(following)]
                nearest += [lists[mark].first_after(following) for mark in left_open[index] if mark in lists]
                candidate = min((c for c in nearest if c is not None), default=None)
                if candidate is not None:
                    found = (candidate, evidence(candidate, index))
            if found:
                continuation[index] = found
                claimed.add(found[0])
                for candidates in lists.values():
                    candidates.claim(found[0])

    for position, index in enumerate(prose_indexes):
        para = paras[index]
        paragraph = para.paragraph
        following = prose_indexes[position + 1] if position + 1 < len(prose_indexes) else None
        found = continuation.get(index)
        if index in soft and (found is None or found[0] != following or found[1] == "dangling"):
            pass  # a headline or subheading: the paragraph right after it does not plainly go on with it
        elif para.open_end:
            last = position == len(prose_indexes) - 1
            if last and index not in continuation and is_name(after_last_mark(" ".join(paragraph.text.split()))):
                continue  # "…逐步缩小差距。郭晋晖": the reporter's name closes the article
            yield _ends_finding(document, paras, index, continuation.get(index), last, find_continuation)
        if find_continuation and index not in claimed and starts_paragraph(index) and strong_start[index]:
            start, end = _first_clause_span(paragraph)
            head = document.visible(start, end)
            yield Finding(
                check=CHECK.id,
                severity=CHECK.severity,
                message=f'Paragraph starts mid-sentence with "{head}"; no unfinished paragraph leads into it',
                location=_clause_location(document, start, end),
                evidence=(("starts with", head), ("evidence", EVIDENCE_TEXT[strong_start[index]])),
                identity=f"starts:{paragraph.text[:MAX_SPAN]}",
            )


class _Candidates:
    """Paragraph indexes in order; the first unclaimed one after a given index, in near-constant time (claimed
    positions point past themselves, and lookups shorten the chains they follow)."""

    def __init__(self, indexes):
        self.indexes = list(indexes)
        self.position = {index: position for position, index in enumerate(self.indexes)}
        self.next: dict[int, int] = {}  # claimed position -> a later position that may be free

    def _free(self, position: int) -> int:
        root = position
        while root in self.next:
            root = self.next[root]
        while position in self.next:
            self.next[position], position = root, self.next[position]
        return root

    def first_after(self, index: int) -> int | None:
        position = self._free(bisect.bisect_right(self.indexes, index))
        return self.indexes[position] if position < len(self.indexes) else None

    def claim(self, index: int) -> None:
        position = self.position.get(index)
        if position is not None:
            self.next[position] = position + 1


SUBHEADING_COMMAS = 20  # characters: the longest subheading with two commas
SHORT_CLAUSE = 4  # characters; a clause this short ("打", "喜") says nothing without the words around it


def _clause_location(document: Document, start: int, end: int, label: str = ""):
    """The clause's location; a short one keeps some of its line around it, the clause highlighted."""
    if end - start < SHORT_CLAUSE:
        return document.mark_location(start, end, label)
    return document.location(start, end, label)


def _ends_finding(
    document: Document, paras: list[_Para], index: int, found: tuple[int, str] | None, last: bool, searched: bool
) -> Finding:
    paragraph = paras[index].paragraph
    start, end = _last_clause_span(paragraph)
    tail = document.visible(start, end)
    evidence: list[tuple[str, str]] = [("ends with", tail)]
    related = ()
    fix = None
    assumption = None
    severity = CHECK.severity
    if found is None:
        message = f'Paragraph ends mid-sentence after "{tail}"'
        if last:
            message += "; the document ends here"
        elif searched and _ends_with_figure(tail):
            # "…同比增长4.6%" then a paragraph that starts a sentence of its own: a finished statement whose
            # full stop is missing, far likelier than a cut that fell exactly after a figure and its unit.
            message = f'Paragraph ends without a full stop after "{tail}"; the next paragraph starts a new sentence'
            severity = Severity.INFO
            fix = "end the sentence with 。"
        elif searched:
            message += "; no continuation found"
    else:
        target, kind = found
        other = paras[target].paragraph
        c_start, c_end = _first_clause_span(other)
        line = document.position(other.start)[0]
        message = f'Paragraph breaks off mid-sentence after "{tail}"; it continues at line {line}'
        related = (_clause_location(document, c_start, c_end, "continues here"),)
        evidence += [("continues with", document.visible(c_start, c_end)), ("evidence", EVIDENCE_TEXT[kind])]
        adjacent = target == index + 1
        if adjacent and kind != "dangling":
            fix = f"join with the paragraph at line {line}"
        else:
            which = (
                "the next prose paragraph"
                if adjacent or _next_prose(paras, index) == target
                else ("the nearest later paragraph that follows a finished sentence")
            )
            assumption = f"line {line} is taken as the continuation: it is {which}, and {EVIDENCE_TEXT[kind]}"
    return Finding(
        check=CHECK.id,
        severity=severity,
        message=message,
        location=_clause_location(document, start, end),
        related=related,
        evidence=tuple(evidence),
        fix=fix,
        assumption=assumption,
        identity=f"ends:{paragraph.text[-MAX_SPAN:]}",
    )


def _ends_with_figure(tail: str) -> bool:
    """Whether the clause ends with a figure and its unit (7.8万余人, 4.6%, 2.12亿元): a statement complete in
    itself. A bare number is not enough (a cut may fall inside one)."""
    from auditor.figures import find_figures

    text = tail.rstrip("".join(TRAILING_CLOSERS) + " \u3000")
    return any(figure.end == len(text) and figure.unit for figure in find_figures(text))


def _next_prose(paras: list[_Para], index: int) -> int | None:
    for later in range(index + 1, len(paras)):
        if paras[later].prose:
            return later
    return None


CHECK = Check(
    id="truncated-paragraph",
    severity=Severity.WARNING,
    summary="A paragraph ends (or starts) mid-sentence; its continuation is shown when found",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    opt_in=True,
    per_document=True,
    options=MappingProxyType(
        {
            "max_heading_length": 30,
            "min_heading_clause": 4,
            "caption_endings": ("摄", "供图", "提供", "制图", "绘", "图片来源"),
            "find_continuation": True,
        }
    ),
)
