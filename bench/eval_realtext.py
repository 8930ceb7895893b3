"""Score `auditor scan` on real published articles: precision of warnings and errors, false alarms per 10,000
characters, scanned all together and one by one.

The articles are third-party text and are never committed: bench/realtext_sources.yaml lists where each one
comes from (repository, path, commit) and which split it belongs to (dev: looked at while building; test:
measured once, at the end). Fetch them into a folder, judge every warning and error by reading the text, and
keep the judgements in a labels file beside the articles (never in the repository):

    - {file: zh-013.md, check: duplicate-paragraph, line: 238, label: false, note: "table titles 表1/表3"}

Two findings of one check on one line are told apart by an optional `column` (a label without one judges every
finding of its line that no label with a column judges).

Usage:
    python bench/eval_realtext.py FOLDER [--split dev|test|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|fresh19|fresh20|fresh21|fresh22|fresh23|fresh24|fresh25|fresh26|fresh27|fresh28|fresh29|fresh30|fresh31|fresh32|fresh33|fresh34|fresh35|fresh36|fresh37|fresh38|fresh39|fresh40|fresh41|fresh42|fresh43|fresh44|fresh45|fresh46|fresh47|fresh48|fresh49|fresh50|fresh51|fresh52|fresh53|fresh54|fresh55|fresh56|fresh57|fresh58|fresh59|fresh60|all] [--labels FOLDER/labels.yaml] [--sources FILE]

A finding without a label is listed as "unjudged" and counted neither way; the run fails (exit 1) while any
finding is unjudged, so a figure is never published on a partly judged set.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "realtext_sources.yaml"
JUDGED = ("warning", "error")


def _scan(folder: Path, files: list[str]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run(
            [
                shutil.which("auditor") or "auditor",
                "scan",
                *files,
                "--format",
                "json",
                "-o",
                str(report),
                "--fail-on",
                "never",
                "--no-cache",
            ],
            cwd=folder,
            check=True,
            capture_output=True,
        )
        return json.loads(report.read_text(encoding="utf-8"))["findings"]


def _key(finding: dict) -> tuple[str, str, int]:
    location = finding["location"]
    return location["path"], finding["check"], location["line"]


def evaluate(folder: Path, split: str, labels_path: Path | None, sources_path: Path = SOURCES) -> int:
    sources = yaml.safe_load(sources_path.read_text(encoding="utf-8"))
    chosen = [s for s in sources if split == "all" or s["split"] == split]
    files = sorted(s["file"] for s in chosen if (folder / s["file"]).is_file())
    missing = sorted(s["file"] for s in chosen if not (folder / s["file"]).is_file())
    characters = sum(len((folder / f).read_text(encoding="utf-8", errors="replace")) for f in files)
    labels = {}
    if labels_path is not None and labels_path.is_file():
        for entry in yaml.safe_load(labels_path.read_text(encoding="utf-8")) or []:
            key = (entry["file"], entry["check"], entry["line"])
            labels[(*key, entry["column"]) if "column" in entry else key] = bool(entry["label"])
    together = [f for f in _scan(folder, files) if f["severity"] in JUDGED]
    alone = [f for name in files for f in _scan(folder, [name]) if f["severity"] in JUDGED]
    status = 0
    print(
        f"{len(files)} articles ({split}), {characters:,} characters"
        + (f"; missing: {', '.join(missing)}" if missing else "")
    )
    for title, findings in (("scanned together", together), ("scanned one by one", alone)):
        by_check: dict[str, Counter] = {}
        unjudged = []
        for finding in findings:
            label = labels.get((*_key(finding), finding["location"]["column"]), labels.get(_key(finding)))
            counts = by_check.setdefault(finding["check"], Counter())
            counts["errors" if finding["severity"] == "error" else "warnings"] += 1
            if label is None:
                unjudged.append(finding)
                counts["unjudged"] += 1
            else:
                counts["true" if label else "false"] += 1
                if not label and finding["severity"] == "error":
                    counts["false errors"] += 1
        true = sum(c["true"] for c in by_check.values())
        false = sum(c["false"] for c in by_check.values())
        judged = true + false
        print(f"\n{title}: {len(findings)} warnings and errors")
        for check in sorted(by_check):
            c = by_check[check]
            print(
                f"  {check:28} {c['warnings']:3} warnings {c['errors']:3} errors   true {c['true']:3}  false {c['false']:3}"
                + (f"  unjudged {c['unjudged']}" if c["unjudged"] else "")
            )
        precision = f"{true / judged:.2f}" if judged else "n/a (nothing raised)"
        print(
            f"  precision {precision}; false alarms per 10,000 characters {false * 10000 / max(characters, 1):.2f}; "
            f"false errors {sum(c['false errors'] for c in by_check.values())}"
        )
        for finding in unjudged:
            path, check, line = _key(finding)
            print(f"  unjudged: {{file: {path}, check: {check}, line: {line}}}  {finding['message'][:90]}")
            status = 1
    return status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument(
        "--split",
        choices=(
            "dev",
            "test",
            "fresh",
            "fresh2",
            "fresh3",
            "fresh4",
            "fresh5",
            "fresh6",
            "fresh7",
            "fresh8",
            "fresh9",
            "fresh10",
            "fresh11",
            "fresh12",
            "fresh13",
            "fresh14",
            "fresh15",
            "fresh16",
            "fresh17",
            "fresh18",
            "fresh19",
            "fresh20",
            "fresh21",
            "fresh22",
            "fresh23",
            "fresh24",
            "fresh25",
            "fresh26",
            "fresh27",
            "fresh28",
            "fresh29",
            "fresh30",
            "fresh31",
            "fresh32",
            "fresh33",
            "fresh34",
            "fresh35",
            "fresh36",
            "fresh37",
            "fresh38",
            "fresh39",
            "fresh40",
            "fresh41",
            "fresh42",
            "fresh43",
            "fresh44",
            "fresh45",
            "fresh46",
            "fresh47",
            "fresh48",
            "fresh49",
            "fresh50",
            "fresh51",
            "fresh52",
            "fresh53",
            "fresh54",
            "fresh55",
            "fresh56",
            "fresh57",
            "fresh58",
            "fresh59",
            "fresh60",
            "all",
        ),
        default="all",
    )
    parser.add_argument("--labels", type=Path, default=None, help="default: FOLDER/labels.yaml")
    parser.add_argument(
        "--sources",
        type=Path,
        default=SOURCES,
        help="the list of articles (default: bench/realtext_sources.yaml; the second, fresh set: "
        "bench/realtext_fresh_sources.yaml)",
    )
    args = parser.parse_args()
    return evaluate(args.folder, args.split, args.labels or args.folder / "labels.yaml", args.sources)


if __name__ == "__main__":
    sys.exit(main())
