"""Where a scan's time goes: each stage of `auditor scan` timed on its own, at several corpus sizes.

    python bench/bench_stages.py                  # 1 and 10 MB
    python bench/bench_stages.py --sizes 1 5 10

For each size a synthetic corpus is generated (bench/synthetic.py, as
bench/bench_scan.py does) and, in one fresh process, the documents are
loaded, normalized and their figures found, then every check that `scan`
runs is run on its own (`Audit.findings_of`), in registry order. Prints the
CPU time of each stage per size and its growth between consecutive sizes: a
stage whose growth exceeds the growth of the data is not linear.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_scan import build_corpus  # noqa: E402  (needs ROOT on the path)

STAGES = r"""
import json, sys, time
from pathlib import Path
from auditor.audit import Audit
from auditor.documents import Document
from auditor.registry import all_checks
root = Path(sys.argv[1])
times = {}
started = time.process_time()
documents = {str(path): Document(str(path), path.read_text(encoding="utf-8")) for path in sorted(root.glob("*.txt"))}
times["load documents"] = time.process_time() - started
audit = Audit(documents=documents, check_options={})
for name, stage in (("normalize", lambda d: d.normalized), ("find_figures", lambda d: d.figures)):
    started = time.process_time()
    for document in documents.values():
        stage(document)
    times[name] = time.process_time() - started
for check in all_checks():
    if check.needs_claims or check.id == "stale-baseline-entry":
        continue  # scan runs without claims or a baseline
    started = time.process_time()
    audit.findings_of(check)
    times[check.id] = time.process_time() - started
print(json.dumps({"megabytes": sum(len(d.text.encode()) for d in documents.values()) / 1e6, "times": times}))
"""


def measure(megabytes: float) -> dict:
    with tempfile.TemporaryDirectory() as directory:
        build_corpus(megabytes, Path(directory))
        environment = dict(os.environ)
        environment.pop("PYTHONDONTWRITEBYTECODE", None)  # measure with bytecode caching, as users run it
        output = subprocess.run(
            [sys.executable, "-c", STAGES, directory],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=environment,
        ).stdout
    return json.loads(output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10], help="corpus sizes in MB")
    arguments = parser.parse_args()
    results = [measure(size) for size in arguments.sizes]
    stages = sorted(results[-1]["times"], key=lambda name: -results[-1]["times"][name])
    header = f"{'stage':28s}" + "".join(f"{result['megabytes']:>9.1f}MB" for result in results)
    print(
        header
        + "".join(
            f"  growth ×{results[i + 1]['megabytes'] / results[i]['megabytes']:.1f}" for i in range(len(results) - 1)
        )
    )
    for name in [*stages, "total"]:
        values = [sum(r["times"].values()) if name == "total" else r["times"][name] for r in results]
        growth = "".join(
            f"{(later / earlier if earlier > 0.005 else float('nan')):>15.1f}"
            for earlier, later in zip(values, values[1:])
        )
        print(f"{name:28s}" + "".join(f"{value:>10.2f}s" for value in values) + growth)


if __name__ == "__main__":
    main()
