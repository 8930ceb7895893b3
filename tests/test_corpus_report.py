"""The bundled corpus: the exact findings, and golden files of what people and CI read."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from auditor.report import json as json_report
from auditor.report import text as text_report
from auditor.runner import run_audit, with_extended
from tests.conftest import ROOT

CLAIM_CHECKS = (
    "quote-not-found",
    "ambiguous-quote",
    "value-not-in-quote",
    "conflicting-figures",
    "key-unit-mismatch",
    "percent-sum",
    "part-exceeds-whole",
    "sum-mismatch",
    "date-arithmetic",
)


def corpus_report(**kwargs):
    """What `auditor check` reports at the root: the project's configuration turns on the opt-in truncated-paragraph."""
    kwargs.setdefault("select", with_extended([], ["truncated-paragraph"], discovery=False))
    return run_audit(ROOT, claim_paths=sorted((ROOT / "claims").glob("*.yaml")), **kwargs)


def test_claim_checks_find_exactly_the_known_inconsistencies():
    report = corpus_report(select=CLAIM_CHECKS)
    got = [(f.check, f.severity.label, str(f.location), tuple(str(r) for r in f.related)) for f in report.findings]
    assert got == [
        # 001: 80% (县及县以下) + 80% (民生) of one total.
        (
            "percent-sum",
            "error",
            "corpus/001_bf08658a4eac6263.txt:7:91",  # at the first 80%, not the quote's start
            ("corpus/001_bf08658a4eac6263.txt:7:103",),
        ),
        # The 通伊 education fund: 108万元 in 002, 118万元 in 004.
        (
            "conflicting-figures",
            "error",
            "corpus/002_28a0e6980402f326.txt:43:202",
            ("corpus/004_33cfab6a1a367774.txt:31:46",),
        ),
        # 时隔12年 between 2010 and 2023: 13 calendar years, but he stayed a year and a half.
        (
            "date-arithmetic",
            "warning",
            "corpus/002_28a0e6980402f326.txt:49:66",
            ("corpus/002_28a0e6980402f326.txt:49:13",),
        ),
    ]
    conflict = report.findings[1]
    assert dict(conflict.evidence)["difference"] == "10万元 (9.3%)"
    assert [loc.excerpt for loc in (conflict.location, *conflict.related)] == [
        "工作组成立的“通伊”教育基金首期筹得108万元",
        "捐赠启动资金118万元",
    ]
    # The figure itself is highlighted inside each quote.
    highlighted = [
        loc.excerpt[h[0] - loc.start : h[1] - loc.start]
        for loc in (conflict.location, *conflict.related)
        for h in loc.highlights
    ]
    assert highlighted == ["108万元", "118万元"]


def test_figures_that_agree_across_articles_raise_nothing():
    report = corpus_report(select=("conflicting-figures", "key-unit-mismatch"))
    keys = {dict(f.evidence)["key"] for f in report.findings}
    assert keys == {"通伊教育基金.首期资金"}
    claims = {c.key for c in _claims()}
    # The shared figures are claimed in both articles, and agree.
    for key in (
        "南通援疆.2023年项目数量",
        "伊宁县南通第二实验学校.总建筑面积",
        "伊宁县南通第二实验学校.容纳学生",
        "伊宁县南通第二实验学校.竣工交付日期",
        "南通第十一批援疆工作组.抵达时间",
        "南通援疆.2023年项目开工率",
    ):
        assert key in claims
        assert sum(1 for c in _claims() if c.key == key) == 2


def _claims():
    from auditor.project import load_audit

    return load_audit(ROOT, claim_paths=sorted((ROOT / "claims").glob("*.yaml"))).claims


def test_shares_marked_overlapping_are_suppressed_with_their_reason(tmp_path):
    import shutil

    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    text = (ROOT / "claims" / "001.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "    of: 援疆资金总量\n",
        "    of: 援疆资金总量\n    overlap: county-level spending is also livelihood spending\n",
    )
    (tmp_path / "001.yaml").write_text(text, encoding="utf-8")
    report = run_audit(tmp_path, claim_paths=[tmp_path / "001.yaml"], select=("percent-sum",))
    assert report.findings == ()
    assert [f.suppressed_by for f in report.suppressed] == [
        "shares overlap: county-level spending is also livelihood spending"
    ]


