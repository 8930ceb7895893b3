"""Every check has a fixture file of cases that must fire and must not fire.

tests/fixtures/checks/<check-id>.yaml:

    check: doubled-word
    cases:
      - name: a doubled company name fires
        documents:
          a.txt: |
            牵线奎屯市徐奎商贸商贸有限公司
        claims:                # optional: claim files, as YAML text
          a.yaml: |
            document: a.txt
            ...
        options: {}            # optional: settings for the check
        run_with: [doubled-word]   # optional: run these checks too, then the documents' suppression comments
                                   # (the runner's suppression step); the findings of the check under test are kept
        baseline:              # optional: a baseline in use, then the baseline step (stale-baseline-entry)
          file: auditor-baseline.json
          entries: [{fingerprint: …, check: …, path: …, message: …, reason: …, line: 5, column: 7}]
        expect:                # exact list of findings, in report order; [] = must not fire
          - at: a.txt:1:8      # primary location (path:line:col)
            end: a.txt:1:12    # optional: end of the primary span
            severity: warning  # optional
            related: [a.txt:3:1]   # optional: exact related locations
            message: "..."     # the exact message (required)
            evidence: {k: v}   # optional: these evidence pairs must be present
            fix: "學 → 学"     # optional
            suppressed: "..."  # the reason, when the check itself suppresses the finding (else must be unsuppressed)

Each case runs the one check on a fresh project in a temporary directory.

`pytest tests/test_check_fixtures.py --update-fixtures` rewrites the `expect:` of every case that fails (or lacks
a message) from what the check now reports, keeping the optional keys each expectation had; review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from auditor.audit import Audit, run_checks
from auditor.checks._docs import REQUIRED_SECTIONS
from auditor.project import load_audit
from auditor.registry import all_checks

FIXTURES = Path(__file__).parent / "fixtures" / "checks"


def _cases():
    for check in all_checks():
        path = FIXTURES / f"{check.id}.yaml"
        if not path.exists():
            yield pytest.param(check.id, None, id=f"{check.id}-missing-fixture")
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["check"] == check.id, f"{path} names check {data['check']!r}"
        for case in data["cases"]:
            yield pytest.param(check.id, case, id=f"{check.id}: {case['name']}")


FILE_KEYS = {"check", "cases"}
CASE_KEYS = {"name", "documents", "claims", "options", "run_with", "baseline", "expect"}
EXPECT_KEYS = {"at", "end", "severity", "related", "message", "evidence", "assumption", "fix", "suppressed"}


def test_fixture_files_name_real_checks_and_use_only_known_keys():
    """A misspelt key (`mesage:`) would otherwise pass silently, and so would a fixture for a renamed check."""
    known = {check.id for check in all_checks()}
    problems = []
    for path in sorted(FIXTURES.glob("*")):
        if path.suffix != ".yaml" or path.stem not in known:
            problems.append(f"{path.name}: no check {path.stem!r} (orphan fixture)")
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        problems += [f"{path.name}: unknown key {key!r}" for key in sorted(set(data) - FILE_KEYS)]
        for case in data["cases"]:
            problems += [
                f"{path.name} / {case.get('name')}: unknown key {key!r}" for key in sorted(set(case) - CASE_KEYS)
            ]
            for want in case.get("expect") or []:
                problems += [
                    f"{path.name} / {case['name']}: unknown expectation {key!r}"
                    for key in sorted(set(want) - EXPECT_KEYS)
                ]
                if "message" not in want:
                    problems.append(f"{path.name} / {case['name']}: {want.get('at')} has no exact message")
    assert problems == [], "fix the keys; pytest --update-fixtures fills in missing messages"


def _load_case(tmp_path: Path, case: dict) -> Audit:
    for name, text in case.get("documents", {}).items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    claim_paths = []
    for name, text in case.get("claims", {}).items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        claim_paths.append(target)
    doc_paths = [tmp_path / name for name in case.get("documents", {})]
    return load_audit(tmp_path, claim_paths=claim_paths, document_paths=doc_paths)


@pytest.mark.parametrize(("check_id", "case"), list(_cases()))
def test_fixture_case(tmp_path, request, check_id, case):
    assert case is not None, f"check {check_id} has no fixture file {FIXTURES / (check_id + '.yaml')}"
    check = next(c for c in all_checks() if c.id == check_id)
    audit = _load_case(tmp_path, case)
    audit.check_options[check_id] = dict(case.get("options", {}))
    if "baseline" in case:
        from auditor.baseline import Baseline, Entry, stale_findings

        others = [c for c in all_checks() if c.id in case.get("run_with", [])]
        baseline = Baseline(
            case["baseline"].get("file", "auditor-baseline.json"),
            tuple(Entry(**entry) for entry in case["baseline"].get("entries") or ()),
        )
        ran = [check.id, *(c.id for c in others)]
        findings = stale_findings(baseline, run_checks(audit, [check, *others]), ran)
    elif "run_with" in case:
        from auditor.runner import suppress_in_documents

        others = [c for c in all_checks() if c.id in case["run_with"]]
        ran = [check.id, *(c.id for c in others)]
        findings = [
            f for f in suppress_in_documents(audit, run_checks(audit, [check, *others]), ran) if f.check == check_id
        ]
    else:
        findings = run_checks(audit, [check])
    expected = case["expect"] or []
    if request.config.getoption("--update-fixtures") and not _matches(findings, expected):
        expected = _rewrite_expect(FIXTURES / f"{check_id}.yaml", case["name"], findings, expected)
    got = [str(f.location) for f in findings]
    assert got == [e["at"] for e in expected], [f.message for f in findings]
    for finding, want in zip(findings, expected):
        assert finding.check == check_id
        if "end" in want:
            assert f"{finding.location.path}:{finding.location.end_line}:{finding.location.end_column}" == want["end"]
        if "severity" in want:
            assert finding.severity.label == want["severity"]
        if "related" in want:
            assert [str(loc) for loc in finding.related] == want["related"]
        assert finding.message == want["message"]
        if "evidence" in want:
            evidence = dict(finding.evidence)
            for name, value in want["evidence"].items():
                assert evidence.get(name) == str(value), (name, evidence)
        if "assumption" in want:
            assert finding.assumption == want["assumption"]
        if "fix" in want:
            assert finding.fix == want["fix"]
        assert finding.suppressed_by == want.get("suppressed"), finding.suppressed_by


def _matches(findings, expected) -> bool:
    """Whether the findings meet every expectation (the assertions of test_fixture_case, as a yes or no)."""
    if [str(f.location) for f in findings] != [e["at"] for e in expected]:
        return False
    for finding, want in zip(findings, expected):
        loc = finding.location
        evidence = dict(finding.evidence)
        if any(
            [
                "end" in want and f"{loc.path}:{loc.end_line}:{loc.end_column}" != want["end"],
                "severity" in want and finding.severity.label != want["severity"],
                "related" in want and [str(r) for r in finding.related] != want["related"],
                finding.message != want.get("message"),
                any(evidence.get(name) != str(value) for name, value in (want.get("evidence") or {}).items()),
                "assumption" in want and finding.assumption != want["assumption"],
                "fix" in want and finding.fix != want["fix"],
                finding.suppressed_by != want.get("suppressed"),
            ]
        ):
            return False
    return True


def _quoted(value) -> str:
    """`value` as a YAML scalar: plain when it can be, else quoted the way PyYAML would."""
    text = yaml.safe_dump(str(value), allow_unicode=True, width=10**6)
    text = text.removesuffix("\n").removesuffix("\n...").rstrip("\n")
    if "\n" in text:
        import json

        return json.dumps(str(value), ensure_ascii=False)
    return text


def _expectation(finding, old: dict, indent: str) -> list[str]:
    loc = finding.location
    lines = [f"{indent}- at: {_quoted(loc)}"]
    inner = indent + "  "
    if "end" in old:
        lines.append(f"{inner}end: {_quoted(f'{loc.path}:{loc.end_line}:{loc.end_column}')}")
    if "severity" in old:
        lines.append(f"{inner}severity: {finding.severity.label}")
    if "related" in old or (finding.related and not old):
        lines.append(f"{inner}related: [{', '.join(_quoted(r) for r in finding.related)}]")
    lines.append(f"{inner}message: {_quoted(finding.message)}")
    if "assumption" in old:
        lines.append(f"{inner}assumption: {_quoted(finding.assumption)}")
    if "fix" in old or (finding.fix and not old):
        lines.append(f"{inner}fix: {'null' if finding.fix is None else _quoted(finding.fix)}")
    evidence = dict(finding.evidence)
    kept = [name for name in (old.get("evidence") or {}) if name in evidence]
    if kept:
        lines.append(f"{inner}evidence:")
        lines += [f"{inner}  {_quoted(name)}: {_quoted(evidence[name])}" for name in kept]
    if finding.suppressed_by is not None:
        lines.append(f"{inner}suppressed: {_quoted(finding.suppressed_by)}")
    return lines


def _rewrite_expect(path: Path, case_name: str, findings, expected) -> list[dict]:
    """Replace the case's `expect:` value in the fixture file with the findings (comments elsewhere stay)."""
    text = path.read_text(encoding="utf-8")
    cases = next(value for key, value in yaml.compose(text).value if key.value == "cases")
    case_node = next(
        node for node in cases.value if any(k.value == "name" and v.value == case_name for k, v in node.value)
    )
    key_node, value_node = next((k, v) for k, v in case_node.value if k.value == "expect")
    start = text.index(":", key_node.end_mark.index) + 1  # right after "expect:"
    end = value_node.end_mark.index
    end = start + len(text[start:end].rstrip())
    old_by_at = {want["at"]: want for want in expected}
    indent = " " * (key_node.start_mark.column + 2)
    # An expectation keeps its optional keys when its finding moved: matched by place, else by position.
    lines = [
        line
        for position, finding in enumerate(findings)
        for line in _expectation(
            finding,
            old_by_at.get(str(finding.location)) or (expected[position] if position < len(expected) else {}),
            indent,
        )
    ]
    block = "\n" + "\n".join(lines) if lines else " []"
    path.write_text(text[:start] + block + text[end:], encoding="utf-8")
    return yaml.safe_load("expect:" + block)["expect"] or []


