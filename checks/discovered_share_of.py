"""A share printed beside the part and the whole it is computed from, which they contradict (found without claims).

## What it flags
A percentage that the sentence states as the share one printed figure is of
another, when dividing the two does not give it, even allowing for how each
of the three is rounded and qualified. The wording that ties them:
- Chinese: the part, then 占 / 占到 / 相当于 / 完成 / 达到 + the whole printed
  with its own figure + 的 + the share: `完成投资2680万元，占全年目标8000万元的32%`.
- English: the part, then the share + `of` + the whole printed with its own
  figure, a few words apart at most: `$26.8 million, 32% of its $80 million
  budget`, `120 jobs, or 8% of its 1,900 staff`; or the part `of the` whole, then
  `, or` and the share: `760 of the 1,150 metered spaces, or 61.6 percent` (not `…, or 18
  percent of the citywide total`, a share of another whole).
The part is the nearest figure before the share in its sentence that
measures what the whole measures (same dimension; counts with counts), and
is no comparison's base (`去年同期为174.2亿元`, `比2024年同期的21.05亿千瓦时`). When an amount the reader left unread (digit
groups or three digits, not a name's: `Route 9`, `COVID-19`, `G318`)
stands between that figure and the share (`planted 240,000 seedlings, bringing
the total to 420,000, about 38 percent of…`), the share may be of that one:
nothing is judged.

An English clause with a subject of its own between the figure and the
share (`Crews passed 5,960 locations, and the network now reaches 74.6% of the
18,600 locations`; `Providers put up $2.9 million, so the grants covered roughly
62 percent of the $7.7 million`) says the share is of that subject, not of the
figure. The first of English shares listed one for each amount (`…, 470 fixed
wireless and 250 cable, or 71.8 percent, 18.4 percent and 11.8 percent`) is the
first amount's (discovered-percent-sum pairs them), not the last one's.

A part listed under a total (其中, of which, `Of the X,`; see
discovered-sum-mismatch) with its own share right after it and no whole of
its own (`其中，省级资金1.37亿元，占55.9%`, `$41.6 million, or 67.5%`,
`$3.9 million (62.9%)`) is a share of that total; parts that go on after a
semicolon, each with its own share, are too (up to a clause that opens a
whole of its own: `；过夜游客中，…`), and so is a share at its new level
(`外贸集装箱13.92万标箱，占比提高到38.1%`). `N of it / of them, or P%` is a share of
the figure before it in its sentence that measures the same
(`borrowed $92 million, and $61.5 million of it, or 68.9%`); a bare count
of them is of the group counted before it (`4,312 children signed up, and
2,968 of them, or 71.8%, finished`) when it is at least as large. A signed
percentage (`（-2.7%）`) or one followed by `more than` is a change, no share. Not when the total has a share
of its own (`60岁及以上人口为26402万人，占18.70%（其中，65岁及以上…，占13.50%）`): the
shares are then of a larger whole.

A whole named without its figure (`占民宿总数的16.4%`, `占线路全长的52.3%`, `占参赛人数的`) is the
figure the article states beside the same words (`输水线路全长86.4公里`, `全县实现网络零售额28.3亿元`:
a verb before the words, no modifier; `全县蜂群存栏7.25万群` for `占全县蜂群的`, not `全县蜂群参保5.1万群`,
a part of it), or beside its thing and a total word (`全县612家民宿`,
`共有民宿612家`, `参赛选手达3.1万人`), in the share's sentence, else its paragraph, else
anywhere in the article, when all such figures agree; not a neighbour's (`相邻的沙河县…`),
a quotation's (unless the article states it nowhere else), a comparison's base (`从…的18.6万人次`,
`比2023年的…`), a difference (`超出设计容量86.4万人次`), a total over several years, a figure of
a year still ahead of the article, or one of another part of the year (a year named
alone is its whole year; the day a meeting was held, `2月24日召开的…`, a base year, `比2023年
增长`, and a plan's year, `提前完成2025年规划目标`, date no figure); counted in the same measure word as the part (`床位8940张` is
no whole of `94家`), and no amount smaller than the part when the share is under 100% (`预付式消费投诉2870件，占投诉总量的13.3%`
is not of `跨区域投诉430件`), no budget, target or change (`支出预算安排9.8亿元`) unless the share names
one (`占全年预算的55.7%`, `完成预算的79.2%`: the budget its paragraph states, `预算资金为4000万元`, of the
share's year). A name
with a time of its own (`占去年…的`) and shares listed with 分别 are left to
the other rules. A number word after a count in its clause (`82 will have two
bedrooms`) says what each thing has, and is no part.

A share in the sentence right after a breakdown whose subject names one of
its parts (`…1,386 people, of which 742 are teachers and 644 are classified
staff. Teachers make up 57.3% of the workforce.`; `其中雨水管网120公里、…。雨水管网占全年
新建改造总量的65.6%`, the whole named by a word of a total or not at all) is that
part's share of the breakdown's total, when exactly one part has that name.

A rate set beside a count of a count and named by the sentence's own words
(`The hotline answered 18,400 of 20,000 calls within a minute, an answer rate of
94.2 percent`; `Of 6,400 outcomes, 5,740 were live releases, a live release rate
of…`, a list between dashes aside) is the one count's share of the other; counts
only, and every word of the rate's name must open a word said before it (not `a
tax rate of 6 percent` beside amounts of money, nor `a reinspection rate` after
`passed`).

A sentence that opens `That is` / `This was` with a share of a whole printed after
`of the` (`That is 98.6 percent of the $136 million issued`) is the share of the one
amount the sentence before states measured alike (`had spent $131.7 million …, up
from $94.8 million`: a comparison's base and a whole named there not counted).
A sentence that opens `Of the 3,340 trees, 2,040, or 64.1 percent, …` is of
the group it names with its count. A sentence that opens `Of those,` / `Of them,` with a count and its share
(`PRT employs 214 bus operators. Of those, 38, or 21.4%, have…`) is of the
group the sentence before counts, when it counts just one. An English share of
a whole named by its noun alone (`The local match of $7.95 million, or 25% of
the project`) is of the one amount the article states beside that noun (`The
project will cost $39.75 million`, `a $38.5 million capital plan`), in the
share's paragraph, else anywhere in the article, when all such amounts agree
(a qualified one, `about $40 million`, counts) and name no other year; the noun
must be its sentence's subject with a verb of cost right after it (not `The
first phase of the project will cost`, `The project's local share is`), and the
share's phrase holds the noun alone (`of the overall budget` is not judged; `46.0 percent of
revenue` after `Revenue came to $4.93 million`, the noun opening its sentence, is).
A goal and a target are one aim by either name, and `its goal of 300 ramps` states
it; when that figure stands right before the share (`Crews rebuilt 318 curb ramps,
beating their goal of 300 ramps, or 108.0 percent of the target`), it is the whole
and the result before it the part.
`2,140 of last year's 3,510 conversions, or 71 percent`: a possessive stands for the.
A date or a year is no part or whole (`$2.07 million in July through December
2024, 55.8 percent of the fiscal 2025 budget`), and an amount right after `of
its` / `of the` and another amount is that amount's whole, not the part (`$98.4
million of its $186 million bond …, or 72.4 percent of the $136 million issued`).
When the share's sentence names which one it is before the share (`Part of the
central office budget, administrative costs reached $25 million…, or 4% of the
budget`), an amount not stated with that word (`the now $1.2 billion budget`)
is another whole. Of English counts before the share on its line, the part is
the one that counts what the whole counts, or a bare count (`31 cruise calls
and 54,870 passengers, 40.8% of the 76 calls`: the calls). `Of
those, 24, or 12% of the department's sworn force` names a whole of its own.

Not judged: a share of another's whole written right after a part (`2,040, or 4.1
percent of the county's`); bare members of an English measure (`Of the 1,410 acres,
960 were cropland`) are in its unit; a 占 clause that names its own part without a figure, in words
mostly not those before the figure ahead of it (`推广良种茶园面积占全县28.6万亩茶园的
78%以上` after `改造低产茶园5.6万亩`; but `其中良种茶园22.3万亩，良种茶园面积占…` is that
part); a figure inside the whole's name followed by more of the name that is
no thing it counts (`占25家首批科创板挂牌企业募资额的40.75%`: the money, not the 25
companies; `占全市312家规上工业企业的` is of the companies); ages and lengths of time (`16 to 24 year olds`, `aged 75 years`),
which are no parts or wholes. A whole that is a target or a task (`占全年4万亩造林任务的`,
`its $2.8 million goal`) is a number set, not measured: exact, however round; a year in
the whole's name (`占2024年全年4万亩造林任务的`) is its time, no figure of it. A target of new things (`完成全年新增2500个托位目标的56.0%`)
takes a count of new ones (`新增托位1400个`, `引进招商项目28个`), never the total they
bring it to (`托位总数…增加到14600个`, 累计, 达到); with none, the share is not judged. A percentage of a change (增长, 提高…个百分点, up) is
never a share, and any other share with no whole printed (占19.4%) is not judged
here.

## Why it matters
Readers and editors recompute shares by hand; a share that does not follow
from the figures beside it means one of the three is wrong (a slipped digit,
an old total, the wrong base).

## Example
`上半年全县完成固定资产投资2680万元，占全年目标8000万元的32%`: 2680万元 ÷ 8000万元 =
33.5%, not 32%. Not flagged: `接待游客1250万人次，占全年目标1500万人次的83.3%`
(83.33%), `投入超过1.5亿元，占总量2.4亿元的62.5%` (at least 62.5%), `全县森林面积约48万亩，
占全县国土面积92万亩的52%` (about 52.2%), `1.2万人次，占计划1万人次的120%`.

## How to fix
Recompute the share from the two figures at their sources, and correct
whichever of the three is wrong.
"""

