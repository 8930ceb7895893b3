"""A word or name written twice in a row by accident.

## What it flags
Within a run of Chinese characters, a unit repeated immediately:

- **Two or more characters repeated** (ABAB, ABCABC): "商贸商贸有限公司",
  "美妆美妆技能培训中心". Chinese does not repeat nouns this way, so these are
  flagged unless:
  - the unit is in `allow`: two-character verbs and adjectives whose ABAB
    reduplication is ordinary ("研究研究" let's look into it, "雪白雪白"), the
    placeholders of an amount doubled for "so-and-so much" (若干若干, 多少多少)
    and denials and degree words repeated in speech (不行不行也要行, 不要不要,
    非常非常痛苦, 特别特别感谢; not before 是: `特别特别是针对…` is 特别是 slipped);
  - the unit is a numeral and a measure word ("一步一步", "一次一次"), or 一,
    a measure word and a noun ("一个品种一个品种推进", "一项任务一项任务落实": one
    by one);
  - the unit is two characters after a word that frames a verb reduplicated
    for "take a look" (先 再 去 想 让: "先观察观察，", "再考虑考虑吧"), or a degree
    word and its adjective repeated for emphasis (很 太 挺 真: "很难很难。"), and
    the doubling ends its clause or takes 吧 / 一下 (`需要加强加强管理`,
    `太阳太阳能板`, `真实真实情况` are slips);
  - the unit is one character twice, so the run is AAAA (哈哈哈哈);
  - every character of the unit writes a sound (`ONOMATOPOEIA`: 哗 啦 叮 咚
    哔 哩 …): an onomatopoeia repeats ("哗啦哗啦") and names things ("哔哩哔哩");
  - the unit ends in a character that opens the next word (每 各 逐 另), so
    the repetition is two words meeting: "低保户每户每月" is 户|每户|每月, "2023年全年全县"
    is 年|全年|全县;
  - the run of characters is the unit twice and nothing else (「笑聲笑聲，滿載叮叮」,
    加油加油！): a refrain or a cry, repeated on purpose;
  - the doubling ends its run right before 、 and another name, with nothing
    before it in the run but a verb that lists (调出呷哺呷哺、宝龙地产): a name in a
    list of names, spelled so (not 推动产业发展发展、…);
  - every character of the unit is in `name_characters`, the characters used
    to spell foreign and minority-language names, whose syllables repeat
    ("萨克萨克街", "买买提").
- **One character repeated** (AA): single-character reduplication is
  productive in Chinese (常常 天天 星星 渐渐 徐徐, 一个个 一次次, 红彤彤 金灿灿,
  实实在在, 妈妈, 买买提) and a doubled character is just as often two words
  meeting (来自|自己, 工作组|组长, 现在|在, 冬天|天鹅). Flagging AA in general
  would be loud and wrong, so AA is flagged only for the characters in
  `single_characters`: one-character abbreviations of provinces (浙 沪 皖 闽
  鲁 豫 鄂 湘 粤 …) that never reduplicate and end no common word, as in
  "服务浙浙企". Abbreviations that end a common word or form one when doubled
  (京 北京, 苏 江苏, 新 创新, 津津, 青青, 云云, 蒙蒙) are left out; so are
  function words (的 了 在 是), because "目的的", "为了了解" and "现在在"
  are correct. An AA that is half of an AABB (的的确确, 高高兴兴) is never
  flagged.
- **A Latin word repeated** ("the the", "The the"), case-insensitively, unless in
  `allow` (which holds the English words whose doubling is grammatical: "had
  had", "that that" as in "we know that that is transitory" but not before an
  article, "said that that the budget…", and intensifiers
  repeated in speech: "very very", "really really", "many many", "far far",
  "much much more"), a phrasal verb's particle before the same word as a
  preposition ("the decline which had set in in the latter year", "the levy
  kicked in in July", "carried on on Monday"; not "invested in in the fund"), a
  pronoun that is an object of a verb of giving, telling or finding and then a
  subject or a possessive ("tells you you're wrong", "I guarantee you you'll",
  "read her her rights", "found her her first apartment"; not "gave her her a
  plaque", "let you you know"), a name that doubles its word (both halves capitalised, and short
  or written so again in the article: Bli Bli, Bora Bora, Walla Walla twice;
  "City Council Council" or "The The" once is a slip), or in a table row: a table set as text loses its cell borders, and its
  column headings repeat ("Forecast Actual Change Change" for "$ Change" and
  "% Change"). A hyphenated compound before its own last word ("the first
  post-tuition tuition hike") is no doubling.

## Why it matters
A doubled word is a typing or editing slip that a reader sees at once, and in
a company or place name it makes the name wrong ("徐奎商贸商贸有限公司").

## Example
```text
牵线奎屯市徐奎商贸商贸有限公司与徐州地铁集团建立战略合作
```
`Doubled word "商贸商贸"` with fix `商贸商贸 → 商贸`.

## How to fix
Delete the repetition (the finding's fix). For a legitimate reduplication the
check does not know, add the unit to `allow` (for ABAB) or remove the
character from `single_characters` (for AA).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from types import MappingProxyType

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import Finding, Severity
from auditor.patterns import lazy_compile
from auditor.text import HAN

HANZI_CLASS = r"[" + HAN + r"]"
HANZI_RUN = lazy_compile(HANZI_CLASS + "+")
# Chinese characters count as word characters for \b, so letters are bounded explicitly.
# (the second copy is no word of its own when a hyphen joins it to the next: "$101 million in in-state games")
LATIN_DOUBLE = lazy_compile(r"(?<![A-Za-z-])([A-Za-z]+)[ \t]+(\1)(?![A-Za-z-])", re.IGNORECASE)
NUMERALS = frozenset("一二三四五六七八九十两几半")
MAX_UNIT = 4  # longest repeated unit looked for (ABCDABCD)
# Measure words after 一 in a distributive reduplication (一个村一个村, 一项任务一项任务, 一家一户).
MEASURE_WORDS = frozenset("个项家件步次户村座条所名位台批张类种片块笔")
# Every position where some unit of 1..MAX_UNIT Chinese characters is immediately repeated:
# the regular expression engine finds the few candidates, Python judges only those.
HANZI_DOUBLING = lazy_compile(rf"(?=({HANZI_CLASS}{{1,{MAX_UNIT}}})\1)")

# Verbs and adjectives whose ABAB reduplication is ordinary Chinese.
DEFAULT_ALLOW = (
    "研究",
    "讨论",
    "商量",
    "考虑",
    "休息",
    "活动",
    "学习",
    "打听",
    "认识",
    "了解",
    "介绍",
    "收拾",
    "整理",
    "锻炼",
    "体验",
    "交流",
    "准备",
    "检查",
    "比划",
    "琢磨",
    "溜达",
    "打扮",
    "享受",
    "放松",
    "雪白",
    "通红",
    "笔直",
    "冰凉",
    "火热",
    "碧绿",
    "漆黑",
    "滚烫",
    "蜡黄",
    "湛蓝",
    "鲜红",
    "乌黑",
    "哗啦",
    "叮咚",
    "叮当",
    "扑通",
    "咕噜",
    "轰隆",
    "滴答",
    "嘀嗒",
    "呼啦",
    "哗哗",
    # placeholders of an amount, doubled for "so-and-so much" (增加若干若干百分比, 花了多少多少钱)
    "若干",
    "多少",
    # denials repeated in speech (不行不行也要行); not 没有, whose doubling in narration is a slip (全县没有没有…)
    "不行",
    "不要",
    "不对",
    "不用",
    # degree words repeated in speech for emphasis (孩子就非常非常痛苦, 特别特别感谢), as "very, very" is
    "非常",
    "特别",
    "十分",
    "真的",
    "超级",
    # English words whose doubling is grammatical: a past perfect ("had had"), a conjunction before a pronoun
    # ("we know that that is transitory"), and intensifiers repeated in speech ("very, very").
    "had",
    "that",
    "very",
    "really",
    "many",
    "far",
    "much",
)
# Characters common in transliterated names: syllables of the Xinhua transliteration
# tables and of Uyghur and Kazakh names in Xinjiang's press. Not exhaustive; a name
# made only of these is taken to repeat a syllable on purpose.
DEFAULT_NAME_CHARACTERS = (
    "阿埃艾爱安昂奥巴拜班邦贝本比彼毕宾波伯博布查达戴丹德迪蒂丁东杜多厄恩尔法菲费芬弗夫"
    "盖甘冈戈格古瓜圭哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康科克肯库夸奎拉莱兰朗劳勒雷蕾"
    "里利莉林琳卢鲁伦罗洛玛马迈麦曼梅门蒙米明莫姆穆纳娜奈南内尼宁努诺帕潘佩皮普奇恰乔切"
    "琴丘热瑞萨赛桑瑟森沙莎尚舍什斯松苏索塔泰坦汤唐特提汀图托瓦万旺威维温沃乌伍西希谢辛"
    "休雅亚扬耶叶伊依因尤约扎泽詹孜祖佐买吐依木汗热则古丽江别克洪"
)
# One-character province abbreviations that never reduplicate and end no common word.
DEFAULT_SINGLE_CHARACTERS = (
    "冀",
    "晋",
    "辽",
    "沪",
    "浙",
    "皖",
    "闽",
    "赣",
    "鲁",
    "豫",
    "鄂",
    "湘",
    "粤",
    "琼",
    "渝",
    "黔",
    "滇",
    "陇",
    "陕",
)


# Characters that write sounds (most with the mouth radical 口): a unit made only of them is an onomatopoeia,
# whose ABAB is ordinary ("哗啦哗啦", "叽喳叽喳") and which names things too ("哔哩哔哩", a company).
ONOMATOPOEIA = frozenset(
    "哔哩哗啦叮咚当嘀嗒滴答咕噜呼轰隆扑通咔嚓嗡嘤叽喳哈嘿呵嘻哇呜喔咯吱嘎嘭砰啪噼嘟哒哼唧喵汪呱嘀咣铛"
)


def _legitimate_unit(unit: str, allow: set[str], name_characters: set[str]) -> bool:
    return (
        unit in allow
        or all(ch in ONOMATOPOEIA for ch in unit)
        or len(set(unit)) == 1
        or (len(unit) == 2 and unit[0] in NUMERALS)
        # 一个品种一个品种推进, 一项任务一项任务落实: "one by one", a numeral, a measure word and a noun repeated
        or (unit[0] == "一" and len(unit) >= 3 and unit[1] in MEASURE_WORDS)
        or all(ch in name_characters for ch in unit)
    )


def _part_of_aabb(run: str, index: int) -> bool:
    """Whether the AA at run[index:index+2] is half of an AABB (的的确确) or its second half."""
    after = run[index + 2 : index + 4]
    before = run[max(0, index - 2) : index]
    return (len(after) == 2 and after[0] == after[1]) or (len(before) == 2 and before[0] == before[1])


# Degree words doubled for emphasis in speech (allowed by default), unless 是 follows: 特别是, 真的是.
DOUBLED_FOR_EMPHASIS = frozenset({"非常", "特别", "十分", "真的", "超级"})
# Degree words whose phrase is repeated for emphasis (很难很难, 太多太多, 真好真好).
DEGREE_WORDS = frozenset("很太挺真")
# What a two-character verb reduplicated ABAB ("take a look", "think it over") follows: an adverb of sequence or a
# verb of wanting or letting (先观察观察, 再考虑考虑, 想了解了解, 让他休息休息, 去打听打听); only when the doubled
# unit ends its clause or takes 吧 / 一下 (需要加强加强管理, 首先进行进行调研 are slips).
VERB_FRAME_BEFORE = frozenset("先再去想让")


# Characters that open the word after them (每户, 各村, 逐年, 另有, 全县; 全 ends few words: 安全, 完全): a unit ending in one
# is not a word, so its repetition is two words meeting ("低保户每户每月", "村各村各").
WORD_OPENERS = frozenset("每各逐另全")


def _doubles_in_run(run: str, starts: list[int], allow: set[str], name_characters: set[str], single: set[str]):
    """(offset, unit) of each accidental doubling in a run of Chinese characters, given where repeats start."""
    index = 0  # doublings found so far end here; a later one may not overlap them
    for start in starts:
        if start < index:
            continue
        index = start
        found = None
        for size in range(min(MAX_UNIT, (len(run) - index) // 2), 0, -1):
            unit = run[index : index + size]
            if run[index + size : index + 2 * size] != unit:
                continue
            if size >= 2:
                if unit[-1] in WORD_OPENERS:
                    break  # "低保户每户每月": 户|每户|每月, a distributive, not a word twice
                if (
                    size == 2
                    and (unit[0] in DEGREE_WORDS or run[index - 1 : index] in VERB_FRAME_BEFORE)
                    and (
                        index + 4 == len(run)
                        or run[index + 4 : index + 5] in "吧啊呀"
                        or run[index + 4 : index + 6] == "一下"
                    )
                ):
                    break  # 很难很难。(emphasis); 先观察观察，再考虑考虑吧 (a verb reduplicated: "take a look")
                if not _legitimate_unit(unit, allow, name_characters) or (
                    # 特别特别是针对…: 特别是 said once, its first word slipped in twice (特别特别感谢 is emphasis)
                    unit in DOUBLED_FOR_EMPHASIS and run[index + 4 : index + 5] == "是"
                ):
                    found = unit
                break  # a longer legitimate repetition also covers its shorter parts
            if unit in single and not _part_of_aabb(run, index):
                found = unit
        if found:
            yield index, found
            index += 2 * len(found)


def _reduplicated_name(doubled: str) -> bool:
    """Both halves capitalised and the rest lower case: a name that doubles its word (Bli Bli, Walla Walla,
    Bora Bora), not a slip, which repeats a word as it was ("the the", "The the")."""
    first, second = doubled.split()[:2]
    return (
        len(first) > 1
        and first.istitle()
        and second.istitle()
        and not first.isupper()
        and first.lower() not in _FUNCTION_WORDS
    )


# What stands around a clause: punctuation, a quotation mark, a line's end (not a digit or a Latin letter: 5G基站基站).
_CLAUSE_EDGE = lazy_compile(r"[\s，。！？、；：,.!?;:「」『』“”‘’\"'（）()《》—…]")
_ARTICLE_AFTER = lazy_compile(r"(?i)[ \t]{1,2}(?:the|a|an|his|her|its|their|our|my|your)\b")
# A pronoun that is a verb's object and then the next clause's subject or a possessive: "tells you you're wrong",
# "I told you you would", "handed her her diploma".
_SUBJECT_AFTER_YOU = lazy_compile(
    r"(?i)(?:['’](?:re|ve|ll|d)\b|[ \t]{1,2}(?:are|were|can|could|will|would|should|must|may|might|have|had|"
    r"need|know|do|did|don['’]t|didn['’]t|won['’]t|can['’]t|cannot)\b)"
)
_GIVING_VERB_BEFORE = lazy_compile(
    r"(?i)\b(?:giv(?:e|es|ing)|gave|hand(?:s|ed|ing)?|tell(?:s|ing)?|told|sen(?:d|ds|t|ding)|show(?:s|ed|ing)?|"
    r"offer(?:s|ed|ing)?|b(?:ought|uys?|uying)|pa(?:y|ys|id|ying)|ow(?:e|es|ed|ing)|wish(?:es|ed|ing)?|lent|"
    r"promis(?:e|es|ed|ing)|taught|teach(?:es|ing)?|earned|cost|won|made|helped|read|bring(?:s|ing)?|brought|"
    r"g(?:ot|ets?|etting)|guarantee[sd]?|found|find(?:s|ing)?|remind(?:s|ed|ing)?|warn(?:s|ed|ing)?|"
    r"ask(?:s|ed|ing)?|assur(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|sav(?:e|es|ed|ing)|leav(?:e|es|ing)|left)[ \t]{1,2}$"
)
_ARTICLE_OR_PRONOUN_AFTER = lazy_compile(r"(?i)[ \t]{1,2}(?:a|an|the|her|his|my|our|their|its)\b")


def _pronoun_twice_in_two_roles(text: str, match) -> bool:
    """ "you you're", "her her diploma": one word as an object, then as a subject or a possessive (not "gave her
    her a plaque": a possessive before an article is a slip)."""
    word = match.group(1).lower()
    if word not in ("you", "her") or not _GIVING_VERB_BEFORE.search(text, max(0, match.start() - 16), match.start()):
        return False
    if word == "her":
        return not _ARTICLE_OR_PRONOUN_AFTER.match(text, match.end())
    return bool(_SUBJECT_AFTER_YOU.match(text, match.end()))


# A verb whose particle is the word doubled, then that word as a preposition: "the decline which had set in in the
# latter year", "the levy kicked in in July", "carried on on Monday" (not "invested in in the fund", a slip).
_PARTICLE_VERB_BEFORE = {
    "in": lazy_compile(
        r"(?i)\b(?:set|sets|setting|c[ao]me|comes|coming|kick(?:s|ed|ing)?|phas(?:e|es|ed|ing)|step(?:s|ped|ping)?|"
        r"mov(?:e|es|ed|ing)|check(?:s|ed|ing)?|log(?:s|ged|ging)?|sign(?:s|ed|ing)?|sworn|swore|cash(?:es|ed|ing)?|"
        r"g[ai]ve|given|giving|pitch(?:es|ed|ing)?|chip(?:s|ped|ping)?|weigh(?:s|ed|ing)?|settl(?:e|es|ed|ing)|"
        r"s[aiu]nk|bring(?:s|ing)?|brought|fill(?:s|ed|ing)?|turn(?:s|ed|ing)?|hand(?:s|ed|ing)?|roll(?:s|ed|ing)?|"
        r"drop(?:s|ped|ping)?|plug(?:s|ged|ging)?|tun(?:e|es|ed|ing)|lock(?:s|ed|ing)?|factor(?:s|ed|ing)?|"
        r"usher(?:s|ed|ing)?|rein(?:s|ed|ing)?|cav(?:e|es|ed|ing)|broke|broken|break(?:s|ing)?|built|build(?:s|ing)?)"
        r"[ \t]{1,2}$"
    ),
    "on": lazy_compile(
        r"(?i)\b(?:carr(?:y|ies|ied|ying)|go|goes|going|went|gone|kept|keep(?:s|ing)?|held|hold(?:s|ing)?|"
        r"mov(?:e|es|ed|ing)|sign(?:s|ed|ing)?|t[ao]ok|take[ns]?|taking|pass(?:es|ed|ing)?|later|early|"
        r"turn(?:s|ed|ing)?|switch(?:es|ed|ing)?|log(?:s|ged|ging)?|put(?:s|ting)?|tr(?:y|ies|ied|ying)|"
        r"caught|catch(?:es|ing)?|hung|hang(?:s|ing)?|logg(?:ed|ing))[ \t]{1,2}$"
    ),
}


def _particle_then_preposition(text: str, match) -> bool:
    """ "had set in in the latter year": the first copy ends a phrasal verb, the second opens a phrase."""
    verb = _PARTICLE_VERB_BEFORE.get(match.group(1).lower())
    return verb is not None and verb.search(text, max(0, match.start() - 14), match.start()) is not None


_FUNCTION_WORDS = frozenset("the a an of in on at to and or for by with from that this is was".split())


# What may stand before the first name of a list in its run of characters: nothing, or a verb that lists
# (调出, 调入, 包括, 如, 剔除) — not the words of a sentence (产业发展发展、… is a slip).
_LIST_OPENER = lazy_compile(r"(?:[\u4e00-\u9fff]{0,2}(?:出|入|括|如|除))?")
# The next item of a list of names after 、: Chinese characters up to the next 、 or the list's end.
_NAMES_LISTED = lazy_compile(r"[\u4e00-\u9fff]{2,10}(?:[、，,。；;]|$)")


def run(audit: Audit):
    allow = set(audit.option(CHECK, "allow"))
    allow_latin = {word.lower() for word in allow}
    name_characters = set("".join(audit.option(CHECK, "name_characters")))
    single = set(audit.option(CHECK, "single_characters"))
    for document in audit.documents.values():
        text = document.visible_text
        hits: list[tuple[int, int, str]] = []
        candidates = [match.start() for match in HANZI_DOUBLING.finditer(text)]
        for match in HANZI_RUN.finditer(text) if candidates else ():
            # A doubling of Chinese characters lies inside one run: skip runs without a candidate.
            first = bisect_left(candidates, match.start())
            last = bisect_left(candidates, match.end(), first)
            if first == last:
                continue
            starts = [candidate - match.start() for candidate in candidates[first:last]]
            for offset, unit in _doubles_in_run(match.group(), starts, allow, name_characters, single):
                start = match.start() + offset
                if (
                    len(unit) >= 2
                    and offset == 0
                    and offset + 2 * len(unit) == len(match.group())
                    and _CLAUSE_EDGE.match(text[match.start() - 1 : match.start()] or "\n")
                    and _CLAUSE_EDGE.match(text[match.end() : match.end() + 1] or "\n")
                ):
                    continue  # 「笑聲笑聲，滿載叮叮」, 加油加油！: a clause that is the word twice is a refrain or a cry
                if (
                    len(unit) >= 2
                    and offset + 2 * len(unit) == len(match.group())
                    and _LIST_OPENER.fullmatch(match.group()[:offset])
                    and text[match.end() : match.end() + 1] == "、"
                    and _NAMES_LISTED.match(text, match.end() + 1)
                ):
                    continue  # 调出呷哺呷哺、宝龙地产: a name in a list of names (a brand, a stock), spelled so
                hits.append((start, start + 2 * len(unit), unit))
        # A table set as text loses its cell borders: its column headings repeat ("Actual Change Change" for
        # "$ Change" and "% Change"), so Latin words in a table row are not read as one phrase. Chinese doubles
        # lie inside one run of characters, so inside one cell, and are still looked for.
        in_table = [(p.start, p.end) for p in document.paragraphs if p.role == "table"]
        for match in LATIN_DOUBLE.finditer(text):
            if any(start <= match.start() < end for start, end in in_table):
                continue
            if match.group(1).lower() in allow_latin and not (
                # "said that that the budget…": a conjunction before a pronoun is grammatical, before an article not
                match.group(1).lower() == "that" and _ARTICLE_AFTER.match(text, match.end())
            ):
                continue
            if _pronoun_twice_in_two_roles(text, match) or _particle_then_preposition(text, match):
                continue
            if _reduplicated_name(match.group(0)) and (text.count(match.group(0)) >= 2 or len(match.group(1)) <= 4):
                continue  # Bli Bli, Walla Walla again: a place's name; "City Council Council" once is a slip
            hits.append((match.start(), match.end(), match.group(1)))
        for start, end, unit in sorted(hits):
            doubled = text[start:end]
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end == -1 else line_end
            context = text[max(line_start, start - 4) : min(end + 4, line_end)]
            yield Finding(
                check=CHECK.id,
                severity=CHECK.severity,
                message=f'Doubled word "{doubled}"',
                location=document.location(start, end),
                evidence=(("word", unit), ("context", context)),
                fix=f"{doubled} → {unit}",
                identity=f"{doubled}:{context}",
            )


CHECK = Check(
    id="doubled-word",
    severity=Severity.WARNING,
    summary="A word or name written twice in a row",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    per_document=True,
    options=MappingProxyType(
        {
            "allow": DEFAULT_ALLOW,
            "name_characters": DEFAULT_NAME_CHARACTERS,
            "single_characters": DEFAULT_SINGLE_CHARACTERS,
        }
    ),
)
