"""`auditor extract`: drafts that load and pass the quote checks, YAML quoting, merging an edited draft."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from auditor.documents import Document
from auditor.extract import collapse_whitespace, draft, merge, render, scalar
from auditor.project import load_audit
from auditor.runner import run_audit
from tests.conftest import ROOT
from tests.test_check_cli import run_cli

QUOTE_CHECKS = ("quote-not-found", "value-not-in-quote", "ambiguous-quote")


@pytest.fixture
def project(tmp_path):
    """A project holding a copy of the corpus."""
    (tmp_path / "auditor.toml").write_text("", encoding="utf-8")
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    return tmp_path


def _draft_file(project: Path, name: str, published: str = "2024-06") -> Path:
    path = project / "corpus" / name
    document = Document(f"corpus/{name}", path.read_text(encoding="utf-8"))
    target = project / "claims" / f"{Path(name).stem}.yaml"
    target.parent.mkdir(exist_ok=True)
    target.write_text(render(draft(document, published)), encoding="utf-8")
    return target


def test_drafts_of_the_corpus_load_and_pass_the_quote_checks(project):
    claim_files = [_draft_file(project, path.name) for path in sorted((project / "corpus").glob("*.txt"))]
    audit = load_audit(project, claim_paths=claim_files)  # raises InputError on any problem
    assert len(audit.claims) > 200
    report = run_audit(project, claim_paths=claim_files, select=QUOTE_CHECKS)
    assert report.findings == (), [f.message for f in report.findings]
    for item in report.coverage:
        assert item.claimed == item.figures, item  # every figure but ordinals is drafted


def test_draft_claims_are_as_documented(project):
    text = _draft_file(project, "002_28a0e6980402f326.txt", "2024-01").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["document"] == "corpus/002_28a0e6980402f326.txt"
    assert data["published"] == "2024-01"
    by_value = {claim["value"]: claim for claim in data["claims"]}
    fund = by_value["108万元"]
    assert fund["id"].startswith("c002-")
    assert fund["quote"] == "工作组成立的“通伊”教育基金首期筹得108万元"
    assert fund["key"].startswith("002.") and "通伊教育基金" in fund["key"]
    assert "108万元  # 43:202" in text  # the figure's line:column
    assert not any("第十一批次" == claim["value"] for claim in data["claims"])  # ordinals are left out
    assert len({claim["key"] for claim in data["claims"]}) == len(data["claims"])
    assert len({claim["id"] for claim in data["claims"]}) == len(data["claims"])


def test_quotes_are_the_shortest_unique_clause():
    document = Document(
        "a.txt", "项目一期投入500万元，二期投入500万元。\n该项目总投资2.12亿元，其中一期工程投入1.36亿元。\n"
    )
    quotes = [(c.value, c.quote, c.occurrence) for c in draft(document, "2024").claims]
    assert quotes == [
        ("500万元", "项目一期投入500万元", None),
        ("500万元", "二期投入500万元", None),
        ("2.12亿元", "该项目总投资2.12亿元", None),
        ("1.36亿元", "其中一期工程投入1.36亿元", None),
    ]


def test_a_quote_that_repeats_is_widened_then_given_an_occurrence():
    text = "甲地投入援疆资金480万元，组织培训。\n乙地投入援疆资金480万元，建设学校。\n丙地投入援疆资金480万元，建设学校。\n"
    claims = draft(Document("a.txt", text), "2024").claims
    assert [(c.quote, c.occurrence) for c in claims] == [
        ("甲地投入援疆资金480万元", None),
        ("乙地投入援疆资金480万元", None),
        ("丙地投入援疆资金480万元", None),
    ]
    pasted = "投入援疆资金480万元，建设学校。\n投入援疆资金480万元，建设学校。\n"
    claims = draft(Document("a.txt", pasted), "2024").claims
    assert [(c.quote, c.occurrence) for c in claims] == [("投入援疆资金480万元", 1), ("投入援疆资金480万元", 2)]


def test_quotes_keep_their_words_apart_and_drop_pdf_line_breaks():
    assert collapse_whitespace("raised  $2.4\nmillion") == "raised $2.4 million"
    assert (
        collapse_whitespace("19个援疆省市坚 持每年将援疆资金总量的80%用于县及\n县以下")
        == "19个援疆省市坚持每年将援疆资金总量的80%用于县及县以下"
    )


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "a: b",
        "#x",
        "x #y",
        "- x",
        "yes",
        "no",
        "null",
        "~",
        "true",
        "123",
        "1.5",
        "2024-01",
        "0x1f",
        '"quoted"',
        "'s",
        "@x",
        "%x",
        "{x}",
        "[x]",
        "*x",
        "&x",
        "!x",
        "|",
        ">",
        "? x",
        " lead",
        "trail ",
        "tab\there",
        "back\\slash",
        "“通伊”教育基金",
        "首期筹得108万元",
        "HARBOR TOWN — The fund: $2.4 million",
        "1,080",
        "50%",
    ],
)
def test_scalars_read_back_as_the_same_string(text):
    assert yaml.safe_load(f"k: {scalar(text)}") == {"k": text}
    assert yaml.safe_load(f"k: {scalar(text)}  # 1:1") == {"k": text}


def _edited(project: Path) -> Path:
    """A draft of 002 an editor has worked on: a confirmed key with a note and a comment, and relations."""
    path = _draft_file(project, "002_28a0e6980402f326.txt", "2024-01")
    text = path.read_text(encoding="utf-8")
    fund = next(c for c in yaml.safe_load(text)["claims"] if c["value"] == "108万元")
    swans = next(c for c in yaml.safe_load(text)["claims"] if c["value"] == "700多只")
    school = next(c for c in yaml.safe_load(text)["claims"] if c["value"] == "2.12亿元")
    phase = next(c for c in yaml.safe_load(text)["claims"] if c["value"] == "1.36亿元")
    text = text.replace(f"key: {fund['key']}\n", "key: 通伊教育基金.首期资金\n    note: Confirmed with the desk.\n")
    text = text.replace(f"key: {swans['key']}\n", "key: 天鹅泉湿地公园.天鹅数量   # counted in December\n")
    text += (
        f"relations:\n  - whole: {school['id']}\n    parts: [{phase['id']}]\n"
        f"  - total: {school['id']}\n    sum: [{phase['id']}, {fund['id']}]\n    note: nonsense on purpose\n"
    )
    path.write_text(text, encoding="utf-8")
    return path


def test_merge_keeps_the_editors_work_updates_a_changed_figure_and_adds_new_figures(project):
    edited = _edited(project)
    before = edited.read_text(encoding="utf-8")
    document_path = project / "corpus" / "002_28a0e6980402f326.txt"
    changed = document_path.read_text(encoding="utf-8").replace("首期筹得108万元", "首期筹得128万元")
    changed = changed.replace("天鹅数量达到700多只，创下新高。", "天鹅数量达到700多只，创下新高。今年新增观鸟台3座。")
    document_path.write_text(changed, encoding="utf-8")
    document = Document("corpus/002_28a0e6980402f326.txt", changed)

    result = merge(before, "claims/002.yaml", document, "2024-01", False)

    fund_id = next(c for c in yaml.safe_load(before)["claims"] if c["value"] == "108万元")["id"]
    assert result.vanished == []
    assert result.updated == [
        (fund_id, "工作组成立的“通伊”教育基金首期筹得108万元", "工作组成立的“通伊”教育基金首期筹得128万元")
    ]
    assert "key: 天鹅泉湿地公园.天鹅数量   # counted in December\n" in result.text  # kept byte for byte
    merged = yaml.safe_load(result.text)
    fund = next(c for c in merged["claims"] if c["id"] == fund_id)
    assert (fund["key"], fund["note"], fund["value"]) == (
        "通伊教育基金.首期资金",
        "Confirmed with the desk.",
        "128万元",
    )
    assert merged["relations"] == yaml.safe_load(before)["relations"]  # both relations, the fund's included
    added = {c["value"]: c for c in merged["claims"] if c["id"] in result.added}
    assert set(added) == {"3座"}

    out = project / "claims" / "002.yaml"
    edited.rename(out)
    out.write_text(result.text, encoding="utf-8")
    report = run_audit(project, claim_paths=[out], select=QUOTE_CHECKS)
    assert report.findings == ()


ARTICLE = (
    "青禾县文旅\n\n今年，全县接待游客386.5万人次。其中，青禾古镇接待游客152.3万人次，湿地公园接待游客234.2万人次。\n"
)
CLAIMS = """\
document: corpus/tourism.txt
published: 2024-06
claims:
  - id: qh-total
    key: 青禾县.游客
    quote: 全县接待游客386.5万人次
  - id: qh-town
    key: 青禾古镇.游客
    quote: 青禾古镇接待游客152.3万人次
    note: from the county's tourism bureau
  - id: qh-park
    key: 湿地公园.游客
    quote: 湿地公园接待游客234.2万人次
