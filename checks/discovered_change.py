"""A change printed beside the two figures it goes between, which they contradict (found without claims).

## What it flags
A sentence that gives a figure's value before and after, and the change
between them, when the change does not follow from the two values even
allowing for how each of the three is rounded and qualified:
- Chinese: 从 / 由 + the value before + 增长 / 提高 / 增加 / 下降 / 减少 / 降低 +
  到 / 至 + the value after, then the change right after it: `由1.52万元提高到
  1.86万元，提高22.4%`, `从12.6%下降到3.1%，下降9.5个百分点`.
- English: `from A to B`, with the change right after it (`, an increase
  of 9.6%`, `, up 5.6%`, `, a drop of 0.8 percentage points`) or right
  before it (`up 12% from $48 million to $53.8 million`).
A multiple is judged the same way: `是` + the value before + `的` + the
multiple (`达到9.3亿元，是2015年5.0亿元的1.86倍`), `从A翻了一番，达到B`, `从A增至B，增长2倍`
(read both as 3 times and as 2 times, the finding says so), and English
`B, 2.5 times the 2019 level of A`.
A change in percent is read as relative to the value before; a change in
percentage points (个百分点, percentage points) as the difference of two
percentages. When two percentages differ by the stated number but the text
calls it percent (`从86.3%提高到97.1%，提高10.8%`), the finding says that points
were written as percent. An average annual rate (年均, 平均, a year) is never
the total change and is not judged; nor is a change whose direction the two
values contradict (the wording may be about something else).

## Why it matters
Editors recompute these by hand; a change that does not follow from the two
figures beside it means one of the three is wrong, or percentage points were
called percent, which overstates or understates the change.

## Example
`全县地区生产总值从86.2亿元增长到112.5亿元，增长35%`: 112.5 ÷ 86.2 − 1 = 30.5%.
Not flagged: `增长30.5%` there, `从约18亿元增加到24.6亿元，增长约37%`, `从12.6%下降到3.1%，
下降9.5个百分点`, `年均增长0.6%`.

## How to fix
Recompute the change from the two figures at their sources; write a
difference of two percentages in percentage points (个百分点).
"""

from __future__ import annotations

from fractions import Fraction

from auditor.audit import Audit, Check
from auditor.checks._derived import (
    PERCENT_UNITS,
    POINTS_UNIT,
    bounds,
    change_range,
    multiple_readings,
    overlaps,
    sentence_locations,
)
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile

_FROM_CN = lazy_compile(r"(?:从|由)$")
_TO_CN = lazy_compile(r"(?:增长|提高|提升|增加|上升|增|升|下降|减少|降低|降|减)(?:到|至)(?:了)?$")
_CHANGE_CN = lazy_compile(
    r"^[，,、]?\s{0,2}(?:增长|提高|提升|增加|上升|下降|减少|降低|下滑|增幅为?|降幅为?)(?:了)?\s{0,2}$"
)
_FROM_EN = lazy_compile(r"(?i:\bfrom)\s{1,3}$")
_TO_EN = lazy_compile(r"^\s{1,3}(?i:to)\s{1,3}$")
_CHANGE_AFTER_EN = lazy_compile(
    r"(?i)^,?\s{0,2}(?:(?:an?|the)\s)?(?:increase|rise|gain|growth|jump|drop|fall|decline|decrease|cut|reduction|"
    r"up|down)(?:\s(?:of|by))?\s{1,3}$"
)
_CHANGE_BEFORE_EN = lazy_compile(
    r"(?i)\b(?:up|down|rose|grew|fell|increased|decreased|dropped|climbed|declined|jumped)\s{1,3}$"
)
_ANNUAL = lazy_compile(r"年均|平均|每年|(?i:\bannual(?:ly)?\b|\ba year\b|\bper year\b|\baverage\b)")


