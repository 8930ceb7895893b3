"""Alignment vetoes: wording that shows two similar windows are about different things."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from auditor.discovery.windows import (
    BOUNDARY,
    CALENDAR_KINDS,
    FIGURE,
    MARKERS,
    OTHER,
    SPEECH_CJK,
    SPEECH_LATIN,
    STOP_CHARACTERS,
    SWAP_COUNTED_DISTANCE,
    SWAP_MAX_CJK,
    SWAP_MAX_LATIN,
    Site,
    content_count,
    content_tokens,
    join_tokens,
)

if TYPE_CHECKING:
    pass

# --- alignment vetoes ---------------------------------------------------------------

# English month names are not figures on their own; two windows naming different months speak of two times.
MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())


def _head(tokens: list[str]) -> list[str]:
    """The first few tokens, up to a marker."""
    head: list[str] = []
    for token in tokens:
        if token in MARKERS or len(head) >= 6:
            break
        head.append(token)
    return head


def _tail(tokens: list[str]) -> list[str]:
    """The last few tokens before a marker."""
    tail: list[str] = []
    for token in reversed(tokens):
        if token in MARKERS or len(tail) >= 4:
            break
        tail.insert(0, token)
    return tail


def _ends_in_content(tokens: list[str]) -> bool:
    """The last token is a content token (not a marker, function character or figure verb)."""
    tail = _tail(tokens)
    if not tail or tail[-1] in STOP_CHARACTERS:
        return False
    stripped = content_tokens(tail)
    return bool(stripped) and stripped[-1] == tail[-1]


def _names_something(run: list[str]) -> bool:
    """A shared run that can be the head of a name: two Chinese content characters or a Latin content word,
    not starting with a verb of saying."""
    content = content_tokens([t for t in run if t not in MARKERS])
    if not content:
        return False
    head = "".join(content[:2]) if not content[0].isascii() else content[0]
    if head.startswith(SPEECH_CJK) or content[0] in SPEECH_LATIN:
        return False
    cjk = [t for t in content if not t.isascii()]
    latin = [t for t in content if t.isascii() and t.isalpha()]
    return len(cjk) >= 2 or bool(latin)


# A period before the shared phrase ("去年，柳湾港全年完成…" vs "2023年柳湾港完成…") is the figure's frame, which
# frames.py compares; it names no other thing.
_PERIOD_WORDS = (
    "全年",
    "今年",
    "去年",
    "前年",
    "明年",
    "当年",
    "上半年",
    "下半年",
    "全年度",
    "年度",
    "年内",
    "同期",
    "一年",  # 去年一年, 这一年: the year again
    # seasons ("完成今冬越冬水鸟同步调查" vs "调查记录越冬水鸟"): a period too, not another thing
    "今冬",
    "去冬",
    "今春",
    "今夏",
    "今秋",
    "冬季",
    "春季",
    "夏季",
    "秋季",
)


def _period_word(tokens: list[str]) -> bool:
    # "#度": a year read as a figure (2025年) and the 度 of 年度 after it
    return join_tokens(_tail(tokens)).endswith(_PERIOD_WORDS) or (len(tokens) >= 2 and tokens[-2:] == [OTHER, "度"])


def _whole_of_named(whole: Site, mod_whole: list[str], named: Site, mod_named: list[str], head: list[str]) -> bool:
    """全港 in an article that names 溆阳港 is 溆阳港 ("去年全|港完成集装箱…" vs "溆阳|港完成集装箱…"): 全 before the
    shared head word means the whole of the one such thing its own article names, the other text's name."""
    tail = join_tokens(_tail(mod_whole))
    for word in _PERIOD_WORDS:
        if tail.startswith(word):
            tail = tail[len(word) :]
            break
    if tail != "全" or not head or head[0].isascii():
        return False
    name = join_tokens(_tail(mod_named))
    return len(name) >= 2 and (name + head[0]) in whole.document.text


_ENUMERATORS = frozenset("及和与")


