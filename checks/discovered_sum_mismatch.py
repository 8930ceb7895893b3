"""Components listed under a stated total ("其中…", "of which") that do not fit it, found with no claims.

## What it flags
A total followed in the same sentence (or semicolon-joined passage) by 其中 /
of which / including and components of the same dimension, when

- one component alone exceeds the total (a part larger than its whole), or
- the components are numbered or graded parts of it (一期、二期、三期; 4A级、
  3A级; 一等、二等; Phase 1, Phase 2), so they do not overlap, and together
  exceed the total beyond rounding, or
- the text says the parts make up the whole (分为 / 分别为 / 由…组成 or 构成 / split
  into, among or between / break down as, in any form of the verb: breaks,
  breaking, broke down into; `Talks broke down as…` is a collapse), or
  names the last one as the rest (其他人员, 其余, other, the rest), and they
  miss it either way.

Besides 其中 and of which, a breakdown opens with 由 (…组成: `共有教师52名，由小学
教师23名、初中教师18名、高中教师9名组成`) and with 在…中，有 (`在全年4260名新增就业人员中，
有返乡创业人员1380人、…、其他人员1320人`) and `Of the $198.7 million, …` (`Of the $388,000, …`). A breakdown by class (`按类型分，`, `分港区看，`,
`从培训对象看，`) lists classes of one total, which do not overlap; so does a
total followed at once by 中 (`上半年256.3万标箱中，北港区…`). A total named as one
and followed by a colon (`spending to date totals $4.62 million: …`, `共计…：`)
is made of what follows, which must add up to it either way; so is a total
whose own words run on to a colon with the parts right after it (`can store
28,000 tons in its three salt domes: 12,000 tons at…`, `这1286名新生分布在四个
专业大类：智能制造类412人、…`, a Chinese label before the first part; not `：其中…`),
the total being the figure measured like the parts, not the count between. A count
right before the colon (`分布在4个乡镇：`) is the number of the groups, not their
total, unless more are counted than the list gives in its measure word, of no other
noun (`新增的1400个托位分别来自：公办托育机构260个、…`); a total spread over places or
sources after a comma that counts them (`新建社区健身场地416处，分布在三区两县：临江区96处、…`;
not `分布在全县各乡镇：其中…`) is made of what follows the colon; a year may stand between a total and its colon (`wrote 31,400
citations in 2023: 18,200 for…`); a year written bare among the parts, with no
preposition before it (`in 2024: 2100 for parking, 1500 for…`), is a count read as a
year, and the list is not judged. A clause opened by what the parts bring about
(`，带动相关商品销售额超过2.6万亿元`; 撬动, 带来, 助推) holds no part. A breakdown whose
subject names a total of the sentence before (`…a $38.5 million capital plan.
The capital plan breaks down as …`, `新建茶园7000亩…。新建茶园分布在4个乡镇：…`)
takes that total: the figure the subject's head word stands next to (in any
form of the word: `has spent $71.6 million… That spending breaks down as`), or (for
counted nouns only) the last one written in the same unit; a plural pronoun
(`Operating expenses rose to $25.9 million, slightly above the $25.8 million
budget. They break down as…`) takes the sentence's one amount that is no
comparison's base; and `It is split among…` after a sentence whose one
amount is a budget, fund, levy or bond (`approved a $22.4 million operating
budget`). A list closed by the rest (其他, the remaining), or opened by
words that say the parts make up the whole (breaks down as, `broke down as` with a figure
right after it, 分为, 由…组成), runs
to the end of its sentence; other lists after 其中 stop after two clauses. A
comparison's base before the marker (`paid $1.97 million, up from $1.84
million, breaking down as…`) is not the total, nor is a difference from a base
(`212公里，比计划多12公里，其中…`: the 212公里 is), a price per unit in the list
(`at about $1.15 million apiece`, `$0.41 a mile`, `$150,000 for each bus`) is no
part, and a clause that opens with 此外 / 另外 / 另有 / in addition says what there is
besides the parts. A part broken down
in its turn (`其中珍贵文物8420件，由一级文物…组成`) ends the total's list, and so
does a second 其中; `分为…三类，分别为21个、15个和9个` lists the parts after the
count of kinds. A second breakdown of a total stated in an
earlier sentence (`…33411亿元。其中，…；按用途划分，…`) is no breakdown of the
part before it, and items named right before 共计 (`A补贴和B补贴共计860万元`) are
what it adds up. Parts that are classes of one kind (`其中县道412公里、乡道986公里、
村道1837公里`; `客房收入…、餐饮收入…`: labels that end alike in two characters, or in one when
each has two or three, `干管…、支管…、接户管…`) do not overlap, nor do
parts told by the stage each is at (`nine are complete, five are under
construction and three are in design`; 已完工…、在建…、前期…), and
run to the end of their sentence; so do sources of money named by levels of
government, listed with 、 (`其中省级专项资金…、县级财政配套…、整合涉农资金…`; any other part a
source of no level: pooled funds, the firm's own money, a loan, income; not money
after a comma, `…省级资金1300万元，县级财政配套900万元`, besides the list); the names before
分别为 (`城区和县区分别为7.2万份和4.9万份`) are the parts' labels, for sides, times and
sources (names alike there, `党员志愿者和青年志愿者分别为…`, may overlap), and years
fewer than the total's clause counts (`近三年…，2023年和2024年分别为…`) are not all of it, nor
are names 其中 picks and 分别为 pairs with figures (`46个，其中4A级和3A级分别为12个和21个`); as many parts as the total's clause counts
(`两家整车企业合计…，其中A…、B…`) make it up; sources that fund a cost (`funded
by`, `financed by`, `paid for with`) do not overlap; a total whose clause
closes with a colon followed at once by a part (`has $12.8 million to spend
this year: $7.4 million from…`) is made of what follows; bare counts, each with
what is said of it, closed by `, for a total of` (`2,810 were strays, 940 were
surrendered … and 610 came in as transfers, for a total of 4,520`) are its parts;
an amount a part builds on (`在前期预拨1.9亿元基础上，追加预拨1.5亿元`) is none. A total followed by
`…中，` lists groups that may overlap (`在这356名河长中，女性…，中共党员…`), and so do
parts named after their measure word break down the count that names them alike
(`共设置8个C类机位和2个C类除冰坪，其中包含5个廊桥机位`: the 8 stands, not the last count), and
parts named by places (`其中江北区112个、江南区108个、临川县86个…`) do not overlap whatever the
marker says, `It breaks down as` (or `That money` / `The funding breaks down as`) takes the one amount of the sentence before, and a
classification across a paragraph break breaks down the lede's total, a lede being
the first sentence that states more than dates; groups each picked out by a bar it passes (`其中，…等42家公司净利润增速超100%，…等7家公司净利润超10亿元`:
a figure with no upper bound after each part, not a change); a second
其中 after a part opens parts of that part and ends the list; the total stands
in the marker's own ；-clause. English totals are also `made up of` / `consist
of` their parts, or open their sentence (`Of the $40 million, $22 million…`), or
list them between dashes right after the total (`22 schools — 14 elementary, four
middle and three high schools — and…`: all of it, unless the dashes hold comparisons
such as `more than last year` or a share); a
clause after ； that opens with the rest (`; the remaining $6 million…`, `；其余…`)
closes the same list. A classification or 其中 opening a sentence (`分年度看，`, `By type,`,
`…12.8亿元。其中，…`) breaks down the one figure of the parts' dimension in the
sentence before (comparison bases such as `比上个雪季的50.3万人次` and the whole a
share is of, `占全年计划200公里的48.5%`, aside), when
that sentence is no part of a breakdown itself; across a paragraph break, the
one such figure of the paragraph before, stated in its lede (its first
sentence with a figure, before any ；), in a paragraph that states no breakdown
of its own (targets, `完成全年75万标箱目标的`, aside). 包括 opens parts when the list says how
many they are (`包括工业投资…和基础设施投资…两部分`: then they make up the total); parts
labelled with every year from the one a running total counts from
(`自2020年以来…累计…412个。分年度看，2020年…、2021年…`) make it up. Things counted one by one (17家, 1380人)
are taken as exact: a sum of whole numbers that misses by one is a mistake,
not rounding. A rounded figure stands for a half-open range ($4.7 million:
4.65 ≤ x < 4.75 million), so parts that could reach the total only at the open
end of every range (`$4.7 million in cuts: $2.6 million…, $1.2 million… and
$0.7 million…`) fall short of it.

A second total stated after a first list, named as a total and counted in
another measure (`中央厨房12座，其中城区7座、县区5座，日供餐能力合计13.6万份，城区和县区
分别为…`), opens a breakdown of its own; an outcome set against its plan
(`实际投入1.52亿元，高于年初安排的1.46亿元，其中…`) is the total, not the plan.

A total stated after its parts (一期1.28亿元、二期0.96亿元、三期1.47亿元，合计
3.81亿元; 共计, 总计, in total, for a total of; or named so right after it at the end of its
clause: `…and 2,795 for public housing — 6,951 in all`, `…, 5,550 altogether`, `598
permits in Old Harbor, 446 in Hillcrest and 324 in Riverside, a total of 1,386`; the
number of parts may stand between, `…0.72万亩三部分组成，合计4.12万亩`, when it is
as many as the parts) is checked both ways: the run of
figures of its kind right before it in its sentence must add up to it within
rounding (a change, 比上年增加…, ends the run, and so does a count in another
measure word: `其中城区6座、县区4座，日供餐能力合计11.8万份` sums no kitchens, though 座 and
处 count places alike; a part's year, `$874,000 in
2025, camping $603,000…`, does not).

A total named as a whole (全长, 全县, 总, 共, 合计 in its clause) and followed by
figures of its kind, each named by a place of one level and joined by 、, 和 or
及 (`全长96.5公里，流经临漪区42.3公里、柘山县31.8公里、北塘县24.2公里`), is shared among
places that do not overlap (`城关区完成投资32亿元，七里河区28亿元、…` names three
districts, the first no whole): they may leave places
out, but cannot add up to more (a city beside a district, which may lie in it, is no
such list). A sentence whose subject points back at the sentence before with a word that
names nothing of its own (`The board approved a $3.6 million renovation. The
project will be paid for with…`, `The work will be covered by…`; project, plan,
work, proposal, it) takes that sentence's one amount of the parts' kind as its
total, when it is the size of an undertaking (`a $3.6 million renovation`, `The
repair… will cost $3.2 million`; not a price, `Each new ambulance costs $310,000`); a
rest named without its figure (`with the balance borrowed`, `plus DVDs`) leaves the
parts short of the total without a mistake; `The renovation will be paid for…` after `a $1.2
million contract for a new roof` names something else.
A total's own words followed by where it lies, place by place, with no comma
between (`1.22万套新增房源分布在东城区4100套、西湖区3600套…，其余两县合计1900套`; not
`分布在全县12个乡镇`, a count of the places) is shared among places that do not
overlap, and the rest's own total (`其余两县合计…`), or a group's named by its members
(`白沙、青石、柳塘三县合计520台`), or the rest's named by its members a clause before its
total (`其余为前胡、玄参、射干等品种，合计4.1万亩`), is the last part, not the list's total. Grades listed
with the ungraded ones (`甲级41家、乙级97家、未定级310家`, ungraded, unrated) are the
whole. A sentence that opens with the money's sources (`资金来源为中央补助0.58亿元、…`)
breaks down the one amount of money of the sentence before (an amount it is set
against, `超出年初1.65亿元的预算`, aside), and they make it up; sources that cover
a cost (`covered by`, `paid for through`) do not overlap, and a cost may be
`budgeted at` or `at a cost of` its amount. English things counted and then what
they were (`The course's 47 employees in 2025 were 9 full-time staff and 36
seasonal workers`) are all of them, by kind. A part more than twice its whole
in a clause after the first part's, of a list nothing says is made of parts
apart (`新增营造林148万亩、其中南北山绿化工程43万亩，修复治理退化草原517万亩`), is a new
item the sentence goes on to, not a slip, unless its digits are the whole's a
power of ten off.
A sentence that opens with what was done, as money (`已拨付资金中，公墓建设补助880万元、…`;
`已下达资金由中央资金…组成`, then the parts make it up), breaks down the one amount the
sentence before states right after the same verb (`已拨付1480万元`, `已下达资金690万元`).
Parts each of another time of the year, of one kind (春季…、秋季…; `1,940 came in the
spring and 1,280 in the fall`; months, quarters or halves, not a month beside its
quarter), do not overlap. An amount that names where the part before it comes from,
in its own item (`$1.74 million from the $58 parcel assessment`), is no part.
Members of a group a sentence shares out (`were split among`, `divided between`), in
brackets or after `with` (`wetlands (4,310)`, `fire with 8,630`), are parts in the
total's unit (`The 8,640 acres were split among…`, `The 2023 incidents were split
among…` after `created 104,250 incidents`). A last class written with 等 (`游乐体验等880个`)
takes in what the others leave, so the list is the whole; 等 after the last
figure (`…1.2亿元等`) leaves it open. English sources that `came from` (`Of the $8.0
million spent, $4.2 million came from bonds, $2.8 million from…`) and uses each
with its amount in brackets (`went to fixtures ($0.82 million), labor ($0.36
million) and…`) do not overlap. A share set off by commas beside an amount (`$1.09 million, or
46.6%, had been spent by the end of December: $780,000 on…`) leaves the amount
the total of the colon's list.
A part counted in another measure word than the total's is left out, so the
parts left may fall short of an exhaustive whole without a mistake (`共326家，由县级
医院5所、乡镇卫生院28家和村卫生室293个组成`).

Chinese counts in two measure words count two kinds of thing (`加工厂23家，其中新建9家、
改扩建14家，新增生产线37条`: lines are no factories; 个 counts anything), and a
count of kinds (`分为…三类，分别有14个、9个和6个`) is no part. A list ends with its
item after 和 / and: a figure in a later clause (`…和日间病房床位86张，投用后…将达到
1300张`, `…and $47 million from employees, $5 million more than…`) says
something else, unless that clause names the rest (`; the remaining $38
million`).

A balance stated beside the two flows it is the difference of must be that
difference within rounding: 顺差 / 逆差 / 贸易差额 and 出口 / 进口 (the nearest two named
alike, in the balance's sentence or the passage before it: `其中，出口269890亿元…；
进口184795亿元…。货物进出口顺差85094亿元`), 结余 and 收入 / 支出; in English a surplus, a
deficit or net income and the revenue and expenses (or exports and imports) of its
sentence (`Net operating income was $10.6 million, on revenue of $51.4 million and
operating expenses of $41.8 million`). A time expression between them (`1-11月…；
11月份，贸易顺差…`) or a sign the flows contradict leaves the balance unjudged.

A difference stated after exactly two amounts of its kind in its sentence (with
the clauses semicolons join to it) must be their gap: `electricity cost $623,000;
diesel would have cost $1.34 million, a difference of $741,000` (相差, 差额 alike).
Prices per unit (`$0.41 a mile`, 每吨) are no amounts here; with three amounts,
which two are compared is not told, and nothing is judged, nor when one side is
a loss or below zero (`net income of $0.4 million, compared with a net loss of
$1.2 million`, 零下3.2℃). An operating margin is revenue less expenses, as net
income is.

What is left of a whole once a part is taken (`Of the $24.5 million the
Legislature set aside, $21.3 million has been spent, leaving $3.2 million`;
`assets of $2.92 billion cover 70.9% of its $4.12 billion in liabilities,
leaving an unfunded liability of $1.02 billion`) must be the whole, named after
`of the` / `of its`, less the sentence's one other amount of its kind; with two
such amounts, which is taken from which is not told, and nothing is judged, nor
when more is taken after it (`leaving about $2 million … once administrative
costs are paid`).

Two parts that are the two sides of one whole make it up: 出口 / 进口, 外贸 / 内贸,
城镇 / 农村, 城区 / 乡镇 (a county's seat and its townships; not 城区 / 农村, 市区 /
郊区, which leave towns or counties out), 境内 / 境外,
本市 / 市外, 出港 / 进港, 规上 / 规下 (规模以上 / 规模以下, 限额以上 /
限额以下; not 国内 / 国际, which leave 港澳台 out), 一般债务 / 专项债务, 职工 / 城乡居民 (the two basic insurance
schemes), 补贴 / 自付, men / women, domestic / international, inbound / outbound
(`其中出口12.4亿元，进口5.2亿元`, `689.5万人次旅客中，出港旅客…，进港旅客…`,
`of whom 1,980 are men and 2,130 are women`), when their labels name the same thing
of each side (both open with it, both end with it, or the rest is the same:
`城镇新增就业…，转移农村劳动力就业…` are two measures), what the labels add to their
side is the total's own (`一般贸易出口 / 一般贸易进口` under 进出口总额 and `外贸集装箱 /
内贸集装箱` under 货物吞吐量 are parts of a part), no third part follows, and no
rest is named without a figure (`其余由县财政统筹解决`); in English nothing but the
side follows the number (`310 are full-time teachers and 95 are part-time
aides` are two jobs). In English, members of a group
are counted after `of whom` / `of them` or in a sentence opening `Of the 214 homes …,` (also
right after a dateline: `ARDLEY (June 2, 2025) — Of the 17 park projects, nine are complete…`)
(`79 have been rebuilt, 52 are under construction`), and `the last 36` names the rest. A bare
number later in a list whose first member names what it counts, set apart by a preposition, counts the
same things (`412 patients in March and 380 in April`, `214 sites: 148 with electric hookups, …`). An
English count of people is no part of a count of things (`38 structures, … and forced the evacuation of
about 2,300 residents`) unless those things hold people (staff, positions, households…). An
English list whose items hold commas of their own runs on across semicolons to the item that opens with
`and` (`funded by the county levy, $7.2 million; state aid, $1.1 million; and grants, $1.2 million`),
when every item ends with its label's comma and its figure. A clause with a subject of its own (`, and
all told it drew 9,400 campers`) ends an English list of parts; a rest named without its figure (`, plus
a reserve`) leaves the parts short of the whole without a mistake; an English sentence opening `Of the
X,` states a group, not `Each of the 12 buses has 40 seats,`.

Components listed under 其中 without such words may overlap (其中女性…，35岁以下…)
or leave out others, so their sum is not compared. A breakdown ends with its
sentence or its clause before ；. A total that is an average, a per-capita figure,
a share or a change (平均期限11.6年，其中一般债券6.8年、专项债券14.5年; 比上年末
增加Y万人，其中城镇人口…) is no sum of what follows, and a change after 其中 is
no part, nor is a count of the groups the parts are of, in another measure word and as many as they
(`这3个地区的沙棘企业数量分别为1105家、869家、793家`), nor a running total after the parts (`…北区16公里，累计达到213公里`).
A plan or budget a result is measured against (`完成年度计划180公里的103.3%，其中…`, `为年初预算2200万元的108.2%，其中…`)
is no total; a Chinese count whose own noun names other things than the total's (`全区86个养老服务站中，…，覆盖…
等9个服务门类`: the head nouns differ) is no part; a breakdown opened inside brackets ends at the closing
bracket (`入驻企业42家（其中，…17家），年产值超亿元的企业12家`); an English count of
the total's own things after `, and` (`…, of whom 41 earned a diploma, and 312 people received…`) is a new
subject, no part; a part of another part of the year than its total's (`今年上半年…18.6万吨。从季节看，下半年…`)
is no part of it; people counted by attributes of two kinds or more (`女性河长98名，中共党员河长301名，35岁以下河长
76名`: sex, party, age) are cuts that overlap, not a breakdown. The number of kinds right before a total after
its parts (`…，四类合计5.86万亩`) says how many parts there are. A Chinese list whose items each say what
their amount is for runs on across ； while each clause opens with its label and an amount in the first
item's unit (`其中，产业发展资金2300万元，主要用于…；基础设施建设资金1800万元，用于…；…`), not into a whole or a rate of
its own (`全县…人均补助1.2万元`). When the sentence before a breakdown that opens with 其中 states several
figures of the parts' kind, the total is the one whose words share a word with the first part
(`共受理各类案件12468件，审结11862件。其中受理民事案件7862件…`: 受理), when one alone does.

## Why it matters
A total and its breakdown printed side by side invite readers to add them
up. When they do not add up, one of the figures is wrong.

## Example
`整个工程总投资12.6亿元，其中一期4.2亿元、二期5.1亿元、三期3.8亿元`: the phases add up to
13.1亿元, 0.5亿元 more than the total. Not flagged: `该项目总投资2.12亿元，其中一期工程项目
投入援疆资金1.36亿元` (one phase, within the total).

## How to fix
Check the total and each component at the source. If the list is not a
breakdown of the total (overlapping groups, or other parts left out), word it
so: "包括" rather than numbered parts, or name the remainder.
"""

