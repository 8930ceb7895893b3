"""A share given for an amount that another passage states as a part of a whole, which that whole contradicts (found without claims).

## What it flags
An amount printed with its share and no whole of its own, where another
passage (elsewhere in the article, or in another article of the run) gives
the very same amount as a part of a whole it prints, and dividing the two
does not give the share:
- the share: Chinese `…612人，占当届毕业生的57.4%`, `15280个快充桩占…总数的41.5%`; English
  `512 priority lane-miles are 38.6% of the system`, `7,820 first-time
  donors, 26.4% of everyone who gave`, `$1.46 million, or 45.2%`. The amount
  is the nearest figure before the share in its sentence, and the whole's
  name carries no figure (a whole printed there is judged by
  discovered-share-of).
- the passage that states the part: a breakdown of a total (其中, of which,
  分为, `Of those, 512 lane-miles…`; see discovered-sum-mismatch), a share
  that fits its part and whole (see discovered-share-of), or the amount with a
  share of its own in its sentence that it and a figure of the same
  article divide to (`First-time donors numbered 7,820, or 24.8% of all
  donors` after `31,540 individual donors`; `直流快充桩15280个…快充桩占比为39.5%`
  with `全市累计建成公共充电桩38640个`).

The two amounts must be written with the same value, at least three
significant digits (`52,800`, `612人`, `$1.46 million`; not `9.6亿元` or
`300人`, which recur by chance), and count the same thing (the same unit;
the same measure word; the same English noun). Every such passage must give
the one whole. Not judged: a share that fits a whole of the same measure in
its own article; a share that fits the other passage's whole within
rounding; a share more than a fifth off the other passage's share (of
another whole: `612人，占全县高中毕业生的9.1%` against 612 of 1,105 graduates);
passages whose sentences name different years; a change (增长, up), a
signed percentage or one followed by `more than`.

## Why it matters
A reporter who restates a part with its share recomputes the share, or
copies it from another draft: a slipped digit, or the share of another
year's total, reads as plausible because the whole is not beside it.

## Example
`The network covers 1,386 lane-miles. Of those, 512 lane-miles are priority
routes` in one article and `Our 512 priority lane-miles are 38.6% of the
system` in the next: 512 ÷ 1,386 = 36.94%, not 38.6%. Not flagged: `38.6%`
when the second article prints `of its 1,326 lane-miles` (then
discovered-share-of judges it), `36.9%`, or `512 lane-miles, 4.1% of the
state's network`.

## How to fix
Recompute the share from the part and the whole at their sources, and
correct whichever is wrong; if the share is of another whole, name it.
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._breakdowns import breakdowns
from auditor.checks._derived import (
    COUNTED_THINGS,
    PERCENT_UNITS,
    bounds,
    measure_word,
    measures_alike,
    overlaps,
    percent_range_text,
    share_range,
)
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile

# What ties a share to a whole with no figure: 占(到)…的 / 占比(为) / 比重 before it (Chinese); "of" after it,
# "X, or P%", "X (P%)" (English and Chinese).
_OF_WHOLE_CN = lazy_compile(
    r"(?:占到?[^，,。；;！？!?\d]{0,24}的|占比(?:为|是|达到?)?|比重(?:为|是|达到?)?)[ \t]{0,2}$"
)
_OF_AFTER_EN = lazy_compile(r"[ \t]{1,2}of[ \t]{1,2}(?:the|all|its|their|our|everyone|every|total)\b", 0)
_OWN_SHARE_BEFORE = lazy_compile(r"(?:[，,][ \t]{0,2}(?:or|about|nearly|roughly)?|[（(]|[ \t]or)[ \t]{0,2}$")
# A percentage that measures a change, not a share, in its clause.
_CHANGE = lazy_compile(
    r"增长|下降|增加|减少|提高|降低|增幅|降幅|增速|同比|环比|百分点|(?i:\b(?:up|down|rose|fell|increase[sd]?|decrease[sd]?|"
    r"growth|grew|points?|more|less|fewer|higher|lower)\b)"
)
_YEAR = lazy_compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A share this far from the other passage's is of another whole, not a slip of that one.
_NEAR = (0.8, 1.25)


def _significant_digits(figure) -> int:
    value = figure.nominal
    if value is None or value.denominator != 1 or value <= 0:
        return 0
    return len(str(value.numerator).rstrip("0"))


def _counted(figure) -> str:
    """What a count counts: its Chinese measure word, or its English noun's last word ("priority lane-miles" →
    "lane-miles"); "" for amounts in units."""
    word = measure_word(figure, COUNTED_THINGS)
    if word:
        return word
    written = figure.written_unit.strip()
    if figure.dimension in ("[count]", "[person]") and written.isascii():
        return written.split()[-1].lower().rstrip("s") if written else ""
    return ""


def _same_amount(a, b) -> bool:
    return a.nominal == b.nominal and a.unit == b.unit and measures_alike(a, b) and _counted(a) == _counted(b)


def _is_share(reading, text: str, index: int) -> bool:
    share = reading.figures[index]
    if share.unit not in PERCENT_UNITS or share.direction is not None or share.text.lstrip()[:1] in "+-−":
        return False
    clause = reading.clause_of(index)
    return not (_CHANGE.search(text, clause.start, share.start) or _CHANGE.search(text, share.end, clause.end))


def _amount_before(reading, index: int) -> int | None:
    """The nearest figure before a share in its sentence that is an amount (no percentage, year or span)."""
    from auditor.discovery import comparable

    sentence = reading.sentence_of(index)
    for i in reversed(reading.figures_in(sentence.start, reading.figures[index].start)):
        figure = reading.figures[i]
        if figure.unit in PERCENT_UNITS:
            return None  # 分别占…: a list of shares; left to discovered-percent-sum
        if comparable(figure) and figure.kind == "quantity":
            return i
    return None


def _restated_shares(reading, judged: set[int]):
    """(amount index, share index) for each share tied to an amount with no whole printed beside it."""
    text = reading.document.visible_text
    for index, share in enumerate(reading.figures):
        if index in judged or not _is_share(reading, text, index):
            continue
        sentence = reading.sentence_of(index)
        before = text[sentence.start : share.start]
        if not (_OF_WHOLE_CN.search(before) or _OF_AFTER_EN.match(text, share.end) or _OWN_SHARE_BEFORE.search(before)):
            continue
        amount = _amount_before(reading, index)
        if amount is None or _significant_digits(reading.figures[amount]) < 3:
            continue
        if _OF_AFTER_EN.match(text, share.end):
            # "38.6% of its 1,326 lane-miles": a whole of its own (discovered-share-of's)
            rest = reading.figures_in(share.end, min(sentence.end, share.end + 40))
            if rest and reading.figures[rest[0]].unit not in PERCENT_UNITS:
                continue
        yield amount, index


def _stated_parts(reading, wanted: set) -> dict[int, set[int]]:
    """For each figure whose value is wanted, the wholes this article states it as a part of."""
    from auditor.checks.discovered_share_of import fitting_shares

    figures = reading.figures
    parts: dict[int, set[int]] = {}

    def add(part: int, whole: int) -> None:
        if figures[part].nominal in wanted and measures_alike(figures[part], figures[whole]):
            parts.setdefault(part, set()).add(whole)

    for total, components, *_ in breakdowns(reading):
        for component in components:
            add(component, total)
    for part, whole, _share in fitting_shares(reading):
        add(part, whole)
    text = reading.document.visible_text
    for index, figure in enumerate(figures):
        if figure.nominal not in wanted or figure.unit in PERCENT_UNITS or figure.kind != "quantity":
            continue
        sentence = reading.sentence_of(index)
        own = [
            i
            for i in reading.figures_in(figure.end, sentence.end)
            if figures[i].unit in PERCENT_UNITS and _is_share(reading, text, i)
        ]
        for share_index in own:
            wholes = [
                w
                for w in _fitting_wholes(reading, index, share_index)
                if not figures[w].qualifier  # (近4万个 fits any share of a whole below 40,000)
                and _counted(figures[w]) in ("", _counted(figure))
            ]
            if len({figures[w].nominal for w in wholes}) == 1:
                add(index, min(wholes))
    return parts


def _fitting_wholes(reading, amount: int, share: int) -> list[int]:
    """The figures of the amount's article that measure what it measures, larger than it, which the share fits."""
    figures = reading.figures
    figure = figures[amount]
    if figure.nominal is None:
        return []
    return [
        w
        for w, whole in enumerate(figures)
        if whole.kind == "quantity"
        and whole.unit not in PERCENT_UNITS
        and whole.nominal is not None
        and whole.nominal > figure.nominal
        and measures_alike(figure, whole)
        and (allowed := share_range(figure, whole)) is not None
        and overlaps(bounds(figures[share]), allowed)
    ]


