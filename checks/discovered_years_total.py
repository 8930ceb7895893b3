"""A total over named years (2024年、2025年两年累计…, combined over 2023 and 2024) that is not the sum of what
the run states for each of those years, found with no claims.

## What it flags
A sentence that names two or more years and adds them up (`2024年、2025年两年，集团累计
向下转诊患者5.72万人次`, `2023年和2024年，全县茶叶综合产值累计达到81.21亿元`, `Over 2023 and
2024 combined, the airport served 1,126,280 passengers`, `Across 2024 and 2025, the
system lent a combined 2,663,500 items`), when every one of those years has its
own figure for the same thing somewhere in the run (this article or another
one of the series: `去年向下转诊患者2.91万人次` in an article of 2026, `served 549,800
passengers in 2023`), and the year figures add up to something else beyond
the rounding of the written figures.

The same thing: in Chinese, the words right before the total (its verb and
noun after 累计 / 合计: 向下转诊患者, 旅游总收入, 赔付) stand right before the year's
figure too, in the same unit; in English, the year's figure counts the same
noun (passengers, items, visits), or for money the same thing written after
"in" (`$4.86 million in parking revenue`; `Over 2023 and 2024 the city
collected $10.71 million in parking revenue` is a total unless it says "a
year" or "each year"). A year's figure is one whose sentence (or paragraph,
or the article's headline, or its publication date for 去年 / last year)
dates it to that whole year, told after that year ended: a half-year, a
month to date, a comparison's base (`比2022年的18.6亿元` is 2022's), a plan
(`力争…，全年发电量达到46亿千瓦时`) and a whole year told before its end are not
one. A place the series names as a neighbour (`相邻的沙河县`, `Neighboring
Kessel Township`) is a neighbour in every article of it: its figures are not
the home place's.

When a year has figures that disagree, the ones that name the thing alone
decide (`全县农产品网络零售额` is a part of `全县网络零售额`; in English, the
same verb: `collected 48,260 units`, not `reached 5,240 units`), then, of
those, the ones told in the reporter's own words (a figure recalled in a
quotation is the likelier slip, which discovered-conflict reports).

Not flagged: a year with no figure of its own, or with two that still
disagree (which one is meant is unknown; discovered-conflict reports the
pair), and English amounts of money that do not say what they are of.

## Why it matters
A two-year total is typed from last year's article and this year's figure;
one slip in either and the total no longer adds up, though nothing in its own
sentence shows it.

## Example
heting-1 (2025): `2024年，集团向下转诊患者2.36万人次`; heting-3 (2026): `去年向下转诊患者2.91万
人次。2024年、2025年两年，集团累计向下转诊患者5.72万人次`: `Total over 2024–2025 "5.72万人次" is not
the sum of the years' figures: "2.36万人次" (2024) + "2.91万人次" (2025) = 5.27万人次`.

## How to fix
Check each year's figure and the total at the source, and correct the one
that is wrong.
"""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile

# 2024年、2025年 / 2023年和2024年 (两年): years listed one after another.
_YEARS_CN = lazy_compile(r"((?:19|20)\d\d)年?[ \t]{0,2}(?:、|和|与|及|至|到)[ \t]{0,2}((?:19|20)\d\d)年")
_ADDS_UP_CN = lazy_compile(r"累计|合计|共计|总计")
# Over 2023 and 2024 combined / Across 2024 and 2025 / Together, 2023 and 2024 …
_YEARS_EN = lazy_compile(
    r"(?i)\b(?:over|across|in|for|between|together,)[ \t]{1,2}(?:fiscal[ \t]{1,2})?((?:19|20)\d\d)[ \t]{1,2}"
    r"(?:and|to|through)[ \t]{1,2}(?:fiscal[ \t]{1,2})?((?:19|20)\d\d)\b"
)
_OVER_YEARS_EN = lazy_compile(r"(?i)over|across")
_EACH_YEAR_EN = lazy_compile(r"(?i)\b(?:each|every|a|per)[ \t]year\b|\bannual(?:ly)?\b|\baverage")
# What an amount of money is of, in the words after it: "$4.86 million in parking revenue" → parking revenue.
_NOT_A_NOUN_EN = r"(?!(?:in|from|for|and|during|last|this|over|up|down|at|by|to|on|the|a|an)\b)"
_MONEY_OF_AFTER = lazy_compile(
    r"[ \t]{1,2}in[ \t]{1,2}(" + _NOT_A_NOUN_EN + r"[a-z]{2,20}(?:[ \t]" + _NOT_A_NOUN_EN + r"[a-z]{2,20}){0,2})\b"
)
_ADDS_UP_EN = lazy_compile(r"(?i)\b(?:combined|together|a[ \t]total[ \t]of|in[ \t]all|in[ \t]total|altogether)\b")
# Words between 累计 and the figure that name no thing: its verb of reaching.
_FILLER_CN = lazy_compile(r"^(?:累计|合计|共计|总计|共|达到|达|为|实现|完成|有|两年|三年)+")
_HAN_BEFORE = lazy_compile(r"[\u4e00-\u9fff]{1,12}$")
MIN_KEY = 2
_NOT_A_YEAR_FIGURE = frozenset({"plan", "change", "average", "per-capita", "share"})
KEY_REACH = 16  # characters before a year's figure in which the total's words must stand


def _english_key(text: str, figure, clause_end: int) -> str | None:
    """What an English figure counts: its unit's noun (passengers, items, calls), or for money the words after
    "in" ("$4.86 million in parking revenue"); None when neither is written."""
    unit = figure.written_unit
    if unit and unit.isascii() and unit[-1:].isalpha():
        return unit.lower().split()[-1]
    if figure.dimension.startswith("[currency"):
        found = _MONEY_OF_AFTER.match(text, figure.end, clause_end)
        if found is not None:
            return "money in " + found.group(1)
    return None


def _key_cn(text: str, clause_start: int, figure) -> str | None:
    """The words right before a Chinese total that name what it counts (累计向下转诊患者 → 向下转诊患者)."""
    found = _HAN_BEFORE.search(text, max(clause_start, figure.start - 12), figure.start)
    if found is None:
        return None
    words = found.group(0)
    adds_up = list(_ADDS_UP_CN.finditer(words))
    position = adds_up[-1].end() if adds_up else 0
    key = _FILLER_CN.sub("", words[position:])
    if not key and adds_up:
        # 全县旅游综合收入累计达到105.12亿元: the thing stands before 累计 (its place aside)
        key = _PLACE_CN.sub("", _TIME_WORDS_CN.sub("", words[: adds_up[-1].start()]))
    return key if len(key) >= MIN_KEY else None


# Who or where a total is of, between its years and 累计: 全县, 集团, 园区 (time words aside).
_SCOPE_CN = lazy_compile(r"([\u4e00-\u9fff]{2,6}?)(?:累计|合计|共计|总计)")
_TIME_WORDS_CN = lazy_compile(r"两年|三年|全年|去年|今年|前年|年间|年来|期间|以来")


_PLACE_CN = lazy_compile(r"^(?:全县|全市|全区|全省|全镇|全港|全国)")


def _scope_cn(text: str, start: int, end: int) -> str:
    """The place or body a total is of, when it stands alone before 累计 (全县累计…, 集团累计…)."""
    found = next(reversed(list(_SCOPE_CN.finditer(text, start, end))), None)
    if found is None:
        return ""
    scope = _TIME_WORDS_CN.sub("", found.group(1)).lstrip("，, ")
    place = _PLACE_CN.match(scope)
    if place is not None:
        return place.group(0)  # 全县旅游综合收入累计…: of 全县
    return scope if 2 <= len(scope) <= 3 else ""  # 集团累计…; longer words are the thing itself