from __future__ import annotations

import re

from auditor.audit import Audit, Check
from auditor.checks._derived import (
    COUNTED_DIMENSIONS,
    COUNTED_THINGS,
    PERCENT_UNITS,
    bare_part_factor,
    bounds,
    measure_word,
    measures_alike,
    opens_respective_shares,
    overlaps,
    percent_range_text,
    sentence_locations,
    share_range,
)
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile

# 占 / 相当于 / 完成 / 达到 + the whole (with its figure) + 的, right before the share.
_OF_WHOLE_CN = lazy_compile(r"(?:占到?|相当于|完成(?:了)?|达到?)([^，,。；;！？!?]{0,24}?)的\s{0,2}$")
# The share, then "of" and at most four words before the whole's figure: "32% of its $80 million budget".
_OF_WHOLE_EN = lazy_compile(r"^\s{0,2}of\s(?:[A-Za-z'’]{1,20}\s){0,4}$", 0)
# A percentage that measures a change, not a share.
_CHANGE = lazy_compile(
    r"(增长|下降|增加|减少|提高|降低|增幅|降幅|增速|同比|环比|百分点|(?i:\b(?:up|down|rose|fell|increase|decrease|"
    r"growth|grew|points?)\b))"
)


# What a comparison's base figure follows: 去年同期为, 比, 较, up from.
_BASE_BEFORE = lazy_compile(
    r"(?:同期(?:为|是|的)?|上年(?:为|的)|去年(?:为|的)|比|较|(?i:\bfrom|\bcompared\swith))\s{0,2}$"
)


# What may follow the whole's figure before 的: nothing, or a short noun of it (占全年目标8000万元的, 占全县52.8万人口的);
# a longer name after it makes the figure a modifier (占25家首批科创板挂牌企业募资额的: the money, not the 25 companies).
_ENDS_THE_NAME = lazy_compile(
    r"[ \t]{0,2}(?:[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff]{0,14}(?:企业|公司|单位|机构|学校|医院|合作社|门店|工厂|农户|村|社区|项目))"
)


_OWN_SUBJECT = lazy_compile(r"[\u4e00-\u9fff]{2,}")
_MEASURE_PAIRS = frozenset("面积 总额 数量 总量 金额 规模 全县 全市 全省 全区".split())


def _names_another_part(reading, text: str, sentence, clause, zhan: int) -> bool:
    """The 占 clause opens with a subject of its own, holding no figure, whose words are mostly not those
    before the nearest figure before it."""
    clause_start = max(sentence.start, clause.start)
    subject = _OWN_SUBJECT.search(text, clause_start, zhan)
    if subject is None or reading.figures_in(clause_start, zhan):
        return False
    earlier = reading.figures_in(sentence.start, clause_start)
    if not earlier:
        return True
    figure = reading.figures[earlier[-1]]
    label = text[max(sentence.start, figure.start - 10) : figure.start]
    words = text[subject.start() : zhan]
    pairs = {words[k : k + 2] for k in range(len(words) - 1)} - _MEASURE_PAIRS
    if not pairs:
        return False
    return sum(1 for pair in pairs if pair in label) * 2 < len(pairs)


