"""Breakdowns a sentence states: a total and the parts listed under it (其中, of which, 分为, 由…组成, a
classification, a colon after a named total, 合计 after the parts), read once for the checks that judge them
(discovered-sum-mismatch adds the parts up; discovered-share-of checks a part's share of the total).

What counts as a breakdown, and the guards that keep a list from being taken for one, are documented with
discovered-sum-mismatch (docs/rules/discovered-sum-mismatch.md).
"""

from __future__ import annotations

import re

from auditor.checks._derived import (
    COUNTED_DIMENSIONS,
    COUNTED_THINGS,
    PRICE_AFTER,
    PRICE_BEFORE,
    measure_word,
    skip_space,
)
from auditor.figures.numerals import CN_DIGITS
from auditor.patterns import lazy_compile
from auditor.text import BY_CLASS

# Every form of the verb: "The fund breaks down as", "The 20 chargers break down as", "broke down into".
# ("Talks broke down as the city demanded…": the past tense with "as" is a collapse, not a breakdown, unless a
# figure follows at once: "The 174,210 visits broke down as 98,750 for…".)
_BREAK_DOWN = r"(?:(?:breaks?|broken|breaking) down (?:as|into)|broke down into|broke down as(?= {1,2}\$?\d))"
# The sources that pay for a cost, which do not overlap: "funded by", "covered by a $5 million state grant, $7.3
# million in city bonds and…", "paid for through"; 资金来源为中央补助…、省级补助… (the money's sources are…).
_FUNDED_BY = r"(?:funded|financed|covered) (?:by|through)|paid for (?:by|with|through)|资金来源(?:为|是)"
_OF_WHICH = lazy_compile(
    r"其中|of which|of whom|of that|including|comprising|split into|split (?:among|between)|" + _BREAK_DOWN + r"|"
    r"divided into|分为|分别为|" + _FUNDED_BY + r"|"
    r"made up of|consists? of|consisting of|composed of|comprised of|\bwent to\b(?=[^.;]{1,40}\(\$)|"
    # 包括 opens parts only when the list says how many they are (包括…和…两部分), not 包括…在内
    r"包括(?=[^。；;]{1,60}?(?:[两二三四五六七八九]|\d)个?(?:部分|类|项|种|块|大类))",
    re.I,
)
# 在全年4260名新增就业人员中，有返乡创业人员1380人…: the total inside 在…中, its parts after 有.
# ("Of the $198.7 million, …", "Of the $388,000, …": a decimal point or a thousands comma inside the total is no
# sentence's or clause's end)
_AMONG = lazy_compile(
    r"在[^，,。；;]{1,30}?(中[，,]?有)|(?i:\bof\s(?:the|its|their)\s)(?:[^,;.:]|[.,](?=\d)){1,60}?(,)(?!\d)"
)
# 由小学教师23名、初中教师18名…组成: the parts between 由 and 组成 make up the total before them.
_MADE_OF = lazy_compile(r"由(?=[^，,。；;]{1,60}(?:组成|构成))")
# A part named as the rest (其他人员, 其余, the remaining): the list is the whole, and its parts do not overlap.
# (未定级 / ungraded: what a grading leaves, so the grades listed with it are all of the whole)
_REMAINDER = lazy_compile(
    r"其他|其余|其它|(?:余下|剩下|剩余)(?:的|(?=\d))|未(?:定级|评级|分级|定等级|评定等级)|"
    r"(?i:\bother\b|\bthe\s(?:rest|remaining|remainder)\b|\bungraded\b|\bunrated\b|\bunclassified\b)"
)
# 其余由县财政统筹解决: the rest of the whole, named without a figure, after the parts.
_UNNAMED_REST = lazy_compile(
    r"[，,；;][ \t]{0,2}(?:其余|其他|剩余|剩下|余下|(?i:the[ \t]rest|the[ \t]remain|plus[ \t]{1,2}(?:a|an|the|some|other)\b|"
    r"plus[ \t]{1,2}[a-z]|with[ \t]the[ \t](?:balance|rest|remainder)\b))"
)
_CLASS_AND_SO_ON = lazy_compile(r"[\u4e00-\u9fff]{2,8}等[ \t]{0,2}$")
# "…, and the last 36 are still in design": the last of the members counted is the rest of them.
_LAST_OF_THEM = lazy_compile(r"(?i:\bthe\slast)[ \t]{1,2}$")
_LAST_OF_THEM_BEFORE = lazy_compile(r"(?i:\bthe\slast)[ \t]{1,2}(?=\d)")
# A clause that opens with the rest (；其余…, ; the remaining…).
_REMAINDER_OPENS = lazy_compile(
    r"\s{0,3}(?:其他|其余|其它|(?:余下|剩下|剩余)的|(?i:the\s(?:rest|remaining|remainder)\b))"
)
# Words that say the parts do not overlap (a partition), so parts past the total are a mistake too; 分别为
# ("respectively") lists what the whole has, possibly overlapping (党员志愿者、青年志愿者分别为…).
_PARTITION = lazy_compile(
    r"分为|由[^，,。；;]{1,60}(?:组成|构成)|split into|split (?:among|between)|" + _BREAK_DOWN + r"|"
    r"divided into|made up of|consists? of|consisting of|composed of|comprised of|" + _FUNDED_BY + r"|"
    # sources: "Of the $8.0 million spent, $4.2 million came from bonds, $2.8 million from…"
    r"\bcame from\b|"
    # uses, each amount in brackets: "The $1.3 million spent went to fixtures ($0.82 million), labor (…"
    r"\bwent to\b(?=[^.;]{1,40}\(\$)",
    re.I,
)
# A sentence opening with a total named by its words alone and 中 (东院区总投资中，…; 三项资金合计中，…).
_NAMED_TOTAL_OPENS = lazy_compile(r"[\u4e00-\u9fff]{0,10}?(?:总|合计|共计)[\u4e00-\u9fff]{1,6}?中[，,]")
_AMONG_MARK = lazy_compile(r"中[，,]")
# A sentence opening with what was done, as money (已拨付资金中，…; 已完成投资中，…; 已下达资金由…组成): the amount
# the sentence before states right after the same verb.
_DONE_OPENS = lazy_compile(
    r"((?:已|累计|共)[\u4e00-\u9fff]{1,4}?)(?:的)?(?:资金|金额|款项|投资)(?:中[，,]|(由)(?=[^，,。；;]{1,60}(?:组成|构成)))"
)
# A figure followed by 中 (90个区县中): a whole named in the sentence itself.
_AMONG_FIGURE = lazy_compile(r"[^，,。；;：:\d]{0,6}中")
# A sentence opening with the money's sources (资金来源为…, 资金来源：): they make up the one amount of the sentence
# before.
_SOURCES_OPEN = lazy_compile(r"(?:上述|这些|该项?|以上)?资金来源(?:为|是|[：:])[ \t]{0,2}")
# 其中 / of which opening a sentence: the parts of the one total of the sentence before.
_OF_WHICH_OPENS = lazy_compile(r"(?:其中|(?i:of\s(?:which|whom|that|those|these)\b))[ \t]{0,2}[，,：:]?")
# 上半年256.3万标箱中，北港区…: a total followed at once by 中， opens its breakdown.
# (or with the first part's label right after it: 458家民宿中甲级41家、乙级97家; not 中心, 中学, 中型, 中国…)
_TOTAL_AMONG = lazy_compile(
    r"[^，,。；;：:\d]{0,10}?中[，,]|[\u4e00-\u9fff]{1,10}?中(?=(?![心学型小国央医级等部期药华间旬])[\u4e00-\u9fff]{2,8}\d)"
)
# spending totals $4.62 million: $3.85 million for…, 共计1268家：…: a total named as one, then a colon, then
# what it is made of.
_TOTAL_WORD = lazy_compile(r"总|合计|共计|共有|共|(?i:\btotal(?:s|ed|led|ing|ling)?\b)")
_COLON = lazy_compile(r"[ \t]{0,2}[：:][ \t]{0,2}")
# "The district runs 22 schools — 14 elementary, four middle and three high schools — and…": a count or an
# amount, then a dash and right after it what it is made of, to the closing dash or the sentence's end.
_DASH_LIST = lazy_compile(
    r"[ \t]{0,2}(?:—{1,2}|–|--)[ \t]{0,2}(?=\$?\d|(?i:two|three|four|five|six|seven|eight|nine)\b)"
)
_DASH = lazy_compile(r"—|–|--")
# ("$5 million — $2 million more than last year and $1 million above the plan": comparisons, not parts)
_COMPARED_IN_LIST = lazy_compile(
    r"(?i)\b(?:more|less|fewer|than|above|below|over|under|up|down|higher|lower|increase[sd]?|decrease[sd]?|"
    r"rise|rose|fell|drop(?:ped)?|compared)\b|%|\bpercent\b"
)
_SHARE_APPOSITION = lazy_compile(r"(?i),[ \t]{1,2}or[ \t]{1,2}\d{1,3}(?:\.\d{1,2})?(?:%|[ \t]percent),")
# "has $12.8 million to spend this fiscal year: $7.4 million from…": a colon closing the total's own clause.
# ("wrote 31,400 citations in 2023: 18,200 for…": a year may stand in the total's own words)
_COLON_AFTER = lazy_compile(r"(?:[^，,。；;：:\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,36}?[：:][ \t]{0,2}")
# "新建社区健身场地416处，分布在三区两县：临江区96处、…": the places or sources a total is spread over, after a
# comma or right after it (去年新建的3.8万亩分布在4个乡镇：…) and before a colon, are all of it.
_SPREAD_OVER_AFTER = lazy_compile(
    r"[ \t]{0,2}[，,]?[ \t]{0,2}(?:分布在|分布于|分别来自|来自|分属)"
    # (as many places as it counts: 三区两县, 4个乡镇; not 全县各乡镇, 省内外, 主城区和部分县城, nor a list opened by 其中)
    r"(?=[^，,。；;：:]{0,12}?[一二两三四五六七八九十\d])[^，,。；;：:]{1,12}[：:][ \t]{0,2}(?!其中)"
)
_SPREAD_VERB_BEFORE = lazy_compile(r"(?:分布在|分布于|覆盖|遍及|涉及)[ \t]{0,2}(?:全[市县省区])?$")
# "The course's 47 employees in 2025 were 9 full-time staff and 36 seasonal workers": things counted by name, then
# what they were, counted: all of them, by kind.
_COPULA_LIST_AFTER = lazy_compile(r"(?:[ \t]{1,2}in[ \t]{1,2}(?:19|20)\d\d)?[ \t]{1,2}(?:were|are)[ \t]{1,2}(?=\d)")
# "1.22万套新增房源分布在东城区4100套、西湖区3600套…": a total's own words, then where it lies, place by place,
# with no comma or colon between (not 分布在全县12个乡镇, a count of the places, nor 分布在…中的, a part of it).
_SPREAD_IN_AFTER = lazy_compile(
    r"[\u4e00-\u9fff]{0,10}?(?:分布在|分布于)"
    r"(?=(?![全各本该])[\u4e00-\u9fff]{1,8}(?<![个座处家])\d+(?![\d.]|个?(?:乡镇|乡|镇|县|区|市|村|街道|社区|省)))"
)
# A breakdown whose total stands in the sentence before ("…a $38.5 million capital plan. The capital plan breaks
# down as…", "新建茶园7000亩。新建茶园分布在4个乡镇：…"): its subject names the total.
_SUBJECT_BREAKDOWN = lazy_compile(
    r"(?i:\b(?:breaks?|broken)\s(?:down\s)?(?:as|into)\b|\bbroke\s(?:down\s)?into\b|\bbroke\sdown\sas(?=\s{1,2}\$?\d)"
    r"|\b(?:is|are|was|were)\s(?:split|divided)\s(?:into|among|between)\b)"
    r"|(?i:\b(?:paid\sfor|funded|financed|covered)\s(?:with|by|through)\b)"
    r"|分布在[^，,。；;：:]{0,12}[：:]|分为[^，,。；;：:]{0,12}[：:]"
)
# (not "Each new ambulance costs $310,000": a price)
_COST_BEFORE = lazy_compile(
    r"(?i)\b(?:will[ \t]cost|to[ \t]cost|(?:is[ \t])?estimated[ \t]at|budgeted[ \t]at|costing|"
    r"at[ \t]a[ \t](?:total[ \t])?cost[ \t]of)[ \t]{1,2}(?:about[ \t]|nearly[ \t])?$"
)
# A sentence that opens by pointing back at what the sentence before named, with a word that names nothing of
# its own ("The project will be paid for with…", "It is funded by…"): its total is the one amount of that
# sentence. ("The renovation will be paid for…" after "a $1.2 million contract for a new roof, the first phase of
# the high school renovation" names something else than the amount.)
_UNDERTAKING_AFTER = lazy_compile(
    r"(?i)[ \t]{1,2}(?:[a-z-]{1,16}[ \t]{1,2}){0,2}(?:renovation|rebuild|project|expansion|upgrade|replacement|"
    r"construction|overhaul|remodel|restoration|reconstruction|addition|program|"
    # or a sum of money set aside as one whole ("a $22.4 million operating budget. It is split among…")
    r"budget|fund|package|levy|bond|appropriation|allocation)\b"
)
_POINTING_SUBJECT = lazy_compile(
    r"(?i:(?:the|this|that)[ \t](?:project|plan|work|program|programme|proposal|purchase|package|effort|deal|measure"
    # ("…paid $2.46 million in rental assistance last year. That money breaks down as…")
    r"|money|funding|amount|sum|spending)[ \t]|it[ \t])"
)
_PLURAL_POINTING = lazy_compile(r"(?i:they|these|those)[ \t]")
_BREAKS_DOWN_MARKER = lazy_compile(r"(?i)(?:breaks?|broke|broken)\s(?:down\s)?(?:as|into)\b")
_COMPARED_TO_BEFORE = lazy_compile(
    r"(?i:\b(?:above|below|over|under|than|from|versus|vs\.?|compared[ \t](?:with|to)|against)"
    r"(?:[ \t]{1,2}(?:the|its|a|an|last[ \t]year's))?)[ \t]{1,2}$"
)
_SUBJECT_WORD = lazy_compile(r"(?i:[a-z]{3,20})(?=[^a-z]{0,40}$)|[\u4e00-\u9fff]{2}$")
# The number of groups a partition announces (分为三类：, split into three groups:) is no part.
_GROUP_COUNT = lazy_compile(r"\s{0,2}[：:]")
_EXHAUSTIVE = lazy_compile(
    r"分为|分别为|由[^，,。；;]{1,60}(?:组成|构成)|split into|split (?:among|between)|" + _BREAK_DOWN + r"|"
    r"divided into|made up of|consists? of|consisting of|composed of|comprised of|资金来源(?:为|是)",
    re.I,
)
# A total stated after its parts: "一期1.28亿元、二期0.96亿元、三期1.47亿元，合计3.81亿元", "…, for a total of 11,480".
TOTAL_WORDS_BEFORE = lazy_compile(
    r"(?:合计|共计|总计|总共|一共|(?i:for[ \t]a[ \t]total[ \t]of|a[ \t]total[ \t]of|in[ \t]total|"
    r"altogether|totall?ing))[ \t]{0,2}(?:为|达到?|是|有)?[ \t]{0,2}$"
)
# …or named as the total right after it, at the end of its clause: "…and 2,795 for public housing — 6,951 in
# all", ", 38 altogether". ("$3 million in total on parks" goes on: the words say how it was spent, not a sum.)
TOTAL_WORDS_AFTER = lazy_compile(
    r"[ \t]{1,2}(?i:in[ \t]all|in[ \t]total|altogether|all[ \t]told|combined)(?=[ \t]{0,2}(?:[,.;:)\u2014]|$))"
)
# Items joined by 和 / 及 / and right before 共计 are what it adds up, not the figures before them.
_NAMED_ITEMS = lazy_compile(r"和|及|与|(?i:\band\b)")
# Counted things of one kind: a bare number in a list of them counts the same ("5,310 students, … 2,640").
_COUNTS = COUNTED_DIMENSIONS

