"""Throughput of `auditor scan` on synthetic corpora: MB/s per core, scaling, memory, --jobs.

    python bench/bench_scan.py                 # 1 and 10 MB, jobs 1 and 2
    python bench/bench_scan.py --sizes 1 10 100 --jobs 1 2
    python bench/bench_scan.py --repeat 3          # three rounds of every scan, the fastest of each kept

For each size a synthetic corpus is generated from the bundled articles'
sentence patterns (bench/synthetic.py), written to a temporary directory, and
scanned in a fresh process (`run_audit(..., discovery=True, jobs=N)`, the
library call behind `auditor scan`), so that peak memory (ru_maxrss) is that
scan's alone. Prints wall time, MB/s, MB/s per core, the time ratio between
consecutive sizes (target ≤ 11× for 10× the data), peak memory, the
efficiency of N workers against one (target ≥ 0.8 at 2), and whether the
findings are identical.

Wall times on a shared machine move with whatever else runs, so each scan
also reports its CPU time (the scan's process and its workers): the CPU
ratio of N workers to one is the work parallel running adds (forking,
sending summaries and findings back, work done twice), which no load on the
machine changes; the efficiency is ≈ 1 / that ratio at best, on an idle
machine with the tasks well balanced.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BYTES_PER_DOCUMENT = 5_700  # measured average of bench/synthetic.py articles

SCAN = r"""
import hashlib, json, resource, sys, time
from pathlib import Path
from auditor.runner import run_audit
from auditor.report.json import render
root, jobs = Path(sys.argv[1]), int(sys.argv[2])
paths = sorted(root.glob("*.txt"))
started = time.perf_counter()
report = run_audit(root, [], paths, discovery=True, jobs=jobs)
wall = time.perf_counter() - started
digest = hashlib.sha256(render(report).encode()).hexdigest()
own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
peak = max(own.ru_maxrss, children.ru_maxrss)
cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
print(json.dumps({"wall": wall, "cpu": cpu, "findings": len(report.findings), "digest": digest, "peak_kib": peak}))
"""


def build_corpus(megabytes: float, directory: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from bench.synthetic import generate

    count = max(int(megabytes * 1_000_000 / BYTES_PER_DOCUMENT), 1)
    corpus = generate(count, seed=11)
    (directory / "pyproject.toml").write_text("", encoding="utf-8")
    total = 0
    for index, (_path, text) in enumerate(sorted(corpus.documents.items())):
        data = text.encode("utf-8")
        (directory / f"{index:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def scan(directory: Path, jobs: int) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", SCAN, str(directory), str(jobs)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10], help="corpus sizes in MB")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="scan each size and job count this many times (in rounds: every size and job count "
        "once per round) and keep the fastest run: on a shared machine the fastest is the one "
        "least disturbed (timeit's rule)",
    )
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, load {os.getloadavg()[0]:.2f}")
    print(
        f"{'size':>8} {'docs':>6} {'jobs':>4} {'wall':>8} {'CPU':>8} {'MB/s':>6} {'MB/s/core':>9} {'peak MiB':>8} "
        f"{'findings':>8}"
    )
    with tempfile.TemporaryDirectory(prefix="auditor-bench-") as name:
        corpora = []  # (directory, bytes, documents) per size, all built before any scan
        for index, megabytes in enumerate(args.sizes):
            directory = Path(name) / str(index)
            directory.mkdir()
            corpora.append((directory, build_corpus(megabytes, directory), 0))
            corpora[-1] = (directory, corpora[-1][1], len(list(directory.glob("*.txt"))))
        runs: dict[tuple[int, int], list[dict]] = {(i, jobs): [] for i in range(len(corpora)) for jobs in args.jobs}
        for _ in range(max(args.repeat, 1)):
            # Every size and job count once per round: a slow spell of the machine hits them all alike.
            for (i, jobs), found in runs.items():
                found.append(scan(corpora[i][0], jobs))
    previous = None
    for i, (_, size, documents) in enumerate(corpora):
        results = {jobs: min(runs[i, jobs], key=lambda r: r["wall"]) for jobs in args.jobs}
        for jobs in args.jobs:
            r = results[jobs]
            if len(runs[i, jobs]) > 1:
                walls = ", ".join(f"{run['wall']:.1f}" for run in runs[i, jobs])
                print(f"{'':>8} {'':>6} {jobs:>4} runs: {walls} s; the fastest:")
            rate = size / 1e6 / r["wall"]
            print(
                f"{size / 1e6:>6.1f}MB {documents:>6} {jobs:>4} {r['wall']:>7.1f}s {r['cpu']:>7.1f}s {rate:>6.2f} "
                f"{rate / min(jobs, os.cpu_count() or 1):>9.2f} {r['peak_kib'] / 1024:>8.0f} {r['findings']:>8}"
            )
        one = results.get(1)
        for jobs, r in results.items():
            if one and jobs > 1:
                efficiency = one["wall"] / (jobs * r["wall"])
                digests = {run["digest"] for j in args.jobs for run in runs[i, j]}
                same = "identical" if len(digests) == 1 else "DIFFERENT"
                print(
                    f"         efficiency of {jobs} workers: {efficiency:.2f} (target ≥ 0.8); "
                    f"CPU {r['cpu'] / one['cpu']:.2f}× one worker's; findings {same}"
                )
        if previous and one:
            ratio = one["wall"] / previous[1]["wall"]
            cpu_ratio = one["cpu"] / previous[1]["cpu"]
            print(
                f"         {size / previous[0]:.1f}× the data took {ratio:.1f}× the time, {cpu_ratio:.1f}× the CPU "
                "(target ≤ 11× for 10×)"
            )
            if len(runs[i, 1]) > 2:
                # A short run more often falls wholly in a quiet spell than a long one, which biases the ratio of
                # the fastest runs upwards; the ratio of the medians is the other view.
                median = statistics.median(run["wall"] for run in runs[i, 1])
                print(
                    f"         ratio of the medians: {median / previous[2]:.1f}× "
                    f"({statistics.median(run['wall'] for run in runs[previous[3], 1]):.1f} s → {median:.1f} s)"
                )
        if one:
            previous = (size, one, statistics.median(run["wall"] for run in runs[i, 1]), i)


if __name__ == "__main__":
    main()