def test_terminal_report_golden(golden):
    report = corpus_report(select=CLAIM_CHECKS)
    buffer = io.StringIO()
    console = Console(file=buffer, width=100, color_system=None, force_terminal=False, highlight=False, markup=False)
    text_report.render(report, console)
    golden("check-claims.txt", buffer.getvalue())


def test_terminal_report_golden_in_colour(golden):
    report = corpus_report(select=CLAIM_CHECKS)
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=100, color_system="standard", force_terminal=True, highlight=False, markup=False
    )
    text_report.render(report, console)
    golden("check-claims.ansi", buffer.getvalue())


def test_json_report_golden_and_deterministic(golden):
    first = json_report.render(corpus_report(select=CLAIM_CHECKS))
    second = json_report.render(corpus_report(select=CLAIM_CHECKS))
    assert first == second
    data = json.loads(first)
    assert data["schema_version"] == 1
    assert data["summary"]["findings"] == {"error": 2, "warning": 1, "info": 0}
    golden("check-claims.json", first)


def test_coverage_counts_claimed_figures_per_document():
    report = corpus_report(select=CLAIM_CHECKS)
    coverage = {item.path.split("/")[1][:3]: item for item in report.coverage}
    # Every claim of the bundled corpus points at a distinct figure of its document.
    assert {name: item.claimed for name, item in coverage.items()} == {
        "000": 10,
        "001": 8,
        "002": 20,
        "003": 9,
        "004": 12,
    }
    assert all(item.figures >= item.claimed for item in coverage.values())


# Every finding of `auditor check` on the bundled corpus with default settings, reviewed one by one
# (check, severity, document, line, column). Fails on any new finding and on any lost one.
EXPECTED_CORPUS_FINDINGS = [
    ("mixed-punctuation", "info", "000", 18, 6),
    ("truncated-paragraph", "warning", "000", 38, 82),
    ("duplicate-paragraph", "info", "000", 59, 84),
    ("unbalanced-quotes", "warning", "000", 71, 55),
    ("traditional-character", "warning", "000", 78, 127),
    ("stray-latin", "warning", "000", 88, 16),
    ("truncated-paragraph", "warning", "000", 94, 25),
    ("doubled-word", "warning", "000", 96, 41),
    ("mixed-punctuation", "info", "001", 5, 8),
    ("unbalanced-quotes", "warning", "001", 5, 65),
    ("truncated-paragraph", "warning", "001", 7, 1),
    ("percent-sum", "error", "001", 7, 91),
    ("truncated-paragraph", "warning", "001", 13, 42),
    ("truncated-paragraph", "warning", "001", 19, 102),
    ("truncated-paragraph", "warning", "001", 21, 38),
    ("truncated-paragraph", "warning", "001", 25, 74),
    ("truncated-paragraph", "warning", "001", 27, 73),
    ("unbalanced-quotes", "warning", "001", 31, 93),
    ("truncated-paragraph", "warning", "001", 35, 36),
    ("truncated-paragraph", "warning", "001", 49, 66),
    ("truncated-paragraph", "warning", "001", 53, 55),
    ("truncated-paragraph", "warning", "001", 55, 110),
    ("truncated-paragraph", "warning", "001", 87, 130),
    ("unbalanced-quotes", "warning", "001", 91, 1),
    ("truncated-paragraph", "info", "001", 105, 107),
    ("truncated-paragraph", "warning", "002", 23, 32),
    ("conflicting-figures", "error", "002", 43, 202),
    ("truncated-paragraph", "warning", "002", 43, 325),
    ("date-arithmetic", "warning", "002", 49, 66),
    ("truncated-paragraph", "warning", "002", 49, 72),
    ("truncated-paragraph", "warning", "002", 61, 23),
    ("mixed-punctuation", "info", "002", 65, 23),
    ("truncated-paragraph", "warning", "002", 65, 138),
    ("doubled-word", "warning", "003", 22, 24),
    ("truncated-paragraph", "warning", "003", 24, 96),
    ("duplicate-paragraph", "info", "003", 28, 1),
    ("truncated-paragraph", "warning", "003", 35, 13),
    ("doubled-word", "warning", "003", 43, 162),
    ("truncated-paragraph", "warning", "003", 69, 177),
    ("doubled-word", "warning", "003", 75, 41),
    ("mixed-punctuation", "info", "004", 3, 12),
    ("duplicate-paragraph", "info", "004", 29, 112),
    ("truncated-paragraph", "warning", "004", 33, 24),
    ("duplicate-paragraph", "error", "004", 53, 1),
    ("truncated-paragraph", "warning", "004", 53, 84),
]


