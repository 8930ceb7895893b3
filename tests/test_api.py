"""The library entry points, `auditor.check(...)` and `auditor.scan(...)` (auditor/api.py): what the commands
report, from Python."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import auditor
from auditor.errors import InputError
from auditor.runner import UnknownCheck
from tests.conftest import ROOT
from tests.test_check_cli import make_project, run_cli


def _shown(findings):
    return [(f.check, str(f.location), f.message) for f in findings]


def _cli(args, cwd) -> list[tuple[str, str, str]]:
    data = json.loads(run_cli([*args, "--format", "json", "--no-cache"], cwd).stdout)
    return [
        (f["check"], f"{f['location']['path']}:{f['location']['line']}:{f['location']['column']}", f["message"])
        for f in data["findings"]
    ]


def test_check_of_the_bundled_project_is_what_the_command_reports(monkeypatch):
    monkeypatch.chdir(ROOT)
    report = auditor.check()
    assert _shown(report.findings) == _cli(["check"], ROOT)
    assert [f.check for f in report.findings if f.severity.label == "error"] == [
        "percent-sum",
        "conflicting-figures",
        "duplicate-paragraph",
    ]


def test_scan_takes_str_or_path_files_or_folders(monkeypatch):
    monkeypatch.chdir(ROOT)
    expected = _cli(["scan", "corpus"], ROOT)
    assert _shown(auditor.scan("corpus").findings) == expected
    assert _shown(auditor.scan([ROOT / "corpus"]).findings) == expected
    one = auditor.scan(
        ROOT / "corpus" / "001_bf08658a4eac6263.txt", select="discovered-percent-sum,duplicate-paragraph"
    )
    assert one.documents == ("corpus/001_bf08658a4eac6263.txt",) and one.checks == (
        "discovered-percent-sum",
        "duplicate-paragraph",
    )


def test_the_project_configuration_is_read_as_the_command_reads_it(tmp_path):
    project = make_project(tmp_path, pyproject='[tool.auditor]\nignore = ["conflicting-figures"]\n')
    report = auditor.check(project=project)
    assert "conflicting-figures" not in report.checks and report.findings == ()
    assert _shown(auditor.check(project=project, ignore=[]).findings) == _cli(["check", "--ignore", ""], project)


def test_the_baseline_hides_what_it_records_and_reports_what_it_no_longer_matches(tmp_path):
    project = make_project(tmp_path, pyproject='[tool.auditor]\nbaseline = "auditor-baseline.json"\n')
    assert run_cli(["baseline"], project).status == 0
    report = auditor.check(project=project)
    assert report.findings == () and [f.check for f in report.suppressed] == ["conflicting-figures"]
    assert [f.check for f in auditor.check(project=project, use_baseline=False).findings] == ["conflicting-figures"]
    for name in ("corpus/b.txt", "claims/b.yaml"):  # the editor fixes the conflict: the entry is stale
        path = project / name
        path.write_text(path.read_text(encoding="utf-8").replace("118万元", "108万元"), encoding="utf-8")
    [stale] = auditor.check(project=project).findings
    assert (stale.check, str(stale.location)) == ("stale-baseline-entry", "auditor-baseline.json:6:7")
    # Naming files makes a partial run: entries are not judged, as on the command line.
    assert auditor.check(project / "claims" / "a.yaml", project=project).findings == ()


def test_bad_input_raises_located_errors(tmp_path, monkeypatch):
    project = make_project(tmp_path, pyproject='[tool.auditor]\nfail_on = "x"\n')
    monkeypatch.chdir(project)  # paths in messages are shown from the working directory, as by the commands
    with pytest.raises(InputError) as caught:
        auditor.check()
    assert [str(p) for p in caught.value.problems] == [
        'pyproject.toml:2:1: unknown key "fail_on" in [tool.auditor] (did you mean "fail-on"?)'
    ]
    with pytest.raises(InputError, match="nothing to scan"):
        auditor.scan(project=tmp_path / "empty")
    with pytest.raises(UnknownCheck, match="percent-summ"):
        auditor.scan(ROOT / "corpus", select="percent-summ")


def test_importing_auditor_does_not_load_the_api():
    script = "import sys, auditor\nprint('auditor.api' in sys.modules, callable(auditor.check))"
    run = subprocess.run([sys.executable, "-c", script], cwd=Path(ROOT), capture_output=True, text=True)
    assert run.stdout == "False True\n", run.stderr


def test_folders_give_every_kind_of_document_and_nothing_else(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.auditor]\n", encoding="utf-8")
    for name in ("a.txt", "b.text", "c.md", "d.markdown", "e.html", "f.yaml"):
        (tmp_path / "drafts" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "drafts" / name).write_text("今年投入资金108万元。\n", encoding="utf-8")
    report = auditor.scan(tmp_path / "drafts", project=tmp_path)
    assert report.documents == ("drafts/a.txt", "drafts/b.text", "drafts/c.md", "drafts/d.markdown")


def test_documents_named_never_move_the_project_as_on_the_command_line(tmp_path, monkeypatch):
    other = make_project(tmp_path / "other", pyproject="[tool.auditor]\n")  # a project with claims of its own
    here = tmp_path / "here"
    (here / ".git").mkdir(parents=True)
    monkeypatch.chdir(here)
    document = other / "corpus" / "a.txt"
    report = auditor.check(docs=[document])
    assert (report.claim_count, report.documents) == (0, (document.as_posix(),))
    assert _shown(report.findings) == _cli(["check", "--docs", str(document)], here)