def _extra_member(opcodes, position: int, a: Site, b: Site) -> bool:
    """One label lists a member the other lacks, between shared words that run on to the figure: "电力、热力、
    燃气及水生产和供应业增长@" vs "电力、热力生产和供应业增长@" name two classes, the second without gas and water."""
    if not 0 < position < len(opcodes) - 1:
        return False
    tag, a0, a1, b0, b1 = opcodes[position]
    before, after = opcodes[position - 1], opcodes[position + 1]
    if before[0] != "equal" or after[0] != "equal":
        return False
    extra = list(a.tokens[a0:a1] if tag == "delete" else b.tokens[b0:b1])
    if FIGURE in extra or OTHER in extra:
        return False
    listed = extra[0] == BOUNDARY or any(t in _ENUMERATORS for t in extra)
    if not listed or sum(1 for t in extra if not t.isascii() and t != BOUNDARY) < 2:
        return False
    # The shared words after it lead to the figure, in one clause.
    following = a.tokens[after[1] : after[2]]
    return FIGURE in following and BOUNDARY not in following[: following.index(FIGURE)]


def _name_like(site: Site, position: int) -> bool:
    """A modifier that can tell two things apart: a Chinese character, a number, or a capitalized Latin word
    ("Arts Fund" vs "Flood Recovery Fund"; not "new line" vs "Northgate Line")."""
    token = site.tokens[position]
    return not token.isascii() or token.isdigit() or site.capitals[position]


def _short(tokens: list[str]) -> bool:
    content = content_tokens(tokens)
    if not content:
        return False
    cjk = sum(1 for t in content if not t.isascii())
    return cjk <= SWAP_MAX_CJK and len(content) - cjk <= SWAP_MAX_LATIN


NAMED_BETWEEN_MIN = 2  # content tokens between shared words and a figure that name another thing
_REACHING = frozenset(
    "力争 争取 达到 达 完成 实现 为 是 约 共 共计 累计 合计 总计 增至 增加 提高 突破 超过 在 基础 预计 计划 全年 今年 去年 同比".split()
)
_FUNCTION_CHARACTERS = frozenset("的了在于和与及将已为是")
_MEASURE_NOUNS = (
    "面积",
    "规模",
    "数量",
    "金额",
    "人数",
    "总量",
    "总额",
    "产量",
    "产值",
    "长度",
    "里程",
    "能力",
    "户数",
)


@dataclass(frozen=True)
class Alignment:
    shared: tuple[str, ...]  # runs of shared wording, in order
    aligned_figures: tuple[tuple[int, int], ...]  # (figure index in a, figure index in b) at aligned "#"
    veto: str | None  # why the two contexts speak of different things, when they do


