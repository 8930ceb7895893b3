"""SARIF 2.1.0: for GitHub code scanning and every other SARIF consumer.

Plain dicts, no SARIF library (sarif-om writes snake_case keys and nulls:
invalid SARIF). What GitHub needs is there: `tool.driver.rules` (one per
registered check, its docs as help), results with `ruleId`, `level`, a
physical location with a repository-relative URI and a region in Unicode code
points (`columnKind` says so explicitly), `partialFingerprints`, a
conflict's other quotes as `relatedLocations` linked from the message
(`[b-fund](1)`), and rule descriptions within GitHub's 1,024 characters. Suppressed findings are only
counted (`run.properties.suppressed`), unless `--verbose` asks for them: then
they come with a SARIF `suppressions` entry (inline `ignore:` → inSource, the
baseline → external). Not by default, because GitHub code scanning does not
honour `suppressions` and would open an alert for each of them.

GitHub accepts at most 25,000 results per run: beyond `MAX_RESULTS` the
least severe are left out and a tool notification says how many.
Output is byte-identical for identical input (no timestamps, no absolute paths).
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

from auditor.findings import Finding, Location, Report, Severity
from auditor.report.formats import Context
from auditor.version import __version__

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "auditor/v1"
MAX_RESULTS = 25_000  # GitHub code scanning: results per run
MAX_RELATED = 1_000  # GitHub code scanning: related locations per result
MAX_SNIPPET = 2_000
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _section(docs: str, title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", docs, re.MULTILINE | re.DOTALL)
    return " ".join(match.group(1).split()) if match else ""


MAX_DESCRIPTION = 1_024  # GitHub code scanning: longer rule descriptions are refused or cut


def _within(text: str, limit: int = MAX_DESCRIPTION) -> str:
    """`text` cut at its last sentence end within `limit` characters (a word end if it has none), marked "…"."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    ends = [head.rfind(mark) for mark in (". ", "。", "; ", ": ")]
    cut = max(ends)
    if cut < limit // 2:
        cut = head.rfind(" ")
    return (head[: cut + 1] if cut > 0 else head).rstrip() + "…"


def rule(check, docs_url: str = "") -> dict[str, Any]:
    docs = check.docs or check.summary
    flags = _section(docs, "What it flags")
    data = {
        "id": check.id,
        "name": "".join(part.capitalize() for part in check.id.split("-")),
        "shortDescription": {"text": _within(check.summary)},
        "fullDescription": {"text": _within(flags or check.summary)},
        "help": {"text": docs, "markdown": docs},
        "defaultConfiguration": {"level": LEVEL[check.severity]},
        "properties": {"tags": ["claims" if check.needs_claims else "documents"]},
    }
    if docs_url:
        data["helpUri"] = docs_url.replace("{id}", check.id)
    return data


def _artifact(location: Location, context: Context) -> dict[str, Any]:
    return {"uri": quote(context.repo_path(location.path), safe="/"), "uriBaseId": "%SRCROOT%"}


def physical_location(location: Location, context: Context) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": max(location.line, 1),
        "startColumn": max(location.column, 1),
        "endLine": max(location.end_line, location.line, 1),
        "endColumn": max(location.end_column, 1),
    }
    if region["endLine"] == region["startLine"] and region["endColumn"] < region["startColumn"]:
        region["endColumn"] = region["startColumn"]
    physical: dict[str, Any] = {"artifactLocation": _artifact(location, context), "region": region}
    if location.highlights:
        # The region is the highlighted figure; the excerpt around it is the context region.
        start, end = location.highlights[0]
        region["snippet"] = {"text": location.excerpt[start - location.start : end - location.start]}
        if location.excerpt and len(location.excerpt) <= MAX_SNIPPET:
            physical["contextRegion"] = {
                "charOffset": location.start,
                "charLength": location.end - location.start,
                "snippet": {"text": location.excerpt},
            }
    elif location.excerpt and len(location.excerpt) <= MAX_SNIPPET and location.end > location.start:
        region["snippet"] = {"text": location.excerpt}
    return physical


def result(finding: Finding, rule_index: dict[str, int], context: Context) -> dict[str, Any]:
    text = finding.message
    if finding.related:
        # SARIF's embedded links: "[label](id)" points at relatedLocations[id], which viewers link to.
        links = [
            f"[{_link_text(location)}]({number})" for number, location in enumerate(finding.related[:MAX_RELATED], 1)
        ]
        text += f" (see {', '.join(links[:10])}{', …' if len(links) > 10 else ''})"
    data: dict[str, Any] = {
        "ruleId": finding.check,
        "level": LEVEL[finding.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": physical_location(finding.location, context)}],
    }
    if finding.check in rule_index:
        data["ruleIndex"] = rule_index[finding.check]
    if finding.location.label:
        data["locations"][0]["message"] = {"text": finding.location.label}
    if finding.related:
        data["relatedLocations"] = [
            {
                "id": number,
                "physicalLocation": physical_location(location, context),
                **({"message": {"text": location.label}} if location.label else {}),
            }
            for number, location in enumerate(finding.related[:MAX_RELATED], 1)
        ]
    data["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    if finding.suppressed_by is not None:
        kind = "external" if finding.fingerprint in context.baselined else "inSource"
        data["suppressions"] = [{"kind": kind, "justification": finding.suppressed_by}]
    properties: dict[str, Any] = {}
    if finding.evidence:
        properties["evidence"] = [{"name": name, "value": value} for name, value in finding.evidence]
    if finding.fix:
        properties["fix"] = finding.fix
    if finding.assumption:
        properties["assumption"] = finding.assumption
    if finding.claims:
        properties["claims"] = list(finding.claims)
    if properties:
        data["properties"] = properties
    return data


def _link_text(location: Location) -> str:
    """A related location's name in a message link: its label, else path:line; brackets escaped as SARIF asks."""
    name = location.label or f"{location.path}:{location.line}"
    return name.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def to_sarif(report: Report, context: Context | None = None, *, max_results: int = MAX_RESULTS) -> dict[str, Any]:
    from auditor.registry import all_checks

    context = context or Context()
    checks = all_checks()
    rule_index = {check.id: index for index, check in enumerate(checks)}
    candidates = list(report.findings) + (list(report.suppressed) if context.include_suppressed else [])
    omitted = 0
    if len(candidates) > max_results:
        # Keep the most severe reported findings; suppressed ones go first.
        ranked = sorted(
            range(len(candidates)),
            key=lambda i: (candidates[i].suppressed_by is not None, -candidates[i].severity, candidates[i].sort_key()),
        )
        keep = set(ranked[:max_results])
        omitted = len(candidates) - max_results
        candidates = [finding for i, finding in enumerate(candidates) if i in keep]
    invocation: dict[str, Any] = {"executionSuccessful": True}
    if omitted:
        invocation["toolExecutionNotifications"] = [
            {
                "level": "warning",
                "message": {
                    "text": (
                        f"{omitted} of {omitted + len(candidates)} results were left out: GitHub code scanning accepts "
                        f"at most {max_results} per run (the most severe are kept); the json format lists all"
                    )
                },
            }
        ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "auditor",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [rule(check, context.rule_docs_url) for check in checks],
            }
        },
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "results": [result(finding, rule_index, context) for finding in candidates],
        "properties": {
            "documents": len(report.documents),
            "claims": report.claim_count,
            "checks": list(report.checks),
            "suppressed": len(report.suppressed),
            **({} if report.baselined is None else {"baselined": report.baselined}),
        },
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report, context: Context | None = None) -> str:
    return json.dumps(to_sarif(report, context), ensure_ascii=False, indent=2) + "\n"