def _changes(reading):
    """(before index, after index, change index) for each change printed with the values it goes between."""
    from auditor.discovery import comparable

    text = reading.document.visible_text
    figures = reading.figures
    for sentence in reading.sentences:
        indexes = [i for i in reading.figures_in(sentence.start, sentence.end) if comparable(figures[i])]
        values = [i for i in indexes if figures[i].kind not in ("year", "date", "relative-date")]
        for position, first in enumerate(values[:-1]):
            second = values[position + 1]
            a, b = figures[first], figures[second]
            gap = text[a.end : b.start]
            chinese = _FROM_CN.search(text, max(sentence.start, a.start - 8), a.start) and _TO_CN.search(gap)
            english = _FROM_EN.search(text, max(sentence.start, a.start - 8), a.start) and _TO_EN.match(gap)
            if not (chinese or english):
                continue
            later = values[position + 2] if position + 2 < len(values) else None
            earlier = values[position - 1] if position >= 1 else None
            change = None
            if later is not None:
                between = text[b.end : figures[later].start]
                if (_CHANGE_CN if chinese else _CHANGE_AFTER_EN).match(between):
                    change = later
            if change is None and english and earlier is not None:
                before_from = text[figures[earlier].end : a.start]
                if _CHANGE_BEFORE_EN.search(
                    text, max(sentence.start, figures[earlier].start - 12), figures[earlier].start
                ):
                    if _FROM_EN.search(before_from) and len(before_from.strip()) <= 6:
                        change = earlier
            if change is None:
                continue
            p = figures[change]
            if p.unit not in PERCENT_UNITS and p.unit != POINTS_UNIT:
                continue
            if _ANNUAL.search(text, max(sentence.start, p.start - 8), p.start):
                continue
            if not a.same_dimension(b):
                continue
            yield first, second, change


# 是 + the value before (with its year) + 的 + the multiple: "达到9.3亿元，是2015年5.0亿元的1.86倍".
_IS_TIMES_CN = lazy_compile(r"是([^，,。；;]{0,20}?)的\s{0,2}$")
# 从A翻了一番，达到B / 从A增至B，增长2倍: handled by the from-to shapes; the doubling sits between A and B.
_DOUBLED_CN = lazy_compile(r"^\s{0,2}(?:[，,]\s{0,2})?(?:达到|达|增至|增加到|增长到|提高到|至|到)(?:了)?\s{0,2}$")
# "reached 1,240 megawatts, 2.5 times the 2019 level of 496 megawatts": the multiple, the, then the value before.
_TIMES_THE_EN = lazy_compile(r"(?i)^\s{1,2}the\s(?:[A-Za-z0-9'’,-]{1,20}\s){0,5}?(?:of\s)?$")


def _multiples(reading):
    """(before index, after index, multiple index) for each multiple printed with the two values it compares."""
    from auditor.discovery import comparable

    text = reading.document.visible_text
    figures = reading.figures
    for sentence in reading.sentences:
        every = reading.figures_in(sentence.start, sentence.end)
        values = [
            i for i in every if comparable(figures[i]) and figures[i].kind not in ("year", "date", "relative-date")
        ]
        for index in every:
            m = figures[index]
            if m.dimension != "[multiple]" or m.low is None:
                continue
            earlier = [i for i in values if figures[i].end <= m.start]
            later = [i for i in values if figures[i].start >= m.end]
            chinese = _IS_TIMES_CN.search(text, sentence.start, m.start)
            if chinese is not None:
                inside = [i for i in earlier if figures[i].start >= chinese.start(1)]
                outside = [i for i in earlier if figures[i].end <= chinese.start()]
                if len(inside) == 1 and outside and figures[outside[-1]].same_dimension(figures[inside[0]]):
                    yield inside[0], outside[-1], index
                continue
            if len(earlier) >= 2:
                # 从2.1亿元增至6.3亿元，增长2倍: the from-to shape, the multiple right after it.
                a, b = earlier[-2], earlier[-1]
                if (
                    _FROM_CN.search(text, max(sentence.start, figures[a].start - 8), figures[a].start)
                    and _TO_CN.search(text[figures[a].end : figures[b].start])
                    and _CHANGE_CN.match(text[figures[b].end : m.start])
                    and figures[a].same_dimension(figures[b])
                ):
                    yield a, b, index
                    continue
            if earlier and later and m.text.startswith("翻"):
                a, b = earlier[-1], later[0]
                if _FROM_CN.search(
                    text, max(sentence.start, figures[a].start - 3), figures[a].start
                ) and _DOUBLED_CN.match(text[m.end : figures[b].start]):
                    if figures[a].same_dimension(figures[b]):
                        yield a, b, index
                continue
            english = later and _TIMES_THE_EN.match(text[m.end : figures[later[0]].start])
            if english and earlier and figures[earlier[-1]].same_dimension(figures[later[0]]):
                yield later[0], earlier[-1], index


