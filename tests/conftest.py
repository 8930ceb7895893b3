"""Shared test options: `pytest --update-golden` rewrites the golden files instead of comparing."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config):
    # The unit-factor and report caches (auditor/units.py, auditor/cache.py) go to a per-run directory, never ~/.cache.
    import os
    import tempfile

    if not os.environ.get("AUDITOR_CACHE_DIR"):  # set and empty would mean ~/.cache
        os.environ["AUDITOR_CACHE_DIR"] = tempfile.mkdtemp(prefix="auditor-test-cache-")


GOLDEN = Path(__file__).parent / "golden"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/* from the current output")
    parser.addoption(
        "--update-fixtures",
        action="store_true",
        help="rewrite the expectations of failing check fixture cases (tests/fixtures/checks)",
    )


@pytest.fixture
def golden(request):
    """golden(name, text): compare `text` with tests/golden/<name> byte for byte (or rewrite it)."""

    def compare(name: str, text: str) -> None:
        path = GOLDEN / name
        if request.config.getoption("--update-golden"):
            path.write_text(text, encoding="utf-8")
            return
        assert path.exists(), f"missing golden file {path}; run pytest --update-golden"
        expected = path.read_text(encoding="utf-8")
        assert text == expected, f"{name} differs from the golden file; if intended, run pytest --update-golden"

    return compare


@pytest.fixture
def in_project_root(monkeypatch):
    monkeypatch.chdir(ROOT)
    return ROOT
