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