# Kinds of figure that are not a sum of parts, and parts that are not parts (frames.kinds_of).
_NOT_SUMS = frozenset({"change", "average", "per-capita", "share"})


MAX_BREAKDOWN_CLAUSES = 2
# ", and all told it drew…", "; they also…": a clause with a subject of its own ends an English list of parts.
_CLAUSE_OF_ITS_OWN_EN = lazy_compile(
    r"[,;][ \t]{1,2}(?:and[ \t]{1,2})?(?:all[ \t]told[ \t]{1,2})?(?:it|they|he|she|we)\b"
    # 此外 / 另外 / 另有 / "in addition": what follows is besides the parts (…初中24所，此外全县还有幼儿园120所)
    r"|[，,；;][ \t]{0,2}(?:此外|另外|另有|除此之外|(?i:in[ \t]addition|besides))"
    # 带动 / 撬动: what the parts bring about, no part (…资金3000亿元，带动相关商品销售额超过2.6万亿元; not 拉动内需的…投资,
    # a part's label)
    r"|[，,；;][ \t]{0,2}(?:带动|撬动|带来|助推)"
)
_CLAUSE_COMMA = lazy_compile(r"，|,(?!\d{3})")


# A plan named right before its figure: 完成年度计划180公里的, 目标为.
_PLAN_RIGHT_BEFORE = lazy_compile(r"(?:计划|目标|任务|预算)(?:为|是)?[ \t]{0,2}$")


# ", and 312 people received…": a clause of its own, after the parts, opened by a count of the total's own things.
_AND_BEFORE = lazy_compile(r",[ \t]{1,2}and[ \t]{1,2}$")


def _before_new_subject(text: str, reading, components: list[int], total: int) -> list[int]:
    """The parts before an English count that names the total's own things after ", and" ("186 people enrolled…, of
    whom 41 earned a diploma, and 312 people received medication"): that count is a new subject, not a part."""
    unit = reading.figures[total].written_unit
    if not unit or not unit.isascii() or not unit[-1:].isalpha():
        return components
    for n in range(1, len(components)):
        figure = reading.figures[components[n]]
        if figure.written_unit == unit and _AND_BEFORE.search(text, max(0, figure.start - 8), figure.start):
            return components[:n]
    return components


def _clause_end_after(text: str, position: int, count: int, end: int) -> int:
    """Where the `count`-th comma-separated clause from `position` ends (an enumeration with 、 is one clause)."""
    for _ in range(count):
        found = _CLAUSE_COMMA.search(text, position, end)
        if found is None:
            return end
        position = found.end()
    return position


# A figure labelled as a total of its own (允许地上总建筑面积, 合计, 共计; a running total, 累计达到213公里) is no
# part of the total before 其中.
_OWN_TOTAL = lazy_compile(r"总|合计|共计|累计|(?i:\btotal\b)")


def _own_total(reading, index, text, total: int | None = None) -> bool:
    figure = reading.figures[index]
    sentence_index, clause_index = reading.places[index]
    clause = reading.sentences[sentence_index].clauses[clause_index]
    found = _OWN_TOTAL.search(text, min(clause.start, figure.start), figure.start)
    if found is not None and _REMAINDER_OPENS.match(text, min(clause.start, figure.start)):
        return False  # 其余两县合计1900套: the rest's total, the last part
    if found is None or found.group(0) != "累计" or total is None:
        return found is not None
    # 累计接待游客1260万人次，…国内游客累计1180万人次: the parts of a running total run up as it does
    of_total = reading.clause_of(total)
    return "累计" not in text[min(of_total.start, reading.figures[total].start) : reading.figures[total].start]


def _not_a_sum(reading, index, text, kinds_of) -> bool:
    figure = reading.figures[index]
    sentence_index, clause_index = reading.places[index]
    clause = reading.sentences[sentence_index].clauses[clause_index]
    if PRICE_BEFORE.search(text, max(clause.start, figure.start - 8), figure.start) or PRICE_AFTER.match(
        text, figure.end
    ):
        return True  # 每立方米3.15元, "$4.20 per", "$1.15 million apiece": a price, no amount to add up
    return bool(kinds_of(text, min(clause.start, figure.start), figure) & _NOT_SUMS)


def breakdowns(reading):
    """(total index, [component indexes], exhaustive, numbered) for each "total … 其中 components" passage, and
    for each total of N named things listed one by one in the passage after it (`counted_lists`); read once per
    document (discovered-sum-mismatch, discovered-share-of and discovered-share-restated all ask)."""
    if "breakdowns" not in reading.derived:
        found = list(_marked_breakdowns(reading))
        taken = {total for total, *_ in found}
        found += [b for b in counted_lists(reading) if b[0] not in taken]
        reading.derived["breakdowns"] = sorted(found, key=lambda b: b[0])
    return list(reading.derived["breakdowns"])


# 三大核心景区全年合计接待游客852.9万人次: a total of a counted number of named things (两家, 三大, 4个).
_COUNTED_WHOLE = lazy_compile(
    r"(?<![\d第])([两二三四五六七八九]|\d)[ \t]{0,2}(?:大|个|家|座|所|条|家大型)?([\u4e00-\u9fff]{2,8}?)"
    r"[^，,。；;：:\d]{0,8}?(?:合计|共计|总共|一共|累计|共)"
)


def counted_lists(reading):
    """A total of N named things (三大核心景区…合计852.9万人次) followed, in the passage right after its sentence
    and in its paragraph, by exactly N figures of its dimension, each in a clause naming the same kind of thing
    (青螺古镇景区接待412.6万人次；萝溪大峡谷景区…；白茶山景区…): the things one by one, which make up the total."""
    from auditor.discovery import comparable

    text = reading.document.visible_text
    sentences = reading.sentences
    for position, sentence in enumerate(sentences[:-1]):
        for index in reading.figures_in(sentence.start, sentence.end):
            total = reading.figures[index]
            if total.kind != "quantity" or total.direction is not None or not comparable(total):
                continue
            sentence_index, clause_index = reading.places[index]
            clause_start = sentence.clauses[clause_index].start
            counted = None
            for found in _COUNTED_WHOLE.finditer(text, max(sentence.start, clause_start - 30), total.start):
                counted = found
            if counted is None or counted.end() < total.start - 12:
                continue
            number = counted.group(1)
            count = int(number) if number.isdigit() else CN_DIGITS[number]
            # the kind of thing counted: a pair of characters of the words after the count (核心景区) that every
            # part's clause names too
            named = text[counted.start(2) : counted.end()]
            kinds = {named[k : k + 2] for k in range(len(named) - 1)} - _NOT_KINDS
            # the passage after the sentence: its sentences joined by semicolons, in the same paragraph
            after, cursor = [], position + 1
            while cursor < len(sentences) and sentences[cursor].block == sentence.block:
                after.append(sentences[cursor])
                if text[sentences[cursor].end - 1 : sentences[cursor].end] not in "；;":
                    break
                cursor += 1
            if not after:
                continue
            parts = [
                i
                for i in reading.figures_in(after[0].start, after[-1].end)
                if reading.figures[i].kind == "quantity"
                and reading.figures[i].direction is None
                and reading.figures[i].same_dimension(total)
                and comparable(reading.figures[i])
            ]
            if len(parts) != count or count < 2:
                continue
            if any(
                all(kind in text[_clause_start(reading, i) : reading.figures[i].start] for i in parts) for kind in kinds
            ):
                if _measured_alike(text, reading, counted.end(), index, parts, after):
                    yield index, parts, True, "partition"


_NOT_KINDS = frozenset({"全年", "今年", "去年", "上半", "下半", "年合", "合计", "共计", "累计", "总共", "一共"})


# What a total of named things measures, between its 合计 and its figure: 接待游客, 实现产值, 生产汽车, 蓄水.
_MEASURE_KEY = lazy_compile(r"([\u4e00-\u9fff]{1,8})[ \t]{0,2}$")
# Times that make a figure another period's than its total's: 国庆假期, 去年, 上半年, 前三季度, 7月.
_PERIOD_WORDS = lazy_compile(
    r"国庆|春节|五一|假期|黄金周|上半年|下半年|[一二三四]季度|前三季度|去年|今年|前年|同期|年初|年底|(?<!\d)\d{1,2}月|\d{1,2}[—-]\d{1,2}月"
)


def _measured_alike(text: str, reading, key_start: int, total: int, parts: list[int], after) -> bool:
    """Each part measures what the total does: its own words end with the total's (接待游客), or with its verb
    alone (青螺古镇景区接待412.6万人次), not another noun (接待过夜游客, 总库容, 出口汽车); and the parts' sentences
    name no period the total's sentence does not (国庆假期, 去年)."""
    figure = reading.figures[total]
    found = _MEASURE_KEY.search(text, key_start, figure.start)
    key = re.sub(r"^(?:合计|共计|总共|一共|累计|共|达到?|为|实现|完成)+", "", found.group(1)) if found else ""
    total_sentence = reading.sentence_of(total)
    own_periods = set(_PERIOD_WORDS.findall(text, total_sentence.start, total_sentence.end))
    for sentence in after:
        if set(_PERIOD_WORDS.findall(text, sentence.start, sentence.end)) - own_periods:
            return False
    if not key:
        return True
    verb = found.group(1)[len(found.group(1)) - len(key) :][:2] if len(key) > 2 else key
    for index in parts:
        words = text[
            max(_clause_start(reading, index), reading.figures[index].start - 10) : reading.figures[index].start
        ]
        words = re.sub(r"[^\u4e00-\u9fff]", "", words)
        if not (words.endswith(key) or words.endswith(verb)):
            return False
    return True


def _clause_start(reading, index: int) -> int:
    sentence_index, clause_index = reading.places[index]
    return reading.sentences[sentence_index].clauses[clause_index].start