relations:
  - total: qh-total
    sum: [qh-town, qh-park]
"""


def _tourism(project: Path, article: str) -> Path:
    (project / "corpus" / "tourism.txt").write_text(article, encoding="utf-8")
    claims = project / "claims" / "tourism.yaml"
    claims.parent.mkdir(exist_ok=True)
    claims.write_text(CLAIMS, encoding="utf-8")
    return claims


def test_a_figure_edited_in_the_article_stays_audited_after_the_merge(project):
    """The editor changes 152.3万人次 to 162.3万人次: the claim keeps its id, note and relation, and the sum that
    no longer fits still fails the audit (it used to be commented out with its relation, and `check` passed)."""
    claims = _tourism(project, ARTICLE.replace("152.3万人次", "162.3万人次"))
    before = run_cli(["check", "claims/tourism.yaml", "--format", "concise"], project)
    assert before.status == 1 and "quote-not-found" in before.stdout
    merged = run_cli(
        [
            "extract",
            "corpus/tourism.txt",
            "--merge",
            "claims/tourism.yaml",
            "-o",
            "claims/tourism.yaml",
            "--force",
            "--published",
            "2024-06",
        ],
        project,
    )
    assert merged.status == 0, merged
    assert (
        'claim "qh-town": quote updated to the figure now in corpus/tourism.txt: '
        '"青禾古镇接待游客152.3万人次" → "青禾古镇接待游客162.3万人次"'
    ) in merged.stderr
    text = claims.read_text(encoding="utf-8")
    assert text == CLAIMS.replace("152.3万人次", "162.3万人次")  # nothing else touched, nothing added
    after = run_cli(["check", "claims/tourism.yaml", "--format", "concise"], project)
    assert after.status == 1
    assert after.stdout.splitlines()[0].startswith("corpus/tourism.txt:3:10: error sum-mismatch ")


def test_a_claim_whose_text_vanished_stays_with_its_relations_and_the_merge_exits_1(project):
    claims = _tourism(project, ARTICLE.replace("青禾古镇接待游客152.3万人次，", ""))
    merged = run_cli(
        [
            "extract",
            "corpus/tourism.txt",
            "--merge",
            "claims/tourism.yaml",
            "-o",
            "claims/tourism.yaml",
            "--force",
            "--published",
            "2024-06",
        ],
        project,
    )
    assert merged.status == 1
    assert (
        'claim "qh-town": quote "青禾古镇接待游客152.3万人次" is no longer in corpus/tourism.txt; the claim and its '
        "relations are kept as they are"
    ) in merged.stderr
    assert claims.read_text(encoding="utf-8") == CLAIMS  # nothing dropped, and the file loads
    after = run_cli(["check", "claims/tourism.yaml", "--format", "concise"], project)
    assert after.status == 1 and " error quote-not-found " in after.stdout


def test_a_figure_listed_under_skip_is_never_drafted_again(project):
    claims = _tourism(project, ARTICLE + "\n全县共有A级景区12家。\n")
    first = run_cli(
        ["extract", "corpus/tourism.txt", "--merge", "claims/tourism.yaml", "--published", "2024-06"], project
    )
    assert "全县共有A级景区12家" in first.stdout  # a figure no claim covers is drafted
    claims.write_text(CLAIMS + "skip:\n  - 全县共有A级景区12家\n", encoding="utf-8")
    again = run_cli(
        ["extract", "corpus/tourism.txt", "--merge", "claims/tourism.yaml", "--published", "2024-06"], project
    )
    assert again.status == 0 and again.stdout == claims.read_text(encoding="utf-8")
    assert run_cli(["check", "claims/tourism.yaml"], project).status == 0  # `skip` loads


def test_merge_of_an_unchanged_document_changes_nothing(project):
    edited = _edited(project)
    text = edited.read_text(encoding="utf-8")
    document = Document(
        "corpus/002_28a0e6980402f326.txt", (project / "corpus" / "002_28a0e6980402f326.txt").read_text(encoding="utf-8")
    )
    result = merge(text, "claims/002.yaml", document, "2024-01", False)
    assert result.text == text and result.added == [] and result.vanished == []


def test_extract_command_prints_a_draft_that_check_loads(project):
    result = run_cli(["extract", "corpus/004_33cfab6a1a367774.txt", "--published", "2024-06"], project)
    assert result.status == 0, result
    (project / "claims").mkdir()
    (project / "claims" / "004.yaml").write_text(result.stdout, encoding="utf-8")
    check = run_cli(["check", "--select", ",".join(QUOTE_CHECKS), "--color", "never"], project)
    assert check.status == 0, check
    assert "No findings" in check.stdout


def test_extract_without_published_guesses_and_asks_to_confirm(project):
    result = run_cli(["extract", "corpus/004_33cfab6a1a367774.txt"], project)
    assert result.status == 0
    assert "# published: please confirm" in result.stdout
    assert yaml.safe_load(result.stdout)["published"]


def test_extract_never_overwrites_without_force(project):
    target = project / "claims" / "004.yaml"
    target.parent.mkdir()
    target.write_text("editor's work\n", encoding="utf-8")
    refused = run_cli(["extract", "corpus/004_33cfab6a1a367774.txt", "-o", "claims/004.yaml"], project)
    assert refused.status == 2 and "use --force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "editor's work\n"
    forced = run_cli(
        ["extract", "corpus/004_33cfab6a1a367774.txt", "-o", "claims/004.yaml", "--force", "--published", "2024-06"],
        project,
    )
    assert forced.status == 0 and "document: corpus/004_33cfab6a1a367774.txt" in target.read_text(encoding="utf-8")


def test_extract_several_documents_into_a_directory(project):
    result = run_cli(["extract", "corpus", "-o", "drafts", "--published", "2024"], project)
    assert result.status == 0, result
    written = sorted(path.name for path in (project / "drafts").glob("*.yaml"))
    assert written == [f"{path.stem}.yaml" for path in sorted((project / "corpus").glob("*.txt"))]
    load_audit(project, claim_paths=sorted((project / "drafts").glob("*.yaml")))
    printed = run_cli(
        ["extract", "corpus/000_ace7c8b895bb0294.txt", "corpus/001_bf08658a4eac6263.txt", "--published", "2024"],
        project,
    )
    assert len(list(yaml.safe_load_all(printed.stdout))) == 2


def test_extract_merge_command_reports_vanished_claims(project):
    edited = _edited(project)
    document_path = project / "corpus" / "002_28a0e6980402f326.txt"
    document_path.write_text(
        document_path.read_text(encoding="utf-8").replace("首期筹得108万元", "首期筹集资金"), encoding="utf-8"
    )
    result = run_cli(
        [
            "extract",
            "corpus/002_28a0e6980402f326.txt",
            "--merge",
            str(edited.relative_to(project)),
            "-o",
            str(edited.relative_to(project)),
            "--force",
        ],
        project,
    )
    assert result.status == 1, result
    assert "is no longer in corpus/002_28a0e6980402f326.txt" in result.stderr
    assert "1 no longer found" in result.stderr
    load_audit(project, claim_paths=[edited])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "corpus/004_33cfab6a1a367774.txt", "--published", "June 2024"], "is not a date"),
        (["extract", "missing.txt"], "no such file or directory"),
        (["extract", "corpus", "--merge", "corpus/004_33cfab6a1a367774.txt"], "exactly one document"),
    ],
)
def test_extract_input_errors_exit_2(project, args, message):
    result = run_cli(args, project)
    assert result.status == 2, result
    assert message in result.stderr


def test_extract_refuses_a_document_outside_the_project(project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere") / "a.txt"
    outside.write_text("投入援疆资金480万元。\n", encoding="utf-8")
    result = run_cli(["extract", str(outside)], project)
    assert result.status == 2 and "outside the project root" in result.stderr


def test_documents_whose_names_reduce_alike_get_distinct_id_prefixes():
    from auditor.extract import id_prefix

    assert id_prefix("corpus/002_28a0e6980402f326.txt") == "c002"
    assert id_prefix("cjk/a-b.txt") == "a-b"
    assert id_prefix("corpus/huzhou_tourism.txt") == "huzhou"  # never "chuzhou" (滁州, another city)
    prefixes = [id_prefix(name) for name in ("cjk/新闻.txt", "cjk/报道.txt", "cjk/a b.txt", "cjk/a-b.txt")]
    assert len(set(prefixes)) == 4
    assert prefixes[0].startswith("doc-") and prefixes[2].startswith("a-b-")


def test_keys_start_at_a_word_never_inside_a_place_name_or_a_phrase():
    from auditor.extract import _whole_words_tail

    assert _whole_words_tail("浙江省湖州市吴兴区文旅局接待游客") == "吴兴区文旅局接待游客"  # not 兴区…
    assert _whole_words_tail("今年下一步将投入资金修建") == "投入资金修建"  # not 步将投入…
    assert _whole_words_tail("全县接待游客") == "全县接待游客"


def test_drafts_skip_bylines_keep_quotes_in_their_paragraph_and_name_english_items_after_the_amount():
    from auditor.extract import draft

    chinese = Document(
        "corpus/qinghe_invest.txt",
        "青禾县投资增长\n来源：青禾日报 2024-03-05 10:30\n\n"
        "今年全县固定资产投资增长12.5%。\n\n责任编辑：王海 2024年3月5日\n",
    )
    result = draft(chinese, "2024")
    assert [(c.id, c.key, c.quote) for c in result.claims] == [
        ("qinghe-001", "qinghe.全县固定资产投资", "今年全县固定资产投资增长12.5%")
    ]
    assert [reason for *_, reason in result.skipped] == [
        "in a byline, a dateline or page furniture, not the article"
    ] * 2
    english = Document(
        "corpus/budget.txt",
        "Council budget\n\nThe council set aside $2 million for the library, "
        "$1.5 million for the pool and $300,000 to repave Elm Street.\n",
    )
    assert [c.key for c in draft(english, "2024").claims] == ["budget.library", "budget.pool", "budget.repave elm"]


def test_a_changed_figure_in_a_flow_style_claim_is_written_so_the_file_still_loads():
    text = "青禾县文旅\n\n今年，全县投入资金1,350万元。\n"
    claims = 'document: corpus/a.txt\npublished: 2024\nclaims:\n  - {id: u, key: k2, quote: "全县投入资金1,250万元"}\n'
    result = merge(claims, "claims/a.yaml", Document("corpus/a.txt", text), "2024", False)
    assert result.updated == [("u", "全县投入资金1,250万元", "全县投入资金1,350万元")]
    assert yaml.safe_load(result.text)["claims"] == [{"id": "u", "key": "k2", "quote": "全县投入资金1,350万元"}]


def test_a_value_follows_only_the_number_that_changed_and_tags_come_from_the_document_name():
    from auditor.extract import draft

    text = "青禾县新闻\n\n2号馆接待游客15万人次。\n"
    claims = (
        "document: corpus/a.txt\npublished: 2024\nclaims:\n  - id: a\n    key: k\n"
        "    quote: 1号馆接待游客15万人次\n    value: 15万人次\n"
    )
    result = merge(claims, "claims/a.yaml", Document("corpus/a.txt", text), "2024", False)
    assert yaml.safe_load(result.text)["claims"][0]["value"] == "15万人次"  # not 25万人次
    assert result.added == []  # and the figure is not drafted a second time
    claim = draft(Document("corpus/c3po.txt", "青禾县新闻\n\n全年接待游客15万人次。\n"), "2024").claims[0]
    assert (claim.id, claim.key) == ("c3po-001", "c3po.全年接待游客")
