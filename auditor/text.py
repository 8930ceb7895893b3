"""Characters and sentence ends as every reader of prose here sees them: one home for each set.

- `HAN` is the Han character class (for use inside a regular expression's brackets): the unified
  ideographs, extension A, the compatibility ideographs, the supplementary planes' extensions, and 〇
  (U+3007, the ideographic zero of 二〇二四年), which is not in the unified block.
- Sentence marks, from narrowest to widest: `SENTENCE_FINAL` ends a sentence; `STATEMENT_BREAKS` also
  closes a statement (；: a list item); `PARAGRAPH_ENDS` may end a paragraph that is not cut off (：and ——
  introduce what follows, 。．. and ～ end a line of a list).
- `ends_sentence(text)`: whether a paragraph's text ends a sentence, a trailing note or credit aside.
"""

from __future__ import annotations

from auditor.patterns import lazy_compile

HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HANZI = lazy_compile(f"[{HAN}]")

SENTENCE_FINAL = frozenset("。！？!?…")
STATEMENT_BREAKS = SENTENCE_FINAL | frozenset("；;")
PARAGRAPH_ENDS = STATEMENT_BREAKS | frozenset("：:—.．～〜")
# A line holding one of these anywhere is a sentence, not a heading.
SENTENCE_MARKS = STATEMENT_BREAKS | frozenset("：:")
# Opening quotation marks and brackets, each with its closer.
BRACKET_PAIRS = {"“": "”", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》", "〈": "〉", "【": "】"}
# Closing quotation marks and brackets that may follow the final punctuation.
TRAILING_CLOSERS = frozenset("”’」』）)》〉】〕\"'")

# A bracketed note at the end of a paragraph: an end mark or a credit (（完）, （新浪财经 刘丽丽）).
TRAILING_NOTE = lazy_compile(r"[（(【\[][^（()）【】\[\]]{1,30}[）)】\]]$")
# A reporter's credit after the last sentence, unbracketed: "…大势所趋。 华商报记者 黄涛".
TRAILING_CREDIT = lazy_compile(rf"[ \u3000][^ \u3000。！？]{{0,8}}(?:记者|通讯员|编辑)[ \u3000]{{0,2}}[{HAN}·]{{2,8}}$")


# Common Chinese surnames (the single-character ones that cover most people, and the compound ones): at the
# end of an article, a reporter's name run on after the last full stop ("…的差距。郭晋晖") is a credit, not a
# cut-off sentence. Only there: mid-article, "。全年" is far likelier a cut than a person called 全年.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛"
    "曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席"
    "卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "慕容", "令狐", "夏侯", "公孙", "长孙")


def is_name(text: str) -> bool:
    """Whether `text` reads as a Chinese personal name: a known surname and one or two given characters."""
    for surname in COMPOUND_SURNAMES:
        if text.startswith(surname):
            return 3 <= len(text) <= 4 and all(map(is_han, text[2:]))
    return 2 <= len(text) <= 3 and text[0] in SURNAMES and all(map(is_han, text[1:]))


def is_han(character: str) -> bool:
    return HANZI.fullmatch(character) is not None


def after_last_mark(text: str) -> str:
    """What follows the last sentence-final mark (and its closers) of `text`; "" when nothing does."""
    position = max(text.rfind(mark) for mark in SENTENCE_FINAL)
    if position < 0:
        return ""
    position += 1
    while position < len(text) and text[position] in TRAILING_CLOSERS:
        position += 1
    return text[position:].strip()


def ends_sentence(text: str) -> bool:
    """Whether a paragraph's text ends with a mark that may end it (closers ignored).

    A bracketed note after a finished sentence (（完）, （新浪财经 刘丽丽）) or a reporter's credit (华商报记者
    黄涛) leaves it finished.
    """
    # Masked markup leaves runs of spaces inside a note: "（                本报记者 汪文正     ）".
    stripped = " ".join(text.split())
    note = TRAILING_NOTE.search(stripped) or TRAILING_CREDIT.search(stripped)
    if note and note.start() > 0:
        stripped = stripped[: note.start()].rstrip()
    while stripped and stripped[-1] in TRAILING_CLOSERS:
        stripped = stripped[:-1].rstrip()
    return bool(stripped) and stripped[-1] in PARAGRAPH_ENDS


# A breakdown by a classification (按类型分，…, 分港区看，…, 从培训对象看，…): what it lists are classes of one
# whole, which do not overlap (the parts of a total, the shares of one whole). 从今年情况看, 从全年看, 从长远看
# are a period or a viewpoint, not a classification.
BY_CLASS = lazy_compile(
    r"(?:按|从(?!今年|去年|明年|全年|当前|目前|长远|长期|短期|整体|总体|历史|全局|趋势|情况))[^，,。；;：:\d]{1,10}?"
    r"(?:划分|分|来看|看)[ \t]{0,2}[，,：:]|分[^，,。；;：:\d]{1,8}?看[ \t]{0,2}[，,：:]"
    # "By type, the partnership made 25 facade grants, 10 sign grants…"
    r"|(?:^|(?<=[\s\u3000]))By[ \t](?:type|category|kind|source|sector|purpose|channel|program|region|district)[ \t]{0,2},"
)
