"""GitHub Actions: workflow commands that become annotations on the pull request's files.

    ::error file=corpus/001.txt,line=7,col=91,endLine=7,endColumn=94,title=auditor percent-sum::Shares of …

GitHub shows at most 10 error, 10 warning and 10 notice annotations per step,
so at most `MAX_PER_LEVEL` of each are printed (in report order) and a plain
line says how many more there are. The full list goes to the step summary
(`$GITHUB_STEP_SUMMARY`, a markdown table) when GitHub provides one: see
`step_summary`.

Escaping follows the runner's rules: in the message `%`, CR and LF become
`%25`, `%0D`, `%0A`; in property values `:` and `,` become `%3A`, `%2C` too.
Columns are only given when the span is on one line (the runner ignores them
otherwise); `endColumn` is exclusive, as ruff sends it.
"""

from __future__ import annotations

from auditor.escaping import visible
from auditor.findings import Finding, Report, Severity
from auditor.report.formats import Context

MAX_PER_LEVEL = 10  # annotations GitHub shows per step for each level
MAX_SUMMARY_ROWS = 1_000  # keeps the step summary far below GitHub's 1 MiB limit
MAX_CELL = 500
COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
PLURAL = {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "notices"}


def escape_data(text: str) -> str:
    # Control characters first (an escape sequence in a quote would colour GitHub's log), then the syntax.
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, context: Context) -> str:
    location = finding.location
    properties = [("file", context.repo_path(location.path)), ("line", str(max(location.line, 1)))]
    if location.end_line == location.line:
        properties.append(("col", str(max(location.column, 1))))
    properties.append(("endLine", str(max(location.end_line, location.line, 1))))
    if location.end_line == location.line and location.end_column > location.column:
        properties.append(("endColumn", str(location.end_column)))
    properties.append(("title", f"auditor {finding.check}"))
    lines = [finding.message]
    lines += [
        f"related: {context.repo_path(loc.path)}:{loc.line}:{loc.column}" + (f" ({loc.label})" if loc.label else "")
        for loc in finding.related[:5]
    ]
    if len(finding.related) > 5:
        lines.append(f"related: … {len(finding.related) - 5} more")
    if finding.fix:
        lines.append(f"fix: {finding.fix}")
    if finding.assumption:
        lines.append(f"assumes: {finding.assumption}")
    props = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    return f"::{COMMAND[finding.severity]} {props}::{escape_data(chr(10).join(lines))}"


def summary_text(report: Report) -> str:
    return report.summary()


def render(report: Report, context: Context | None = None) -> str:
    context = context or Context()
    lines: list[str] = []
    printed = {severity: 0 for severity in Severity}
    omitted = {severity: 0 for severity in Severity}
    for finding in report.findings:
        if printed[finding.severity] < MAX_PER_LEVEL:
            lines.append(annotation(finding, context))
            printed[finding.severity] += 1
        else:
            omitted[finding.severity] += 1
    if any(omitted.values()):
        more = ", ".join(f"{n} more {PLURAL[severity]}" for severity, n in sorted(omitted.items(), reverse=True) if n)
        where = (
            "the step summary lists every finding"
            if context.step_summary
            else "use --format sarif or json for all of them"
        )
        lines.append(f"auditor: {more} not annotated (GitHub shows {MAX_PER_LEVEL} of each kind per step); {where}")
    lines.append(f"auditor: {summary_text(report)}")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_CELL:
        text = text[: MAX_CELL - 1] + "…"
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|").replace("`", "\\`")


def _table(findings: list[Finding], context: Context, *, reason: bool = False) -> list[str]:
    header = "| Severity | Check | Location | Message |" + (" Reason |" if reason else "")
    rule = "|---|---|---|---|" + ("---|" if reason else "")
    rows = [header, rule]
    for finding in findings[:MAX_SUMMARY_ROWS]:
        loc = finding.location
        row = (
            f"| {finding.severity.label} | `{finding.check}` | {_cell(f'{context.repo_path(loc.path)}:{loc.line}:{loc.column}')} "
            f"| {_cell(finding.message)} |"
        )
        if reason:
            row += f" {_cell(finding.suppressed_by or '')} |"
        rows.append(row)
    if len(findings) > MAX_SUMMARY_ROWS:
        rows.append("")
        rows.append(f"… and {len(findings) - MAX_SUMMARY_ROWS} more (use --format sarif or json for all of them).")
    return rows


def step_summary(report: Report, context: Context | None = None) -> str:
    """Markdown for `$GITHUB_STEP_SUMMARY`: a heading with the counts and a table of every finding."""
    context = context or Context()
    lines = [f"## auditor: {summary_text(report)}", ""]
    if report.findings:
        lines += _table(list(report.findings), context)
        lines.append("")
    if report.suppressed:
        lines += [f"<details><summary>{len(report.suppressed)} suppressed</summary>", ""]
        lines += _table(list(report.suppressed), context, reason=True)
        lines += ["", "</details>", ""]
    return "\n".join(lines) + "\n"
