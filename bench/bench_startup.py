"""Start-up and end-to-end wall time of the CLI (median of N runs each).

    python bench/bench_startup.py [--runs 15]

Prints, for `python -c pass`, `auditor --version`, `auditor --help` and
`auditor check` on the bundled corpus: the median wall time and the ratio to
a bare Python start (target ≤ 10× for the first three); `auditor check` on
the corpus has a target of ≤ 250 ms. It is timed three ways: as an editor
re-running it gets it (the report cache of auditor/cache.py answers); as a
CI job gets it (CI=1: no report cache, so a full audit of loading, every
check and rendering, with unit factors read from their cache); and with
--no-cache (from scratch: pint imported for the unit factors too). The first
`check` run fills the caches and is not counted. The caches go to a fresh
temporary directory, never the user's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Measure what a user gets: bytecode cached (some shells export PYTHONDONTWRITEBYTECODE), no colours.
ENV = {
    key: value for key, value in os.environ.items() if key not in ("PYTHONDONTWRITEBYTECODE", "AUDITOR_NO_CACHE", "CI")
} | {"NO_COLOR": "1", "AUDITOR_CACHE_DIR": tempfile.mkdtemp(prefix="auditor-bench-cache-")}


def median_wall(command: list[str], runs: int, env: dict | None = None) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env or ENV)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    auditor = [sys.executable, "-m", "auditor.cli"]
    subprocess.run(
        auditor + ["check"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV
    )  # warm caches
    baseline = median_wall([sys.executable, "-c", "pass"], args.runs)
    rows = [("python -c pass", baseline)]
    for label, extra, env in (
        ("auditor --version", ["--version"], ENV),
        ("auditor --help", ["--help"], ENV),
        ("auditor check (corpus)", ["check"], ENV),
        ("  … in CI (CI=1)", ["check"], ENV | {"CI": "1"}),
        ("  … --no-cache", ["check", "--no-cache"], ENV),
    ):
        rows.append((label, median_wall(auditor + extra, args.runs, env)))
    print(f"{'command':<26} {'median':>9} {'× python':>9}")
    for label, seconds in rows:
        print(f"{label:<26} {seconds * 1000:>7.0f}ms {seconds / baseline:>8.1f}×")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