def _shares(reading):
    """(part index, whole index, share index) for each share tied to a printed part and whole."""
    from auditor.discovery import comparable
    from auditor.discovery.pairs import head_noun

    text = reading.document.visible_text
    for share_index, share in enumerate(reading.figures):
        if share.unit not in PERCENT_UNITS or share.kind not in ("percent", "share", "quantity"):
            continue
        sentence = reading.sentence_of(share_index)
        clause = reading.clause_of(share_index)
        if _CHANGE.search(text, clause.start, share.start) or _CHANGE.search(text, share.end, clause.end):
            continue
        before = text[sentence.start : share.start]
        whole_index = None
        cut = None
        chinese = _OF_WHOLE_CN.search(before)
        if chinese is not None and _names_another_part(
            reading, text, sentence, clause, sentence.start + chinese.start()
        ):
            # 推广良种茶园面积占全县28.6万亩茶园的78%以上: the share's clause names its own part, with no figure, and
            # not in the words of the figure before it (改造低产茶园5.6万亩 is another thing; 其中良种茶园22.3万亩，
            # 良种茶园面积占… is the same)
            continue
        if chinese is not None:
            start = sentence.start + chinese.start(1)
            end = sentence.start + chinese.end(1)
            # (占2024年全年4万亩造林任务的: the year names the whole's time, not another figure of it)
            inside = [
                i
                for i in reading.figures_in(start, end)
                if comparable(reading.figures[i]) and reading.figures[i].kind not in ("year", "date", "relative-date")
            ]
            if len(inside) == 1 and _ENDS_THE_NAME.fullmatch(text, reading.figures[inside[0]].end, end):
                whole_index, cut = inside[0], sentence.start + chinese.start()
            elif (
                not reading.figures_in(start, end)
                and not _DISTRIBUTED_BEFORE.search(
                    text, max(sentence.start, sentence.start + chinese.start() - 4), sentence.start + chinese.start()
                )
                # 合计占捐赠总额的83.52%: the share of several parts together, not of the figure before it
                and not _COMBINED_BEFORE.search(
                    text, max(sentence.start, sentence.start + chinese.start() - 3), sentence.start + chinese.start()
                )
            ):
                # 占线路全长的52.3%, 占民宿总数的16.4%: the whole named without its figure, which the article states
                # beside the same words (输水线路全长86.4公里, 全县共有民宿612家)
                cut = sentence.start + chinese.start()
                before_cut = reading.figures_in(sentence.start, cut)
                counted_part = _counted_in(reading.figures[before_cut[-1]]) if before_cut else ""
                # (the figure right before the share is its own amount, never its whole: 两者合计5.5万亩，占茶园总面积的)
                own = before_cut[-1] if before_cut else None
                whole_index = _named_whole(reading, text, chinese.group(1), share_index, counted_part, own)
        else:
            after = [i for i in reading.figures_in(share.end, sentence.end) if comparable(reading.figures[i])]
            named = _OF_NAMED_WHOLE_EN.match(text, share.end)
            before_share = reading.figures_in(sentence.start, share.start)
            if (
                len(before_share) >= 2
                and _OR_BEFORE_EN.search(text, max(sentence.start, share.start - 8), share.start)
                and _PART_OF_THE_WHOLE_EN.fullmatch(
                    text, reading.figures[before_share[-2]].end, reading.figures[before_share[-1]].start
                )
                and _WHOLE_THEN_OR_EN.fullmatch(text, reading.figures[before_share[-1]].end, share.start)
                # (not "…, or 18 percent of the citywide total": a share of another whole)
                and not _OF_AFTER_EN.match(text, share.end)
            ):
                # "760 of the 1,150 metered spaces, or 61.6 percent": the part, "of the", the whole, then its share
                whole_index, cut = before_share[-1], reading.figures[before_share[-1]].start
            elif after and _OF_WHOLE_EN.match(text[share.end : reading.figures[after[0]].start]):
                whole_index, cut = after[0], share.start
            elif named is not None and _OR_BEFORE_EN.search(text, max(sentence.start, share.start - 8), share.start):
                # "The local match of $7.95 million, or 25% of the project, …": the whole named without its figure,
                # which the article states beside the same noun ("The project will cost $39.75 million")
                before_share = reading.figures_in(sentence.start, share.start)
                own = before_share[-1] if before_share else None
                whole_index = _named_whole_en(reading, text, named.group(1).lower(), share_index, own)
                cut = share.start
                if own is not None and _named_whole_en(reading, text, named.group(1).lower(), share_index, None) == own:
                    # "…on 214 homes, topping its goal of 200 homes, or 107.0 percent of the target": the figure
                    # right before the share is the whole it names, and the part comes before it
                    whole_index, cut = own, reading.figures[own].start
        if whole_index is None:
            continue
        whole = reading.figures[whole_index]
        counted = _counted_in(whole)
        if whole.unit in PERCENT_UNITS:
            continue
        # 全县52.8万常住人口: a bare number before a noun of people counts people, so its part is a count of people
        people = not whole.dimension and not whole.written_unit.strip("万亿") and _PEOPLE_AFTER.match(text, whole.end)
        parts = [
            i
            for i in reading.figures_in(sentence.start, cut)
            if comparable(reading.figures[i])
            and (
                (reading.figures[i].dimension == "[person]" if people else measures_alike(reading.figures[i], whole))
                # "Of the 184 apartments, 82 will have…": a bare count of members of a counted whole
                or (
                    not reading.figures[i].dimension
                    and not reading.figures[i].written_unit
                    and whole.dimension in COUNTED_DIMENSIONS
                )
            )
            and reading.figures[i].unit not in PERCENT_UNITS
            and i != whole_index
            # 168家 is no part of 8940张: Chinese counts of one dimension in two measure words count two things
            and (not counted or _counted_in(reading.figures[i]) in ("", counted))
            # "…208.3亿元，去年同期为174.2亿元，…完成全年目标450亿元的46.3%": a comparison's base is no part
            and not _BASE_BEFORE.search(
                text, max(sentence.start, reading.figures[i].start - 8), reading.figures[i].start
            )
        ]
        if parts and chinese is not None and _NEW_THINGS.search(text, sentence.start + chinese.start(), whole.start):
            # 新增托位1400个，托位总数…增加到14600个，完成全年新增2500个托位目标的56.0%: a target of new things takes
            # the count of new ones, not the total they bring it to
            parts = [
                i
                for i in parts
                if not _RUNNING_TOTAL_BEFORE.search(text, reading.clause_of(i).start, reading.figures[i].start)
            ]
        if len(parts) >= 2 and whole.written_unit.isascii() and whole.written_unit[-1:].isalpha():
            # "31 cruise calls and 54,870 passengers, 40.8% of the 76 calls": the count of what the whole counts
            # (a bare count, "30 of its 112 buses, or 26.8%", counts them too; on the share's own line)
            line_start = text.rfind("\n", 0, share.start) + 1
            alike = [
                i
                for i in parts
                if reading.figures[i].start >= line_start
                and (
                    not reading.figures[i].written_unit
                    or head_noun(reading.figures[i].written_unit) == head_noun(whole.written_unit)
                )
            ]
            parts = alike or parts
        if len(parts) >= 2:
            # "$98.4 million of its $186 million Measure K bond …, or 72.4 percent of the $136 million issued": an
            # amount right after "of its" / "of the" and another amount is that amount's whole, not the part
            parts = [
                i
                for k, i in enumerate(parts)
                if not (
                    k
                    and _PART_OF_THE_WHOLE_EN.fullmatch(
                        text, reading.figures[parts[k - 1]].end, reading.figures[i].start
                    )
                )
            ]
        if parts and _unread_number_between(reading, text, parts[-1], cut):
            continue  # "planted 240,000 seedlings, bringing the total to 420,000, about 38 percent of…": of what?
        if parts and _NEW_SUBJECT_EN.search(text, reading.figures[parts[-1]].end, cut):
            continue  # "Crews passed 5,960 locations, and the network now reaches 74.6% of the 18,600…": the network's
        if parts:
            part = parts[-1]
            if reading.figures[part].text[:1].isalpha():
                # "82 will have two bedrooms (44.6%)": a number word after the count describes its members
                same_clause = [i for i in parts[:-1] if reading.clause_of(i) is reading.clause_of(part)]
                part = same_clause[-1] if same_clause else part
            yield part, whole_index, share_index


# A clause joined with a subject of its own between a part and the share: ", and the network now reaches".
# (", so the grants covered roughly 62 percent of…": what the first clause did leaves the grants their share)
_NEW_SUBJECT_EN = lazy_compile(
    r"[,;][ \t]{1,2}(?:and|but|while|whereas|so|so[ \t]that|which[ \t]means)[ \t]{1,2}(?:the|its|their|this|that)[ \t]",
    0,
)
_BASE_OR_EXCESS_BEFORE = lazy_compile(
    r"(?:[从由比较][^，,。；;]{0,10}的|超出[^，,。；;]{0,8}|超过[^，,。；;]{0,8}|多出|减少|增加)[ \t]{0,2}$"
)
_OF_AFTER_EN = lazy_compile(r"[ \t]{1,2}of\b")
# (or a possessive: "2,140 of last year's 3,510 conversions, or 71 percent")
_PART_OF_THE_WHOLE_EN = lazy_compile(
    r"[ \t]{1,2}of[ \t]{1,2}(?:the|its|their|all|all[ \t]the|(?:[A-Za-z]{2,12}[ \t])?[A-Za-z]{2,16}['’]s)[ \t]{1,2}"
)
_WHOLE_THEN_OR_EN = lazy_compile(r"[^,;.\d]{0,40},[ \t]{1,2}or[ \t]{1,2}")
_NEW_THINGS = lazy_compile(r"新增|新建|新开工|新招|新引进|新培育|新发展|新认定")
# What a total of things, new and old, is said with: 总数, 累计, 增加到 / 达到 (托位总数由…增加到14600个).
_RUNNING_TOTAL_BEFORE = lazy_compile(r"总|累计|(?:增加|增长|提高|上升)到|增至|达到")
_PEOPLE_AFTER = lazy_compile(r"[ \t]{0,2}(?:常住|户籍|农村|城镇|农业)?(?:人口|居民|群众|人(?![民工才]))")


# An amount the reader left unread: digit groups or three digits and more standing alone (not K-12, Route 9,
# COVID-19, G318: a name's digits).
_DIGITS = lazy_compile(r"(?<![\w-])(?:\d{1,3}(?:,\d{3})+|\d{3,})(?:\.\d+)?(?![\w-])")


def _unread_number_between(reading, text: str, part: int, end: int) -> bool:
    """A number the reader left unread stands between the part and its share: the share may be of that one."""
    position = reading.figures[part].end
    for index in reading.figures_in(position, end):
        if _DIGITS.search(text, position, reading.figures[index].start):
            return True
        position = max(position, reading.figures[index].end)
    return bool(_DIGITS.search(text, position, end))


# A whole's name before its figure may carry a place and the words that make it a total: 全县…总数.
_PLACE_OF_WHOLE = "全县|全市|全区|全省|全镇|全港|全国|该县|该市|本县|本市"
_WHOLE_PREFIX = lazy_compile(rf"^(?:{_PLACE_OF_WHOLE}|其)")
_WHOLE_TOTAL_WORDS = lazy_compile(r"总数|总量|总额|总计|合计|全长|总长|总投资|总面积|总人口|总数量|人数")
WHOLE_REACH = 12  # characters before a figure in which a named whole's words must stand


