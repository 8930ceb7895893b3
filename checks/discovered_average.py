"""An average printed beside the total and the count it divides, which they contradict (found without claims).

## What it flags
A sentence that gives a total, the count it is shared among, and the
average per unit, when total ÷ count does not give the average even allowing
for how each of the three is rounded and qualified:
- the average is marked as one: 人均 / 户均 / 亩均 / 平均每人(次) / 平均每户
  before it, or `each`, `apiece`, `per <thing>`, `an average of` (`at $5,000
  each`, `about $3,000 per laptop`, `户均4000元`, `人均增收1500元`);
- the total is the one other figure of the sentence measured like the
  average (yuan with yuan, dollars with dollars); when the average names
  what it measures (人均增收, 人均可支配收入), the one whose words name it too
  (人均增收 … 共增收4800万元; not 地区生产总值 for 人均可支配收入);
- the count is the one figure of the sentence counting people, households,
  person-times or other things (3000户, 240 households, 1,200 laptops, 3.6万亩).

Not judged: a total supposed in its clause (`假如你的應評稅入息為120,001元至
200,000元，…三個財政年度…平均2,020元`, `if your income is…`: a value supposed, not an
amount shared out); figures parted by a verb of saying (`对于…９亿元资产，黄怒波表示，…２，０００平方米的商铺，…
大约５万元每平方米`: the reporter's framing, then a speaker's words of another thing), an average over a month, a year or a day (每人每月300元, $250 a
month: the total is over another period), sentences with two counts or no
total, and an average whose words name no metric when there are several
totals.

## Why it matters
Readers divide the total by the count; an average that does not follow means
one of the three is wrong (a slipped digit, 万 for 千, the count of another
group).

## Example
`今年共发放种粮补贴1200万元，惠及3000户，户均6000元`: 1200万元 ÷ 3000户 = 4000元.
Not flagged: `户均4000元` there, `at $5,000 each` for $1.2 million to 240
households, `人均消费约1500元` for 1.29亿元 and 8.6万人次.

## How to fix
Recompute the average from the total and the count at their sources, and
correct whichever of the three is wrong.
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._derived import (
    COUNTED_DIMENSIONS,
    average_of,
    average_range,
    bounds,
    is_rate,
    measured_in,
    overlaps,
    per_unit_fits,
    sentence_locations,
)
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile

# The words that mark a figure as an average, right before it (with the metric between: 人均增收1500元).
_AVERAGE_BEFORE = lazy_compile(
    r"(?:人均|户均|亩均|平均每(?:人次|人|户|家|亩|个)?|均)([^，,。；;：:\d]{0,6})$|(?i:\ban\s+average\s+of\s+)$"
)
# A value supposed in its clause (假如你的收入为…, "if your income is…"): no amount that is shared out.
_SUPPOSED = lazy_compile(r"假如|如果|假设|倘若|要是|(?i:\bif\b|\bsuppose\b)")
_AVERAGE_AFTER = lazy_compile(r"(?i)\s{0,2}(?:each|apiece|per\s+[a-z]+)\b")
# An average over a period is not the total over the count.
_PERIODIC = lazy_compile(
    r"每(?:月|年|天|日|周)|月均|年均|日均|(?i:\b(?:a|per|each)\s+(?:month|year|day|week)\b|\bmonthly\b|\bannual(?:ly)?\b)"
)


# What an average's marker says it is per: 人均 per person (or person-time), 户均 per household, 亩均 per area.
_MARKER_DIMENSIONS = (
    ("人次", ("[person_time]",)),
    ("人均", ("[person]", "[person_time]")),
    ("每人", ("[person]", "[person_time]")),
    ("户均", ("[household]",)),
    ("每户", ("[household]",)),
    ("每家", ("[household]", "[count]")),
    ("亩均", ("[length] ** 2",)),
    ("每亩", ("[length] ** 2",)),
)


def _marker_fits(word: str, after, text: str, count) -> bool:
    """The average's own words name what it is per, and the count counts that: 户均 over 3000户, not over
    2800名学生; "per student" over 1,200 students, not over 1,200 laptops."""
    for marker, dimensions in _MARKER_DIMENSIONS:
        if marker in word:
            return count.dimension in dimensions
    if after is not None and after.group(0).strip().lower().startswith("per "):
        thing = after.group(0).split()[-1].lower().rstrip("s")
        written = (count.written_unit or "").lower()
        return bool(thing) and thing in written
    return True


def _candidates(reading):
    """(average index, total index, count index, unit the average is per) per sentence giving all three."""
    from auditor.discovery import comparable

    text = reading.document.visible_text
    for sentence in reading.sentences:
        if _PERIODIC.search(text, sentence.start, sentence.end):
            continue
        indexes = [i for i in reading.figures_in(sentence.start, sentence.end) if comparable(reading.figures[i])]
        for index in indexes:
            figure = reading.figures[index]
            clause = reading.clause_of(index)
            before = _AVERAGE_BEFORE.search(text, max(clause.start, figure.start - 12), figure.start)
            after = _AVERAGE_AFTER.match(text, figure.end, min(sentence.end, figure.end + 20))
            rate = is_rate(figure)
            if before is None and after is None and not rate:
                continue
            metric = (before.group(1) or "").strip() if before is not None and before.lastindex else ""
            measure = measured_in(figure)
            totals = [
                i
                for i in indexes
                if i != index
                and reading.figures[i].dimension == measure
                and not is_rate(reading.figures[i])
                and reading.figures[i].kind == "quantity"
                # 假如你的應評稅入息為120,001元至200,000元: a value supposed, no amount shared out
                and not _SUPPOSED.search(text, reading.clause_of(i).start, reading.figures[i].start)
            ]
            if metric:
                # 人均可支配收入 is not 地区生产总值 ÷ 常住人口: the total must be of the metric the average names.
                totals = [
                    i
                    for i in totals
                    if metric in text[max(sentence.start, reading.figures[i].start - 8) : reading.figures[i].start]
                ]
            counts = [
                i
                for i in indexes
                if i != index
                and reading.figures[i].kind == "quantity"
                and (
                    reading.figures[i].dimension in COUNTED_DIMENSIONS
                    or reading.figures[i].dimension == "[length] ** 2"
                )
                and reading.figures[i].dimension != measure
            ]
            if len(totals) == 1 and len(counts) == 1:
                count = reading.figures[counts[0]]
                word = before.group(0) if before is not None else ""
                if per_unit_fits(figure, count) and _marker_fits(word, after, text, count):
                    per = "亩" if ("亩均" in word or "每亩" in word) else None
                    yield index, totals[0], counts[0], per


# A verb of saying between the figures: the reporter's framing on one side, a speaker's own statement on the other.
_SAYING = lazy_compile(r"(?:表示|认为|指出|强调|介绍|说)[，,：:]|(?i:\b(?:said|says|told)\b)")


def run(audit: Audit):
    from auditor.discovery import reading_of
    from auditor.formatting import format_like

    for document in audit.documents.values():
        reading = reading_of(audit, document)
        text = document.visible_text
        for average_index, total_index, count_index, per in _candidates(reading):
            average, total, count = (reading.figures[i] for i in (average_index, total_index, count_index))
            first, last = sorted((total, count, average), key=lambda f: f.start)[::2]
            if _SAYING.search(text, first.end, last.start):
                continue  # "对于…９亿元资产，黄怒波表示，…２，０００平方米的商铺，…每平方米": a speaker's words of another thing
            allowed = average_range(total, count, average, per)
            if allowed is None or overlaps(bounds(average), allowed):
                continue
            computed = average_of(total, count, average, per)
            shown = format_like(computed, average, rounded=True)
            yield Finding(
                check=CHECK.id,
                severity=CHECK.severity,
                message=f'Average "{average.text}" does not follow from {total.text} over {count.text}: '
                f"{total.text} ÷ {count.text} = {shown}",
                **sentence_locations(reading, average_index, "average", ((total, "total"), (count, "count"))),
                evidence=(
                    ("total", total.text),
                    ("count", count.text),
                    ("recomputed", f"{total.text} ÷ {count.text} = {shown}"),
                    ("stated", average.text),
                ),
                values=(
                    FigureValue.of("total", total),
                    FigureValue.of("count", count),
                    FigureValue.of("average", average),
                ),
                assumption="the average is the total printed with it divided by the count printed with it",
                identity=f"{total.text}\x1f{count.text}\x1f{average.text}",
            )


CHECK = Check(
    id="discovered-average",
    severity=Severity.WARNING,
    summary="An average printed with its total and count that they contradict (found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    discovery=True,
    per_document=True,
)
