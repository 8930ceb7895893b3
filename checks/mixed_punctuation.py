"""ASCII punctuation between Chinese characters, summarized once per document.

## What it flags
ASCII punctuation (`marks`, by default , : ; ? ! ( )) used in Chinese text
instead of its full-width form: the nearest non-space character on one side is
a Chinese character or Chinese punctuation, and on the other side one of those,
a quotation mark, a digit or the line's edge. "援疆为什么?在疆",
"2025年6月23日,在", "工作组(以下简称…)". Marks between Latin letters or digits
("1,000", "10:30", "e.g.") are English or numeric usage and are not counted.

One finding per document, at the first such mark, with the count per mark as
evidence and the next few marks (`max_locations` in all) as related
locations: a draft typed with an ASCII comma has hundreds, and one finding per
comma would bury everything else. The fix names each full-width replacement
(", → ，").

Straight quotation marks are not counted here: whether " becomes “ or ”
depends on the side, which `unbalanced-quotes` infers.

## Why it matters
Chinese typesetting uses full-width punctuation; ASCII marks look cramped,
break line-justification rules and show that a draft was typed or converted
carelessly. It is a house-style matter, hence severity info.

## Example
```text
援疆为什么?在疆干什么?离疆留什么?
这三问,是每一位援疆人都曾接受过的灵魂叩问。
```
`ASCII punctuation between Chinese characters, 4 times ("?" 3, "," 1)` with
fix `? → ？; , → ，`.

## How to fix
Replace each mark with its full-width form (an editor's search and replace on
the document does it). Settings: `marks` (the ASCII marks counted),
`max_locations` (how many locations the finding lists).
"""

from __future__ import annotations

import re
from collections import Counter
from types import MappingProxyType

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import Finding, Severity
from auditor.patterns import lazy_compile
from auditor.text import HANZI

CJK_PUNCTUATION = lazy_compile(r"[\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014\u00b7]")
FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。"}


def _neighbour(text: str, index: int, step: int) -> str:
    """The nearest non-space character of the line in one direction ('' at its edge)."""
    index += step
    while 0 <= index < len(text) and text[index] in " \t\u3000":
        index += step
    if not 0 <= index < len(text) or text[index] == "\n":
        return ""
    return text[index]


def _chinese(side: str) -> bool:
    """A Chinese character or a mark only Chinese uses: the dash, the ellipsis and curly quotes are English
    punctuation too ("(Feb. 20, 2023) — In January")."""
    return bool(side) and bool(HANZI.match(side) or (CJK_PUNCTUATION.match(side) and side not in _SHARED_MARKS))


_SHARED_MARKS = frozenset("\u2014\u2026\u2018\u2019\u201c\u201d\u00b7")


def _chinese_context(side: str) -> bool:
    return not side or bool(HANZI.match(side) or CJK_PUNCTUATION.match(side)) or side in "\"'" or side.isdigit()


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


def run(audit: Audit):
    marks = set(audit.option(CHECK, "marks"))
    shown = max(1, int(audit.option(CHECK, "max_locations")))
    # A mark is one character; other entries (a configured "" or "...") can never match one.
    marks = {mark for mark in marks if len(mark) == 1}
    if not marks:
        return
    # The regex engine finds the marks; Python looks only at them, not at every character.
    mark_pattern = re.compile("[" + re.escape("".join(sorted(marks))) + "]")
    for document in audit.documents.values():
        text = document.visible_text
        offsets = []
        for match in mark_pattern.finditer(text):
            index = match.start()
            before, after = _neighbour(text, index, -1), _neighbour(text, index, 1)
            if (_chinese(before) and _chinese_context(after)) or (_chinese(after) and _chinese_context(before)):
                offsets.append(index)
        if not offsets:
            continue
        counts = Counter(text[index] for index in offsets)
        # Most frequent first; ties in the order the marks first appear.
        first_seen = {}
        for index in offsets:
            first_seen.setdefault(text[index], index)
        ordered = sorted(counts, key=lambda mark: (-counts[mark], first_seen[mark]))
        breakdown = ", ".join(f'"{mark}" {counts[mark]}' for mark in ordered)
        line = document.position(offsets[0])[0]
        yield Finding(
            check=CHECK.id,
            severity=CHECK.severity,
            message=f"ASCII punctuation between Chinese characters, {_times(len(offsets))} ({breakdown})",
            location=document.mark_location(offsets[0], offsets[0] + 1),
            related=tuple(document.mark_location(index, index + 1, "also ASCII") for index in offsets[1:shown]),
            evidence=(("count", str(len(offsets))), ("marks", breakdown), ("first line", str(line))),
            fix="; ".join(f"{mark} → {FULL_WIDTH.get(mark, mark)}" for mark in ordered),
            identity="ascii-punctuation",
        )


CHECK = Check(
    id="mixed-punctuation",
    severity=Severity.INFO,
    summary="ASCII punctuation between Chinese characters (one finding per document)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    per_document=True,
    options=MappingProxyType({"marks": (",", ":", ";", "?", "!", "(", ")"), "max_locations": 5}),
)
