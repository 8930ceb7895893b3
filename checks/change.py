"""A declared change that the values it goes between do not give.

## What it flags
A `change:` / `from:` / `to:` relation where the change claim does not follow
from the value before and the value after, allowing for how each of the
three is rounded and qualified. What the change is depends on its unit:
- a percentage (增长22.4%, up 12%): relative to the value before,
  (after ÷ before − 1) × 100;
- percentage points (提高10.8个百分点): after − before, both percentages;
- an amount (增加了300万元, 减少200人): after − before, in the same units;
- a multiple (是去年的1.86倍, 翻一番, 2.5 times the 2022 level): after ÷
  before. `增长2倍` and `three times more` are read both ways, as one more
  than written (3 times the value before) and as written (common usage),
  and fire only when neither fits; the finding says so.
A fall (下降, 减少, fell, down) is a negative change, so a change that goes the
wrong way (two years swapped) is an error; a change written with no
direction (变化5%) is compared by size only. A percentage change between two
percentages that is really their difference in points is named as such.
Also an error: a before and an after that measure different things, or
points between figures that are not percentages.

## Why it matters
Editors recompute growth rates by hand on every statistics story; a change
that its own figures contradict means one of the three is wrong, or
percentage points were called percent, which misstates the change.

## Example
```yaml
relations:
  - change: c-income-growth   # 增长22.4%
    from: c-income-2023       # 1.52万元
    to: c-income-2024         # 1.86万元
```
1.86万元 ÷ 1.52万元 − 1 = 22.37%: 22.4% is right; 24% would be an error, and
so would 下降22.4%. From 86.3% to 97.1% is 10.8 points, so 提高10.8% is an error
that says points were written as percent.

## How to fix
Recompute the change from the two values at their sources; write a
difference of two percentages in percentage points (个百分点); check that
`from:` is the earlier value.
"""

from __future__ import annotations

from fractions import Fraction

from auditor.audit import Audit, Check
from auditor.checks._claims import describe
from auditor.checks._derived import (
    PERCENT_UNITS,
    POINTS_UNIT,
    change_range,
    declared,
    measures_alike,
    multiple_readings,
    overlaps,
    signed,
)
from auditor.checks._docs import docs_of
from auditor.findings import Finding, Severity

_UNITS = {"relative": "%", "points": " points", "ratio": " times"}


def _kind(change, before) -> str | None:
    """How the change relates the two values: relative, points, difference, ratio; None when it cannot."""
    if change.unit in PERCENT_UNITS:
        return "relative"
    if change.unit == POINTS_UNIT:
        return "points"
    if change.dimension == "[multiple]":
        return "ratio"
    if measures_alike(change, before):
        return "difference"
    return None


def _readings(change, kind: str) -> list[tuple[tuple, str | None]]:
    """The ranges the stated change may stand for, each with what reading it assumes."""
    if kind == "ratio":
        return multiple_readings(change)
    stated = signed(change)
    if change.direction is None and (stated[0] is None or stated[0] >= 0):
        # No direction written (变化5%): the size of the change, either way.
        negated = (None if stated[1] is None else -stated[1], None if stated[0] is None else -stated[0])
        return [(stated, "no direction written: compared by size"), (negated, "no direction written: compared by size")]
    return [(stated, None)]


def _computed(kind: str, before, after) -> Fraction:
    a, b = before.nominal, after.nominal
    if kind == "relative":
        return (b / a - 1) * 100
    if kind == "ratio":
        return b / a
    return b - a


def _shown(kind: str, value: Fraction, before) -> str:
    from auditor.formatting import format_amount, format_like

    sign = "−" if value < 0 else ""
    if kind == "difference":
        return sign + format_like(abs(value), before)
    return f"{sign}{format_amount(round(abs(value), 2))}{_UNITS[kind]}"


def _arithmetic(kind: str, before, after) -> str:
    if kind == "relative":
        return f"{after.text} ÷ {before.text} − 1"
    if kind == "ratio":
        return f"{after.text} ÷ {before.text}"
    return f"{after.text} − {before.text}"


def run(audit: Audit):
    for (change, before, after), common in declared(audit, "change", CHECK.id):
        c, a, b = change.figure, before.figure, after.figure
        kind = _kind(c, a)
        problem = None
        if not measures_alike(a, b):
            problem = f'Values "{before.id}" ({a.text}) and "{after.id}" ({b.text}) are in incompatible units'
        elif kind is None:
            problem = f'Change "{change.id}" ({c.text}) is in other units than the values it goes between ({a.text})'
        elif kind == "points" and not (a.unit in PERCENT_UNITS and b.unit in PERCENT_UNITS):
            problem = f'Change "{change.id}" ({c.text}) is in percentage points, but {a.text} and {b.text} are not percentages'
        if problem is not None:
            yield Finding(
                severity=Severity.ERROR,
                message=problem,
                evidence=(("change", describe(change)), ("before", describe(before)), ("after", describe(after))),
                identity=f"units\x1f{change.id}\x1f{before.id}\x1f{after.id}",
                **common,
            )
            continue
        allowed = change_range(kind, a, b)
        if allowed is None:
            continue
        readings = _readings(c, kind)
        if any(overlaps(reading, allowed) for reading, _ in readings):
            continue
        computed = _computed(kind, a, b)
        shown = _shown(kind, computed, a)
        recomputed = f"{_arithmetic(kind, a, b)} = {shown}"
        message = f'Change "{change.id}" ({c.text}) does not follow from {a.text} to {b.text}: {recomputed}'
        stated = signed(c)
        backwards = (-stated[1] if stated[1] is not None else None, -stated[0] if stated[0] is not None else None)
        if kind != "ratio" and c.direction is not None and overlaps(backwards, allowed):
            message = (
                f'Change "{change.id}" ({c.text}) goes the wrong way: from {a.text} to {b.text} is {shown}'
                " (are the two values swapped?)"
            )
        elif kind == "relative" and a.unit in PERCENT_UNITS and b.unit in PERCENT_UNITS:
            points = change_range("points", a, b)
            if points is not None and any(overlaps(reading, points) for reading, _ in readings):
                message = (
                    f'Change "{change.id}" ({c.text}) is the difference of {a.text} and {b.text} in percentage points, '
                    f"written as percent; the relative change is {shown}"
                )
        low, high = allowed
        evidence = [
            ("before", f"{before.id}: {describe(before)}"),
            ("after", f"{after.id}: {describe(after)}"),
            ("recomputed", recomputed),
            ("stated", c.text),
            ("within rounding", f"{_shown(kind, low, a)} to {_shown(kind, high, a)}"),
        ]
        assumption = next((assumed for _, assumed in readings if assumed), None)
        yield Finding(
            severity=CHECK.severity,
            message=message,
            evidence=tuple(evidence),
            assumption=assumption,
            identity=f"{change.id}={c.text}\x1f{before.id}={a.text}\x1f{after.id}={b.text}",
            **common,
        )


CHECK = Check(
    id="change",
    severity=Severity.ERROR,
    summary="A declared change that the values it goes between do not give",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=True,
)