def _marked_breakdowns(reading):
    """(total index, [component indexes], exhaustive, numbered) for each "total … 其中 components" passage."""
    from auditor.discovery import comparable, numbered_part, passages, tokenize
    from auditor.discovery.frames import FOUNDATION_AFTER, compared_with, kinds_of

    text = reading.document.visible_text
    for passage in passages(reading):
        # A second breakdown may follow the first in one sentence, of a total stated after the first list
        # (中央厨房10座，其中城区6座、县区4座，日供餐能力合计11.8万份，城区和县区分别为…): read again from its clause.
        starts = [passage[0].start]
        while starts:
            start = starts.pop()
            end = passage[-1].end
            markers = _markers(reading, text, start, end)
            # The first marker with a figure before it opens the breakdown; a classification stated before the
            # total (分港区看，上半年256.3万标箱中，…) still says its parts are classes.
            opening = None
            for m in markers:
                segment = max(start, text.rfind("；", start, m[0]) + 1, text.rfind(";", start, m[0]) + 1)
                if reading.figures_in(segment, m[0]):
                    opening = m
                    break
                if not BY_CLASS.match(text, m[0]) and not _SPLIT_BEFORE_TOTAL.match(text, m[0]):
                    break  # 其中 with its total in an earlier sentence: what follows breaks that total down, not this one
            total_before = None
            if opening is None:
                # A breakdown whose total is in the sentence before: its subject names the total (The capital plan
                # breaks down as…), or it opens with a classification (…累计改造小区1032个。分年度看，2019年…).
                # Or it opens with 其中 / of which (新校区总投资12.8亿元。其中，市财政安排5.6亿元，…).
                subject = _SUBJECT_BREAKDOWN.search(text, start, end)
                says = "whole"
                if subject is None or reading.figures_in(start, subject.start()):
                    opening_word = skip_space(text, start)
                    subject, says = BY_CLASS.match(text, opening_word), "partition"
                    if subject is None:
                        subject, says = _OF_WHICH_OPENS.match(text, opening_word), ""
                    if subject is None:
                        # 资金来源为中央补助0.58亿元、…: the sources of the one amount of money in the sentence before
                        subject, says = _SOURCES_OPEN.match(text, opening_word), "sources"
                    if subject is None:
                        # 东院区总投资中，中央预算内投资2.4亿元，…: a total named without its figure, which the sentence
                        # before states beside the same words (总投资18.6亿元); its parts may overlap, as after 其中.
                        named = _NAMED_TOTAL_OPENS.match(text, opening_word)
                        subject = named and _AMONG_MARK.match(text, named.end() - 2)
                        says = "named"
                    if subject is None:
                        # 已拨付资金中，公墓建设补助880万元、…: what the sentence before did, by its verb (已拨付1480万元)
                        named = _DONE_OPENS.match(text, opening_word)
                        says = "done"
                        if named and named.group(2) == "由":
                            # 已下达资金由中央资金…、省级资金…组成: the parts make up what was done
                            subject, says = _MADE_OF.match(text, named.start(2)), "done-whole"
                        else:
                            subject = named and _AMONG_MARK.match(text, named.end() - 2)
                    if subject is None:
                        continue
                opening = (subject.start(), subject.end(), says)
                if any(
                    _AMONG_FIGURE.match(text, reading.figures[i].end) for i in reading.figures_in(subject.end(), end)
                ):
                    continue  # 从县域角度看，浙江省90个区县中仅有8个…: the sentence names its own whole
                if says == "named":
                    total_before = _named_total_before(reading, text, passage[0], text[named.start() : named.end() - 2])
                elif says in ("done", "done-whole"):
                    total_before = _done_before(reading, text, passage[0], named.group(1))
                else:
                    total_before = _total_in_sentence_before(
                        reading, text, passage[0], start, subject, end, only=says != "whole"
                    )
                if total_before is None:
                    continue
            marker_start, marker_end, says = opening
            spread = says == "spread"
            dashed = says == "dash"
            says = {
                "named": "",
                "done": "",
                "done-whole": "whole",
                "sources": "whole",
                "spread": "partition",
                "dash": "whole",
            }.get(says, says)
            if not says and any(m[2] == "partition" and m[0] < marker_start for m in markers):
                says = "partition"
            # The breakdown ends with the sentence (or the semicolon-joined clause) that lists it.
            listing = next(
                (n for n, sentence in enumerate(passage) if sentence.start <= marker_start < sentence.end), None
            )
            serial = False
            if listing is not None:
                end = passage[listing].end
                # …and $46 million for lead service lines; the remaining $38 million…: the rest, after a semicolon,
                # closes the same list.
                if (
                    listing + 1 < len(passage)
                    and text[passage[listing].end - 1 : passage[listing].end] in "；;"
                    and _REMAINDER_OPENS.match(text, passage[listing + 1].start)
                ):
                    end = passage[listing + 1].end
                serial_end = _serial_semicolons_end(text, passage, listing, end)
                if serial_end == end and total_before is not None and text.startswith("其中", marker_start):
                    # (only a 其中 that opens its own sentence, under a total stated in the one before: after a total
                    # in its own sentence, a clause after ； is a statement of its own, 秸秆离田面积86万亩)
                    serial_end = _parallel_items_cn(text, reading, passage, listing, marker_end, end)
                serial, end = serial_end != end, serial_end
            if dashed:
                end = _dash_list_end(text, marker_end, end)
            end = _bracket_end(text, start, marker_end, end)
            figures = [
                i
                for i in reading.figures_in(start, end)
                if comparable(reading.figures[i]) and reading.figures[i].kind in ("quantity", "span")
            ]
            # The total stands in the marker's own ；-clause (2000年…8827万…；2019年，该数据分别为1.76亿: another year's).
            segment = max(start, text.rfind("；", start, marker_start) + 1, text.rfind(";", start, marker_start) + 1)
            before = [
                i for i in figures if segment <= reading.figures[i].start and reading.figures[i].end <= marker_start
            ]
            # A second 其中 inside the list opens parts of a part (流动人口…，其中，跨省流动人口…): the list ends there.
            # (and so does 由…组成 after a part: 其中珍贵文物8420件，由一级文物…组成 breaks the part down)
            nested = min(
                (m for m in (_OF_WHICH.search(text, marker_end, end), _MADE_OF.search(text, marker_end, end)) if m),
                key=lambda m: m.start(),
                default=None,
            )
            if nested is not None and any(
                reading.figures[i].same_dimension(reading.figures[before[-1]])
                # (分为…三类，分别为21个、15个和9个: a count of the kinds is no part, and 分别为 lists the parts)
                and measure_word(reading.figures[i], COUNTED_THINGS) not in _KIND_MEASURES
                for i in reading.figures_in(marker_end, nested.start())
                if before
            ):
                end = nested.start()  # (分为三个标段，其中一标段…: the 其中 opens the list itself, after no part)
                second = _second_total(reading, text, marker_end, nested.start(), before)
                if second is not None:
                    starts.append(_clause_start(reading, second))
            after = [i for i in figures if reading.figures[i].start >= marker_end and reading.figures[i].end <= end]
            # "Federal agencies supplied $58.9 million of that, the state $14.2 million…": an amount "of that" is a
            # part of a total named before, never the total of what follows it
            # (unless the marker follows it in its own clause: "It spent $60 million of that on housing, of which…")
            before = [
                i
                for i in before
                if not _PART_OF_BEFORE_AFTER.match(text, reading.figures[i].end)
                or _WHICH_OPENS.search(
                    text, reading.figures[i].end, min(end, reading.figures[i].end + PART_OF_MARKER_REACH)
                )
                is not None
            ]
            # "The wind farm paid $1.97 million for fiscal 2025, up from $1.84 million, breaking down as…": a
            # comparison's base is what the total was, not what is broken down
            before = [
                i
                for n, i in enumerate(before)
                if not (
                    n
                    and _COMPARISON_BASE_BEFORE.search(
                        text, max(start, reading.figures[i].start - 12), reading.figures[i].start
                    )
                )
            ]
            # "新建改造排水管网212公里，比计划多12公里，其中…": a difference from a base is no total; the amount it is
            # the difference of, before it, is
            before = [
                i for i in before if compared_with(text, _clause_start(reading, i), reading.figures[i].start) is None
            ]
            # "3260个新建基站分布在12个区县，其中…": the count of the places a total lies in is no total
            before = [
                i
                for i in before
                if not (
                    reading.figures[i].dimension in _COUNTS
                    and _SPREAD_VERB_BEFORE.search(
                        text, max(start, reading.figures[i].start - 4), reading.figures[i].start
                    )
                )
            ]
            # "改造管网186公里，完成年度计划180公里的103.3%，其中…", "兑现…1512万元，为年初预算1450万元的104.3%，其中…":
            # the plan or budget a result is measured against is no total of what the result breaks down into
            unplanned = [
                i
                for i in before
                if not _PLAN_RIGHT_BEFORE.search(
                    text, max(start, reading.figures[i].start - 4), reading.figures[i].start
                )
            ]
            before = unplanned or before
            if total_before is not None:
                before = [total_before]
            if not before or not after:
                continue
            total = _counted_alike(reading, before, after)
            if _not_a_sum(reading, total, text, kinds_of):
                continue  # an average, a rate, a per-capita figure or a change is not the sum of what follows
            # A breakdown lists its parts right after 其中: clauses further on say other things of the total
            # ("其中厅局级干部69人、县处级干部243人，给予党纪政务处分820人，…追责问责1656人").
            listed = [
                i
                for i in after
                if _member_fits(reading.figures[i], reading.figures[total])
                # (46所幼儿园分布在主城区21所、…，新增学位1.38万个: places' shares are counted as the total is)
                and not (
                    spread
                    and measure_word(reading.figures[i], COUNTED_THINGS)
                    != measure_word(reading.figures[total], COUNTED_THINGS)
                )
                # "through the $4 billion Urban Congestion Fund": the size of a named whole, not a part
                and not _size_of_named(text, reading.figures[i])
                # "6 bus drivers, 3 of them bilingual": some of the part before, not a part; 每10万人口: a rate's base
                and not _OF_THEM_AFTER.match(text, reading.figures[i].end)
                and not _counts_other_things(text, reading.figures[i], reading.figures[total])
                and not _PER_BEFORE.search(text, max(0, reading.figures[i].start - 2), reading.figures[i].start)
                # "adults under 65": a bare bound is an age or a threshold, not a part
                and not (not reading.figures[i].dimension and reading.figures[i].low != reading.figures[i].high)
                and not _not_a_sum(reading, i, text, kinds_of)
                and not _own_total(reading, i, text, total)
                and not _GROUP_COUNT.match(text, reading.figures[i].end)
                and not _GROUPS_TOTALLED_AFTER.match(text, reading.figures[i].end)
                # 在前期预拨1.9亿元基础上，追加预拨1.5亿元: what the part builds on, given before, is no part
                and not FOUNDATION_AFTER.match(text, reading.figures[i].end)
            ]
            # "$1.74 million from the $58 parcel assessment": an amount that names what the part before it comes
            # from, in its own item, is part of that part's label
            listed = [
                i
                for n, i in enumerate(listed)
                if not (
                    n
                    and _AMOUNT_NAMES_ITEM.fullmatch(text, reading.figures[listed[n - 1]].end, reading.figures[i].start)
                )
            ]
            # "64 will have one bedroom (34.8%), 82 will have two bedrooms": a number word after a count in its clause
            # says what each of those things has, and is no part
            listed = [
                i
                for n, i in enumerate(listed)
                if not (
                    reading.figures[i].text[:1].isalpha()
                    # (a bare one is a member of its own: "four are under construction and two are in design")
                    and reading.figures[i].written_unit
                    and any(
                        reading.clause_of(j) is reading.clause_of(i)
                        # (after a verb of having: "four middle and two high schools" lists members)
                        and _HAVING_BETWEEN.search(text, reading.figures[j].end, reading.figures[i].start)
                        for j in listed[:n]
                    )
                )
            ]
            reach = _clause_end_after(text, marker_end, MAX_BREAKDOWN_CLAUSES, end)
            if (
                says
                or serial
                or _REMAINDER.search(text, marker_end, end)
                or _LAST_OF_THEM_BEFORE.search(text, marker_end, end)
                or (len(listed) >= 2 and _classes_of_one_kind(_labels(text, marker_end, reading, listed)))
            ):
                # Classes of one total, a list closed by the rest (…，其他人员0.27万人次) or of one kind of thing
                # (…补贴，…补贴，…补贴): the list runs on, clause by clause, to the end of its sentence.
                reach = end
            clause_of_its_own = _CLAUSE_OF_ITS_OWN_EN.search(text, marker_end, reach)
            if clause_of_its_own is not None:
                reach = clause_of_its_own.start()  # "…16 for groups, and all told it drew 9,400 campers": not a part
            components = [i for i in listed if reading.figures[i].end <= reach]
            components = _before_new_subject(text, reading, components, total)
            components = _through_closing_item(text, reading, components)
            if not components or _counts_the_groups(reading, total, components):
                continue
            if _bare_year_among(reading, text, marker_end, reading.figures[components[-1]].end):
                continue  # "4400 citations in 2024: 2100 for parking, 1500 for…": a count read as a year, a part unread
            exhaustive = bool(_EXHAUSTIVE.search(text, start, end)) or says == "whole"
            if (
                exhaustive
                and says != "whole"
                and text.startswith("其中", marker_start)
                and {m.group(0) for m in _EXHAUSTIVE.finditer(text, start, end)} == {"分别为"}
            ):
                exhaustive = False  # 46个，其中4A级和3A级分别为12个和21个: 其中 picks some; 分别为 only pairs them up
            if any(
                _measured_apart(reading.figures[i], reading.figures[total])
                and reading.figures[i].end <= reach
                and measure_word(reading.figures[i], COUNTED_THINGS) not in _KIND_MEASURES
                for i in after
            ):
                # 机构共326家，由县级医院5所、乡镇卫生院28家和村卫生室293个组成: a part counted in another measure word
                # is left out, so the parts left may fall short of the whole without a mistake
                exhaustive = False
            if _SPLIT_BEFORE_TOTAL.search(text, start, reading.figures[total].start) and _OF_WHICH.match(
                text, marker_start
            ):
                # 全线分为12个施工标段，其中已完工的隧洞标段5个…: 其中 may pick some of the groups; more than the whole is
                # still a mistake, fewer is not
                exhaustive = False
            partition = bool(_PARTITION.search(text, start, end)) or says in ("partition", "whole")
            labels = _labels(text, marker_end, reading, components)
            if _period_beyond_total(text, reading, total, labels):
                # 今年上半年，…收购粮食18.6万吨。从季节看，下半年收购粮食35.8万吨: another part of the year than the
                # total's, no part of it
                continue
            if _attributes_apart(labels):
                # 在这356名河长中，女性河长98名，中共党员河长301名，35岁以下河长76名: people counted by their sex, their party
                # and their age, each a different cut of the whole, overlap
                continue
            # 城区和县区分别为7.2万份和4.9万份: the parts' names stand before 分别为 (names alike there, 党员志愿者和青年志愿者,
            # may still overlap: they say which sides, times or sources the parts are, not that they are classes)
            named = _named_before_respectively(text, marker_start, marker_end, len(components))
            own_labels = labels
            if named and all(not _LABEL_SKIP.sub("", label.strip()) for label in labels):
                labels = named
            parts = [numbered_part([t for t, _ in tokenize(label)]) for label in labels]
            numbered = len(components) >= 2 and all(parts) and len(set(parts)) == len(parts)
            if len(components) >= 2 and (
                _REMAINDER.search(labels[-1])
                or _LAST_OF_THEM.search(labels[-1])
                # 游乐体验等880个: the last class with 等 takes in what the others leave
                or _CLASS_AND_SO_ON.search(labels[-1])
            ):
                exhaustive = partition = True  # 其他 / the rest: the parts named and the rest make the whole, apart
            if len(components) >= 2 and _classes_of_one_kind(own_labels):
                partition = True  # 县道…、乡道…、村道…; 客房收入…、餐饮收入…: classes of one kind, which do not overlap
            if len(components) >= 2 and (
                _stages_apart(own_labels) or _stages_apart(_labels_after(text, reading, components, end))
            ):
                partition = True  # "9 are complete, 4 are under construction and 2 are in design": one stage each
            if len(components) >= 2 and _times_apart(text, reading, components, labels, end):
                partition = True  # 春季…、秋季…; "1,940 came in the spring and 1,280 in the fall": times apart
            if len(components) >= 2 and _funds_by_source(labels, reading.figures[total]):
                partition = True  # 省级专项资金…、县级财政配套…、整合涉农资金…: money from sources apart
            if (
                len(components) == 2
                and len(listed) == 2  # (省外…，省内…，县内…: a third part after them)
                and not _UNNAMED_REST.search(text, reading.figures[components[-1]].end, end)
                and _opposites(text, reading, labels, components, total)
            ):
                exhaustive = partition = True  # 其中出口…，进口…; 一般债务…、专项债务…: two sides of one whole
            if len(components) >= 2 and _every_year_since(text, reading, total, labels):
                exhaustive = partition = True  # a running total's every year since it began
            if len(components) >= 2 and _counted_after(text, reading.figures[components[-1]].end, end) == len(
                components
            ):
                # 包括工业投资96.8亿元和基础设施投资12.3亿元两部分: as many parts as it says
                exhaustive = partition = True
            if len(components) >= 2 and _counted_parts(text, reading, total, start) == len(components):
                exhaustive = partition = True  # 两家整车企业合计…，其中A…、B…: as many parts as the total names
            if exhaustive and _years_left_out(text, reading, total, labels):
                exhaustive = False  # 近三年…累计1.86万人，2023年和2024年分别为…: the years named are not all of them
            if exhaustive and _unread_number_among(reading, text, marker_end, reach):
                # '34 dinner trains and 30 holiday "Lantern Express" runs': a part the reader left unread may be the
                # one the others fall short by
                exhaustive = False
            if exhaustive and (
                _UNNAMED_REST.search(text, reading.figures[components[-1]].end, end)
                # 资金来源为中央预算内投资0.9亿元、地方政府专项债券1.2亿元等: 等 leaves the list open
                or text.startswith("等", reading.figures[components[-1]].end)
            ):
                exhaustive = False  # "…and $3 billion for roads, plus a reserve": a rest named without its figure
            if len(components) >= 2 and _picked_by_thresholds(reading, components, reach):
                # 其中，江波龙等42家公司净利润增速超100%，立讯精密等7家公司净利润超10亿元: groups each picked out by a
                # bar they pass, which may overlap and need not make the whole
                exhaustive = partition = False
            disjoint = "numbered" if numbered else ("partition" if partition and len(components) >= 2 else "")
            yield total, components, exhaustive, disjoint


