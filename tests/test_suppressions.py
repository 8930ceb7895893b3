"""Suppression comments in documents, end to end (auditor/suppressions.py)."""

from __future__ import annotations

from tests.test_check_cli import make_project, run_cli

ARTICLE = "青禾县新闻\n\n{comment}\n青禾县商贸商贸有限公司投入资金120万元。\n"


def _project(tmp_path, comment: str):
    return make_project(tmp_path, {"corpus/a.txt": ARTICLE.format(comment=comment)})


def test_a_suppressed_finding_is_counted_and_listed_with_verbose(tmp_path):
    project = _project(tmp_path, "<!-- auditor-ignore: doubled-word 商贸商贸 is the registered name -->")
    result = run_cli(["scan", "corpus", "--format", "concise", "--fail-on", "warning"], project)
    assert (result.status, result.stdout) == (0, "No findings (1 suppressed); 1 document checked\n")
    verbose = run_cli(["scan", "corpus", "-v"], project).stdout
    assert "suppressed: auditor-ignore at line 3: 商贸商贸 is the registered name" in verbose


def test_a_comment_without_a_reason_is_a_located_input_error(tmp_path):
    result = run_cli(["scan", "corpus"], _project(tmp_path, "<!-- auditor-ignore: doubled-word -->"))
    assert result.status == 2
    assert result.stderr.splitlines()[0] == (
        "corpus/a.txt:3:1: auditor-ignore: doubled-word needs a reason after "
        "the check ids (say why the finding is wrong here)"
    )


def test_a_comment_naming_an_unknown_check_suggests_the_one_meant(tmp_path):
    result = run_cli(["scan", "corpus"], _project(tmp_path, "<!-- auditor-ignore: doubled-wrod the name -->"))
    assert result.status == 2
    assert result.stderr.splitlines()[0] == (
        'corpus/a.txt:3:1: auditor-ignore names unknown check "doubled-wrod" (did you mean "doubled-word"?)'
    )


def test_ignoring_unused_suppression_silences_the_report_of_unused_comments(tmp_path):
    project = make_project(
        tmp_path, {"corpus/a.txt": "青禾县新闻\n\n<!-- auditor-ignore: doubled-word fixed -->\n全县共有学校12所。\n"}
    )
    shown = run_cli(["scan", "corpus", "--format", "concise"], project).stdout
    assert shown.splitlines()[0] == (
        "corpus/a.txt:3:1: warning unused-suppression Unused suppression: no doubled-word "
        "finding in the paragraph after it"
    )
    quiet = run_cli(["scan", "corpus", "--format", "concise", "--ignore", "unused-suppression"], project).stdout
    assert quiet == "No findings; 1 document checked\n"
