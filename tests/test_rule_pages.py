"""docs/rules/<id>.md: one page per check, the text `auditor explain` prints, which SARIF's `helpUri` links to.

`pytest tests/test_rule_pages.py --update-golden` rewrites the pages from the checks' docstrings.
"""

from __future__ import annotations

from auditor.commands.explain import _runs, documentation
from auditor.registry import all_checks
from tests.conftest import ROOT

RULES = ROOT / "docs" / "rules"


def expected_pages() -> dict[str, str]:
    pages = {f"{check.id}.md": documentation(check, page=True) for check in all_checks()}
    rows = [
        f"| [`{check.id}`]({check.id}.md) | {check.severity.label} | {_runs(check)} | {check.summary} |"
        for check in all_checks()
    ]
    pages["README.md"] = "\n".join(
        [
            "# Checks",
            "",
            "One page per check, generated from its module's docstring (`auditor explain ID` prints the same text;",
            "`pytest tests/test_rule_pages.py --update-golden` rewrites these pages). SARIF reports link each rule",
            "here through `helpUri`.",
            "",
            "Runs: `default` on every run; `scan` under `auditor scan` (or when selected by id); `opt-in` only",
            "when selected by id (`select`, `extend-select`; [why](../ci.md#opt-in-checks)).",
            "",
            "| id | default severity | runs | flags |",
            "|---|---|---|---|",
            *rows,
            "",
        ]
    )
    return pages


def test_every_check_has_its_page_and_every_page_its_check(request):
    pages = expected_pages()
    if request.config.getoption("--update-golden"):
        RULES.mkdir(exist_ok=True)
        for stale in set(p.name for p in RULES.glob("*.md")) - set(pages):
            (RULES / stale).unlink()
        for name, text in pages.items():
            (RULES / name).write_text(text, encoding="utf-8")
    on_disk = {path.name: path.read_text(encoding="utf-8") for path in RULES.glob("*.md")}
    assert sorted(on_disk) == sorted(pages), "run pytest tests/test_rule_pages.py --update-golden"
    stale = [name for name in pages if on_disk[name] != pages[name]]
    assert stale == [], f"{stale} differ from the checks' docs; run pytest tests/test_rule_pages.py --update-golden"


def test_a_page_is_the_explain_text_under_a_title():
    from auditor.registry import get_check

    check = get_check("percent-sum")
    page = documentation(check, page=True)
    assert page.startswith(
        "# percent-sum\n\n*Default severity: error; runs on claims. "
        "`auditor explain percent-sum` prints this page.*\n\nShares of one total"
    )
    assert page.split("\n", 4)[4] == documentation(check).split("\n", 2)[2]