def _picked_by_thresholds(reading, components: list[int], reach: int) -> bool:
    """Whether every part is followed, before the next part, by a bar it passes: a figure with no upper bound
    (超100%, 10亿元以上, more than 5,000)."""
    ends = [reading.figures[i].start for i in components[1:]] + [reach]
    for part, end in zip(components, ends):
        after = [reading.figures[i] for i in reading.figures_in(reading.figures[part].end, end) if i not in components]
        # (not a change: 其中城镇人口…，增长超过2%)
        if not any(figure.low is not None and figure.high is None and not figure.direction for figure in after):
            return False
    return True


# A number the reader did not take as a figure: digits, or an English number word standing alone.
_NUMBER_WRITTEN = lazy_compile(
    r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w])|(?i:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|hundred|dozen)\b)"
)


_LABEL_NUMBER_BEFORE = lazy_compile(r"(?:\b(?:ages?|aged|grades?|to|through|between|from)|\b[A-Z][a-z]+)[ \t]{1,2}$")


# The names before 分别为, parted by 、 / 和 / 及 / 与, back to the clause's start: 城区和县区分别为….
_NAMES_BEFORE_RESPECTIVELY = lazy_compile(r"[\u4e00-\u9fff\d、和及与]{2,40}$")


def _named_before_respectively(text: str, marker_start: int, marker_end: int, count: int) -> list[str]:
    """The names 分别为 gives its parts, in order, when as many as the parts; else []."""
    if text[marker_start:marker_end] != "分别为":
        return []
    found = _NAMES_BEFORE_RESPECTIVELY.search(text, max(0, marker_start - 40), marker_start)
    if found is None:
        return []
    names = [name for name in re.split(r"[、和及与]", found.group(0)) if name]
    return names if len(names) == count else []


# A part of the year a part is of: a season, a half, a quarter or a month.
_TIME_OF_YEAR = lazy_compile(
    r"春季|夏季|秋季|冬季|上半年|下半年|(?:第?[一二三四1-4])季度|(?<![\d年])\d{1,2}月(?!\d|[日号底末])"
    r"|(?i:\b(?:spring|summer|fall|autumn|winter|first[ \t]half|second[ \t]half|(?:first|second|third|fourth)"
    r"[ \t]quarter|january|february|march|april|june|july|august|september|october|november|december)\b)"
)


def _times_apart(text: str, reading, components: list[int], labels: list[str], end: int) -> bool:
    """Each part is of another part of the year, named once in its label (春季…，秋季…) or in the words right after
    it ("1,940 came in the spring season and 1,280 in the fall"): times that do not overlap."""
    after = [
        text[reading.figures[i].end : (reading.figures[j].start if j is not None else end)]
        for i, j in zip(components, [*components[1:], None])
    ]
    for items in (labels, after):
        times = [[m.group(0).lower() for m in _TIME_OF_YEAR.finditer(item)] for item in items]
        if (
            all(len(found) == 1 for found in times)
            and len({found[0] for found in times}) == len(times)
            # of one kind: seasons, halves, quarters or months (January lies in the first quarter)
            and len({_time_kind(found[0]) for found in times}) == 1
        ):
            return True
    return False


def _time_kind(word: str) -> str:
    if "季度" in word or "quarter" in word:
        return "quarter"
    if "半年" in word or "half" in word:
        return "half"
    return "season" if word in _SEASONS else "month"


_SEASONS = frozenset({"春季", "夏季", "秋季", "冬季", "spring", "summer", "fall", "autumn", "winter"})


# Between a part and an amount that names its source, inside one item: " from the " ($1.74 million from the $58
# parcel assessment), " for a " ($4 million for a $10 million bridge).
# (not " in county parks money and a ": a new item after "and")
_AMOUNT_NAMES_ITEM = lazy_compile(
    r"(?![^,;，；、。]{0,40}?(?i:\b(?:and|or|plus)\b))[^,;，；、。和及]{0,40}?(?i:\b(?:the|a|an|its|their))[ \t]{1,2}"
)


def _years_left_out(text: str, reading, total: int, labels: list[str]) -> bool:
    """Parts named by years, fewer than the years the total's clause counts (近三年, 三年来)."""
    if not all(_YEAR_LABEL.search(label) for label in labels):
        return False
    clause = reading.clause_of(total)
    counted = _YEARS_COUNTED.search(text, clause.start, reading.figures[total].start)
    if counted is None:
        return False
    word = counted.group(1)
    years = int(word) if word.isdigit() else CN_DIGITS.get(word)
    return years is not None and years > len(labels)


def _second_total(reading, text: str, start: int, end: int, before: list[int]) -> int | None:
    """The figure right before a second marker that is a total of its own, not a part of the first list: named
    as a total (合计, 共, 总) and counted in another measure than the first total."""
    figures = [i for i in reading.figures_in(start, end) if reading.figures[i].kind == "quantity"]
    if not figures or not before:
        return None
    last, first_total = figures[-1], reading.figures[before[-1]]
    figure = reading.figures[last]
    if not TOTAL_WORDS_BEFORE.search(text, max(start, figure.start - 8), figure.start):
        return None
    if figure.same_dimension(first_total) and measure_word(figure, COUNTED_THINGS) == measure_word(
        first_total, COUNTED_THINGS
    ):
        return None
    return last


def _unread_number_among(reading, text: str, start: int, end: int) -> bool:
    """A number written between start and end that is no figure's (nor inside one): a part left unread."""
    figures = [reading.figures[i] for i in reading.figures_in(start, end)]
    for found in _NUMBER_WRITTEN.finditer(text, start, end):
        if any(f.start <= found.start() and found.end() <= f.end for f in figures):
            continue
        if _LABEL_NUMBER_BEFORE.search(text, max(start, found.start() - 12), found.start()):
            continue  # "6,180 children ages 5 to 8", "Route 9": a number in a part's label, no part
        return True
    return False


# "…is funded by the county levy, $7.2 million; state aid, $1.1 million; and grants, $1.2 million": items that hold
# commas of their own are parted by semicolons, and the last opens with "and".
_SERIAL_LAST = lazy_compile(r"[ \t]{0,2}and\b")
MAX_SERIAL_ITEMS = 6


# An item of such a list ends with its label's comma and its figure: "state aid, $1.1 million;".
_SERIAL_ITEM_END = lazy_compile(
    r",[ \t]{0,2}[$€£]?\d[\d,.]{0,14}(?:[ \t]{1,2}(?:million|billion|thousand))?[ \t]{0,2}[;.]?[ \t]*$"
)


_YEAR_PREPOSITION_BEFORE = lazy_compile(
    r"(?i)\b(?:in|since|of|by|to|from|until|through|during|for|fiscal|FY)[ \t]{1,2}$"
)


def _bare_year_among(reading, text: str, start: int, end: int) -> bool:
    """A year written bare among a list's parts, with no preposition that makes it one ("…: 2100 for parking, 1500
    for lots"): a count the reader took for a year, so the list is not read whole."""
    return any(
        reading.figures[i].kind == "year"
        and reading.figures[i].text.isdigit()
        and not _YEAR_PREPOSITION_BEFORE.search(text, max(0, reading.figures[i].start - 10), reading.figures[i].start)
        for i in reading.figures_in(start, end)
    )


def _serial_semicolons_end(text: str, passage, listing: int, end: int) -> int:
    """Where an English list that runs on across semicolons ends: the end of its item that opens with "and",
    each item before it closed by ";", every item ending with its label's comma and its figure; `end` when
    the sentences after are no such items ("…; and in a separate vote, the council approved $1.2 million for a
    garage" is a clause of its own)."""

    def item(sentence) -> bool:
        return bool(_SERIAL_ITEM_END.search(text, sentence.start, sentence.end))

    if not item(passage[listing]):
        return end
    for following in range(listing + 1, min(len(passage), listing + MAX_SERIAL_ITEMS)):
        if text[passage[following - 1].end - 1 : passage[following - 1].end] != ";" or not item(passage[following]):
            return end
        if _SERIAL_LAST.match(text, passage[following].start):
            return passage[following].end
    return end


# A Chinese item of a list that runs on across ；: its label, then its amount (基础设施建设资金1800万元，用于…).
_ITEM_OPENING_CN = lazy_compile(r"[ \t]{0,2}[\u4e00-\u9fff“”]{2,16}?(?=\d)")
MAX_PARALLEL_ITEMS = 8
_NEW_WHOLE_LABEL = lazy_compile(r"全[县市区省镇乡国]|人均|平均|总|累计|合计|共计|同比|比上年|增长|下降")


def _parallel_items_cn(text: str, reading, passage, listing: int, marker_end: int, end: int) -> int:
    """Where a Chinese list of items that each say what their amount is for runs on across ；: 其中，产业发展资金
    2300万元，主要用于…；基础设施建设资金1800万元，用于…；就业帮扶资金1900万元，用于…。 Each clause after ； opens
    with a label and an amount in the first item's unit; `end` when none does."""
    first = next(iter(reading.figures_in(marker_end, passage[listing].end)), None)
    if first is None or not reading.figures[first].written_unit:
        return end
    unit = reading.figures[first].written_unit
    found = end
    for following in range(listing + 1, min(len(passage), listing + MAX_PARALLEL_ITEMS)):
        sentence = passage[following]
        if text[passage[following - 1].end - 1 : passage[following - 1].end] != "；":
            break
        opening = _ITEM_OPENING_CN.match(text, sentence.start, sentence.end)
        figures = reading.figures_in(sentence.start, sentence.end)
        if (
            opening is None
            or not figures
            or reading.figures[figures[0]].start != opening.end()
            or reading.figures[figures[0]].written_unit != unit
            # (全县农民人均收入1.6万元, 累计…, 总…: a whole or a rate of its own, no item of the list)
            or _NEW_WHOLE_LABEL.search(opening.group(0))
        ):
            break
        found = sentence.end
    return found


# (or a dateline's dash: "ARDLEY (June 2, 2025) — Of the 17 park projects, …", "ARDLEY — Of the…")
_SENTENCE_MARK_BEFORE = lazy_compile(
    r"(?:[.!?;。；！？]|(?:\)|\b[A-Z]{3,}(?:[ \t][A-Z]{2,}){0,3})[ \t]{0,2}(?:—|–|--))[ \t]{0,3}$"
)


def _counts_the_groups(reading, total: int, components: list[int]) -> bool:
    """The total counts the groups the parts are of, in another measure word, as many as the parts ("这3个地区的
    沙棘企业数量分别为1105家、869家、793家"): no total of them."""
    figure = reading.figures[total]
    word = measure_word(figure)
    counted = [i for i in components if measure_word(reading.figures[i]) not in ("", word)]
    return figure.dimension in _COUNTS and bool(word) and len(counted) >= 2 and figure.nominal == len(counted)


