"""A result's share of its year's plan, target or budget that the plan another article of the run states contradicts
(found without claims).

## What it flags
A Chinese sentence that gives what was done as a share of the year's plan
without the plan's figure: `共办理法律援助案件5326件，…，完成年度目标的104.2%`,
`实际投入…项目资金3120万元，其中…，为年初预算的95.7%`. The share follows 完成 / 为 /
占 / 达到 / 相当于 and the plan's word (计划, 目标, 预算, 任务, after 年初 / 全年 / 年度
or none). The part is the last amount of the share's sentence before it, not
a comparison's base (`比2023年的4873件`), nor a part listed after 其中 (the
amount before 其中 is).

When the article itself states no plan for the thing, the run's other
articles are read for it: an amount of the same dimension with a plan's word
before it (计划, 预算, 目标, 任务, 安排, 将, 拟: `2024年全市计划办理法律援助案件5200件以上`, `今年全市将新建口袋公园50个`,
`2024年全县秸秆综合利用项目预算资金3200万元`), for the same year as the part and
the whole year, whose words before it share four characters in a row with the
part's (`法律援助案件`, `秸秆综合利用项目`), not a neighbour's. When every such
plan states one value, the share is recomputed from the part and that plan,
allowing for how the part and the share are rounded (a plan is a number set,
exact; `5200件以上` is at least 5200), and a share outside that range is
flagged.

Not judged: a plan its own article states (discovered-share-of judges the share
against it), plans of different values, a part or a plan whose year is not
known.

## Why it matters
A share of the plan is typed from the plan in last spring's article: a digit
slipped in either, or the plan taken from another line, reads as plausible
because the plan's figure is not beside the share.

## Example
chenglan-1: `2024年全市计划办理法律援助案件5200件以上`; chenglan-3: `2024年全市…共办理法律援助案件
5326件，…，完成年度目标的104.2%`: `Share "104.2%" of the plan does not follow from the run's
figures: "5326件" ÷ "5200件以上" (2024) = 102.42%`.

## How to fix
Recompute the share from the result and the plan at their sources, and
correct the share or the figure that is wrong.
"""

from __future__ import annotations

from auditor.audit import Audit, Check
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile

# The share's words: 完成年度目标的, 为年初预算的, 占全年计划的.
_PLAN_SHARE_BEFORE = lazy_compile(
    r"(?:完成|为|占|达到?|相当于)了?(?:年初|全年|年度|本年度|今年)?的?(?:计划|目标|预算|任务)(?:任务|数)?的[ \t]{0,2}$"
)
PLAN_SHARE_REACH = 16  # characters before a share in which its words stand
# A comparison's base before an amount: 比2023年的4873件.
_BASE_BEFORE = lazy_compile(r"(?:比|较|同比|与)[^，,。；;]{0,12}?的?[ \t]{0,2}$")
_OF_WHICH = lazy_compile(r"其中")
# A plan's word before its amount: 计划办理…, 预算资金, 目标任务, 安排…资金, 今年全市将新建… (将 of the future, not
# 将近, nearly), 拟.
_PLAN_WORD = lazy_compile(r"计划|预算|目标|任务|安排|将(?!近)|拟")
LEAD_REACH = 16  # characters before an amount in which its words are read
MIN_SHARED = 4  # characters in a row the part's words and the plan's share
_HAN_RUN = lazy_compile(r"[\u4e00-\u9fff]+")


def _lead(text: str, clause_start: int, position: int) -> str:
    """The Chinese characters right before an amount, in its clause."""
    return "".join(_HAN_RUN.findall(text, max(clause_start, position - LEAD_REACH), position))


def _share_a_run(first: str, second: str) -> bool:
    """Whether two texts share MIN_SHARED characters in a row (without the plan's own words)."""
    first, second = _PLAN_WORD.sub("|", first), _PLAN_WORD.sub("|", second)
    return any(
        first[i : i + MIN_SHARED] in second
        for i in range(len(first) - MIN_SHARED + 1)
        if "|" not in first[i : i + MIN_SHARED]
    )


def _part_of(reading, share_index: int):
    """The amount a plan share is of: the last one of its sentence before it, not a comparison's base, and before
    其中 when a list of parts stands between."""
    from auditor.discovery import comparable

    text = reading.document.visible_text
    sentence = reading.sentence_of(share_index)
    share = reading.figures[share_index]
    candidates = [
        index
        for index in reading.figures_in(sentence.start, share.start)
        if reading.figures[index].kind == "quantity"
        and reading.figures[index].direction is None
        and comparable(reading.figures[index])
        and not _BASE_BEFORE.search(
            text, max(sentence.start, reading.figures[index].start - 16), reading.figures[index].start
        )
        # (计划办理法律援助案件5200件以上，上半年…已完成全年目标的50.3%: the plan is the whole, not the part)
        and not _PLAN_WORD.search(_lead(text, reading.clause_of(index).start, reading.figures[index].start))
    ]
    listings = list(_OF_WHICH.finditer(text, sentence.start, share.start))
    if listings:
        # 3120万元，其中中央财政资金1600万元、…，为年初预算的95.7%: the amount before 其中
        candidates = [i for i in candidates if reading.figures[i].end <= listings[0].start()]
    return candidates[-1] if candidates else None


