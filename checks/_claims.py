"""Helpers the claim-based checks share: where a claim stands, how to show its figure."""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction
from typing import TYPE_CHECKING

from auditor.findings import Location
from auditor.quotes import claim_file_location, claim_location, claim_site

if TYPE_CHECKING:
    from auditor.audit import Audit
    from auditor.claims import Claim
    from auditor.figures import CalendarRef, Figure

CALENDAR_KINDS = ("year", "date", "relative-date")


def located(audit: "Audit", claim: "Claim") -> Location:
    """The claim's quote in its document (figure highlighted), else the claim in its YAML."""
    return claim_location(audit, claim) or claim_file_location(claim)


def document_order(audit: "Audit", claim: "Claim") -> tuple:
    site = claim_site(audit, claim)
    return (claim.document, site.quote_span[0] if site.quote_span else -1, claim.id)


def comparable(audit: "Audit", claim: "Claim") -> bool:
    """A claim the consistency checks may use: it has a figure, and its value is not contradicted by its own quote.

    A value that matches no figure of its quote is reported by value-not-in-quote; comparing it
    with other claims as well would only repeat that error as spurious conflicts.
    """
    if claim.figure is None:
        return False
    if claim.value is None:
        return True
    site = claim_site(audit, claim)
    return site.quote_span is None or site.figure is not None


def claims_by_key(audit: "Audit") -> dict[str, list["Claim"]]:
    groups: dict[str, list] = defaultdict(list)
    for claim in audit.claims:
        if comparable(audit, claim):
            groups[claim.key].append(claim)
    return {key: sorted(claims, key=lambda c: document_order(audit, c)) for key, claims in sorted(groups.items())}


def calendar_of(claim: "Claim") -> "CalendarRef | None":
    """A year/date claim's calendar reference, relative dates resolved against publication."""
    figure = claim.figure
    if figure is None or figure.kind not in CALENDAR_KINDS:
        return None
    calendar = figure.calendar
    if calendar is None:
        return None
    if calendar.relative_year is not None:
        return calendar.resolve(claim.published.year)
    return calendar


def show_calendar(calendar: "CalendarRef") -> str:
    parts = [f"{calendar.year:04d}" if calendar.year is not None else "????"]
    if calendar.month:
        parts.append(f"{calendar.month:02d}")
        if calendar.day:
            parts.append(f"{calendar.day:02d}")
    return "-".join(parts)


def describe(claim: "Claim") -> str:
    """'108万元 = 1,080,000 CNY' (and the interval when the figure is not exact)."""
    from auditor.formatting import format_interval, format_value

    figure = claim.figure
    calendar = calendar_of(claim)
    if calendar is not None:
        resolved = show_calendar(calendar)
        if figure.calendar is not None and figure.calendar.relative_year is not None:
            return f"{figure.text} = {resolved} (published {claim.published})"
        return f"{figure.text} = {resolved}"
    nominal = format_value(figure.nominal, figure.unit)
    interval = format_interval(figure)
    if interval == nominal:
        return figure.text if nominal == figure.text else f"{figure.text} = {nominal}"
    return f"{figure.text} = {nominal} (read as {interval})"


def rounding_half_step(figure: "Figure") -> Fraction:
    """Half a step of the last digit written in an exact figure (80% → 0.5, 28.39% → 0.005), in base units.

    Figures already read as intervals (qualifiers, implied precision) carry
    their own width and get no extra tolerance.
    """
    import re

    if figure.low is None or figure.low != figure.high:
        return Fraction(0)
    numbers = re.findall(r"\d+(?:\.(\d+))?", figure.text.replace(",", ""))
    decimals = len(numbers[-1]) if numbers and numbers[-1] else 0
    written = Fraction(1, 10**decimals) / 2
    # Scale from the written unit to base units using the figure's own ratio.
    digits = re.findall(r"\d+(?:\.\d+)?", figure.text.replace(",", ""))
    if digits and Fraction(digits[-1]) != 0 and figure.nominal != 0:
        return written * figure.nominal / Fraction(digits[-1])
    return written


def widened(figure: "Figure") -> tuple[Fraction | None, Fraction | None]:
    """The figure's bounds widened by the rounding of exact figures."""
    tolerance = rounding_half_step(figure)
    low = None if figure.low is None else figure.low - tolerance
    high = None if figure.high is None else figure.high + tolerance
    return low, high


def relation_claims(audit: "Audit", ids) -> list["Claim"]:
    found = []
    for claim_id in ids:
        claim = audit.claim_by_id(claim_id)
        if claim is not None and comparable(audit, claim):
            found.append(claim)
    return found
