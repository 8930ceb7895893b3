"""A count restated later in one article as "the N things" that the article's first figure for them contradicts.

## What it flags
A definite reference back to things already counted in the same document,
with a different number:
- English: the / these / those / its / their + N + the counted noun
  (`the 75 new teachers`) after `hired 57 new teachers`, going on with its
  verb (`the 28,000 households in the borough who…` is a new set, specified
  by its own words);
- Chinese: 这 / 该 / 这些 / 上述 + N + measure word, or N + measure word + the
  thing + 的 (`14个“海陵班”的任课教师`) after `共开设“海陵班”12个`.
The earlier figure must stand in an earlier sentence (in one sentence, two
counts are compared: `9个城市是1个城市`, `compared to the 11.4 million
people`), count the same things (in Chinese the thing named right before it, 污水处理厂6座,
or right after its measure word; in English the same noun, with no modifier the
restatement adds: `34 positions` is not `the 43 new positions`; the same
participle or adjective after it (irregular ones too: rebuilt, sold, paid): `212 homes destroyed` is not `the 85 homes
already rebuilt`, though a participle that repeats the verb the count was first given with is the same things
(`has built or preserved 1,146 affordable homes` … `the 1,164 homes built or preserved so far`), `a stage with 3,500 seats` not `the 21,000 seats available`), not be a rate (`every two students`), be the only figure for
them before the restatement (and no earlier count the restatement equals, of
them or, in English, under another noun: `A total of 1,236 volunteers…` before `Last year's
cleanup drew 940 volunteers` and `Of the 1,236 volunteers`; `built or preserved
1,146 affordable homes` … `Of the 1,146 units`; nor the sum of the counts of the
sentence right before it: `62 one-bedroom, 84 two-bedroom and 38 three-bedroom
apartments. Of the 184 units`), and disagree beyond rounding; a count joined to
its noun by a hyphen (`the 96-unit complex`) sizes one thing and refers to none,
and a count someone projected or planned (`came in below the 11,650 students
the district had projected`), or one measured against (`below the`, `short of
the`), is no reference to the things counted; figures in
sentences that name different years are not compared, nor an English
earlier figure that is a comparison's base (`compared with 27 positive pools at
the same point last year`, `up from`, 比), nor an English
restatement whose own sentence names its things before it (`the state-run
system of colleges and universities … merged six of the 14 universities`:
the 14 are of that system, not the `four state-related universities`), nor one of all the
things of a place (`全市1260座换热站的`) or of a neighbour or rival the line names before it (`Neighboring St.
Brennan's Hospital … its 310 beds`).

## Why it matters
A reporter who restates a count from memory transposes digits (57 → 75);
the restatement reads as a reference to the figure already given, so the
reader cannot tell which one is right.

## Example
`the district hired 57 new teachers over the summer` … `the 75 new teachers
had spent two weeks in training`: flagged. Not flagged: `the 57 new
teachers`, `hired 57 new teachers … the 3,400 teachers of the district`
(another noun phrase), `12 new teachers in 2023 … the 15 new teachers hired
in 2024` (another year).

## How to fix
Check the count at its source and correct the figure that is wrong.
"""

from __future__ import annotations

import re

from auditor.audit import Audit, Check
from auditor.checks._derived import COUNTED_DIMENSIONS, bounds, overlaps
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile
from auditor.text import HAN

_DEFINITE_EN = lazy_compile(r"(?i)\b(?:the|these|those|its|their)[ \t]{1,2}$")
_DEFINITE_CN = lazy_compile(r"(?:这|该|这些|上述|前述)$")
# Another body the sentence is about, named as a neighbour or a rival: "Neighboring St. Brennan's Hospital has
# filled its 310 beds".
VERB_REACH = 40  # characters before a count in which the verb a restatement's participle repeats is looked for
NEIGHBOUR_REACH = 160  # characters before a restatement in which a neighbour named in its line is looked for
_NEIGHBOUR_NAMED_EN = lazy_compile(r"\b(?:[Nn]eighbou?ring|[Nn]earby|[Rr]ival)[ \t]{1,2}(?:St\.[ \t]{1,2})?[A-Z]")
# All the things of a place or a body, right before a count: 全市1260座换热站的, 全部, 所有.
_WHOLE_BEFORE = lazy_compile(r"(?:全[市县区省镇乡州]|全部|所有)$")
# The thing a Chinese count names after its measure word, up to 的: 14个“海陵班”的.
_THING_AFTER_CN = lazy_compile('[“"‘]?([' + HAN + ']{2,8})[”"’]?(的)?')
# N个X的Y: the thing and 的, shortest first (14个“海陵班”的任课教师, 12个居家养老服务中心的运营).
_THING_OWNED_CN = lazy_compile('[“"‘]?([' + HAN + ']{2,8}?)[”"’]?的')
_SUBSET_BEFORE = lazy_compile(r"(?:其中|包括|另有|有|其余|剩余)$")
_YEAR = lazy_compile(r"(?:19|20)\d\d(?=年|\b)")
_QUOTES = re.compile('[“”"‘’「」]')
# What may stand between a thing and its count (常驻医师，共64名), and the thing's name itself, in 16 characters.
_TOTAL_WORD_END = re.compile(r"[，,]?(?:共|合计|总计|有|达到?|为|计)$")
_HAN_RUN_END = re.compile("[" + HAN + "]{1,16}$")
MIN_NAME = 3  # characters of a Chinese thing's name that must match (河长 alone is two: 3 keeps 这3个 from 3个)


