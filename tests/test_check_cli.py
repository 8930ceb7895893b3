"""`auditor check` through the real entry point: exit statuses, selection, output, colour, suppressions.

`run_cli` runs `auditor.cli.main` inside click's CliRunner isolation (captured
streams, a controlled environment) in a given working directory. The helpers
here are shared by the other CI test modules.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.config import FORMAT_CHOICES
from tests.conftest import ROOT

DOC_A = "一是工作组成立的“通伊”教育基金首期筹得108万元，充分发挥公益助学作用。\n"
DOC_B = "二是援疆干部捐赠启动资金118万元，设立通伊教育基金。\n"
CLAIM_A = """\
document: corpus/a.txt
published: 2024-06
claims:
  - id: a-fund
    key: 通伊教育基金.首期资金
    quote: 教育基金首期筹得108万元
"""
CLAIM_B = """\
document: corpus/b.txt
published: 2024-06
claims:
  - id: b-fund
    key: 通伊教育基金.首期资金
    quote: 捐赠启动资金118万元
"""
# Clean: every term of the environment that could change the output is pinned.
BASE_ENV = {
    "NO_COLOR": None,
    "FORCE_COLOR": None,
    "COLUMNS": "100",
    "LINES": "50",
    "GITHUB_STEP_SUMMARY": None,
    "TERM": "xterm-256color",
    "COLORTERM": None,
}


class Result:
    def __init__(self, status: int, stdout: str, stderr: str):
        self.status, self.stdout, self.stderr = status, stdout, stderr

    def __repr__(self) -> str:
        return f"Result(status={self.status}, stdout={self.stdout[-2000:]!r}, stderr={self.stderr[-2000:]!r})"


def run_cli(args: list[str], cwd: Path, env: dict | None = None, stdin: bytes | None = None) -> Result:
    runner = CliRunner()
    previous = Path.cwd()
    os.chdir(cwd)
    try:
        with runner.isolation(input=stdin, env={**BASE_ENV, **(env or {})}) as (out, err, _):
            try:
                main(args)
                status = 0
            except SystemExit as exc:
                status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
            return Result(status, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))
    finally:
        os.chdir(previous)


# A project that turns on the opt-in truncated-paragraph.
OPTING_IN = "[project]\nname = 'news'\n\n[tool.auditor]\nextend-select = [\"truncated-paragraph\"]\n"


def make_project(
    root: Path, files: dict[str, str] | None = None, *, pyproject: str = "[project]\nname = 'news'\n"
) -> Path:
    """A project: pyproject.toml plus the given files (default: two articles that conflict, and their claims)."""
    if files is None:
        files = {"corpus/a.txt": DOC_A, "corpus/b.txt": DOC_B, "claims/a.yaml": CLAIM_A, "claims/b.yaml": CLAIM_B}
    root.mkdir(parents=True, exist_ok=True)
    if pyproject is not None:
        (root / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def clean_project(root: Path) -> Path:
    """Two articles that agree (no finding from any check)."""
    return make_project(
        root,
        {
            "corpus/a.txt": DOC_A,
            "corpus/b.txt": DOC_B.replace("118万元", "108万元"),
            "claims/a.yaml": CLAIM_A,
            "claims/b.yaml": CLAIM_B.replace("118万元", "108万元"),
        },
    )


# ---------------------------------------------------------------- exit statuses


def test_clean_project_exits_0(tmp_path):
    result = run_cli(["check"], clean_project(tmp_path))
    assert result.status == 0, result
    assert "No findings; 2 documents checked" in result.stdout


def test_findings_at_or_above_fail_on_exit_1(tmp_path):
    result = run_cli(["check"], make_project(tmp_path))
    assert result.status == 1, result
    assert "conflicting-figures" in result.stdout
    assert "Found 1 error; 2 documents checked" in result.stdout


@pytest.mark.parametrize(("fail_on", "status"), [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_threshold(tmp_path, fail_on, status):
    assert run_cli(["check", "--fail-on", fail_on], make_project(tmp_path)).status == status


def test_fail_on_warning_turns_a_warning_into_failure(tmp_path):
    # A warning-only run: ambiguous-quote (the quote occurs twice).
    project = make_project(
        tmp_path,
        {
            "corpus/a.txt": "投入援疆资金480万元。\n又一次投入援疆资金480万元。\n",
            "claims/a.yaml": "document: corpus/a.txt\npublished: 2024\nclaims:\n"
            "  - {id: x, key: k, quote: 投入援疆资金480万元}\n",
        },
    )
    assert run_cli(["check", "--select", "ambiguous-quote"], project).status == 0
    assert run_cli(["check", "--select", "ambiguous-quote", "--fail-on", "warning"], project).status == 1


def test_exit_zero_keeps_findings_but_exits_0(tmp_path):
    result = run_cli(["check", "--exit-zero"], make_project(tmp_path))
    assert result.status == 0
    assert "conflicting-figures" in result.stdout


def test_input_error_exits_2_even_with_exit_zero(tmp_path):
    project = make_project(tmp_path, {"corpus/a.txt": DOC_A, "claims/a.yaml": CLAIM_A.replace("quote:", "qoute:")})
    result = run_cli(["check", "--exit-zero"], project)
    assert result.status == 2
    assert 'unknown key "qoute"' in result.stderr
    assert "nothing was checked" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_missing_path_exits_2(tmp_path):
    result = run_cli(["check", "claims/nope.yaml"], make_project(tmp_path))
    assert result.status == 2
    assert "claims/nope.yaml: no such file or directory" in result.stderr


def test_nothing_to_check_exits_2(tmp_path):
    result = run_cli(["check"], make_project(tmp_path, {}))
    assert result.status == 2
    assert "nothing to check" in result.stderr


# ---------------------------------------------------------------- selection


def test_select_and_ignore_by_id(tmp_path):
    project = make_project(tmp_path)
    assert run_cli(["check", "--select", "conflicting-figures"], project).status == 1
    assert run_cli(["check", "--ignore", "conflicting-figures"], project).status == 0
    assert run_cli(["check", "--select", "percent-sum,quote-not-found"], project).status == 0
    both = run_cli(["check", "--select", "percent-sum", "--select", "conflicting-figures", "--format", "json"], project)
    assert json.loads(both.stdout)["summary"]["checks"] == ["conflicting-figures", "percent-sum"]


@pytest.mark.parametrize("option", ["--select", "--extend-select", "--ignore"])
def test_unknown_check_id_is_a_usage_error(tmp_path, option):
    result = run_cli(["check", option, "conflicting-figure"], make_project(tmp_path))
    assert result.status == 2, result
    assert "unknown check id: conflicting-figure" in result.stderr
    assert 'did you mean "conflicting-figures"?' in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_option_value_exits_2(tmp_path):
    result = run_cli(["check", "--fail-on", "fatal"], make_project(tmp_path))
    assert result.status == 2
    assert "Invalid value for '--fail-on'" in result.stderr


def test_unknown_format_exits_2(tmp_path):
    assert run_cli(["check", "--format", "xml"], make_project(tmp_path)).status == 2


# ---------------------------------------------------------------- output


def test_output_is_written_atomically_and_nothing_printed(tmp_path):
    project = make_project(tmp_path)
    target = project / "out" / "report.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    result = run_cli(["check", "--format", "json", "--output", "out/report.json"], project)
    assert result.status == 1
    assert result.stdout == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1 and data["findings"][0]["check"] == "conflicting-figures"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the replaced file keeps its permissions
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.json"]  # no temporary file left


def test_text_output_to_file_has_no_colour(tmp_path):
    project = make_project(tmp_path)
    result = run_cli(["check", "-o", "report.txt", "--color", "always"], project)
    assert result.status == 1
    text = (project / "report.txt").read_text(encoding="utf-8")
    assert "\x1b[" not in text and "conflicting-figures" in text


def test_output_into_a_missing_directory_exits_2_without_traceback(tmp_path):
    result = run_cli(["check", "-o", "no/such/dir/report.json", "--format", "json"], make_project(tmp_path))
    assert result.status == 2
    assert "cannot write no/such/dir/report.json" in result.stderr
    assert "Traceback" not in result.stderr


def test_json_output_is_byte_identical_across_runs(tmp_path):
    project = make_project(tmp_path)
    first = run_cli(["check", "--format", "json"], project).stdout
    assert first == run_cli(["check", "--format", "json"], project).stdout


# ---------------------------------------------------------------- colour, quiet, verbose


def _has_ansi(text: str) -> bool:
    return "\x1b[" in text


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        ([], {}, False),  # not a terminal
        ([], {"FORCE_COLOR": "1"}, True),
        ([], {"NO_COLOR": "1"}, False),
        ([], {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),  # NO_COLOR wins
        (["--color", "always"], {"NO_COLOR": "1"}, True),  # an explicit option beats the environment
        (["--color", "never"], {"FORCE_COLOR": "1"}, False),
    ],
)
def test_color_options_and_environment(tmp_path, args, env, coloured):
    result = run_cli(["check", *args], make_project(tmp_path), env=env)
    assert result.status == 1
    assert _has_ansi(result.stdout) is coloured


def test_machine_formats_never_carry_colour(tmp_path):
    result = run_cli(
        ["check", "--format", "github", "--color", "always"], make_project(tmp_path), env={"FORCE_COLOR": "1"}
    )
    assert not _has_ansi(result.stdout)


def test_quiet_drops_the_header(tmp_path):
    project = make_project(tmp_path)
    assert run_cli(["check"], project).stdout.startswith("auditor ")
    quiet = run_cli(["check", "-q"], project).stdout
    assert not quiet.startswith("auditor ") and "conflicting-figures" in quiet


# ---------------------------------------------------------------- inline suppressions, end to end

SUPPRESSED_B = CLAIM_B + "    ignore: [conflicting-figures]\n    reason: the 118万元 includes a later donation\n"


def test_inline_ignore_suppresses_counts_and_lists_with_verbose(tmp_path):
    project = make_project(
        tmp_path,
        {"corpus/a.txt": DOC_A, "corpus/b.txt": DOC_B, "claims/a.yaml": CLAIM_A, "claims/b.yaml": SUPPRESSED_B},
    )
    result = run_cli(["check"], project)
    assert result.status == 0, result
    assert "No findings (1 suppressed); 2 documents checked" in result.stdout
    assert "the 118万元 includes a later donation" not in result.stdout
    verbose = run_cli(["check", "--verbose"], project)
    assert verbose.status == 0
    assert "Suppressed (1)" in verbose.stdout
    assert "suppressed: the 118万元 includes a later donation" in verbose.stdout
    data = json.loads(run_cli(["check", "--format", "json"], project).stdout)
    assert data["summary"]["suppressed"] == 1 and data["findings"] == []
    assert data["suppressed"][0]["suppressed_by"] == "the 118万元 includes a later donation"


def test_inline_ignore_on_a_relation(tmp_path):
    doc = "每年将援疆资金总量的80%用于县及县以下、80%用于民生。\n"
    claims = """\