def _named_whole(
    reading, text: str, name: str, share_index: int, counted: str = "", own: int | None = None
) -> int | None:
    """The one figure the article states for a whole named without its figure (占线路全长的52.3%): a figure whose
    words before it hold the name, or its thing and its total word (民宿…总数 → 全县共有民宿612家). None when no
    figure, or figures of different values, fit; or when the name carries a time of its own (占去年…的)."""
    from auditor.discovery import comparable

    name = _WHOLE_PREFIX.sub("", name.strip())
    if len(name) < 2 or _TIME_IN_NAME.search(name):
        return None
    total_word = _WHOLE_TOTAL_WORDS.search(name)
    thing = name[: total_word.start()] if total_word else name
    from auditor.discovery.frames import kinds_of, neighbour_before
    from auditor.discovery.pairs import in_quotation
    from auditor.published import publication_date

    share_sentence = reading.sentence_of(share_index)
    share_periods = _periods(text, share_sentence.start, share_sentence.end)
    published = publication_date(reading.document)
    found = []
    for index, figure in enumerate(reading.figures):
        if index in (share_index, own) or not comparable(figure) or figure.unit in PERCENT_UNITS:
            continue
        if figure.kind != "quantity" or figure.direction is not None:
            continue
        clause = reading.clause_of(index)
        before = text[max(clause.start, figure.start - WHOLE_REACH) : figure.start]
        sentence_before = text[reading.sentence_of(index).start : figure.start]
        if counted and _counted_in(figure) not in ("", counted):
            continue  # 民宿…共有床位8940张 is no whole of 94家
        if not (
            _names_whole(before, name)
            # 占茶园总面积的 / 全县茶园面积12.6万亩: the whole's name is often written without its 总
            or (len(name) >= 4 and "总" in name[1:] and _names_whole(before, name.replace("总", "")))
            or (total_word is not None and len(thing) >= 2 and thing in sentence_before and _WHOLE_WORDS.search(before))
            # 全县612家民宿: the thing right after the count
            or (total_word is not None and len(thing) >= 2 and text.startswith(thing, figure.end))
            # 占全年预算的55.7% after 发展预算资金为4000万元: a plan named by its word, whatever stands before it
            or (
                (planned := _PLANNED_WHOLE.search(name)) is not None
                and planned.group(0) in before
                # (in the share's paragraph: another paragraph's plan may be another year's, 2025年…预算3800万元)
                and reading.sentence_of(index).block == reading.sentence_of(share_index).block
            )
        ):
            continue
        if _DISTRIBUTED_BEFORE.search(text, max(clause.start, figure.start - 6), figure.start):
            continue  # 捐赠总额分别为1218.11亿元、524.15亿元: each of several, not the whole
        if (
            own is not None
            and reading.figures[share_index].nominal < 100
            and figure.same_dimension(reading.figures[own])
            and figure.nominal < reading.figures[own].nominal
        ):
            continue  # 预付式消费投诉2870件，占投诉总量的13.3% is not of 跨区域投诉430件: a whole is no smaller than its part
        if figure.qualifier or _FORECAST.search(text, reading.sentence_of(index).start, figure.start):
            continue  # 预计，全年基金支出在9.7亿元左右: an estimate, not the whole a share was taken of
        if neighbour_before(text, reading.sentence_of(index).start, figure.start):
            continue  # 相邻的沙河县上半年网络零售额11.2亿元: a neighbour's, not the article's own whole
        if _BASE_OR_EXCESS_BEFORE.search(text, max(clause.start, figure.start - 12), figure.start):
            continue  # 从通航首年的18.6万人次增长到…, 已超出设计容量86.4万人次: a base or a difference, no whole
        periods = _periods(text, reading.sentence_of(index).start, reading.sentence_of(index).end)
        if _periods_apart(share_periods, periods):
            continue  # 上半年…占基金支出的22.6% is not of 全年基金支出
        if share_periods[0] and periods[0] and not set(share_periods[0]) & set(periods[0]):
            continue  # 2024年…完成预算的97.8% is not of 2025年…专项资金预算3800万元: another year's
        if len(periods[0]) >= 2 > len(share_periods[0]):
            continue  # 2023年、2024年两年…累计达到50.7亿元: a total over years, not one year's whole
        if (
            published is not None
            and periods[0]
            and all(word[:-1].isdigit() and int(word[:-1]) > published.year for word in periods[0])
        ):
            continue  # 工程计划于2026年底建成…可满足年旅客吞吐量3700万人次的需求: a year still ahead
        not_whole = kinds_of(text, clause.start, figure, clause.end) & _NOT_A_WHOLE
        if _PLANNED_WHOLE.search(name):
            not_whole -= {"plan"}  # 占全年预算的55.7% after 预算资金为4000万元: the budget is the whole it names
        if not_whole:
            continue  # 医保基金支出预算安排9.8亿元: a budget, a target or a change is not the whole
        found.append(index)
    # 柯振邦说：“2024年我们完成旅客吞吐量1268.4万人次…”: a speaker's statement, taken only when the article makes none
    found = [i for i in found if not in_quotation(text, reading.figures[i].start)] or found
    # The nearest statement of it: in the share's sentence, else its paragraph, else anywhere in the article.
    share_sentence, share_block = reading.sentence_of(share_index), reading.sentence_of(share_index).block
    for scope in (
        [i for i in found if reading.sentence_of(i) is share_sentence],
        [i for i in found if reading.sentence_of(i).block == share_block],
        found,
    ):
        if scope:
            values = {reading.figures[i].nominal for i in scope}
            return scope[0] if len(values) == 1 else None
    return None


# "…, or 25% of the project": the whole's noun (after up to two words) closing the phrase.
# ("46.0 percent of revenue": a mass noun without an article, too)
_OF_NAMED_WHOLE_EN = lazy_compile(
    r"[ \t]{1,2}of[ \t]{1,2}(?:(?:the|its|their|this|that)[ \t]{1,2})?([a-z]{3,20})(?=[ \t]{0,2}(?:[,.;:)]|$))"
)
_OR_BEFORE_EN = lazy_compile(r"(?:,|\()[ \t]{0,2}(?:or[ \t]{1,2}|about[ \t]{1,2}|roughly[ \t]{1,2})?$")
# The noun beside its amount: "The project will cost $39.75 million", "the budget of $64.2 million", "a $38.5 million
# capital plan" (the noun after the amount: _NOUN_AFTER_AMOUNT).
_VERB_TO_AMOUNT_EN = (
    r"(?:'s[ \t]{1,2}(?:total[ \t]{1,2}|overall[ \t]{1,2}|estimated[ \t]{1,2})?cost)?[ \t]{1,2}"
    r"(?:(?:will|would|now|is[ \t]{1,2}(?:expected|estimated)[ \t]{1,2}to|was[ \t]{1,2}to)[ \t]{1,2})?"
    r"(?:costs?|costing|totals?|totaled|totalled|is|was|be|of|comes[ \t]to|came[ \t]to|reached|stood[ \t]at|"
    r"(?:rose|grew|climbed|fell|dropped)[ \t]to)"
    r"(?:[ \t]{1,2}(?:about|roughly|nearly|some|an[ \t]estimated))?[ \t]{1,2}\$?$"
)
ENGLISH_WHOLE_REACH = 48


def _opening_starts(text: str, start: int, end: int) -> list[int]:
    """Where a sentence's own words may open: its start, or right after a dateline's dash."""
    from auditor.checks._derived import DATELINE_END

    return [start, *(m.end() for m in DATELINE_END.finditer(text, start, end))]


