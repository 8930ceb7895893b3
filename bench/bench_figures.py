"""Throughput of find_figures: the bundled corpus repeated to >= 10 MB, one core.

Run: python bench/bench_figures.py [--mb 10] [--repeat 3]
Prints MB/s (UTF-8 bytes of input per second of find_figures, best of the
repeats). The target is >= 5 MB/s. This is a measurement, not a test: timing
assertions in the test suite would be flaky on shared machines.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from auditor.figures import find_figures

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="size of the text to scan, in MB (default 10)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported (default 3)")
    args = parser.parse_args()

    paths = sorted(CORPUS.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no corpus files in {CORPUS}")
    sample = "\n".join(path.read_text(encoding="utf-8") for path in paths)
    sample_bytes = len(sample.encode("utf-8"))
    copies = int(args.mb * 1_000_000 // sample_bytes) + 1
    text = "\n".join([sample] * copies)
    size_mb = len(text.encode("utf-8")) / 1_000_000

    per_copy = len(find_figures(sample))  # warm-up: unit regex, pint registry, factor caches
    best_wall = best_cpu = float("inf")
    count = 0
    for _ in range(args.repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        count = len(find_figures(text))
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)

    print(f"corpus: {len(paths)} files, {sample_bytes:,} bytes, {per_copy} figures per copy")
    print(f"text: {size_mb:.2f} MB ({copies} copies), {count:,} figures")
    # CPU time is what one core spends; wall time also counts other processes on a shared machine.
    print(
        f"find_figures, best of {args.repeat}: {size_mb / best_cpu:.2f} MB/s of CPU time ({best_cpu:.3f} s), "
        f"{size_mb / best_wall:.2f} MB/s wall ({best_wall:.3f} s); target >= 5 MB/s"
    )


if __name__ == "__main__":
    main()
