"""Percentages written as shares of one total that add up to more than 100%, found with no claims.

## What it flags
Two or more percentages in one sentence (or in clauses joined by semicolons)
that the text itself marks as shares of one whole, and whose sum exceeds
100% beyond rounding. A percentage counts as a share when its clause says so:
占 / 占比 / 比重 / 份额 before it (中央资金占45%), a list under 分别 (分别占45%、30%
和35%), or in English "X% went to …", "accounted for", "of which", "respectively",
and what a party draws, takes or wins of a whole ("Oakvale drew 34.6% of visits").
A share of a named whole (占全市总量的39.4%) groups only with shares of the same
whole. When one share names the rest (其余, 剩余, 其他, the rest, the
remaining), the shares claim the whole, and a sum short of 100% beyond rounding
is flagged too; the rest may be named in the clause before its share
(其余景区…接待游客143.9万人次，占29.9%). In a list, a share whose verb is elided
(`account for 84.6% of the fund, supplies for 9.8%`, `46% came from donors,
31% from businesses`) or that names the rest (`; the remaining 20.5%
covers…`, `and the rest, 27%, from…`) goes on with it, and so does a next
sentence that opens with the rest (`…for 16.3%. The remaining 11.2% has gone
to…`) or whose subject takes the rest by its verb (`Permits made up the remaining
12.3 percent`; made up, accounted for, got, took, received, went to, came from;
not `Crews on the remaining 40 percent of the route…`, `Of the remaining land, 60
percent…`), or that opens with the rest and gives its share in its first clause or
two (`The remaining 640 were alarms and service calls, 22.0 percent of the load`), and so does a share with only its label before it (`made up 58.4% of
all trips, rail 30.2% and…`; `made up 51.4% of enrollment and those 45 and older
27.8%; the remaining 24.6%…`, the whole named without an article, the rest after a
semicolon; `Residents played 64.1% of rounds and nonresidents the other 38.9%`), and a share of what the one before it is not
(`62.4% of the network is paved and 39.6% is not`: the two claim the whole,
so a sum short of 100% beyond rounding is flagged too), also after the whole the share before it named
(`make up 25.7% of the fleet and hybrids 16.2%, with diesel buses accounting for
the remaining 56.1%`). A sentence that opens with its total and names the
rest (`Of the 2,400 loans, 71.5% were for homes, 20.5% were for cars and the
rest, 9.0%, …`) makes each percentage followed by are / were a share of it
(`64% use the bus` is not), and so does `Of those,`; without the rest, shares
after `Of the …,` may overlap (`64% were satisfied with buses and 52% with
trains`: answers to two questions) and are not added. 依次 lists shares as 分别 does. Amounts each followed by
`, or P percent` (`Parking brought in $5.1 million, or 34.5 percent; airline
rents $4.6 million, or 31.1 percent; …`) are shares of one total, across
semicolons, when most of the totals they imply (amount ÷ share) agree and no
clause after a semicolon sets a scene of its own (`; in the District 3
council race, …`); a change (`climbed $1.2 million, or 6.9 percent`, `an
increase of $480,000, or 4 percent`) is none. Amounts paired with
分别 shares leave out a total among them (`合计126亿元`) and a count of the parts
(`三部分`).
Two shares that are each more than half (`…比重分别为99.3%、93.8%、84.6%`) cannot be
parts of one whole: they are shares of as many wholes, and not judged.
Shares named by what they measure (`个数占比65.9%…投资占比68.4%`) are of two
wholes, the count and the money.
Shares listed with 分别 after words that say they are all of the whole and
count its parts, as many as the shares (`出口茶叶全部销往东南亚、中东和欧盟三个市场，
分别占出口量的46%、31%和19%`), claim the whole too: a sum short of 100% beyond
rounding is flagged.
English shares listed after `, or`, one for each amount before them with no
"respectively" (`351 were awaiting trial, 118 were serving sentences and 43
were held for other agencies, or 68.6 percent, 25.0 percent and 8.4 percent of
the population`), are shares of one whole and are checked one by one too.
Shares listed with 分别 right after as many amounts of different dimensions
(`前三季度出口1260吨、出口额10800万元，分别占全年的73.3%和74.0%`) are each amount's share
of its own whole, not shares of one.
Percentages listed under a classification (`分环节看，电芯制造贡献了57.2%的产值，…`)
are shares of one whole unless they are changes (`分地区看，东部地区增长5.2%`). Growth and rates (增长12%,
开工率100%, up 5%) are never shares, nor is a 分别 list of what a rate
measures (保护力, 满意度, 指数: `预防重症、重症监护和死亡的保护力分别为87.5%、90.3%和86.3%`).

The part of a cost one party bears (`沿线三区分担15%`, 承担, 负担) is a share too, but not
what is borne for each of several parties (`对一类县承担80%，对二类县承担60%`). A list whose first
shares make exactly 100% before it ends splits another whole after that (`一期工程省级分担60%、市级
分担40%；二期工程…`).

A count with its share in brackets (`14 are teaching jobs (45.2%)`) is a
share, and so is a share's new level (`Cascade Air's share rose to 43.1%`,
`占比提高到`; a bracketed change, `(up 6.3%)`, is not). The level it rose from
(`rose to 55.2% from 52.9%`, `占比由上年的12.7%提高到`) is the same share earlier, and a level
and the one it moved to (`lowers the cap from 120% to 115% of income`) are no two shares.

Amounts listed with their shares (`$8.5 million in state money (47.5%),
$4.2 million in federal money (23.5%), …`; `北港区…288.9万标箱，南港区170.3万标箱，
东岙港区68.2万标箱，分别占全港…的54.8%、23.3%和12.9%`) are checked one by one: when
all but one agree on the total they imply, within the rounding of both
figures, the one that does not fit is reported with the share it would be.

## Why it matters
Shares of one whole cannot exceed the whole. A sum of 110% means a share was
mistyped or a category was counted twice, and readers who add the figures up
notice.

## Example
`工程资金来源中，中央资金占45%，省级资金占30%，市县自筹资金占35%` adds up to 110%.
Not flagged: `援疆资金总量的80%用于县及县以下、80%用于民生` (用于 allocates without
saying the categories exclude each other: county-level spending can also be
livelihood spending), `同比增长28.39%`.

## How to fix
Check each share against its source. If the categories overlap on purpose,
say so in the text (or write claims with a `shares:` relation marked
`overlap:`), so readers do not add them up.
"""

from __future__ import annotations

import re
from collections import Counter
from fractions import Fraction

from auditor.audit import Audit, Check
from auditor.checks._breakdowns import TOTAL_WORDS_BEFORE
from auditor.checks._derived import PERCENT_UNITS, opens_respective_shares, skip_space
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile
from auditor.text import BY_CLASS

# 分担 / 承担 / 负担: the part of a cost one party bears ("沿线三区分担15%").
_SHARE_BEFORE = lazy_compile(
    r"(占比?|占到|比重(?:依次)?为?|份额为?|分别为|分别占|分别是|分别|依次为|依次是|分担|承担|负担)\s*$"
)
# 对一类县承担80%，对二类县承担60%: what is borne for each of several parties, each its own whole.
_BORNE_FOR = lazy_compile(r"对[^，,。；;]{1,12}(?:分担|承担|负担)\s*$")
_SHARE_AFTER_EN = lazy_compile(
    # ("64.1% of rounds", "51.4% of enrollment": a whole named without an article)
    r"^\s*(went to|go to|goes to|to |for |was spent on|were spent on|came from|of the|of it|of (?!which\b)[a-z]{3,}\b|"
    r"accounted for|account for|made up|respectively)",
    re.I,
)
_SHARE_BEFORE_EN = lazy_compile(
    r"(?:accounted for|accounts for|account for|accounting for|made up|makes up|make up|comprised|"
    r"of which|respectively,?|carried|captured|"
    # what a party draws, takes or wins of a whole: "Riverside drew 31.9% of visits", "won 52% of the vote"
    r"drew|draws|took|takes|won|wins|received|receives|claimed|claims|attracted|attracts)"
    r"\s{1,2}(?:(?:another|a further|the other)\s{1,2})?$",
    re.I,
)
# A share's new level: "share rose to 43.1%", "份额提高到", "占比升至".
_SHARE_LEVEL = lazy_compile(
    r"(?i:\bshare\b[^,;.]{0,12}?\b(?:rose|grew|climbed|increased|fell|dropped|slipped|edged\s(?:up|down))\sto)\s*$"
    r"|(?:份额|占比|比重)(?:提高|上升|提升|下降|降低|回落)?(?:到|至)\s*$"
)
# The level a share rose or fell from: "rose to 55.2% from", "share … from"; 占比由上年的 / 比重从…的.
_EARLIER_LEVEL = lazy_compile(
    r"(?i:\bshare\b[^,;.]{0,30}?\b(?:rose|grew|climbed|increased|fell|dropped|slipped)\b[^,;]{0,16}?\bfrom[ \t]{1,2})$"
    r"|(?:份额|占比|比重)(?:由|从)[^，,。；;]{0,8}?$"
)
# "from 120% to 115%": a level and the one it moved to, not two shares (a share's new level aside: _SHARE_LEVEL).
_FROM_BEFORE = lazy_compile(r"(?i)\bfrom[ \t]{1,2}$")
_TO_LEVEL_AFTER = lazy_compile(r"(?i)[ \t]{1,2}to[ \t]{1,2}\d[\d.]{0,8}[ \t]?(?:%|percent\b)")
_FROM_LEVEL_TO_BEFORE = lazy_compile(r"(?i)\bfrom[ \t]{1,2}\d[\d.]{0,8}[ \t]?(?:%|percent)[ \t]{1,2}to[ \t]{1,2}$")
_SUBSET_IN_BRACKETS = lazy_compile(r"[（(][ \t]{0,2}(?:其中|包括|including|of which|of whom)[^（）()]{0,36}$")
# Verbs and nouns of a change before "$1.2 million, or 6.9 percent": climbed, jumped, slipped, a gain of, a drop.
_CHANGE_WORDS = lazy_compile(
    r"(?i)\b(?:climb|jump|slip|gain|drop|declin|surg|plung|soar|tumbl|add|lost|los[ei]|boost|rais|cut|increas|"
    r"decreas|higher|lower|more|less|fewer|swell|shrank|shrink)\w*"
)