@pytest.mark.parametrize("check", all_checks(), ids=lambda c: c.id)
def test_check_has_docs_and_cases_both_ways(check):
    for section in REQUIRED_SECTIONS:
        assert f"## {section}" in check.docs, f"{check.id} docs lack section {section!r}"
    path = FIXTURES / f"{check.id}.yaml"
    assert path.exists(), f"{check.id} has no fixture file"
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    assert any(case["expect"] for case in cases), f"{check.id}: no case that fires"
    assert any(not case["expect"] for case in cases), f"{check.id}: no case that must not fire"


def test_check_ids_are_unique_and_kebab_case():
    ids = [check.id for check in all_checks()]
    assert len(ids) == len(set(ids))
    for check_id in ids:
        assert check_id == check_id.lower() and " " not in check_id and "_" not in check_id


def test_update_fixtures_rewrites_only_the_case_and_keeps_its_optional_keys(tmp_path):
    from auditor.findings import Finding, Location, Severity

    path = tmp_path / "doubled-word.yaml"
    path.write_text(
        "check: doubled-word\ncases:\n  - name: one\n    documents: {a.txt: x}\n    expect:\n"
        "      - at: a.txt:1:1\n        fix: old   # a comment in the case\n\n"
        "  - name: two   # kept\n    documents: {a.txt: y}\n    expect: []\n",
        encoding="utf-8",
    )
    finding = Finding(
        "doubled-word",
        Severity.WARNING,
        'Doubled word "的的"',
        Location("a.txt", 1, 4, 1, 6, 3, 5, "的的"),
        fix="的的 → 的",
    )
    assert _rewrite_expect(path, "two", [finding], []) == [
        {"at": "a.txt:1:4", "message": 'Doubled word "的的"', "fix": "的的 → 的"}
    ]
    assert _rewrite_expect(path, "one", [], [{"at": "a.txt:1:1", "fix": "old"}]) == []
    assert path.read_text(encoding="utf-8") == (
        "check: doubled-word\ncases:\n  - name: one\n    documents: {a.txt: x}\n    expect: []\n\n"
        "  - name: two   # kept\n    documents: {a.txt: y}\n    expect:\n"
        '      - at: a.txt:1:4\n        message: Doubled word "的的"\n        fix: 的的 → 的\n'
    )
