"""Derived figures (issue 18): statements written for the purpose, labelled before the checks ran on them
(tests/derived_set/). Every wrong one is found, no right one is flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from auditor.audit import run_checks
from auditor.project import load_audit
from auditor.registry import get_check

SET = Path(__file__).parent / "derived_set"


def flagged(tmp_path: Path, text: str, check_id: str) -> list[str]:
    (tmp_path / "pyproject.toml").write_text("[tool.auditor]\n", encoding="utf-8")
    # An article: a headline, then the statement as its body (a lone line would be read as a headline).
    headline = "全县经济运行情况" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "Budget update"
    (tmp_path / "a.txt").write_text(f"{headline}\n{text}\n", encoding="utf-8")
    audit = load_audit(tmp_path, document_paths=[tmp_path / "a.txt"])
    return [finding.message for finding in run_checks(audit, [get_check(check_id)])]


def statements(name: str):
    for entry in yaml.safe_load((SET / f"{name}.yaml").read_text(encoding="utf-8")):
        yield pytest.param(entry, id=entry["text"][:40])


@pytest.mark.parametrize("entry", list(statements("share_of")))
def test_share_of_statements(tmp_path, entry):
    found = flagged(tmp_path, entry["text"], "discovered-share-of")
    assert bool(found) == entry["wrong"], (entry["why"], found)
