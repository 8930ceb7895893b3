"""Score `auditor scan` on a frozen set of articles with planted mistakes and look-alike decoys.

    python bench/eval_planted.py [bench/sets/planted] [-v]

The set's key.yaml (written before it was measured, never tuned on) lists each planted mistake (kind:
conflict, shares, sum, date) with every figure involved as written and its line, and each decoy: correct
text that looks suspicious. A mistake is found when one warning or error of the check for its kind points at
two of its figures (one for a date: the span or the year it contradicts); a decoy is raised when any warning
or error points at two of its figures (one when it has only one). A finding points at a figure when one of
its locations (the finding's own or a related one) is on the figure's line and its highlighted text and the
figure as written contain one another. A finding that reports a planted mistake never counts as raising a decoy.

Prints recall per kind and scope, the decoys raised, the other warnings and errors (about nothing the key
lists: false alarms unless reading shows a slip nobody planted), and with -v every miss, every raised decoy
and every other finding.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CHECK_FOR_KIND = {
    "conflict": (
        "discovered-conflict",
        "discovered-restatement",
        "discovered-base-restated",
        "discovered-headline-figure",
    ),
    # A share that does not fit its stated amount and total (planted4's m14, m17) is what share-of and
    # implied-total report; shares past 100% are percent-sum's.
    "shares": (
        "discovered-percent-sum",
        "discovered-share-of",
        "discovered-share-restated",
        "discovered-implied-total",
        "discovered-period-share",
        "discovered-plan-share",
    ),
    "sum": ("discovered-sum-mismatch", "discovered-years-total", "discovered-rest-of-year"),
    "date": ("discovered-date-span", "discovered-event-date", "discovered-span-restated"),
}
JUDGED = ("warning", "error")


def _scan(folder: Path) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run(
            [
                shutil.which("auditor") or "auditor",
                "scan",
                ".",
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
        return [f for f in json.loads(report.read_text(encoding="utf-8"))["findings"] if f["severity"] in JUDGED]


def _points(finding: dict) -> list[tuple[str, int, str]]:
    """(file, line, highlighted text) of every place a finding shows."""
    points = []
    for location in [finding["location"], *finding.get("related", [])]:
        name = Path(location["path"]).name
        texts = [h["excerpt"] for h in location.get("highlights") or []] or [location.get("excerpt") or ""]
        points.extend((name, location["line"], text) for text in texts if text)
    return points


def _figures(entry: dict) -> list[tuple[str, int, str]]:
    files = entry.get("files") or [entry["docs"][0]] * len(entry["figures"])
    return list(zip(files, entry["lines"], entry["figures"]))


def _matched(entry: dict, finding: dict) -> int:
    points = _points(finding)
    count = 0
    for file, line, figure in _figures(entry):
        if any(
            p_file == file and p_line == line and (text in figure or figure in text) for p_file, p_line, text in points
        ):
            count += 1
    return count


def evaluate(folder: Path, verbose: bool) -> None:
    key = yaml.safe_load((folder / "key.yaml").read_text(encoding="utf-8"))
    findings = _scan(folder)
    by_kind: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    true_findings: set[int] = set()
    consequences: set[int] = set()
    for mistake in key["mistakes"]:
        checks = CHECK_FOR_KIND[mistake["kind"]]
        need = 1 if mistake["kind"] == "date" else min(2, len(mistake["figures"]))
        hits = [n for n, f in enumerate(findings) if f["check"] in checks and _matched(mistake, f) >= need]
        true_findings.update(hits)
        # A planted mistake makes every relation through its figure fail: any judged finding that shows one
        # of its figures on its line (a share that no longer fits the slipped total) is about the mistake,
        # found or not by the kind's own checks, and is no decoy raised.
        consequences.update(n for n, f in enumerate(findings) if _matched(mistake, f) >= 1)
        found = bool(hits)
        counts = by_kind[(mistake["kind"], mistake.get("scope", "within"))]
        counts[0] += found
        counts[1] += 1
        if not found:
            misses.append(mistake)
    raised = []
    for decoy in key["decoys"]:
        need = min(2, len(decoy["figures"]))
        # A finding that reports a planted mistake is a true one, even where a decoy shares its figures (a
        # consistent restatement of the mistake's total elsewhere).
        hits = [
            f
            for n, f in enumerate(findings)
            if n not in true_findings and n not in consequences and _matched(decoy, f) >= need
        ]
        if hits:
            raised.append((decoy, hits))
    total_found = sum(c[0] for c in by_kind.values())
    total = sum(c[1] for c in by_kind.values())
    print(
        f"{folder}: {len(key['mistakes'])} planted mistakes, {len(key['decoys'])} decoys, {len(findings)} warnings and errors"
    )
    for (kind, scope), (found, count) in sorted(by_kind.items()):
        print(f"  {kind:9} {scope:7} recall {found / count:.2f} ({found}/{count})")
    print(f"  all               recall {total_found / max(total, 1):.2f} ({total_found}/{total})")
    print(f"  decoys raised: {len(raised)} of {len(key['decoys'])}")
    # Warnings about no planted mistake and no listed decoy: text the key says nothing of, so each is a false
    # alarm unless reading it shows a slip the writer did not plant.
    others = [f for n, f in enumerate(findings) if n not in true_findings and n not in consequences]
    others = [f for f in others if not any(f in hits for _, hits in raised)]
    print(f"  other warnings and errors: {len(others)}")
    # Findings that show a planted mistake's figure without reporting the mistake: a true consequence (a share that
    # no longer fits the slipped total) or a false alarm the mistake's figure hides. Counted neither way; read them.
    beside = sorted(consequences - true_findings)
    print(f"  beside mistakes (not counted; read them): {len(beside)}")
    if verbose:
        for mistake in misses:
            print(f"  missed {mistake['id']} {mistake['kind']}: {mistake['figures']} - {mistake['note'][:100]}")
        for decoy, hits in raised:
            print(
                f"  raised decoy {decoy['id']} {decoy['kind']}: {decoy['figures']} by {hits[0]['check']}: {hits[0]['message'][:80]}"
            )
        for finding in others:
            location = finding["location"]
            print(
                f"  other {Path(location['path']).name}:{location['line']} {finding['check']}: {finding['message'][:90]}"
            )
        for number in beside:
            location = findings[number]["location"]
            print(
                f"  beside {Path(location['path']).name}:{location['line']} {findings[number]['check']}: "
                f"{findings[number]['message'][:90]}"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, nargs="?", default=HERE / "sets" / "planted")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    evaluate(args.folder, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