def _markers(reading, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Where the words that open a breakdown stand, in order, and what they say of its parts: "" (they may
    overlap: 其中, of which, 由…组成's 由, 在…中有's 中有), "partition" (classes of one total: 按类型分,
    分港区看, 256.3万标箱中，) or "whole" (a total, a colon, what it is made of)."""
    found = []
    for pattern, group in ((_OF_WHICH, 0), (_AMONG, 1), (_MADE_OF, 0)):
        match = pattern.search(text, start, end)
        if match is not None:
            group = group if match.group(group) is not None else group + 1  # _AMONG: 中有, or "Of the X,"'s comma
            if (
                pattern is _AMONG
                and group == 2
                and text[start : match.start()].strip()
                and not _SENTENCE_MARK_BEFORE.search(text, start, match.start())
            ):
                continue  # "Each of the 12 new buses has 40 seats, …": only a sentence that opens "Of the X,"
            # "breaks down as", 分为, 由…组成: words that say the parts make up the whole list them to the end of
            # their sentence
            says = "partition" if pattern is not _AMONG and _PARTITION.match(text, match.start()) else ""
            found.append((match.start(group), match.end(group), says))
            if pattern is _OF_WHICH and _SPLIT_BEFORE_TOTAL.match(text, match.start()):
                # 全线分为12个施工标段，其中隧洞标段7个…: the total follows 分为, and 其中 opens its parts
                later = _OF_WHICH.search(text, match.end(), end)
                if later is not None:
                    found.append((later.start(), later.end(), ""))
    by_class = BY_CLASS.search(text, start, end)
    if by_class is not None:
        found.append((by_class.start(), by_class.end(), "partition"))
    for index in reading.figures_in(start, end):
        figure = reading.figures[index]
        among = _TOTAL_AMONG.match(text, figure.end)
        if among is not None and among.end() <= end:
            found.append((among.start(), among.end(), ""))
            break
        colon = _COLON.match(text, figure.end)
        if (
            colon is not None
            and colon.end() < end
            and _TOTAL_WORD.search(text, max(start, figure.start - 16), figure.start)
            and not _CLAUSE_MARK.search(text, max(start, figure.start - 16), figure.start)
        ):
            found.append((colon.start(), colon.end(), "whole"))
            break
        copula = _COPULA_LIST_AFTER.match(text, figure.end)
        if (
            copula is not None
            and copula.end() < end
            and figure.kind == "quantity"
            and figure.dimension in _COUNTS
            # ("85 summer employees": a noun of one or more words)
            and figure.written_unit.replace(" ", "").isalpha()
            and figure.written_unit.isascii()
            and len(reading.figures_in(copula.end(), end)) >= 2
        ):
            found.append((copula.end() - 1, copula.end(), "whole"))
            break
        # Where a total lies: place by place right after its words (the first figure after, of its kind), or
        # after a comma and a colon (any figure after, of its kind).
        spread = next(
            (
                (found_at, says)
                for pattern, says, reach in ((_SPREAD_IN_AFTER, "spread", 1), (_SPREAD_OVER_AFTER, "whole", None))
                if (found_at := pattern.match(text, figure.end)) is not None
                and found_at.end() < end
                and figure.kind == "quantity"
                and figure.direction is None
                and any(
                    reading.figures[i].same_dimension(figure) for i in reading.figures_in(found_at.end(), end)[:reach]
                )
            ),
            None,
        )
        if spread is not None:
            found.append((spread[0].end() - 1, spread[0].end(), spread[1]))
            break
        # ("$1.09 million, or 46.6%, had been spent by the end of December: $780,000 on…": a share set off by
        # commas beside the total is no clause of its own)
        apposition = _SHARE_APPOSITION.match(text, figure.end)
        colon = _COLON_AFTER.match(text, apposition.end() if apposition else figure.end)
        if (
            colon is not None
            and colon.end() < end
            and figure.kind == "quantity"
            and figure.direction is None
            # 分布在4个乡镇：, split into three groups: a count of the groups that follow, not their total (as many
            # as the figures after it); "eliminate 38 positions: 21 teaching jobs, …" is the total of its parts
            and not (
                figure.dimension in _COUNTS
                and colon.end() - figure.end <= 8
                # (1400个托位分别来自：…260个、…580个: more counted in its measure word than listed, in Chinese too)
                and not _more_than_listed(reading, figure, colon.end(), end)
            )
            # what it is made of starts right after the colon (": $7.4 million from…", "：智能制造类412人、…": a
            # Chinese label first), not a headline's rest
            and any(
                reading.figures[i].start - colon.end() <= 2
                or _LABEL_CN.fullmatch(text, colon.end(), reading.figures[i].start)
                for i in reading.figures_in(colon.end(), end)[:1]
            )
        ):
            found.append((colon.end() - 1, colon.end(), "whole"))
            break
        dash = _DASH_LIST.match(text, figure.end)
        if (
            dash is not None
            and dash.end() < end
            and figure.kind == "quantity"
            and figure.direction is None
            and (figure.text[:1].isdigit() or figure.text.startswith("$"))
            and len(
                [
                    i
                    for i in reading.figures_in(dash.end(), _dash_list_end(text, dash.end(), end))
                    if reading.figures[i].same_dimension(figure)
                ]
            )
            >= 2
            and not _COMPARED_IN_LIST.search(text, dash.end(), _dash_list_end(text, dash.end(), end))
        ):
            found.append((dash.end() - 1, dash.end(), "dash"))
            break
    return sorted(found)


def _bracket_end(text: str, start: int, marker: int, end: int) -> int:
    """Where a breakdown opened inside brackets ends: at the closing bracket (落户企业55户(其中，生产企业27户、…新建续建企业
    10户)，投资超亿元的企业26户: what follows the bracket is said of the whole again, no part)."""
    opening = max(text.rfind("(", start, marker), text.rfind("（", start, marker))
    if opening < 0 or max(text.rfind(")", opening, marker), text.rfind("）", opening, marker)) >= 0:
        return end
    closing = [at for at in (text.find(")", marker, end), text.find("）", marker, end)) if at >= 0]
    return min(closing) if closing else end


def _dash_list_end(text: str, start: int, end: int) -> int:
    """Where a list set off by a dash ends: at the closing dash, or with its sentence."""
    closing = _DASH.search(text, start, end)
    return closing.start() if closing is not None else end


# (not 其中, 包括, 如, 主要: what follows is some of the whole, not all of it)
_LABEL_CN = lazy_compile(r"(?!其中|包括|包含|如|例如|主要|比如|尤其)[\u4e00-\u9fff]{1,10}")


def _more_than_listed(reading, figure, start: int, end: int) -> bool:
    """More things counted than figures of their kind listed after the colon: "eliminate 38 positions: 21
    teaching jobs, 11 …, and 4 …" totals its parts; "three groups: 12, 15 and 9" counts them."""
    listed = [
        i
        for i in reading.figures_in(start, end)
        if (
            reading.figures[i].same_dimension(figure)
            # a Chinese count in the same measure word, of no other noun (辖12个乡镇：城关镇下辖18个村 counts
            # villages, not the 乡镇)
            and (
                figure.written_unit.isascii()
                or (
                    reading.figures[i].written_unit == figure.written_unit
                    and _noun_after(reading.document.visible_text, reading.figures[i].end)
                    in ("", _noun_after(reading.document.visible_text, figure.end))
                )
            )
        )
        or not (reading.figures[i].dimension or reading.figures[i].written_unit)  # "214 sites: 148 with hookups, …"
    ]
    return len(listed) >= 2 and figure.nominal > len(listed)


_NOUN_AFTER = lazy_compile(r"[\u4e00-\u9fff]{1,2}")


def _noun_after(text: str, position: int) -> str:
    """The Chinese characters right after a count (1400个托位 → 托位), or ""."""
    found = _NOUN_AFTER.match(text, position)
    return found.group(0) if found else ""


_CLAUSE_MARK = lazy_compile(r"[，,。；;：:]")
# 分为 / divided into before the total it divides (全线分为12个施工标段，其中…).
_SPLIT_BEFORE_TOTAL = lazy_compile(r"分为|(?i:split into|divided into)")


# A part of a year named by its words: 上半年, 四季度, 前三季度, 7-10月.
_PART_OF_YEAR = lazy_compile(
    r"上半年|下半年|前三季度|第?[一二三四1-4]季度|(?<!\d)\d{1,2}[ \t]{0,2}[-—–至到][ \t]{0,2}\d{1,2}[ \t]{0,2}月"
)


_QUARTER_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _months(written: str) -> tuple[int, int] | None:
    """The months a part of a year spans (上半年 → 1-6, 四季度 → 10-12, 7-10月 → 7-10), or None."""
    if written in ("上半年", "下半年"):
        return (1, 6) if written == "上半年" else (7, 12)
    if written == "前三季度":
        return 1, 9
    if "季度" in written:
        number = _QUARTER_NUMBERS.get(written.lstrip("第")[:1])
        return (3 * number - 2, 3 * number) if number else None
    digits = re.findall(r"\d{1,2}", written)
    return (int(digits[0]), int(digits[1])) if len(digits) == 2 else None


def _period_beyond_total(text: str, reading, total: int, labels: list[str]) -> bool:
    """A part named by a part of the year outside the one its total's sentence names (上半年 … / 下半年 …; not
    上半年… / 4-6月…, a part of it)."""
    sentence = reading.sentence_of(total)
    own = {_months(m.group(0)) for m in _PART_OF_YEAR.finditer(text, sentence.start, reading.figures[total].start)}
    if len(own) != 1 or None in own:
        return False
    first, last = next(iter(own))
    for label in labels:
        for m in _PART_OF_YEAR.finditer(label):
            months = _months(m.group(0))
            if months is not None and not first <= months[0] <= months[1] <= last:
                return True
    return False


# Attributes people are counted by, each family one way to cut a whole: sex, party, age, schooling, ethnicity.
_PERSON_ATTRIBUTES = (
    lazy_compile(r"女性|男性|女职工|男职工|(?i:\b(?:women|men|female|male)\b)"),
    lazy_compile(r"党员|团员|民主党派|(?i:\b(?:democrats?|republicans?)\b)"),
    lazy_compile(r"\d{1,3}[ \t]{0,2}(?:周)?岁|(?i:\b(?:under|over|aged)[ \t]{1,2}\d{1,3}\b)"),
    lazy_compile(r"学历|本科|大专|研究生|硕士|博士|(?i:\bdegrees?\b)"),
    lazy_compile(r"少数民族|汉族"),
)


def _attributes_apart(labels: list[str]) -> bool:
    """Parts named by people's attributes of two families or more (女性…, 中共党员…, 35岁以下…): cuts of the whole
    that overlap, not classes of it."""
    families = {number for label in labels for number, family in enumerate(_PERSON_ATTRIBUTES) if family.search(label)}
    return len(labels) >= 2 and len(families) >= 2


def _labels(text: str, marker_end: int, reading, components: list[int]) -> list[str]:
    """The text before each component, back to the one before it (or the marker)."""
    labels, cursor = [], marker_end
    for index in components:
        labels.append(text[cursor : reading.figures[index].start])
        cursor = reading.figures[index].end
    return labels


def _labels_after(text: str, reading, components: list[int], end: int) -> list[str]:
    """The text after each component, up to the next one (or the end): English says what a part is after it."""
    ends = [reading.figures[index].start for index in components[1:]] + [end]
    return [text[reading.figures[index].end : stop] for index, stop in zip(components, ends)]


_LABEL_TAIL = lazy_compile(r"([\u4e00-\u9fff]{1,12})[ \t]{0,2}$")
_LABEL_SKIP = lazy_compile(r"^[\s，,、；;和及与]+|(?:完成|实现|达到?|为|有|共|约)$")


# The stage a project or a case is at: one at a time, so parts counted by stage do not overlap.
_STAGE = lazy_compile(
    r"(?i:\b(?:complete[d]?|finished|under[ \t]construction|(?:still[ \t])?in[ \t](?:design|planning|progress|"
    r"construction|review)|under[ \t]way|not[ \t](?:yet[ \t])?started|on[ \t]hold|pending|approved|denied|rejected|"
    r"withdrawn|rebuilt|being[ \t](?:built|designed|reviewed))\b)"
    r"|已完工|完工|竣工|在建|续建|新开工|未开工|前期|已建成|正在建设|正在施工|筹建|已验收"
)


def _stages_apart(labels) -> bool:
    """Each label names one stage (complete, under construction, in design; 已完工, 在建, 前期), all different."""
    stages = []
    for label in labels:
        found = {m.group(0).lower() for m in _STAGE.finditer(label)}
        if len(found) != 1:
            return False
        stages.append(found.pop())
    return len(set(stages)) == len(stages)


def _classes_of_one_kind(labels: list[str]) -> bool:
    """Chinese labels that end alike and differ before it (县道 / 乡道 / 村道, 客房收入 / 餐饮收入): classes of one
    kind. Two characters in common at least, or one when every label is two or three characters (主管 / 支管 /
    入户管: a one-character head noun)."""
    tails = []
    for label in labels:
        label = _LABEL_SKIP.sub("", label.strip())
        found = _LABEL_TAIL.search(label)
        if found is None:
            return False
        tails.append(found.group(1))
    if len(set(tails)) != len(tails):
        return False
    common = 0
    while common < min(map(len, tails)) and len({t[len(t) - 1 - common] for t in tails}) == 1:
        common += 1
    if common >= 2 and all(len(t) > common for t in tails):
        return True
    return common == 1 and all(2 <= len(t) <= 3 for t in tails)


# A source of money named by the level of government that gives it (省级专项资金, 市级财政补贴, 中央资金), or by a
# source of no government level (整合涉农资金, 企业自筹, 银行贷款, 经营收入, 社会资本).
_LEVEL_SOURCE = lazy_compile(r"(?:中央|地方|(?:省|市|县|区|州|乡镇|镇|村)(?:级|财政)|自治区(?:级|财政)?)")
_OTHER_SOURCE = lazy_compile(
    r"(?:整合[\u4e00-\u9fff]{0,6}资金|[\u4e00-\u9fff]{0,4}自筹(?:资金)?|(?:银行)?贷款|[\u4e00-\u9fff]{0,6}经营收入|社会(?:资本|资金)"
    r"|[\u4e00-\u9fff]{0,4}捐赠(?:资金)?)$"
)


def _funds_by_source(labels: list[str], total) -> bool:
    """Money broken down by where it comes from: at least two parts each opened by a different level of
    government, and any other part a source of no level (a fund pooled from others, the firm's own money, a
    loan, income, private capital). Sources apart do not overlap."""
    if not total.dimension.startswith("[currency"):
        return False
    levels = []
    for number, label in enumerate(labels):
        if number and not label.lstrip().startswith(("、", "和", "及", "与")):
            return False  # (…省级资金1300万元，县级财政配套900万元: after a comma, money besides the list's)
        label = _LABEL_SKIP.sub("", label.strip())
        level = _LEVEL_SOURCE.match(label)
        if level is not None:
            levels.append(level.group(0)[:2].rstrip("级财"))
        elif not _OTHER_SOURCE.search(label):
            return False
    return len(levels) >= 2 and len(set(levels)) == len(levels)


# Two sides that make up one whole between them, whatever it is: a total with exactly these two parts is made of
# them (其中出口21亿美元，进口1.8亿美元; 一般债务…、专项债务…; 职工医保…、城乡居民医保…; 政府补贴…，社员自付…).
# Each pair names both sides; a label holding one side and not the other is that side.
_OPPOSITES = (
    ("出口", "进口"),
    ("出港", "进港"),
    ("进港", "离港"),
    ("入境", "出境"),
    ("规上", "规下"),
    ("规模以上", "规模以下"),
    ("限上", "限下"),
    ("限额以上", "限额以下"),
    ("线上", "线下"),
    ("外贸", "内贸"),
    ("境内", "境外"),
    ("省内", "省外"),
    ("本省", "省外"),
    ("本市", "市外"),
    ("本县", "县外"),
    ("本地", "外地"),
    ("市内", "市外"),
    ("县内", "县外"),
    ("城镇", "乡村"),
    ("城镇", "农村"),
    ("城市", "农村"),
    ("城区", "乡镇"),  # a county's seat and its townships (not 城区 / 农村, which leave the towns' seats out)
    ("城区", "县区"),  # a city's urban districts and its counties
    ("男", "女"),
    ("公办", "民办"),
    ("一般债", "专项债"),
    ("统筹基金", "个人账户"),
    ("职工", "城乡居民"),
    ("补贴", "自付"),
    ("基金支付", "自付"),
    ("exports", "imports"),
    ("domestic", "international"),
    ("inbound", "outbound"),
    ("arriving", "departing"),
    ("arrivals", "departures"),
    ("in-state", "out-of-state"),
    ("men", "women"),
    ("male", "female"),
    ("full-time", "part-time"),
)


def _side(label: str, pair: tuple[str, str]) -> int | None:
    """Which side of `pair` the label names (0 or 1), or None for neither or both."""
    lowered = label.lower()
    found = [
        bool(re.search(rf"(?<![a-z-]){re.escape(word)}(?![a-z-])", lowered)) if word.isascii() else word in label
        for word in pair
    ]
    if found[0] == found[1]:
        return None
    return 0 if found[0] else 1


_AFTER_TOTAL = lazy_compile(r"[\u4e00-\u9fff]{0,6}?(?=中[，,]|[，,；;。])")
# (up to the sentence's end: "702 are full-time and 528 part-time." goes no further)
_AFTER_PART = lazy_compile(r"(?:[^，,。；;、:：\d.!?\n]|\.(?=\w)){0,24}")


def _opposites(text: str, reading, labels: list[str], components: list[int], total: int) -> bool:
    """Two parts naming the two sides of one whole (出口 / 进口, 城镇 / 农村, men / women), by the words before
    each or, in English, right after it ("1,980 are men and 2,130 are women"). Chinese labels must name the same
    thing of each side: both open with their side (城镇人口 / 农村人口, 外贸内支线 / 内贸航线), both end with it
    (政府补贴 / 社员自付), or the rest of them is the same (发行一般债券 / 发行专项债券); 城镇新增就业 and
    转移农村劳动力就业 are two measures. What the labels add to their side must be of the total itself: the
    total's own words hold it (外贸集装箱吞吐量 under 货物吞吐量 and 一般贸易出口 under 进出口总额 are parts of a
    part), or it is one short noun ending like the total's (内支线 under 航线). English labels say nothing but
    the side after it (men, women; not "full-time teachers" and "part-time aides")."""
    total_figure = reading.figures[total]
    sentence_index, clause_index = reading.places[total]
    clause = reading.sentences[sentence_index].clauses[clause_index]
    # the total's words before it, and a noun right after it (689.5万人次旅客中，出港旅客…，进港旅客…)
    after_total = _AFTER_TOTAL.match(text, total_figure.end)
    total_words = text[max(clause.start, total_figure.start - 24) : total_figure.start] + "|"
    total_words += after_total.group(0) if after_total else ""
    for pair in _OPPOSITES:
        shapes = []
        for label, index in zip(labels, components):
            after = _AFTER_PART.match(text, reading.figures[index].end).group(0)
            side = _side(after, pair) if pair[0].isascii() else None
            if side is not None:
                others = set(_EN_WORD.findall(after.lower())) - _EN_FILLERS - {pair[side]}
                shapes.append((side, True, False, "", not others))
                continue
            tail = _LABEL_SKIP.sub("", label.strip())[-16:]
            side = _side(tail, pair)
            if side is None:
                break
            word = pair[side]
            rest = tail.replace(word, "", 1)
            shapes.append((side, tail.startswith(word), tail.endswith(word), rest, _of_total(rest, total_words)))
        if len(shapes) != 2 or shapes[0][0] == shapes[1][0]:
            continue
        (_, opens_a, ends_a, rest_a, fits_a), (_, opens_b, ends_b, rest_b, fits_b) = shapes
        if ends_a and ends_b and rest_a != rest_b:
            return True  # 政府补贴 / 社员自付: the sides are what is counted, the words before them who
        # (一般贸易出口 / 一般贸易进口: one qualifier of both, which the total must hold)
        if fits_a and fits_b and ((opens_a and opens_b) or (ends_a and ends_b) or rest_a == rest_b):
            return True
    return False


# Nouns that say what is counted or measured, not which of it: 人口, 人数, 收入…
_MEASURE_NOUNS = frozenset("人口 人数 户数 数量 总量 规模 收入 支出 金额 资金 面积 产值".split())
_EN_WORD = lazy_compile(r"[a-z][a-z-]+")
_EN_FILLERS = frozenset({"are", "were", "is", "was", "and", "or", "the", "of", "them", "whom"})


def _of_total(rest: str, total_words: str) -> bool:
    """What a side's label adds is the total's own (its characters, pair by pair, in the total's words), or one
    short noun ending like the total's last word (内支线 under …航线)."""
    han = "".join(ch for ch in rest if "\u4e00" <= ch <= "\u9fff")
    if len(han) < 2 or han in _MEASURE_NOUNS:
        return True  # 城镇人口 / 农村人口 of 68.5万人: the sides' people, nothing narrower
    if all(han[i : i + 2] in total_words for i in range(len(han) - 1)):
        return True
    head = "".join(ch for ch in total_words if "\u4e00" <= ch <= "\u9fff")[-2:]
    return len(han) <= 3 and bool(head) and han[-1] == head[-1]


_PART_COUNT = lazy_compile(r"(?<![\d第])([两二三四五六七八九]|\d)[ \t]{0,2}(?:家|个|类|种|座|所|项|大|条|部分)")


def _stands_alone(reading, text: str, index: int, whole_passage: bool = False) -> bool:
    """The sentence at `index` ends with a full stop and its passage (；-joined) opens with no breakdown marker;
    with `whole_passage`, it is its passage (no clause before it ends with a semicolon)."""
    sentence = reading.sentences[index]
    if text[sentence.end - 1 : sentence.end] in "；;":
        return False
    first = index
    while first > 0 and text[reading.sentences[first - 1].end - 1 : reading.sentences[first - 1].end] in ("；", ";"):
        first -= 1
    if whole_passage and first != index:
        return False
    opening = skip_space(text, reading.sentences[first].start)
    return not (BY_CLASS.match(text, opening) or _OF_WHICH_OPENS.match(text, opening))


# (超出年初1.65亿元的预算, 低于…: what an amount is set against, not what the next sentence breaks down)
_BASE_BEFORE = lazy_compile(
    r"(?:比|较|同期(?:为|是)?|超出|高于|低于|(?i:\bfrom|\bcompared\swith))"
    # (a date may stand in the base's words: 比2023年底的1272座)
    r"(?:[^，,。；;\d]|(?:19|20)\d\d年|\d{1,2}月){0,8}$"
)


_YEAR_LABEL = lazy_compile(r"((?:19|20)\d\d)年")
_SINCE_YEAR = lazy_compile(r"(?:自|从)((?:19|20)\d\d)年|((?:19|20)\d\d)年以来|(?i:\bsince\s((?:19|20)\d\d)\b)")


# 连续五年, 5年来, 五年间: the years a running total counts.
_YEARS_COUNTED = lazy_compile(r"(?:连续)?([两二三四五六七八九十]|\d{1,2})[ \t]{0,2}(?:个)?年(?:来|间|里|中)?(?!\d)")


def _every_year_since(text: str, reading, total: int, labels: list[str]) -> bool:
    """The parts are the years of a running total, each once, from the year it runs from
    (自2019年…以来…累计1032个。分年度看，2019年118个、2020年172个…2023年286个): together, the whole of it."""
    years = []
    for label in labels:
        found = _YEAR_LABEL.findall(label)
        if len(found) != 1:
            return False
        years.append(int(found[0]))
    sentence = reading.sentence_of(total)
    since = _SINCE_YEAR.search(text, sentence.start, reading.figures[total].start)
    if since is None or len(years) < 2:
        return False
    first = int(next(group for group in since.groups() if group))
    if years != list(range(first, first + len(years))):
        return False
    # …and up to the year the total stands at: the years it counts (连续五年), or the article's year (the year
    # before, early in the year). A total of mid-2024 counts 2024's part too, which a list to 2023 leaves out.
    counted = _YEARS_COUNTED.search(text, since.end(), reading.figures[total].start)
    if counted is not None:
        number = counted.group(1)
        return (int(number) if number.isdigit() else CN_DIGITS.get(number, 0)) == len(years)
    from auditor.published import publication_date

    published = publication_date(reading.document)
    if published is None:
        return False
    return years[-1] == published.year or (years[-1] == published.year - 1 and published.month <= 3)


# The number of parts a list names right after its last one (…和基础设施投资12.3亿元两部分); 等 leaves it open.
_COUNT_AFTER = lazy_compile(r"[^，,。；;：:\d等]{0,6}?([两二三四五六七八九]|\d)[ \t]{0,2}个?(?:部分|类|项|种|块|大类)")


def _counted_after(text: str, position: int, end: int) -> int | None:
    found = _COUNT_AFTER.match(text, position, end)
    if found is None:
        return None
    return int(found.group(1)) if found.group(1).isdigit() else CN_DIGITS[found.group(1)]


def _counted_parts(text: str, reading, total: int, start: int) -> int | None:
    """The number of parts the total's clause names (两家整车企业合计…), or None."""
    sentence_index, clause_index = reading.places[total]
    clause_start = min(reading.sentences[sentence_index].clauses[clause_index].start, reading.figures[total].start)
    found = _PART_COUNT.search(text, max(start, clause_start), reading.figures[total].start)
    if found is None:
        return None
    return int(found.group(1)) if found.group(1).isdigit() else CN_DIGITS[found.group(1)]


_HAN_PAIRS_BEFORE = lazy_compile(r"[\u4e00-\u9fff]{2,10}$")


def _named_like_first_part(text: str, reading, candidates: list[int], floor: int, marker_end: int, parts) -> list[int]:
    """Of several figures in the sentence before, the one whose words share a word with the first part's label
    (共受理各类案件12468件，审结11862件。其中受理民事案件7862件…: 受理), when one alone does; else all of them."""
    if not parts:
        return candidates
    label = text[marker_end : reading.figures[parts[0]].start]
    shared = []
    for index in candidates:
        figure = reading.figures[index]
        before = _HAN_PAIRS_BEFORE.search(text, max(floor, figure.start - 10), figure.start)
        words = before.group(0) if before else ""
        pairs = {words[k : k + 2] for k in range(len(words) - 1)} - _GENERIC_PAIRS
        if any(pair in label for pair in pairs):
            shared.append(index)
    return shared if len(shared) == 1 else candidates


# Two characters too common to tie a total to its parts: 各类, 全县, 共有, 累计.
_GENERIC_PAIRS = frozenset(
    {"各类", "全县", "全市", "全区", "全省", "共有", "累计", "合计", "其中", "今年", "去年", "全年"}
)


def _total_in_sentence_before(
    reading, text: str, sentence, start: int, marker: re.Match, end: int, only: bool = False
) -> int | None:
    """The total a breakdown's subject names in the sentence before: the figure its head word stands next to
    ("$38.5 million capital plan" for "The capital plan breaks down as"), else the last one written in the
    same unit as the first part ("lent 148,600 items" for "85,600 items from the adult collection"); with
    `only` (a classification or 其中 opening the sentence names no subject), the one figure of the parts'
    dimension in the sentence before, in the same paragraph, comparison bases aside: 612家 and 168家 before
    按乡镇分 leave its total unknown."""
    from auditor.discovery import comparable

    position = sentence.index  # (a list search here was quadratic in a document of many 其中 sentences)
    if position == 0:
        return None
    previous = reading.sentences[position - 1]
    lede = None
    if only and previous.block != sentence.block:
        # Across a paragraph break, the paragraph before must state no breakdown of its own (…4家滑雪场共接待…。¶
        # 分场来看，…; not 分规模看，…；限额以下单位…。¶分地域看，…): its sentences open with no marker.
        opening = reading.sentences[reading.block_first(previous.block) : position]
        # The paragraph's lede: its first sentence that states a figure (冰雪季贡献突出。3月24日，…共接待…).
        # (not a sentence of dates alone: 沅溪市市场监督管理局日前通报2024年上半年全市消费维权工作情况。)
        lede = next(
            (
                s
                for s in opening
                if any(
                    reading.figures[i].kind not in ("year", "date", "relative-date")
                    for i in reading.figures_in(s.start, s.end)
                )
            ),
            opening[0],
        )
        if (
            any(
                BY_CLASS.match(text, skip_space(text, s.start))
                or _OF_WHICH_OPENS.match(text, skip_space(text, s.start))
                for s in opening
            )
            or text[previous.end - 1 : previous.end] in "；;"
        ):
            return None
    elif only and not _stands_alone(reading, text, position - 1):
        # A sentence that is itself part of a breakdown (分规模看，…；限额以下单位…222.1亿元。分地域看，…) holds a
        # part, not the total; across a paragraph break the total must be the whole of the sentence before
        # (…4家滑雪场共接待滑雪者71.6万人次，比上个雪季…。¶分场来看，…), not a clause after a semicolon.
        return None
    parts = [
        i
        for i in reading.figures_in(marker.end(), end)
        if comparable(reading.figures[i])
        and reading.figures[i].kind == "quantity"  # not the years that label the parts
        and not _GROUP_COUNT.match(text, reading.figures[i].end)
    ]
    # Across a paragraph break, the whole paragraph before must hold just the one total (春茶产值13.6亿元 and
    # 出口额7300万元 before "从品类看，今年春茶产值中，…" leave it open).
    scope_start = previous.start if lede is None else lede.start
    if lede is None:
        # …门急诊总量335.2万人次…；出院患者10.74万人次…。其中，…门急诊量118.6万人次: the sentence before is the whole
        # passage its semicolons join, not its last clause.
        first = position - 1
        while first > 0 and text[reading.sentences[first - 1].end - 1 : reading.sentences[first - 1].end] in (
            "；",
            ";",
        ):
            first -= 1
        if reading.sentences[first].block == previous.block:
            scope_start = reading.sentences[first].start
    candidates = [
        i
        for i in reading.figures_in(scope_start, previous.end)
        if comparable(reading.figures[i])
        and reading.figures[i].kind == "quantity"
        and reading.figures[i].direction is None
        and parts
        and (
            reading.figures[i].same_dimension(reading.figures[parts[0]])
            # ("118,640 incidents." then "The 2023 incidents were split among law enforcement with 82,310, …")
            or (not reading.figures[parts[0]].dimension and _member_fits(reading.figures[parts[0]], reading.figures[i]))
        )
        # 比上个雪季的50.3万人次, 去年同期为…: a comparison's base is not what the next sentence breaks down
        and not _BASE_BEFORE.search(text, max(scope_start, reading.figures[i].start - 12), reading.figures[i].start)
        # 完成全年75万标箱目标的51.4%: a target is not what was done
        and not _TARGET_AFTER.match(text, reading.figures[i].end)
        # 占全年计划200公里的48.5%: the whole a share is of, not what the next sentence breaks down
        and not (
            _SHARE_WHOLE_AFTER.match(text, reading.figures[i].end)
            and _SHARE_OF_BEFORE.search(text, max(scope_start, reading.figures[i].start - 10), reading.figures[i].start)
        )
    ]
    if not candidates:
        return None
    if only:
        if len(candidates) > 1:
            candidates = _named_like_first_part(text, reading, candidates, previous.start, marker.end(), parts)
        if len(candidates) != 1:
            return None
        # …and it is stated in the paragraph's lede, before any semicolon (…2020年1-3月商品房销售面积21978万平方米，
        # …；商品房销售额20365亿元… is an aside on last year, not the total the next paragraph breaks down).
        if lede is not None and reading.figures[candidates[0]].start >= lede.end:
            return None
        return candidates[0]
    head = _SUBJECT_WORD.search(text, start, marker.start())
    if head is not None:
        word = head.group(0).lower()
        stem = _english_stem(word) if word.isascii() else ""
        for index in candidates:
            figure = reading.figures[index]
            around = text[max(previous.start, figure.start - 6) : min(previous.end, figure.end + 16)].lower()
            if word in around:
                return index
            # "has spent $71.6 million … That spending breaks down as": the noun of the verb before the figure
            verb = text[max(previous.start, figure.start - STEM_REACH) : figure.start].lower()
            if stem and stem in {_english_stem(w) for w in _EN_WORD.findall(verb)[-3:]}:
                return index
    plural = _PLURAL_POINTING.match(text, skip_space(text, start))
    if plural is not None and plural.end() <= marker.start():
        # "Operating expenses rose to $25.9 million, slightly above the $25.8 million budget. They break down
        # as…": they are what the sentence before states, its one amount that is no comparison's base
        stated = [
            i
            for i in candidates
            if not _COMPARED_TO_BEFORE.search(
                text, max(previous.start, reading.figures[i].start - 24), reading.figures[i].start
            )
        ]
        return stated[0] if len(stated) == 1 else None
    pointing = _POINTING_SUBJECT.match(text, skip_space(text, start))
    if (
        pointing is not None
        and pointing.end() <= marker.start()
        and not text[pointing.end() : marker.start()].strip(" \t").count(" ") > 2
    ):
        # "The board approved a $3.6 million renovation. The project will be paid for with…": the subject
        # points back at the sentence before, whose one amount of the parts' kind is the total when it is the
        # cost of an undertaking ("a $1.2 million contract for a new roof" is one payment of it).
        if len(candidates) == 1 and (
            # "…is $3.46 million. It breaks down as…": the verb says the amount is broken down, whatever it is
            _BREAKS_DOWN_MARKER.match(marker.group(0))
            or _UNDERTAKING_AFTER.match(text, reading.figures[candidates[0]].end)
            # "The … repair of the Pell Street Garage decks will cost $3.2 million": the cost of an undertaking
            or _COST_BEFORE.search(
                text,
                max(previous.start, reading.figures[candidates[0]].start - 24),
                reading.figures[candidates[0]].start,
            )
        ):
            return candidates[0]
        return None
    # Without the subject's word, only a counted noun written alike ties the two (148,600 items, 85,600 items):
    # a currency sign or a measure is on every amount of the article.
    first = reading.figures[parts[0]]
    if first.dimension not in COUNTED_DIMENSIONS or not first.written_unit.isalpha():
        return None
    same_unit = [i for i in candidates if reading.figures[i].written_unit == first.written_unit]
    return same_unit[-1] if same_unit else None


_TARGET_AFTER = lazy_compile(r"[ \t]{0,2}(?:的)?(?:目标|计划|任务)")
_SHARE_WHOLE_AFTER = lazy_compile(r"[ \t]{0,2}的[ \t]{0,2}\d")
_SHARE_OF_BEFORE = lazy_compile(r"(?:占|相当于)[^，,。；;]{0,8}$")

# Past forms of the verbs of money and counts whose -ing noun names what the figure measured (spent / spending).
_IRREGULAR_PAST = {
    "spent": "spend",
    "paid": "pay",
    "sold": "sell",
    "built": "build",
    "bought": "buy",
    "lent": "lend",
    "lost": "lose",
    "won": "win",
    "made": "make",
    "brought": "bring",
    "sales": "sell",
    "sale": "sell",
}
MIN_STEM = 3
STEM_REACH = 24  # characters before a figure in which the verb its noun names is looked for


def _english_stem(word: str) -> str:
    """A verb's or noun's stem, so that spent, spends and spending meet (spend), and funded, funding (fund); ""
    when too short to say anything."""
    word = _IRREGULAR_PAST.get(word, word)
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)]
            break
    word = word.removesuffix("e") if len(word) > MIN_STEM else word
    return word if len(word) >= MIN_STEM else ""


