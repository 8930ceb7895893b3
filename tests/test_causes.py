"""One finding per cause (auditor/causes.py): a repeated paragraph's consequences fold into its finding."""

from __future__ import annotations

from pathlib import Path

from auditor.runner import run_audit

PARAGRAPH = "青禾县今年投入帮扶资金2860万元，新建产业园区3个，带动1200余户农户增收，户均增收超过4000元。"


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


# The article's own opening: a paragraph pasted twice further down is a paste (an opening restated under the
# headline may be a summary box, which duplicate-paragraph reports for information only).
OPENING = "记者近日从青禾县获悉，今年以来各项帮扶工作进展顺利。"


def test_a_pasted_paragraph_is_one_finding_that_also_explains_the_ambiguous_quote(tmp_path):
    _write(
        tmp_path,
        {
            "corpus/a.txt": f"青禾县帮扶工作综述\n\n{OPENING}\n\n{PARAGRAPH}\n\n全县各乡镇积极推进项目建设。\n\n{PARAGRAPH}\n",
            "claims/a.yaml": "document: corpus/a.txt\npublished: 2024\nclaims:\n"
            "  - {id: fund, key: 帮扶资金, quote: 投入帮扶资金2860万元}\n",
        },
    )
    report = run_audit(tmp_path, [tmp_path / "claims/a.yaml"], [])
    found = [(f.check, str(f.location)) for f in report.findings]
    assert found == [("duplicate-paragraph", "corpus/a.txt:9:1")]
    (repeat,) = report.findings
    assert dict(repeat.evidence)["also explains"] == (
        'ambiguous-quote: Quote of claim "fund" occurs 2 times in corpus/a.txt (lines 5, 9); '
        "add `occurrence` or lengthen the quote"
    )


def test_an_ambiguous_quote_outside_the_repeat_stays_its_own_finding(tmp_path):
    _write(
        tmp_path,
        {
            "corpus/a.txt": f"青禾县帮扶工作综述\n\n{PARAGRAPH}\n\n扬帆市投入帮扶资金2860万元。\n\n{PARAGRAPH}\n",
            "claims/a.yaml": "document: corpus/a.txt\npublished: 2024\nclaims:\n"
            "  - {id: fund, key: 帮扶资金, quote: 投入帮扶资金2860万元}\n",
        },
    )
    report = run_audit(tmp_path, [tmp_path / "claims/a.yaml"], [])
    assert sorted(f.check for f in report.findings) == ["ambiguous-quote", "duplicate-paragraph"]
    repeat = next(f for f in report.findings if f.check == "duplicate-paragraph")
    assert "also explains" not in dict(repeat.evidence)


def test_a_copy_with_a_changed_figure_is_not_also_a_discovered_conflict(tmp_path):
    changed = PARAGRAPH.replace("2860万元", "2680万元")
    _write(
        tmp_path, {"corpus/a.txt": f"青禾县帮扶工作综述\n\n{PARAGRAPH}\n\n全县各乡镇积极推进项目建设。\n\n{changed}\n"}
    )
    report = run_audit(tmp_path, [], [tmp_path / "corpus/a.txt"], discovery=True)
    assert [(f.check, str(f.location)) for f in report.findings] == [("duplicate-paragraph", "corpus/a.txt:7:1")]
    assert dict(report.findings[0].evidence)["also explains"] == (
        'discovered-conflict: Figures in closely matching contexts disagree: "2860万元" vs "2680万元"'
    )


def test_a_suppressed_repeat_does_not_take_the_conflict_it_explains_with_it(tmp_path):
    changed = PARAGRAPH.replace("2860万元", "2680万元")
    _write(
        tmp_path,
        {
            "corpus/a.txt": f"青禾县帮扶工作综述\n\n{PARAGRAPH}\n\n全县各乡镇积极推进项目建设。\n\n"
            f"<!-- auditor-ignore: duplicate-paragraph the recap repeats the lead -->\n{changed}\n"
        },
    )
    report = run_audit(tmp_path, [], [tmp_path / "corpus/a.txt"], discovery=True)
    assert [f.check for f in report.suppressed] == ["duplicate-paragraph"]
    assert [(f.check, str(f.location)) for f in report.findings] == [("discovered-conflict", "corpus/a.txt:3:12")]