from __future__ import annotations

from fractions import Fraction

from auditor.audit import Audit, Check
from auditor.checks._breakdowns import breakdowns, place_lists, totals_after
from auditor.checks._derived import counted_half_step
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile


def _in_whole_unit(part, total):
    """A bare member of an English measure ("The 9,880 acres were split among wetlands (4,920), …") in the
    total's unit, as the total holds it; any other part as it is."""
    from dataclasses import replace

    from auditor.checks._derived import bare_part_factor

    factor = bare_part_factor(part, total)
    if factor == 1 or part.low is None:
        return part
    return replace(
        part,
        low=part.low * factor,
        high=None if part.high is None else part.high * factor,
        nominal=part.nominal * factor,
        unit=total.unit,
        dimension=total.dimension,
    )


def _rounding(figure) -> Fraction:
    if figure.low is not None and figure.low == figure.high:
        return counted_half_step(figure)
    return Fraction(0)


def _passage_location(reading, total_index, components):
    """The passage from its first sentence to the last component's clause, the total highlighted."""
    total = reading.figures[total_index]
    start = reading.sentence_of(total_index).start
    end = max(reading.clause_of(components[-1]).end, reading.figures[components[-1]].end)
    return reading.document.figure_location(start, end, total.start, total.end, label="total")


