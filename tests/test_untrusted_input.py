"""Untrusted input: no catastrophic regular expressions, fuzzed loaders, atomic writes."""

from __future__ import annotations

import importlib
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.errors import InputError
from auditor.patterns import LazyPattern
from auditor.project import load_audit
from auditor.registry import PACKAGE, registered

# Adversarial inputs and every pattern against them: minutes, so out of the fast loop (`-m "not slow"`), run in CI.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
ENGINE_MODULES = sorted(
    "auditor." + ".".join(path.relative_to(ROOT / "auditor").with_suffix("").parts)
    for path in (ROOT / "auditor").glob("**/*.py")
    if path.stem not in ("__init__", "__main__") and "commands" not in path.parts
)
# The helpers the checks share (checks/_breakdowns.py, checks/_year_figures.py, …): their patterns run on every
# document too.
CHECK_HELPER_MODULES = sorted(
    f"auditor.checks.{path.stem}" for path in (ROOT / "checks").glob("_*.py") if path.stem != "__init__"
)

# Inputs that make backtracking regular expressions explode: long runs of what
# patterns repeat (digits, separators, numerals, spaces, punctuation), each
# ending in something that makes the match fail at the very end.
ADVERSARIAL = {
    "digits": "1" * 1_000_000 + "x",
    "digit groups": "1,000" * 200_000 + ",",
    "decimals": "1." * 500_000 + ".",
    "chinese numerals": "一二三四五六七八九十百千万亿" * 70_000 + "x",
    "numerals and units": "十万元" * 330_000 + "多",
    "spaces": " " * 1_000_000 + "x",
    "mixed spaces": " \n\t\u3000" * 250_000 + "x",
    "latin words": "ab " * 330_000 + "1",
    "punctuation": "“”（）,，。" * 140_000,
    "qualifiers": "近超约多余" * 200_000 + "1",
    "dates": "2023年" * 200_000 + "13月",
}
PER_PATTERN_SECONDS = 10.0


def all_patterns() -> list[tuple[str, re.Pattern]]:
    from auditor.figures import prose, vocabulary

    # The figure reader builds patterns at run time (from the unit list); test them too.
    found = [
        ("auditor.figures.prose._core()", prose._core()),
        ("auditor.figures.prose._core(strict)", prose._core(True)),
        ("auditor.figures.vocabulary.written_units()[0]", vocabulary.written_units()[0]),
    ]
    for name in ENGINE_MODULES + [f"{PACKAGE}.{entry.module}" for entry in registered()] + CHECK_HELPER_MODULES:
        module = importlib.import_module(name)
        for attribute, value in sorted(vars(module).items()):
            if isinstance(value, (re.Pattern, LazyPattern)):  # a LazyPattern compiles at its first finditer
                found.append((f"{name}.{attribute}", value))
    return found


def test_there_are_patterns_to_test():
    names = [name for name, _ in all_patterns()]
    assert len(names) >= 40
    assert "auditor.checks.doubled_word.HANZI_DOUBLING" in names and "auditor.escaping._CONTROL" in names


@pytest.mark.parametrize(("name", "pattern"), all_patterns(), ids=[n for n, _ in all_patterns()])
def test_no_pattern_backtracks_catastrophically(name, pattern):
    for label, text in ADVERSARIAL.items():
        started = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        elapsed = time.perf_counter() - started
        assert elapsed < PER_PATTERN_SECONDS, f"{name} took {elapsed:.1f}s on 1 MB of {label}"


def test_finding_figures_in_adversarial_text_is_linear():
    from auditor.figures import find_figures

    for label, text in ADVERSARIAL.items():
        started = time.perf_counter()
        find_figures(text[:200_000])
        assert time.perf_counter() - started < PER_PATTERN_SECONDS, label