def _english_thing(figure) -> tuple[str, ...] | None:
    """The words of the counted noun phrase ("new teachers"), or None when the figure counts no English noun."""
    written = figure.written_unit
    if not written or not written.isascii() or not re.fullmatch(r"[A-Za-z][A-Za-z \-]*", written):
        return None
    return tuple(written.lower().split())


def _restatement(text: str, figure) -> tuple[str, tuple[str, ...] | str] | None:
    """("en", noun words) or ("cn", thing) when the figure refers back to counted things; None otherwise."""
    words = _english_thing(figure)
    if words is not None:
        if _SPECIFIED_AFTER.match(text, figure.end):
            return None
        return ("en", words) if _DEFINITE_EN.search(text, max(0, figure.start - 8), figure.start) else None
    if _SUBSET_BEFORE.search(text, max(0, figure.start - 4), figure.start):
        return None  # 其中12个…的: a part of the things counted, not all of them again
    if _WHOLE_BEFORE.search(text, max(0, figure.start - 3), figure.start):
        return None  # 改造换热站47座 … 全市1260座换热站的: all there are, not the ones counted before
    owned = _THING_OWNED_CN.match(text, figure.end)
    if owned is not None:
        name = owned.group(1).rstrip("中里内上下间")
        return ("cn", name) if len(name) >= 2 else None
    thing = _THING_AFTER_CN.match(text, figure.end)
    if thing is None:
        return None
    if _DEFINITE_CN.search(text, max(0, figure.start - 3), figure.start):
        name = thing.group(1).rstrip("中里内上下间")  # 在这356名河长中: the thing is 河长
        return ("cn", name) if len(name) >= 2 else None
    return None


# A participle (or an adjective that follows its noun) right after the noun says which of the things are meant:
# 212 homes destroyed, the 85 homes already rebuilt, the 21,000 seats available.
_PARTICIPLE_AFTER = lazy_compile(
    r"[ \t]{1,2}((?:already|still|now|yet|being|currently)[ \t]{1,2})?"
    # (or an adjective that follows its noun: the 21,000 seats available, the 40 beds left)
    # (irregular participles too: the 85 homes already rebuilt, the 40 lots sold)
    r"([a-z]{3,}(?:ed|en|ing)|(?:re)?built|sold|bought|lost|paid|spent|kept|held|made|won|shut|struck|hit|cut|"
    r"available|left|eligible|vacant|outstanding|possible|unused|idle|open)\b"
)
# A definite count that its own words specify (the 28,000 households in the borough who…) introduces a set;
# one that refers back goes on with its verb (the 75 new teachers had spent…).
_SPECIFIED_AFTER = lazy_compile(
    r"(?i)[ \t]{1,2}(?:who|whom|whose|that|which|where|in|of|with|from|at|on|under|over|aged|living|across)\b"
)
# A count that is a rate (every two students, each 3 homes) names no set to refer back to.
_DISTRIBUTIVE_BEFORE = lazy_compile(r"(?i)\b(?:every|each|per|a|an)[ \t]{1,2}$|每[^\d，,。]{0,2}$")


def _names_own_set(before: str, thing: tuple[str, ...]) -> bool:
    """The sentence names the counted noun before the restatement, and not as a reference back to them ("the
    new teachers", "these universities"): "the state-run system of colleges and universities" is a set of its own."""
    head = re.escape(thing[-1])
    if not re.search(rf"(?i)\b{head}\b", before):
        return False
    phrase = r"[ \t]{1,2}".join(re.escape(word) for word in thing)
    return not re.search(rf"(?i)\b(?:the|these|those|its|their)[ \t]{{1,2}}{phrase}\b", before)


