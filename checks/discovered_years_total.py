"""A total over named years (2024年、2025年两年累计…, combined over 2023 and 2024) that is not the sum of what
the run states for each of those years, found with no claims.

## What it flags
A sentence that names two or more years and adds them up (`2024年、2025年两年，集团累计
向下转诊患者5.72万人次`, `2023年和2024年，全县茶叶综合产值累计达到81.21亿元`, `两年，全县共实施…`:
共 before a verb, not 公共 or 共同, `Over 2023 and
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
collected $10.71 million in parking revenue` is a total in the years' own
clause, unless it says "a year", "each year" or "annually", names another
time after the years (`last year`, `in 2024`) or the rest (`the rest coming
from street meters`: a part)). A year's figure is one whose sentence (or paragraph,
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
pair), a total that some choice among the years' figures (a quotation's
among them) adds up to, figures of an article about another county or city
than the total's, and English amounts of money that do not say what they
are of.

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
from auditor.checks._year_figures import KEY_REACH, Stated, english_key
from auditor.discovery.frames import YEARS_LISTED_CN as _YEARS_CN
from auditor.discovery.frames import YEARS_LISTED_EN as _YEARS_EN
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile

# (共 before a verb adds up too: 两年，全县共实施…; not 公共, 共同, 共享, 共建)
_ADDS_UP_CN = lazy_compile(r"累计|合计|共计|总计|(?<!公)共(?![同享建治富识赢性有])(?=[\u4e00-\u9fff])")
_OVER_YEARS_EN = lazy_compile(r"(?i)over|across")
_EACH_YEAR_EN = lazy_compile(r"(?i)\b(?:each|every|a|per)[ \t]year\b|\bannually\b|\baverage")
# Another time after the years in the total's clause: "…the city raised rates twice, and it collected $5.31 million
# … last year", "rose 11 percent to 612,480 passengers in 2024": that time's figure, not a total over the years.
# "…brought in $1.9 million in parking revenue, the rest coming from street meters": a part of the whole.
_REST_NAMED_EN = lazy_compile(r"(?i)\bthe[ \t]{1,2}(?:rest|remainder|balance)\b")
_OTHER_TIME_EN = lazy_compile(r"(?i)\b(?:last|this|next)[ \t]year\b|\bin[ \t]{1,2}(?:19|20)\d\d\b|\b(?:19|20)\d\d\b")
_ADDS_UP_EN = lazy_compile(r"(?i)\b(?:combined|together|a[ \t]total[ \t]of|in[ \t]all|in[ \t]total|altogether)\b")
# Words between 累计 and the figure that name no thing: its verb of reaching.
_FILLER_CN = lazy_compile(r"^(?:累计|合计|共计|总计|共|达到|达|为|实现|完成|有|两年|三年)+")
_HAN_BEFORE = lazy_compile(r"[\u4e00-\u9fff]{1,12}$")
MIN_KEY = 2


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
_SCOPE_CN = lazy_compile(r"([\u4e00-\u9fff]{2,6}?)(?:累计|合计|共计|总计|(?<!公)共(?![同享建治富识赢性有]))")
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
        over_only = english is not None and adds_up is english
        for index in reading.figures_in(max(listed.end(), adds_up.start()), sentence.end):
            figure = reading.figures[index]
            clause = sentence.clauses[reading.places[index][1]]
            if over_only and (
                clause.start > listed.end()
                or _OTHER_TIME_EN.search(text, listed.end(), clause.end)
                or figure.direction is not None
                or _REST_NAMED_EN.search(text, figure.end, sentence.end)
            ):
                break  # "Over 2023 and 2024" with no word of adding up: a total only in the years' own clause
            if chinese and not _ADDS_UP_CN.search(text, max(clause.start, adds_up.start()), figure.start):
                break  # each total of the sentence says it adds up (…累计接待游客…，累计实现旅游总收入…)
            if figure.kind != "quantity" or figure.direction is not None or figure.qualifier:
                continue
            if chinese:
                key = _key_cn(text, clause.start, figure)
                scope = _scope_cn(text, listed.end(), figure.start)
            else:
                key = english_key(text, figure, clause.end)
                scope = ""
            if key:
                yield index, sentence_index, years, key, scope, listed.start()
            if not chinese:
                break  # the first figure after the years is the total; others are of other things


def run(audit: Audit):
    from auditor.checks._derived import counted_half_step
    from auditor.checks._year_figures import RunFigures, earliest, names_it_alone, one_value, word_before
    from auditor.discovery.frames import homes_apart
    from auditor.discovery.pairs import in_quotation
    from auditor.formatting import format_like

    run_figures = RunFigures(audit)
    totals = [(reading, *total) for reading in run_figures.readings for total in _totals(reading)]
    for reading, total_index, _sentence, years, key, scope, listed_at in totals:
        total = reading.figures[total_index]
        chinese = not key.isascii()
        total_word = None if chinese else word_before(reading.document.visible_text, total.start)
        homes = run_figures.homes(reading)

        def same_thing(
            other, index, sentence, clause, key=key, scope=scope, chinese=chinese, reading=reading, at=listed_at
        ):
            text = other.document.visible_text
            figure = other.figures[index]
            if other is reading and sentence.start <= at <= sentence.end and figure.start >= at:
                return False  # the total's own words, after the years it adds up
            if not chinese:
                return english_key(text, figure, clause.end) == key
            if key not in text[max(clause.start, figure.start - KEY_REACH) : figure.start]:
                return False
            # 全县累计接待游客 is not 8个乡村旅游重点村…共接待游客
            return not scope or scope in text[text.rfind("\n", 0, figure.start) + 1 : figure.start]

        by_year: dict[int, list] = defaultdict(list)
        for other, index, _sentence, clause in run_figures.stated(
            total, same_thing, homes=homes, needle=key if chinese else None
        ):
            if homes_apart(homes, run_figures.homes(other)):
                continue  # another county's article in the series
            year = run_figures.in_year(other, index, years)
            if year is None:
                continue
            text = other.document.visible_text
            figure = other.figures[index]
            alone = (
                names_it_alone(text, clause.start, figure, key, scope, homes | run_figures.homes(other))
                if chinese
                else word_before(text, figure.start) == total_word
            )
            by_year[year].append(Stated(other, index, alone, not in_quotation(text, figure.start)))
        parts = []
        for year in years:
            found = one_value(by_year[year])
            if found is None:
                break  # no figure for a year, or two that disagree: which one is meant is unknown
            first = earliest(found)
            parts.append((year, first.reading, first.index))
        else:
            figures = [other.figures[i] for _, other, i in parts]
            total_sum = sum((f.nominal for f in figures), Fraction(0))
            tolerance = counted_half_step(total) + sum((counted_half_step(f) for f in figures), Fraction(0))
            if abs(total_sum - total.nominal) <= tolerance:
                continue
            if _adds_up_another_way(total, [by_year[year] for year in years], counted_half_step):
                continue  # (a quotation's 5680人 and 6210人 make the 11890人: the year's figures disagree, not the total)
            yield _finding(reading, total_index, years, parts, total_sum, format_like)


def _adds_up_another_way(total, found_by_year, half_step) -> bool:
    """Whether some choice among each year's figures, quoted or not, adds up to the total."""
    from itertools import product

    choices = [{hit.figure.nominal: hit.figure for hit in found}.values() for found in found_by_year]
    if any(len(choice) > 4 for choice in choices):
        return False
    for picked in product(*choices):
        tolerance = half_step(total) + sum((half_step(f) for f in picked), Fraction(0))
        if abs(sum((f.nominal for f in picked), Fraction(0)) - total.nominal) <= tolerance:
            return True
    return False


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
