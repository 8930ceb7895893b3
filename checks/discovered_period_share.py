"""A part of the year's share of the whole year (上半年完成量占全年大中修总量的48.0%) that the run's figures for the
two periods contradict (found without claims).

## What it flags
A Chinese sentence that gives what a part of a year made of the whole year
as a share, naming both by their periods and neither by its figure:
`上半年完成量占全年大中修总量的48.0%`, `1至4月的春季造林占全年造林面积的61.5%`,
`上半年实现的网络零售额仅占全年的49.2%`, `上半年新增托位占全年新增量的58.3%`, `上半年销售占全年的
比重为46.2%`. The part of
the year is 上半年, 下半年, 一季度, 前三季度 or 1至N月; the year is one the sentence
names before 全年, else the year its sentence is of, else the year the article
reports on (the first it names in its opening).

When the run (this article or another one of the series) states the thing's
figure for that part of the year and for the whole year, each once or
agreeing (found as discovered-years-total finds a year's figure:
checks/_year_figures.py; the whole year's may also stand in the share's own
sentence before it: `去年实现销售收入15.6亿元，上半年销售占全年的比重为46.2%`), the share
is recomputed from them and compared,
allowing for how each of the three is rounded. The thing is named by the
words between the part of the year and 占 (`实现的网络零售额` → 网络零售额), else by
those between 全年 and 的 (`大中修总量` → 大中修, `造林面积` → 造林), which must stand
right before both figures.

A capacity (`日供餐能力9.6万份`, `a capacity of`) is no period's amount, and when the
whole is found, parts in another measure than the whole's (`供餐1840万餐` beside a
`…万份`) are left aside.

Not judged: a share more than a quarter off the recomputed one (it is of
something else than the words found name), a part or a whole with no figure
in the run, or with two that disagree.

## Why it matters
A half-year's share of the year is typed from two articles months apart: a
slipped digit in either, or the plan's total taken for the result's, reads as
plausible because neither figure stands beside the share.

## Example
shihua-2: `2024年上半年全县完成农村公路大中修96公里`; shihua-3: `2024年全县完成农村公路大中修214公里` …
`上半年完成量占全年大中修总量的48.0%`: `Share "48.0%" of the year does not follow from the
run's figures: "96公里" (1-6) ÷ "214公里" (2024) = 44.86%` (48.0% is 96 of the plan's 200公里).

## How to fix
Recompute the share from the two periods' figures at their sources, and
correct the share or the figure that is wrong.
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile

_PERIOD_SHARE_CN = lazy_compile(
    r"(?P<part>上半年|下半年|一季度|前三季度|(?:1|一)(?:至|-|—)(?P<month>\d{1,2}|[二三四五六七八九十]|十[一二])月)"
    r"(?P<partwords>[^，,。；;\d%]{0,14}?)(?:仅|只|约)?(?:占|相当于)了?"
    r"(?:(?P<year>(?:19|20)\d\d)[ \t]{0,2}年)?全年(?P<wholewords>[^，,。；;\d%]{0,12}?)的"
    # (占全年的比重为46.2%: the share named as a proportion)
    r"(?:比重|比例|份额)?(?:为|是|达)?[ \t]{0,2}$"
)
_PARTS = {"上半年": "1-6", "下半年": "7-12", "一季度": "1-3", "前三季度": "1-9"}
_CN_MONTHS = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
# Words around the thing's name that name no thing: verbs, 的, seasons, measures of any thing.
_AROUND_NAME = lazy_compile(
    r"^(?:的|实现的|完成的|实现|完成|春季|秋季|夏季|冬季)+|(?:总量|总额|面积|里程|数量|量|额)+$"
)
MIN_KEY = 2
MAX_RELATIVE_GAP = 0.25  # a share further off than this from the recomputed one is of something else


def _part_of(match) -> str:
    if match.group("month"):
        written = match.group("month")
        month = int(written) if written.isdigit() else _CN_MONTHS.get(written, 0)
        return f"1-{month}" if 1 <= month <= 12 else ""
    return _PARTS[match.group("part")]


def _keys(match) -> list[str]:
    keys = []
    for words in (match.group("partwords"), match.group("wholewords")):
        key = _AROUND_NAME.sub("", (words or "").strip())
        if len(key) >= MIN_KEY and key not in keys:
            keys.append(key)
    return keys


def _shares(reading, run_figures):
    """(share index, part of the year, year, keys) for each period share a sentence states."""
    text = reading.document.visible_text
    if "全年" not in text:
        return
    for index, share in enumerate(reading.figures):
        if share.kind != "percent" or share.direction is not None:
            continue
        sentence = reading.sentence_of(index)
        found = _PERIOD_SHARE_CN.search(text, max(sentence.start, share.start - 48), share.start)
        if found is None:
            continue
        part = _part_of(found)
        keys = _keys(found)
        if not part or not keys:
            continue
        year = int(found.group("year")) if found.group("year") else run_figures.period_of(reading, index)[0]
        if year is None:
            # (上半年完成量占全年…: the year the article reports on, named in its opening)
            report = run_figures.periods_of(reading).report
            year = int(report[:4]) if report and report[:4].isdigit() else None
        if year is not None:
            yield index, part, year, keys


def run(audit: Audit):
    from auditor.checks._derived import bounds, overlaps, share_range
    from auditor.checks._year_figures import (
        KEY_REACH,
        RunFigures,
        Stated,
        earliest,
        names_it_alone,
        one_value,
        year_over,
    )
    from auditor.discovery.pairs import in_quotation

    run_figures = RunFigures(audit)
    for reading in run_figures.readings:
        for share_index, part, year, keys in _shares(reading, run_figures):
            share = reading.figures[share_index]
            homes = run_figures.homes(reading)
            for key in keys:
                found = {"part": [], "whole": []}

                def same_thing(other, index, sentence, clause, key=key):
                    text = other.document.visible_text
                    figure = other.figures[index]
                    return key in text[max(clause.start, figure.start - KEY_REACH) : figure.start]

                for other, index, _sentence, clause in run_figures.stated(
                    None, same_thing, skip=(reading, reading.places[share_index][0]), homes=homes, needle=key
                ):
                    stated_year, stated_part = run_figures.period_of(other, index)
                    if stated_year != year:
                        continue
                    text = other.document.visible_text
                    figure = other.figures[index]
                    hit = Stated(
                        other,
                        index,
                        names_it_alone(text, clause.start, figure, key, homes=homes | run_figures.homes(other)),
                        not in_quotation(text, figure.start),
                    )
                    if stated_part == part:
                        found["part"].append(hit)
                    elif stated_part in (None, "1-12") and year_over(year, run_figures.periods_of(other).publication):
                        found["whole"].append(hit)
                if not found["whole"]:
                    # 全县种子企业去年实现销售收入15.6亿元，上半年销售占全年的比重为46.2%: the whole stated in the
                    # share's own sentence, before the part of the year is named
                    found["whole"] = _whole_in_sentence(reading, share_index, key, year, run_figures, homes)
                measured = {hit.figure.written_unit for hit in found["whole"]}
                if measured and any(hit.figure.written_unit in measured for hit in found["part"]):
                    # 供餐1840万餐 beside 日供餐能力1.5万份: the part counted as the whole is (餐), not another measure
                    found["part"] = [hit for hit in found["part"] if hit.figure.written_unit in measured]
                parts, wholes = one_value(found["part"]), one_value(found["whole"])
                if not parts or not wholes:
                    continue
                part_hit, whole_hit = earliest(parts), earliest(wholes)
                part_figure, whole_figure = part_hit.figure, whole_hit.figure
                if not part_figure.same_dimension(whole_figure) or whole_figure.nominal <= 0:
                    continue
                allowed = share_range(part_figure, whole_figure)
                if allowed is None or bounds(share)[0] is None or overlaps(bounds(share), allowed):
                    break
                computed = part_figure.nominal * 100 / whole_figure.nominal
                if abs(share.nominal - computed) > computed * MAX_RELATIVE_GAP:
                    break
                yield _finding(reading, share_index, part, year, part_hit, whole_hit, computed, allowed)
                break


def _whole_in_sentence(reading, share_index, key, year, run_figures, homes) -> list:
    """The whole year's figure for `key` stated in the share's sentence before the share's words, with its own
    year (a whole year or none), as a one-item list; [] when none."""
    from auditor.checks._year_figures import KEY_REACH, Stated, names_it_alone
    from auditor.discovery import comparable

    text = reading.document.visible_text
    sentence = reading.sentence_of(share_index)
    share = reading.figures[share_index]
    opening = _PERIOD_SHARE_CN.search(text, max(sentence.start, share.start - 48), share.start)
    if opening is None:
        return []
    found = []
    for index in reading.figures_in(sentence.start, sentence.start + opening.start()):
        figure = reading.figures[index]
        if figure.kind != "quantity" or figure.direction is not None or not comparable(figure):
            continue
        clause = reading.clause_of(index)
        if key not in text[max(clause.start, figure.start - KEY_REACH) : figure.start]:
            continue
        stated_year, stated_part = run_figures.period_of(reading, index)
        if stated_year == year and stated_part in (None, "1-12"):
            found.append(Stated(reading, index, names_it_alone(text, clause.start, figure, key, homes=homes), True))
    return found if len(found) == 1 else []


def _finding(reading, share_index, part, year, part_hit, whole_hit, computed, allowed) -> Finding:
    from auditor.checks._derived import percent_range_text
    from auditor.formatting import format_amount

    document = reading.document
    share = reading.figures[share_index]
    sentence = reading.sentence_of(share_index)
    shown = format_amount(round(computed, 2))
    related = []
    for hit, label in ((part_hit, "part"), (whole_hit, "whole")):
        other, figure = hit.reading, hit.figure
        where = other.sentence_of(hit.index)
        related.append(other.document.figure_location(where.start, where.end, figure.start, figure.end, label))
    part_line = part_hit.reading.document.position(part_hit.figure.start)[0]
    whole_line = whole_hit.reading.document.position(whole_hit.figure.start)[0]
    recomputed = f'"{part_hit.figure.text}" ({part}) ÷ "{whole_hit.figure.text}" ({year}) = {shown}%'
    return Finding(
        check=CHECK.id,
        severity=CHECK.severity,
        message=f'Share "{share.text}" of the year does not follow from the run\'s figures: {recomputed}',
        location=document.figure_location(sentence.start, sentence.end, share.start, share.end, "share"),
        related=tuple(related),
        evidence=(
            ("part", f"{part_hit.figure.text} at {part_hit.reading.document.path}:{part_line}"),
            ("whole", f"{whole_hit.figure.text} at {whole_hit.reading.document.path}:{whole_line}"),
            ("recomputed", recomputed),
            ("stated", share.text),
            ("within rounding", percent_range_text(allowed)),
        ),
        values=(
            FigureValue.of("part", part_hit.figure),
            FigureValue.of("whole", whole_hit.figure),
            FigureValue.of("share", share),
        ),
        assumption=f"the share is the run's {part} figure of {year} for the same words over its whole-year figure",
        identity=f"{share.text}\x1f{part_hit.figure.text}\x1f{whole_hit.figure.text}",
    )


CHECK = Check(
    id="discovered-period-share",
    severity=Severity.WARNING,
    summary="A part of the year's share of the year that the run's figures for the two periods contradict "
    "(found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    discovery=True,
)
