"""`auditor parse`: text and JSON output, exit statuses, --find on a corpus article."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from auditor.commands.parse import parse_command

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_002 = "corpus/002_28a0e6980402f326.txt"
ARTICLE_003 = "corpus/003_1cfbb9a12101b9a2.txt"


def run(*args: str):
    return CliRunner().invoke(parse_command, list(args), catch_exceptions=False)


def test_text_output():
    result = run("近300万吨", "1.36亿元")
    assert result.exit_code == 0
    assert result.output == (
        "近300万吨\n"
        "  interval   [2700000, 3000000) tonne\n"
        "  unit       tonne [mass] (written: 万吨)\n"
        "  kind       quantity\n"
        "  qualifier  近\n"
        "  reading    just under 3,000,000 t (between 2,700,000 and 3,000,000, upper bound excluded)\n"
        "\n"
        "1.36亿元\n"
        "  interval   [135500000, 136500000) CNY\n"
        "  unit       CNY [currency_CNY] (written: 亿元)\n"
        "  kind       quantity\n"
        "  qualifier  -\n"
        "  reading    rounded 136,000,000 CNY (between 135,500,000 and 136,500,000, upper bound excluded)\n"
    )


def test_json_output_has_stable_fields_and_exact_numbers():
    result = run("--format", "json", "1500多名", "超90%", "2.5万亩")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert [item["text"] for item in data] == ["1500多名", "超90%", "2.5万亩"]
    first = data[0]
    assert {
        key: first[key]
        for key in ("text", "kind", "low", "high", "low_inclusive", "high_inclusive", "unit", "dimension", "qualifier")
    } == {
        "text": "1500多名",
        "kind": "quantity",
        "low": 1500,
        "high": 1600,
        "low_inclusive": True,
        "high_inclusive": False,
        "unit": "person",
        "dimension": "[person]",
        "qualifier": "多",
    }
    assert data[1]["high"] is None and data[1]["low_inclusive"] is False
    assert (data[2]["low"], data[2]["low_exact"]) == (16333333.333333334, "49000000/3")


def test_no_implied_precision():
    data = json.loads(run("--format", "json", "--no-implied-precision", "1.2万人次").output)
    assert (data[0]["low"], data[0]["high"]) == (12000, 12000)


def test_not_a_figure_exits_2_with_one_line_naming_the_input():
    result = CliRunner().invoke(parse_command, ["一批"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == ['auditor parse: not a figure: "一批"']


def test_bad_input_among_good_ones_still_exits_2():
    result = CliRunner().invoke(parse_command, ["15个", "万吨吨"])
    assert result.exit_code == 2
    assert "15个" in result.output
    assert 'not a figure: "万吨吨"' in result.output


def test_no_arguments_is_a_usage_error():
    result = CliRunner().invoke(parse_command, [])
    assert result.exit_code == 2


def test_find_lists_figures_with_line_and_column(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = run("--find", ARTICLE_002)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert f"{ARTICLE_002}:11:84\t近3400个\tquantity\t[3060, 3400)\tcount" in lines
    assert f"{ARTICLE_002}:19:215\t15280万元\tquantity\t[152795000, 152805000)\tCNY" in lines
    assert f"{ARTICLE_002}:11:93\t十一批次\tquantity\t[11, 11]\tcount" in lines
    # The column is the figure's position in its line (1-based, code points).
    text_line = (ROOT / ARTICLE_002).read_text(encoding="utf-8").splitlines()[10]
    assert text_line.index("近3400个") + 1 == 84


def test_find_json(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = run("--find", ARTICLE_003, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert set(data) == {"figures", "unread"} and data["unread"] == []
    by_text = {item["text"]: item for item in data["figures"]}
    assert (by_text["超90%"]["line"], by_text["超90%"]["column"]) == (11, 63)
    assert (by_text["28.39%"]["line"], by_text["28.39%"]["column"]) == (56, 159)
    assert by_text["2025年11月15日至16日"]["column"] == 1
    assert all(item["path"] == ARTICLE_003 for item in data["figures"])


def test_find_lists_unread_spans_with_their_reason(tmp_path):
    document = tmp_path / "draft.txt"
    document.write_text("项目投入$100,174,00，当天最高35度。\n", encoding="utf-8")
    english = tmp_path / "draft-en.txt"
    english.write_text("The fee was ¥200 and the wall 1.8m.\n", encoding="utf-8")
    rows = [line.split("\t") for line in run("--find", str(document)).output.splitlines() if "\t" in line]
    rows += [line.split("\t") for line in run("--find", str(english)).output.splitlines() if "\t" in line]
    assert [row[1:] for row in rows] == [
        ["$100,174,00", "unread", "malformed number: the digit groups of 100,174,00 are irregular"],
        ["35度", "unread", "度: a temperature, an angle or kilowatt-hours (度电)?"],
        ["¥200", "unread", "¥ is yen or yuan, and the text does not say which"],
        ["1.8m", "unread", '"m" after a number without a currency: metres or million? write 1.8 million or 1.8 metres'],
    ]
    data = json.loads(run("--find", str(document), "--format", "json").output)
    assert [(u["line"], u["column"], u["malformed"]) for u in data["unread"]] == [(1, 5, True), (1, 21, False)]


def test_find_missing_file_exits_2(tmp_path):
    result = CliRunner().invoke(parse_command, ["--find", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "document not found" in result.output


def test_output_is_deterministic():
    assert run("近300万吨", "去年8月").output == run("近300万吨", "去年8月").output


def test_through_the_cli_group():
    from auditor.cli import cli

    result = CliRunner().invoke(cli, ["parse", "--format", "json", "75周年"])
    assert result.exit_code == 0
    assert json.loads(result.output)[0]["kind"] == "anniversary"