_OF_THEM_AFTER = lazy_compile(r"[ \t]{1,2}of[ \t]{1,2}(?:them|whom|those|these)\b")
# The noun right after a Chinese count (114个见习基地中, 覆盖…12个行业): up to a particle or a mark.
# (not a verb or a preposition: 其余1个在滨河新区, 其余168个为可见光探头)
_OWN_NOUN_CN = lazy_compile(
    r"(?![的中以左多余为是和及与等或共约近超在位于有由从向到属占分达])[\u4e00-\u9fff]{2,6}?(?=[的中，,。；;、（(]|$)"
)


def _counts_other_things(text: str, part, total) -> bool:
    """A Chinese count whose own noun right after it names other things than the total's (全县114个见习基地中，企业78个、
    …，覆盖…12个行业: trades, not bases; the head nouns, their last two characters, differ)."""
    if part.written_unit.isascii() or total.written_unit.isascii():
        return False
    own, totals = _OWN_NOUN_CN.match(text, part.end), _OWN_NOUN_CN.match(text, total.end)
    return own is not None and totals is not None and own.group(0)[-2:] != totals.group(0)[-2:]


_PER_BEFORE = lazy_compile(r"每[ \t]{0,1}$")
_THE_BEFORE = lazy_compile(r"(?i:\bthe)[ \t]{1,2}$")
_NAME_AFTER = lazy_compile(
    r"[ \t]{1,2}(?:[A-Z][a-z]+[ \t]){0,3}(?:Fund|Program|Programme|Plan|Project|Act|Initiative|Trust)\b"
)


