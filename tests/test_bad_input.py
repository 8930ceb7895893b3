"""Bad input: every case gives a clear, located message and a documented exit code, never a traceback.

Each case builds a small project, runs `auditor check` through the real entry
point (`auditor.cli.main`), and asserts the exit status, the exact lines (or
fragments) printed, and that every input file is byte-identical afterwards.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from auditor.cli import main

DOC = "corpus/a.txt"
DOC_TEXT = "工作组成立的“通伊”教育基金首期筹得108万元，充分发挥公益助学作用。\n项目总建筑面积4万平方米。\n"
HEAD = f"document: {DOC}\npublished: 2024-01\n"
ONE_CLAIM = HEAD + "claims:\n  - id: fund\n    key: k\n    quote: 首期筹得108万元\n"


def claim(extra: str = "", quote: str = "首期筹得108万元") -> str:
    return HEAD + f"claims:\n  - id: fund\n    key: k\n    quote: {quote}\n" + extra


def deep_yaml() -> str:
    return HEAD + "claims: " + "[" * 200 + "]" * 200 + "\n"


def alias_bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for index in range(1, 10):
        prev, name = chr(96 + index), chr(97 + index)
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    return "\n".join(lines) + "\n"


# name, files (path -> str | bytes), args, exit status, fragments expected in stderr (in order)
CASES = [
    (
        "yaml syntax error",
        {"claims/a.yaml": HEAD + "claims:\n  - id: x\n    key: [unclosed\n"},
        [],
        2,
        ["claims/a.yaml:5:10:", "YAML syntax error: while parsing a flow sequence that is never closed"],
    ),
    (
        "tab indentation",
        {"claims/a.yaml": HEAD + "claims:\n\t- id: x\n"},
        [],
        2,
        ["claims/a.yaml:4:", "YAML syntax error"],
    ),
    (
        "wrong type for key",
        {"claims/a.yaml": HEAD + "claims:\n  - id: x\n    key: [a]\n    quote: 首期筹得108万元\n"},
        [],
        2,
        ["claims/a.yaml:5:10: key must be a string, not a list"],
    ),
    (
        "number where a string is expected",
        {"claims/a.yaml": "document: 42\npublished: 2024\nclaims: []\n"},
        [],
        2,
        ["claims/a.yaml:1:11: document must be a string, not a number (quote it)"],
    ),
    (
        "unknown key",
        {"claims/a.yaml": claim("    nots: x\n")},
        [],
        2,
        ['claims/a.yaml:7:5: unknown key "nots" in a claim (did you mean "note"?)'],
    ),
    (
        "unknown top-level key",
        {"claims/a.yaml": "documents: x\n" + ONE_CLAIM},
        [],
        2,
        ['claims/a.yaml:1:1: unknown key "documents" in the claim file (did you mean "document"?)'],
    ),
    (
        "duplicate mapping key",
        {"claims/a.yaml": claim("    key: again\n")},
        [],
        2,
        ['claims/a.yaml:7:5: duplicate key "key" (first at line 5)'],
    ),
    (
        "empty claim file",
        {"claims/a.yaml": ""},
        [],
        2,
        ["claims/a.yaml: claim file is empty; it needs at least `document`, `published` and `claims`"],
    ),
    ("whitespace-only claim file", {"claims/a.yaml": "  \n\n"}, [], 2, ["claims/a.yaml: claim file is empty"]),
    ("comment-only claim file", {"claims/a.yaml": "# nothing yet\n"}, [], 2, ["claims/a.yaml: claim file is empty"]),
    (
        "claim file is a list",
        {"claims/a.yaml": "- id: x\n  key: k\n"},
        [],
        2,
        ["claims/a.yaml:1:1: a claim file is a mapping with `document`, `published` and `claims`, not a list"],
    ),
    (
        "claim file is a scalar",
        {"claims/a.yaml": "just text\n"},
        [],
        2,
        ['claims/a.yaml:1:1: the claim file must be a mapping, not "just text"'],
    ),
    (
        "claim file is a multi-line scalar",
        {"claims/a.yaml": '"document: corpus/a.txt\\n"\n'},
        [],
        2,
        ["claims/a.yaml:1:1: the claim file must be a mapping, not a string"],
    ),
    (
        "claims is a mapping",
        {"claims/a.yaml": HEAD + "claims:\n  id: x\n"},
        [],
        2,
        ["claims/a.yaml:4:3: claims must be a list, not a mapping"],
    ),
    (
        "claim is a string",
        {"claims/a.yaml": HEAD + "claims:\n  - fund 108万元\n"},
        [],
        2,
        ['claims/a.yaml:4:5: a claim must be a mapping, not "fund 108万元"'],
    ),
    (
        "missing required keys",
        {"claims/a.yaml": "claims: []\n"},
        [],
        2,
        ['claims/a.yaml:1:1: missing required key "document"', 'claims/a.yaml:1:1: missing required key "published"'],
    ),
    (
        "claim missing quote",
        {"claims/a.yaml": HEAD + "claims:\n  - id: x\n    key: k\n"},
        [],
        2,
        ['claims/a.yaml:4:5: claim is missing required key "quote"'],
    ),
    (
        "id with spaces",
        {"claims/a.yaml": HEAD + "claims:\n  - id: my fund\n    key: k\n    quote: 首期筹得108万元\n"},
        [],
        2,
        ['claims/a.yaml:4:9: claim id "my fund" may use only letters, digits, ".", "_" and "-"'],
    ),
    (
        "duplicate ids across files",
        {"claims/a.yaml": ONE_CLAIM, "claims/b.yaml": ONE_CLAIM},
        [],
        2,
        ['claims/b.yaml:4:5: duplicate claim id "fund" (first defined at claims/a.yaml:4:5)'],
    ),
    (
        "whitespace-only quote",
        {"claims/a.yaml": claim(quote="'   '")},
        [],
        2,
        ["claims/a.yaml:6:12: quote must not be blank"],
    ),
    (
        "unknown unit",
        {"claims/a.yaml": claim("    value: 108万吨吨\n")},
        [],
        2,
        ['claims/a.yaml:7:12: not a figure: "108万吨吨" (unknown unit "万吨吨") in value'],
    ),
    (
        "absurd number 1e400",
        {"claims/a.yaml": claim("    value: 1e400\n")},
        [],
        2,
        ['claims/a.yaml:7:12: not a figure: "1e400" in value'],
    ),
    (
        "absurd number 10^100亿",
        {"claims/a.yaml": claim("    value: 10^100亿\n")},
        [],
        2,
        ['claims/a.yaml:7:12: not a figure: "10^100亿" in value'],
    ),
    (
        "impossible date in a value",
        {"claims/a.yaml": claim("    value: 2023年13月\n")},
        [],
        2,
        ['claims/a.yaml:7:12: not a figure: "2023年13月" in value'],
    ),
    (
        "impossible publication date",
        {"claims/a.yaml": f"document: {DOC}\npublished: 2024-02-30\nclaims: []\n"},
        [],
        2,
        ['claims/a.yaml:2:12: published "2024-02-30" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)'],
    ),
    (
        "publication date as a number",
        {"claims/a.yaml": f"document: {DOC}\npublished: 24\nclaims: []\n"},
        [],
        2,
        ['claims/a.yaml:2:12: published "24" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)'],
    ),
    (
        "quote with no figure and no value",
        {"claims/a.yaml": claim(quote="充分发挥公益助学作用")},
        [],
        2,
        ["claims/a.yaml:6:12: quote holds no figure; add `value`"],
    ),
    (
        "occurrence zero",
        {"claims/a.yaml": claim("    occurrence: 0\n")},
        [],
        2,
        ["claims/a.yaml:7:17: occurrence must be between 1 and 1000000, not 0"],
    ),
    (
        "occurrence not a number",
        {"claims/a.yaml": claim("    occurrence: two\n")},
        [],
        2,
        ['claims/a.yaml:7:17: occurrence must be a whole number, not "two"'],
    ),
    (
        "ignore without reason",
        {"claims/a.yaml": claim("    ignore: [conflicting-figures]\n")},
        [],
        2,
        ['claims/a.yaml:7:13: claim "fund" ignores conflicting-figures without a `reason`'],
    ),
    (
        "ignore of an unknown check",
        {"claims/a.yaml": claim("    ignore: [no-such-check]\n    reason: r\n")},
        [],
        2,
        ['claims/a.yaml:4:5: unknown check id "no-such-check" in ignore'],
    ),
    (
        "relation to an unknown claim",
        {"claims/a.yaml": ONE_CLAIM + "relations:\n  - whole: fund\n    parts: [ghost]\n"},
        [],
        2,
        ['claims/a.yaml:8:5: parts relation names unknown claim id "ghost"'],
    ),
    (
        "shares with one member",
        {"claims/a.yaml": ONE_CLAIM + "relations:\n  - shares: [fund]\n    of: x\n"},
        [],
        2,
        ["claims/a.yaml:8:13: shares needs at least 2 claim ids"],
    ),
    ("deeply nested YAML", {"claims/a.yaml": deep_yaml()}, [], 2, ["nested"]),
    (
        "alias bomb",
        {"claims/a.yaml": alias_bomb()},
        [],
        2,
        ["YAML anchors and aliases are not supported in claim files"],
    ),
    (
        "merge key",
        {"claims/a.yaml": HEAD + "claims:\n  - &c {id: x, key: k, quote: 首期筹得108万元}\n  - <<: *c\n    id: y\n"},
        [],
        2,
        ["not supported in claim files"],
    ),
    (
        "missing document",
        {"claims/a.yaml": "document: corpus/none.txt\npublished: 2024\nclaims: []\n"},
        [],
        2,
        ['claims/a.yaml:1:11: document "corpus/none.txt": document not found'],
    ),
    (
        "GBK document",
        {"claims/a.yaml": ONE_CLAIM, DOC: DOC_TEXT.encode("gbk")},
        [],
        2,
        [
            'claims/a.yaml:1:11: document "corpus/a.txt": document is not UTF-8 (byte 0xb9 at offset 0); convert it, e.g. `iconv -f GBK -t UTF-8`'
        ],
    ),
    (
        "binary document",
        {"claims/a.yaml": ONE_CLAIM, DOC: b"\x7fELF\x00\x01\x02" + bytes(range(256))},
        [],
        2,
        ['claims/a.yaml:1:11: document "corpus/a.txt": not a text document (binary data: contains NUL bytes)'],
    ),
    (
        "binary claim file",
        {"claims/a.yaml": b"\xff\xfe\x00\x01binary"},
        [],
        2,
        ["claims/a.yaml:1:1: claim file is not UTF-8"],
    ),
    (
        "directory where a document is expected",
        {"claims/a.yaml": "document: corpus\npublished: 2024\nclaims: []\n"},
        [],
        2,
        ['claims/a.yaml:1:11: document "corpus": is a directory, expected a document file'],
    ),
    ("directory named like a claim file", {"claims/dir.yaml/x.txt": "x"}, ["claims/dir.yaml"], 2, []),
    (
        "absolute document path",
        {"claims/a.yaml": "document: /etc/passwd\npublished: 2024\nclaims: []\n"},
        [],
        2,
        ['claims/a.yaml:1:11: document path "/etc/passwd" is absolute; name documents relative to the project root'],
    ),
    (
        "escaping document path",
        {"claims/a.yaml": "document: ../../etc/passwd\npublished: 2024\nclaims: []\n"},
        [],
        2,
        ['claims/a.yaml:1:11: document path "../../etc/passwd" leaves the project root'],
    ),
    (
        "missing claim path on the command line",
        {},
        ["claims/nope.yaml"],
        2,
        ["claims/nope.yaml: no such file or directory"],
    ),
    (
        "missing --docs path",
        {"claims/a.yaml": ONE_CLAIM},
        ["--docs", "corpus/none.txt"],
        2,
        ["corpus/none.txt: no such file or directory"],
    ),
    (
        "unknown check id in --select",
        {"claims/a.yaml": ONE_CLAIM},
        ["--select", "no-such-check"],
        2,
        ["unknown check id: no-such-check"],
    ),
    ("unknown --fail-on", {"claims/a.yaml": ONE_CLAIM}, ["--fail-on", "fatal"], 2, ["Invalid value for '--fail-on'"]),
    ("nothing to check", {}, [], 2, ["auditor: nothing to check"]),
    # Content problems are findings (exit 1), not input errors.
    (
        "malformed number",
        {"claims/a.yaml": claim("    value: 1,08,000元\n")},
        [],
        2,
        [
            'claims/a.yaml:7:12: not a figure: "1,08,000元" (malformed number: the digit groups of 1,08,000 are irregular)'
        ],
    ),
    (
        "duplicate key does not hide the file's other problems",
        {"claims/a.yaml": claim("    key: again\n    value: 2万吨吨\n")},
        [],
        2,
        ['claims/a.yaml:7:5: duplicate key "key" (first at line 5)', 'claims/a.yaml:8:12: not a figure: "2万吨吨"'],
    ),
    (
        "shares over 100% in one group",
        {
            "claims/a.yaml": HEAD.replace("a.txt", "b.txt")
            + "claims:\n  - {id: s1, key: a, quote: 150%用于民生}\n  - {id: s2, key: b, quote: 20%用于教育}\n"
            "relations:\n  - {shares: [s1, s2], of: 资金}\n",
            "corpus/b.txt": "150%用于民生,20%用于教育。\n",
        },
        [],
        1,
        [],
    ),
    ("CRLF document", {"claims/a.yaml": ONE_CLAIM, DOC: DOC_TEXT.replace("\n", "\r\n").encode("utf-8")}, [], 0, []),
    ("BOM in claim file and document", {"claims/a.yaml": "\ufeff" + ONE_CLAIM, DOC: "\ufeff" + DOC_TEXT}, [], 0, []),
    ("very long line", {"claims/a.yaml": ONE_CLAIM, DOC: "甲" * 1_000_000 + DOC_TEXT}, [], 0, []),
    # YAML breaks lines at U+2028 too; the location must be the line an editor shows.
    (
        "line separator in a claim file",
        {"claims/a.yaml": claim('    note: "a\u2028b"\n    nots: y\n')},
        [],
        2,
        ['claims/a.yaml:8:5: unknown key "nots" in a claim (did you mean "note"?)'],
    ),
]


def build(root: Path, files: dict[str, str | bytes]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    # An auditor project: [tool.auditor] marks its root (a pyproject.toml of another tool would not).
    (root / "pyproject.toml").write_text("[project]\nname = 'sample'\n\n[tool.auditor]\n", encoding="utf-8")
    files = dict(files)
    if DOC not in files:
        files[DOC] = DOC_TEXT
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def run(root: Path, args: list[str], capsys) -> tuple[int, str, str]:
    cwd = os.getcwd()
    os.chdir(root)
    try:
        with pytest.raises(SystemExit) as exited:
            main(["check", "--color", "never", *args])
    finally:
        os.chdir(cwd)
    out, err = capsys.readouterr()
    return exited.value.code, out, err


def test_the_suite_has_at_least_forty_bad_inputs():
    assert sum(1 for case in CASES if case[3] == 2) >= 40


SLOW_CASES = {"very long line"}  # a megabyte of one line: out of the fast loop, run in CI


@pytest.mark.parametrize(
    ("name", "files", "args", "status", "fragments"),
    [pytest.param(*case, id=case[0], marks=[pytest.mark.slow] if case[0] in SLOW_CASES else []) for case in CASES],
)
def test_bad_input(tmp_path, capsys, name, files, args, status, fragments):
    root = tmp_path / "project"
    build(root, files)
    before = snapshot(root)
    code, out, err = run(root, args, capsys)
    assert code == status, (out, err)
    assert "Traceback" not in out + err
    position = 0
    for fragment in fragments:
        found = err.find(fragment, position)
        assert found != -1, f"{fragment!r} not in stderr:\n{err}"
        position = found
    if status == 2:
        assert out == ""
    assert snapshot(root) == before, "inputs must never be modified"


def test_symlink_escaping_the_root(tmp_path, capsys):
    root = tmp_path / "project"
    build(root, {"claims/a.yaml": "document: corpus/link.txt\npublished: 2024\nclaims: []\n"})
    (tmp_path / "secret.txt").write_text("root:x:0:0\n", encoding="utf-8")
    (root / "corpus" / "link.txt").symlink_to(tmp_path / "secret.txt")
    code, out, err = run(root, [], capsys)
    assert code == 2
    assert 'claims/a.yaml:1:11: document path "corpus/link.txt" leaves the project root' in err
    assert "root:x" not in out + err


def test_quote_hint_never_shows_text_from_undeclared_files(tmp_path, capsys):
    root = tmp_path / "project"
    secret = "秘密文件里的内容108万元，绝密附注。\n"
    build(root, {"claims/a.yaml": claim(quote="秘密文件里的内容108万元"), "corpus/secret.txt": secret})
    code, out, err = run(root, [], capsys)
    assert code == 1
    assert "quote-not-found" in out
    assert "绝密附注" not in out and "corpus/secret.txt" not in out


def test_a_50_mb_document_is_refused_with_a_message(tmp_path, capsys):
    root = tmp_path / "project"
    build(root, {"claims/a.yaml": ONE_CLAIM})
    with open(root / DOC, "r+b") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: quick to make, 50 MiB by size
    code, out, err = run(root, [], capsys)
    assert code == 2
    assert 'claims/a.yaml:1:11: document "corpus/a.txt": document is 50 MiB; the limit is 16 MiB' in err


def test_control_characters_in_quotes_are_not_passed_to_the_terminal(tmp_path, capsys):
    root = tmp_path / "project"
    hostile = "\x1b]0;pwned\x07\x1b[31m首期筹得108万元"
    build(root, {"claims/a.yaml": claim(quote='"\\e]0;pwned\\a\\e[31m首期筹得108万元"'), DOC: hostile + "\n"})
    code, out, err = run(root, ["--fail-on", "never", "--select", "quote-not-found,ambiguous-quote"], capsys)
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out


def test_ctrl_c_exits_130_with_one_line(tmp_path, capsys, monkeypatch):
    root = tmp_path / "project"
    build(root, {"claims/a.yaml": ONE_CLAIM})

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("auditor.runner.run_audit", interrupted)
    code, out, err = run(root, [], capsys)
    assert code == 130
    assert err == "auditor: interrupted\n"


def test_an_internal_error_exits_2_with_one_line_not_1(tmp_path, capsys, monkeypatch):
    root = tmp_path / "project"
    build(root, {"claims/a.yaml": ONE_CLAIM})

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("auditor.runner.run_audit", broken)
    monkeypatch.delenv("AUDITOR_DEBUG", raising=False)
    code, out, err = run(root, [], capsys)
    assert code == 2
    assert err == (
        "auditor: internal error: ZeroDivisionError: a bug "
        "(a bug in auditor; run with AUDITOR_DEBUG=1 for the traceback)\n"
    )


def test_claim_paths_outside_the_working_directory_find_their_own_project(tmp_path, capsys):
    project = tmp_path / "paper"
    build(project, {"claims/a.yaml": ONE_CLAIM})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code, out, err = run(elsewhere, [str(project / "claims")], capsys)
    assert (code, err) == (0, "")
    assert "1 document checked" in out