def _participle(text: str, figure) -> str | None:
    found = _PARTICIPLE_AFTER.match(text, figure.end)
    return found.group(2) if found else None


def _counts_same(text: str, earlier, later, language: str, thing) -> bool:
    """The earlier figure counts the same things: the same noun (no modifier the restatement lacks, the same
    participle after it), or in Chinese the thing named right before or after it."""
    if language == "en":
        words = _english_thing(earlier)
        if words is None or words[-1] != thing[-1] or not set(thing) <= set(words):
            return False
        first, again = _participle(text, earlier), _participle(text, later)
        if first is None and again is not None:
            # "has built or preserved 1,146 affordable homes" … "the 1,164 homes built or preserved so far": the
            # participle restates the verb the count was first given with ("destroyed 212 homes" is not "the 85 homes
            # already rebuilt")
            return (
                re.search(rf"\b{re.escape(again)}\b", text[max(0, earlier.start - VERB_REACH) : earlier.start])
                is not None
            )
        return first == again
    return _names_right_before(text, earlier, thing) or _same_start(thing, _thing_after(text, earlier))


def _names_right_before(text: str, figure, thing: str) -> bool:
    """The thing stands right before the figure (共/有/达 may come between): 污水处理厂6座, 开设“海陵班”12个.
    The restatement's thing runs on into its verb (这7座污水处理厂共处理…), so a name before the figure that
    begins it is enough."""
    before = _QUOTES.sub("", text[max(0, figure.start - 16) : figure.start])
    before = _TOTAL_WORD_END.sub("", before)
    run = _HAN_RUN_END.search(before)
    if run is None:
        return False
    name = run.group(0)
    return any(thing.startswith(name[cut:]) for cut in range(0, len(name) - MIN_NAME + 1))


def _thing_after(text: str, figure) -> str:
    found = _THING_AFTER_CN.match(text, figure.end)
    return found.group(1) if found else ""


def _same_start(a: str, b: str) -> bool:
    return (
        len(a) >= MIN_NAME
        and len(b) >= MIN_NAME
        and a[:MIN_NAME] == b[:MIN_NAME]
        and (a.startswith(b) or b.startswith(a) or a[:4] == b[:4])
    )


# A comparison's base right before a count: what it was at another time, not what is counted now.
_BASE_BEFORE = lazy_compile(
    r"(?:(?i:\b(?:compared[ \t]with|compared[ \t]to|up[ \t]from|down[ \t]from|versus|vs\.?))[ \t]{1,2}"
    r"(?:(?i:the|about|nearly|some)[ \t]{1,2})?|(?:比|较|同期)[^，,。；;\d]{0,8})$"
)


def _years(text: str, sentence) -> set[str]:
    return set(_YEAR.findall(text, sentence.start, sentence.end))


# A count someone projected or planned (not a modal: "the 1,420 new homes would be built by 2028" are the ones
# approved): "the 11,650 students the district had projected", 计划, 预计.
_PROJECTED = lazy_compile(
    r"(?i)\b(?:projected|forecast|predicted|expected|budgeted|planned|targeted|estimated|anticipated)\b|计划|预计|目标|预算"
)
# What a count is measured against, before "the": "came in below the 11,650 students", "short of the".
_COMPARED_BEFORE_EN = lazy_compile(
    r"(?i)\b(?:below|above|under|over|than|short[ \t]of|beyond|exceeding|exceeded)[ \t]{1,2}the[ \t]{1,2}$"
)


# A count joined to its noun by a hyphen, an adjective: "the 96-unit complex", "a 186-bed hospital".
_ATTRIBUTIVE_COUNT = lazy_compile(r"\d-[A-Za-z]")


def _sum_of_sentence_before(reading, index: int, sentence_start: int) -> bool:
    """Whether a count equals the sum of two or more counts of its dimension in the sentence right before it: the
    restatement names their total ("62 one-bedroom, 84 two-bedroom and 38 three-bedroom apartments. Of the 184
    units")."""
    figure = reading.figures[index]
    own = reading.sentence_of(index)
    if own.index == 0 or own.start != sentence_start:
        return False
    sentence = reading.sentences[own.index - 1]
    counts = [
        reading.figures[i]
        for i in reading.figures_in(sentence.start, sentence.end)
        if reading.figures[i].kind == "quantity" and reading.figures[i].same_dimension(figure)
    ]
    return len(counts) >= 2 and sum(f.nominal for f in counts) == figure.nominal


