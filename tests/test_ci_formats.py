"""CI formats read back by real consumers: SARIF (schema + sarif-tools), GitHub annotations and
step summary, GitLab Code Quality, JUnit (junitparser), and the pre-commit hook (the real tool)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from auditor.config import FORMAT_CHOICES
from auditor.findings import Finding, Location, Report, Severity
from auditor.registry import all_checks
from auditor.report import github, gitlab, junit, sarif
from auditor.report.formats import Context
from tests.conftest import ROOT
from tests.test_check_cli import CLAIM_A, CLAIM_B, DOC_A, DOC_B, clean_project, make_project, run_cli

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-2.1.0.json").read_text(encoding="utf-8"))
QUOTE_A = "教育基金首期筹得108万元"
# The conflict of the default project, suppressed inline on claim b-fund.
SUPPRESSED = {
    "corpus/a.txt": DOC_A,
    "corpus/b.txt": DOC_B,
    "claims/a.yaml": CLAIM_A,
    "claims/b.yaml": CLAIM_B + "    ignore: [conflicting-figures]\n    reason: later donation\n",
}


def validate_sarif(data: dict) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def sarif_of(project: Path, *args: str) -> dict:
    result = run_cli(["check", "--format", "sarif", *args], project)
    assert result.status in (0, 1), result
    return json.loads(result.stdout)


def location(path="corpus/a.txt", line=1, column=1, end_line=None, end_column=None, excerpt="x", label=""):
    return Location(
        path, line, column, end_line or line, end_column or column + len(excerpt), 0, len(excerpt), excerpt, label
    )


def finding(check="conflicting-figures", severity=Severity.ERROR, message="m", line=1, **kwargs) -> Finding:
    return Finding(
        check=check,
        severity=severity,
        message=message,
        location=location(line=line),
        identity=f"{check}{line}{message}",
        **kwargs,
    )


def report_of(findings, suppressed=(), documents=("corpus/a.txt",)) -> Report:
    return Report(
        findings=tuple(findings),
        suppressed=tuple(suppressed),
        documents=tuple(documents),
        claim_count=0,
        checks=tuple(sorted({f.check for f in findings})),
    )


# ---------------------------------------------------------------- SARIF


def test_vendored_schema_is_the_official_one():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"


def test_sarif_of_the_corpus_is_valid_and_read_back_by_sarif_tools(tmp_path):
    from sarif import loader

    result = run_cli(["check", "--format", "sarif", "-o", str(tmp_path / "auditor.sarif")], ROOT)
    assert result.status == 1
    data = json.loads((tmp_path / "auditor.sarif").read_text(encoding="utf-8"))
    validate_sarif(data)
    findings = json.loads(run_cli(["check", "--format", "json"], ROOT).stdout)["findings"]

    sarif_file = loader.load_sarif_file(str(tmp_path / "auditor.sarif"))
    assert sarif_file.get_distinct_tool_names() == ["auditor"]
    assert sarif_file.get_result_count() == len(findings)
    records = sarif_file.get_records()
    level = {"error": "error", "warning": "warning", "info": "note"}
    assert sorted((r["Code"], r["Location"], r["Line"], r["Severity"]) for r in records) == sorted(
        (f["check"], f["location"]["path"], f["location"]["line"], level[f["severity"]]) for f in findings
    )
    assert {r["Code"] for r in records} >= {"percent-sum", "conflicting-figures", "date-arithmetic"}


def test_sarif_rules_results_locations_and_fingerprints(tmp_path):
    data = sarif_of(make_project(tmp_path))
    validate_sarif(data)
    [run] = data["runs"]
    assert data["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [check.id for check in all_checks()]
    by_id = {rule["id"]: rule for rule in rules}
    conflict_rule = by_id["conflicting-figures"]
    assert conflict_rule["defaultConfiguration"] == {"level": "error"}
    assert "## What it flags" in conflict_rule["help"]["markdown"] and conflict_rule["shortDescription"]["text"]
    assert conflict_rule["fullDescription"]["text"] and "##" not in conflict_rule["fullDescription"]["text"]
    assert by_id["date-arithmetic"]["defaultConfiguration"] == {"level": "warning"}
    # helpUri: the check's page in this version's docs/rules (which exists), unless the project names another site.
    assert conflict_rule["helpUri"] == "https://github.com/OWNER/auditor/blob/v0.1.0/docs/rules/conflicting-figures.md"
    assert all((ROOT / "docs" / "rules" / rule["helpUri"].rsplit("/", 1)[1]).is_file() for rule in rules)

    [result] = run["results"]
    assert result["ruleId"] == "conflicting-figures" and result["level"] == "error"
    assert rules[result["ruleIndex"]]["id"] == "conflicting-figures"
    physical = result["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": "corpus/a.txt", "uriBaseId": "%SRCROOT%"}
    # Columns count Unicode code points. The region is the figure itself; the quote around it is the context.
    start = DOC_A.index(QUOTE_A)
    figure = DOC_A.index("108万元") + 1
    assert physical["region"] == {
        "startLine": 1,
        "startColumn": figure,
        "endLine": 1,
        "endColumn": figure + len("108万元"),
        "snippet": {"text": "108万元"},
    }
    assert physical["contextRegion"] == {"charOffset": start, "charLength": len(QUOTE_A), "snippet": {"text": QUOTE_A}}
    assert result["locations"][0]["message"] == {"text": "a-fund"}
    [related] = result["relatedLocations"]
    assert related["id"] == 1 and related["message"] == {"text": "b-fund"}
    assert result["message"]["text"].endswith("(in corpus/a.txt and corpus/b.txt) (see [b-fund](1))")  # linked
    assert all(
        len(r["fullDescription"]["text"]) <= 1024 and len(r["shortDescription"]["text"]) <= 1024 for r in rules
    )  # GitHub's limit
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "corpus/b.txt"
    fingerprint = json.loads(run_cli(["check", "--format", "json"], tmp_path).stdout)["findings"][0]["fingerprint"]
    assert result["partialFingerprints"] == {"auditor/v1": fingerprint}
    assert {e["name"] for e in result["properties"]["evidence"]} >= {"key", "a-fund", "b-fund"}


def test_sarif_help_uri_follows_the_configured_rule_docs_url(tmp_path):
    project = make_project(
        tmp_path, pyproject='[tool.auditor]\nrule-docs-url = "https://wiki.example.org/auditor/{id}"\n'
    )
    data = sarif_of(project)
    validate_sarif(data)
    rules = data["runs"][0]["tool"]["driver"]["rules"]
    assert rules[0]["helpUri"] == f"https://wiki.example.org/auditor/{rules[0]['id']}"


def test_sarif_levels_map_info_to_note():
    report = report_of(
        [
            finding(severity=Severity.INFO, check="duplicate-paragraph"),
            finding(severity=Severity.WARNING, check="date-arithmetic", line=2),
        ]
    )
    data = sarif.to_sarif(report)
    validate_sarif(data)
    assert [r["level"] for r in data["runs"][0]["results"]] == ["note", "warning"]


def test_sarif_suppressed_findings_only_with_verbose(tmp_path):
    project = make_project(tmp_path, SUPPRESSED)
    quiet = sarif_of(project)
    validate_sarif(quiet)
    assert quiet["runs"][0]["results"] == [] and quiet["runs"][0]["properties"]["suppressed"] == 1
    verbose = sarif_of(project, "--verbose")
    validate_sarif(verbose)
    [result] = verbose["runs"][0]["results"]
    assert result["suppressions"] == [{"kind": "inSource", "justification": "later donation"}]


def test_sarif_marks_baselined_findings_as_external_suppressions(tmp_path):
    project = make_project(tmp_path)
    assert run_cli(["baseline", "--reason", "known"], project).status == 0
    data = sarif_of(project, "--baseline", "auditor-baseline.json", "-v")
    validate_sarif(data)
    [result] = data["runs"][0]["results"]
    assert result["suppressions"] == [{"kind": "external", "justification": "in baseline auditor-baseline.json: known"}]
    assert data["runs"][0]["properties"]["baselined"] == 1


def test_sarif_stays_within_github_limits():
    findings = [finding(severity=Severity.INFO, line=n, check="duplicate-paragraph") for n in range(1, 8)]
    findings.insert(3, finding(severity=Severity.ERROR, line=4, message="the error"))
    data = sarif.to_sarif(report_of(findings), max_results=3)
    validate_sarif(data)
    run = data["runs"][0]
    assert len(run["results"]) == 3
    assert [r["message"]["text"] for r in run["results"] if r["level"] == "error"] == ["the error"]  # most severe kept
    [note] = run["invocations"][0]["toolExecutionNotifications"]
    assert note["message"]["text"].startswith("5 of 8 results were left out")
    assert sarif.MAX_RESULTS == 25_000


def test_sarif_uris_are_relative_to_the_repository(tmp_path):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    project = make_project(repo / "site", pyproject="[project]\nname = 'site'\n\n[tool.auditor]\n")
    data = sarif_of(project)
    validate_sarif(data)
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in data["runs"][0]["results"]]
    assert uris == ["site/corpus/a.txt"]
    annotations = run_cli(["check", "--format", "github"], project).stdout
    assert "::error file=site/corpus/a.txt," in annotations
    code_quality = json.loads(run_cli(["check", "--format", "gitlab"], project).stdout)
    assert code_quality[0]["location"]["path"] == "site/corpus/a.txt"


def test_sarif_zero_length_and_claim_file_locations_are_valid():
    claim_location = Location("claims/a.yaml", 5, 12, 5, 12, 0, 0, "捐赠启动资金128万元", "claim a")
    at_start = Location("corpus/a.txt", 1, 1, 1, 1, 0, 0, "", "document start")
    report = report_of([Finding("quote-not-found", Severity.ERROR, "not found", at_start, related=(claim_location,))])
    data = sarif.to_sarif(report)
    validate_sarif(data)
    related = data["runs"][0]["results"][0]["relatedLocations"][0]["physicalLocation"]
    assert related["region"] == {"startLine": 5, "startColumn": 12, "endLine": 5, "endColumn": 12}


@pytest.mark.parametrize("fmt", FORMAT_CHOICES)
def test_every_format_is_byte_identical_across_runs(fmt):
    first = run_cli(["check", "--format", fmt, "--color", "never"], ROOT)
    second = run_cli(["check", "--format", fmt, "--color", "never"], ROOT)
    assert first.stdout == second.stdout and first.stdout


# ---------------------------------------------------------------- GitHub


def test_github_escaping():
    assert github.escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotation_for_a_conflict(tmp_path):
    result = run_cli(["check", "--format", "github"], make_project(tmp_path))
    assert result.status == 1
    lines = result.stdout.splitlines()
    figure = DOC_A.index("108万元") + 1  # the annotation lands on the figure, not on the start of its quote
    assert lines[0].startswith(
        f"::error file=corpus/a.txt,line=1,col={figure},endLine=1,endColumn={figure + len('108万元')},"
        "title=auditor conflicting-figures::Conflicting figures for "
    )
    assert "%0Arelated: corpus/b.txt:1:" in lines[0] and "(b-fund)" in lines[0]
    assert lines[-1] == "auditor: Found 1 error; 2 documents checked"


def test_github_properties_and_messages_cannot_break_the_command():
    odd = Finding(
        "doubled-word", Severity.WARNING, "100% sure:\nline two, and more", location(path="a,b:c.txt"), identity="x"
    )
    line = github.annotation(odd, Context())
    assert line == (
        "::warning file=a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=2,title=auditor doubled-word::"
        "100%25 sure:%0Aline two, and more"
    )
    assert "\n" not in line


def test_github_multi_line_spans_give_no_columns():
    spanning = Finding(
        "duplicate-paragraph", Severity.INFO, "m", Location("a.txt", 3, 5, 6, 2, 0, 1, "x"), identity="x"
    )
    assert github.annotation(spanning, Context()).startswith("::notice file=a.txt,line=3,endLine=6,title=")


def test_github_prints_at_most_ten_per_level_and_says_how_many_more():
    findings = (
        [finding(line=n, message=f"e{n}") for n in range(1, 26)]
        + [finding(severity=Severity.WARNING, check="date-arithmetic", line=n, message=f"w{n}") for n in range(1, 13)]
        + [finding(severity=Severity.INFO, check="duplicate-paragraph", line=n, message=f"i{n}") for n in range(1, 4)]
    )
    lines = github.render(report_of(findings)).splitlines()
    assert sum(line.startswith("::error ") for line in lines) == 10
    assert sum(line.startswith("::warning ") for line in lines) == 10
    assert sum(line.startswith("::notice ") for line in lines) == 3
    assert lines[-2] == (
        "auditor: 15 more errors, 2 more warnings not annotated (GitHub shows 10 of each kind per step); "
        "use --format sarif or json for all of them"
    )
    assert lines[-1] == "auditor: Found 25 errors, 12 warnings, 3 info; 1 document checked"


def test_github_step_summary_is_appended_with_every_finding(tmp_path):
    project = make_project(tmp_path)
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n", encoding="utf-8")
    result = run_cli(["check", "--format", "github"], project, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.status == 1
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# earlier step\n## auditor: Found 1 error; 2 documents checked\n")
    assert "| Severity | Check | Location | Message |" in text
    assert "| error | `conflicting-figures` | corpus/a.txt:1:" in text
    # Without GITHUB_STEP_SUMMARY nothing is written, and other formats never write it.
    run_cli(["check", "--format", "sarif"], project, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert summary.read_text(encoding="utf-8") == text


def test_an_unwritable_step_summary_is_a_warning_not_a_failure(tmp_path):
    result = run_cli(
        ["check", "--format", "github"],
        make_project(tmp_path),
        env={"GITHUB_STEP_SUMMARY": str(tmp_path / "missing" / "summary.md")},
    )
    assert result.status == 1  # the findings decide, as without a summary
    assert "::error file=corpus/a.txt" in result.stdout
    assert "auditor: cannot write the step summary ($GITHUB_STEP_SUMMARY)" in result.stderr


def test_github_step_summary_escapes_and_caps_the_table():
    many = [finding(line=n, message=f"a | b <script> {n}") for n in range(1, github.MAX_SUMMARY_ROWS + 6)]
    suppressed = [finding(line=1, message="hidden").suppressed("reason | why")]
    text = github.step_summary(report_of(many, suppressed), Context())
    rows = [line for line in text.splitlines() if line.startswith("| error |")]
    assert len(rows) == github.MAX_SUMMARY_ROWS + 1  # every reported finding up to the cap, plus the suppressed one
    assert "a \\| b &lt;script&gt; 1 |" in rows[0]
    assert "… and 5 more (use --format sarif or json for all of them)." in text
    assert "<details><summary>1 suppressed</summary>" in text and "reason \\| why" in text
    assert len(text.encode("utf-8")) < 1024 * 1024


def test_github_many_findings_mention_the_step_summary_when_written(tmp_path):
    report = report_of([finding(line=n, message=f"e{n}") for n in range(1, 13)])
    assert "the step summary lists every finding" in github.render(report, Context(step_summary=True))


# ---------------------------------------------------------------- GitLab Code Quality


def test_gitlab_code_quality_fields(tmp_path):
    result = run_cli(["check", "--format", "gitlab"], make_project(tmp_path))
    assert result.status == 1
    assert not result.stdout.startswith("\ufeff")
    [issue] = json.loads(result.stdout)
    assert issue["check_name"] == "conflicting-figures" and issue["severity"] == "major"
    assert issue["description"].startswith("Conflicting figures for ")
    assert issue["location"]["path"] == "corpus/a.txt" and issue["location"]["lines"]["begin"] == 1
    assert isinstance(issue["fingerprint"], str) and issue["fingerprint"]


def test_gitlab_severities_and_unique_fingerprints():
    twin = finding(line=1, message="same")
    issues = gitlab.to_code_quality(
        report_of(
            [
                twin,
                twin,
                finding(severity=Severity.WARNING, check="date-arithmetic", line=2),
                finding(severity=Severity.INFO, check="duplicate-paragraph", line=3),
            ]
        )
    )
    assert [issue["severity"] for issue in issues] == ["major", "major", "minor", "info"]
    fingerprints = [issue["fingerprint"] for issue in issues]
    assert len(set(fingerprints)) == len(fingerprints)
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}


def test_gitlab_of_the_corpus_lists_every_reported_finding():
    findings = json.loads(run_cli(["check", "--format", "json"], ROOT).stdout)["findings"]
    issues = json.loads(run_cli(["check", "--format", "gitlab"], ROOT).stdout)
    assert [(i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"]) for i in issues] == [
        (f["check"], f["location"]["path"], f["location"]["line"]) for f in findings
    ]


# ---------------------------------------------------------------- JUnit

# What Jenkins xunit's JUnit schema allows (jenkinsci/xunit-plugin, src/main/resources/org/jenkinsci/plugins/
# xunit/types/model/xsd/junit-10.xsd, MIT): per element, its attributes (required ones marked), and the child
# elements it may hold. Written out here from reading the schema; the schema itself is not vendored.
XUNIT_JUNIT_10 = {
    "testsuites": ({"name", "time", "tests", "failures", "errors"}, set(), {"testsuite"}),
    "testsuite": (
        {
            "name",
            "tests",
            "failures",
            "errors",
            "group",
            "time",
            "skipped",
            "timestamp",
            "hostname",
            "id",
            "package",
            "file",
            "log",
            "url",
        },
        {"name", "tests", "failures", "errors"},
        {"testsuite", "properties", "testcase", "system-out", "system-err"},
    ),
    "testcase": (
        {"name", "time", "classname", "group"},
        {"name"},
        {
            "skipped",
            "error",
            "failure",
            "rerunFailure",
            "rerunError",
            "flakyFailure",
            "flakyError",
            "system-out",
            "system-err",
        },
    ),
    "failure": ({"type", "message"}, set(), set()),
    "error": ({"type", "message"}, set(), set()),
    "skipped": ({"type", "message"}, set(), set()),
    "properties": (set(), set(), {"property"}),
    "property": ({"name", "value"}, {"name", "value"}, set()),
    "system-out": (set(), set(), set()),
    "system-err": (set(), set(), set()),
}
SUREFIRE_TIME = r"(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]*)?"


def xunit_violations(xml_text: str) -> list[str]:
    import re
    from xml.etree import ElementTree as ET

    root = ET.fromstring(xml_text)
    problems = [] if root.tag in ("testsuites", "testsuite") else [f"root <{root.tag}>"]
    for element in root.iter():
        if element.tag not in XUNIT_JUNIT_10:
            problems.append(f"<{element.tag}> is not in the schema")
            continue
        allowed, required, children = XUNIT_JUNIT_10[element.tag]
        problems += [f"<{element.tag}> has {name}=" for name in sorted(set(element.attrib) - allowed)]
        problems += [f"<{element.tag}> lacks {name}=" for name in sorted(required - set(element.attrib))]
        problems += [f"<{element.tag}> holds <{child.tag}>" for child in element if child.tag not in children]
        if "time" in element.attrib and not re.fullmatch(SUREFIRE_TIME, element.attrib["time"]):
            problems.append(f"<{element.tag}> time={element.attrib['time']!r}")
    return problems


def test_xunit_checker_refuses_what_the_schema_refuses():
    assert xunit_violations(
        '<testsuites skipped="0"><testsuite name="a" tests="1" failures="0" errors="0">'
        '<testcase name="x" file="a.txt" line="3"><failure message="m"/><weird/></testcase>'
        "</testsuite></testsuites>"
    ) == [
        "<testsuites> has skipped=",
        "<testcase> has file=",
        "<testcase> has line=",
        "<testcase> holds <weird>",
        "<weird> is not in the schema",
    ]


def test_junit_is_valid_against_the_jenkins_xunit_schema(tmp_path):
    outputs = [
        run_cli(["check", "--format", "junit"], ROOT).stdout,
        run_cli(["check", "--format", "junit"], clean_project(tmp_path / "clean")).stdout,
        run_cli(["check", "--format", "junit", "-v"], make_project(tmp_path / "suppressed", SUPPRESSED)).stdout,
        run_cli(["scan", "corpus", "--format", "junit"], ROOT).stdout,
    ]
    assert [xunit_violations(output) for output in outputs] == [[], [], [], []]
    assert '<testsuite name="corpus/001_bf08658a4eac6263.txt" tests=' in outputs[0]
    assert 'file="corpus/001_bf08658a4eac6263.txt">' in outputs[0]


def test_junit_parsed_back_by_junitparser(tmp_path):
    from junitparser import Failure, JUnitXml

    project = make_project(tmp_path)
    result = run_cli(["check", "--format", "junit", "-o", "junit.xml"], project)
    assert result.status == 1
    xml = JUnitXml.fromfile(str(project / "junit.xml"))
    suites = {suite.name: suite for suite in xml}
    assert sorted(suites) == ["corpus/a.txt", "corpus/b.txt"]
    [case] = list(suites["corpus/a.txt"])
    assert case.name.startswith("conflicting-figures at 1:") and case.classname == "corpus/a.txt"
    [failure] = case.result
    assert isinstance(failure, Failure) and failure.type == "error"
    assert failure.message.startswith("Conflicting figures for ")
    assert "b-fund" in failure.text and "fingerprint: " in failure.text
    [passing] = list(suites["corpus/b.txt"])
    assert passing.name == "no findings" and passing.is_passed
    assert (xml.tests, xml.failures, xml.errors) == (2, 1, 0)
    assert [suite.skipped for suite in xml] == [0, 0]


def test_junit_of_the_corpus_has_one_suite_per_document():
    from junitparser import JUnitXml

    output = run_cli(["check", "--format", "junit"], ROOT).stdout
    data = json.loads(run_cli(["check", "--format", "json"], ROOT).stdout)
    xml = JUnitXml.fromstring(output.encode("utf-8"))
    suites = list(xml)
    assert [suite.name for suite in suites] == sorted(data["documents"])
    assert xml.failures == len(data["findings"])
    types = sorted(case.result[0].type for suite in suites for case in suite if case.result)
    assert types == sorted(f["severity"] for f in data["findings"])


def test_junit_clean_project_passes_and_suppressed_are_skipped_with_verbose(tmp_path):
    from junitparser import JUnitXml, Skipped

    clean = JUnitXml.fromstring(
        run_cli(["check", "--format", "junit"], clean_project(tmp_path / "clean")).stdout.encode()
    )
    assert (clean.tests, clean.failures) == (2, 0)
    project = make_project(tmp_path / "suppressed", SUPPRESSED)
    quiet = JUnitXml.fromstring(run_cli(["check", "--format", "junit"], project).stdout.encode())
    assert (quiet.tests, quiet.failures, sum(suite.skipped for suite in quiet)) == (2, 0, 0)
    verbose = JUnitXml.fromstring(run_cli(["check", "--format", "junit", "-v"], project).stdout.encode())
    assert (verbose.failures, sum(suite.skipped for suite in verbose)) == (0, 1)
    skipped = [case for suite in verbose for case in suite if case.result and isinstance(case.result[0], Skipped)]
    assert skipped[0].result[0].message == "suppressed: later donation"


def test_junit_survives_control_characters():
    from junitparser import JUnitXml

    odd = Finding("doubled-word", Severity.WARNING, "bell \x07 and \x1b[31m", location(excerpt="a\x00b"), identity="x")
    xml = JUnitXml.fromstring(junit.render(report_of([odd])).encode("utf-8"))
    case = next(iter(next(iter(xml))))
    assert case.result[0].message == "bell \\x07 and \\x1b[31m"


# ---------------------------------------------------------------- pre-commit


def test_pre_commit_manifest():
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "auditor" and hook["entry"] == "auditor check" and hook["language"] == "python"
    assert hook["require_serial"] is True and hook["pass_filenames"] is False


def _git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
        "GIT_AUTHOR_DATE": "2024-01-01T00:00:00Z",
        "GIT_COMMITTER_DATE": "2024-01-01T00:00:00Z",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout.strip()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.slow
def test_pre_commit_runs_the_published_hook(tmp_path):
    """The real pre-commit installs this repository's hook (language: python, a venv built with pip) and runs it."""
    pytest.importorskip("pre_commit", reason="pre-commit is a test dependency")
    hooks = tmp_path / "hooks"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("auditor", "checks"):
        shutil.copytree(ROOT / name, hooks / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, hooks / name)
    _git(hooks, "init", "-q")
    _git(hooks, "add", "-A")
    _git(hooks, "commit", "-q", "-m", "hooks")
    rev = _git(hooks, "rev-parse", "HEAD")

    project = make_project(tmp_path / "news")
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hooks.as_posix()}\n    rev: {rev}\n    hooks:\n      - id: auditor\n", encoding="utf-8"
    )
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "NO_COLOR": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    env.pop("GITHUB_STEP_SUMMARY", None)

    def pre_commit(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", *args],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )

    failing = pre_commit("run", "--all-files")
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "auditor (fact-check figures)" in failing.stdout and "Failed" in failing.stdout
    assert "conflicting-figures" in failing.stdout and "Found 1 error; 2 documents checked" in failing.stdout
    # Fix the article and its claim: the hook passes.
    for name in ("corpus/b.txt", "claims/b.yaml"):
        path = project / name
        path.write_text(path.read_text(encoding="utf-8").replace("118万元", "108万元"), encoding="utf-8")
    _git(project, "add", "-A")
    passing = pre_commit("run", "--all-files")
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout
