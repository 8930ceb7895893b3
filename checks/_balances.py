"""A balance stated beside the two flows it is the difference of, read for `discovered-sum-mismatch`.

A trade balance is exports less imports (出口 / 进口 and 顺差 / 逆差 / 贸易差额; exports / imports and a
trade surplus or deficit); a surplus, a deficit or net income is revenue less expenses (收入 / 支出 and 结余 /
收支差额; revenue / expenses and net income, a surplus, a deficit). In Chinese the two flows are the nearest
ones named alike before the balance (`出口…；进口…` with nothing or the same words before each, not
`机电产品出口`), in the balance's sentence or the passage before it in its paragraph; in English the nearest
ones on either side of it in its sentence, each the whole flow (`on revenue of…`, `operating expenses of…`, not
`parking revenue`, `fuel costs`). No time expression may stand between the first of the three and the last
(1-11月出口… and then 11月份顺差… are two periods), and a balance built over years (累计结余, `adding to a …
surplus`, reserves) is no one year's difference.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.checks._derived import PRICE_AFTER, PRICE_BEFORE
from auditor.patterns import lazy_compile

# The balance's word right before its figure, with the flows it is the difference of.
_BALANCE_BEFORE_CN = lazy_compile(r"(顺差|逆差|贸易差额|收支差额|结余)(?:额)?(?:为|达到?|了|约)?[ \t]{0,2}$")
_BALANCE_BEFORE_EN = lazy_compile(
    r"(?i:\b(surplus|deficit|net[ \t](?:operating[ \t])?(?:income|loss)|operating[ \t]margin)"
    r"(?:[ \t](?:of|was|is|totaled|totalled|came[ \t]to|stood[ \t]at|reached))?)[ \t]{0,2}$"
)
_BALANCE_AFTER_EN = lazy_compile(r"(?i:[ \t]{1,2}(?:trade[ \t])?(surplus|deficit)\b)")
_TRADE_WORDS = ("顺差", "逆差", "贸易差额")
_FLOW_BEFORE_CN = lazy_compile(
    r"(?<!进)(?<!收)(?<!进出)(出口|进口|收入|支出)(?:额|总额|总值)?(?:为|达到?|了|约|完成|实现)?[ \t]{0,2}$"
)
_FLOW_BEFORE_EN = lazy_compile(
    r"(?i:\b(exports|imports|revenues?|income|receipts|(?:operating[ \t])?expenses|expenditures?|spending|costs)"
    r"(?:[ \t](?:of|were|was|totaled|totalled|came[ \t]to|reached))?)[ \t]{0,2}$"
)
_PLUS_EN = ("exports", "revenue", "revenues", "income", "receipts")
# Where a label starts: the last mark before it.
_LABEL_START = lazy_compile(r"[，,。；;：:、]|其中|(?i:\b(?:on|with|and|of)\b)")
# A time expression between the flows and the balance: another period's figures.
_TIME = lazy_compile(
    r"\d{1,4}[ \t]{0,2}(?:年|月|季度)|[上下]半年|全年|前[三两二一]季度|(?i:\b(?:19|20)\d\d\b|\bquarter\b)"
)
LOOKBEHIND = 40
# A balance that is a stock built over years: 累计结余, 滚存结余, 历年结余; "adding to a … surplus", "its reserve".
_STOCK_BEFORE = lazy_compile(
    r"累计|滚存|历年|(?i:\b(?:adding|adds|added)[ \t]to\b|\breserves?\b|\baccumulated\b|\bcumulative\b)"
)
# What may stand right before an English flow word that is the whole flow: nothing, or a word of the sentence.
_BARE_LABEL_EN = frozenset(
    "on of and with as from in total operating its the while but against versus vs outran outpaced exceeded".split()
)
REACH = 240  # characters around a balance in which its flows stand (a bound: a sentence may be very long)


@dataclass(frozen=True)
class Balance:
    balance: int  # figure indexes
    plus: int
    minus: int
    word: str  # the balance's word as written
    sign: int  # +1: plus - minus is the balance (顺差, surplus, net income); -1: minus - plus (逆差, deficit)


def _flow(reading, index: int) -> tuple[str, str] | None:
    """(flow word, the words before it back to the label's start) for a figure named as a flow."""
    text = reading.document.visible_text
    figure = reading.figures[index]
    floor = max(reading.sentence_of(index).start, figure.start - LOOKBEHIND)
    match = _FLOW_BEFORE_CN.search(text, floor, figure.start) or _FLOW_BEFORE_EN.search(text, floor, figure.start)
    if match is None:
        return None
    before = text[floor : match.start()]
    starts = [m.end() for m in _LABEL_START.finditer(before)]
    label = before[starts[-1] :] if starts else before
    word = match.group(1).lower()
    if word.startswith("operating "):
        word = word.split()[-1]
    return word, label.strip(" \t")


def _pair_of(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The flows (added, taken away) a balance word is the difference of."""
    lowered = word.lower()
    if word in _TRADE_WORDS:
        return ("出口",), ("进口",)
    if word in ("收支差额", "结余"):
        return ("收入",), ("支出",)
    if lowered in ("surplus", "deficit"):
        return ("exports", "revenue", "revenues", "receipts", "income"), (
            "imports",
            "expenses",
            "expenditure",
            "expenditures",
            "spending",
            "costs",
        )
    return ("revenue", "revenues", "income", "receipts"), (
        "expenses",
        "expenditure",
        "expenditures",
        "spending",
        "costs",
    )


def balances(reading):
    """Each balance with the two flows it is the difference of."""
    from auditor.discovery import comparable

    text = reading.document.visible_text
    figures = reading.figures
    for index, figure in enumerate(figures):
        if figure.kind != "quantity" or figure.direction is not None or not comparable(figure):
            continue
        sentence = reading.sentence_of(index)
        floor = max(sentence.start, figure.start - LOOKBEHIND)
        found = _BALANCE_BEFORE_CN.search(text, floor, figure.start) or _BALANCE_BEFORE_EN.search(
            text, floor, figure.start
        )
        if found is None:
            found = _BALANCE_AFTER_EN.match(text, figure.end)
        if found is None:
            continue
        if _STOCK_BEFORE.search(text, max(sentence.start, found.start() - 12), found.start()) or _STOCK_BEFORE.search(
            text, max(sentence.start, figure.start - 16), figure.start
        ):
            continue  # 累计结余25.6亿元, "adding to a $12 million surplus": a stock built over years, no one year's
        word = found.group(1)
        lowered = word.lower()
        english = word.isascii()
        sign = -1 if word == "逆差" or lowered in ("deficit", "net loss", "net operating loss") else 1
        pluses, minuses = _pair_of(word if not english else ("surplus" if lowered in ("surplus", "deficit") else "net"))
        # The flows: in the balance's sentence, or (in Chinese) the sentence before it in its paragraph.
        scope_start = sentence.start
        if not english:
            # The sentence before, the whole of it that semicolons join (其中，出口…；进口…。货物进出口顺差…).
            at = sentence.index
            while at > 0 and reading.sentences[at - 1].block == sentence.block:
                at -= 1
                scope_start = reading.sentences[at].start
                if at == 0 or text[reading.sentences[at - 1].end - 1 : reading.sentences[at - 1].end] not in "；;":
                    break
        if english:
            # "Net operating income was $10.6 million, on revenue of $51.4 million and operating expenses of…"
            around = [
                i
                for i in reading.figures_in(
                    max(sentence.start, figure.start - REACH), min(sentence.end, figure.end + REACH)
                )
                if i != index
            ]
            candidates = sorted(around, key=lambda i: abs(figures[i].start - figure.start))
        else:
            candidates = list(reversed(reading.figures_in(max(scope_start, figure.start - REACH), figure.start)))
        flows = {}
        for other in candidates:
            candidate = figures[other]
            if candidate.kind != "quantity" or candidate.direction is not None or not candidate.same_dimension(figure):
                continue
            named = _flow(reading, other)
            if named is None:
                continue
            flow_word, label = named
            if english and label.split()[-1:] and label.split()[-1].lower() not in _BARE_LABEL_EN:
                continue  # "parking revenue", "fuel costs": one line of the books, not the whole flow
            side = "plus" if flow_word in pluses else "minus" if flow_word in minuses else None
            if side is None or side in flows:
                continue
            flows[side] = (other, label)
        if len(flows) != 2 or (not english and flows["plus"][1] != flows["minus"][1]):
            continue  # 机电产品出口… / 进口…: a part's flow beside the whole's
        ends = sorted((figures[flows["plus"][0]], figures[flows["minus"][0]], figure), key=lambda f: f.start)
        if _TIME.search(text, ends[0].end, ends[-1].start):
            continue
        yield Balance(index, flows["plus"][0], flows["minus"][0], word, sign)


# "…$21.3 million has been spent, or 86.9 percent, leaving $3.2 million": what is left of a whole once a part
# of it is taken. The whole is named after "of the / of its" ("Of the $24.5 million the Legislature set aside,",
# "cover 70.9% of its $4.12 billion in liabilities"), the part is the sentence's other amount of its kind.
_LEAVING = lazy_compile(r"(?i)\bleaving\b")
_OF_WHOLE_BEFORE = lazy_compile(r"(?i)\bof[ \t]{1,2}(?:the|its|their)[ \t]{1,2}$")
LEAVING_REACH = 48
_OTHER_THING_AFTER = lazy_compile(
    r"(?i)[ \t]{1,2}(?:[a-z-]{1,16}[ \t]{1,2}){0,2}(?:shortfall|gap|deficit|hole|debt|loan)\b"
)
_DEDUCTED_AFTER = lazy_compile(r"(?i)\b(?:once|after|minus|less|net[ \t]of|before|excluding)\b")


def remainders(reading):
    """Each amount left ("leaving $3.2 million") with the whole and the part it is the difference of."""
    from auditor.discovery import comparable

    text = reading.document.visible_text
    figures = reading.figures
    for sentence in reading.sentences:
        for leaving in _LEAVING.finditer(text, sentence.start, sentence.end):
            after = [
                i
                for i in reading.figures_in(leaving.end(), min(sentence.end, leaving.end() + LEAVING_REACH))
                if figures[i].kind == "quantity" and comparable(figures[i])
            ]
            if not after:
                continue
            left = after[0]
            if _DEDUCTED_AFTER.search(text, figures[left].end, min(sentence.end, figures[left].end + LEAVING_REACH)):
                continue  # "leaving about $2 million for housing once administrative costs are paid": less again
            if _OTHER_THING_AFTER.match(text, figures[left].end):
                continue  # "leaving a $1.2 million shortfall in next year's budget": another quantity

            amounts = [
                i
                for i in reading.figures_in(max(sentence.start, leaving.start() - REACH), leaving.start())
                if figures[i].kind == "quantity"
                and figures[i].direction is None
                and comparable(figures[i])
                and figures[i].same_dimension(figures[left])
            ]
            wholes = [
                i
                for i in amounts
                if _OF_WHOLE_BEFORE.search(text, max(sentence.start, figures[i].start - 12), figures[i].start)
            ]
            parts = [i for i in amounts if i not in wholes]
            if len(wholes) != 1 or len(parts) != 1:
                continue  # which amount is taken from which is not told
            yield Balance(left, wholes[0], parts[0], "leaving", 1)


# "…electricity cost about $623,000; diesel … would have cost about $1.34 million, a difference of about $741,000";
# "两项收入相差12万元": the gap between the two amounts the sentence states before it.
_DIFFERENCE_BEFORE = lazy_compile(
    r"(?:(?i:\b(?:a|the)[ \t](?:difference|gap)[ \t]of)(?:[ \t](?:about|roughly|some|nearly|almost|around))?"
    r"|(?:两者|二者)?(?:相差|差额为?|差距为?|相差了))[ \t]{0,2}$"
)
DIFFERENCE_REACH = 200
_SIGNED_WORDS = lazy_compile(
    r"(?i:\blos(?:s|ses)\b|\bdeficits?\b|\bbelow[ \t]zero\b|\bminus\b|\bnegative\b)|亏损|赤字|零下"
)


def differences(reading):
    """Each difference stated after exactly two amounts of its kind in its sentence, with those two (the larger
    first)."""
    from auditor.discovery import comparable

    text = reading.document.visible_text
    figures = reading.figures
    for index, figure in enumerate(figures):
        if figure.kind != "quantity" or figure.direction is not None or not comparable(figure):
            continue
        sentence = reading.sentence_of(index)
        found = _DIFFERENCE_BEFORE.search(text, max(sentence.start, figure.start - 40), figure.start)
        if found is None:
            continue
        # the sentence with the clauses that semicolons join to it ("…cost about $623,000; diesel … $1.34 million,
        # a difference of…")
        start, at = sentence.start, sentence.index
        while at > 0 and reading.sentences[at - 1].block == sentence.block:
            before = reading.sentences[at - 1]
            if text[before.end - 1 : before.end] not in "；;":
                break
            start, at = before.start, at - 1
        amounts = [
            i
            for i in reading.figures_in(max(start, found.start() - DIFFERENCE_REACH), found.start())
            if figures[i].kind == "quantity"
            and figures[i].direction is None
            and comparable(figures[i])
            and figures[i].same_dimension(figure)
            # (an amount for each unit, "$0.41 a mile", 每吨3.15元, is a price, not an amount)
            and not PRICE_AFTER.match(text, figures[i].end)
            and not PRICE_BEFORE.search(text, max(start, figures[i].start - 12), figures[i].start)
        ]
        if len(amounts) != 2:
            continue  # which two are compared is not told
        if _SIGNED_WORDS.search(text, max(start, found.start() - DIFFERENCE_REACH), found.start()):
            continue  # "net income of $0.4 million, compared with a net loss of $1.2 million": one side is negative
        larger, smaller = sorted(amounts, key=lambda i: figures[i].nominal, reverse=True)
        yield Balance(index, larger, smaller, "difference", 1)
