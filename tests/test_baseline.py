"""Baselines: stable fingerprints, `auditor baseline`, `check --baseline`, stale entries, a baseline that shrinks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from auditor import baseline as baselines
from auditor.errors import InputError
from auditor.runner import run_audit
from tests.conftest import ROOT
from tests.test_check_cli import CLAIM_A, CLAIM_B, DOC_A, DOC_B, make_project, run_cli

CORPUS = ("001_bf08658a4eac6263", "002_28a0e6980402f326", "004_33cfab6a1a367774")
CLAIM_CHECKS = [
    "percent-sum",
    "conflicting-figures",
    "date-arithmetic",
    "quote-not-found",
    "value-not-in-quote",
    "ambiguous-quote",
    "part-exceeds-whole",
    "sum-mismatch",
    "key-unit-mismatch",
]


def corpus_copy(tmp_path: Path) -> Path:
    """Three corpus articles and their claims (the 108万元 / 118万元 conflict, 80% + 80%, 时隔12年)."""
    project = make_project(tmp_path, {})
    (project / "corpus").mkdir()
    (project / "claims").mkdir()
    for name in CORPUS:
        shutil.copy(ROOT / "corpus" / f"{name}.txt", project / "corpus")
        shutil.copy(ROOT / "claims" / f"{name[:3]}.yaml", project / "claims")
    return project


def fingerprints(project: Path) -> dict[str, str]:
    report = run_audit(project, sorted((project / "claims").glob("*.yaml")), select=CLAIM_CHECKS)
    return {finding.check: finding.fingerprint for finding in report.findings}


# ---------------------------------------------------------------- fingerprints


def test_fingerprints_survive_moved_text_and_unrelated_claims(tmp_path):
    project = corpus_copy(tmp_path)
    before = fingerprints(project)
    assert set(before) == {"percent-sum", "conflicting-figures", "date-arithmetic"}
    # Move every article's text down by inserting lines above it, and move the claims within their files.
    for name in CORPUS:
        path = project / "corpus" / f"{name}.txt"
        path.write_text("编者按：本文有更新。\n\n另起一段。\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    claim_file = project / "claims" / "004.yaml"
    text = claim_file.read_text(encoding="utf-8")
    claim_file.write_text(
        text.replace(
            "claims:\n", "claims:\n  - id: c004-extra\n    key: 无关.数字\n    quote: 捐赠启动资金118万元\n", 1
        ),
        encoding="utf-8",
    )
    after = fingerprints(project)
    assert after == before
    locations = run_audit(project, sorted((project / "claims").glob("*.yaml")), select=["conflicting-figures"]).findings
    assert locations[0].location.line == 46  # it moved: 43 + 3 lines


def test_editing_the_figure_changes_the_fingerprint(tmp_path):
    project = corpus_copy(tmp_path)
    before = fingerprints(project)
    for path in (project / "corpus" / "004_33cfab6a1a367774.txt", project / "claims" / "004.yaml"):
        path.write_text(path.read_text(encoding="utf-8").replace("118万元", "128万元"), encoding="utf-8")
    after = fingerprints(project)
    assert after["conflicting-figures"] != before["conflicting-figures"]
    assert after["percent-sum"] == before["percent-sum"]


# ---------------------------------------------------------------- recording


def test_baseline_command_records_sorted_entries_atomically_and_deterministically(tmp_path):
    project = make_project(tmp_path)
    result = run_cli(["baseline", "--reason", "known since the first import"], project)
    assert result.status == 0, result
    assert "auditor: wrote 1 entry to auditor-baseline.json (1 added, 0 kept, 0 removed)" in result.stdout
    target = project / "auditor-baseline.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["kind"] == "auditor-baseline" and data["schema_version"] == 1
    [entry] = data["entries"]
    assert list(entry) == ["fingerprint", "check", "path", "message", "reason"]
    assert entry["check"] == "conflicting-figures" and entry["path"] == "corpus/a.txt"
    assert entry["reason"] == "known since the first import"
    first = target.read_bytes()
    assert run_cli(["baseline"], project).status == 0
    assert target.read_bytes() == first  # reasons kept, nothing changed
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".")) == []  # no temporary file left


def test_entries_are_sorted_by_path_then_check():
    entries = [
        baselines.Entry("f2", "b-check", "z.txt", "m"),
        baselines.Entry("f1", "a-check", "z.txt", "m"),
        baselines.Entry("f3", "z-check", "a.txt", "m"),
    ]
    data = json.loads(baselines.render(entries))
    assert [e["fingerprint"] for e in data["entries"]] == ["f3", "f1", "f2"]


def test_baseline_refuses_to_overwrite_an_unrelated_file(tmp_path):
    project = make_project(tmp_path)
    (project / "auditor-baseline.json").write_text('{"name": "something else"}\n', encoding="utf-8")
    (project / "notes.txt").write_text("my notes\n", encoding="utf-8")
    for args, name in ((["baseline"], "auditor-baseline.json"), (["baseline", "-o", "notes.txt"], "notes.txt")):
        before = (project / name).read_bytes()
        result = run_cli(args, project)
        assert result.status == 2, result
        assert f"auditor: {name} exists and is not" in result.stderr and "refusing to overwrite" in result.stderr
        assert (project / name).read_bytes() == before


def test_baseline_output_option_and_configured_path(tmp_path):
    project = make_project(
        tmp_path, pyproject="[project]\nname='x'\n\n[tool.auditor]\nbaseline = \"ci/baseline.json\"\n"
    )
    (project / "ci").mkdir()
    assert run_cli(["baseline"], project).status == 0
    assert (project / "ci" / "baseline.json").exists()
    assert run_cli(["check"], project).status == 0  # the configured baseline is used by check
    everything = run_cli(["check", "--no-baseline"], project)
    assert everything.status == 1 and "conflicting-figures" in everything.stdout
    assert run_cli(["baseline", "-o", "other.json"], project).status == 0
    assert (project / "other.json").exists()


# ---------------------------------------------------------------- using a baseline


def test_check_with_baseline_hides_known_findings_and_counts_them(tmp_path):
    project = make_project(tmp_path)
    run_cli(["baseline", "--reason", "under review"], project)
    result = run_cli(["check", "--baseline", "auditor-baseline.json"], project)
    assert result.status == 0, result
    assert "No findings (1 suppressed); 2 documents checked" in result.stdout
    verbose = run_cli(["check", "--baseline", "auditor-baseline.json", "-v"], project)
    assert "suppressed: in baseline auditor-baseline.json: under review" in verbose.stdout
    data = json.loads(run_cli(["check", "--baseline", "auditor-baseline.json", "--format", "json"], project).stdout)
    assert data["summary"]["baselined"] == 1 and data["summary"]["suppressed"] == 1 and data["findings"] == []


def test_new_findings_are_still_reported(tmp_path):
    project = make_project(tmp_path)
    run_cli(["baseline"], project)
    (project / "corpus" / "c.txt").write_text("三是捐赠启动资金128万元。\n", encoding="utf-8")
    (project / "claims" / "c.yaml").write_text(
        CLAIM_B.replace("corpus/b.txt", "corpus/c.txt").replace("b-fund", "c-fund").replace("118", "128"),
        encoding="utf-8",
    )
    result = run_cli(["check", "--baseline", "auditor-baseline.json", "--format", "json"], project)
    assert result.status == 1
    data = json.loads(result.stdout)
    assert len(data["findings"]) >= 1 and all(f["check"] == "conflicting-figures" for f in data["findings"])
    assert data["summary"]["baselined"] == 1


def test_a_fixed_problem_leaves_a_stale_entry_that_prune_removes(tmp_path):
    project = make_project(tmp_path)
    run_cli(["baseline"], project)
    # The editor fixes the draft and the claim: no conflict any more.
    for name in ("corpus/b.txt", "claims/b.yaml"):
        path = project / name
        path.write_text(path.read_text(encoding="utf-8").replace("118万元", "108万元"), encoding="utf-8")
    result = run_cli(["check", "--baseline", "auditor-baseline.json", "--format", "json"], project)
    assert result.status == 1, result
    [stale] = json.loads(result.stdout)["findings"]
    assert stale["check"] == "stale-baseline-entry"
    assert (stale["location"]["path"], stale["location"]["line"], stale["location"]["column"]) == (
        "auditor-baseline.json",
        6,
        7,
    )
    assert stale["message"].startswith(
        "Baseline entry no longer matches a finding: conflicting-figures in corpus/a.txt ("
    )
    # Stale entries can be demoted like any check.
    assert (
        run_cli(["check", "--baseline", "auditor-baseline.json", "--ignore", "stale-baseline-entry"], project).status
        == 0
    )
    pruned = run_cli(["baseline", "--prune"], project)
    assert pruned.status == 0 and "(0 added, 0 kept, 1 removed)" in pruned.stdout
    assert json.loads((project / "auditor-baseline.json").read_text(encoding="utf-8"))["entries"] == []
    assert run_cli(["check", "--baseline", "auditor-baseline.json"], project).status == 0


def test_prune_never_adds_entries(tmp_path):
    project = make_project(tmp_path, {"corpus/a.txt": DOC_A, "claims/a.yaml": CLAIM_A})
    run_cli(["baseline"], project)  # no finding: an empty baseline
    for name, text in (("corpus/b.txt", DOC_B), ("claims/b.yaml", CLAIM_B)):
        (project / name).write_text(text, encoding="utf-8")
    result = run_cli(["baseline", "--prune"], project)
    assert result.status == 0 and "(0 added, 0 kept, 0 removed)" in result.stdout
    assert run_cli(["check", "--baseline", "auditor-baseline.json"], project).status == 1


def test_partial_runs_neither_judge_nor_drop_entries(tmp_path):
    project = make_project(tmp_path)
    (project / "corpus" / "c.txt").write_text("这所學校建于2010年。\n", encoding="utf-8")
    assert run_cli(["baseline", "--docs", "corpus/c.txt"], project).status == 0
    checks = {
        e["check"] for e in json.loads((project / "auditor-baseline.json").read_text(encoding="utf-8"))["entries"]
    }
    assert {"conflicting-figures", "traditional-character"} <= checks
    # Only claims/a.yaml audited: the conflict with b.txt cannot show, yet its entry is not stale.
    result = run_cli(["check", "claims/a.yaml", "--baseline", "auditor-baseline.json", "--format", "json"], project)
    assert result.status == 0, result
    assert json.loads(result.stdout)["findings"] == []
    before = (project / "auditor-baseline.json").read_bytes()
    rewritten = run_cli(["baseline", "claims/a.yaml", "--prune"], project)
    assert "(0 added, 2 kept, 0 removed)" in rewritten.stdout and "no entry was removed" in rewritten.stdout
    assert (project / "auditor-baseline.json").read_bytes() == before
    # A full run without --docs c.txt: its entry is stale now (the file is no longer audited).
    full = run_cli(["check", "--baseline", "auditor-baseline.json", "--format", "json"], project)
    assert [f["check"] for f in json.loads(full.stdout)["findings"]] == ["stale-baseline-entry"]
    assert "traditional-character in corpus/c.txt" in json.loads(full.stdout)["findings"][0]["message"]


def test_deselected_checks_keep_their_entries(tmp_path):
    project = make_project(tmp_path)
    run_cli(["baseline"], project)
    result = run_cli(
        ["check", "--baseline", "auditor-baseline.json", "--select", "percent-sum,stale-baseline-entry"], project
    )
    assert result.status == 0, result  # conflicting-figures did not run: its entry is not stale
    assert run_cli(["baseline", "--select", "percent-sum"], project).status == 0
    entries = json.loads((project / "auditor-baseline.json").read_text(encoding="utf-8"))["entries"]
    assert [e["check"] for e in entries] == ["conflicting-figures"]


def test_missing_or_broken_baselines_are_input_errors(tmp_path):
    project = make_project(tmp_path)
    missing = run_cli(["check", "--baseline", "nope.json"], project)
    assert missing.status == 2 and "nope.json: baseline file not found" in missing.stderr
    (project / "bad.json").write_text("{not json", encoding="utf-8")
    bad = run_cli(["check", "--baseline", "bad.json"], project)
    assert bad.status == 2 and "bad.json: not JSON" in bad.stderr
    (project / "v9.json").write_text(
        '{"kind": "auditor-baseline", "schema_version": 9, "entries": []}', encoding="utf-8"
    )
    newer = run_cli(["check", "--baseline", "v9.json"], project)
    assert newer.status == 2 and "unsupported baseline schema_version 9" in newer.stderr
    (project / "odd.json").write_text(
        '{"kind": "auditor-baseline", "schema_version": 1, "entries": [\n  {"fingerprint": "abc", "check": 3}\n]}',
        encoding="utf-8",
    )
    odd = run_cli(["check", "--baseline", "odd.json"], project)
    assert odd.status == 2 and 'odd.json:2:4: entry 1: "check" must be a string' in odd.stderr
    assert "Traceback" not in missing.stderr + bad.stderr + newer.stderr + odd.stderr


def test_entries_that_are_broken_are_located_even_without_a_fingerprint():
    text = (
        '{\n  "kind": "auditor-baseline",\n  "schema_version": 1,\n  "entries": [\n'
        '    {"fingerprint": "a", "check": "x", "path": "p", "message": "m", "reason": ""},\n'
        '    42,\n    {"check": "x"}, "text, with: [brackets]"\n  ]\n}\n'
    )
    with pytest.raises(InputError) as raised:
        baselines.parse(text, "b.json")
    assert [str(problem) for problem in raised.value.problems] == [
        "b.json:6:5: entry 2 is not an object",
        'b.json:7:5: entry 3: "fingerprint" must be a non-empty string',
        "b.json:7:21: entry 4 is not an object",
    ]


def test_parse_reports_entry_positions():
    text = baselines.render([baselines.Entry("abc", "percent-sum", "a.txt", "m", "r")])
    parsed = baselines.parse(text, "b.json")
    assert parsed.entries[0].line == 6 and parsed.entries[0].column == 7
    with pytest.raises(baselines.NotABaseline):
        baselines.parse("[]", "b.json")
    with pytest.raises(InputError):
        baselines.parse('{"kind": "auditor-baseline", "schema_version": 1, "entries": {}}', "b.json")