def test_default_check_on_the_corpus_reports_exactly_the_reviewed_set():
    report = corpus_report()
    got = [
        (f.check, f.severity.label, f.location.path.split("/")[1][:3], f.location.line, f.location.column)
        for f in report.findings
    ]
    assert got == EXPECTED_CORPUS_FINDINGS
    # The three inconsistencies the corpus is known for are errors; the rest of the report never is.
    errors = [(check, doc, line) for check, severity, doc, line, _ in got if severity == "error"]
    assert errors == [("percent-sum", "001", 7), ("conflicting-figures", "002", 43), ("duplicate-paragraph", "004", 53)]


def test_an_edited_draft_makes_the_quote_miss_and_says_what_changed(tmp_path):
    import shutil

    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    draft = tmp_path / "corpus" / "004_33cfab6a1a367774.txt"
    draft.write_text(
        draft.read_text(encoding="utf-8").replace("捐赠启动资金118万元", "捐赠启动资金128万元"), encoding="utf-8"
    )
    report = run_audit(tmp_path, sorted((tmp_path / "claims").glob("*.yaml")), select=("quote-not-found",))
    assert [(f.check, str(f.location), f.location.excerpt) for f in report.findings] == [
        ("quote-not-found", "corpus/004_33cfab6a1a367774.txt:31:40", "捐赠启动资金128万元")
    ]
    finding = report.findings[0]
    assert finding.message == (
        'Quote of claim "c004-fund" not found in corpus/004_33cfab6a1a367774.txt; closest passage at line 31: '
        'the quote has "118万元" where the document has "128万元"'
    )
    assert [str(loc) for loc in finding.related] == ["claims/004.yaml:32:12"]


def test_excerpts_elide_latin_text_at_word_ends_and_show_a_lone_mark_in_its_context():
    from auditor.documents import Document

    document = Document(
        "a.txt",
        "Councillors on Tuesday approved the town's general fund budget of $12.4 million for "
        "the fiscal year beginning July 1, with a levy increase of 2.9 percent.\n"
        "他说：青禾县商贸有限公司投入资金120万元”。\n",
    )
    figure = document.text.index("$12.4 million")
    located = document.figure_location(0, document.text.index("\n"), figure, figure + len("$12.4 million"))
    assert text_report.excerpt_text(located, 60).plain == "…fund budget of $12.4 million for the fiscal year beginning…"
    mark = document.text.index("”")
    lone = document.mark_location(mark, mark + 1)
    assert (str(lone), lone.excerpt) == ("a.txt:2:22", "限公司投入资金120万元”。")
    assert lone.highlights == ((mark, mark + 1),)


def test_no_location_in_the_corpus_report_shows_a_lone_mark_without_its_context():
    report = corpus_report()
    lone = [
        (f.check, str(location), location.excerpt)
        for f in report.findings
        for location in (f.location, *f.related)
        if len(location.excerpt.strip()) <= 1 and location.excerpt
    ]
    assert lone == []
    marks = [f for f in report.findings if f.check == "mixed-punctuation"]
    assert marks and all(location.highlights for f in marks for location in (f.location, *f.related))


# ---------------------------------------------------------------- goldens: scan, and every machine format


def _cli_output(args: list[str]) -> str:
    from tests.test_check_cli import run_cli

    result = run_cli([*args, "--no-cache"], ROOT)
    assert result.status in (0, 1) and result.stderr == "", result
    return result.stdout


def test_scan_of_the_corpus_golden(golden):
    """What an editor reads from `auditor scan corpus` (plain text, 80 columns as a pipe gets it)."""
    golden("scan-corpus.txt", _cli_output(["scan", "corpus"]))
    golden("scan-corpus.json", _cli_output(["scan", "corpus", "--format", "json"]))


@pytest.mark.parametrize("output_format", ["concise", "sarif", "github", "gitlab", "junit"])
def test_every_machine_format_of_the_corpus_check_golden(golden, output_format):
    first = _cli_output(["check", "--format", output_format])
    assert _cli_output(["check", "--format", output_format]) == first  # byte-identical reruns
    name = {
        "concise": "concise.txt",
        "github": "github.txt",
        "gitlab": "gitlab.json",
        "junit": "junit.xml",
        "sarif": "sarif",
    }[output_format]
    golden(f"check-corpus.{name}", first)