def _over(low_sum, total, tolerance) -> bool:
    """Parts whose least sum is past the total's range. A rounded total's range is half-open (24.45 ≤ x <
    24.55 for 24.5), so a least sum equal to its upper end is past it too."""
    return low_sum > total.high + tolerance or (not tolerance and total.low < total.high and low_sum >= total.high)


def _under(high_sum, total, parts, tolerance) -> bool:
    """Parts whose greatest sum falls short of the total's range. When a part is rounded its range is
    half-open, so a greatest sum equal to the total's least value is never reached."""
    rounded = any(p.low < p.high for p in parts)
    return high_sum < total.low - tolerance or (not tolerance and rounded and high_sum <= total.low)


_CLAUSE_BREAK = lazy_compile(r"[，,；;]")


def _new_item(reading, components, largest, total, disjoint) -> bool:
    """A part more than twice its whole, in a clause after the first part's, of a list nothing says is made of
    parts apart (新增营造林148万亩、其中南北山绿化工程43万亩，修复治理退化草原517万亩): a new item the sentence goes on
    to, not a slip, which leaves a part near its whole or its digits a power of ten off."""
    if disjoint or largest.low <= 2 * total.high:
        return False
    first = reading.figures[components[0]]
    if largest is first or not _CLAUSE_BREAK.search(reading.document.visible_text, first.end, largest.start):
        return False  # (人工造林1.8万亩、封山育林28万亩: items of one clause, a slip)
    ratio = largest.nominal / total.nominal if total.nominal else 0
    while ratio >= 10:
        ratio /= 10
    return not (Fraction(9, 10) <= ratio <= Fraction(11, 10))


