"""Configuration: discovery, validation with located errors, precedence, and `auditor config`."""

from __future__ import annotations

import json

import pytest

from auditor.config import key_positions, load_settings
from auditor.errors import InputError
from tests.test_check_cli import make_project, run_cli

PYPROJECT_HEAD = "[project]\nname = 'news'\n\n"


def settings_in(project, **cli):
    return load_settings(cli, start=project)


# ---------------------------------------------------------------- discovery


def test_no_configuration_gives_defaults(tmp_path):
    project = make_project(tmp_path)
    settings = settings_in(project)
    assert settings.config_path is None
    assert settings["fail-on"] == "error" and settings["format"] == "text" and settings["color"] == "auto"
    assert settings.values["fail-on"].source == "default"
    assert [path.resolve() for path in settings.paths("claims")] == [(project / "claims").resolve()]


def test_pyproject_table_is_read_and_sources_name_the_line(tmp_path):
    project = make_project(
        tmp_path, pyproject=PYPROJECT_HEAD + '[tool.auditor]\nfail-on = "warning"\nignore = ["doubled-word"]\n'
    )
    settings = settings_in(project)
    assert settings.config_path.name == "pyproject.toml"
    assert settings["fail-on"] == "warning"
    assert settings.values["fail-on"].source.endswith("pyproject.toml:5")
    assert settings["ignore"] == ["doubled-word"]
    assert settings.values["ignore"].source.endswith("pyproject.toml:6")


def test_discovered_upward_from_a_subdirectory(tmp_path):
    project = make_project(tmp_path, pyproject=PYPROJECT_HEAD + '[tool.auditor]\nfail-on = "never"\n')
    sub = project / "corpus"
    result = run_cli(["check"], sub)
    assert result.status == 0, result  # fail-on never from the configuration, found from corpus/
    settings = load_settings({}, start=sub)
    assert settings.root == project.resolve() and settings["fail-on"] == "never"


def test_inline_tool_table_is_found_and_located(tmp_path):
    project = make_project(tmp_path, pyproject=PYPROJECT_HEAD + '[tool]\nauditor = { fail-on = "never" }\n')
    assert settings_in(project)["fail-on"] == "never"
    (project / "pyproject.toml").write_text(
        PYPROJECT_HEAD + '[tool]\nauditor = { fail_on = "never" }\n', encoding="utf-8"
    )
    result = run_cli(["check"], project)
    assert result.status == 2
    assert result.stderr.startswith('pyproject.toml:5:1: unknown key "fail_on" in [tool.auditor]')


def test_a_broken_pyproject_without_auditor_settings_is_not_our_business(tmp_path):
    project = make_project(tmp_path, pyproject="[project]\nname = 'auditor-news'\nversion = \n")
    assert run_cli(["check"], project).status == 1  # checked as usual, with defaults
    (project / "pyproject.toml").write_text("[tool.auditor]\nfail-on = \n", encoding="utf-8")
    result = run_cli(["check"], project)
    assert result.status == 2 and result.stderr.startswith("pyproject.toml:2:11: invalid TOML")


