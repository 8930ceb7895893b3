"""The JSON Schema shipped for editors agrees with the loader: the corpus claims and extract's drafts validate."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from tests.conftest import ROOT

SCHEMA = json.loads((ROOT / "auditor" / "schemas" / "claims.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sorted((ROOT / "claims").glob("*.yaml")), ids=lambda p: p.name)
def test_bundled_claim_files_validate(path):
    jsonschema.Draft202012Validator(SCHEMA).validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_extracted_draft_validates():
    from auditor.documents import read_document
    from auditor.extract import draft, render

    document = read_document(ROOT / "corpus" / "004_33cfab6a1a367774.txt", "corpus/004_33cfab6a1a367774.txt")
    text = render(draft(document, "2024-06"))
    jsonschema.Draft202012Validator(SCHEMA).validate(yaml.safe_load(text))


@pytest.mark.parametrize(
    "bad",
    [
        {"document": "a.txt", "published": "2024", "claims": [{"id": "x", "key": "k"}]},  # no quote
        {"document": "a.txt", "published": "2024", "claims": [], "extra": 1},  # unknown key
        {"document": "a.txt", "published": "24", "claims": []},  # bad date
        {"document": "a.txt", "published": "2024", "claims": [], "relations": [{"whole": "a"}]},  # no parts
    ],
)
def test_schema_rejects_what_the_loader_rejects(bad):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SCHEMA).validate(bad)


# ------------------------------------------------------------------ the schema against the loader

HEAD = "document: a.txt\npublished: {published}\nclaims:\n  - id: {id}\n    key: {key}\n    quote: 投入108万元\n{extra}"


def _claim_file(published="2024", id="a1", key="k", extra=""):
    return HEAD.format(published=published, id=id, key=key, extra=extra)


LOADER_CASES = {
    "a year written as a number": _claim_file(published="2024"),
    "a full date": _claim_file(published="2024-06-20"),
    "a quoted month": _claim_file(published='"2024-06"'),
    "month 13": _claim_file(published="2024-13"),
    "a claim id written as a number": _claim_file(id="12"),
    "a claim id with a space": _claim_file(id='"a b"'),
    "a key written as a number": _claim_file(key="5"),
    "a blank key": _claim_file(key="' '"),
    "a value written as a number": _claim_file(extra="    value: 108\n"),
    "occurrence 0": _claim_file(extra="    occurrence: 0\n"),
    "occurrence as a string": _claim_file(extra='    occurrence: "1"\n'),
    "as_of as a date": _claim_file(extra="    as_of: 2024-06-01\n"),
    "a note written as a number": _claim_file(extra="    note: 5\n"),
    "ignore without a reason": _claim_file(extra="    ignore: [percent-sum]\n"),
    "ignore of an unknown check": _claim_file(extra="    ignore: [nope]\n    reason: r\n"),
    "ignore with a reason": _claim_file(extra="    ignore: [percent-sum]\n    reason: they overlap\n"),
    "empty relations": _claim_file(extra="relations:\n"),
    "relations as an empty list": _claim_file(extra="relations: []\n"),
    "skip": _claim_file(extra="skip: [投入108万元]\n"),
    "skip of a number": _claim_file(extra="skip: [5]\n"),
    "relation members written as numbers": _claim_file(
        extra="  - {id: b1, key: k, quote: 投入108万元, value: 108万元}\nrelations:\n  - whole: a1\n    parts: [1]\n"
    ),
    "an unknown top-level key": _claim_file(extra="extra: 1\n"),
    "a share relation": _claim_file(
        extra="  - {id: b1, key: k, quote: 投入108万元}\n  - {id: c1, key: k, quote: 投入108万元, value: 5%}\n"
        "relations:\n  - {share: c1, part: a1, whole: b1}\n"
    ),
    "a change relation": _claim_file(
        extra="  - {id: b1, key: k, quote: 投入108万元}\n  - {id: c1, key: k, quote: 投入108万元, value: 5%}\n"
        "relations:\n  - {change: c1, from: a1, to: b1}\n"
    ),
    "a change relation without to": _claim_file(
        extra="  - {id: b1, key: k, quote: 投入108万元}\nrelations:\n  - {change: b1, from: a1}\n"
    ),
    "an average relation": _claim_file(
        extra="  - {id: b1, key: k, quote: 投入108万元}\n  - {id: c1, key: k, quote: 投入108万元, value: 5户}\n"
        "relations:\n  - {average: a1, total: b1, count: c1}\n"
    ),
    "an average relation without a count": _claim_file(
        extra="  - {id: b1, key: k, quote: 投入108万元}\nrelations:\n  - {average: a1, total: b1}\n"
    ),
    "a share relation with parts": _claim_file(
        extra="  - {id: b1, key: k, quote: 投入108万元}\nrelations:\n  - {share: b1, part: a1, whole: a1, parts: [a1]}\n"
    ),
}


def _schema_accepts(text: str) -> bool:
    import datetime

    def as_yaml_12(value):  # editors' YAML 1.2 tools read 2024-06-20 as a string, not a date
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: as_yaml_12(v) for k, v in value.items()}
        if isinstance(value, list):
            return [as_yaml_12(v) for v in value]
        return value

    return not list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(as_yaml_12(yaml.safe_load(text))))


def _loader_accepts(tmp_path, text: str) -> bool:
    from auditor.errors import InputError
    from auditor.project import load_audit

    (tmp_path / "a.txt").write_text("投入108万元。\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text(text, encoding="utf-8")
    try:
        load_audit(tmp_path, claim_paths=[tmp_path / "c.yaml"])
    except InputError:
        return False
    return True


@pytest.mark.parametrize("name", sorted(LOADER_CASES))
def test_the_schema_accepts_exactly_what_the_loader_accepts(tmp_path, name):
    text = LOADER_CASES[name]
    assert _schema_accepts(text) == _loader_accepts(tmp_path, text), name


def test_the_schema_knows_every_check_id_an_ignore_may_name():
    from auditor.registry import check_ids

    assert SCHEMA["$defs"]["claim"]["properties"]["ignore"]["items"] == {"$ref": "#/$defs/checkId"}
    enum = SCHEMA["$defs"]["checkId"]["enum"]
    assert enum == list(check_ids()), "a check was added or renamed: update $defs.checkId in claims.schema.json"
    # Every ignore list (claims, relations, their variants) names the one definition.
    assert json.dumps(SCHEMA).count('"#/$defs/checkId"') == 8 and json.dumps(SCHEMA).count('"percent-sum"') == 1


def test_a_project_outside_this_repository_gets_the_schema_and_its_drafts_point_at_it(tmp_path):
    from tests.test_check_cli import make_project, run_cli

    project = make_project(
        tmp_path / "news", {"corpus/a.txt": "青禾县今年投入帮扶资金2860万元。\n"}, pyproject="[tool.auditor]\n"
    )
    written = run_cli(["schema", "-o", "claims.schema.json"], project)
    assert written.status == 0
    assert json.loads((project / "claims.schema.json").read_text(encoding="utf-8")) == SCHEMA
    drafted = run_cli(["extract", "corpus/a.txt", "-o", "claims/a.yaml", "--published", "2024"], project)
    assert drafted.status == 0, drafted
    assert (project / "claims" / "a.yaml").read_text(encoding="utf-8").splitlines()[0] == (
        "# yaml-language-server: $schema=../claims.schema.json"
    )