def _years(reading, index: int) -> set[str]:
    sentence = reading.sentence_of(index)
    return set(_YEAR.findall(reading.document.visible_text, sentence.start, sentence.end))


def run(audit: Audit):
    from auditor.checks.discovered_share_of import judged_shares
    from auditor.discovery import reading_of
    from auditor.formatting import format_amount
    from auditor.paths import display

    readings = [reading_of(audit, document) for document in audit.documents.values()]
    restated = []
    for reading in readings:
        judged = {share for _, _, share in judged_shares(reading)}
        restated += [(reading, amount, share) for amount, share in _restated_shares(reading, judged)]
    if not restated:
        return
    wanted = {reading.figures[amount].nominal for reading, amount, _ in restated}
    stated = [
        (reading, part, wholes) for reading in readings for part, wholes in _stated_parts(reading, wanted).items()
    ]
    for reading, amount, share_index in restated:
        figure, share = reading.figures[amount], reading.figures[share_index]
        sentence = reading.sentence_of(share_index)
        years = _years(reading, share_index)
        others = [
            (other, part, whole)
            for other, part, wholes in stated
            for whole in wholes
            if not (other is reading and other.sentence_of(part) is sentence)
            and _same_amount(other.figures[part], figure)
            and not (years and (their := _years(other, whole) | _years(other, part)) and not years & their)
        ]
        if not others or len({other.figures[whole].nominal for other, _, whole in others}) != 1:
            continue
        other, part, whole_index = others[0]
        whole = other.figures[whole_index]
        allowed = share_range(figure, whole)
        if allowed is None or bounds(share)[0] is None or overlaps(bounds(share), allowed):
            continue
        computed = figure.nominal * 100 / whole.nominal
        if not _NEAR[0] <= share.nominal / computed <= _NEAR[1] or _fitting_wholes(reading, amount, share_index):
            continue
        shown = format_amount(round(computed, 2))
        document, source = reading.document, other.document
        line, _ = source.position(whole.start)
        where = f"{display(source.path)}:{line}"
        yield Finding(
            check=CHECK.id,
            severity=CHECK.severity,
            message=f'Share "{share.text}" does not follow from {figure.text} of {whole.text}, as {where} states them: '
            f"{figure.text} ÷ {whole.text} = {shown}%",
            location=document.figure_location(sentence.start, sentence.end, share.start, share.end, "share"),
            related=(
                document.figure_location(figure.start, figure.end, figure.start, figure.end, "part"),
                source.figure_location(whole.start, whole.end, whole.start, whole.end, "whole"),
            ),
            evidence=(
                ("part", figure.text),
                ("whole", f"{whole.text} ({where})"),
                ("recomputed", f"{figure.text} ÷ {whole.text} = {shown}%"),
                ("stated", share.text),
                ("within rounding", percent_range_text(allowed)),
            ),
            values=(
                FigureValue.of("part", figure),
                FigureValue.of("whole", whole),
                FigureValue.of("share", share),
            ),
            assumption="the share is of the whole the other passage states this amount as a part of",
            identity=f"{figure.text}\x1f{whole.text}\x1f{share.text}",
        )


CHECK = Check(
    id="discovered-share-restated",
    severity=Severity.WARNING,
    summary="A share of an amount that the whole another passage states it part of contradicts (found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    discovery=True,
    opt_in=True,
)
