"""A comparison's base (比2023年的6580万元, 由2023年底的234个增加到…, "down from 34,100 in 2023") that the run states
for that period as another value, one slip of the pen away (found without claims).

## What it flags
A figure a sentence compares another with, dated by its own period:
- Chinese: 比 / 较 / 由 / 从 / 高于 / 低于 + a year (2023年, 2023年底, 2023年末, 上年, 去年) + 的
  + the base: `比2023年的6580万元增长15.6%`, `由2023年底的234个增加到271个` (or 增至),
  `高于2023年底的76.8%`;
- English: `up from` / `down from` + the base + `in` / `at the end of` + a year
  (`in fiscal 2024`): `down from 34,100 in 2023`, `up from $20.58 in 2024`,
  `up from 29.7 percent in 2022`;
when another sentence of the run (this article or another one of the series)
states that period's figure for the same thing with a value one slip of the
pen from the base: two neighbouring digits swapped, one digit changed or its
magnitude moved (万 for 亿), with at least three significant digits (two for a
magnitude).

The same thing: in Chinese, the words before the figure the base is compared
with (`全县农村公路优良中等路率达到80.1%，高于2023年底的76.8%`: 优良中等路率; before 由 for
`健身步道总里程由…`; after a modifier that ends in 的, the noun of four characters or more after it:
`经该办事处监管的跨境电商进出口额` → 跨境电商进出口额) stand right before the period's figure, with nothing but a
verb, a time or the article's own county or city before them (not 新增, a
zone, a town, a scenic area or another county: `新增充电桩`, `经开区`, `城关镇`,
`重点景区`, `桐溪县` in an article on 鹭屏县); words that name a measure of
anything alone (投资, 收入, 产值) are no key. In English, the compared
figure's counted noun as written (`citations`, `households`; not `traffic citations`) or
the word right before it (`tree cover at`), a generic word with the one
before it (`graduation rate`, not `rate`); two sentences that name
different subjects (`Lake Orin State Park` / `Cedar Bluff State Park`) or
narrow one to a group (`Among English learners, …`) are of different
things, and so are two articles about different counties or cities (each
names its own in its opening). The period's figure is found as
discovered-years-total finds a year's (checks/_year_figures.py): a whole
year or its end, told after it, not a plan, a change, a neighbour's (a place
the series calls a neighbour, unless the base's article names it as its
own); figures that disagree leave the period unknown unless the ones naming
the thing alone, then the reporter's own, agree. Not judged: a base said to
be revised (`经第五次全国经济普查修订`), a fiscal year's (`in fiscal 2023`), a
base compared with a per-capita figure or an average.

## Why it matters
A later article restates last year's figure as the base of this year's
change, typed from memory: a swapped digit there reads as plausible, and the
growth rate computed from it is wrong too.

## Example
shihua-1 (2024): `2023年…农村公路优良中等路率达到78.6%`; shihua-2: `全县农村公路优良中等路率达到
80.1%，高于2023年底的76.8%`: `Base "76.8%" (2023) restates the 2023 figure "78.6%" with a slip`.
Not flagged: `高于2023年底的78.6%`, a base that differs more than a slip
(another measure), a base whose period has no one figure in the run.

## How to fix
Check the earlier period's figure at its source and correct the base (and any
change computed from it).
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile

_BASE_BEFORE_CN = lazy_compile(
    r"(?P<mark>比|较|由|从|高于|低于)[ \t]{0,2}"
    r"(?:(?P<year>(?:19|20)\d\d)[ \t]{0,2}年(?:底|末|全年|年末|年底)?|(?P<relative>上年|去年)(?:底|末|全年)?)"
    r"[ \t]{0,2}的[ \t]{0,2}$"
)
_ANY_BASE = lazy_compile(
    r"(?:比|较|由|从|高于|低于)[ \t]{0,2}(?:(?:19|20)\d\d[ \t]{0,2}年|上年|去年)|(?i:\b(?:up|down|rising|falling|rose|fell)[ \t]{1,2}from\b)"
)
_BASE_BEFORE_EN = lazy_compile(r"(?i)\b(?:up|down|rising|falling|rose|fell)[ \t]{1,2}from[ \t]{1,2}(?:the[ \t]{1,2})?$")
_BASE_YEAR_AFTER_EN = lazy_compile(
    r"(?i)[ \t]{1,2}(?:in|for|at[ \t]{1,2}the[ \t]{1,2}end[ \t]{1,2}of)[ \t]{1,2}(?:fiscal[ \t]{1,2})?((?:19|20)\d\d)\b"
)
# 由…的234个增加到271个: the new value after the base.
_TO_AFTER_CN = lazy_compile(
    r"[ \t]{0,2}(?:(?:提高|增加|增长|上升|下降|减少|提升|扩大|降低|回落)(?:到|至)|增至|升至|降至|减至|扩至)[ \t]{0,2}$"
)
MIN_HEAD_AFTER_DE = 4  # characters of the noun after 的 that name a thing on their own
_HAN_BEFORE = lazy_compile(r"[\u4e00-\u9fff]{2,20}$")
# What stands before the thing's words and is no part of them: a time, a place, a verb of reaching.
_LEAD_CN = lazy_compile(
    r"^(?:(?:19|20)\d\d年|全年|去年|今年|上半年|截至|完成|实现|建成|共有|共|[全本该][省市县区州镇乡]"
    r"|[\u4e00-\u9fff]{2,3}?[省市县](?=[\u4e00-\u9fff]{2}))+"
)
# Words that name a measure of anything, no one thing: a key of them alone links unrelated figures (水利建设…投资 /
# 农村公路…投资 once the topics stand in earlier clauses; a poverty rate / a vacancy rate).
_GENERIC_CN = frozenset("投资 收入 支出 产值 总额 总量 规模 金额 资金 数量 人数 产量 增加值 增长 比重".split())
_GENERIC_EN = frozenset("rate rates total totals percent share level levels amount number figure cost value".split())
# A base said to be revised (经第五次全国经济普查修订, "as revised"): a new figure for the year, not the old one copied.
_REVISED_AFTER = lazy_compile(r"[^。；;！？!?\n]{0,24}?(?:修订|修正|调整后|核实|(?i:\brevised\b|\brestated\b))")
# A name of two capitalised words or more before a figure in its sentence: "Alder Valley Dairy", "Harlan Creamery".
_NAME_RUN_EN = lazy_compile(r"(?<![A-Za-z'’])[A-Z][a-z]{1,20}(?:[ \t]{1,2}[A-Z][a-z]{1,20}){1,4}")
_REACHING_CN = lazy_compile(
    r"(?:达到|达|为|是|实现|完成|有|共|累计|增加到|提高到|增长到|增至|增加至|升至|降至|减少到|下降到)+$"
)
_WORD_BEFORE_EN = lazy_compile(
    r"(?i)\b([a-z]{3,20})[ \t]{1,2}(?:(?:at|to|of|was|were|is|are|reached|totaled|rose|fell|hit)[ \t]{1,2}){0,2}\$?$"
)
_WORD_BEFORE_NOUN_EN = lazy_compile(r"(?i)\b([a-z]{3,20})[ \t]{1,2}$")
DATELINE_REACH = 64  # characters from a sentence's start in which a dateline ends
_NOT_A_NOUN_EN = frozenset("the and for with from about than more less nearly some that this".split())
KIND_REACH = 24  # characters before a compared figure that say it is a plan, a share or a change
MIN_SLIP_DIGITS = 3
MIN_MAGNITUDE_DIGITS = 2
_ENDS_OF_YEAR = (None, "1-12", "end-12")


def _bases(reading, run_figures):
    """(base index, new value index, year, key) for each dated comparison base a sentence states."""
    from auditor.published import publication_date

    text = reading.document.visible_text
    if not _ANY_BASE.search(text):
        return  # (most articles compare nothing with a dated base: their time expressions are not read)
    publication = publication_date(reading.document)
    for index, base in enumerate(reading.figures):
        if base.kind not in ("quantity", "percent") or base.direction is not None:
            continue
        sentence_index, clause_index = reading.places[index]
        sentence = reading.sentences[sentence_index]
        chinese = _BASE_BEFORE_CN.search(text, max(sentence.start, base.start - 16), base.start)
        english = None
        if chinese is not None:
            if chinese.group("year"):
                year = int(chinese.group("year"))
            elif chinese.group("relative") == "去年" and publication is not None:
                year = publication.year - 1
            else:
                year = None  # 比上年的…: the year before the compared figure's, read below
        else:
            english = _BASE_BEFORE_EN.search(text, max(sentence.start, base.start - 16), base.start)
            dated = _BASE_YEAR_AFTER_EN.match(text, base.end) if english is not None else None
            if dated is None or "fiscal" in dated.group(0).lower():
                continue  # ("in fiscal 2023": a fiscal year, not the calendar year other figures are dated by)
            year = int(dated.group(1))
        if _REVISED_AFTER.match(text, base.end):
            continue  # 比2023年的328.6亿元（经第五次全国经济普查修订）: a revised figure, not the old one
        new = _new_value(reading, index, chinese, sentence)
        if new is None:
            continue
        if year is None:
            new_year = run_figures.period_of(reading, new)[0]
            if new_year is None:
                continue
            year = new_year - 1
        key = _key_cn(text, reading, new, chinese) if chinese is not None else _key_en(text, reading.figures[new])
        if key:
            yield index, new, year, key


def _new_value(reading, base_index: int, chinese, sentence) -> int | None:
    """The figure the base is compared with: after 由/从…的X提高到, the one after it; else the nearest figure before it
    in its sentence that measures what it measures."""
    from auditor.discovery.frames import kinds_of

    text = reading.document.visible_text
    base = reading.figures[base_index]
    if chinese is not None and chinese.group("mark") in ("由", "从"):
        following = reading.figures_in(base.end, sentence.end)
        if following and _TO_AFTER_CN.search(text, base.end, reading.figures[following[0]].start):
            candidate = following[0]
            return candidate if _measures_alike(reading.figures[candidate], base) else None
        return None
    for index in reversed(reading.figures_in(sentence.start, base.start)):
        figure = reading.figures[index]
        if figure.kind in ("quantity", "percent") and figure.direction is None and _measures_alike(figure, base):
            clause = reading.clause_of(index)
            # (its own words only: "…the co-op had budgeted, and the average pay price rose to $21.40")
            kinds = kinds_of(text, max(clause.start, figure.start - KIND_REACH), figure, clause.end)
            if kinds & _PER_SOMETHING:
                return None  # 人均可支配收入4.28万元，比2023年的4.02万元: compared with a rate, none before it
            if kinds & _NOT_COMPARED:
                continue  # 为年度计划11.5亿元的107.0%，比2023年的9.6亿元增长: the plan is no figure compared
            return index
    return None


_NOT_COMPARED = frozenset({"plan", "share", "change"})
_PER_SOMETHING = frozenset({"average", "per-capita"})


def _measures_alike(figure, base) -> bool:
    # ("down from 34,100 in 2023": a base written bare takes the unit of the figure before it)
    # ("up from $20.58 in 2024" after "$21.40 per hundredweight": the base drops the unit's "per")
    return (
        figure.same_dimension(base)
        or (base.kind == "quantity" and not base.written_unit and figure.kind == base.kind)
        or (base.dimension.startswith("[currency") and figure.dimension.startswith(base.dimension + " /"))
    )


def _key_cn(text: str, reading, new_index: int, chinese) -> str | None:
    """The words that name what a Chinese comparison measures: before 由 (健身步道总里程由…), else before the
    compared figure (优良中等路率达到80.1%), with its time, place and verb of reaching taken off."""
    end = chinese.start() if chinese.group("mark") in ("由", "从") else reading.figures[new_index].start
    clause = reading.clause_of(new_index)
    found = _HAN_BEFORE.search(text, max(clause.start, end - 20), end)
    if found is None:
        return None
    words = _REACHING_CN.sub("", found.group(0))
    words = _LEAD_CN.sub("", words)
    head = words.rsplit("的", 1)[-1]
    if len(head) >= MIN_HEAD_AFTER_DE:
        # 经该办事处监管的跨境电商进出口额: the thing is the noun after 的, whoever the article says oversees it (经榕浦
        # 办事处监管的 in another); a short one keeps its words (新增的充电桩 is not 充电桩)
        words = head
    return words if len(words) >= 2 and words not in _GENERIC_CN else None


def _key_en(text: str, figure) -> str | None:
    """What an English compared figure counts: its unit's noun (citations, households, people), else the word right
    before it."""
    from auditor.figures.model import COUNTED_DIMENSIONS

    unit = figure.written_unit
    if unit and unit.isascii() and unit[-1:].isalpha() and figure.dimension in COUNTED_DIMENSIONS:
        return "unit:" + " ".join(unit.lower().split())  # (traffic citations are not citations all told)
    found = _WORD_BEFORE_EN.search(text, max(0, figure.start - 40), figure.start)
    if found is None or found.group(1).lower() in _NOT_A_NOUN_EN:
        return None
    word = found.group(1).lower()
    if word in _GENERIC_EN:
        # "graduation rate rose to 85.1 percent": a rate named by the word before it, or no key
        before = _WORD_BEFORE_NOUN_EN.search(text, max(0, found.start(1) - 24), found.start(1))
        if before is None or before.group(1).lower() in _NOT_A_NOUN_EN:
            return None
        word = f"{before.group(1).lower()} {word}"
    return "word:" + word


# A sentence that opens by narrowing its subject to a group: "Among English learners in Harlow Unified, …".
_SCOPE_OPENING_EN = lazy_compile(r"[ \t]{0,2}(?:Among|For)[ \t]{1,2}([^,.;]{3,60}),")


def _scope_of(reading, index: int) -> str | None:
    """The group a figure's sentence narrows its subject to in its opening, or None."""
    text = reading.document.visible_text
    sentence = reading.sentence_of(index)
    start = sentence.start
    from auditor.checks._derived import DATELINE_END

    # ("ASHTON (Oct. 8, 2025) — Among English learners, …": the opening after the dateline)
    dateline = DATELINE_END.search(text, start, min(reading.figures[index].start, start + DATELINE_REACH))
    found = _SCOPE_OPENING_EN.match(text, dateline.end() if dateline else start, reading.figures[index].start)
    return " ".join(found.group(1).lower().split()) if found else None