def _figure_location(reading, index):
    figure = reading.figures[index]
    return reading.document.figure_location(figure.start, figure.end, figure.start, figure.end, label="component")


def run(audit: Audit):
    from auditor.discovery import reading_of
    from auditor.formatting import format_like

    for document in audit.documents.values():
        reading = reading_of(audit, document)
        places = {total: parts for total, parts in place_lists(reading)}
        # 共设立消费维权服务站420个，其中江北区132个、江南区118个、临川县96个…: parts named by places, which do not
        # overlap, whatever the marker says
        found = [
            (
                total,
                parts,
                exhaustive,
                disjoint or ("places" if set(places.get(total, ())) == set(parts) else ""),
                False,
            )
            for total, parts, exhaustive, disjoint in breakdowns(reading)
        ]
        found += [(total, parts, True, True, True) for total, parts in totals_after(reading)]
        taken = {total for total, *_ in found}
        found += [(total, parts, False, "places", False) for total, parts in places.items() if total not in taken]
        yield from _balance_findings(reading)
        for total_index, components, exhaustive, numbered, after in sorted(found, key=lambda b: b[0]):
            total = reading.figures[total_index]
            parts = [_in_whole_unit(reading.figures[i], total) for i in components]
            if total.low is None or total.high is None or any(p.low is None for p in parts):
                continue
            tolerance = _rounding(total) + sum((_rounding(p) for p in parts), Fraction(0))
            largest = max(parts, key=lambda p: p.low)
            low_sum = sum((p.low for p in parts), Fraction(0))
            high_sum = None if any(p.high is None for p in parts) else sum((p.high for p in parts), Fraction(0))
            listed = " + ".join(p.text for p in parts)
            quoted = " + ".join(f'"{p.text}"' for p in parts)
            if after and (
                _over(low_sum, total, tolerance) or (high_sum is not None and _under(high_sum, total, parts, tolerance))
            ):
                nominal_sum = sum((p.nominal for p in parts), Fraction(0))
                message = (
                    f'Parts add up to {format_like(nominal_sum, total)}, not the total "{total.text}" '
                    f"stated after them: {quoted}"
                )
                gap = low_sum - total.high if _over(low_sum, total, tolerance) else total.low - high_sum
            elif largest.low > total.high + tolerance and not _new_item(reading, components, largest, total, numbered):
                message = f'Component "{largest.text}" exceeds the stated total "{total.text}"'
                gap = largest.low - total.high
            elif numbered and _over(low_sum, total, tolerance):
                what = {"numbered": "Numbered parts", "places": "Parts named by place"}.get(numbered, "Parts")
                message = f'{what} add up to more than the stated total "{total.text}": {quoted}'
                gap = low_sum - total.high
            elif exhaustive and len(parts) >= 2 and high_sum is not None and _under(high_sum, total, parts, tolerance):
                message = f'Parts fall short of the stated total "{total.text}": {quoted}'
                gap = total.low - high_sum
            else:
                continue
            nominal = sum((p.nominal for p in parts), Fraction(0))
            evidence = [
                ("total", total.text),
                ("components", f"{listed} = {format_like(nominal, total)}"),
                ("difference", format_like(abs(nominal - total.nominal), total)),
            ]
            if gap - tolerance != abs(nominal - total.nominal):
                evidence.append(("beyond rounding", f"at least {format_like(gap - tolerance, total)}"))
            yield Finding(
                check=CHECK.id,
                severity=CHECK.severity,
                message=message,
                location=_passage_location(reading, total_index, components),
                related=tuple(_figure_location(reading, i) for i in components),
                evidence=tuple(evidence),
                values=(
                    FigureValue.of("total", total),
                    *(FigureValue.of(f"part {n}", p) for n, p in enumerate(parts, 1)),
                ),
                assumption=(
                    "the figures before 合计 / in total are the parts it sums"
                    if after
                    else "the figures named by places of one level right after the total are its parts, which do not overlap"
                    if numbered == "places"
                    else "the figures after 其中 / of which are parts of the total before it"
                    + (", numbered parts that do not overlap" if numbered == "numbered" else "")
                    + (", parts that do not overlap" if numbered == "partition" else "")
                    + (", and together make it up" if exhaustive else "")
                ),
                identity="\x1f".join([total.text, *(p.text for p in parts)]),
            )


