"""A figure for the rest of a year (下半年鲜菇产量7.6万吨, 7-10月, "213 more homes in the second half of the year")
that is not the year's figure less the part before it, as the run states them (found without claims).

## What it flags
A figure its own sentence dates to the later part of a period, named by its
own time words: `下半年`, `四季度`, `7-10月` in Chinese; in English, after the
figure, `in the second half of the year`, `in the fourth quarter`, `in July
through December`. When the run (this article or another one of the series)
states the same thing's figure for the part before it (上半年, 1-9月, `the first
six months of 2024`, `January through June`) and for the whole period (the
year, told after it ended, or 1-10月), each once or agreeing, the part before
and the rest must add up to the whole within the rounding of the three.

The same thing: in Chinese, the words between the rest's time words and its
figure (`下半年鲜菇产量` → 鲜菇产量, `下半年挽回` → 挽回) stand right before the
other two figures, in the same dimension; in English, the three count the
same noun (homes, passengers) or are money of the same words after "in". The
year of each figure is the one named right after an English amount, past an
"of" phrase too (`521,900 pounds of household hazardous waste in 2024`; `up 11.4
percent from 468,300 pounds in 2023` is 2023's, whatever year the sentence opens
with), else the one its sentence names, else the year the article
reports on (the first it names in its opening), else, for a part of a year
that had ended when the article was published, the publication year (`1-6月`
in an article of July 15). A comma and the place may stand between the rest's
time words and its thing (`下半年，青溪县鲜笋产量4.7万吨`).

Not judged: a rest of a year whose sentence names a neighbour before it (`In
neighboring Kessel Township, crews paved 58 miles in the second half of the
year`), what a plan leaves to do (`按照计划，下半年还需完成管网254公里`,
`still needs to`), a part before the rest in the rest's own sentence (`其中上半年96部、
下半年117部` is a breakdown, which discovered-sum-mismatch reads), a period with
two figures that disagree, plans, changes, averages, shares and capacities,
a place the series names as a neighbour (`neighboring Dale County`, `In
neighboring Carrowmere`, `相邻的沙河县`), and a gap of more than a quarter of
the whole (the figures are of something else than the words found name).

## Why it matters
The second half is worked out by hand from two articles months apart, the
half-year release and the annual one; a slip in the subtraction reads as
plausible because neither of the other figures stands beside it.

## Example
lichuan-2: `2024年上半年，…鲜菇产量6.9万吨`; lichuan-3: `鲜菇产量14.1万吨` … `其中下半年鲜菇产量7.6万吨`:
`Figure "7.6万吨" for 7-12 of 2024 is not the year's figure less the part before it: "14.1万吨" (2024) −
"6.9万吨" (1-6) = 7.2万吨`.

## How to fix
Check the three figures at their sources and correct the rest of the year,
or the figure it was worked out from, that is wrong.
"""

from __future__ import annotations

from fractions import Fraction

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile

# The time words that name the rest of a period in its own clause (Chinese), and what may stand between them and
# the thing's words: 其中下半年鲜菇产量…, 第四季度全县完成….
_REST_WORDS_CN = lazy_compile(
    r"(?:下半年|(?:第)?[二三四]季度|(?<!\d)(?:[2-9]|1[0-2])[ \t]{0,2}(?:月份?)?[ \t]{0,2}[-—–至到][ \t]{0,2}\d{1,2}[ \t]{0,2}月份?)"
    # (a comma and the place may come between: 下半年，青溪县鲜笋产量4.7万吨)
    r"(?:[，,][ \t]{0,2})?(?P<words>[\u4e00-\u9fff]{0,14})$"
)
# Words before the thing that name no thing (the place, a verb of reaching) and after it (its verb).
_LEAD_CN = lazy_compile(
    r"^(?:全[县市区省镇乡]|本[县市区]|[\u4e00-\u9fff]{2}[县市](?=[\u4e00-\u9fff]{2})|共|累计|合计|实现|完成|又|再)+"
)
_TRAIL_CN = lazy_compile(r"(?:累计|合计|共计|共|达到|达|为|实现|完成|有|是|了)+$")
_VERB_CN = lazy_compile(r"完成|实现|累计|合计|共计")
# Words that name a later part of a period, looked for before any figure's period is read.
_ANY_REST = lazy_compile(
    # (a range of months found from its dash on: a search tried at every digit cost a scan of 1 MB 40 ms)
    r"下半年|[二三四]季度|[-—–至到][ \t]{0,2}(?:\d{1,2}|十[一二]?|[二三四五六七八九])[ \t]{0,2}月"
    r"|(?i:second[ \t]half|(?:second|third|fourth)[ \t]quarter|(?:July|August|September|October)[ \t]{0,2}(?:through|to|-|–))"
)
# What a plan leaves to do, before a rest-of-period figure in its sentence: 按照计划, 还需, 仍需, "still needs".
_STILL_TO_DO = lazy_compile(
    r"按照?计划|还需|还要|仍需|尚需|(?i:\bstill[ \t](?:needs?|has|have)[ \t]to\b|\bremaining[ \t]to\b)"
)
MIN_KEY = 2
MAX_RELATIVE_GAP = Fraction(1, 4)  # further off than this, the three figures are of different things