document: corpus/a.txt
published: 2025
claims:
  - {id: county, key: 资金.县级比例, quote: 援疆资金总量的80%用于县及县以下, value: 80%}
  - {id: livelihood, key: 资金.民生比例, quote: 80%用于民生}
relations:
  - shares: [county, livelihood]
    of: 援疆资金总量
"""
    project = make_project(tmp_path, {"corpus/a.txt": doc, "claims/a.yaml": claims})
    assert run_cli(["check", "--select", "percent-sum"], project).status == 1
    (project / "claims/a.yaml").write_text(
        claims + "    ignore: [percent-sum]\n    reason: checked with the editor\n", encoding="utf-8"
    )
    result = run_cli(["check", "--select", "percent-sum", "-v"], project)
    assert result.status == 0, result
    assert "(1 suppressed)" in result.stdout and "checked with the editor" in result.stdout


def test_inline_ignore_without_reason_is_an_input_error(tmp_path):
    project = make_project(
        tmp_path,
        {
            "corpus/a.txt": DOC_A,
            "corpus/b.txt": DOC_B,
            "claims/a.yaml": CLAIM_A,
            "claims/b.yaml": CLAIM_B + "    ignore: [conflicting-figures]\n",
        },
    )
    result = run_cli(["check"], project)
    assert result.status == 2
    assert "without a `reason`" in result.stderr


def test_inline_ignore_of_an_unknown_check_is_an_input_error(tmp_path):
    project = make_project(
        tmp_path,
        {"corpus/a.txt": DOC_A, "claims/a.yaml": CLAIM_A + "    ignore: [conflicting-figure]\n    reason: x\n"},
    )
    result = run_cli(["check"], project)
    assert result.status == 2
    assert 'unknown check id "conflicting-figure" in ignore' in result.stderr


# ---------------------------------------------------------------- the bundled corpus


def test_real_corpus_has_findings_and_selection_narrows_them():
    result = run_cli(["check", "--select", "percent-sum,conflicting-figures,date-arithmetic", "--format", "json"], ROOT)
    assert result.status == 1
    checks = [finding["check"] for finding in json.loads(result.stdout)["findings"]]
    assert checks == ["percent-sum", "conflicting-figures", "date-arithmetic"]
    # date-arithmetic alone is a warning: below the default threshold, at or above --fail-on warning.
    assert run_cli(["check", "--select", "date-arithmetic"], ROOT).status == 0
    assert run_cli(["check", "--select", "date-arithmetic", "--fail-on", "warning"], ROOT).status == 1
    assert run_cli(["check", "--select", "percent-sum"], ROOT).status == 1
    assert run_cli(["check", "--select", "percent-sum", "--exit-zero"], ROOT).status == 0


@pytest.mark.parametrize("fmt", FORMAT_CHOICES)
def test_real_corpus_every_format_runs(fmt):
    result = run_cli(["check", "--format", fmt, "--color", "never"], ROOT)
    assert result.status == 1, result
    assert result.stdout and "Traceback" not in result.stderr


def test_baseline_options_exclude_each_other(tmp_path):
    result = run_cli(["check", "--baseline", "b.json", "--no-baseline"], make_project(tmp_path))
    assert result.status == 2
    assert "exclude each other" in result.stderr


# ---------------------------------------------------------------- what the report shows (issue 19)

MIXED_DOC = "工作组当年投入援疆资金118万元，\n\n我们积极服务浙浙企在全疆投资兴业。\n"


def _mixed_project(root: Path) -> Path:
    """One article with a warning (truncated-paragraph) and a warning (doubled-word); no claims."""
    return make_project(root, {"corpus/a.txt": MIXED_DOC})


def test_concise_format_prints_one_line_per_finding_in_document_order_then_the_summary(tmp_path):
    project = make_project(tmp_path)
    result = run_cli(["check", "--output-format", "concise"], project)
    assert result.status == 1, result
    assert result.stdout == (
        'corpus/a.txt:1:21: error conflicting-figures Conflicting figures for "通伊教育基金.首期资金": 108万元 vs 118万元 '
        "(in corpus/a.txt and corpus/b.txt)\n"
        "Found 1 error; 2 documents checked\n"
    )
    assert run_cli(["check", "--format", "concise"], project).stdout == result.stdout


def test_scan_concise_orders_by_place_and_never_wraps(tmp_path):
    result = run_cli(
        ["scan", "corpus", "--format", "concise", "--fail-on", "warning", "--extend-select", "truncated-paragraph"],
        _mixed_project(tmp_path),
        env={"COLUMNS": "40"},
    )
    assert result.status == 1, result
    assert result.stdout.splitlines() == [
        'corpus/a.txt:1:1: warning truncated-paragraph Paragraph ends mid-sentence after "工作组当年投入援疆资金118万元，"; '
        "no continuation found",
        'corpus/a.txt:3:7: warning doubled-word Doubled word "浙浙"',
        "Found 2 warnings; 1 document checked",
    ]


def test_statistics_count_findings_per_check_and_severity(tmp_path):
    result = run_cli(
        ["scan", "corpus", "--statistics", "--extend-select", "truncated-paragraph"], _mixed_project(tmp_path)
    )
    assert result.status == 0, result
    assert result.stdout == (
        "1  warning  doubled-word\n1  warning  truncated-paragraph\nFound 2 warnings; 1 document checked\n"
    )


def test_statistics_with_a_machine_format_is_a_usage_error_before_anything_runs(tmp_path):
    result = run_cli(["scan", "corpus", "--statistics", "--format", "json"], _mixed_project(tmp_path))
    assert result.status == 2
    assert "--statistics prints counts as text; it cannot be combined with --format json" in result.stderr


def test_min_severity_hides_findings_but_fail_on_still_judges_them(tmp_path):
    project = _mixed_project(tmp_path)
    (project / "pyproject.toml").write_text(OPTING_IN, encoding="utf-8")
    result = run_cli(
        ["scan", "corpus", "--format", "concise", "--min-severity", "error", "--fail-on", "warning"], project
    )
    assert result.status == 1, result
    assert result.stdout == "No findings (2 below --min-severity not shown); 1 document checked\n"
    shown = run_cli(["scan", "corpus", "--format", "concise", "--min-severity", "warning"], project)
    assert [line.split()[2] for line in shown.stdout.splitlines()[:-1]] == ["truncated-paragraph", "doubled-word"]
    machine = run_cli(["scan", "corpus", "--format", "json", "--min-severity", "warning"], project)
    assert machine.status == 2 and "--format json reports every finding" in machine.stderr


def test_the_text_report_ends_with_a_recap_of_errors_and_counts_per_check(tmp_path):
    project = make_project(
        tmp_path,
        {
            "corpus/a.txt": DOC_A + "\n" + MIXED_DOC,
            "corpus/b.txt": DOC_B,
            "claims/a.yaml": CLAIM_A,
            "claims/b.yaml": CLAIM_B,
        },
        pyproject=OPTING_IN,
    )
    lines = run_cli(["check"], project).stdout.splitlines()
    recap = lines[next(i for i, line in enumerate(lines) if line.startswith("Recap ")) :]
    assert recap == [
        "Recap " + "─" * 94,
        '  corpus/a.txt:1:21  conflicting-figures  Conflicting figures for "通伊教育基金.首期资金": 108万元',
        "    vs 118万元 (in corpus/a.txt and corpus/b.txt)",
        "",
        "  conflicting-figures  1 error",
        "  doubled-word         1 warning",
        "  truncated-paragraph  1 warning",
        "Claims cover 2 of 3 figures (a.txt 1/2, b.txt 1/1)",
        "Found 1 error, 2 warnings; 2 documents checked",
    ]
    assert "Recap" not in run_cli(["check", "-q"], project).stdout


def test_mistyped_commands_and_paths_get_a_suggestion(tmp_path):
    project = _mixed_project(tmp_path)
    command = run_cli(["chek"], project)
    assert command.status == 2 and "No such command 'chek' (did you mean \"check\"?)." in command.stderr
    folder = run_cli(["scan", "corpsu"], project)
    assert folder.status == 2 and 'corpsu: no such file or directory (did you mean "corpus"?)' in folder.stderr
    file = run_cli(["scan", "corpus/a.tx"], project)
    assert 'corpus/a.tx: no such file or directory (did you mean "corpus/a.txt"?)' in file.stderr
    unrelated = run_cli(["scan", "zzzz"], project)
    assert "zzzz: no such file or directory\n" in unrelated.stderr


def test_a_path_line_col_is_never_wrapped_however_narrow_the_terminal(tmp_path):
    folder = "corpus/regional_desk_2024/qinghe_county"
    project = make_project(
        tmp_path,
        {
            f"{folder}/a.txt": DOC_A,
            f"{folder}/b.txt": DOC_B,
            "claims/a.yaml": CLAIM_A.replace("corpus/", folder + "/"),
            "claims/b.yaml": CLAIM_B.replace("corpus/", folder + "/"),
        },
    )
    output = run_cli(["check"], project, env={"COLUMNS": "40"}).stdout
    lines = output.splitlines()
    for where in (f"{folder}/a.txt:1:21", f"{folder}/b.txt:1:13"):
        assert any(line.strip().startswith(where) for line in lines), output
    assert f"  {folder}/a.txt:1:21" in lines and "    conflicting-figures  Conflicting" in lines, output  # the recap


def test_check_reads_a_document_from_standard_input_beside_the_claims(tmp_path):
    project = make_project(tmp_path)
    draft = "青禾县新闻\n\n我们积极服务浙浙企在全疆投资兴业。\n".encode()
    result = run_cli(
        ["check", "--docs", "-", "--stdin-filename", "drafts/a.txt", "--format", "concise"], project, stdin=draft
    )
    assert result.status == 1, result
    assert 'drafts/a.txt:3:7: warning doubled-word Doubled word "浙浙"' in result.stdout.splitlines()
    assert result.stdout.endswith("Found 1 error, 1 warning; 3 documents checked\n")
    stray = run_cli(["check", "--stdin-filename", "a.md"], project)
    assert stray.status == 2 and "give `--docs -`" in stray.stderr


# ---------------------------------------------------------------- opt-in checks


def _checks_run(result) -> list[str]:
    return [line.split()[2] for line in result.stdout.splitlines()[:-1]]


def test_an_opt_in_check_runs_only_when_selected_by_id(tmp_path):
    project = _mixed_project(tmp_path)
    concise = ["scan", "corpus", "--format", "concise"]
    assert _checks_run(run_cli(concise, project)) == ["doubled-word"]
    assert _checks_run(run_cli([*concise, "--extend-select", "truncated-paragraph"], project)) == [
        "truncated-paragraph",
        "doubled-word",
    ]
    assert _checks_run(run_cli([*concise, "--select", "truncated-paragraph"], project)) == ["truncated-paragraph"]
    # check runs the document checks too, and extends its own defaults (no discovery check joins them)
    checked = run_cli(
        ["check", "--docs", "corpus", "--extend-select", "truncated-paragraph", "--format", "json"], project
    )
    assert json.loads(checked.stdout)["summary"]["checks"] == [
        "doubled-word",
        "duplicate-paragraph",
        "malformed-number",
        "mixed-punctuation",
        "stray-latin",
        "traditional-character",
        "truncated-paragraph",
        "unbalanced-quotes",
        "unused-suppression",
    ]


def test_configured_extend_select_adds_to_the_defaults_and_a_command_line_select_sets_it_aside(tmp_path):
    project = make_project(tmp_path, {"corpus/a.txt": MIXED_DOC}, pyproject=OPTING_IN)
    concise = ["scan", "corpus", "--format", "concise"]
    assert _checks_run(run_cli(concise, project)) == ["truncated-paragraph", "doubled-word"]
    assert _checks_run(run_cli([*concise, "--select", "doubled-word"], project)) == ["doubled-word"]
    assert _checks_run(run_cli([*concise, "--ignore", "truncated-paragraph"], project)) == ["doubled-word"]
    # a command-line --extend-select adds to the configured one, as in ruff
    added = run_cli([*concise, "--extend-select", "duplicate-paragraph", "--format", "json"], project)
    assert "truncated-paragraph" in json.loads(added.stdout)["summary"]["checks"]
    shown = run_cli(["config"], project).stdout
    assert 'extend-select = ["truncated-paragraph"]      # pyproject.toml:5' in shown


def test_an_unknown_id_in_extend_select_is_a_usage_error_with_a_suggestion(tmp_path):
    project = _mixed_project(tmp_path)
    result = run_cli(["scan", "corpus", "--extend-select", "truncated-paragrap"], project)
    assert result.status == 2
    assert "unknown check id: truncated-paragrap" in result.stderr
    assert 'did you mean "truncated-paragraph"?' in result.stderr
    configured = make_project(
        tmp_path / "other", {"corpus/a.txt": MIXED_DOC}, pyproject='[tool.auditor]\nextend-select = ["truncated"]\n'
    )
    result = run_cli(["scan", "corpus"], configured)
    assert result.status == 2
    assert 'pyproject.toml:2:1: unknown check id "truncated" in "extend-select"' in result.stderr


def test_the_checks_list_says_when_each_check_runs():
    listed = {line.split()[0]: line.split()[3] for line in run_cli(["checks"], ROOT).stdout.splitlines()}
    assert (listed["truncated-paragraph"], listed["doubled-word"], listed["discovered-conflict"]) == (
        "opt-in",
        "default",
        "scan",
    )
    rows = {row["id"]: row["runs"] for row in json.loads(run_cli(["checks", "--format", "json"], ROOT).stdout)}
    assert rows["truncated-paragraph"] == "opt-in" and rows["percent-sum"] == "default"
