"""Benchmark of the duplicate-paragraph check on synthetic corpora: time, memory, scaling, recall.

    python bench/bench_duplicates.py                  # 1,000 and 10,000 documents
    python bench/bench_duplicates.py --sizes 500 5000 --seed 3 --json out.json
    python bench/bench_duplicates.py --repeat 3       # best of three runs of the check per size

Each size runs in a fresh interpreter, so its peak memory (ru_maxrss) is its
own. The corpus comes from bench/synthetic.py (corpus sentence patterns with
planted repeats and an answer key); the check runs through the library, on an
Audit built directly from in-memory Documents, exactly as `auditor check`
runs it. Reported per size: check wall time, peak RSS and the RSS the corpus
itself needs, recall on the planted repeats (found at the copy's line with
the source's line as related location) and whether the kind and severity
were right, and findings that match nothing planted. Then the ratio of times
between consecutive sizes (the target for 10x the documents is <= 11x). CPU
time is reported next to wall time because on a shared machine other jobs
stretch wall time (the load average is printed too); `--repeat N` runs the
check N times on the same corpus and reports the fastest wall and CPU time,
which sees through the noise other jobs add.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_EVIDENCE_KIND = {
    "exact": "exact repeat",
    "truncated": "truncated copy",
    "figures": "figures differ",
    "near": "near repeat",
    "passage": "shared passage",
}


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def measure(size: int, seed: int, repeat: int = 1) -> dict:
    """Generate `size` documents, run the check `repeat` times, score the first run against the answer key."""
    sys.path.insert(0, str(ROOT))
    from auditor.audit import Audit, run_checks
    from auditor.documents import Document
    from auditor.findings import Severity
    from bench.synthetic import generate
    from checks.duplicate_paragraph import CHECK

    started = time.perf_counter()
    corpus = generate(size, seed=seed)
    generated = time.perf_counter() - started
    documents = {path: Document(path, text) for path, text in sorted(corpus.documents.items())}
    paragraphs = sum(len(document.paragraphs) for document in documents.values())
    rss_corpus = _rss_mib()

    walls, cpus = [], []
    for run in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = run_checks(Audit(documents=documents), [CHECK])
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu_started)
        if run == 0:
            findings = result
        elif result != findings:
            raise AssertionError(f"run {run + 1} of the check found something other than the first")
    wall, cpu = min(walls), min(cpus)
    rss_peak = _rss_mib()

    by_place: dict[tuple[str, int], list] = {}
    for finding in findings:
        by_place.setdefault((finding.location.path, finding.location.line), []).append(finding)
    matched: set[int] = set()
    found, right_kind, right_severity = Counter(), Counter(), Counter()
    missed: list[str] = []
    for planted in corpus.planted:
        hits = [
            f
            for f in by_place.get((planted.path, planted.line), [])
            if any((r.path, r.line) == (planted.source_path, planted.source_line) for r in f.related)
        ]
        if not hits:
            missed.append(
                f"{planted.kind} {planted.path}:{planted.line} <- {planted.source_path}:{planted.source_line}"
            )
            continue
        hit = hits[0]
        matched.add(id(hit))
        found[planted.kind] += 1
        if dict(hit.evidence).get("kind") == _EVIDENCE_KIND[planted.expected]:
            right_kind[planted.kind] += 1
        expected_severity = (
            Severity.INFO
            if planted.cross_document or planted.expected == "passage"
            else Severity.ERROR
            if planted.expected in ("exact", "truncated")
            else Severity.WARNING
        )
        if hit.severity == expected_severity:
            right_severity[planted.kind] += 1
    unplanted = [f for f in findings if id(f) not in matched]
    planted_by_kind = Counter(p.kind for p in corpus.planted)
    return {
        "documents": size,
        "seed": seed,
        "characters": corpus.characters,
        "paragraphs": paragraphs,
        "generate_seconds": round(generated, 2),
        "check_seconds": round(wall, 2),
        "check_cpu_seconds": round(cpu, 2),
        "runs": repeat,
        "check_cpu_seconds_each": [round(seconds, 2) for seconds in cpus],
        "load_average": round(os.getloadavg()[0], 2),
        "rss_corpus_mib": round(rss_corpus, 1),
        "rss_peak_mib": round(rss_peak, 1),
        "planted": len(corpus.planted),
        "found": sum(found.values()),
        "recall": round(sum(found.values()) / max(1, len(corpus.planted)), 4),
        "kind_right": sum(right_kind.values()),
        "severity_right": sum(right_severity.values()),
        "by_kind": {
            kind: {"planted": planted_by_kind[kind], "found": found[kind], "kind_right": right_kind[kind]}
            for kind in sorted(planted_by_kind)
        },
        "missed": missed[:20],
        "findings": len(findings),
        "unplanted": len(unplanted),
        "unplanted_by_severity": dict(Counter(f.severity.label for f in unplanted)),
        "unplanted_examples": [f"{f.severity.label} {f.location} {f.message}" for f in unplanted[:10]],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=1, help="runs of the check per size; the fastest is reported")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size, print JSON
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(measure(args.one, args.seed, args.repeat)))
        return 0

    results = []
    for size in args.sizes:
        completed = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--seed", str(args.seed), "--repeat", str(args.repeat)],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(completed.stdout)
        results.append(result)
        runs = (
            f"(best of {result['runs']}: {', '.join(map(str, result['check_cpu_seconds_each']))} s CPU) "
            if result["runs"] > 1
            else ""
        )
        print(
            f"{size:>6} documents  {result['characters'] / 1e6:5.1f}M chars  {result['paragraphs']:>7} paragraphs  "
            f"check {result['check_seconds']:6.2f} s wall, {result['check_cpu_seconds']:6.2f} s CPU {runs}"
            f"(load {result['load_average']})  peak RSS {result['rss_peak_mib']:7.1f} MiB "
            f"(corpus alone {result['rss_corpus_mib']:.1f})  "
            f"recall {result['found']}/{result['planted']} = {result['recall']:.2%}  "
            f"kind right {result['kind_right']}  severity right {result['severity_right']}  "
            f"unplanted {result['unplanted']} {result['unplanted_by_severity']}"
        )
        for kind, counts in result["by_kind"].items():
            print(
                f"         {kind:<18} planted {counts['planted']:>4}  found {counts['found']:>4}  kind right {counts['kind_right']:>4}"
            )
        for line in result["missed"]:
            print(f"         missed: {line}")
        for line in result["unplanted_examples"]:
            print(f"         unplanted: {line}")
    for smaller, larger in zip(results, results[1:]):
        wall = larger["check_seconds"] / max(smaller["check_seconds"], 1e-9)
        cpu = larger["check_cpu_seconds"] / max(smaller["check_cpu_seconds"], 1e-9)
        print(f"time ratio {larger['documents']} / {smaller['documents']} documents: {wall:.2f}x wall, {cpu:.2f}x CPU")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
