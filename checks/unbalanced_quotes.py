"""A quotation mark, bracket or title mark without its partner in the paragraph.

## What it flags
Within a paragraph (a non-blank line), an opening mark that is never closed or
a closing mark that was never opened, for “ ” 「 」 『 』 ( ) （ ） 《 》 〈 〉
【 】. ASCII and full-width parentheses pair with each other (mixing widths is
`mixed-punctuation`'s business). Marks of different kinds are matched
independently, so “（”） counts as balanced.

Not flagged:

- **Continued quotations**: a paragraph that leaves “ (「, 『) open followed by
  a paragraph that starts with the same mark. Chinese typography repeats the
  opening mark at each paragraph of a multi-paragraph quotation and closes it
  only at the end. When the next paragraph instead closes the quotation without
  reopening it (`"Almost all our trades grew…` / `…worked safely all year,” he
  said.`, `…on Saturday," Ellis said`), the last quotation left open is
  reported once, at the closing mark that has no opening one in its paragraph
  (a reversed pair around a word, `被称为”双碳“`, closes nothing).
- **Broken paragraphs**: a paragraph that ends mid-sentence (see
  `truncated-paragraph`) carries its open marks into the next paragraph, so
  "创新采用“政" / "企协同”运营模式" is one quotation split by a stray line
  break, reported once, by `truncated-paragraph`.
- **List markers**: a closing parenthesis after an enumerator at the start of
  a paragraph ("1)", "一）") or after the colon or sentence mark that runs a
  list on inside a paragraph ("需要关注：1）稳增长…。2）消费…"), or after a number
  standing alone when its sentence numbers the item next to it the same way
  ("the inclusion of 1) de-appropriation of debt, 2) reduction of…").

**Straight quotes** (" and ', as in PDF extractions) have no direction, which
is inferred: a straight quote closes the pending one of its kind unless it
looks like an opener (after the paragraph start, a space, a colon or an opening
bracket, before text), and opens one unless it looks like a closer (after 。！？,
or before a clause mark or the paragraph end); with no straight quotation
open, a straight quote after 。！？ and before a word opens the next quotation
(`…持续提升。"一线"报关单…`). A single quote counts only next to a Chinese
character, so an apostrophe ("it's") is ignored. When a
quotation opened with one straight kind is closed with the other in the same
paragraph (`"…'`, `'…"`), that is one finding at the single quote, whose
place is inside quotations, with the fix `' → "`. Findings about straight
quotes state the inference as an assumption.

A quotation opened with one kind of double mark and closed with another in
its paragraph, with no double mark between (`“…today."`, `"some big
losses”`, or two single closing marks typed for a double one, `“high-value
industries’’`), is one finding, at the mark of the other kind, with the fix
(`" → ”`, `" → “`, `’’ → ”`), not one for each end.

A quotation mark left open followed by another opening one of its kind where
the closing one would stand (right after the end of a sentence, with no
closing mark between: `“One way… with oil. “U.S. President…`) is one defect, a
closing mark typed the wrong way round, reported once, at the first, with the
other as a related location. Other marks left open are reported one by one.

## Why it matters
A missing mark changes what is quoted: readers cannot tell where someone's
words end, and quotation checks that look for the quoted text fail.

## Example
```text
诊疗室内，徐州援疆医疗专家与本地医护人员常并肩忙碌，“手把手”教操作、面对面讲思路”成为常态。
```
`Closing quotation mark ” after "面对面讲思路" has no opening mark`

## How to fix
Add the missing partner where the quotation, parenthesis or title starts or
ends, or delete the stray mark. Settings: `marks` (the pairs checked, each an
opening and a closing mark, e.g. "‘’" to add curly single quotes, which are
off by default because ’ doubles as an apostrophe), `straight_quotes` (false:
skip " and ').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.documents import Document
from auditor.findings import Finding, Severity
from auditor.patterns import lazy_compile
from auditor.text import HANZI, SENTENCE_FINAL, ends_sentence

CJK_PUNCTUATION = lazy_compile(r"[\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014]")
LIST_ENUMERATOR = lazy_compile(r"^\s*[\dA-Za-z一二三四五六七八九十]{1,3}$")
# An enumerator inside a paragraph, after the colon or the sentence that introduces it: "需要关注：1）…。2）…".
INLINE_ENUMERATOR = lazy_compile(r"[：:。；;！？!?，,][ \t]?[\dA-Za-z一二三四五六七八九十]{1,2}$")
# An enumerator after a space: "the inclusion of 1) de-appropriation of debt, 2) reduction of…".
_ENUMERATOR_AFTER_SPACE = lazy_compile(r"(?:^|(?<=\s))(\d{1,2})$")
_ENUMERATOR_ALONE = lazy_compile(r"(?:^|(?<=\s))(\d{1,2})[)）]")
MAX_ENUMERATED = 30
_SENTENCE_BREAK = lazy_compile(r"[.!?。！？](?=\s|$)|[。！？]")
ENUMERATED_REACH = 400


def _numbered_in_run(text: str, index: int) -> bool:
    """A closing parenthesis after a number that stands alone ("of 1) de-appropriation…") in a paragraph that also
    numbers the item before or after it the same way ("…, 2) reduction…"): a numbered list run into the text."""
    number = _ENUMERATOR_AFTER_SPACE.search(text, max(0, index - 3), index)
    if number is None:
        return False
    value = int(number.group(1))
    if value > MAX_ENUMERATED:
        return False
    # the items next to it stand in its sentence, within a few lines' reach ("…and 3) raise pay. The vote was 4
    # to 3) with…": the list is another sentence's)
    start, end = max(0, index - ENUMERATED_REACH), min(len(text), index + ENUMERATED_REACH)
    for before in _SENTENCE_BREAK.finditer(text, start, index):
        start = before.end()
    after = _SENTENCE_BREAK.search(text, index, end)
    end = after.start() if after else end
    numbered = {m.group(1) for m in _ENUMERATOR_ALONE.finditer(text, start, end)}
    return (value > 1 and str(value - 1) in numbered) or str(value + 1) in numbered


# Quotes that Chinese typography repeats at the start of each paragraph of a long quotation.
CONTINUED = frozenset('“「『"')
NAMES = {
    "“": "quotation mark",
    "‘": "quotation mark",
    "「": "quotation mark",
    "『": "quotation mark",
    "《": "title mark",
    "〈": "title mark",
}
CLAUSE_MARKS = "，,。、；;：:！!？?)）…"


@dataclass(frozen=True)
class _Mark:
    """A quotation mark or bracket and where it stands."""

    offset: int  # in the document
    char: str
    opening: bool


def _mark_name(opener: str) -> str:
    return NAMES.get(opener, "bracket")


def _context(text: str, index: int, opening: bool) -> str:
    """A few characters of the paragraph after an opening mark or before a closing one."""
    if opening:
        piece = text[index + 1 : index + 9]
    else:
        piece = text[max(0, index - 8) : index]
    return piece.strip()


def _looks_opening(text: str, index: int) -> bool:
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    return (
        (not before or before.isspace() or before in "：:（(“「《")
        and bool(after)
        and not after.isspace()
        and after not in CLAUSE_MARKS
    )


def _looks_closing(text: str, index: int) -> bool:
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    # (…on Saturday," Ellis said: a comma inside the closing mark, as English sets it)
    return (
        (bool(before) and before in SENTENCE_FINAL)
        or (before == "," and (not after or after.isspace()))  # (not 道出关键,"我们…: a comma for ，before it opens)
        or not after
        or after in CLAUSE_MARKS
    )


def _opens_after_sentence(text: str, index: int) -> bool:
    """A straight quote after a finished sentence and before a word: with no quotation pending it opens the next
    one (`…持续提升。"一线"报关单…`), as nothing is open for it to close."""
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    return (
        before in SENTENCE_FINAL and bool(after) and (_is_cjk(after) or after.isalnum()) and after not in CLAUSE_MARKS
    )


def _is_cjk(ch: str) -> bool:
    return bool(ch) and bool(HANZI.match(ch) or CJK_PUNCTUATION.match(ch))


def run(audit: Audit):
    # A pair of identical marks has no direction; straight quotes are handled on their own.
    pairs = {pair[0]: pair[1] for pair in audit.option(CHECK, "marks") if len(pair) == 2 and pair[0] != pair[1]}
    straight = bool(audit.option(CHECK, "straight_quotes"))
    for document in audit.documents.values():
        yield from _check_document(document, pairs, straight)


def _check_document(document: Document, pairs: dict[str, str], straight: bool):
    # ( and （ are one kind: each closer closes the kind of its opener.
    kind_of = {}
    for opener, closer in pairs.items():
        kind = "（" if opener in "(（" else opener
        kind_of[opener] = kind
        kind_of[closer] = kind
    closers = set(pairs.values())
    opener_of = {closer: opener for opener, closer in pairs.items()}

    # The regex engine finds the marks; Python looks only at them, not at every character.
    relevant = "".join(sorted(set(pairs) | closers | (set("\"'") if straight else set())))
    mark_pattern = re.compile("[" + re.escape(relevant) + "]") if relevant else None
    findings: list[Finding] = []
    carried: dict[str, list[_Mark]] = {}
    carried_straight: dict[str, _Mark | None] = {}
    paragraphs = document.paragraphs
    for number, paragraph in enumerate(paragraphs):
        text = paragraph.text
        stacks: dict[str, list[_Mark]] = {kind: list(marks) for kind, marks in carried.items()}
        pending: dict[str, _Mark | None] = dict(carried_straight)
        unpaired_straight: list[_Mark] = []
        orphan_closers: list[_Mark] = []
        closed_at: dict[str, list[int]] = {}
        for match in mark_pattern.finditer(text) if mark_pattern else ():
            index, ch = match.start(), match.group()
            offset = paragraph.start + index
            if ch in pairs and ch not in closers:
                stacks.setdefault(kind_of[ch], []).append(_Mark(offset, ch, True))
            elif ch in closers:
                stack = stacks.get(kind_of[ch])
                closed_at.setdefault(kind_of[ch], []).append(offset)
                if stack:
                    stack.pop()
                elif ch in "）)" and (
                    LIST_ENUMERATOR.match(text[:index])
                    or INLINE_ENUMERATOR.search(text, max(0, index - 4), index)
                    or _numbered_in_run(text, index)
                ):
                    continue
                else:
                    orphan_closers.append(_Mark(offset, ch, False))
            elif straight and ch in "\"'":
                if ch == "'" and not (
                    _is_cjk(text[index - 1] if index else "") or _is_cjk(text[index + 1 : index + 2])
                ):
                    continue  # an apostrophe or a quote in Latin text
                open_mark = pending.get(ch)
                if open_mark is None:
                    # (a quotation open with the other straight mark is what it closes: '…。"阿克苏市)
                    if _looks_closing(text, index) and not (
                        not any(pending.values()) and _opens_after_sentence(text, index)
                    ):
                        unpaired_straight.append(_Mark(offset, ch, False))
                    else:
                        pending[ch] = _Mark(offset, ch, True)
                elif _looks_opening(text, index) and not _looks_closing(text, index):
                    unpaired_straight.append(open_mark)
                    pending[ch] = _Mark(offset, ch, True)
                else:
                    pending[ch] = None

        left_open = [mark for marks in stacks.values() for mark in marks]
        left_straight = [mark for mark in pending.values() if mark is not None]
        following = paragraphs[number + 1].text if number + 1 < len(paragraphs) else ""
        if not ends_sentence(text) and following:
            # A broken paragraph: its quotation goes on in the next paragraph.
            carried = {kind: marks for kind, marks in stacks.items() if marks}
            carried_straight = {ch: mark for ch, mark in pending.items() if mark is not None}
            left_open, left_straight = [], []
        else:
            carried, carried_straight = {}, {}
        # A quotation that runs on into the next paragraph, which closes it without reopening it: one quotation,
        # reported once, where the mark is missing (at the closing mark), not also where it opened.
        runs_on = _closes_first(following)
        # (only the last quotation left open runs on; an earlier one is still unclosed)
        last_open = max((mark.offset for mark in left_open if mark.char == "“"), default=None)
        groups: list[list[_Mark]] = []
        for mark in sorted(left_open, key=lambda mark: mark.offset):
            if mark.char in CONTINUED and following.startswith(mark.char):
                continue
            if mark.char == "“" and runs_on and mark.offset == last_open:
                continue
            previous = next((group for group in reversed(groups) if group[-1].char == mark.char), None)
            if previous is not None and _closing_typed_as_opening(
                text,
                mark.offset - paragraph.start,
                previous[-1].offset,
                mark.offset,
                closed_at.get(kind_of[mark.char], ()),
            ):
                previous.append(mark)
            else:
                groups.append([mark])
        for mark in left_straight:
            if following.startswith(mark.char) or (mark.char == '"' and runs_on):
                continue
            unpaired_straight.append(mark)
        # A quotation opened with one kind of double mark and closed with another (“…" or "…”, or “…’’): one
        # defect, reported once, at the mark of the other kind.
        mixed = _mixed_pairs(document, paragraph.start, text, groups, unpaired_straight, orphan_closers)
        findings.extend(finding for finding, _ in mixed)
        paired = {id(mark) for _, marks in mixed for mark in marks}
        for mark in orphan_closers:
            if id(mark) not in paired:
                findings.append(_finding(document, mark, text, mark.offset - paragraph.start, opener_of[mark.char]))
        for marks in groups:
            if id(marks[0]) in paired:
                continue
            # A quotation mark left open, then another of its kind where a closing one would stand (after the end
            # of a sentence, with no closing mark between): one defect, a closing mark typed as an opening one
            # (“One way… with oil. “U.S. President…), reported once, at the first, with the other beside it.
            first = marks[0]
            findings.append(
                _finding(document, first, *_paragraph_of(document, first.offset), first.char, also_open=marks[1:])
            )
        unpaired_straight = [mark for mark in unpaired_straight if id(mark) not in paired]
        findings.extend(_straight_findings(document, sorted(unpaired_straight, key=lambda m: m.offset)))
    findings.sort(key=lambda finding: finding.location.start)
    yield from findings


_DOUBLE_MARKS = re.compile('[“”"]')
_SINGLES_AS_CLOSER = "’’"


def _mixed_pairs(document, start, text, groups, straight, closers) -> list[tuple[Finding, tuple[_Mark, ...]]]:
    """Quotations of one paragraph opened with one kind of double mark and closed with another, no double mark
    between the two: “…" (a curly opening mark left open, then a straight one that closes nothing), "…” (a
    straight one that opens nothing closed, then a curly closing one with no opening one), and “…’’ (two single
    closing marks typed for a double one). Each is one finding, at the mark of the other kind."""
    found = []
    used: set[int] = set()

    def clear_between(first: int, second: int) -> bool:
        return _DOUBLE_MARKS.search(text, first - start + 1, second - start) is None

    for marks in groups:
        opener = marks[0]
        if len(marks) > 1 or opener.char != "“":
            continue
        closer = next(
            (
                mark
                for mark in straight
                if mark.char == '"' and not mark.opening and mark.offset > opener.offset and id(mark) not in used
            ),
            None,
        )
        if closer is not None and clear_between(opener.offset, closer.offset):
            used.add(id(closer))
            found.append((_mixed(document, text, start, opener, closer, "“", '"', '" → ”'), (opener, closer)))
            continue
        singles = text.find(_SINGLES_AS_CLOSER, opener.offset - start + 1)
        if singles >= 0 and clear_between(opener.offset, start + singles):
            closer = _Mark(start + singles, _SINGLES_AS_CLOSER, False)
            found.append((_mixed(document, text, start, opener, closer, "“", "’’", "’’ → ”"), (opener,)))
    for opener in straight:
        if opener.char != '"' or not opener.opening or id(opener) in used:
            continue
        closer = next((mark for mark in closers if mark.char == "”" and mark.offset > opener.offset), None)
        if closer is not None and id(closer) not in used and clear_between(opener.offset, closer.offset):
            used.update({id(opener), id(closer)})
            found.append((_mixed(document, text, start, opener, closer, '"', "”", '" → “'), (opener, closer)))
    return found


def _mixed(document, text, start, opener: _Mark, closer: _Mark, opened: str, closed: str, fix: str) -> Finding:
    """One finding for a quotation opened with one kind of double mark and closed with another."""
    straight = opener if opener.char == '"' else closer
    context = _context(text, opener.offset - start, True)
    return Finding(
        check=CHECK.id,
        severity=CHECK.severity,
        message=f'Quotation opened with {opened} before "{context}" is closed with {closed}',
        location=document.mark_location(straight.offset, straight.offset + len(straight.char)),
        related=(
            document.mark_location(
                (closer if straight is opener else opener).offset,
                (closer if straight is opener else opener).offset
                + len((closer if straight is opener else opener).char),
                "the other end of the quotation",
            ),
        ),
        evidence=(("opened with", opened), ("closed with", closed), ("context", context)),
        fix=fix,
        assumption=STRAIGHT_ASSUMPTION if straight.char == '"' else None,
        identity=f"mixed:{context}",
    )


_QUOTATION_OPENERS = "“「『"
_SENTENCE_CLOSED = re.compile(r"[。！？.!?][ \t]{0,2}$")


def _closing_typed_as_opening(text: str, index: int, earlier: int, later: int, closed: list[int]) -> bool:
    """The opening quotation mark at text[index] stands where the quotation opened before it would close: right
    after the end of a sentence, with no closing mark of its kind since that one opened."""
    return (
        text[index] in _QUOTATION_OPENERS
        and not any(earlier < offset < later for offset in closed)
        and _SENTENCE_CLOSED.search(text, max(0, index - 3), index) is not None
    )


_DOUBLE_QUOTE = re.compile('[“”"]')


def _closes_first(text: str) -> bool:
    """The paragraph's first double quotation mark closes a quotation (” or a straight one where quotations
    close): it goes on with a quotation opened before it."""
    for match in _DOUBLE_QUOTE.finditer(text):
        ch, index = match.group(), match.start()
        before = text[index - 1] if index else ""
        if ch == "”":
            # (after the end of what was said, 。” or ," — not a reversed pair around a word, 被称为”双碳“)
            return before in _SAID_END
        if ch == "“":
            return False
        # (a straight mark closes where quotations close: `…Saturday," Ellis`, not `物流园,"95后"`, which opens)
        return _looks_closing(text, index) and not _looks_opening(text, index)
    return False


_SAID_END = frozenset("。！？!?.,，…")


def _paragraph_of(document: Document, offset: int) -> tuple[str, int]:
    for paragraph in document.paragraphs:
        if paragraph.start <= offset < paragraph.end:
            return paragraph.text, offset - paragraph.start
    raise ValueError(offset)


def _finding(
    document: Document, mark: _Mark, text: str, index: int, opener: str, also_open: list[_Mark] = ()
) -> Finding:
    context = _context(text, index, mark.opening)
    related = tuple(
        document.mark_location(other.offset, other.offset + 1, "an opening mark where the closing one would stand")
        for other in also_open
    )
    if mark.opening:
        message = f'Opening {_mark_name(opener)} {mark.char} before "{context}" is not closed in its paragraph'
        if also_open:
            later = _context(*_paragraph_of(document, also_open[0].offset), True)
            message += f' (the one before "{later}" stands where it would close: typed the wrong way round?)'
    else:
        message = f'Closing {_mark_name(opener)} {mark.char} after "{context}" has no opening mark'
    return Finding(
        check=CHECK.id,
        severity=CHECK.severity,
        message=message,
        location=document.mark_location(mark.offset, mark.offset + 1),
        related=related,
        evidence=(("mark", mark.char), ("side", "opening" if mark.opening else "closing"), ("context", context)),
        identity=f"{mark.char}:{context}",
    )


STRAIGHT_ASSUMPTION = (
    "straight quotes have no direction: each is taken to close the pending quotation of its kind "
    "unless it stands where quotations open (after a colon, a space or the paragraph start)"
)


def _straight_findings(document: Document, marks: list[_Mark]) -> list[Finding]:
    """Findings for unpaired straight quotes; a " and a ' that pair with each other make one."""
    findings = []
    used: set[int] = set()
    for position, mark in enumerate(marks):
        if position in used:
            continue
        partner = None
        for other_position in range(position + 1, len(marks)):
            other = marks[other_position]
            if other_position not in used and other.char != mark.char and mark.opening and not other.opening:
                partner = other_position
                break
        if partner is not None:
            used.update({position, partner})
            other = marks[partner]
            single = mark if mark.char == "'" else other
            double = other if single is mark else mark
            text, index = _paragraph_of(document, single.offset)
            findings.append(
                Finding(
                    check=CHECK.id,
                    severity=CHECK.severity,
                    message=f"Quotation opened with {mark.char} is closed with {other.char}",
                    location=document.mark_location(single.offset, single.offset + 1),
                    related=(
                        document.mark_location(double.offset, double.offset + 1, "the other end of the quotation"),
                    ),
                    evidence=(
                        ("opened with", mark.char),
                        ("closed with", other.char),
                        ("context", _context(text, index, single.opening)),
                    ),
                    fix="' → \"",
                    assumption=STRAIGHT_ASSUMPTION + "; a quotation that is not inside another takes double quotes",
                    identity=f"mismatch:{_context(text, index, single.opening)}",
                )
            )
            continue
        text, index = _paragraph_of(document, mark.offset)
        context = _context(text, index, mark.opening)
        if mark.opening:
            message = f'Straight quotation mark {mark.char} before "{context}" opens a quotation that is not closed in its paragraph'
        else:
            message = f'Straight quotation mark {mark.char} after "{context}" closes a quotation that was never opened'
        findings.append(
            Finding(
                check=CHECK.id,
                severity=CHECK.severity,
                message=message,
                location=document.mark_location(mark.offset, mark.offset + 1),
                evidence=(
                    ("mark", mark.char),
                    ("side", "opening" if mark.opening else "closing"),
                    ("context", context),
                ),
                assumption=STRAIGHT_ASSUMPTION,
                identity=f"{mark.char}:{context}",
            )
        )
    return findings


CHECK = Check(
    id="unbalanced-quotes",
    severity=Severity.WARNING,
    summary="A quotation mark, bracket or title mark without its partner in the paragraph",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    per_document=True,
    options=MappingProxyType(
        {
            "marks": ("“”", "「」", "『』", "（）", "()", "《》", "〈〉", "【】"),
            "straight_quotes": True,
        }
    ),
)