# Shapes of document that once made a scan quadratic (minutes for a few hundred KB, well under the size limit):
# one sentence of many clauses (each figure rebuilt its sentence's clause list), one clause with no punctuation
# (each figure's window tokenized the whole clause), thousands of broken lines (each searched every later line
# for its continuation), and hundreds of paragraphs alike once figures are masked (each compared with every
# earlier one). Each shape is built at a size and at a quarter of it.
PATHOLOGICAL = {
    "one sentence of 40,000 clauses": lambda n: "资金118万元，" * (40_000 * n // 4),
    "one clause of 4,000 figures": lambda n: "这是一段很长的文字投入援疆资金480万元" * (4_000 * n // 4),
    "30,000 broken lines": lambda n: "".join(f"第{i}段资金，\n" for i in range(30_000 * n // 4)),
    # every paragraph a candidate copy of every earlier one (alike once figures are masked)
    "400 paragraphs alike but for their figures": lambda n: "\n\n".join(
        "，".join(f"投入{p * 20 + i + 1}万元" for i in range(20)) + "。" for p in range(400 * n // 4)
    ),
}
# A scan this fast passes whatever its growth; otherwise four times the text may take at most GROWTH_LIMIT times
# as long: a linear scan takes four, a quadratic one sixteen. (An absolute bound in seconds, 30 s, held on one
# machine and failed on a slower one with the code unchanged: machines here differ twofold.)
FAST_ENOUGH_SECONDS = 5.0
GROWTH_LIMIT = 8.0


def _scan_seconds(text: str):
    from auditor.audit import Audit, run_checks
    from auditor.documents import Document
    from auditor.registry import all_checks

    audit = Audit(documents={"a.txt": Document("a.txt", text)}, check_options={})
    checks = [check for check in all_checks() if not check.needs_claims and check.id != "stale-baseline-entry"]
    started = time.perf_counter()
    findings = run_checks(audit, checks)
    return time.perf_counter() - started, findings


@pytest.mark.parametrize("shape", sorted(PATHOLOGICAL))
def test_scanning_a_pathological_document_is_not_quadratic(shape):
    elapsed, findings = _scan_seconds(PATHOLOGICAL[shape](4))
    assert findings  # each shape is a draft defect the scan reports (a sentence or a line cut off)
    if elapsed < FAST_ENOUGH_SECONDS:
        return
    quarter, _ = _scan_seconds(PATHOLOGICAL[shape](1))
    assert elapsed < GROWTH_LIMIT * quarter, f"{shape}: {elapsed:.1f}s, {quarter:.1f}s at a quarter of the size"


# --------------------------------------------------------------------------- loader fuzzing

YAML_PIECES = st.sampled_from(
    [
        "document: corpus/a.txt\n",
        "published: 2024-01\n",
        "claims:\n",
        "relations:\n",
        "  - id: x\n",
        "    key: k\n",
        "    quote: 首期筹得108万元\n",
        "    value: 108万元\n",
        "    value: 万吨吨\n",
        "- ",
        ": ",
        "[",
        "]",
        "{",
        "}",
        "&a ",
        "*a ",
        "<<: ",
        "!!python/object:os.system ",
        "\t",
        "'",
        '"',
        "#",
        "\n",
        "  ",
        "occurrence: 2\n",
        "  - shares: [x, y]\n",
        "    of: z\n",
        "  - span: x\n",
        "    from: '1949'\n",
        "ignore: [x]\n",
        "\ufeff",
        "\x00",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(YAML_PIECES, max_size=30))
def test_claim_loader_raises_only_input_errors(tmp_path, pieces):
    (tmp_path / "corpus").mkdir(exist_ok=True)
    (tmp_path / "corpus" / "a.txt").write_text("工作组成立的“通伊”教育基金首期筹得108万元。\n", encoding="utf-8")
    claim = tmp_path / "c.yaml"
    claim.write_text("".join(pieces), encoding="utf-8", errors="surrogatepass")
    try:
        load_audit(tmp_path, claim_paths=[claim])
    except InputError as error:
        for problem in error.problems:
            assert problem.path and problem.message
            assert "\n" not in problem.message


# --------------------------------------------------------------------------- atomic writes

WRITER = """
import sys
from pathlib import Path
from auditor.io import write_atomic
sys.stdout.write("ready\\n"); sys.stdout.flush()
write_atomic(Path(sys.argv[1]), b"new" * 200_000_000)
"""


def test_a_write_killed_midway_leaves_the_old_file_intact(tmp_path):
    target = tmp_path / "report.json"
    target.write_bytes(b"old report")
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE, cwd=ROOT)
    assert process.stdout.readline() == b"ready\n"
    # Wait until the temporary file is being written, then kill the writer.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert target.read_bytes() == b"old report"


def test_an_atomic_write_replaces_the_file_and_keeps_its_mode(tmp_path):
    from auditor.io import write_atomic

    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
