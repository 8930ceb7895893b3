"""Concise report: one line per finding, as ruff's `--output-format concise` and Vale's `line` output print.

    corpus/004_33cfab6a1a367774.txt:29:1: error duplicate-paragraph Paragraph repeats …

Lines are ordered by path, line, column and check, so a diff of two runs shows what changed; the last line is
the summary. Nothing is wrapped or clipped: editors and tools jump to `path:line:col`. Text from documents is
made visible (line breaks as ⏎, control characters escaped), so one finding is always one line.

`statistics` is `--statistics`: the number of findings per check and severity, most frequent first.
"""

from __future__ import annotations

from collections import Counter

from auditor.escaping import visible
from auditor.findings import Finding, Report
from auditor.report.formats import Context


def finding_line(finding: Finding) -> str:
    location = finding.location
    return (
        f"{visible(location.path)}:{location.line}:{location.column}: {finding.severity.label} {finding.check} "
        f"{visible(finding.message)}"
    )


def render(report: Report, context: Context | None = None) -> str:
    lines = [finding_line(finding) for finding in sorted(report.findings, key=Finding.sort_key)]
    lines.append(report.summary())
    return "\n".join(lines) + "\n"


def statistics(report: Report) -> str:
    """'   20  warning  truncated-paragraph': counts per check and severity, most frequent first, then the summary."""
    counts = Counter((finding.check, finding.severity) for finding in report.findings)
    rows = sorted(counts.items(), key=lambda item: (-item[1], -item[0][1], item[0][0]))
    width = max((len(str(count)) for count in counts.values()), default=1)
    lines = [f"{count:>{width}}  {severity.label:<7}  {check}" for (check, severity), count in rows]
    lines.append(report.summary())
    return "\n".join(lines) + "\n"
