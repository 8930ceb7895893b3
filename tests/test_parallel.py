"""`--jobs N`: the same findings, in the same order, whatever N is; progress only for people."""

from __future__ import annotations

from pathlib import Path

from auditor.report.json import render
from auditor.runner import run_audit
from tests.conftest import ROOT


def synthetic_project(tmp_path: Path, count: int = 40) -> list[Path]:
    import sys

    sys.path.insert(0, str(ROOT))
    from bench.synthetic import generate

    corpus = generate(count, seed=5)
    paths = []
    for index, (_, text) in enumerate(sorted(corpus.documents.items())):
        path = tmp_path / f"{index:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    return paths


def test_two_workers_give_byte_identical_reports(tmp_path):
    paths = synthetic_project(tmp_path)
    one = run_audit(tmp_path, [], paths, discovery=True, jobs=1)
    two = run_audit(tmp_path, [], paths, discovery=True, jobs=2)
    assert one.findings  # the synthetic corpus has planted repeats and defects
    assert render(two) == render(one)


def test_progress_reports_every_task(tmp_path):
    paths = synthetic_project(tmp_path, count=8)
    seen = []
    run_audit(
        tmp_path,
        [],
        paths,
        discovery=True,
        jobs=2,
        progress=lambda done, total, label: seen.append((done, total, label)),
    )
    assert seen and seen[-1][0] == seen[-1][1]
    assert len({total for _, total, _ in seen}) == 1  # a stable total: the bar never runs backwards
    assert all(a[0] < b[0] for a, b in zip(seen, seen[1:]))  # and always forwards
    labels = {label for _, _, label in seen}
    assert "discovered-conflict: comparing" in labels and any(label.startswith("reading ") for label in labels)
    assert not any("parts" in label or label.isdigit() for label in labels)  # words, not internals


def test_corpus_scan_is_identical_with_two_workers():
    paths = sorted((ROOT / "corpus").glob("*.txt"))
    assert render(run_audit(ROOT, [], paths, discovery=True, jobs=2)) == render(
        run_audit(ROOT, [], paths, discovery=True)
    )


def test_no_progress_bar_without_a_terminal_or_in_ci(monkeypatch):
    from auditor.commands.check import progress_bar

    monkeypatch.delenv("CI", raising=False)
    with progress_bar("scanning", enabled=True) as progress:  # pytest's stderr is not a terminal
        assert progress is None
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    monkeypatch.setenv("CI", "true")
    with progress_bar("checking", enabled=True) as progress:
        assert progress is None
    monkeypatch.delenv("CI")
    with progress_bar("checking", enabled=False) as progress:
        assert progress is None


def test_staged_conflict_check_equals_one_run():
    """discovered-conflict's stages (documents prepared in shards, the summaries adopted, each dimension
    group judged apart) give exactly the findings of one run, in one process here."""
    from auditor.checks import discovered_conflict
    from auditor.parallel import shard_documents
    from auditor.project import load_audit

    root = ROOT / "tests" / "scan_set"
    paths = sorted(root.glob("*.txt"))
    whole = load_audit(root, document_paths=paths)
    expected = sorted(discovered_conflict.run(whole), key=lambda f: f.sort_key())
    assert expected

    audit = load_audit(root, document_paths=paths)
    stages = discovered_conflict.CHECK.stages
    for shard in reversed(shard_documents(audit, 3)):  # summaries arrive in any order
        shard_audit = type(audit)(documents={path: audit.documents[path] for path in shard})
        stages.adopt(audit, stages.prepare(shard_audit))
    groups = stages.parts(audit)
    assert len(groups) == len(set(groups)) > 1
    staged = sorted((f for group in groups for f in stages.run_part(audit, group)), key=lambda f: f.sort_key())
    assert staged == expected
