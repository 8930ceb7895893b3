"""GitLab Code Quality: a JSON array GitLab shows in merge requests (`artifacts:reports:codequality`).

Each finding becomes {description, check_name, fingerprint, severity,
location: {path, lines: {begin, end}}} plus the optional `categories`,
`type` and `engine_name`. Severities map as ESLint's GitLab formatter does:
error → major, warning → minor, info → info. GitLab compares fingerprints
between the merge request and its target to tell new findings from old, so
they must be unique within a report: a repeated fingerprint gets a suffix.
Suppressed findings are left out. UTF-8 without a BOM.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from auditor.findings import Report, Severity
from auditor.report.formats import Context

SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def to_code_quality(report: Report, context: Context | None = None) -> list[dict[str, Any]]:
    context = context or Context()
    issues: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for finding in report.findings:
        fingerprint = finding.fingerprint
        count = seen.get(fingerprint, 0)
        seen[fingerprint] = count + 1
        if count:
            fingerprint = hashlib.sha256(f"{fingerprint}\x1f{count}".encode()).hexdigest()[:20]
        location = finding.location
        description = finding.message
        issues.append(
            {
                "type": "issue",
                "engine_name": "auditor",
                "check_name": finding.check,
                "description": description,
                "categories": ["Bug Risk"],
                "severity": SEVERITY[finding.severity],
                "fingerprint": fingerprint,
                "location": {
                    "path": context.repo_path(location.path),
                    "lines": {"begin": max(location.line, 1), "end": max(location.end_line, location.line, 1)},
                },
            }
        )
    return issues


def render(report: Report, context: Context | None = None) -> str:
    return json.dumps(to_code_quality(report, context), ensure_ascii=False, indent=2) + "\n"