# A clause after a semicolon that sets a scene of its own: "; in the District 3 council race, …", "；在农村地区，".
_NEW_SCENE = lazy_compile(r"\s{0,3}(?:(?i:in|among|at|for)\s{1,2}the\s[^,;.]{1,60},|在[^，,；;。]{1,20}[，,])")


def _one_total_implied(reading, group: list[int]) -> bool:
    """Shares each written after its amount (", or P percent") are of one total when most of the totals they
    imply (amount ÷ share) agree: the shares of two races, or of two budgets, imply two totals."""
    text = reading.document.visible_text
    implied = []
    for index in group:
        share = reading.figures[index]
        before = reading.figures_in(reading.sentence_of(index).start, share.start)
        if not before or not _AMOUNT_OR_BEFORE.search(text, max(0, share.start - 40), share.start):
            return True  # not every share is paired with an amount: nothing to tell
        amount = reading.figures[before[-1]]
        if amount.kind != "quantity" or not share.nominal:
            return True
        implied.append(amount.nominal * 100 / share.nominal)
    implied.sort()
    middle = implied[len(implied) // 2]
    agreeing = sum(1 for total in implied if abs(total - middle) <= middle * Fraction(3, 100))
    return agreeing * 2 > len(implied)


# An amount, then ", or" right before the share: "$5.1 million, or 34.5 percent", "110, or 65 percent".
_AMOUNT_OR_BEFORE = lazy_compile(r"\d[^,;，；()（）%]{0,30}[,，][ \t]{0,2}or[ \t]{1,2}$")
# A number before the bracket in its clause: "14 are teaching jobs (45.2%)", "$8.5 million in state money (47.5%)".
_COUNT_BEFORE_BRACKET = lazy_compile(r"\d[^()（）%]{0,36}[（(][ \t]{0,2}$")
# 占 + the whole's name + 的 right before the figure: "占全市总量的39.4%". The name tells shares of one total
# from shares of another ("占全市的" vs "占全省的").
_SHARE_OF_WHOLE = lazy_compile(r"占([^，,。；;、：:]{1,12}?)的\s*$")
# A share that claims the rest of the whole: with it, the shares must add up to 100%.
_REST = lazy_compile(
    r"其余|剩余|剩下|余下|其他|其它|(?i:\bthe\s(?:rest|remaining|remainder)\b|\bremaining\b|\bother\b)"
)
_RATE = lazy_compile(
    r"(增长|下降|提高|降低|增幅|降幅|涨幅|跌幅|增速|速度|同比|环比|率|growth|grew|rose|rise|fell|fall|increase|decrease|"
    r"(?<!made )(?<!make )(?<!makes )\bup\b|\bdown\b|\brate\b)",
    re.I,
)
_DISTRIBUTIVE = lazy_compile(r"(?:分别|依次)(?:为|是|占)?\s*$")
# What a 分别 list measures when it is no share: efficacy, satisfaction, an index ("预防重症、重症监护和死亡的保护力
# 分别为87.5%、90.3%和86.3%": three rates, one per outcome).
_MEASURE_NOUN = lazy_compile(r"保护力|效力|有效性|满意度|指数")
_DISTRIBUTED_REACH = 30
# Between two shares of one list only a separator and a label may stand.
_LIST_JOIN = lazy_compile(r"^[\s、，,和及与;；]*(?:and\s+)?$")
_BARE_JOIN = lazy_compile(r"^[ \t]{0,2}[、和及与][ \t]{0,2}$")


def _rounding(figure) -> Fraction:
    """Half a step of the last written digit (45% → 0.5, 28.39% → 0.005)."""
    from auditor.checks._claims import rounding_half_step

    if figure.low is not None and figure.low == figure.high:
        return rounding_half_step(figure)
    return Fraction(0)


def _is_share(text: str, reading, index: int, clause) -> bool:
    figure = reading.figures[index]
    before = text[clause.start : figure.start]
    after = text[figure.end : clause.end]
    if _SUBSET_IN_BRACKETS.search(text, max(0, figure.start - 40), figure.start):
        return False  # （其中，65岁及以上人口…占13.50%）: a part of the share before it, not another share
    if _SHARE_LEVEL.search(before[-30:]):
        return True  # Cascade Air's share rose to 43.1%: the share it rose to, not a rise
    if _EARLIER_LEVEL.search(before[-64:]):
        return False  # "share of revenue rose to 55.2% from 52.9%", 占比由上年的13.3%提高到: the same share earlier
    if _RATE.search(before[-8:]) or _RATE.search(after[:6]):
        return False
    if (_FROM_BEFORE.search(before[-8:]) and _TO_LEVEL_AFTER.match(after)) or _FROM_LEVEL_TO_BEFORE.search(
        before[-40:]
    ):
        return False  # "lowers the cap from 120% to 115% of income": one level and the level it moved to
    if _COUNT_BEFORE_BRACKET.search(text, max(0, figure.start - 40), figure.start):
        return True  # 14 are teaching jobs (45.2%): a count and, in brackets, its share
    if opens_respective_shares(text, figure.start, figure.end):
        return True  # "302 were awaiting trial, 97 … and 39 …, or 68.9 percent, 24.1 percent and 8.9 percent"
    sentence_start = reading.sentence_of(index).start
    if _AMOUNT_OR_BEFORE.search(text, max(sentence_start, figure.start - 40), figure.start) and not (
        _RATE.search(text, max(sentence_start, figure.start - 60), figure.start)
        or _CHANGE_WORDS.search(text, max(sentence_start, figure.start - 60), figure.start)
    ):
        return (
            True  # "Parking brought in $5.1 million, or 34.5 percent": an amount and its share (not "rose $3m, or 4%")
        )
    # 分别 only distributes what was named before it, perhaps in the clause before: "两个地级市增速最高，
    # 分别为120.5%和109.0%" are growth rates, not shares.
    distributed = text[max(0, figure.start - _DISTRIBUTED_REACH) : figure.start]
    if _DISTRIBUTIVE.search(before[-6:]) and (_RATE.search(distributed) or _MEASURE_NOUN.search(distributed)):
        return False
    sentence = reading.sentence_of(index)
    # Both shapes below claim classes of one whole only when the sentence also names the rest of it (剩下的8.4%,
    # the rest): 从城乡看，城镇…比例达92%，农村…86%, or "64% were satisfied with buses and 52% with trains", are
    # rates of different groups or overlapping answers.
    names_rest = _REST.search(text, sentence.start, sentence.end) is not None
    if (
        names_rest
        and BY_CLASS.match(text, skip_space(text, sentence.start))
        and not _RATE.search(text, sentence.start, figure.end + 4)
    ):
        return True  # 分环节看，电芯制造贡献了57.2%的产值，…，剩下的8.4%…: classes of one whole, each with its share
    if names_rest and _COPULA_AFTER_EN.match(after) and _OF_TOTAL_OPENER.match(text, sentence.start, figure.start):
        return True  # Of the utility's 48,750 accounts, 91.2% are residential: classes of the total it opens with
    if _BORNE_FOR.search(before[-20:]):
        return False  # 对一类县承担80%: borne for one party, of its own cost
    return bool(
        _SHARE_BEFORE.search(before[-6:])
        or _SHARE_BEFORE_EN.search(before[-30:])
        or _SHARE_OF_WHOLE.search(before[-16:])
        or _SHARE_AFTER_EN.match(after)
    )


# "Of the utility's 48,750 customer accounts, 91.2% are residential, 7.6% are commercial…": a sentence that opens
# with its total, then says what its parts are.
_OF_TOTAL_OPENER = lazy_compile(
    r"[ \t]{0,3}(?i:of[ \t]{1,2}(?:the|its|their|all|those|these|them))\b(?:[^.;:!?]|\.(?=\d)){0,80},"
    r"(?:[^.;:!?]|\.(?=\d)){0,60}$"
)
_COPULA_AFTER_EN = lazy_compile(r"[ \t]{1,2}(?:are|were|is|was)\b")
# A share after another, with its verb elided and only its label before it: "…made up 49.2% of the total,
# Marlow Point 33.5% and…".
_LABEL_ONLY_EN = lazy_compile(
    # (after the whole the share before named: "make up 25.7% of the fleet and hybrids 16.2%")
    # ("made up 51.4% of enrollment and those 45 and older 27.8%": a whole named without an article too)
    r"[ \t]{0,2}(?:of[ \t]{1,2}(?:(?:the|its|their|all)[ \t]{1,2})?[\w'’-]{1,20}(?:[ \t]{1,2}[\w'’-]{1,20}){0,2}?,?[ \t]{1,2})?"
    r"(?:and[ \t]{1,2})?(?:the[ \t]{1,2})?[A-Za-z][\w'’-]{0,20}(?:[ \t]{1,2}[\w'’-]{1,20}){0,3}[ \t]{1,2}"
)


def _whole_of(text: str, clause, figure) -> str | None:
    """The whole a share is of, as written ("全市总量" in "占全市总量的39.4%"; "the new revenue" in "68% of the
    new revenue"), or None."""
    found = _SHARE_OF_WHOLE.search(text, max(clause.start, figure.start - 16), figure.start)
    if found:
        return "".join(found.group(1).split())
    measure = _MEASURE_SHARE_BEFORE.search(text, max(clause.start, figure.start - 10), figure.start)
    if measure:
        return "measure:" + measure.group(1)  # 个数占比65.9% / 投资占比68.4%: the share of the count, of the money
    after = _OF_WHOLE_EN.match(text, figure.end, clause.end)
    return " ".join(after.group(1).lower().split()) if after else None


# A share named by what it measures (个数占比, 投资占比): shares of two measures are of two wholes.
_MEASURE_SHARE_BEFORE = lazy_compile(
    r"(个数|数量|投资额?|金额|面积|人数|产值|产量|产能|收入|规模|户数|销量|销售额|营收|利润|税收|能耗)[ \t]{0,2}占比"
    r"[ \t]{0,2}(?:为|达到?|约|超过)?[ \t]{0,2}$"
)
# "61.7% of the district's water", "68% of the new revenue": an English share's whole, named after it.
_OF_WHOLE_EN = lazy_compile(r"[ \t]{1,2}of[ \t]{1,2}(?:the|its|their|all)?[ \t]{0,2}([A-Za-z][A-Za-z'’ -]{1,40})")


def _passage_end(reading, text: str, index: int) -> int:
    """The end of a figure's sentence, or of the next one when a semicolon joins them ("…and those 45 and older
    27.8%; the remaining 24.6% were 18 to 24.")."""
    sentence = reading.sentence_of(index)
    if text[sentence.end - 1 : sentence.end] in ("；", ";") and sentence.index + 1 < len(reading.sentences):
        return reading.sentences[sentence.index + 1].end
    return sentence.end


def _rest_before(text: str, reading, group: list[int], position: int):
    """The words naming the rest of the whole (其余, the remaining) before the group's share at `position`,
    back to the share before it or its sentence's start: 其余景区…接待游客143.9万人次，占29.9%."""
    index = group[position]
    start = reading.sentence_of(index).start
    if position:
        start = max(start, reading.figures[group[position - 1]].end)
    return _REST.search(text, start, reading.figures[index].start)


# A share of what the share before it is not: "60.2% of the network is paved and 41.8% is not".
_COMPLEMENT_AFTER = lazy_compile(
    r"(?i)[ \t]{1,2}(?:is|are|was|were|do|does|did)(?:[ \t]{1,2}not|n['’]t)\b(?![ \t]{1,2}\w)"
)


# A share in a list whose verb is not repeated: "… account for 84.6% of the fund, supplies for 9.8%".
_ELLIPTIC_EN = lazy_compile(r"(?i)\b(?:for|to|from)\s{1,2}$")
# …46% came from individual donors, 31% from local businesses: the verb elided after the share.
_ELLIPTIC_AFTER_EN = lazy_compile(r"(?i)\s{1,2}(?:from|for|to|on)\b")
# The rest of the whole named at the start of the next sentence ("…for 16.3%. The remaining 11.2% has gone to…",
# "…占21.4%。其余11.2%用于…"): the list goes on across the full stop.
_REST_OPENS = lazy_compile(r"^\W{0,3}(?:其余|剩余|(?i:the\s(?:rest|remaining|remainder)\b|remaining\b))")
_REST_OPENING_REACH = 24
# …or in its subject's first words ("Permits made up the remaining 12.3 percent, $0.55 million.", "The remaining
# 640 were alarms and service calls, 22.0 percent of the half-year load."), its share within its first clause or two.
_REST_EARLY = lazy_compile(
    r"^\W{0,3}(?!(?i:of|on|for|in|at|with|to|by|from|over|under|after|before|during)\b)"
    r"(?:[A-Za-z-]{1,16}[ \t]{1,2}){1,4}?"
    r"(?i:(?:made|make|makes)[ \t]up|accounted[ \t]for|accounts?[ \t]for|got|took|received|brought[ \t]in|went[ \t]to|"
    r"came[ \t]from)[ \t]{1,2}the\s(?:rest|remaining|remainder)\b"
)
_REST_SHARE_REACH = 80


def _groups(reading):
    """Runs of shares of one total: consecutive share percentages of one passage."""
    from auditor.discovery import passages

    text = reading.document.visible_text
    run: list[int] = []
    previous_end = None
    whole = None
    for passage in passages(reading):
        first = passage[0]
        opens = _REST_OPENS.match(text[first.start : first.start + _REST_OPENING_REACH]) or _REST_EARLY.match(
            text[first.start : first.start + _REST_SHARE_REACH]
        )
        reach = _REST_SHARE_REACH
        carried = (
            len(run) >= 2
            and reading.sentence_of(run[-1]).block == first.block
            and reading.sentence_of(run[-1]).end <= first.start
            and opens is not None
            and any(
                reading.figures[i].kind == "percent"
                for i in reading.figures_in(first.start, min(first.end, first.start + reach))
            )
        )
        if not carried:
            if len(run) >= 2:
                yield run
            run, previous_end, whole = [], None, None
        for sentence in passage:
            if run and _NEW_SCENE.match(text, sentence.start):
                # "…, or 47.9 percent; in the District 3 council race, Lee Park took…": another whole's shares
                if len(run) >= 2:
                    yield run
                run, previous_end, whole = [], None, None
            for clause in sentence.clauses:
                for index in reading.figures_in(clause.start, clause.end):
                    figure = reading.figures[index]
                    if figure.kind != "percent":
                        continue
                    # A share of a named whole ("占市场主体总量的三分之二") is a statement of its own: a figure
                    # after it continues a list only when it says it is a share too ("，九成集中在服务业" is not).
                    listed = (
                        previous_end is not None
                        and run
                        and (
                            (whole is None and _LIST_JOIN.match(text[previous_end : figure.start]))
                            # 分别占全港…的54.8%、23.3%和12.9%: nothing but 、 or 和 between the shares
                            or _BARE_JOIN.match(text[previous_end : figure.start])
                        )
                    )
                    # In a run, a share whose verb is elided (supplies for 9.8%) or that names the rest of the
                    # whole (the remaining 20.5%) goes on with it.
                    listed = listed or (
                        bool(run)
                        and (
                            _ELLIPTIC_EN.search(text, max(clause.start, figure.start - 6), figure.start)
                            or _ELLIPTIC_AFTER_EN.match(text, figure.end, clause.end)
                            # "60.2% of the network is paved and 41.8% is not": the rest of the whole
                            or _COMPLEMENT_AFTER.match(text, figure.end, clause.end)
                            # (only in a list that names the rest: "…, turnout 71%" is another measure)
                            or (
                                _LABEL_ONLY_EN.fullmatch(text, max(clause.start, previous_end or 0), figure.start)
                                and _REST.search(text, figure.end, _passage_end(reading, text, index))
                            )
                            # the rest may be named in the clause before its share: "and the rest, 27%, from…"
                            or _REST.search(text, max(previous_end or clause.start, figure.start - 16), figure.start)
                        )
                        and not _RATE.search(text, figure.end, min(clause.end, figure.end + 6))
                        # "…checked out in the first six months, up 5.2% from 741,300": a change, not a share
                        and not _RATE.search(text, max(clause.start, figure.start - 8), figure.start)
                    )
                    if listed and _EARLIER_LEVEL.search(text, max(clause.start, figure.start - 64), figure.start):
                        listed = False  # "rose to 55.2% from 52.9%": the same share a year before, not the next
                    if _is_share(text, reading, index, clause) or listed:
                        named = _whole_of(text, clause, figure)
                        if named and whole and named != whole:
                            # Shares of another total: "占全市的…", then "占全省的…".
                            if len(run) >= 2:
                                yield run
                            run = []
                        whole = named or whole
                        run.append(index)
                        previous_end = figure.end
                    else:
                        if len(run) >= 2:
                            yield run
                        run, previous_end, whole = [], None, None
    if len(run) >= 2:
        yield run


# A share written in brackets right after its amount: "$8.5 million in state money (47.5%)".
_BRACKET_BEFORE = lazy_compile(r"[（(][ \t]{0,2}$|[,，][ \t]{0,2}or[ \t]{1,2}$")
_BRACKET_REACH = 40


def _paired_shares(reading, groups):
    """Lists of (amount, share) figure indexes, three or more, in which each share is of the same total as
    the others: amounts of one dimension each followed by its share in brackets, or a 分别 list of shares
    matching one by one the amounts listed before it in its sentence."""
    from auditor.discovery import comparable, passages

    text = reading.document.visible_text
    for passage in passages(reading):  # (a list may run on across semicolons: "…, or 34.5 percent; airline…")
        indexes = reading.figures_in(passage[0].start, passage[-1].end)
        pairs = []
        for position, index in enumerate(indexes):
            figure = reading.figures[index]
            if figure.kind != "percent" or not position:
                continue
            amount_index = indexes[position - 1]
            amount = reading.figures[amount_index]
            clause_start = reading.clause_of(amount_index).start
            if (
                amount.kind == "quantity"
                and comparable(amount)
                and figure.start - amount.end <= _BRACKET_REACH
                and _BRACKET_BEFORE.search(text, amount.end, figure.start)
                # "an increase of $480,000, or 4 percent": a change and its rate, no share
                and not _CHANGE_WORDS.search(text, max(clause_start, amount.start - 24), amount.start)
                and not _RATE.search(text, max(clause_start, amount.start - 24), amount.start)
                and (not pairs or reading.figures[pairs[-1][0]].same_dimension(amount))
            ):
                pairs.append((amount_index, index))
        if len(pairs) >= 3:
            yield pairs
    for group in groups:
        first = reading.figures[group[0]]
        sentence = reading.sentence_of(group[0])
        if (
            not _DISTRIBUTIVE.search(text, max(sentence.start, first.start - 20), first.start)
            and not (
                _SHARE_OF_WHOLE.search(text, max(sentence.start, first.start - 16), first.start)
                and "分别" in text[max(sentence.start, first.start - 30) : first.start]
            )
            # "…, 97 … and 39 …, or 68.9 percent, 24.1 percent and 8.9 percent": one share for each amount, in order
            and not opens_respective_shares(text, first.start, first.end)
        ):
            continue
        amounts = [
            i
            for i in reading.figures_in(sentence.start, first.start)
            if reading.figures[i].kind == "quantity" and comparable(reading.figures[i])
        ]
        # 全年销售收入1.38亿元，由A0.62亿元、B0.49亿元和C0.27亿元三部分组成，占比分别为…: the total before its parts
        # is no part; the shares go with the amounts listed last.
        if amounts:
            # …由…三部分组成: the count of the parts is no amount of theirs.
            common = Counter(reading.figures[i].dimension for i in amounts).most_common(1)[0][0]
            amounts = [i for i in amounts if reading.figures[i].dimension == common]
        # …分别实现产值52亿元、41亿元、33亿元，合计126亿元，…比重分别为: a total after the parts is none of them
        amounts = [
            i
            for i in amounts
            if not TOTAL_WORDS_BEFORE.search(text, max(0, reading.figures[i].start - 6), reading.figures[i].start)
        ]
        amounts = amounts[-len(group) :] if len(amounts) > len(group) else amounts
        if len(amounts) == len(group) >= 3 and all(
            reading.figures[i].same_dimension(reading.figures[amounts[0]]) for i in amounts
        ):
            yield list(zip(amounts, group))


def _implied_total(amount, share) -> tuple[Fraction, Fraction] | None:
    """The total an amount and its share imply, as an interval (rounding of both)."""
    if amount.low is None or amount.high is None or share.low is None or share.high is None or share.low <= 0:
        return None
    share_low, share_high = share.low - _rounding(share), share.high + _rounding(share)
    return amount.low * 100 / share_high, amount.high * 100 / share_low


def _odd_share(reading, pairs):
    """The one pair whose implied total none of the others allows, while the others agree; or None."""
    totals = [_implied_total(reading.figures[a], reading.figures[s]) for a, s in pairs]
    if any(t is None for t in totals):
        return None
    odd = []
    for n, (low, high) in enumerate(totals):
        others = [t for m, t in enumerate(totals) if m != n]
        common_low, common_high = max(t[0] for t in others), min(t[1] for t in others)
        if common_low <= common_high and (high < common_low or low > common_high):
            odd.append((n, (common_low + common_high) / 2))
    return odd[0] if len(odd) == 1 else None


def _passage_location(reading, group):
    """The sentences holding the shares, the first share highlighted."""
    first = reading.figures[group[0]]
    start = reading.sentence_of(group[0]).start
    end = max(reading.clause_of(group[-1]).end, reading.figures[group[-1]].end)
    return reading.document.figure_location(start, end, first.start, first.end, label=first.text)


def _figure_location(reading, index):
    figure = reading.figures[index]
    return reading.document.figure_location(figure.start, figure.end, figure.start, figure.end, label="share")


def _whole_before_the_end(figures) -> bool:
    """The first shares make exactly 100% before the list ends: that whole is complete, and what follows
    splits another one (a second project, another scheme)."""
    running = Fraction(0)
    for figure in figures[:-1]:
        running += figure.nominal
        if running == 100:
            return True
    return False


def run(audit: Audit):
    from auditor.discovery import reading_of
    from auditor.formatting import format_amount

    for document in audit.documents.values():
        reading = reading_of(audit, document)
        groups = list(_groups(reading))
        yield from _unfitting_shares(reading, groups)
        for group in groups:
            figures = [reading.figures[i] for i in group]
            if any(f.low is None for f in figures):
                continue
            if not _one_total_implied(reading, group):
                continue  # "Jones' 11,402, or 47.9 percent; … Lee Park took 2,950 votes, or 61 percent": two races
            if _whole_before_the_end(figures):
                continue  # "一期工程省级分担60%、市级分担40%；二期工程省级分担70%…": a whole, then the next one
            if _distributed_over_measures(reading, group):
                continue  # 出口1260吨、出口额10800万元，分别占全年的73.3%和74.0%: each of its own whole
            low = sum((f.low for f in figures), Fraction(0))
            tolerance = sum((_rounding(f) for f in figures), Fraction(0))
            text = document.visible_text
            rest = next((p for p in range(len(group)) if _rest_before(text, reading, group, p)), None)
            complement = next(
                (p for p in range(1, len(group)) if _COMPLEMENT_AFTER.match(text, reading.figures[group[p]].end)), None
            )
            high = None if any(f.high is None for f in figures) else sum((f.high for f in figures), Fraction(0))
            nominal = sum((f.nominal for f in figures), Fraction(0))
            if (
                low - tolerance > 100
                and sum(1 for f in figures if f.low > 50) >= 2
                and rest is None
                and complement is None
            ):
                # 专项产业基金、新增能耗、新增工业用地支持民间投资项目比重分别为99.3%、93.8%、84.6%: two parts of one
                # whole cannot each be more than half of it; these are shares of as many wholes
                continue
            if low - tolerance > 100:
                message = f"Shares of one total add up to {format_amount(nominal)}%, more than 100%: "
            elif rest is None and high is not None and high + tolerance < 100 and _all_of_counted(reading, group):
                message = (
                    f"Shares of one total add up to only {format_amount(nominal)}%, though the text says they are "
                    f"all of it ({_all_of_counted(reading, group)}): "
                )
            elif (
                complement is not None
                and high is not None
                and high + tolerance < 100
                # "62% support the levy and 30% do not, with the rest undecided": a third part named without its share
                and not _REST.search(text, figures[-1].end, reading.sentence_of(group[-1]).end)
            ):
                rest_word = _COMPLEMENT_AFTER.match(text, reading.figures[group[complement]].end).group(0).strip()
                message = (
                    f'Shares of one total add up to only {format_amount(nominal)}%, though "{rest_word}" '
                    "says they are the whole: "
                )
            elif rest is not None and high is not None and high + tolerance < 100:
                rest_word = _rest_before(text, reading, group, rest).group(0)
                message = (
                    f'Shares of one total add up to only {format_amount(nominal)}%, though "{rest_word}" '
                    "says they are the whole: "
                )
            else:
                continue
            listed = " + ".join(f.text for f in figures)
            evidence = [("shares", listed), ("sum", f"{format_amount(nominal)}%")]
            if low != nominal:
                evidence.append(("at least", f"{format_amount(low)}% (rounded shares read at their lowest)"))
            if tolerance:
                evidence.append(("rounding tolerance", f"±{format_amount(tolerance)}%"))
            yield Finding(
                check=CHECK.id,
                severity=CHECK.severity,
                message=message + " + ".join(f'"{f.text}"' for f in figures),
                location=_passage_location(reading, group),
                related=tuple(_figure_location(reading, i) for i in group[1:]),
                evidence=tuple(evidence),
                values=tuple(FigureValue.of(f"share {n}", f) for n, f in enumerate(figures, 1)),
                assumption="the percentages are shares of one total that exclude each other, as the wording "
                "(占, 分别, went to, of which) suggests",
                identity="\x1f".join(f.text for f in figures)
                + "\x1f"
                + document.text[reading.sentence_of(group[0]).start : reading.sentence_of(group[-1]).end],
            )


# 全部销往东南亚、中东和欧盟三个市场，分别占…: all of the whole, split among as many things as there are shares.
_ALL_OF_COUNTED = lazy_compile(
    r"(?:全部|全都)[^，,。；;]{0,30}?([两二三四五六七八九]|(?<!\d)\d(?!\d))[ \t]{0,2}(?:个|大|类|种|家|项)[\u4e00-\u9fff]{0,6}[，,]?[ \t]{0,2}"
    r"(?:分别|依次)"
)
_EACH_OWN_WHOLE = lazy_compile(r"当地|各自|各|本地|每个|(?i:\beach\b|\brespective\b)")
_CN_SMALL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _all_of_counted(reading, group: list[int]) -> str | None:
    """The words that say the shares are all of the whole and how many parts it has, when they count the shares
    (全部销往…三个市场，分别占…的46%、31%和19%), or None."""
    text = reading.document.visible_text
    sentence = reading.sentence_of(group[0])
    found = _ALL_OF_COUNTED.search(
        text, max(sentence.start, reading.figures[group[0]].start - ALL_OF_REACH), reading.figures[group[0]].start
    )
    if found is None:
        return None
    if _EACH_OWN_WHOLE.search(text, found.end(), reading.figures[group[0]].start):
        return None  # 分别占当地同类车型销量的18%…: each share of its own place's whole
    count = _CN_SMALL.get(found.group(1)) or (int(found.group(1)) if found.group(1).isdigit() else 0)
    return found.group(0).rstrip("，, \t分别依次") if count == len(group) else None


def _distributed_over_measures(reading, group: list[int]) -> bool:
    """Shares listed with 分别 right after as many amounts, of different dimensions (出口1260吨、出口额10800万元，
    分别占全年的73.3%和74.0%): each amount's share of its own whole, not shares of one."""
    text = reading.document.visible_text
    first = reading.figures[group[0]]
    sentence = reading.sentence_of(group[0])
    distributive = _DISTRIBUTIVE_WORD.search(text, max(sentence.start, first.start - _DISTRIBUTED_REACH), first.start)
    if distributive is None:
        return False
    amounts = [
        reading.figures[i]
        for i in reading.figures_in(
            max(sentence.start, distributive.start() - DISTRIBUTED_AMOUNTS_REACH), distributive.start()
        )
        if reading.figures[i].kind == "quantity" and reading.figures[i].unit not in PERCENT_UNITS
    ][-len(group) :]
    return len(amounts) == len(group) and len({a.dimension for a in amounts}) > 1


_DISTRIBUTIVE_WORD = lazy_compile(r"分别|依次")
DISTRIBUTED_AMOUNTS_REACH = 120  # characters before 分别 in which the amounts it distributes stand
ALL_OF_REACH = 80  # characters before the first share in which 全部…三个市场 stands


def _unfitting_shares(reading, groups):
    """A share that does not fit its amount, where the other shares and amounts agree on one total."""
    from auditor.formatting import format_amount, format_like

    for pairs in _paired_shares(reading, groups):
        odd = _odd_share(reading, pairs)
        if odd is None:
            continue
        position, total = odd
        amount, share = (reading.figures[i] for i in pairs[position])
        fitting = amount.nominal * 100 / total
        shares = [reading.figures[s] for _, s in pairs]
        listed = " + ".join(f.text for f in shares)
        yield Finding(
            check=CHECK.id,
            severity=CHECK.severity,
            message=(
                f'Share "{share.text}" does not fit "{amount.text}": the other shares put the total at '
                f"{format_like(total, amount, rounded=True)}, of which it is ≈{format_amount(round(fitting, 1))}%"
            ),
            location=reading.document.figure_location(
                reading.sentence_of(pairs[0][1]).start,
                max(reading.clause_of(pairs[-1][1]).end, reading.figures[pairs[-1][1]].end),
                share.start,
                share.end,
                label=share.text,
            ),
            related=(
                reading.document.figure_location(amount.start, amount.end, amount.start, amount.end, label="amount"),
                *(_figure_location(reading, s) for n, (_, s) in enumerate(pairs) if n != position),
            ),
            evidence=(
                ("shares", listed),
                ("amounts", " + ".join(reading.figures[a].text for a, _ in pairs)),
                ("total the others imply", format_like(total, amount, rounded=True)),
            ),
            values=(
                FigureValue.of("amount", amount),
                *(FigureValue.of(f"share {n}", f) for n, f in enumerate(shares, 1)),
            ),
            assumption="each share is its amount's part of one total, as the amounts listed with their shares "
            "(in brackets, or 分别) suggest",
            identity="\x1f".join(["unfitting", *(f.text for f in shares)]),
        )


CHECK = Check(
    id="discovered-percent-sum",
    severity=Severity.WARNING,
    summary="Percentages worded as shares of one total that add up to more than 100%, or that do not fit their "
    "amounts (found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    per_document=True,
    discovery=True,
)