def _totals(reading):
    """(total index, sentence index, [years], key, scope) for each total a sentence adds up over named years."""
    text = reading.document.visible_text
    for sentence_index, sentence in enumerate(reading.sentences):
        chinese = _YEARS_CN.search(text, sentence.start, sentence.end)
        english = None if chinese else _YEARS_EN.search(text, sentence.start, sentence.end)
        listed = chinese or english
        if listed is None:
            continue
        first, last = int(listed.group(1)), int(listed.group(2))
        years = list(range(first, last + 1)) if last > first else []
        if not 2 <= len(years) <= 5:
            continue
        adds_up = (_ADDS_UP_CN if chinese else _ADDS_UP_EN).search(text, sentence.start, sentence.end)
        if adds_up is None and english is not None and _OVER_YEARS_EN.match(english.group(0)):
            if _EACH_YEAR_EN.search(text, sentence.start, sentence.end) is None:
                adds_up = english  # "Over 2023 and 2024 the city collected $10.71 million": one amount over both
        if adds_up is None:
            continue
        for index in reading.figures_in(max(listed.end(), adds_up.start()), sentence.end):
            figure = reading.figures[index]
            clause = sentence.clauses[reading.places[index][1]]
            if chinese and not _ADDS_UP_CN.search(text, max(clause.start, adds_up.start()), figure.start):
                break  # each total of the sentence says it adds up (…累计接待游客…，累计实现旅游总收入…)
            if figure.kind != "quantity" or figure.direction is not None or figure.qualifier:
                continue
            if chinese:
                key = _key_cn(text, clause.start, figure)
                scope = _scope_cn(text, listed.end(), figure.start)
            else:
                key = _english_key(text, figure, clause.end)
                scope = ""
            if key:
                yield index, sentence_index, years, key, scope
            if not chinese:
                break  # the first figure after the years is the total; others are of other things


def _year_of(index_of_periods, reading, figure_index: int) -> int | None:
    """The whole year a figure is of, or None (a part of a year, or no year). A comparison's base is of its
    own year (比2022年的3.24万亩 is 2022's, whatever year its sentence reports)."""
    figure = reading.figures[figure_index]
    sentence_index = reading.places[figure_index][0]
    sentence = reading.sentences[sentence_index]
    base = index_of_periods.base_before(reading.document.visible_text, figure.start)
    if base is not None:
        return int(base.year) if base.part in (None, "1-12") and str(base.year).isdigit() else None
    period = index_of_periods.period_before(reading, figure.start, sentence_index)
    year = period.year
    if year is None or index_of_periods.dateline_year(sentence.start, figure.start):
        # "(Feb. 4, 2025) — … handled 612,480 passengers in 2024": the year after it, not the dateline's
        clause = sentence.clauses[reading.places[figure_index][1]]
        year = index_of_periods.period_after(reading.document.visible_text, figure.end, clause.end) or (
            None if year is not None and index_of_periods.dateline_year(sentence.start, figure.start) else year
        )
    if year is None or period.part not in (None, "1-12") or not str(year).isdigit():
        return None
    return int(year)


def _year_over(year: int, publication) -> bool:
    """Whether a year had ended when its article was published (a whole year's figure told before its end is a
    plan or a forecast, whatever its words); an undated article's years are taken as over."""
    return publication is None or year < publication.year


# Between the thing a total counts and a year's figure, only a verb of reaching (网络零售额为, 发电量达到).
_REACHING_AFTER_KEY = lazy_compile(
    r"(?:量|总量|额|总额)?(?:累计|合计|共计|总计|共|达到|达|为|实现|完成|有|是|了)*[ \t]{0,2}$"
)
# What may stand before the thing in a year's clause and still leave it the total's thing: a verb, a time, the
# place (全县, 鹭屏县) and the total's own body.
_LEAD_VERB = lazy_compile(r"(?:实现|完成|累计|共|新增|有)$")
_LEAD_TIME = lazy_compile(r"(?:全年|去年|今年|上年|当年|年度|年)$")
_LEAD_PLACE = lazy_compile(r"(?:[全本该][省市县区州镇乡]|[\u4e00-\u9fff]{1,6}?[省市县区州镇乡村])$")
_HAN_RUN_BEFORE = lazy_compile(r"[\u4e00-\u9fff]{0,20}$")


