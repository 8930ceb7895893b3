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


def is_han(character: str) -> bool:
    return HANZI.fullmatch(character) is not None


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
