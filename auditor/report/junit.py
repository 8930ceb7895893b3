"""JUnit XML: for CI systems that show test reports (GitLab `artifacts:reports:junit`, Jenkins, Azure).

One <testsuite> per file (every audited document, plus any claim or
baseline file a finding points at), one <testcase> per finding. Like
ESLint's JUnit formatter, every finding is a <failure> whatever its severity,
with `type` saying which (error, warning, info); a document without findings
gets one passing test case, so the report shows it was audited. With
--verbose, suppressed findings are listed too, as <skipped> test cases
carrying the reason.

The XML is valid against Jenkins xunit's JUnit schema (junit-10.xsd), the
strictest common reader: the file is an attribute of each <testsuite> (the
schema allows no `file` or `line` on a <testcase>; the case's name carries
line:column), and <testsuites> counts tests, failures and errors only.

No timestamps or durations: identical input gives identical bytes. Characters
XML 1.0 cannot carry (control characters) are written as visible escapes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from xml.etree import ElementTree as ET

from auditor.findings import Finding, Report
from auditor.report.formats import Context

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
PASSING_NAME = "no findings"


def clean(text: str) -> str:
    return _INVALID_XML.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text
    )


def details(finding: Finding, context: Context) -> str:
    loc = finding.location
    lines = [
        f"{finding.severity.label}  {finding.check}  {finding.message}",
        f"at {context.repo_path(loc.path)}:{loc.line}:{loc.column}" + (f"  {loc.label}" if loc.label else ""),
    ]
    if loc.excerpt:
        lines.append(f"   | {loc.excerpt}")
    for related in finding.related:
        lines.append(
            f"and {context.repo_path(related.path)}:{related.line}:{related.column}"
            + (f"  {related.label}" if related.label else "")
        )
        if related.excerpt:
            lines.append(f"   | {related.excerpt}")
    lines += [f"- {name}: {value}" for name, value in finding.evidence]
    if finding.fix:
        lines.append(f"fix: {finding.fix}")
    if finding.assumption:
        lines.append(f"assumes: {finding.assumption}")
    if finding.suppressed_by:
        lines.append(f"suppressed: {finding.suppressed_by}")
    lines.append(f"fingerprint: {finding.fingerprint}")
    return clean("\n".join(lines))


def _testcase(parent: ET.Element, finding: Finding, context: Context) -> None:
    loc = finding.location
    path = context.repo_path(loc.path)
    case = ET.SubElement(
        parent,
        "testcase",
        {
            "name": clean(f"{finding.check} at {loc.line}:{loc.column}"),
            "classname": clean(path),
        },
    )
    if finding.suppressed_by is not None:
        ET.SubElement(case, "skipped", {"message": clean(f"suppressed: {finding.suppressed_by}")})
    else:
        failure = ET.SubElement(case, "failure", {"type": finding.severity.label, "message": clean(finding.message)})
        failure.text = details(finding, context)


def to_junit(report: Report, context: Context | None = None) -> ET.Element:
    context = context or Context()
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for path in report.documents:
        by_path[path]
    suppressed = list(report.suppressed) if context.include_suppressed else []
    for finding in [*report.findings, *suppressed]:
        by_path[finding.location.path].append(finding)
    failures = len(report.findings)
    total = 0
    root = ET.Element("testsuites", {"name": "auditor"})
    for path in sorted(by_path):
        findings = sorted(by_path[path], key=Finding.sort_key)
        suite_failures = sum(1 for f in findings if f.suppressed_by is None)
        suite_skipped = len(findings) - suite_failures
        tests = len(findings) + (1 if suite_failures == 0 else 0)
        total += tests
        suite = ET.SubElement(
            root,
            "testsuite",
            {
                "name": clean(context.repo_path(path)),
                "tests": str(tests),
                "failures": str(suite_failures),
                "errors": "0",
                "skipped": str(suite_skipped),
                "file": clean(context.repo_path(path)),
            },
        )
        for finding in findings:
            _testcase(suite, finding, context)
        if suite_failures == 0:
            ET.SubElement(suite, "testcase", {"name": PASSING_NAME, "classname": clean(context.repo_path(path))})
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", "0")
    return root


def render(report: Report, context: Context | None = None) -> str:
    root = to_junit(report, context)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