def _named_whole_en(reading, text: str, noun: str, share_index: int, own: int | None) -> int | None:
    """The one amount the article states beside a whole named by its noun alone (`25% of the project`): right
    after the noun and a verb of cost (`The project will cost $39.75 million`), or right before it (`a $38.5
    million capital plan`). None when no amount, or amounts of different values, fit, or when the share's sentence
    and the amount's name different years."""
    from auditor.discovery import comparable
    from auditor.discovery.frames import kinds_of

    if noun in _NOT_WHOLE_NOUNS:
        return None
    # ("topping its goal of 200 homes, or 109.0 percent of the target": one aim, by either name)
    noun = "(?:goal|target)" if noun in ("goal", "target") else noun
    # the noun as its sentence's subject ("The project will cost…"), not a part of it ("The first phase of the
    # project will cost…", "The project's local share is…")
    before_noun = lazy_compile(rf"(?i)(?<!\bof )\b(?:the|its|this|their|our)[ \t]{{1,2}}{noun}s?{_VERB_TO_AMOUNT_EN}")
    after_amount = lazy_compile(rf"(?i)[ \t]{{1,2}}(?:[a-z-]{{2,20}}[ \t]{{1,2}}){{0,2}}?{noun}\b")
    # "Revenue came to $4.93 million": the noun opening its sentence, no article
    # ("Enrollment at Northgate schools reached 5,420 students": a place or owner may follow the noun)
    opening_noun = lazy_compile(
        rf"(?i)[ \t]{{0,3}}{noun}s?(?:[ \t]{{1,2}}(?:at|in|for|of)(?:[ \t]{{1,2}}[A-Za-z'’-]{{1,20}}){{1,3}})?{_VERB_TO_AMOUNT_EN}"
    )
    share_sentence = reading.sentence_of(share_index)
    share_years = set(_YEAR_IN.findall(text, share_sentence.start, share_sentence.end))
    # "Part of the central office budget, administrative costs reached $25 million…, or 4% of the budget": the
    # share's sentence names which budget, and an amount not named so ("the now $1.2 billion budget") is another's
    qualifier = lazy_compile(rf"(?i)\b([a-z]{{3,20}})[ \t]{{1,2}}{noun}\b").search(
        text, share_sentence.start, reading.figures[share_index].start
    )
    qualifier = qualifier.group(1).lower() if qualifier and qualifier.group(1).lower() not in _NOT_QUALIFIERS else None
    found = []
    for index, figure in enumerate(reading.figures):
        if index in (share_index, own) or not comparable(figure) or figure.unit in PERCENT_UNITS:
            continue
        if figure.kind != "quantity" or figure.direction is not None:
            continue  # (a qualified amount, "about $40 million", still counts: two values leave the whole unknown)
        clause = reading.clause_of(index)
        if not (
            before_noun.search(text, max(clause.start, figure.start - ENGLISH_WHOLE_REACH), figure.start)
            or after_amount.match(text, figure.end)
            or any(
                opening_noun.fullmatch(text, start, figure.start)
                # (after a dateline: "NORTHGATE, Sept. 20, 2024 -- Enrollment … reached 5,420")
                for start in _opening_starts(text, reading.sentence_of(index).start, figure.start)
            )
        ):
            continue
        if (
            qualifier is not None
            and qualifier
            not in text[
                max(clause.start, figure.start - ENGLISH_WHOLE_REACH) : min(
                    clause.end, figure.end + ENGLISH_WHOLE_REACH
                )
            ].lower()
        ):
            continue
        sentence = reading.sentence_of(index)
        years = set(_YEAR_IN.findall(text, sentence.start, sentence.end))
        if share_years and years and not share_years & years:
            continue  # "25% of the budget" in 2025 is not of the 2024 budget
        if kinds_of(text, clause.start, figure, clause.end) & (_NOT_A_WHOLE - {"plan"}):
            continue  # (what an undertaking will cost is the whole its shares are of)
        found.append(index)
    share_block = share_sentence.block
    for scope in ([i for i in found if reading.sentence_of(i).block == share_block], found):
        if scope:
            values = {reading.figures[i].nominal for i in scope}
            return scope[0] if len(values) == 1 else None
    return None


# Words before a whole's noun that do not say which one it is ("the budget", "its total budget").
_NOT_QUALIFIERS = frozenset("the its this that their our his her total overall entire whole same annual".split())
# Nouns that name no one whole: "of the time", "of the way", "of them".
_NOT_WHOLE_NOUNS = frozenset("time way year years total increase rise gain cut them those these cases".split())


def _counted_in(figure) -> str:
    """The measure word a Chinese count of things is counted in (612家 → 家, 8940张 → 张)."""
    return measure_word(figure, COUNTED_THINGS)


# 分别占全港…的54.8%、23.3%: shares distributed over the amounts before, paired by discovered-percent-sum.
_DISTRIBUTED_BEFORE = lazy_compile(r"分别|依次")
_FORECAST = lazy_compile(r"预计|预期|力争|目标|计划|(?i:\b(?:expect|forecast|project|estimat)\w*)")
_PERIOD_WORDS = lazy_compile(
    # (记者从2月24日召开的…会议上获悉: the day the source spoke dates no figure)
    r"全年|上半年|下半年|[一二三四]季度|前三季度|去年|今年|前年|"
    r"(?<!\d)\d{1,2}月(?!\d{1,2}日(?:召开|举行|举办|发布|公布|从))|\d{1,2}[—-]\d{1,2}月|(?:19|20)\d\d年"
)
_YEAR_WORDS = frozenset({"去年", "今年", "前年"})
_NOT_THE_FIGURES_YEAR = lazy_compile(r"(?:比|较|同比|相比|完成|为完成|than|from)[ \t]{0,2}$")
_PLAN_YEAR_AFTER = lazy_compile(r"[^，,。；;]{0,10}?(?:目标|规划|计划|行动)")