def run(audit: Audit):
    from auditor.discovery import comparable, reading_of
    from auditor.discovery.frames import neighbour_before

    for document in audit.documents.values():
        reading = reading_of(audit, document)
        text = reading.document.visible_text
        figures = reading.figures
        for later_index, later in enumerate(figures):
            if later.kind != "quantity" or later.dimension not in COUNTED_DIMENSIONS or later.qualifier:
                continue
            if not comparable(later) or _ATTRIBUTIVE_COUNT.search(later.text):
                continue  # ("the 96-unit complex": a size that names one thing, no reference to units counted)
            restated = _restatement(text, later)
            if restated is None:
                continue
            language, thing = restated
            sentence_start = reading.sentence_of(later_index).start
            # (a name's abbreviation may have ended the sentence early: "Neighboring St. Brennan's Hospital…", so
            # its line is read up to the figure)
            line_start = max(text.rfind("\n", 0, later.start) + 1, later.start - NEIGHBOUR_REACH)
            if neighbour_before(text, sentence_start, later.start) is not None or _NEIGHBOUR_NAMED_EN.search(
                text, min(sentence_start, line_start), later.start
            ):
                continue  # "Neighboring Corran County's jail … still below its 310 beds": the neighbour's things
            if language == "en" and _names_own_set(text[sentence_start : max(sentence_start, later.start - 8)], thing):
                # "the state-run system of colleges and universities … merged six of the 14 universities": its own
                # sentence names the things it counts, so the count is of them, not of those counted before
                continue
            earlier = [
                i
                for i in range(later_index)
                # In its own sentence a second count is a comparison (9个城市是1个城市, compared to the 11.4 million)
                if figures[i].end <= sentence_start
                and figures[i].kind == "quantity"
                and not _DISTRIBUTIVE_BEFORE.search(text, max(0, figures[i].start - 8), figures[i].start)
                # ("19 were positive, compared with 27 positive pools at the same point in 2023": another time's)
                and not _BASE_BEFORE.search(text, max(0, figures[i].start - 20), figures[i].start)
                and figures[i].same_dimension(later)
                and comparable(figures[i])
                and _counts_same(text, figures[i], later, language, thing)
            ]
            if len(earlier) != 1:
                continue  # none, or several counts of those things: which one the restatement means is unknown
            if any(
                figures[i].nominal == later.nominal
                and figures[i].same_dimension(later)
                # (in English under any noun; a Chinese measure word, 座 or 个, counts too many kinds of thing)
                and (figures[i].written_unit == later.written_unit or language == "en")
                and figures[i].end <= sentence_start
                for i in range(later_index)
            ):
                # "A total of 1,236 volunteers picked up…" … "Of the 1,236 volunteers": the count given before, also
                # under another noun ("built or preserved 1,146 affordable homes" … "Of the 1,146 units")
                continue
            clause = reading.clause_of(later_index)
            if _PROJECTED.search(text, clause.start, clause.end) or _COMPARED_BEFORE_EN.search(
                text, max(0, later.start - 24), later.start
            ):
                # "The count came in below the 11,650 students the district had projected": a plan, or what the count
                # is measured against, not the things counted
                continue
            if _sum_of_sentence_before(reading, later_index, sentence_start):
                continue  # "62 one-bedroom, 84 two-bedroom and 38 three-bedroom apartments. Of the 184 units": their sum
            first = figures[earlier[0]]
            if overlaps(bounds(first), bounds(later)):
                continue
            first_years = _years(text, reading.sentence_of(earlier[0]))
            later_years = _years(text, reading.sentence_of(later_index))
            if first_years and later_years and not first_years & later_years:
                continue
            sentence = reading.sentence_of(later_index)
            first_sentence = reading.sentence_of(earlier[0])
            line = document.position(first.start)[0]
            yield Finding(
                check=CHECK.id,
                severity=CHECK.severity,
                message=f'"{later.text}" restates a count the article first gives as "{first.text}" (line {line})',
                location=document.figure_location(sentence.start, sentence.end, later.start, later.end, "restated"),
                related=(
                    document.figure_location(first_sentence.start, first_sentence.end, first.start, first.end, "first"),
                ),
                evidence=(("first", first.text), ("restated", later.text)),
                values=(FigureValue.of("first", first), FigureValue.of("restated", later)),
                assumption="a definite reference (the …, 这…, …的) means the things counted before",
                identity=f"{first.text}\x1f{later.text}",
            )


CHECK = Check(
    id="discovered-restatement",
    severity=Severity.WARNING,
    summary="A count restated later in one article as 'the N things' that its first figure contradicts",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    discovery=True,
    per_document=True,
)