def test_auditor_toml_wins_over_pyproject(tmp_path):
    project = make_project(tmp_path, pyproject=PYPROJECT_HEAD + '[tool.auditor]\nfail-on = "info"\n')
    (project / "auditor.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    settings = settings_in(project)
    assert settings.config_path.name == "auditor.toml" and settings["fail-on"] == "never"
    assert any("[tool.auditor] is ignored because" in note for note in settings.notes)
    shown = run_cli(["config"], project).stdout
    assert "# note: pyproject.toml: [tool.auditor] is ignored because auditor.toml exists" in shown


def test_auditor_toml_alone_marks_the_root(tmp_path):
    project = make_project(tmp_path, pyproject=None)
    (project / "auditor.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    assert run_cli(["check"], project).status == 0


def test_the_root_is_the_nearest_folder_with_git_or_an_auditor_config_not_any_pyproject(tmp_path):
    repository = make_project(tmp_path / "repo", pyproject=None)
    (repository / ".git").mkdir()
    (repository / "auditor.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    site = repository / "site"
    site.mkdir()
    (site / "pyproject.toml").write_text("[project]\nname = 'site-generator'\n", encoding="utf-8")
    shown = run_cli(["config"], site).stdout
    assert f"# project root: {repository.resolve()}" in shown  # the site generator's pyproject is not ours
    assert run_cli(["check"], site).status == 0  # the repository's auditor.toml applies
    (site / "pyproject.toml").write_text(
        "[project]\nname = 'site'\n[tool.auditor]\nfail-on = \"error\"\n", encoding="utf-8"
    )
    assert f"# project root: {site.resolve()}" in run_cli(["config"], site).stdout


def test_project_names_the_root_for_a_hook_run_elsewhere(tmp_path):
    project = make_project(tmp_path / "news")
    (project / "auditor.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert f"# project root: {project.resolve()}" in run_cli(["config", "--project", str(project)], elsewhere).stdout
    assert run_cli(["check", "--project", str(project)], elsewhere).status == 0
    result = run_cli(["scan", "--project", str(project), str(project / "corpus"), "--format", "concise"], elsewhere)
    assert result.status == 0 and "2 documents checked" in result.stdout
    missing = run_cli(["check", "--project", str(tmp_path / "nope")], elsewhere)
    assert missing.status == 2 and "does not exist" in missing.stderr


def test_explicit_config_file(tmp_path):
    project = make_project(tmp_path)
    (project / "ci.toml").write_text('fail-on = "never"\nformat = "json"\n', encoding="utf-8")
    result = run_cli(["check", "--config", "ci.toml"], project)
    assert result.status == 0 and json.loads(result.stdout)["schema_version"] == 1
    missing = run_cli(["check", "--config", "nope.toml"], project)
    assert missing.status == 2 and "nope.toml: configuration file not found" in missing.stderr


# ---------------------------------------------------------------- validation: located errors, exit 2


def _pyproject_with(body: str) -> str:
    # [tool.auditor] starts at line 10, so keys in it are at line 11 and after.
    return PYPROJECT_HEAD + "[tool.black]\nline-length = 100\n\n[tool.other]\nx = 1\n\n[tool.auditor]\n" + body


def test_unknown_key_is_located_with_a_suggestion(tmp_path):
    project = make_project(tmp_path, pyproject=_pyproject_with('select = []\nfail_on = "warning"\n'))
    result = run_cli(["check"], project)
    assert result.status == 2, result
    assert (
        result.stderr.splitlines()[0]
        == 'pyproject.toml:12:1: unknown key "fail_on" in [tool.auditor] (did you mean "fail-on"?)'
    )
    assert "nothing was checked" in result.stderr


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            'fail-on = "fatal"\n',
            'pyproject.toml:11:1: "fail-on" must be one of error, warning, info, never, not "fatal"',
        ),
        (
            'select = "percent-sum"\n',
            'pyproject.toml:11:1: "select" must be a list of strings, e.g. select = ["percent-sum"]',
        ),
        (
            'ignore = ["percent-summ"]\n',
            'pyproject.toml:11:1: unknown check id "percent-summ" in "ignore" (did you mean "percent-sum"?)',
        ),
        ('claims = "claims"\n', 'pyproject.toml:11:1: "claims" must be a list of strings, e.g. claims = ["claims"]'),
        ("color = true\n", 'pyproject.toml:11:1: "color" must be one of auto, always, never, not true'),
        (
            'format = "xml"\n',
            'pyproject.toml:11:1: "format" must be one of text, concise, json, sarif, github, gitlab, junit, not "xml"',
        ),
        ("baseline = 3\n", 'pyproject.toml:11:1: "baseline" must be a path (a string)'),
        (
            'rule-docs-url = "https://example.org/rules"\n',
            'pyproject.toml:11:1: "rule-docs-url" must be an http(s) address with {id} where the check id goes, '
            'e.g. "https://example.org/auditor/{id}.html", not "https://example.org/rules"',
        ),
        (
            '\n[tool.auditor.checks.percent-summ]\nseverity = "warning"\n',
            'pyproject.toml:12:1: unknown check "percent-summ" in [tool.auditor.checks] (did you mean "percent-sum"?)',
        ),
        (
            '\n[tool.auditor.checks.percent-sum]\nseverity = "fatal"\n',
            'pyproject.toml:13:1: "severity" must be one of error, warning, info, not "fatal"',
        ),
        (
            '\n[tool.auditor.checks.percent-sum]\nseverty = "info"\n',
            'pyproject.toml:13:1: unknown key "severty" in [tool.auditor.checks.percent-sum] (did you mean "severity"?); settable: severity',
        ),
        (
            'checks.percent-sum.severity = "fatal"\n',
            'pyproject.toml:11:1: "severity" must be one of error, warning, info, not "fatal"',
        ),
        (
            '\n[tool.auditor.checks.traditional-character]\nallow = "學"\n',
            'pyproject.toml:13:1: "allow" must be a list of non-empty strings, not "學"',
        ),
        (
            "checks = 3\n",
            'pyproject.toml:11:1: "checks" must be a table of check settings, e.g. [tool.auditor.checks.percent-sum]',
        ),
    ],
)
def test_bad_values_are_located(tmp_path, body, message):
    project = make_project(tmp_path, pyproject=_pyproject_with(body))
    result = run_cli(["check"], project)
    assert result.status == 2, result
    assert result.stderr.splitlines()[0] == message
    assert "Traceback" not in result.stderr


def test_every_problem_is_reported_together(tmp_path):
    project = make_project(tmp_path, pyproject=_pyproject_with('fail_on = "x"\ncolour = "never"\n'))
    lines = run_cli(["check"], project).stderr.splitlines()
    assert lines == [
        'pyproject.toml:11:1: unknown key "fail_on" in [tool.auditor] (did you mean "fail-on"?)',
        'pyproject.toml:12:1: unknown key "colour" in [tool.auditor] (did you mean "color"?)',
        "auditor: 2 input errors; nothing was checked",
    ]


def test_toml_syntax_error_is_located(tmp_path):
    project = make_project(tmp_path, pyproject=PYPROJECT_HEAD + "[tool.auditor]\nfail-on = \n")
    result = run_cli(["check"], project)
    assert result.status == 2
    assert result.stderr.startswith("pyproject.toml:5:11: invalid TOML: invalid value")


def test_auditor_toml_errors_name_the_file(tmp_path):
    project = make_project(tmp_path)
    (project / "auditor.toml").write_text('# settings\nfail-on = "error"\nsellect = []\n', encoding="utf-8")
    result = run_cli(["check"], project)
    assert result.status == 2
    assert (
        result.stderr.splitlines()[0]
        == 'auditor.toml:3:1: unknown key "sellect" in auditor.toml (did you mean "select"?)'
    )


def test_config_command_reports_errors_too(tmp_path):
    project = make_project(tmp_path, pyproject=_pyproject_with('fail_on = "warning"\n'))
    result = run_cli(["config"], project)
    assert result.status == 2 and 'unknown key "fail_on"' in result.stderr


# ---------------------------------------------------------------- precedence and effect


def test_command_line_wins_over_configuration(tmp_path):
    project = make_project(tmp_path, pyproject=PYPROJECT_HEAD + '[tool.auditor]\nfail-on = "never"\n')
    assert run_cli(["check"], project).status == 0
    assert run_cli(["check", "--fail-on", "error"], project).status == 1
    shown = run_cli(["config", "--fail-on", "error"], project).stdout
    assert 'fail-on = "error"' in shown and "# command line (--fail-on)" in shown


def test_select_ignore_format_color_from_configuration(tmp_path):
    project = make_project(
        tmp_path,
        pyproject=PYPROJECT_HEAD + '[tool.auditor]\nignore = ["conflicting-figures"]\n'
        'format = "json"\ncolor = "always"\n',
    )
    result = run_cli(["check"], project)
    assert result.status == 0
    assert "conflicting-figures" not in json.loads(result.stdout)["summary"]["checks"]
    # A list given on the command line replaces the configured one (it does not extend it).
    assert run_cli(["check", "--select", "conflicting-figures", "--ignore", "percent-sum"], project).status == 1


def test_per_check_severity_from_configuration(tmp_path):
    project = make_project(
        tmp_path, pyproject=PYPROJECT_HEAD + '[tool.auditor.checks.conflicting-figures]\nseverity = "warning"\n'
    )
    result = run_cli(["check", "--format", "json"], project)
    assert result.status == 0  # the conflict is now a warning, below the default --fail-on error
    assert json.loads(result.stdout)["findings"][0]["severity"] == "warning"
    assert run_cli(["check", "--fail-on", "warning"], project).status == 1


def test_per_check_options_reach_the_check(tmp_path):
    files = {"corpus/a.txt": "这所學校建于2010年，今年迎来新生。\n"}
    project = make_project(tmp_path, files)
    assert (
        run_cli(
            ["check", "--docs", "corpus", "--select", "traditional-character", "--fail-on", "warning"], project
        ).status
        == 1
    )
    (project / "pyproject.toml").write_text(
        PYPROJECT_HEAD
        + '[tool.auditor]\ndocs = ["corpus"]\n\n[tool.auditor.checks.traditional-character]\nallow = ["學"]\n',
        encoding="utf-8",
    )
    result = run_cli(["check", "--select", "traditional-character", "--fail-on", "warning"], project)
    assert result.status == 0, result
    shown = run_cli(["config"], project).stdout
    assert 'allow = ["學"]' in shown and "pyproject.toml:8" in shown


def test_configured_paths_are_relative_to_the_configuration(tmp_path):
    project = make_project(
        tmp_path,
        {
            "articles/a.txt": "一是工作组成立的“通伊”教育基金首期筹得108万元。\n",
            "fact-checks/a.yaml": "document: articles/a.txt\npublished: 2024\nclaims:\n"
            "  - {id: a, key: k, quote: 基金首期筹得108万元}\n",
        },
        pyproject=PYPROJECT_HEAD + '[tool.auditor]\nclaims = ["fact-checks"]\n',
    )
    result = run_cli(["check", "--format", "json"], project / "articles")
    assert result.status == 0, result
    assert json.loads(result.stdout)["summary"]["claims"] == 1
    # Without the setting there is no claims/ directory: nothing to check.
    (project / "pyproject.toml").write_text(PYPROJECT_HEAD, encoding="utf-8")
    assert run_cli(["check"], project).status == 2


def test_config_command_prints_every_setting_with_its_source(tmp_path):
    project = make_project(
        tmp_path,
        pyproject=PYPROJECT_HEAD + '[tool.auditor]\nfail-on = "warning"\n'
        'baseline = "auditor-baseline.json"\n\n[tool.auditor.checks.percent-sum]\nseverity = "info"\n',
    )
    result = run_cli(["config", "--ignore", "doubled-word"], project)
    assert result.status == 0, result
    lines = result.stdout.splitlines()
    assert "# configuration: pyproject.toml [tool.auditor]" in lines
    expected = {
        'fail-on = "warning"': "# pyproject.toml:5",
        'baseline = "auditor-baseline.json"': "# pyproject.toml:6",
        'ignore = ["doubled-word"]': "# command line (--ignore)",
        "select = []": "# default",
        'claims = ["claims"]': "# default (claims/ of the project root)",
    }
    for value, source in expected.items():
        assert any(line.startswith(value) and line.endswith(source) for line in lines), (value, lines)
    section = lines.index("[checks.percent-sum]")
    assert lines[section + 1].startswith('severity = "info"') and lines[section + 1].endswith("# pyproject.toml:9")
    assert run_cli(["config", "--ignore", "doubled-word"], project).stdout == result.stdout  # deterministic


def test_config_command_rejects_unknown_ids_on_the_command_line(tmp_path):
    result = run_cli(["config", "--select", "nope"], make_project(tmp_path))
    assert result.status == 2 and "unknown check id: nope" in result.stderr


def test_load_settings_raises_input_error_for_api_users(tmp_path):
    project = make_project(tmp_path, pyproject=PYPROJECT_HEAD + "[tool.auditor]\nnope = 1\n")
    with pytest.raises(InputError) as caught:
        settings_in(project)
    assert caught.value.problems[0].line == 5


# ---------------------------------------------------------------- locating keys in TOML text


def test_key_positions_handles_headers_dotted_and_quoted_keys():
    text = (
        "[tool.auditor]\n"  # 1
        "fail-on = 'error'\n"  # 2
        "checks.percent-sum.severity = 'info'\n"  # 3
        'note = """\n'  # 4
        "select = 'not a key: inside a string'\n"  # 5
        '"""\n'  # 6
        '  [ tool . auditor . checks . "date-arithmetic" ]  # comment\n'  # 7
        "  severity = 'warning'\n"  # 8
        "inline = { a = 1 }\n"  # 9
    )
    positions = key_positions(text)
    assert positions[("tool", "auditor")] == (1, 1)
    assert positions[("tool", "auditor", "fail-on")] == (2, 1)
    assert positions[("tool", "auditor", "checks", "percent-sum", "severity")] == (3, 1)
    assert ("tool", "auditor", "select") not in positions
    assert positions[("tool", "auditor", "checks", "date-arithmetic")] == (7, 3)
    assert positions[("tool", "auditor", "checks", "date-arithmetic", "severity")] == (8, 3)
    assert positions[("tool", "auditor", "checks", "date-arithmetic", "inline")] == (9, 1)
    assert ("tool", "auditor", "checks", "date-arithmetic", "inline", "a") not in positions