def _periods(text: str, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    """The years a sentence names (2024年, 去年) and the parts of a year (上半年, 3月, 全年; not the day a meeting
    was held, 2月24日召开的…)."""
    found = {
        m.group(0)
        for m in _PERIOD_WORDS.finditer(text, start, end)
        # (比2023年增长, 提前完成2025年规划目标: a base or a plan's year, not the figures')
        if not _NOT_THE_FIGURES_YEAR.search(text, max(start, m.start() - 4), m.start())
        and not _PLAN_YEAR_AFTER.match(text, m.end())
    }
    years = frozenset(word for word in found if word in _YEAR_WORDS or word[:-1].isdigit() and len(word) == 5)
    return years, frozenset(found - years)


def _periods_apart(first, second) -> bool:
    """Two sentences' periods that cannot be one: different parts of a year (上半年 / 全年; a year named alone is
    its whole), or different years when both name one."""
    (years_a, parts_a), (years_b, parts_b) = first, second
    if (parts_a or years_a) and (parts_b or years_b):
        if (parts_a or {"全年"}) != (parts_b or {"全年"}) and not (parts_a & parts_b):
            return True
    return bool(years_a and years_b and not years_a & years_b)


_COMBINED_BEFORE = lazy_compile(r"合计|共计|累计|总计|共")
# What may stand right before a whole's name in its own words: not a character that makes it a longer word
# (进出口总值 is not 出口总值).
_NAME_BOUNDARY = frozenset("的是在为和与及、年月日度全县市省区国，,：: ")


# Verbs a whole's name follows (2024年全县实现网络零售额28.3亿元): no modifier of the name, which would make it a
# part's (农产品网络零售额).
_VERB_BEFORE_NAME = ("实现", "完成", "达到", "共有", "拥有", "累计", "共计", "合计", "全年")


def _names_whole(before: str, name: str) -> bool:
    position = before.find(name)
    while position != -1:
        if _SUBSET_AFTER_NAME.match(before, position + len(name)):
            pass  # 全县蜂群参保5.1万群: the insured ones, a part of 全县蜂群
        elif (
            position == 0
            or before[position - 1] in _NAME_BOUNDARY
            or not "\u4e00" <= before[position - 1] <= "\u9fff"
            or before[:position].endswith(_VERB_BEFORE_NAME)
            # 全县蜂群存栏7.25万群 for 占全县蜂群的: the place word the name was read without
            or _WHOLE_PREFIX_END.search(before, 0, position) is not None
        ):
            return True
        position = before.find(name, position + 1)
    return False


# Words after a whole's name that make the figure a part of it (蜂群参保, 茶园认证): what some of it is or does.
_SUBSET_AFTER_NAME = lazy_compile(r"[ \t]{0,2}(?:中的?|参保|参加|认证|获证|入选|达标|新增|其中)")
_WHOLE_PREFIX_END = lazy_compile(rf"(?:{_PLACE_OF_WHOLE})$")
# A whole named as a plan: 占全年预算的, 完成年度计划的, 完成目标任务的.
_PLANNED_WHOLE = lazy_compile(r"预算|计划|目标|任务")
_NOT_A_WHOLE = frozenset({"plan", "change", "average", "per-capita", "share"})


_TIME_IN_NAME = lazy_compile(r"去年|上年|前年|今年|同期|年初|(?:19|20)\d\d")
# Words before a figure that make it a whole of its things: 共有民宿612家, 总数612家, 全长86.4公里.
_WHOLE_WORDS = lazy_compile(r"共有|共|总数|总量|总额|合计|全长|总长|总投资|总计|达到?")


# A part's own share right after it, with no whole of its own named: 1.82亿元，占58.3%; 1.82亿元（58.3%）;
# $61.5 million, or 68.9%; $61.5 million (68.9%).
_OWN_SHARE_AFTER = lazy_compile(
    r"[ \t]{0,2}(?:[，,][ \t]{0,2}(?:占比?|占到|比重为?)(?:为|是)?|[（(]|,[ \t]{1,2}or|[ \t]{1,2}or)[ \t]{0,2}$"
)


_MORE_THAN_AFTER = lazy_compile(r"(?i)[ \t]{1,2}(?:more|less|fewer|higher|lower|above|below|over|under|than)\b")
_OWN_SHARE_LEVEL = lazy_compile(
    r"[ \t]{0,2}[，,][ \t]{0,2}(?:占比|比重|份额)(?:提高|上升|提升|下降|降低|回落)(?:到|至)[ \t]{0,2}$"
)
# "…4,312 children signed up, and 2,968 of them, or 71.8%, finished": a part of the count before it, and its share.
_OF_THEM = lazy_compile(r"[ \t]{1,2}of[ \t]{1,2}(?:it|them|those|these|whom)[ \t]{0,2},[ \t]{0,2}or[ \t]{1,2}$", 0)


_WHOLE_OF_ITS_OWN = lazy_compile(r"[ \t]{1,2}of\b")
_REST_OPENS = lazy_compile(r"[ \t]{0,2}(?:其余|其他|另外)")
_OF_THE_OPENS = lazy_compile(r"[ \t]{0,2}(?i:of)[ \t]{1,2}the[ \t]{1,2}")
_COMMA_ONLY = lazy_compile(r"[ \t]{0,2},[ \t]{0,2}")
_OF_THOSE_OPENS = lazy_compile(r"[ \t]{0,2}(?i:of[ \t]{1,2}(?:those|them|these))[ \t]{0,2},[ \t]{0,2}")


# "…had spent $131.7 million by the end of 2024. That is 98.6 percent of the $136 million issued": a share that
# opens its sentence with what the sentence before did.
_THAT_IS_BEFORE = lazy_compile(
    r"[ \t]{0,2}(?:That|This|It)(?:['’]s|[ \t]{1,2}(?:is|was|represents|represented|amounts[ \t]to|amounted[ \t]to"
    r"|comes[ \t]to|came[ \t]to))[ \t]{1,2}$"
)
_OF_THE_BETWEEN = lazy_compile(r"[ \t]{1,2}of[ \t]{1,2}(?:the|its|their)[ \t]{1,2}")
# (nor a whole named in it: "…of the $128 million issued")
_BASE_BEFORE_EN = lazy_compile(
    r"(?i)\b(?:from|than|over|against|compared[ \t]with|of[ \t]{1,2}(?:the|its|their))[ \t]{1,2}(?:about[ \t]{1,2})?$"
)


def _shares_of_that(reading):
    """(part, whole, share) for "That is P percent of the $W …" right after a sentence that states one amount
    measured as the whole is, not counting a comparison's base ("up from $94.8 million")."""
    text = reading.document.visible_text
    for position, sentence in enumerate(reading.sentences):
        own = reading.figures_in(sentence.start, sentence.end)
        if not position or len(own) < 2:
            continue
        share_index, whole_index = own[0], own[1]
        share, whole = reading.figures[share_index], reading.figures[whole_index]
        if (
            share.unit not in PERCENT_UNITS
            or not _THAT_IS_BEFORE.match(text, sentence.start, share.start)
            or not _OF_THE_BETWEEN.fullmatch(text, share.end, whole.start)
            or whole.unit in PERCENT_UNITS
        ):
            continue
        before = reading.sentences[position - 1]  # (in the paragraph before, when "That is" opens its own)
        parts = [
            i
            for i in reading.figures_in(before.start, before.end)
            if measures_alike(reading.figures[i], whole)
            and reading.figures[i].direction is None
            and not _BASE_BEFORE_EN.search(
                text, max(before.start, reading.figures[i].start - 20), reading.figures[i].start
            )
        ]
        # (a headline run into its lede may say the one amount twice)
        if len({reading.figures[i].nominal for i in parts}) == 1 and reading.figures[parts[-1]].nominal < whole.nominal:
            yield parts[-1], whole_index, share_index


def _shares_of_them(reading):
    """(part index, whole index, share index) for "N of them, or P%": the whole is the nearest figure before
    the part in its sentence that measures what the part measures."""
    text = reading.document.visible_text
    for index in range(len(reading.figures) - 1):
        part, share = reading.figures[index], reading.figures[index + 1]
        if share.unit not in PERCENT_UNITS or not _OF_THEM.fullmatch(text, part.end, share.start):
            continue
        sentence = reading.sentence_of(index)
        wholes = [
            i
            for i in reading.figures_in(sentence.start, part.start)
            if reading.figures[i].unit not in PERCENT_UNITS
            and (
                measures_alike(reading.figures[i], part)
                # a bare "2,968 of them" counts members of the group counted before it (4,312 children)
                or (not part.dimension and reading.figures[i].dimension in COUNTED_DIMENSIONS)
            )
        ]
        # the group is at least as large as its members ("…at 35 branches, and 2,968 of them" is of the children)
        wholes = [i for i in wholes if reading.figures[i].nominal >= part.nominal]
        if wholes:
            yield index, wholes[-1], index + 1
    # "PRT employs 214 bus operators. Of those, 38, or 21.4%, have completed…": the group the sentence before
    # counts, when it counts just one of the part's kind
    for index in range(len(reading.figures) - 1):
        part, share = reading.figures[index], reading.figures[index + 1]
        if share.unit not in PERCENT_UNITS or not _OWN_SHARE_AFTER.search(text, part.end, share.start):
            continue
        if share.start - part.end > 8 or _WHOLE_OF_ITS_OWN.match(text, share.end):
            continue  # (", or 12% of the department's sworn force": a share of another whole)
        sentence = reading.sentence_of(index)
        if index > 0 and reading.sentence_of(index - 1) is sentence:
            # "Of the 3,340 trees, 2,040, or 64.1 percent, went…": the group named with its count right before
            whole = reading.figures[index - 1]
            if (
                _OF_THE_OPENS.fullmatch(text, sentence.start, whole.start)
                and _COMMA_ONLY.fullmatch(text, whole.end, part.start)
                and whole.unit not in PERCENT_UNITS
                and (measures_alike(whole, part) or (not part.dimension and whole.dimension in COUNTED_DIMENSIONS))
                and whole.nominal >= part.nominal
            ):
                yield index, index - 1, index + 1
                continue
        if not _OF_THOSE_OPENS.fullmatch(text, sentence.start, part.start) or sentence.index == 0:
            continue
        before = reading.sentences[sentence.index - 1]
        if before.block != sentence.block:
            continue
        wholes = [
            i
            for i in reading.figures_in(before.start, before.end)
            if reading.figures[i].unit not in PERCENT_UNITS
            and (
                measures_alike(reading.figures[i], part)
                or (not part.dimension and reading.figures[i].dimension in COUNTED_DIMENSIONS)
            )
        ]
        if len(wholes) == 1 and reading.figures[wholes[0]].nominal >= part.nominal:
            yield index, wholes[0], index + 1


# "…, a live release rate of 87.9 percent", "…, for an answer rate of 86.9 percent": a rate set beside what it
# measures, named by its own words.
_RATE_APPOSITION_EN = lazy_compile(
    r"(?i)(?:,|[ \t]{0,2}(?:—|--))[ \t]{1,2}(?:for[ \t]{1,2}|giving[ \t]{1,2}(?:it[ \t]{1,2})?)?an?[ \t]{1,2}((?:[a-z-]{3,20}[ \t]{1,2}){1,3})"
    r"rate[ \t]{1,2}of[ \t]{1,2}$"
)
_BARE_OF_EN = lazy_compile(r"[ \t]{1,2}of[ \t]{1,2}(?:the[ \t]{1,2}|its[ \t]{1,2}|their[ \t]{1,2})?")
_OF_OPENS_EN = lazy_compile(r"[ \t]{0,2}(?i:of)[ \t]{1,2}(?:the[ \t]{1,2})?")
_DASHED = lazy_compile(r"[ \t]{0,2}(?:—|--)[^—]{1,200}?(?:—|--)")


def _rates_named_for_parts(reading):
    """(part index, whole index, share index) for a count of a count (`41,200 of 46,300 calls`, `Of 6,400
    outcomes, 5,740 …`) followed in its sentence by a rate set beside it and named by the sentence's own words (`…
    answered 41,200 of 46,300 calls…, an answer rate of 86.9 percent`): the rate is the one count's share of the
    other. (Counts only: a tax rate beside amounts of money is no share of them.)"""
    text = reading.document.visible_text
    for share_index, share in enumerate(reading.figures):
        if share.unit not in PERCENT_UNITS:
            continue
        sentence = reading.sentence_of(share_index)
        named = _RATE_APPOSITION_EN.search(text, max(sentence.start, share.start - 70), share.start)
        if named is None:
            continue
        before = [
            i for i in reading.figures_in(sentence.start, named.start()) if reading.figures[i].unit not in PERCENT_UNITS
        ]
        # (a list set off by dashes between says what the part is made of: "5,740 were live releases — 3,690
        # adoptions, … —, a live release rate…")
        dashed = [m.span() for m in _DASHED.finditer(text, sentence.start, share.start)]
        before = [i for i in before if not any(a <= reading.figures[i].start < b for a, b in dashed)]
        pair = None
        for k in range(len(before) - 1):
            first, second = reading.figures[before[k]], reading.figures[before[k + 1]]
            if _BARE_OF_EN.fullmatch(text, first.end, second.start):
                pair = (before[k], before[k + 1])  # 41,200 of 46,300 calls
            elif k == 0 and _OF_OPENS_EN.fullmatch(text, sentence.start, first.start):
                if _COMMA_ONLY.fullmatch(text, first.end, second.start):
                    pair = (before[k + 1], before[k])  # Of 6,400 outcomes, 5,740 …
        if pair is None:
            continue
        part, whole = (reading.figures[i] for i in pair)
        if whole.dimension not in COUNTED_DIMENSIONS and whole.dimension:
            continue
        if not (measures_alike(part, whole) or (not part.dimension and not part.written_unit)):
            continue
        if part.nominal > whole.nominal:
            continue
        # what is measured between the part and its rate is the rate's own: no other count of the kind there
        if any(
            reading.figures[i].start > reading.figures[max(pair)].end and measures_alike(reading.figures[i], whole)
            for i in before
        ):
            continue
        # the rate is named by the sentence's words ("live release rate" after "were live releases", "answer
        # rate" after "answered"), not another rate ("a tax rate of 7 percent")
        words = [w for w in re.findall(r"[a-z]{3,}", named.group(1).lower())]
        said = text[sentence.start : named.start()].lower()
        if not words or not all(re.search(r"\b" + re.escape(w[:5]), said) for w in words):
            continue
        yield pair[0], pair[1], share_index


def _shares_of_breakdowns(reading):
    """(part index, whole index, share index) for each part of a breakdown (其中, of which, Of the X,) followed
    at once by its own share: the share is of the total the breakdown lists its parts under."""
    from auditor.checks._breakdowns import breakdowns

    text = reading.document.visible_text
    for total_index, components, _exhaustive, _disjoint in breakdowns(reading):
        total = reading.figures[total_index]
        if _own_share(reading, text, total_index) is not None:
            continue  # 60岁及以上人口为26402万人，占18.70%（其中，65岁及以上…，占13.50%）: shares of a larger whole
        for part_index in [*components, *_listed_on(reading, text, components[-1])]:
            share_index = _own_share(reading, text, part_index)
            part = reading.figures[part_index]
            if share_index is not None and (
                measures_alike(part, total)
                # "2.1 million visitors this year, of whom 640,000, or 40%": a bare count of the people counted
                or (not part.dimension and not part.written_unit and total.dimension in COUNTED_DIMENSIONS)
            ):
                yield part_index, total_index, share_index


# "…1,386 people, of which 742 are teachers and 644 are classified staff. Teachers make up 57.3% of the
# workforce.": the sentence after a breakdown names one of its parts as its subject and gives its share.
_SUBJECT_SHARE_EN = lazy_compile(
    r"(?i)[ \t\"“]{0,3}(?:the[ \t]{1,2})?([a-z][a-z-]{2,24}(?:[ \t]{1,2}[a-z][a-z-]{2,24}){0,2})[ \t]{1,2}"
    r"(?:make[ \t]up|makes[ \t]up|made[ \t]up|account[ \t]for|accounts[ \t]for|accounted[ \t]for|represent|"
    r"represents|represented|are|were)[ \t]{1,2}(?:about[ \t]|nearly[ \t]|roughly[ \t])?$"
)
# "of the workforce", "of all employees": the share's whole, a word for everyone the total counts (not "of the
# district's payroll", money).
_OF_THE_WHOLE_AFTER = lazy_compile(
    r"(?i)[ \t]{1,2}of[ \t]{1,2}(?:the|all|its|their)[ \t]{1,2}(?:[a-z]{2,16}[ \t]{1,2})?(?:workforce|staff|employees|"
    r"workers|members|people|students|residents|jobs|positions|total|membership|enrollment|households|homes|units|"
    r"acreage|acres|land)\b"
)
_YEAR_IN = lazy_compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LABEL_AFTER_EN = lazy_compile(r"(?i)[ \t]{1,2}(?:are|were)[ \t]{1,2}((?:[a-z-]{2,24}[ \t]{0,2}){1,3})")


# 雨水管网占全年新建改造总量的65.6%: a part's name as the subject, 占, and the whole named by a word of a total.
_SUBJECT_SHARE_CN = lazy_compile(
    r"[ \t]{0,2}([\u4e00-\u9fff]{2,10}?)(?:约占|占到|占)(?:([^，,。；;\d]{1,16})的)?[ \t]{0,2}$"
)
_TOTAL_WORD_CN = lazy_compile(r"总|全部|合计")
_LABEL_BEFORE_CN = lazy_compile(r"([\u4e00-\u9fff]{2,16})(?:为|达|达到|共|有)?[ \t]{0,2}$")


def _label_cn(text: str, reading, index: int) -> str:
    """The Chinese words that name a listed part, right before its figure (其中雨水管网120公里 → 其中雨水管网)."""
    clause = reading.clause_of(index)
    found = _LABEL_BEFORE_CN.search(
        text, max(clause.start, reading.figures[index].start - 18), reading.figures[index].start
    )
    return found.group(1) if found else ""


def _head(words: str) -> str:
    word = words.split()[-1].lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _shares_of_parts_named(reading):
    """(part index, whole index, share index) for a share in the sentence right after a breakdown, whose subject
    names one of its parts ("742 are teachers" … "Teachers make up 57.3% of the workforce")."""
    from auditor.checks._breakdowns import breakdowns

    text = reading.document.visible_text
    for total_index, components, _exhaustive, _disjoint in breakdowns(reading):
        sentence = reading.sentence_of(components[-1])
        if sentence.index + 1 >= len(reading.sentences):
            continue
        following = reading.sentences[sentence.index + 1]
        if following.block != sentence.block:
            continue
        inside = reading.figures_in(following.start, following.end)
        if not inside or reading.figures[inside[0]].unit not in PERCENT_UNITS:
            continue
        share_index = inside[0]
        share = reading.figures[share_index]
        chinese = _SUBJECT_SHARE_CN.fullmatch(text, following.start, share.start)
        if chinese is not None:
            # 其中雨水管网120公里、…。雨水管网占全年新建改造总量的65.6%: the part named again as the subject
            whole_words = chinese.group(2) or ""
            if _TIME_IN_NAME.search(whole_words.replace("全年", "")) or (
                whole_words and not _TOTAL_WORD_CN.search(whole_words)
            ):
                continue
            matching = [index for index in components if _label_cn(text, reading, index).endswith(chinese.group(1))]
            if len(matching) == 1:
                yield matching[0], total_index, share_index
            continue
        subject = _SUBJECT_SHARE_EN.fullmatch(text, following.start, share.start)
        if subject is None or not _OF_THE_WHOLE_AFTER.match(text, share.end):
            continue
        if _YEAR_IN.search(text, following.start, following.end):
            continue  # "Teachers made up 61% of the workforce in 2010": another year's share
        named = _head(subject.group(1))
        matching = []
        for index in components:
            part = reading.figures[index]
            label = part.written_unit if part.written_unit[-1:].isalpha() else ""
            after = _LABEL_AFTER_EN.match(text, part.end)
            words = label or (after.group(1) if after else "")
            if words and named in {_head(w) for w in words.split()}:
                matching.append(index)
        if len(matching) == 1:
            yield matching[0], total_index, share_index


_OF_ANOTHERS_AFTER = lazy_compile(r"(?i)[ \t]{1,2}of[ \t]{1,2}(?:the[ \t]{1,2})?[a-z][\w-]{1,30}['’]s?(?![\w'’])")


def _own_share(reading, text: str, index: int) -> int | None:
    """The share written right after a figure as its own (1.82亿元，占58.3%; 13.92万标箱，占比提高到38.1%), no
    change, or None."""
    after = index + 1
    if after >= len(reading.figures) or reading.places[after][0] != reading.places[index][0]:
        return None
    share = reading.figures[after]
    if share.unit not in PERCENT_UNITS or share.direction is not None or share.text.lstrip()[:1] in "+-−":
        return None  # （+8.1%）, （-2.7%）: a change
    if _MORE_THAN_AFTER.match(text, share.end):
        return None  # "$600,000, or 40% more than last year"
    if _OF_ANOTHERS_AFTER.match(text, share.end):
        return None  # "2,040, or 4.1 percent of the county's": a share of another whole
    if _OWN_SHARE_LEVEL.fullmatch(text, reading.figures[index].end, share.start):
        return after  # the share's new level: a share, though it rose
    if not _OWN_SHARE_AFTER.fullmatch(text, reading.figures[index].end, share.start):
        return None
    clause = reading.clause_of(after)
    if _CHANGE.search(text, clause.start, share.start) or _CHANGE.search(text, share.end, clause.end):
        return None
    return after


_OPENS_OWN_WHOLE = lazy_compile(r"其中|中[，,]|(?i:\bof\s(?:them|those|these|whom)\b)")


def _listed_on(reading, text: str, last: int):
    """Parts that go on listing after a semicolon, each with its own share (其中，A1.82亿元，占58.3%；B9200万元，
    占29.5%；…): the first figure of each semicolon-joined sentence after the breakdown's last part."""
    position = reading.places[last][0]
    while text[reading.sentences[position].end - 1 : reading.sentences[position].end] in ("；", ";"):
        position += 1
        if position >= len(reading.sentences):
            return
        sentence = reading.sentences[position]
        inside = reading.figures_in(sentence.start, sentence.end)
        if not inside:
            continue
        if _OPENS_OWN_WHOLE.search(text, sentence.start, reading.figures[inside[0]].start):
            return  # "；过夜游客中，入境游客18.6万人次，占4.5%": parts of a part, not of the total
        yield inside[0]


def judged_shares(reading) -> list[tuple[int, int, int]]:
    """(part index, whole index, share index) for every share this check judges, in text order; read once per
    document (discovered-share-restated asks too)."""
    if "judged shares" not in reading.derived:
        reading.derived["judged shares"] = _judged_shares(reading)
    return reading.derived["judged shares"]


def _judged_shares(reading) -> list[tuple[int, int, int]]:
    from auditor.discovery.frames import compared_with

    text = reading.document.visible_text
    found = [
        (part, whole, share)
        for part, whole, share in _shares(reading)
        # 比2023年底的3.58万套增加0.83万套，完成…6万套目标的73.5%: a difference from a base is no part
        if compared_with(text, reading.clause_of(part).start, reading.figures[part].start) is None
        # …中，云台镇14家、溪口镇9家、其余乡镇12家，完成全年新增60家计划的58.3%: the rest of a list, not what did it
        and not _REST_OPENS.match(text, reading.clause_of(part).start)
    ]
    judged = {share for _, _, share in found}
    for triple in [
        *_shares_of_breakdowns(reading),
        *_shares_of_them(reading),
        *_shares_of_parts_named(reading),
        *_shares_of_that(reading),
        *_rates_named_for_parts(reading),
    ]:
        if triple[2] not in judged:
            judged.add(triple[2])
            found.append(triple)
    return [
        (part, whole, share)
        for part, whole, share in sorted(found, key=lambda triple: triple[2])
        # "16 to 24 year olds", "aged 75 years": ages and lengths of time are no parts or wholes; nor are dates
        # ("$2.07 million in July through December 2024, 55.8 percent of the fiscal 2025 budget")
        if reading.figures[part].kind not in _NO_AMOUNT_KINDS
        and reading.figures[whole].kind not in _NO_AMOUNT_KINDS
        # "…, 470 fixed wireless and 250 cable, or 71.8 percent, 18.4 percent and 11.8 percent": the first share of a
        # list that goes one by one with the amounts (discovered-percent-sum pairs them), not the last amount's
        and not opens_respective_shares(text, reading.figures[share].start, reading.figures[share].end)
    ]


_NO_AMOUNT_KINDS = frozenset({"span", "year", "date", "relative-date"})


# A whole that is a target or a task (4万亩造林任务, 2500个托位目标, "its $2.8 million goal"): a number set, not
# measured, so exact however round (4万亩 is no rounded 3.5万–4.5万).
_TARGET_AFTER = lazy_compile(
    r"[\u4e00-\u9fff]{0,6}?(?:任务|目标)|(?i:[ \t]{1,2}(?:[a-z-]{1,16}[ \t]{1,2}){0,2}(?:goal|target)s?\b)"
)


_TARGET_BEFORE = lazy_compile(r"(?:任务|目标)[ \t]{0,2}$|(?i:\b(?:goal|target)[ \t]{1,2}of[ \t]{1,2}$)")


def _set_target(reading, whole: int) -> bool:
    figure = reading.figures[whole]
    text = reading.document.visible_text
    return (
        _TARGET_AFTER.match(text, figure.end) is not None
        or _TARGET_BEFORE.search(text, max(0, figure.start - 12), figure.start) is not None
    )


def fitting_shares(reading) -> list[tuple[int, int, int]]:
    """The judged shares that their part and whole bear out (for discovered-share-restated)."""
    fitting = []
    for part, whole, share in judged_shares(reading):
        allowed = share_range(reading.figures[part], reading.figures[whole], _set_target(reading, whole))
        if allowed is not None and bounds(reading.figures[share])[0] is not None:
            if overlaps(bounds(reading.figures[share]), allowed):
                fitting.append((part, whole, share))
    return fitting


def run(audit: Audit):
    from auditor.discovery import reading_of
    from auditor.formatting import format_amount

    for document in audit.documents.values():
        reading = reading_of(audit, document)
        for part_index, whole_index, share_index in judged_shares(reading):
            part, whole, share = (reading.figures[i] for i in (part_index, whole_index, share_index))
            allowed = share_range(part, whole, _set_target(reading, whole_index))
            if allowed is None or bounds(share)[0] is None or overlaps(bounds(share), allowed):
                continue
            computed = part.nominal * bare_part_factor(part, whole) * 100 / whole.nominal
            shown = format_amount(round(computed, 2))
            yield Finding(
                check=CHECK.id,
                severity=CHECK.severity,
                message=f'Share "{share.text}" does not follow from {part.text} of {whole.text}: '
                f"{part.text} ÷ {whole.text} = {shown}%",
                **sentence_locations(reading, share_index, "share", ((part, "part"), (whole, "whole"))),
                evidence=(
                    ("part", part.text),
                    ("whole", whole.text),
                    ("recomputed", f"{part.text} ÷ {whole.text} = {shown}%"),
                    ("stated", share.text),
                    ("within rounding", percent_range_text(allowed)),
                ),
                values=(
                    FigureValue.of("part", part),
                    FigureValue.of("whole", whole),
                    FigureValue.of("share", share),
                ),
                assumption="the share is the part before it divided by the whole printed with it",
                identity=f"{part.text}\x1f{whole.text}\x1f{share.text}",
            )


CHECK = Check(
    id="discovered-share-of",
    severity=Severity.WARNING,
    summary="A share printed with its part and whole that they contradict (found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    discovery=True,
    per_document=True,
)