def _size_of_named(text: str, figure) -> bool:
    """An amount between "the" and a name that ends in Fund / Program / Plan… ("the $4 billion Urban Congestion
    Fund"): the size of that whole, named beside a part, not a part."""
    return bool(_THE_BEFORE.search(text, max(0, figure.start - 6), figure.start)) and bool(
        _NAME_AFTER.match(text, figure.end)
    )


def _done_before(reading, text: str, sentence, verb: str) -> int | None:
    """The one amount of money the sentence before (in this paragraph) states right after `verb` (已拨付1480万元 for
    已拨付资金中); None when none or several."""
    from auditor.discovery import comparable

    if sentence.index == 0:
        return None
    earlier = reading.sentences[sentence.index - 1]
    if earlier.block != sentence.block:
        return None
    # the verb right before the amount, perhaps with the money's name between (已下达乡村振兴衔接资金690万元)
    done = lazy_compile(rf"{re.escape(verb)}(?:[\u4e00-\u9fff]{{0,10}}?(?:资金|金额|款项|投资))?[ \t]{{0,2}}$")
    found = [
        index
        for index in reading.figures_in(earlier.start, earlier.end)
        if comparable(reading.figures[index])
        and reading.figures[index].kind == "quantity"
        and reading.figures[index].dimension.startswith("[currency")
        and done.search(
            text, max(earlier.start, reading.figures[index].start - len(verb) - 16), reading.figures[index].start
        )
        is not None
    ]
    return found[0] if len(found) == 1 else None


def _named_total_before(reading, text: str, sentence, name: str) -> int | None:
    """The figure of a total a sentence names without it (东院区总投资中，…): in the two sentences before, in this
    paragraph or the one before, a figure right after the total's words (总投资18.6亿元) whose own words or
    sentence name its subject (东院区); the one named right before it if several (东院区总投资18.6亿元，西院区
    总投资9.2亿元。西院区总投资中 → 9.2亿元). None when none, or several alike."""
    from auditor.discovery import comparable

    split = re.search(r"总|合计|共计", name)
    if split is None:
        return None
    subject, total_word = name[: split.start()], name[split.start() :]
    position = sentence.index
    scored = []
    for earlier in reading.sentences[max(0, position - 2) : position]:
        if earlier.block < sentence.block - 1:
            continue
        for index in reading.figures_in(earlier.start, earlier.end):
            figure = reading.figures[index]
            if not comparable(figure) or figure.kind != "quantity" or figure.direction is not None:
                continue
            right_before = text[max(earlier.start, figure.start - len(name) - 2) : figure.start]
            if total_word not in right_before:
                continue
            if subject and name in right_before:
                scored.append((2, index))
            elif not subject or subject in text[earlier.start : earlier.end]:
                scored.append((1, index))
    if not scored:
        return None
    best = max(score for score, _ in scored)
    top = [index for score, index in scored if score == best]
    return top[-1] if len(top) == 1 else None


_COMPARISON_BASE_BEFORE = lazy_compile(
    r"(?:比|较|同比|(?i:\bfrom|\bcompared[ \t]with|\bversus|\bvs\.?))[ \t]{0,2}"
    r"(?:上年的?|去年的?|上年同期的?|(?:19|20)\d\d[ \t]{0,2}年(?:底|末|同期)?的?)?[ \t]{0,2}$"
    # (高于年初安排的1.46亿元: the plan an outcome is set against; not 超过1.5亿元, a bound of the amount itself)
    r"|(?:高于|低于|超过|超出|多于|少于)[^，,。；;\d]{1,8}的[ \t]{0,2}$"
)
# 其余5个乡镇合计126家: a count of groups whose own total follows it is no part.
_GROUPS_TOTALLED_AFTER = lazy_compile(r"[\u4e00-\u9fff]{1,4}?(?:合计|共计|累计|共有|共)")


def _counted_alike(reading, before: list[int], after: list[int]) -> int:
    """The total the parts break down: the last figure before the marker (measured like the parts, when they are
    all measured alike), or, when the first part is a Chinese count, the last one before it counted in the same word (设施1268家、床位3.86万张，其中星级酒店23家…:
    the 1268家, not the beds)."""
    last = reading.figures[before[-1]]
    if len(before) >= 2 and last.dimension in _COUNTS and last.nominal == len(after) and last.low == last.high:
        # "enrolled 4,200 students at its three schools: 1,600 at Lincoln, …": a count of the groups the parts
        # are of, right before them, is no total; the amount before it is
        return before[-2]
    # "holds 1,200 cars on its five levels: 200 cars on the roof…": the total counts what the parts count
    nouns = {_english_head(reading.figures[i]) for i in after} - {""}
    if len(nouns) == 1 and _english_head(last) not in nouns:
        named = [i for i in before if _english_head(reading.figures[i]) in nouns]
        if named:
            return named[-1]
    dimensions = {reading.figures[i].dimension for i in after}
    if len(dimensions) == 1 and reading.figures[before[-1]].dimension not in dimensions:
        # "can store 28,000 tons in its three salt domes: 12,000 tons at…": the total is measured like its parts,
        # not the count of the places between
        alike = [i for i in before if reading.figures[i].dimension in dimensions]
        if alike:
            return alike[-1]
    text = reading.document.visible_text
    tails = {_noun_after_cn(text, reading.figures[i])[-2:] for i in after}
    if len(tails) == 1 and "" not in tails:
        # 共设置8个C类机位和2个C类除冰坪，其中包含5个廊桥机位: the total counts what the parts name after their
        # measure word (机位), not the last count before 其中
        tail = next(iter(tails))
        if _noun_after_cn(text, last)[-2:] != tail:
            named = [i for i in before if _noun_after_cn(text, reading.figures[i])[-2:] == tail]
            if named:
                return named[-1]
    words = {measure_word(reading.figures[i]) for i in after if reading.figures[i].dimension in _COUNTS}
    if len(words) != 1 or "" in words or not measure_word(reading.figures[before[-1]]):
        return before[-1]  # (企业3.2万家、个体工商户9.1万户: parts in two words, of the 市场主体总量 before 其中)
    word = words.pop()
    return next((i for i in reversed(before) if measure_word(reading.figures[i]) == word), before[-1])


_NOUN_AFTER_CN = lazy_compile(r"(?:(?![和与及或])[A-Za-z\u4e00-\u9fff]){2,10}")


def _noun_after_cn(text: str, figure) -> str:
    """What a Chinese count names right after its measure word (8个C类机位 → C类机位), or ""."""
    if figure.dimension not in _COUNTS or not figure.written_unit or figure.written_unit.isascii():
        return ""
    found = _NOUN_AFTER_CN.match(text, figure.end)
    return found.group(0) if found else ""