def _names_before(reading, index: int) -> frozenset[str]:
    """The capitalised names (two words or more) a figure's sentence states before it, its first word aside."""
    text = reading.document.visible_text
    sentence = reading.sentence_of(index)
    return frozenset(
        m.group(0)
        for m in _NAME_RUN_EN.finditer(text, sentence.start, reading.figures[index].start)
        if m.start() > sentence.start + 1 or not m.group(0).startswith(("The ", "In ", "A "))
    )


def _names_agree(first: frozenset[str], second: frozenset[str]) -> bool:
    """No two different subjects: either sentence names none, or a name of one is, or holds, a name of the other
    ("Lake Orin State Park" is not "Cedar Bluff State Park")."""
    if not first or not second:
        return True
    return any(x in y or y in x for x in first for y in second)


def _one_slip(base, stated) -> bool:
    from auditor.discovery.values import magnitude_moved, significant_digits, slipped, written_value

    x, y = written_value(base), written_value(stated)
    if x == y or not slipped(x, y):
        return False
    return significant_digits(x, y) >= (MIN_MAGNITUDE_DIGITS if magnitude_moved(x, y) else MIN_SLIP_DIGITS)


def run(audit: Audit):
    from auditor.checks._year_figures import (
        RunFigures,
        Stated,
        earliest,
        names_it_alone,
        one_value,
        year_over,
    )
    from auditor.discovery.frames import homes_apart
    from auditor.discovery.pairs import in_quotation

    run_figures = RunFigures(audit)
    for reading in run_figures.readings:
        for base_index, new_index, year, key in _bases(reading, run_figures):
            base, new = reading.figures[base_index], reading.figures[new_index]
            like = new if not new.same_dimension(base) else base
            homes = run_figures.homes(reading)
            names = _names_before(reading, base_index)
            scope = _scope_of(reading, base_index)

            def same_thing(other, index, sentence, clause, key=key, homes=homes):
                text = other.document.visible_text
                figure = other.figures[index]
                if key.startswith("unit:"):
                    return _key_en(text, figure) == key
                if key.startswith("word:"):
                    return _key_en(text, figure) == key
                if homes_apart(homes, run_figures.homes(other)):
                    return False  # 桐溪县造林绿化… / 鹭屏县去年完成造林…: two counties' articles
                return names_it_alone(text, clause.start, figure, key, homes=homes | run_figures.homes(other))

            found = []
            needle = None if key.startswith(("unit:", "word:")) else key
            for other, index, _sentence, _clause in run_figures.stated(
                like,
                same_thing,
                skip=(reading, reading.places[base_index][0]),
                kinds=(like.kind,),
                homes=homes,
                needle=needle,
            ):
                if _scope_of(other, index) != scope:
                    continue  # "Among English learners…, up from 84.7 percent" / the district's 87.4 percent
                if not _names_agree(names, _names_before(other, index)):
                    continue  # "Alder Valley Dairy… up from $46.8 million" / "Harlan Creamery… $48.6 million"
                stated_year, part = run_figures.period_of(other, index)
                if stated_year != year or part not in _ENDS_OF_YEAR:
                    continue
                if not year_over(year, run_figures.periods_of(other).publication):
                    continue
                text = other.document.visible_text
                found.append(Stated(other, index, True, not in_quotation(text, other.figures[index].start)))
            agreeing = one_value(found)
            if not agreeing:
                continue
            first = earliest(agreeing)
            if not _one_slip(base, first.figure):
                continue
            yield _finding(reading, base_index, year, first)