def align(a: Site, b: Site) -> Alignment:
    """Align two windows token by token: shared wording, figures at aligned places, and vetoes."""
    matcher = SequenceMatcher(None, a.tokens, b.tokens, autojunk=False)
    others_a, others_b = dict(a.others), dict(b.others)
    shared: list[str] = []
    aligned: list[tuple[int, int]] = []
    veto = None
    opcodes = matcher.get_opcodes()
    for position, (tag, a0, a1, b0, b1) in enumerate(opcodes):
        left, right = list(a.tokens[a0:a1]), list(b.tokens[b0:b1])
        if tag == "equal":
            # A lone "#" matching a lone "#" says nothing, nor "#的" (比2022年的118个 / 2024年的投资规模): figures
            # align only by a content word beside them.
            if len([t for t in left if t != BOUNDARY]) >= 2 and content_count(left) >= 1:
                for offset in range(a1 - a0):
                    if left[offset] == OTHER:
                        aligned.append((others_a[a0 + offset], others_b[b0 + offset]))
            run = [t for t in left if t not in (FIGURE, BOUNDARY)]
            if content_count(run) >= 2:
                shared.append(join_tokens(run))
                # The shared phrase introduces this figure in one window and another figure in the other
                # ("治理河道长度@" vs "治理河道长度#", "@ households" vs "# households").
                ends = {a.tokens[a1] if a1 < len(a.tokens) else "", b.tokens[b1] if b1 < len(b.tokens) else ""}
                starts = {a.tokens[a0 - 1] if a0 else "", b.tokens[b0 - 1] if b0 else ""}
                if veto is None and FIGURE not in left and ({FIGURE, OTHER} in (ends, starts)):
                    veto = f'"{join_tokens(run)}" goes with another figure in one of the texts'
            head = left[: a.slot - a0] if a0 < a.slot else left
            if veto is None and position > 0 and left[0] != BOUNDARY and _names_something(head):
                # A shared phrase modified differently: "启明助学|基金" vs "仁心医疗|基金" before the figure,
                # "@，南通|援疆医疗队" vs "@，浙江省…|援疆医疗队" after a date.
                previous = opcodes[position - 1]
                if previous[0] == "replace":
                    mod_a = list(a.tokens[previous[1] : previous[2]])
                    mod_b = list(b.tokens[previous[3] : previous[4]])
                    if (
                        _ends_in_content(mod_a)
                        and _ends_in_content(mod_b)
                        and _name_like(a, previous[2] - 1)
                        and _name_like(b, previous[4] - 1)
                        and not _period_word(list(a.tokens[max(0, previous[2] - 4) : previous[2]]))
                        and not _period_word(list(b.tokens[max(0, previous[4] - 4) : previous[4]]))
                        # "全|年全县…" vs "去|年全县…": the shared words open with the end of two period words
                        and not (_period_word(mod_a + head[:1]) and _period_word(mod_b + head[:1]))
                        and not _whole_of_named(a, mod_a, b, mod_b, head)
                        and not _whole_of_named(b, mod_b, a, mod_a, head)
                    ):
                        veto = f'"{join_tokens(_tail(mod_a))}" vs "{join_tokens(_tail(mod_b))}" before "{join_tokens(_head(head))}"'
            continue
        if (
            veto is None
            and tag in ("delete", "insert")
            and 0 < position < len(opcodes) - 1
            and opcodes[position - 1][0] == "equal"
            and opcodes[position + 1][0] == "equal"
            and opcodes[position + 1][1] == a.slot
            and opcodes[position + 1][3] == b.slot
            and content_count([t for t in a.tokens[opcodes[position - 1][1] : opcodes[position - 1][2]] if t != FIGURE])
            >= 1
        ):
            # "生态缓冲带@" vs "生态缓冲带建成滨河绿道@": in one text the figure counts what is named between the
            # shared words and it, something else than they name.
            extra = [t for t in (a.tokens[a0:a1] if tag == "delete" else b.tokens[b0:b1])]
            if (
                BOUNDARY not in extra
                and OTHER not in extra
                and content_count(extra) >= NAMED_BETWEEN_MIN
                and all(not t.isascii() for t in extra)
                # a noun names the thing; not a period or a verb of reaching (力争在去年@的基础上, 累计达到@)
                and not any(t in _PERIOD_WORDS or t in _REACHING for t in extra)
                and extra[-1] not in _FUNCTION_CHARACTERS
                # 高标准农田@ / 高标准农田建设面积@: a measure of the same thing, not another thing
                and not any(noun in "".join(extra) for noun in _MEASURE_NOUNS)
            ):
                veto = f'"{join_tokens(extra)}" names what one figure counts, between the shared words and it'
                continue
        if veto is None and tag in ("delete", "insert") and _extra_member(opcodes, position, a, b):
            extra = a.tokens[a0:a1] if tag == "delete" else b.tokens[b0:b1]
            veto = f'"{join_tokens([t for t in extra if t != BOUNDARY])}" is listed in one class and not the other'
            continue
        if veto is not None or tag != "replace":
            continue
        crossed = (FIGURE in left and OTHER not in left and OTHER in right and FIGURE not in right) or (
            OTHER in left and FIGURE not in left and FIGURE in right and OTHER not in right
        )
        if crossed and len(left) <= 4 and len(right) <= 4:
            veto = "each figure stands where the other text has another figure"
            continue
        months_left = [t for t in left if t in MONTH_NAMES]
        months_right = [t for t in right if t in MONTH_NAMES]
        if months_left and months_right and months_left != months_right:
            veto = f'"{join_tokens(left)}" vs "{join_tokens(right)}"'  # By June vs By September
            continue
        numbers_left = [t for t in left if t[:1].isdigit()]
        numbers_right = [t for t in right if t[:1].isdigit()]
        if numbers_left and numbers_right and numbers_left != numbers_right:
            veto = f'"{join_tokens(left)}" vs "{join_tokens(right)}"'  # Phase 1 vs Phase 2, in 2023 vs in 2024
            continue
        counted = a.figure.kind not in CALENDAR_KINDS and BOUNDARY not in left and BOUNDARY not in right
        near_a = 0 < a0 - a.slot <= SWAP_COUNTED_DISTANCE and BOUNDARY not in a.tokens[a.slot : a0]
        near_b = 0 < b0 - b.slot <= SWAP_COUNTED_DISTANCE and BOUNDARY not in b.tokens[b.slot : b0]
        if counted and near_a and near_b and _short(left) and _short(right):
            veto = f'"{join_tokens(left)}" vs "{join_tokens(right)}" after the figure'  # 3000名学生 vs 3000名教师
    return Alignment(tuple(shared), tuple(aligned), veto)