def _balance_findings(reading):
    """A balance (顺差, surplus, net income) that is not the difference of the two flows stated with it."""
    from auditor.checks._balances import balances, differences, remainders
    from auditor.checks._derived import bounds, sentence_locations
    from auditor.formatting import format_like

    for found in [*balances(reading), *remainders(reading), *differences(reading)]:
        balance, plus, minus = (reading.figures[i] for i in (found.balance, found.plus, found.minus))
        b_low, b_high = bounds(balance)
        p_low, p_high = bounds(plus)
        m_low, m_high = bounds(minus)
        if None in (b_low, b_high, p_low, p_high, m_low, m_high):
            continue
        # The flows' difference with the balance's sign: exports less imports for a surplus, the other way
        # for a deficit. A sign the flows contradict is left alone: the wording may be about something else.
        if found.sign > 0:
            low, high, nominal = p_low - m_high, p_high - m_low, plus.nominal - minus.nominal
        else:
            low, high, nominal = m_low - p_high, m_high - p_low, minus.nominal - plus.nominal
        if high < 0 or (low <= b_high and b_low <= high):
            continue
        first, second = (plus, minus) if found.sign > 0 else (minus, plus)
        arithmetic = f"{first.text} − {second.text} = {format_like(nominal, balance)}"
        yield Finding(
            check=CHECK.id,
            severity=CHECK.severity,
            message=(
                f'Amount left "{balance.text}" is not the whole less the part stated with it: {arithmetic}'
                if found.word == "leaving"
                else f'Difference "{balance.text}" is not the gap between the two amounts stated before it: '
                f"{arithmetic}"
                if found.word == "difference"
                else f'Balance "{balance.text}" ({found.word}) is not the difference of the flows stated with it: '
                f"{arithmetic}"
            ),
            **sentence_locations(
                reading,
                found.balance,
                {"leaving": "left", "difference": "difference"}.get(found.word, "balance"),
                ((first, "whole"), (second, "part"))
                if found.word == "leaving"
                else ((first, "larger"), (second, "smaller"))
                if found.word == "difference"
                else ((first, "added"), (second, "taken away")),
            ),
            evidence=(
                ("balance", balance.text),
                ("recomputed", arithmetic),
                ("difference", format_like(abs(nominal - balance.nominal), balance)),
            ),
            values=(
                FigureValue.of("balance", balance),
                FigureValue.of("added", first),
                FigureValue.of("taken away", second),
            ),
            assumption=(
                "what is left is the whole named after of the / of its less the sentence's other amount"
                if found.word == "leaving"
                else "the difference is the gap between the two amounts of its kind stated before it in its sentence"
                if found.word == "difference"
                else f"{found.word} is the first less the second of the two flows named alike before it"
                if not found.word.isascii()
                else f"the {found.word.lower()} is the difference of the two flows in its sentence"
            ),
            identity="\x1f".join([balance.text, first.text, second.text]),
        )


CHECK = Check(
    id="discovered-sum-mismatch",
    severity=Severity.WARNING,
    summary="Components listed under a stated total (其中, of which) that do not fit it (found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    per_document=True,
    discovery=True,
)