def _rest_part(part: str | None) -> tuple[str, str] | None:
    """For the later part of a period ("7-12", "10-12", "7-10"): (the part before it, the whole period). A single
    month is no rest of a period."""
    if not part or "-" not in part or part.startswith(("end", "season")):
        return None
    first, last = part.split("-")
    if not (first.isdigit() and last.isdigit()) or not 2 <= int(first) < int(last) <= 12:
        return None
    return f"1-{int(first) - 1}", f"1-{last}"


def _key_cn(text: str, sentence_start: int, figure) -> str | None:
    """The thing a Chinese rest-of-period figure counts: the words between its time words and it."""
    found = _REST_WORDS_CN.search(text, max(sentence_start, figure.start - 40), figure.start)
    if found is None:
        return None
    words = found.group("words")
    # 机场完成旅客吞吐量 → 旅客吞吐量: the thing after its verb (the body before the verb may be named otherwise
    # elsewhere: 棠川双溪国际机场累计完成旅客吞吐量)
    verbs = list(_VERB_CN.finditer(words))
    if verbs and len(words) - verbs[-1].end() >= MIN_KEY:
        words = words[verbs[-1].end() :]
    key = _TRAIL_CN.sub("", _LEAD_CN.sub("", words))
    return key if len(key) >= MIN_KEY else None


def _named_in_sentence(periods, text: str, sentence_start: int, figure, clause_end: int, part: str) -> bool:
    """Whether a figure's part of the year is named in its own sentence: before it, or in English right after
    it ("213 more homes in the second half of the year")."""
    import bisect

    first = bisect.bisect_left(periods.starts, sentence_start)
    last = bisect.bisect_left(periods.starts, figure.start)
    if any(entry[2] == part for entry in periods.entries[first:last]):
        return True
    if figure.text.isascii():
        after = periods.part_after(text, figure.end, clause_end)
        return after is not None and after.part == part
    return False


def _rests(reading, run_figures):
    """(index, year, part, key) for each figure of an article that its own sentence dates to the later part of a
    period and whose thing can be named."""
    from auditor.checks._year_figures import english_key
    from auditor.discovery import comparable
    from auditor.discovery.frames import kinds_of, neighbour_before

    text = reading.document.visible_text
    if not _ANY_REST.search(text):
        return  # (most articles name no later part of a period: their figures' periods are not read)
    for index, figure in enumerate(reading.figures):
        if figure.kind != "quantity" or figure.direction is not None or figure.qualifier or not comparable(figure):
            continue
        sentence = reading.sentence_of(index)
        if not _ANY_REST.search(text, sentence.start, sentence.end):
            continue
        year, part = run_figures.period_of(reading, index)
        if _rest_part(part) is None:
            continue
        clause = reading.clause_of(index)
        periods = run_figures.periods_of(reading)
        if not _named_in_sentence(periods, text, sentence.start, figure, clause.end, part):
            continue  # its part of the year is carried from another sentence or the headline
        if figure.text.isascii():
            key = english_key(text, figure, clause.end)
        else:
            key = _key_cn(text, sentence.start, figure)
        if not key or kinds_of(text, clause.start, figure, clause.end) & {"plan", "change", "average", "share"}:
            continue
        if neighbour_before(text, sentence.start, figure.start) is not None:
            continue  # "In neighboring Kessel Township, crews paved 58 miles in the second half": the neighbour's
        if _STILL_TO_DO.search(text, sentence.start, figure.start):
            continue  # 按照计划，下半年还需完成管网254公里: what a plan leaves to do, not what was done
        year = year if year is not None else _year_unstated(run_figures, reading, part)
        if year is not None:
            yield index, year, part, key


def _year_unstated(run_figures, reading, part: str | None) -> int | None:
    """The year of a figure whose sentence names none: the year the article reports on (the first its opening
    names), else, for a part of a year that had ended when the article was published, the publication year (1-6月
    in an article of July 15, 2024)."""
    periods = run_figures.periods_of(reading)
    report = periods.report
    if report and report[:4].isdigit():
        return int(report[:4])
    publication = periods.publication
    if publication is not None and part and "-" in part:
        last = part.split("-")[1]
        if last.isdigit() and int(last) < publication.month:
            return publication.year
    return None