def _english_head(figure) -> str:
    """The English noun a count counts, in the singular ("cars", "car"), or ""."""
    from auditor.discovery.pairs import head_noun

    unit = figure.written_unit
    if figure.dimension not in _COUNTS or not unit.isascii() or not unit[-1:].isalpha():
        return ""
    return head_noun(unit)


# Chinese counts of things in two measure words count two kinds of thing; 个 counts anything.
_GENERIC_MEASURE = "个"
_KIND_MEASURES = ("类", "种")


# The joiner that opens a list's last item right after the item before it: "…64张和日间病房床位86张", "… from the
# city and $47 million from employees".
_CLOSING_JOINER = lazy_compile(r"[ \t]{0,2}(?:和|及|与|以及|,?[ \t]{0,2}and[ \t]{1,2})")
_CLAUSE_BREAK = lazy_compile(r"[，,；;。]")
PART_OF_MARKER_REACH = 30
_WHICH_OPENS = lazy_compile(r"其中|(?i:of[ \t]{1,2}(?:which|whom)\b)")
_PART_OF_BEFORE_AFTER = lazy_compile(r"(?i)[ \t]{1,2}of[ \t]{1,2}(?:that|it|this|those|these|them|the[ \t]total)\b")
_CLOSING_JOINER_BEFORE = lazy_compile(r"(?i:\band[ \t]{1,2}(?:an?[ \t]{1,2})?)\$?$")


def _through_closing_item(text: str, reading, components: list[int]) -> list[int]:
    """The components up to the list's last item, the one opened by 和 / and: a figure in a later clause says
    something else ("…和日间病房床位86张，投用后…编制床位将达到1300张"; "…and $47 million from employees, $5
    million more than…")."""
    for n in range(1, len(components) - 1):
        previous, current = reading.figures[components[n - 1]], reading.figures[components[n]]
        opened = _CLOSING_JOINER.match(text, previous.end) or _CLOSING_JOINER_BEFORE.search(
            text, max(previous.end, current.start - 8), current.start
        )
        if opened and not _CLAUSE_BREAK.search(text, previous.end, current.start):
            following = reading.figures[components[n + 1]]
            if _CLAUSE_BREAK.search(text, current.end, following.start) and not _REMAINDER.search(
                text, current.end, following.start
            ):
                return components[: n + 1]  # (but "…; the remaining $38 million" closes the same whole)
    return components


def _measured_apart(part, total) -> bool:
    """A Chinese count in another measure word than its total's (37条 under 23家), or a count of kinds (三类)."""
    counted_part, counted_total = measure_word(part, COUNTED_THINGS), measure_word(total, COUNTED_THINGS)
    if (
        counted_part
        and counted_total
        and counted_part != counted_total
        and _GENERIC_MEASURE
        not in (
            counted_part,
            counted_total,
        )
    ):
        return True
    return counted_part in _KIND_MEASURES and counted_total not in _KIND_MEASURES


def _member_fits(part, total) -> bool:
    """A part of the total's dimension, a bare number counting members of a counted total ("1,794 people,
    of whom 402 are children"), or English things counted under a count of things ("1,050 full-time staff: 660
    teachers, 210 aides…": teachers are people, staff a count; both count members)."""
    if _measured_apart(part, total):
        # 加工厂23家，其中新建9家、改扩建14家，新增生产线37条: lines are no factories; 特色专科31个，分为…三类，
        # 分别有14个…: a count of kinds, not of the things
        return False
    if part.same_dimension(total):
        return True
    if not part.dimension and not part.written_unit:
        # ("Of the 1,410 acres, 960 were cropland, 290 pasture": bare members in the unit of an English measure)
        return total.dimension in _COUNTS or (
            total.written_unit.isascii()
            and total.written_unit[-1:].isalpha()
            and not total.dimension.startswith("[currency")
        )
    if not (
        part.dimension in _COUNTS
        and total.dimension in _COUNTS
        and part.written_unit.isascii()
        and total.written_unit.isascii()
        and part.written_unit[-1:].isalpha()
        and total.written_unit[-1:].isalpha()
    ):
        return False
    # People under a count of things only when those things are people's places ("38 structures, … and forced
    # the evacuation of about 2,300 residents": residents are no structures). Things under a count of people
    # are people the units do not know ("1,946 employees are made up of 612 nurses…").
    if part.dimension in ("[person]", "[household]") and total.dimension != part.dimension:
        return total.written_unit.split()[-1].lower() in _PEOPLE_PLACES  # (96 families are no homes damaged)
    return True


# Counted nouns whose members are people: "1,050 full-time staff: 660 teachers, 210 aides…".
_PEOPLE_PLACES = frozenset(
    "staff staffers employees workers positions jobs members hires workforce personnel crews seats officers "
    "recruits trainees volunteers".split()
)


# Measure words that count places and buildings alike (公厕18座 / 12处; 学校12所 / 8个).
_PLACE_MEASURES = frozenset("座处个所家栋间")


def _fits(part, total) -> bool:
    if part.same_dimension(total):
        # (中央厨房10座，其中城区6座、县区4座，日供餐能力合计11.8万份: kitchens are no portions of food)
        # (新建公厕18座、改建公厕12处，合计32座: measure words of one kind of place)
        words = {measure_word(part, COUNTED_THINGS), measure_word(total, COUNTED_THINGS)}
        return "" in words or len(words) == 1 or words <= _PLACE_MEASURES
    # a bare number beside counted things counts them too ("4,120 households … and 2,795 for public housing —
    # 6,951 in all")
    bare = part if not part.written_unit else total if not total.written_unit else None
    return bare is not None and all(f.dimension in _COUNTS or not f.dimension for f in (part, total))


def _one_kind_of_thing(reading, indexes: list[int], parts: list[int], total) -> bool:
    """The parts count one kind of thing, and the total too: English counted nouns alike ("12 new buses" and
    "40 seats, 480 in all" is a product, not a sum), and bare members counted as the noun before them, which
    must then be the total's ("1,240 households: 820 in Ardley and 420 in Pell Junction, 3,100 people in all")."""
    figures = [reading.figures[i] for i in parts]
    nouns = {
        f.written_unit.split()[-1].lower()
        for f in figures
        if f.written_unit[-1:].isalpha() and f.written_unit.isascii()
    }
    if len({noun.removesuffix("s") for noun in nouns}) > 1:
        return False
    if all(not f.written_unit for f in figures):
        position = indexes.index(parts[0])
        if position:
            named = reading.figures[indexes[position - 1]]
            if named.dimension in _COUNTS and named.written_unit and not named.same_dimension(total):
                return False
    return True


def totals_after(reading):
    """(total index, [part indexes]) for each total stated after the parts it sums, in one sentence."""
    text = reading.document.visible_text
    for sentence in reading.sentences:
        indexes = reading.figures_in(sentence.start, sentence.end)
        for position, index in enumerate(indexes):
            total = reading.figures[index]
            if total.kind != "quantity" or not (
                TOTAL_WORDS_BEFORE.search(text, max(sentence.start, total.start - 20), total.start)
                or TOTAL_WORDS_AFTER.match(text, total.end, sentence.end + 1)
            ):
                continue
            if position and _NAMED_ITEMS.search(text, reading.figures[indexes[position - 1]].end, total.start):
                continue  # 职业技能评价补贴和生活费补贴共计860万元: the total of the two items it names
            if _REST_TOTALLED_BEFORE.search(text, max(sentence.start, total.start - 40), total.start):
                continue  # 云台镇142家、溪口镇118家，其余5个乡镇合计126家: the rest's total, one more part
            if _NAMED_GROUP_TOTALLED_BEFORE.search(text, max(sentence.start, total.start - 30), total.start):
                continue  # 琛东区1460台、滨河区1120台，琛西、柳溪、石湾三县合计480台: a named group's total, one more part
            parts: list[int] = []
            groups = None
            for earlier in reversed(indexes[:position]):
                figure = reading.figures[earlier]
                if figure.kind in ("year", "date") and parts:
                    continue  # "Entry fees brought in $874,000 in 2025, camping $603,000…": a part's year
                if not parts and groups is None and _GROUPS_NAMED_AFTER.match(text, figure.start):
                    groups = figure.nominal  # …和北部0.72万亩三部分组成，合计4.12万亩: how many parts, not one
                    continue
                if figure.kind != "quantity" or not _fits(figure, total) or figure.direction is not None:
                    break
                parts.insert(0, earlier)
            if groups is not None and groups != len(parts):
                continue
            if len(parts) >= 2 and _one_kind_of_thing(reading, indexes, parts, total):
                yield index, parts


# A verb of having between a count and a number word: "82 will have two bedrooms", "12 with three rooms".
_HAVING_BETWEEN = lazy_compile(r"(?i)\b(?:have|has|had|having|with|each|get|gets)\b")
# (also a clause later, when the rest's clause names its members and no figure: 其余为前胡、玄参、射干等品种，合计4.8万亩)
_REST_TOTALLED_BEFORE = lazy_compile(
    r"(?:其余|其他|另外)(?:[^，,。；;]{0,10}|[^。；;\d]{0,24}?[，,][ \t]{0,2})(?:合计|共计|累计|共)[ \t]{0,2}$"
)
# A group named by its members and counted before its total: 琛西、柳溪、石湾三县合计, 东区和西区两区共.
_NAMED_GROUP_TOTALLED_BEFORE = lazy_compile(
    r"(?:[\u4e00-\u9fff]{1,6}[、和及]){1,8}[\u4e00-\u9fff]{1,6}?[两二三四五六七八九十][ \t]{0,2}个?"
    r"[县区市镇乡村旗家所类项][ \t]{0,2}(?:合计|共计|累计|共)[ \t]{0,2}$"
)


# The number of parts a list says it has, between the list and its total: 三部分组成, 两类构成.
# (or right before the total's word: 小拱棚等其他设施0.45万亩，四类合计5.86万亩)
_GROUPS_NAMED_AFTER = lazy_compile(
    r"[一二两三四五六七八九十\d]{1,2}[ \t]{0,2}(?:个)?(?:部分|类|项|方面)[ \t]{0,2}"
    r"(?:(?:组成|构成)?[，,]|(?=合计|共计|总计|共))"
)


# A part named by a place right before its figure (临漪区42.3公里, 北塘县24.2公里): the place's name ends in a
# division's suffix. Divisions of one level do not overlap.
_PLACE_LABEL = lazy_compile(r"([\u4e00-\u9fff]{1,8}?)(区|县|旗|市|镇|乡|街道|村)(?:为|有|达|约|共)?$")
_PLACE_LEVELS = {
    "区": "county",
    "县": "county",
    "旗": "county",
    "市": "city",
    "镇": "town",
    "乡": "town",
    "街道": "town",
    "村": "village",
}
# Words that make a place label something else: 城区 / 市区 / 辖区 / 地区 / 社区 / 园区 are no division.
_NOT_PLACES = (
    "城区",
    "市区",
    "辖区",
    "地区",
    "社区",
    "园区",
    "景区",
    "校区",
    "片区",
    "库区",
    "矿区",
    "港区",
    "新区",
    "城市",
    "都市",
    "超市",
    "股市",
    "楼市",
    "车市",
    "全市",
    "全县",
    "全区",
    "全镇",
    "全乡",
    "全村",
    "本市",
    "本县",
    "该县",
    "该市",
    "该区",
    "乡村",
    "农村",
    "县乡",
    "县市",
    "市县",
    "区县",
    "各县",
    "各区",
    "各市",
)
_PLACE_SEPARATOR = lazy_compile(r"[ \t]{0,2}[、和及][ \t]{0,2}")
MAX_LEAD_IN = 16
# What makes the figure before a list of places their whole: 全长, 全市, 全县, 总, 共, 合计 before it in its clause
# (城关区完成投资32亿元，七里河区28亿元、安宁区21亿元 is three districts, the first no whole).
_WHOLE_BEFORE_PLACES = lazy_compile(r"全长|全市|全县|全区|全省|全州|全镇|全乡|全流域|总|共|合计")


def place_lists(reading):
    """(total index, [part indexes]) for each total named as a whole (全长, 全县, 总, 共…) and followed in its
    clause run by figures of its kind, each named by a place of one level and joined by 、, 和 or 及
    (全长96.5公里，流经临漪区42.3公里、柘山县31.8公里、北塘县24.2公里): the places' shares of the whole, which do
    not overlap, so they cannot add up to more."""
    from auditor.discovery import comparable

    text = reading.document.visible_text
    figures = reading.figures
    for sentence in reading.sentences:
        indexes = [
            i
            for i in reading.figures_in(sentence.start, sentence.end)
            if figures[i].kind == "quantity" and figures[i].direction is None and comparable(figures[i])
        ]
        position = 0
        while position < len(indexes) - 2:
            total_index = indexes[position]
            total = figures[total_index]
            run, levels, cursor = [], set(), total.end
            for index in indexes[position + 1 :]:
                figure = figures[index]
                between = text[cursor : figure.start]
                if run:
                    separator = _PLACE_SEPARATOR.match(between)
                    label_text = between[separator.end() :] if separator else None
                else:
                    # The lead-in from the total to the first place: no other figure, no ；, a few words.
                    cut = max(between.rfind("，"), between.rfind(","))
                    label_text = between[cut + 1 :] if 0 <= cut and len(between) <= MAX_LEAD_IN + 12 else None
                    if label_text is not None and ("；" in between or "。" in between):
                        label_text = None
                label = _PLACE_LABEL.search(label_text) if label_text else None
                if label is None or not figure.same_dimension(total) or any(word in label_text for word in _NOT_PLACES):
                    break
                levels.add(_PLACE_LEVELS[label.group(2)])
                run.append(index)
                cursor = figure.end
            ends_list = run and not _PLACE_SEPARATOR.match(text, figures[run[-1]].end)
            floor = max(sentence.start, total.start - 12)
            floor = max(floor, text.rfind("，", floor, total.start) + 1, text.rfind(",", floor, total.start) + 1)
            whole = _WHOLE_BEFORE_PLACES.search(text, floor, total.start)
            if (
                whole is not None
                and len(run) >= 2
                and len(levels) == 1
                and ends_list
                and not _PLACE_LABEL.search(text, max(sentence.start, total.start - 10), total.start)
            ):
                yield total_index, run
                position += len(run) + 1
            else:
                position += 1
