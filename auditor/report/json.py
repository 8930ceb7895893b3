"""JSON report: a versioned document with fixed field names (docs/json-format.md).

Field names never change within a schema version; new fields may be added.
Output is byte-identical for identical input (sorted findings, no timestamps).
"""

from __future__ import annotations

import json
from typing import Any

from auditor.findings import Finding, Location, Report, Severity
from auditor.version import __version__

SCHEMA_VERSION = 1


def location_to_json(location: Location) -> dict[str, Any]:
    data: dict[str, Any] = {
        "path": location.path,
        "line": location.line,
        "column": location.column,
        "end_line": location.end_line,
        "end_column": location.end_column,
        "excerpt": location.excerpt,
        "label": location.label,
    }
    if location.highlights:
        data["highlights"] = [
            {
                "excerpt": location.excerpt[start - location.start : end - location.start],
                "offset": start - location.start,
                "length": end - start,
            }
            for start, end in location.highlights
        ]
    return data


def finding_to_json(finding: Finding) -> dict[str, Any]:
    data: dict[str, Any] = {
        "check": finding.check,
        "severity": finding.severity.label,
        "message": finding.message,
        "fingerprint": finding.fingerprint,
        "location": location_to_json(finding.location),
        "related": [location_to_json(location) for location in finding.related],
        "evidence": [{"name": name, "value": value} for name, value in finding.evidence],
        "values": [value.to_json() for value in finding.values],
        "fix": finding.fix,
        "assumption": finding.assumption,
        "claims": list(finding.claims),
    }
    if finding.suppressed_by is not None:
        data["suppressed_by"] = finding.suppressed_by
    return data


def report_to_json(report: Report, *, include_suppressed: bool = True) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "auditor", "version": __version__},
        "summary": {
            "documents": len(report.documents),
            "claims": report.claim_count,
            "checks": list(report.checks),
            "findings": {severity.label: report.count(severity) for severity in sorted(Severity, reverse=True)},
            "suppressed": len(report.suppressed),
            **(
                {}
                if report.coverage is None
                else {
                    "coverage": [{"path": c.path, "figures": c.figures, "claimed": c.claimed} for c in report.coverage]
                }
            ),
            **({} if report.baselined is None else {"baselined": report.baselined}),
        },
        "documents": list(report.documents),
        "findings": [finding_to_json(finding) for finding in report.findings],
        "suppressed": [finding_to_json(finding) for finding in report.suppressed] if include_suppressed else [],
    }


def render(report: Report) -> str:
    return json.dumps(report_to_json(report), ensure_ascii=False, indent=2) + "\n"
