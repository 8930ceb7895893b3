"""Claim-file loading: every problem is a located message, all reported together."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.errors import InputError
from auditor.project import load_audit

DOC = "corpus/a.txt"
GOOD_DOC_TEXT = "工作组成立的“通伊”教育基金首期筹得108万元，充分发挥公益助学作用。\n项目总建筑面积4万平方米。\n"


def make_project(
    tmp_path: Path, claim_text: str, *, name: str = "claims/a.yaml", doc_text: str | bytes = GOOD_DOC_TEXT
):
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "pyproject.toml").write_text("[project]\nname='x'\n", encoding="utf-8")
    document = tmp_path / DOC
    document.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(doc_text, bytes):
        document.write_bytes(doc_text)
    else:
        document.write_text(doc_text, encoding="utf-8")
    claim = tmp_path / name
    claim.parent.mkdir(parents=True, exist_ok=True)
    claim.write_text(claim_text, encoding="utf-8")
    return claim


def load_errors(tmp_path: Path, claim_text: str, **kwargs) -> list[str]:
    claim = make_project(tmp_path, claim_text, **kwargs)
    with pytest.raises(InputError) as caught:
        load_audit(tmp_path, claim_paths=[claim])
    return [str(problem) for problem in caught.value.problems]


HEADER = f"document: {DOC}\npublished: 2024-01\n"


def test_valid_file_loads_with_parsed_figures(tmp_path):
    claim = make_project(
        tmp_path,
        HEADER
        + "claims:\n"
        + "  - id: fund\n    key: 通伊教育基金.首期资金\n    quote: 教育基金首期筹得108万元\n"
        + "  - id: area\n    key: 学校.建筑面积\n    quote: 项目总建筑面积4万平方米\n    value: 4万平方米\n",
    )
    audit = load_audit(tmp_path, claim_paths=[claim])
    assert [c.id for c in audit.claims] == ["fund", "area"]
    assert audit.claims[0].figure.text == "108万元"
    assert audit.claims[0].figure.nominal == 1_080_000
    assert audit.claims[0].mark.line == 4 and audit.claims[0].mark.column == 5
    assert list(audit.documents) == [DOC]


def test_unknown_unit_in_value_is_located(tmp_path):
    errors = load_errors(
        tmp_path,
        HEADER + "claims:\n  - id: fund\n    key: k\n    quote: 首期筹得108万元\n    value: 108万吨吨\n",
    )
    assert len(errors) == 1
    assert errors[0].startswith("claims/a.yaml:7:12: ")
    assert errors[0].endswith(" in value")
    assert "万吨吨" in errors[0]


def test_unknown_keys_wrong_types_and_missing_keys_are_all_reported(tmp_path):
    errors = load_errors(
        tmp_path,
        HEADER
        + "claims:\n"
        + "  - id: one\n    key: k\n    quote: 108万元\n    vaule: 108万元\n"
        + "  - id: two\n    key: [a, b]\n    quote: 108万元\n"
        + "  - id: three\n    key: k\n",
    )
    assert errors == [
        'claims/a.yaml:7:5: unknown key "vaule" in a claim (did you mean "value"?)',
        "claims/a.yaml:9:10: key must be a string, not a list",
        'claims/a.yaml:11:5: claim is missing required key "quote"',
    ]


def test_duplicate_mapping_keys_are_detected(tmp_path):
    errors = load_errors(
        tmp_path,
        HEADER + "claims:\n  - id: one\n    key: k\n    quote: 108万元\n    quote: 118万元\n",
    )
    assert errors == ['claims/a.yaml:7:5: duplicate key "quote" (first at line 6)']


def test_duplicate_ids_across_files(tmp_path):
    make_project(tmp_path, HEADER + "claims:\n  - id: one\n    key: k\n    quote: 108万元\n", name="claims/a.yaml")
    second = tmp_path / "claims/b.yaml"
    second.write_text(HEADER + "claims:\n  - id: one\n    key: k\n    quote: 4万平方米\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_audit(tmp_path, claim_paths=[tmp_path / "claims/a.yaml", second])
    assert [str(p) for p in caught.value.problems] == [
        'claims/b.yaml:4:5: duplicate claim id "one" (first defined at claims/a.yaml:4:5)'
    ]


def test_yaml_syntax_error_is_located(tmp_path):
    errors = load_errors(tmp_path, HEADER + "claims:\n  - id: one\n    key: [unclosed\n")
    assert len(errors) == 1
    assert errors[0].startswith("claims/a.yaml:5:10:") and "YAML syntax error" in errors[0]  # where [ opens


def test_a_quote_never_closed_is_located_where_it_opens_not_where_the_file_ends(tmp_path):
    errors = load_errors(
        tmp_path,
        HEADER + 'claims:\n  - id: one\n    key: k\n    quote: "投入108万元\n'
        "  - id: two\n    key: k\n    quote: 投入\n",
    )
    assert errors == [
        "claims/a.yaml:6:12: YAML syntax error: while scanning a quoted scalar that is never closed: "
        "found unexpected end of stream (line 10)"
    ]


def test_list_instead_of_mapping(tmp_path):
    errors = load_errors(tmp_path, "- id: one\n  key: k\n")
    assert errors == [
        "claims/a.yaml:1:1: a claim file is a mapping with `document`, `published` and `claims`, not a list"
    ]


def test_empty_claim_file(tmp_path):
    errors = load_errors(tmp_path, "")
    assert errors == ["claims/a.yaml: claim file is empty; it needs at least `document`, `published` and `claims`"]


def test_alias_bomb_is_refused_without_expanding(tmp_path):
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
    for index in range(1, 9):
        bomb += f"{chr(97 + index)}: &{chr(97 + index)} [{','.join(['*' + chr(96 + index)] * 9)}]\n"
    errors = load_errors(tmp_path, bomb)
    assert any("anchors and aliases are not supported" in e for e in errors)


def test_deep_nesting_is_refused(tmp_path):
    errors = load_errors(tmp_path, HEADER + "claims: " + "[" * 40 + "]" * 40 + "\n")
    assert any("nested deeper than" in e for e in errors)


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("/etc/passwd", 'document path "/etc/passwd" is absolute; name documents relative to the project root'),
        ("../outside.txt", 'document path "../outside.txt" leaves the project root'),
    ],
)
def test_documents_outside_the_root_are_refused(tmp_path, document, message):
    project = tmp_path / "project"
    project.mkdir()
    errors = load_errors(project, f"document: {document}\npublished: 2024\nclaims: []\n")
    assert len(errors) == 1
    assert errors[0].startswith("claims/a.yaml:1:11: " + message)


def test_symlink_escaping_the_root_is_refused(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("108万元", encoding="utf-8")
    (project / "link.txt").symlink_to(secret)
    errors = load_errors(project, "document: link.txt\npublished: 2024\nclaims: []\n")
    assert len(errors) == 1 and 'document path "link.txt" leaves the project root' in errors[0]


def test_missing_and_non_utf8_documents(tmp_path):
    errors = load_errors(tmp_path, "document: corpus/missing.txt\npublished: 2024\nclaims: []\n")
    assert errors == ['claims/a.yaml:1:11: document "corpus/missing.txt": document not found']
    errors = load_errors(tmp_path / "gbk", HEADER + "claims: []\n", doc_text="教育基金".encode("gbk"))
    assert len(errors) == 1 and "document is not UTF-8" in errors[0] and "iconv" in errors[0]


def test_utf8_bom_document_is_fine(tmp_path):
    claim = make_project(
        tmp_path,
        HEADER + "claims:\n  - id: fund\n    key: k\n    quote: 首期筹得108万元\n",
        doc_text=b"\xef\xbb\xbf" + GOOD_DOC_TEXT.encode("utf-8"),
    )
    audit = load_audit(tmp_path, claim_paths=[claim])
    assert audit.documents[DOC].text.startswith("工作组")


def test_bad_dates_and_blank_quote(tmp_path):
    errors = load_errors(
        tmp_path,
        f"document: {DOC}\npublished: 2023-13\nclaims:\n  - id: one\n    key: k\n    quote: '  '\n",
    )
    assert errors == [
        'claims/a.yaml:2:12: published "2023-13" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)',
        "claims/a.yaml:6:12: quote must not be blank",
    ]


def test_relations_are_validated(tmp_path):
    errors = load_errors(
        tmp_path,
        HEADER
        + "claims:\n  - id: one\n    key: k\n    quote: 108万元\n"
        + "relations:\n  - shares: [one, nobody]\n    of: 资金\n  - whole: one\n  - nonsense: 1\n",
    )
    assert errors == [
        'claims/a.yaml:8:5: shares relation names unknown claim id "nobody"',  # reported with the others, in one run
        'claims/a.yaml:10:5: parts relation is missing required key "parts"',
        "claims/a.yaml:11:5: a relation needs exactly one of `shares:` (shares of a total), `whole:` + `parts:`, "
        "`total:` + `sum:`, `span:` + `from:`, `share:` + `part:` + `whole:` (a share of a whole), "
        "`change:` + `from:` + `to:` (a change between two values) or `average:` + `total:` + `count:`",
    ]


def test_relation_references_unknown_claim(tmp_path):
    errors = load_errors(
        tmp_path,
        HEADER
        + "claims:\n  - id: one\n    key: k\n    quote: 108万元\n"
        + "relations:\n  - shares: [one, nobody]\n    of: 资金\n",
    )
    assert errors == ['claims/a.yaml:8:5: shares relation names unknown claim id "nobody"']


def test_a_mistyped_claim_id_in_a_relation_suggests_the_one_meant(tmp_path):
    errors = load_errors(
        tmp_path,
        HEADER
        + "claims:\n  - id: fund-2023\n    key: k\n    quote: 108万元\n"
        + "relations:\n  - shares: [fund-2023, fund-2032]\n    of: 资金\n",
    )
    assert errors == [
        'claims/a.yaml:8:5: shares relation names unknown claim id "fund-2032" (did you mean "fund-2023"?)'
    ]


def test_ignore_needs_reason_and_known_check(tmp_path):
    errors = load_errors(
        tmp_path,
        HEADER + "claims:\n  - id: one\n    key: k\n    quote: 108万元\n    ignore: [no-such-check]\n",
    )
    assert errors == [
        'claims/a.yaml:4:5: unknown check id "no-such-check" in ignore',
        'claims/a.yaml:7:13: claim "one" ignores no-such-check without a `reason`',
    ]


def test_structural_and_value_problems_are_reported_in_one_run(tmp_path):
    errors = load_errors(
        tmp_path,
        HEADER + "claims:\n  - id: one\n    key: k\n    quote: 108万元\n    vaule: x\n    value: 2万吨吨\n",
    )
    assert errors == [
        'claims/a.yaml:7:5: unknown key "vaule" in a claim (did you mean "value"?)',
        'claims/a.yaml:8:12: not a figure: "2万吨吨" (unknown unit "万吨吨") in value',
    ]


def test_a_misspelt_relation_id_is_reported_with_the_claims_problems_but_a_claim_that_failed_is_not_unknown(tmp_path):
    errors = load_errors(
        tmp_path,
        HEADER
        + "claims:\n  - {id: a, key: k, quote: 108万元}\n  - {id: b, quote: 4万平方米}\n"
        + "relations:\n  - {total: aa, sum: [a, b]}\n",
    )
    assert errors == [
        'claims/a.yaml:5:5: claim is missing required key "key"',
        'claims/a.yaml:7:5: sum relation names unknown claim id "aa" (did you mean "a"?)',
    ]


def test_relations_naming_a_claim_twice_or_themselves_are_refused(tmp_path):
    errors = load_errors(
        tmp_path,
        HEADER
        + "claims:\n  - {id: a, key: k, quote: 108万元}\n  - {id: b, key: j, quote: 4万平方米}\n"
        + "relations:\n  - {whole: a, parts: [a]}\n  - {total: a, sum: [b, b]}\n  - {span: a, from: a}\n",
    )
    assert errors == [
        'claims/a.yaml:7:5: parts relation uses "a" as both the whole and a part',
        'claims/a.yaml:8:5: sum relation lists "b" more than once',
        'claims/a.yaml:9:5: span relation "a" cannot start or end at itself',
    ]


def test_quote_with_several_figures_needs_value(tmp_path):
    errors = load_errors(
        tmp_path,
        HEADER + "claims:\n  - id: one\n    key: k\n    quote: 首期筹得108万元，项目总建筑面积4万平方米\n",
    )
    assert errors == ['claims/a.yaml:6:12: quote holds 2 figures ("108万元", "4万平方米"); add `value` to say which']


def test_inputs_are_not_modified(tmp_path):
    claim = make_project(tmp_path, HEADER + "claims:\n  - id: fund\n    key: k\n    quote: 首期筹得108万元\n")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    load_audit(tmp_path, claim_paths=[claim])
    assert before == {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