def _range(kind: str, a, b) -> tuple[Fraction, Fraction] | None:
    """The change the two values allow, as a magnitude: relative in percent, or a difference in points."""
    if bounds(a)[0] is None or bounds(a)[0] <= 0:
        return None
    allowed = change_range(kind, a, b)
    if allowed is None:
        return None
    low, high = allowed
    if a.nominal > b.nominal:
        low, high = -high, -low
    return low, high


def run(audit: Audit):
    from auditor.discovery import reading_of
    from auditor.formatting import format_amount

    for document in audit.documents.values():
        reading = reading_of(audit, document)
        yield from _judge_multiples(reading)
        for first, second, change_index in _changes(reading):
            a, b, p = (reading.figures[i] for i in (first, second, change_index))
            if a.nominal == b.nominal or p.low is None:
                continue
            p_bounds = bounds(p)
            if p_bounds[0] is None or p_bounds[1] is None:
                continue
            kind = "points" if p.unit == POINTS_UNIT else "relative"
            if kind == "points" and not (a.unit in PERCENT_UNITS and b.unit in PERCENT_UNITS):
                continue
            allowed = _range(kind, a, b)
            if allowed is None or allowed[0] < 0:
                continue
            if p_bounds[1] >= allowed[0] and p_bounds[0] <= allowed[1]:
                continue
            if kind == "relative":
                computed = (b.nominal / a.nominal - 1) * 100
            else:
                computed = b.nominal - a.nominal
            computed = abs(computed)
            unit = "%" if kind == "relative" else " points"
            shown = f"{format_amount(round(computed, 2))}{unit}"
            arithmetic = f"{b.text} ÷ {a.text} − 1" if kind == "relative" else f"{b.text} − {a.text}"
            message = f'Change "{p.text}" from {a.text} to {b.text} does not follow from them: {arithmetic} = {shown}'
            evidence = [("before", a.text), ("after", b.text), ("stated change", p.text)]
            if kind == "relative":
                evidence.append(("recomputed", f"{b.text} ÷ {a.text} − 1 = {shown}"))
                points = _range("points", a, b) if a.unit in PERCENT_UNITS and b.unit in PERCENT_UNITS else None
                if points is not None and p_bounds[1] >= points[0] and p_bounds[0] <= points[1]:
                    message = (
                        f'Change "{p.text}" from {a.text} to {b.text} is their difference in percentage points, '
                        f"written as percent; the relative change is {shown}"
                    )
            else:
                evidence.append(("recomputed", f"{b.text} − {a.text} = {shown}"))
            yield Finding(
                check=CHECK.id,
                severity=CHECK.severity,
                message=message,
                **sentence_locations(reading, change_index, "change", ((a, "before"), (b, "after"))),
                evidence=tuple(evidence),
                values=(FigureValue.of("before", a), FigureValue.of("after", b), FigureValue.of("change", p)),
                assumption="the change is between the two values printed with it, relative to the first",
                identity=f"{a.text}\x1f{b.text}\x1f{p.text}",
            )


def _judge_multiples(reading):
    from auditor.formatting import format_amount

    for first, second, multiple_index in _multiples(reading):
        a, b, m = (reading.figures[i] for i in (first, second, multiple_index))
        allowed = change_range("ratio", a, b)
        if allowed is None:
            continue
        readings = multiple_readings(m)
        if any(overlaps(reading_range, allowed) for reading_range, _ in readings):
            continue
        shown = f"{format_amount(round(b.nominal / a.nominal, 2))} times"
        yield Finding(
            check=CHECK.id,
            severity=CHECK.severity,
            message=f'Multiple "{m.text}" of {a.text} for {b.text} does not follow from them: {b.text} ÷ {a.text} = {shown}',
            **sentence_locations(reading, multiple_index, "multiple", ((a, "before"), (b, "after"))),
            evidence=(
                ("before", a.text),
                ("after", b.text),
                ("stated", m.text),
                ("recomputed", f"{b.text} ÷ {a.text} = {shown}"),
            ),
            values=(FigureValue.of("before", a), FigureValue.of("after", b), FigureValue.of("multiple", m)),
            assumption=next((assumed for _, assumed in readings if assumed), None)
            or "the multiple compares the two values printed with it",
            identity=f"{a.text}\x1f{b.text}\x1f{m.text}",
        )


CHECK = Check(
    id="discovered-change",
    severity=Severity.WARNING,
    summary="A change printed with the values it goes between that they contradict (found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    discovery=True,
    per_document=True,
)