def _names_it_alone(text: str, clause_start: int, figure, key: str, scope: str) -> bool:
    """Whether a year's figure counts exactly the total's thing: `key` right before it, with nothing before
    the key in its words but a verb, a time, the place or the total's body (全县农产品网络零售额 is a part of
    全县网络零售额; 风电发电 a part of 发电)."""
    at = text.rfind(key, max(clause_start, figure.start - KEY_REACH), figure.start)
    if at < 0 or not _REACHING_AFTER_KEY.fullmatch(text, at + len(key), figure.start):
        return False
    lead = _HAN_RUN_BEFORE.search(text, max(clause_start, at - 20), at).group(0)
    while lead:
        if scope and lead.endswith(scope):
            lead = lead[: -len(scope)]
            continue
        for pattern in (_LEAD_VERB, _LEAD_TIME, _LEAD_PLACE):
            found = pattern.search(lead)
            if found is not None:
                lead = lead[: found.start()]
                break
        else:
            return False
    return True


_WORD_BEFORE = lazy_compile(r"([A-Za-z]{2,20})[ \t]{1,2}\$?$")


def _word_before(text: str, position: int) -> str | None:
    """The English word right before a figure ("collected" in "collected 48,260 units"), lowercased."""
    found = _WORD_BEFORE.search(text, max(0, position - 24), position)
    return found.group(1).lower() if found else None


def run(audit: Audit):
    from auditor.checks._derived import counted_half_step
    from auditor.discovery import comparable, reading_of
    from auditor.discovery.frames import PeriodIndex, kinds_of, neighbour_named, neighbours_named, plan_carried
    from auditor.discovery.pairs import in_quotation
    from auditor.formatting import format_like
    from auditor.published import publication_date

    readings = [reading_of(audit, document) for document in audit.documents.values()]
    totals = [(reading, *total) for reading in readings for total in _totals(reading)]
    if not totals:
        return
    period_indexes: dict[int, PeriodIndex] = {}

    def periods_of(reading) -> PeriodIndex:
        # a document's time expressions, read only for documents that hold a candidate year figure
        found = period_indexes.get(id(reading))
        if found is None:
            found = period_indexes[id(reading)] = PeriodIndex(reading, publication_date(reading.document))
        return found

    neighbours = {name for reading in readings for name in neighbours_named(reading.document.visible_text)}
    for reading, total_index, sentence_index, years, key, scope in totals:
        total = reading.figures[total_index]
        chinese = not key.isascii()
        total_text = reading.document.visible_text
        total_word = _word_before(total_text, total.start) if not chinese else None
        by_year: dict[int, list[tuple]] = defaultdict(list)
        for other in readings:
            text = other.document.visible_text
            for index, figure in enumerate(other.figures):
                if other is reading and other.places[index][0] == sentence_index:
                    continue
                if (
                    figure.kind != "quantity"
                    or figure.direction is not None
                    or figure.qualifier
                    or not comparable(figure)
                    or not figure.same_dimension(total)
                ):
                    continue
                sentence = other.sentences[other.places[index][0]]
                clause = sentence.clauses[other.places[index][1]]
                if chinese:
                    if key not in text[max(clause.start, figure.start - KEY_REACH) : figure.start]:
                        continue
                    paragraph_start = text.rfind("\n", 0, figure.start) + 1
                    if scope and scope not in text[paragraph_start : figure.start]:
                        continue  # 全县累计接待游客 is not 8个乡村旅游重点村…共接待游客
                elif _english_key(text, figure, clause.end) != key:
                    continue
                if kinds_of(text, clause.start, figure, clause.end) & _NOT_A_YEAR_FIGURE:
                    continue  # 计划投资10.2亿元: a plan; a change, an average or a share is no year's amount
                if plan_carried(text, sentence.start, clause.start):
                    continue  # 力争…，全年发电量达到46亿千瓦时: the plan's words stand in an earlier clause
                if neighbour_named(text, sentence.start, figure.start, neighbours):
                    continue  # 与鹭屏相邻的沙河县…去年网络零售额21.7亿元, "Kessel Township answered 3,020 calls"
                periods = periods_of(other)
                year = _year_of(periods, other, index)
                if year not in years or not _year_over(year, periods.publication):
                    continue
                exact = (
                    _names_it_alone(text, clause.start, figure, key, scope)
                    if chinese
                    else _word_before(text, figure.start) == total_word
                )
                by_year[year].append((other, index, exact, not in_quotation(text, figure.start)))
        if any(not by_year[year] for year in years):
            continue
        parts = []
        for year in years:
            found = _the_year_figures(by_year[year], lambda other, i: other.figures[i].nominal)
            if found is None:
                break  # two figures for one year: which one is meant is unknown
            parts.append((year, *min(found, key=lambda hit: (hit[0].document.path, hit[1]))[:2]))
        else:
            figures = [other.figures[i] for _, other, i in parts]
            total_sum = sum((f.nominal for f in figures), Fraction(0))
            tolerance = counted_half_step(total) + sum((counted_half_step(f) for f in figures), Fraction(0))
            if abs(total_sum - total.nominal) <= tolerance:
                continue
            yield _finding(reading, total_index, years, parts, total_sum, format_like)


