"""Hostile files and outputs: what a careless user or a stranger's pull request can put in the way.

Special files (FIFOs, devices) as inputs, an output that is an input, links
out of the project, names and text that would write to the terminal or start
a CI command, alike findings under a baseline, interrupted parallel runs, a
closed or full standard output. Each case: exit status, the exact message,
and inputs unchanged.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from auditor.cli import main
from tests.test_bad_input import DOC, DOC_TEXT, ONE_CLAIM, build, snapshot

ROOT = Path(__file__).resolve().parents[1]

# Named pipes, devices, symbolic links, signals to a process group: POSIX.
pytestmark = [pytest.mark.skipif(os.name != "posix", reason="POSIX file types and signals"), pytest.mark.slow]


def invoke(root: Path, argv: list[str], capsys, env: dict[str, str] | None = None, monkeypatch=None):
    """(exit status, stdout, stderr) of `auditor ARGV` run in `root` through the real entry point."""
    if env:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
    cwd = os.getcwd()
    os.chdir(root)
    try:
        with pytest.raises(SystemExit) as exited:
            main(argv)
    finally:
        os.chdir(cwd)
    out, err = capsys.readouterr()
    return exited.value.code, out, err


def process(root: Path, argv: list[str], **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **kwargs.pop("env", {})}
    env.pop("CI", None)
    return subprocess.run(
        [sys.executable, "-m", "auditor.cli", *argv], cwd=root, env=env, capture_output=True, timeout=120, **kwargs
    )


def configured(tmp_path: Path, pyproject: str) -> Path:
    """A project with one claim file and this pyproject.toml."""
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": ONE_CLAIM})
    (root / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    return root


# --------------------------------------------------------------------------- special files as inputs


def test_a_named_pipe_as_a_document_is_refused_not_waited_on(tmp_path, capsys):
    root = tmp_path / "p"
    build(root, {})
    os.mkfifo(root / "corpus" / "pipe.txt")
    code, out, err = invoke(root, ["scan", "corpus/pipe.txt"], capsys)
    assert (code, out) == (2, "")
    assert err == (
        "corpus/pipe.txt: is a named pipe, not a regular file\nauditor: 1 input error; nothing was checked\n"
    )


def test_a_named_pipe_named_by_a_claim_file_is_refused(tmp_path, capsys):
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": "document: corpus/pipe.txt\npublished: 2024\nclaims: []\n"})
    os.mkfifo(root / "corpus" / "pipe.txt")
    code, out, err = invoke(root, ["check"], capsys)
    assert code == 2
    assert err.splitlines()[0] == 'claims/a.yaml:1:11: document "corpus/pipe.txt": is a named pipe, not a regular file'


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("option", ["--docs", "--baseline", "--config"])
def test_an_endless_device_is_refused_not_read(tmp_path, capsys, option):
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": ONE_CLAIM})
    code, out, err = invoke(root, ["check", option, "/dev/zero"], capsys)
    assert (code, out) == (2, "")
    assert "/dev/zero: is a character device, not a regular file\n" in err


# --------------------------------------------------------------------------- outputs


@pytest.mark.parametrize(
    ("argv", "target"),
    [
        (["check", "-o", "claims/a.yaml"], "claims/a.yaml"),
        (["check", "-o", DOC], DOC),
        (["check", "-o", "auditor.toml"], "auditor.toml"),
        (["scan", DOC, "-o", DOC], DOC),
        (["check", "-o", "alias.txt"], DOC),
    ],
)
def test_the_report_never_replaces_an_input(tmp_path, capsys, argv, target):
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": ONE_CLAIM, "auditor.toml": 'fail-on = "error"\n'})
    (root / "alias.txt").symlink_to(root / DOC)
    before = snapshot(root)
    code, out, err = invoke(root, argv, capsys)
    assert code == 2
    assert err == (
        f"auditor: not writing the report to {argv[-1]}: it is an input of this run ({target}); choose another file\n"
    )
    assert snapshot(root) == before


def test_extract_never_replaces_the_document_it_reads(tmp_path, capsys):
    root = tmp_path / "p"
    build(root, {})
    before = snapshot(root)
    code, out, err = invoke(root, ["extract", DOC, "-o", DOC, "--force", "--published", "2024"], capsys)
    assert code == 2
    assert err == (
        f"{DOC}: is the document {DOC}; a claim file cannot replace it\nauditor: 1 input error; nothing was written\n"
    )
    assert snapshot(root) == before


@pytest.mark.parametrize("output", ["drafts/", "existing"])
def test_extract_into_a_directory_with_one_document(tmp_path, capsys, output):
    root = tmp_path / "p"
    build(root, {})
    (root / "existing").mkdir()
    code, out, err = invoke(root, ["extract", DOC, "-o", output, "--published", "2024"], capsys)
    written = root / output.rstrip("/") / "a.yaml"
    assert (code, err) == (0, f"auditor: wrote {Path(output.rstrip('/'), 'a.yaml').as_posix()} for {DOC}\n")
    assert written.is_file() and "document: corpus/a.txt" in written.read_text(encoding="utf-8")


def test_extract_refuses_two_documents_drafted_into_one_file(tmp_path, capsys):
    root = tmp_path / "p"
    build(root, {"a/same.txt": "第一段有100万元。\n", "b/same.txt": "第二段有200万元。\n"})
    code, out, err = invoke(
        root, ["extract", "a/same.txt", "b/same.txt", "-o", "drafts/", "--published", "2024"], capsys
    )
    assert code == 2
    assert err == (
        "drafts/same.yaml: 2 documents would be drafted into it (a/same.txt, b/same.txt); draft them into "
        "separate directories\nauditor: 1 input error; nothing was written\n"
    )
    assert not (root / "drafts").exists()


def test_extract_merge_refuses_the_claim_file_of_another_document(tmp_path, capsys):
    root = tmp_path / "p"
    build(root, {"claims/b.yaml": "document: corpus/b.txt\npublished: 2024\nclaims: []\n", "corpus/b.txt": DOC_TEXT})
    code, out, err = invoke(root, ["extract", DOC, "--published", "2024", "--merge", "claims/b.yaml"], capsys)
    assert (code, out) == (2, "")
    assert err == (
        "claims/b.yaml:1: the claim file is for corpus/b.txt, not corpus/a.txt\n"
        "auditor: 1 input error; nothing was written\n"
    )


@pytest.mark.parametrize("command", [["check", "--format", "json", "-o", "report.json"], ["baseline"]])
def test_a_symbolic_link_as_the_output_is_replaced_not_written_through(tmp_path, capsys, command):
    # A pull request can commit report.json or auditor-baseline.json as a link to a file outside the project.
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("precious", encoding="utf-8")
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": ONE_CLAIM})
    (root / "report.json").symlink_to(outside / "precious.txt")
    (root / "auditor-baseline.json").symlink_to(outside / "new-baseline.json")
    code, out, err = invoke(root, command, capsys)
    assert code == 0, err
    written = root / command[-1] if command[0] == "check" else root / "auditor-baseline.json"
    assert written.is_file() and not written.is_symlink()
    assert (outside / "precious.txt").read_text(encoding="utf-8") == "precious"
    assert sorted(path.name for path in outside.iterdir()) == ["precious.txt"]


@pytest.mark.parametrize(
    "command",
    [
        ["check", "-o", "reports/r.txt"],
        ["scan", DOC, "-o", "reports/r.txt"],
        ["baseline", "-o", "reports/b.json"],
        ["extract", DOC, "-o", "reports/", "--published", "2024"],
    ],
)
def test_a_relative_output_through_a_directory_link_out_of_the_project_is_refused(tmp_path, capsys, command):
    outside = tmp_path / "outside"
    outside.mkdir()
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": ONE_CLAIM})
    (root / "reports").symlink_to(outside)
    code, out, err = invoke(root, command, capsys)
    assert code == 2
    assert "a symbolic link on its way leads outside the project" in err
    assert list(outside.iterdir()) == []
    code, out, err = invoke(
        root,
        [*command[:-1], str(outside / "r.txt")]
        if command[0] != "extract"
        else [*command[:-3], str(outside), *command[-2:]],
        capsys,
    )
    assert code in (0, 1) and list(outside.iterdir())  # named by an absolute path: the user's choice


@pytest.mark.parametrize("command", [["check", "-o", "../r.txt"], ["scan", DOC, "-o", "../r.txt"]])
def test_a_relative_output_outside_the_project_by_its_own_name_is_written(tmp_path, capsys, command):
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": ONE_CLAIM})
    code, out, err = invoke(root, command, capsys)
    assert code in (0, 1), err
    assert "symbolic link" not in err and (tmp_path / "r.txt").is_file()


def test_a_named_pipe_as_the_output_is_written_in_place(tmp_path, capsys):
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": ONE_CLAIM})
    pipe = root / "out.pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    code, out, err = invoke(root, ["check", "--format", "json", "-o", "out.pipe"], capsys)
    reader.join(30)
    assert (code, err) == (0, "")
    assert pipe.is_fifo()  # not replaced by a regular file
    assert json.loads(received[0])["summary"]["claims"] == 1


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_is_reported_for_a_file_and_for_standard_output(tmp_path):
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": ONE_CLAIM})
    to_file = process(root, ["check", "-o", "/dev/full"])
    assert (to_file.returncode, to_file.stderr) == (2, b"auditor: cannot write /dev/full: No space left on device\n")
    with open("/dev/full", "wb") as full:
        to_stdout = subprocess.run(
            [sys.executable, "-m", "auditor.cli", "check"],
            cwd=root,
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    assert (to_stdout.returncode, to_stdout.stderr) == (
        2,
        b"auditor: cannot write the output: No space left on device\n",
    )


def test_a_closed_standard_output_is_reported_not_a_crash(tmp_path):
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": ONE_CLAIM})
    result = process(root, ["check"], preexec_fn=lambda: os.close(1))  # as `auditor check >&-`
    assert (result.returncode, result.stderr) == (2, b"auditor: cannot write the output: standard output is closed\n")
    written = process(root, ["check", "-o", "report.txt"], preexec_fn=lambda: os.close(1))
    assert (written.returncode, written.stderr) == (0, b"")
    assert (root / "report.txt").read_text(encoding="utf-8").endswith("1 document checked\n")


def test_an_absurd_terminal_width_is_capped(tmp_path, capsys, monkeypatch):
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": ONE_CLAIM.replace("108万元", "118万元")})
    code, out, err = invoke(root, ["check", "--color", "never"], capsys, {"COLUMNS": "9" * 20}, monkeypatch)
    assert (code, err) == (1, "")
    assert max(len(line) for line in out.splitlines()) == 1000  # the severity rule, at the cap


# --------------------------------------------------------------------------- what names and text may carry


def test_names_and_text_cannot_write_to_the_terminal_or_start_a_ci_command(tmp_path, capsys):
    root = tmp_path / "p"
    paragraph = "南通援疆工作组今年组织培训干部人才共计三百余人次，投入援疆资金480万元，取得明显成效。"
    text = f"标题\n\n{paragraph}\n\n{paragraph}\n"
    hostile = "x\n::error file=README.md::injected\x1b]0;title\x07.txt"
    build(root, {f"docs/{hostile}": text})
    code, out, err = invoke(root, ["scan", "docs", "--color", "never"], capsys)
    assert code == 1
    assert "\x1b" not in out and "\x07" not in out
    assert not any(line.startswith("::") for line in out.splitlines())
    assert "docs/x⏎::error file=README.md::injected\\x1b]0;title\\x07.txt:5:1" in out
    code, out, err = invoke(root, ["scan", "docs", "--format", "github"], capsys)
    commands = [line for line in out.splitlines() if line.startswith("::")]
    assert commands and all(line.startswith("::error file=docs/x%0A%3A%3Aerror file=README.md") for line in commands)
    assert "\x1b" not in out


def test_input_errors_show_control_characters_escaped(tmp_path, capsys):
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": ONE_CLAIM.replace("    key: k\n", '    key: k\n    "bad\\n::error::x\\e[2J": 1\n')})
    code, out, err = invoke(root, ["check"], capsys)
    assert code == 2
    assert err.splitlines()[0] == 'claims/a.yaml:6:5: unknown key "bad⏎::error::x\\x1b[2J" in a claim'


def test_a_usage_error_shows_the_argument_escaped(tmp_path, capsys):
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": ONE_CLAIM})
    code, out, err = invoke(root, ["check", "--select", "\x1b[31mred"], capsys)
    assert code == 2
    assert "\x1b" not in err and "unknown check id: \\x1b[31mred (`auditor checks` lists them)" in err


# --------------------------------------------------------------------------- staying inside the project


def test_a_link_out_of_the_project_in_a_searched_directory_is_refused(tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET_TOKEN 机密\n\nSECRET_TOKEN 机密\n", encoding="utf-8")
    root = tmp_path / "p"
    build(root, {"docs/a.txt": DOC_TEXT})
    (root / "docs" / "leak.txt").symlink_to(secret)
    (root / "docs" / "inside.txt").symlink_to(root / "docs" / "a.txt")
    (root / "docs" / "loop1.txt").symlink_to(root / "docs" / "loop2.txt")
    (root / "docs" / "loop2.txt").symlink_to(root / "docs" / "loop1.txt")
    code, out, err = invoke(root, ["scan", "docs"], capsys)
    assert (code, out) == (2, "")
    assert err == (
        "docs/leak.txt: symbolic link to a file outside the project root; not read\n"
        "docs/loop1.txt: symbolic link to nothing (or a loop of links)\n"
        "docs/loop2.txt: symbolic link to nothing (or a loop of links)\n"
        "auditor: 3 input errors; nothing was checked\n"
    )


def test_configured_paths_stay_inside_the_project(tmp_path, capsys):
    root = configured(tmp_path, '[tool.auditor]\ndocs = ["/etc/passwd"]\nbaseline = "../outside.json"\n')
    code, out, err = invoke(root, ["check"], capsys)
    assert code == 2
    assert err.splitlines() == [
        f'pyproject.toml:2:1: "docs" names "/etc/passwd", outside the project ({root}); configured paths stay '
        "inside it (name others on the command line)",
        f'pyproject.toml:3:1: "baseline" names "../outside.json", outside the project ({root}); configured paths '
        "stay inside it (name others on the command line)",
        "auditor: 2 input errors; nothing was checked",
    ]


def test_a_document_path_with_a_nul_byte_is_an_input_error(tmp_path, capsys):
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": 'document: "corpus/a.txt\\0x"\npublished: 2024\nclaims: []\n'})
    code, out, err = invoke(root, ["check"], capsys)
    assert code == 2
    assert err.startswith('claims/a.yaml:1:11: document path "corpus/a.txt\\x00x" cannot be resolved')


def test_from_a_directory_outside_any_project_the_paths_find_theirs(tmp_path, capsys):
    root = tmp_path / "paper"
    build(root, {"claims/a.yaml": ONE_CLAIM})
    code, out, err = invoke(tmp_path, ["check", "paper/claims"], capsys)
    assert (code, err) == (0, "")
    assert out.endswith("No findings; 1 document checked\n")


# --------------------------------------------------------------------------- claims and settings


def test_a_relation_date_that_is_no_date_is_an_input_error(tmp_path, capsys):
    root = tmp_path / "p"
    build(
        root,
        {
            DOC: "时隔12年，他于2011年离开。\n",
            "claims/a.yaml": (
                f"document: {DOC}\npublished: 2024-06\nclaims:\n  - {{id: gap, key: a, quote: 时隔12年}}\n"
                "  - {id: left, key: b, quote: 他于2011年离开}\nrelations:\n  - span: gap\n"
                "    from: left\n    to: 2030-13\n"
            ),
        },
    )
    code, out, err = invoke(root, ["check"], capsys)
    assert code == 2
    assert err.splitlines()[0] == 'claims/a.yaml:9:9: to: "2030-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'


def test_check_options_out_of_their_range_are_located(tmp_path, capsys):
    root = configured(
        tmp_path,
        "[tool.auditor.checks.discovered-conflict]\nmin_confidence = nan\n"
        '[tool.auditor.checks.duplicate-paragraph]\npassage_severity = "fatal"\nnear_threshold = 101\n'
        "min_length = -5\nboilerplate_frequency = 0\n"
        '[tool.auditor.checks.mixed-punctuation]\nmarks = ["", "ab"]\n',
    )
    code, out, err = invoke(root, ["check"], capsys)
    assert code == 2
    assert err.splitlines() == [
        'pyproject.toml:2:1: "min_confidence" must be a number (0 or more), not NaN',
        'pyproject.toml:4:1: "passage_severity" must be one of error, warning, info, off, not "fatal"',
        'pyproject.toml:5:1: "near_threshold" must be between 0 and 100, not 101',
        'pyproject.toml:6:1: "min_length" must be a whole number (0 or more), not -5',
        'pyproject.toml:7:1: "boilerplate_frequency" must be at least 1, not 0',
        'pyproject.toml:9:1: "marks" must be a list of non-empty strings, not ["", "ab"]',
        "auditor: 6 input errors; nothing was checked",
    ]


def test_min_confidence_nan_on_the_command_line_is_refused(tmp_path, capsys):
    root = tmp_path / "p"
    build(root, {})
    code, out, err = invoke(root, ["scan", DOC, "--min-confidence", "nan"], capsys)
    assert code == 2
    assert "Invalid value for '--min-confidence': nan is not a number between 0 and 1" in err


def test_a_deeply_nested_baseline_is_an_input_error(tmp_path, capsys):
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": ONE_CLAIM, "b.json": "[" * 100_000})
    code, out, err = invoke(root, ["check", "--baseline", "b.json"], capsys)
    assert (code, err) == (
        2,
        "b.json: JSON nested too deeply to be a baseline\nauditor: 1 input error; nothing was checked\n",
    )


# --------------------------------------------------------------------------- baselines and alike findings

PASTED = "南通援疆工作组今年组织培训干部人才共计三百余人次，投入援疆资金480万元，取得明显成效。"
OTHER = "伊宁县南通第二实验学校将于九月竣工交付，可容纳3000名学生就读，有助于优化当地教育布局。"
# The article's own opening (an opening restated under the headline may be a summary box: info, not a paste).
OPENING = "记者近日从伊宁县获悉，今年以来各项援疆工作进展顺利。"


def pasted_three_times(tmp_path: Path) -> Path:
    """A project whose one document holds a paragraph three times: two alike duplicate-paragraph findings."""
    root = tmp_path / "p"
    build(root, {"docs/a.txt": f"标题\n\n{OPENING}\n\n{PASTED}\n\n{OTHER}\n\n{PASTED}\n\n{PASTED}\n"})
    (root / "pyproject.toml").write_text('[tool.auditor]\ndocs = ["docs"]\n', encoding="utf-8")
    return root


def test_a_baseline_hides_as_many_alike_findings_as_it_recorded(tmp_path, capsys):
    paragraph, other = PASTED, OTHER
    root = pasted_three_times(tmp_path)
    code, out, err = invoke(root, ["baseline", "--reason", "old"], capsys)
    assert code == 0
    entries = json.loads((root / "auditor-baseline.json").read_text(encoding="utf-8"))["entries"]
    assert [(entry["check"], entry["count"]) for entry in entries] == [("duplicate-paragraph", 2)]

    with open(root / "docs" / "a.txt", "a", encoding="utf-8") as handle:
        handle.write(f"\n{paragraph}\n")  # a third copy: one more alike finding
    code, out, err = invoke(root, ["check", "--baseline", "auditor-baseline.json", "--format", "json"], capsys)
    report = json.loads(out)
    assert code == 1
    assert [(f["check"], f["location"]["line"]) for f in report["findings"]] == [("duplicate-paragraph", 13)]
    assert report["summary"]["baselined"] == 2

    (root / "docs" / "a.txt").write_text(
        f"标题\n\n{OPENING}\n\n{paragraph}\n\n{other}\n\n{paragraph}\n", encoding="utf-8"
    )
    code, out, err = invoke(root, ["check", "--baseline", "auditor-baseline.json", "--format", "json"], capsys)
    stale = json.loads(out)["findings"]
    assert code == 1
    assert [(f["check"], f["message"][:52], f["location"]["line"]) for f in stale] == [
        ("stale-baseline-entry", "Baseline entry records 2 alike findings, 1 remain: d", 6)
    ]
    assert ["set the entry's count to 1 (`auditor baseline --prune` does)"] == [f["fix"] for f in stale]

    code, out, err = invoke(root, ["baseline", "--prune"], capsys)
    assert code == 0
    entries = json.loads((root / "auditor-baseline.json").read_text(encoding="utf-8"))["entries"]
    assert "count" not in entries[0]  # one left: written as a plain entry
    code, out, err = invoke(root, ["check", "--baseline", "auditor-baseline.json"], capsys)
    assert (code, err) == (0, "")


def test_entries_repeating_a_fingerprint_are_judged_together(tmp_path, capsys):
    paragraph, other = PASTED, OTHER
    root = pasted_three_times(tmp_path)
    invoke(root, ["baseline"], capsys)
    baseline = json.loads((root / "auditor-baseline.json").read_text(encoding="utf-8"))
    entry = baseline["entries"][0]
    del entry["count"]
    baseline["entries"] = [entry, dict(entry)]  # count 2 written as two entries, as by hand
    (root / "auditor-baseline.json").write_text(json.dumps(baseline, ensure_ascii=False, indent=2), encoding="utf-8")
    (root / "docs" / "a.txt").write_text(
        f"标题\n\n{OPENING}\n\n{paragraph}\n\n{other}\n\n{paragraph}\n", encoding="utf-8"
    )
    code, out, err = invoke(root, ["check", "--baseline", "auditor-baseline.json", "--format", "json"], capsys)
    stale = json.loads(out)["findings"]
    assert code == 1
    assert [(f["check"], f["message"][:51]) for f in stale] == [
        ("stale-baseline-entry", "Baseline entry records 2 alike findings, 1 remain: ")
    ]


def test_configured_strings_are_shown_escaped(tmp_path, capsys):
    root = configured(
        tmp_path, '[tool.auditor.checks.truncated-paragraph]\ncaption_endings = ["\\u009b31mRED", "abc\\u202eevil"]\n'
    )
    code, out, err = invoke(root, ["config"], capsys)
    assert (code, err) == (0, "")
    assert "\x9b" not in out and "\u202e" not in out
    assert '"\\x9b31mRED", "abc\\u202eevil"' in out


def test_a_baseline_named_to_start_a_ci_command_is_shown_escaped(tmp_path, capsys):
    root = configured(tmp_path, '[tool.auditor]\nbaseline = "b\\n::error title=x::injected.json"\n')
    code, out, err = invoke(root, ["baseline"], capsys)
    assert code == 0, err
    assert not any(line.startswith("::") for line in (out + err).splitlines())
    assert "auditor: wrote 0 entries to b⏎::error title=x::injected.json (0 added, 0 kept, 0 removed)" in out


@pytest.mark.parametrize("count", ["0", "true", "1.5", '"2"'])
def test_a_baseline_count_must_be_a_whole_number(tmp_path, capsys, count):
    root = tmp_path / "p"
    baseline = (
        '{"kind": "auditor-baseline", "schema_version": 1, "entries": [{"fingerprint": "abc", "check": '
        f'"duplicate-paragraph", "path": "corpus/a.txt", "message": "m", "reason": "", "count": {count}}}]}}'
    )
    build(root, {"claims/a.yaml": ONE_CLAIM, "b.json": baseline})
    code, out, err = invoke(root, ["check", "--baseline", "b.json"], capsys)
    assert code == 2
    assert err.splitlines()[0] == 'b.json:1:64: entry 1: "count" must be a whole number of at least 1'


@pytest.mark.parametrize("version", ["true", "1.0"])
def test_a_baseline_schema_version_must_be_the_integer(tmp_path, capsys, version):
    root = tmp_path / "p"
    build(
        root,
        {
            "claims/a.yaml": ONE_CLAIM,
            "b.json": f'{{"kind": "auditor-baseline", "schema_version": {version}, "entries": []}}',
        },
    )
    code, out, err = invoke(root, ["check", "--baseline", "b.json"], capsys)
    assert code == 2
    assert "unsupported baseline schema_version" in err


# --------------------------------------------------------------------------- interrupting workers


@pytest.mark.skipif(not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(), reason="needs Linux /proc")
def test_ctrl_c_during_a_parallel_scan_prints_one_line(tmp_path):
    root = tmp_path / "p"
    build(root, {"docs/a.txt": "资金118万元，" * 40_000, "docs/b.txt": "资金118万元，" * 40_000})
    command = [sys.executable, "-m", "auditor.cli", "scan", "docs", "--jobs", "2", "--no-cache"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = subprocess.Popen(
        command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    children = Path(f"/proc/{started.pid}/task/{started.pid}/children")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and started.poll() is None and not children.read_text().strip():
        time.sleep(0.05)  # until the workers are forked
    time.sleep(0.5)  # and busy
    os.killpg(started.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole process group
    _, err = started.communicate(timeout=60)
    assert (started.returncode, err) == (130, b"auditor: interrupted\n")


def test_a_claim_file_just_over_the_limit_says_by_how_much(tmp_path, capsys):
    root = tmp_path / "p"
    build(root, {"claims/a.yaml": ONE_CLAIM + "#" + "x" * (4 * 1024 * 1024) + "\n"})
    code, out, err = invoke(root, ["check"], capsys)
    assert code == 2
    assert err.splitlines()[0] == "claims/a.yaml: claim file is 4.1 MiB; the limit is 4 MiB"
