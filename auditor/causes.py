"""One finding per cause: findings that a repeated paragraph explains are folded into its finding.

A paragraph pasted twice makes every quote inside it occur twice (`ambiguous-quote`), and a copy whose figures
were changed makes its figures disagree with the first copy's (`discovered-conflict`). The editor has one thing
to fix, the repeat, so the report shows one finding: the `duplicate-paragraph` one, with an `also explains`
line per folded finding, so nothing it would have said is lost. A finding is folded only when every place it
points at in the documents lies inside the two copies, both copies are among them, and the repeat's finding is
at least as severe (an info-level repeat across articles never hides a warning).
"""

from __future__ import annotations

from dataclasses import replace

from auditor.findings import Finding, Location

REPEAT = "duplicate-paragraph"
EXPLAINED = frozenset({"ambiguous-quote", "discovered-conflict"})


def _inside(location: Location, span: Location) -> bool:
    return location.path == span.path and span.start <= location.start and location.end <= span.end


def _document_places(finding: Finding, documents: frozenset[str]) -> list[Location]:
    """Where a finding points in the documents (a claim file's location is not a place in the text)."""
    return [location for location in (finding.location, *finding.related) if location.path in documents]


def one_per_cause(findings: list[Finding], documents: frozenset[str]) -> list[Finding]:
    repeats = [
        index
        for index, finding in enumerate(findings)
        if finding.check == REPEAT and finding.related and finding.suppressed_by is None
    ]
    if not repeats:
        return findings
    folded: dict[int, list[Finding]] = {}
    gone: set[int] = set()
    for index, finding in enumerate(findings):
        if finding.check not in EXPLAINED or finding.suppressed_by is not None:
            continue
        places = _document_places(finding, documents)
        if len(places) < 2:
            continue
        for repeat in repeats:
            copies = (findings[repeat].location, findings[repeat].related[0])
            if findings[repeat].severity < finding.severity:
                continue
            if all(any(_inside(place, copy) for copy in copies) for place in places) and all(
                any(_inside(place, copy) for place in places) for copy in copies
            ):
                folded.setdefault(repeat, []).append(finding)
                gone.add(index)
                break
    result = []
    for index, finding in enumerate(findings):
        if index in gone:
            continue
        if index in folded:
            finding = replace(
                finding,
                evidence=finding.evidence
                + tuple(("also explains", f"{other.check}: {other.message}") for other in folded[index]),
            )
        result.append(finding)
    return result