def run(audit: Audit):
    from auditor.checks._derived import bounds, overlaps
    from auditor.checks._year_figures import (
        KEY_REACH,
        RunFigures,
        Stated,
        earliest,
        english_key,
        names_it_alone,
        one_value,
        year_over,
    )
    from auditor.discovery.frames import homes_apart
    from auditor.discovery.pairs import in_quotation

    run_figures = RunFigures(audit)
    for reading in run_figures.readings:
        for rest_index, year, part, key in list(_rests(reading, run_figures)):
            rest = reading.figures[rest_index]
            before_part, whole_part = _rest_part(part)
            chinese = not key.isascii()
            homes = run_figures.homes(reading)
            rest_sentence = reading.places[rest_index][0]

            def same_thing(other, index, sentence, clause, key=key, chinese=chinese):
                text = other.document.visible_text
                figure = other.figures[index]
                if not chinese:
                    return english_key(text, figure, clause.end) == key
                return key in text[max(clause.start, figure.start - KEY_REACH) : figure.start]

            found = {"before": [], "before dated": [], "whole": [], "whole dated": []}
            for other, index, _sentence, clause in run_figures.stated(
                rest, same_thing, homes=homes, needle=key if chinese else None
            ):
                if other is reading and index == rest_index:
                    continue
                if homes_apart(homes, run_figures.homes(other)):
                    continue  # another county's article in the series
                stated_year, stated_part = run_figures.period_of(other, index)
                inferred = stated_year is None and stated_part not in (None, "1-12")
                if inferred:
                    stated_year = _year_unstated(run_figures, other, stated_part)
                if stated_year != year:
                    continue
                text = other.document.visible_text
                figure = other.figures[index]
                alone = (
                    names_it_alone(text, clause.start, figure, key, homes=homes | run_figures.homes(other))
                    if chinese
                    else True
                )
                hit = Stated(other, index, alone, not in_quotation(text, figure.start))
                if stated_part == before_part:
                    if other is reading and other.places[index][0] == rest_sentence:
                        found["before"] = None  # 其中上半年96部、下半年117部: a breakdown, read as a sum
                        break
                    found["before"].append(hit)
                    if not inferred:
                        found["before dated"].append(hit)
                elif stated_part == whole_part or (
                    whole_part == "1-12"
                    and stated_part is None
                    and year_over(year, run_figures.periods_of(other).publication)
                ):
                    found["whole"].append(hit)
                    if not inferred:
                        found["whole dated"].append(hit)
            if found["before"] is None:
                continue
            # (the figures whose own sentence names their year decide first: 2025年上半年…58.6万头 over a part of
            # another thing its article dates only by the year it reports on)
            befores = one_value(found["before dated"]) or one_value(found["before"])
            wholes = one_value(found["whole dated"]) or one_value(found["whole"])
            if not befores or not wholes:
                continue
            before_hit, whole_hit = earliest(befores), earliest(wholes)
            before, whole = before_hit.figure, whole_hit.figure
            if not (before.same_dimension(whole) and rest.same_dimension(whole)) or whole.nominal <= 0:
                continue
            if before.written_unit != whole.written_unit and not chinese:
                continue
            expected = whole.nominal - before.nominal
            if expected <= 0:
                continue
            # the values each figure may stand for, its rounding included (7.1万吨 − 3.46万吨 is 3.6万吨 written to
            # one decimal)
            (whole_low, whole_high), (before_low, before_high) = bounds(whole), bounds(before)
            if None in (whole_low, whole_high, before_low, before_high):
                continue
            if overlaps(bounds(rest), (whole_low - before_high, whole_high - before_low)):
                continue
            if abs(expected - rest.nominal) > whole.nominal * MAX_RELATIVE_GAP:
                continue
            yield _finding(reading, rest_index, year, part, before_part, before_hit, whole_hit, expected)


def _finding(reading, rest_index, year, part, before_part, before_hit, whole_hit, expected) -> Finding:
    from auditor.formatting import format_like

    document = reading.document
    rest = reading.figures[rest_index]
    sentence = reading.sentence_of(rest_index)
    whole_label = str(year) if part.endswith("-12") else f"{year}, 1-{part.split('-')[1]}"
    worked = (
        f'"{whole_hit.figure.text}" ({whole_label}) − "{before_hit.figure.text}" ({before_part}) = '
        f"{format_like(expected, whole_hit.figure)}"
    )
    related, where = [], []
    for hit, label in ((before_hit, "part before"), (whole_hit, "whole")):
        other, figure = hit.reading, hit.figure
        at = other.sentence_of(hit.index)
        related.append(other.document.figure_location(at.start, at.end, figure.start, figure.end, label))
        where.append((label, f"{figure.text} at {other.document.path}:{other.document.position(figure.start)[0]}"))
    return Finding(
        check=CHECK.id,
        severity=CHECK.severity,
        message=(f'Figure "{rest.text}" for {part} of {year} is not the whole less the part before it: {worked}'),
        location=document.figure_location(sentence.start, sentence.end, rest.start, rest.end, "rest"),
        related=tuple(related),
        evidence=(
            *where,
            ("worked out", worked),
            ("stated", rest.text),
            ("difference", format_like(abs(expected - rest.nominal), whole_hit.figure)),
        ),
        values=(
            FigureValue.of("part before", before_hit.figure),
            FigureValue.of("whole", whole_hit.figure),
            FigureValue.of("rest", rest),
        ),
        assumption=(
            f"the part before and the whole are the run's {before_part} and whole-period figures of {year} "
            "for the same words"
        ),
        identity=f"{rest.text}\x1f{before_hit.figure.text}\x1f{whole_hit.figure.text}",
    )


CHECK = Check(
    id="discovered-rest-of-year",
    severity=Severity.WARNING,
    summary="A figure for the rest of a year that is not the run's whole-year figure less the part before it "
    "(found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    discovery=True,
)