def run(audit: Audit):
    from auditor.checks._derived import bounds, overlaps, share_range
    from auditor.checks._year_figures import WHOLE_YEAR, RunFigures
    from auditor.discovery import comparable
    from auditor.discovery.frames import neighbour_named

    run_figures = RunFigures(audit)
    if len(run_figures.readings) < 2:
        return
    for reading in run_figures.readings:
        text = reading.document.visible_text
        if "的" not in text or "%" not in text:
            continue
        for share_index, share in enumerate(reading.figures):
            if share.kind != "percent" or share.direction is not None:
                continue
            if not _PLAN_SHARE_BEFORE.search(text, max(0, share.start - PLAN_SHARE_REACH), share.start):
                continue
            part_index = _part_of(reading, share_index)
            if part_index is None:
                continue
            part = reading.figures[part_index]
            year, period = run_figures.period_of(reading, part_index)
            if year is None or period not in WHOLE_YEAR:
                continue
            part_lead = _lead(text, reading.clause_of(part_index).start, part.start)
            plans = []
            for other in run_figures.readings:
                other_text = other.document.visible_text
                for index, figure in enumerate(other.figures):
                    if (
                        figure.kind != "quantity"
                        or figure.direction is not None
                        or not comparable(figure)
                        or not figure.same_dimension(part)
                        # (办理法律援助案件…件 is no plan of 新增法律援助工作站20个: counted in another measure word)
                        or (figure.dimension == "[count]" and figure.written_unit != part.written_unit)
                    ):
                        continue
                    clause = other.clause_of(index)
                    lead = _lead(other_text, clause.start, figure.start)
                    if not _PLAN_WORD.search(lead) or not _share_a_run(part_lead, lead):
                        continue
                    plan_year, plan_period = run_figures.period_of(other, index)
                    if plan_year != year or plan_period not in WHOLE_YEAR:
                        continue  # another year's plan, or a part of the year's
                    sentence = other.sentence_of(index)
                    if neighbour_named(other_text, sentence.start, figure.start, run_figures.neighbours):
                        continue
                    plans.append((other, index))
            if not plans or any(other is reading for other, _ in plans):
                continue  # no plan in the run, or one in the share's own article: discovered-share-of's to judge
            values = {other.figures[index].nominal for other, index in plans}
            if len(values) != 1:
                continue
            other, plan_index = min(plans, key=lambda hit: (hit[0].document.path, hit[1]))
            whole = other.figures[plan_index]
            allowed = share_range(part, whole, exact_whole=True)
            if allowed is None or bounds(share)[0] is None or overlaps(bounds(share), allowed):
                continue
            yield _finding(reading, share_index, part_index, other, plan_index, year, allowed)


def _finding(reading, share_index, part_index, other, plan_index, year, allowed) -> Finding:
    from auditor.checks._derived import percent_range_text
    from auditor.formatting import format_amount

    document = reading.document
    share, part, whole = reading.figures[share_index], reading.figures[part_index], other.figures[plan_index]
    computed = part.nominal * 100 / whole.nominal
    shown = format_amount(round(computed, 2))
    sentence = reading.sentence_of(share_index)
    part_sentence, plan_sentence = reading.sentence_of(part_index), other.sentence_of(plan_index)
    plan_line = other.document.position(whole.start)[0]
    recomputed = f'"{part.text}" ÷ "{whole.text}" ({year}) = {shown}%'
    return Finding(
        check=CHECK.id,
        severity=CHECK.severity,
        message=f'Share "{share.text}" of the plan does not follow from the run\'s figures: {recomputed}',
        location=document.figure_location(sentence.start, sentence.end, share.start, share.end, "share"),
        related=(
            document.figure_location(part_sentence.start, part_sentence.end, part.start, part.end, "part"),
            other.document.figure_location(plan_sentence.start, plan_sentence.end, whole.start, whole.end, "plan"),
        ),
        evidence=(
            ("part", part.text),
            ("plan", f"{whole.text} at {other.document.path}:{plan_line}"),
            ("recomputed", recomputed),
            ("stated", share.text),
            ("within rounding", percent_range_text(allowed)),
        ),
        values=(FigureValue.of("part", part), FigureValue.of("plan", whole), FigureValue.of("share", share)),
        assumption=f"the share is of the {year} plan another article of the run states for the same words",
        identity=f"{share.text}\x1f{part.text}\x1f{whole.text}",
    )


CHECK = Check(
    id="discovered-plan-share",
    severity=Severity.WARNING,
    summary="A result's share of its year's plan that the plan another article of the run states contradicts "
    "(found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    discovery=True,
)