def _finding(reading, base_index: int, year: int, stated) -> Finding:
    document = reading.document
    base = reading.figures[base_index]
    sentence = reading.sentence_of(base_index)
    other, figure = stated.reading, stated.figure
    other_sentence = other.sentence_of(stated.index)
    line = other.document.position(figure.start)[0]
    return Finding(
        check=CHECK.id,
        severity=CHECK.severity,
        message=(
            f'Base "{base.text}" ({year}) restates the {year} figure "{figure.text}" '
            f"({other.document.path}:{line}) with a slip"
        ),
        location=document.figure_location(sentence.start, sentence.end, base.start, base.end, "base"),
        related=(
            other.document.figure_location(
                other_sentence.start, other_sentence.end, figure.start, figure.end, "stated"
            ),
        ),
        evidence=(("base", f"{base.text} ({year})"), ("stated", f"{figure.text} at {other.document.path}:{line}")),
        values=(FigureValue.of("base", base), FigureValue.of("stated", figure)),
        assumption=f"the base is the {year} figure the run states for the same words",
        identity=f"{base.text}\x1f{figure.text}\x1f{year}",
    )


CHECK = Check(
    id="discovered-base-restated",
    severity=Severity.WARNING,
    summary="A comparison's dated base that the run states for that period one slip away (found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    discovery=True,
)