def _the_year_figures(found: list[tuple], value_of) -> list[tuple] | None:
    """The figures that state one year's value, when they agree: all of them, else those that name the thing
    exactly as the total does (not 农产品网络零售额 for 网络零售额, not "reached" for "collected"), else those
    of these told in the reporter's own words (a figure recalled in a quotation is the likelier slip). None when
    the ones left still disagree."""
    for keep in (lambda hit: True, lambda hit: hit[2], lambda hit: hit[2] and hit[3]):
        kept = [hit for hit in found if keep(hit)]
        values = {value_of(hit[0], hit[1]) for hit in kept}
        if len(values) == 1:
            return kept
        if not values:
            return None
    return None


def _finding(reading, total_index, years, parts, total_sum, format_like) -> Finding:
    document = reading.document
    total = reading.figures[total_index]
    sentence = reading.sentences[reading.places[total_index][0]]
    listed = " + ".join(f'"{other.figures[i].text}" ({year})' for year, other, i in parts)
    span = f"{years[0]}–{years[-1]}"
    related = []
    for _year, other, i in parts:
        figure = other.figures[i]
        part_sentence = other.sentences[other.places[i][0]]
        related.append(
            other.document.figure_location(part_sentence.start, part_sentence.end, figure.start, figure.end, "year")
        )
    where = ", ".join(
        f"{other.document.path}:{other.document.position(other.figures[i].start)[0]}" for _year, other, i in parts
    )
    return Finding(
        check=CHECK.id,
        severity=CHECK.severity,
        message=(
            f'Total over {span} "{total.text}" is not the sum of the years\' figures: {listed} = '
            f"{format_like(total_sum, total)}"
        ),
        location=document.figure_location(sentence.start, sentence.end, total.start, total.end, "total"),
        related=tuple(related),
        evidence=(
            ("total", total.text),
            ("years", f"{listed} = {format_like(total_sum, total)}"),
            ("difference", format_like(abs(total_sum - total.nominal), total)),
            ("year figures at", where),
        ),
        values=(
            FigureValue.of("total", total),
            *(FigureValue.of(str(year), other.figures[i]) for year, other, i in parts),
        ),
        assumption="each year's figure is the one the run states for the same words and that whole year",
        identity="\x1f".join([total.text, *(other.figures[i].text for _y, other, i in parts)]),
    )


CHECK = Check(
    id="discovered-years-total",
    severity=Severity.WARNING,
    summary="A total over named years that is not the sum of each year's figure in the run (found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    discovery=True,
)
