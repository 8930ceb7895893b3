"""Spans of years and anniversaries that disagree with the dates they connect.

## What it flags
A `span:` relation whose span (时隔12年, 7年间, 三年来) or anniversary
(75周年) does not match the dates it connects: `from` and `to` are claims with
a year or date, literal years ("1949"), or `published` (the publication date
of the span's document, the default for `to`). Relative dates (去年8月,
今年9月1日) are resolved against their document's publication date first.

How years are counted: the difference of the calendar years named
(2023 − 2010 = 13). When both ends name a month, the span is measured in
months and may be up to a year short of the calendar difference.
- An anniversary must equal the difference exactly: error otherwise.
- A span off by exactly one year is a warning: counting from the end of a
  stay, or counting inclusively (三年来 for 2023–2025), is common and may be
  what the writer meant. The finding says which assumption it made.
- A span off by two years or more is an error.

## Why it matters
Year arithmetic is where drafts go wrong silently: an anniversary copied from
last year's article, a "7年间" that became 8 years.

## Example
002: `2010年，…张建峰作为第七批援疆干部` … `2023年，时隔12年之后`: 2023 − 2010 = 13
calendar years, not 12. He stayed a year and a half, so 12 may be right: a
warning. 002: `2024年是中华人民共和国成立75周年` with `from: "1949"`: 75, right.

## How to fix
Recount the years. If the article counts from a different event (the end of
a first stay), say so in the text or point `from` at that event.
"""

from __future__ import annotations

from fractions import Fraction

from auditor.audit import Audit, Check
from auditor.checks._claims import calendar_of, describe, located
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity

SPAN_KINDS = ("span", "anniversary")


def _endpoint(audit: Audit, reference: str, anchor_claim):
    """(year, month or None, description, claim or None) for a `from`/`to` value."""
    from auditor.claims import parse_partial_date

    if reference == "published":
        published = anchor_claim.published
        return published.year, published.month, f"published {published}", None
    literal = parse_partial_date(reference)
    if literal is not None:
        return literal.year, literal.month, reference, None
    claim = audit.claim_by_id(reference)
    calendar = calendar_of(claim) if claim is not None else None
    if calendar is None or calendar.year is None:
        return None
    return calendar.year, calendar.month, describe(claim), claim


def run(audit: Audit):
    from auditor.formatting import format_amount

    for relation in audit.relations:
        if relation.kind != "span":
            continue
        anchor = audit.claim_by_id(relation.anchor)
        if anchor is None or anchor.figure is None:
            continue
        figure = anchor.figure
        if figure.kind not in SPAN_KINDS:
            yield Finding(
                check=CHECK.id,
                severity=Severity.ERROR,
                message=f'Span relation on "{anchor.id}", whose figure {figure.text} is not a span of years or an anniversary',
                location=located(audit, anchor),
                claims=(anchor.id,),
                relation=str(relation.mark),
                identity=f"not-a-span\x1f{anchor.id}",
            )
            continue
        start = _endpoint(audit, relation.start, anchor)
        end = _endpoint(audit, relation.end, anchor)
        if start is None or end is None:
            continue
        (y1, m1, shown1, claim1), (y2, m2, shown2, claim2) = start, end
        stated = figure.nominal
        calendar_years = y2 - y1
        evidence = [
            ("span", describe(anchor)),
            ("from", shown1),
            ("to", shown2),
            ("calendar years", f"{y2} − {y1} = {calendar_years}"),
        ]
        if figure.kind == "anniversary":
            if calendar_years == stated:
                continue
            severity = Severity.ERROR
            assumption = None
            message = (
                f"{figure.text} does not match the dates: {y2} − {y1} = {calendar_years}, not {format_amount(stated)}"
            )
        else:
            if m1 and m2:
                months = (y2 - y1) * 12 + (m2 - m1)
                low, high = Fraction(months, 12) - 1, Fraction(months, 12) + 1
                evidence.append(("months", str(months)))
                if low < stated < high or stated == calendar_years:
                    continue
            elif stated == calendar_years:
                continue
            off_by = abs(calendar_years - stated)
            severity = Severity.WARNING if off_by <= 1 else Severity.ERROR
            assumption = (
                "years are counted as the difference of the calendar years named; counted from the end "
                "of the first event, or inclusively, the span can differ by one"
                if severity == Severity.WARNING
                else None
            )
            message = f"{figure.text} does not match the dates: {y2} − {y1} = {calendar_years} calendar years" + (
                ", a year off (a counting convention may explain it)" if severity == Severity.WARNING else ""
            )
        primary = located(audit, anchor)
        related = tuple(
            location
            for location in (located(audit, c) for c in (claim1, claim2) if c is not None and c.id != anchor.id)
            if (location.path, location.start, location.end) != (primary.path, primary.start, primary.end)
        )
        yield Finding(
            check=CHECK.id,
            severity=severity,
            message=message,
            location=primary,
            related=related,
            evidence=tuple(evidence),
            values=tuple(FigureValue.of(c.id, c.figure) for c in (anchor, claim1, claim2) if c is not None),
            assumption=assumption,
            claims=tuple(c.id for c in (anchor, claim1, claim2) if c is not None),
            relation=str(relation.mark),
            identity=f"{anchor.id}={figure.text}\x1f{relation.start}\x1f{relation.end}",
        )


CHECK = Check(
    id="date-arithmetic",
    severity=Severity.WARNING,
    summary="Spans of years and anniversaries that disagree with the dates they connect",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=True,
)
