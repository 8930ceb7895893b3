"""Precision and recall of `auditor scan`'s discoveries on the labelled set (tests/scan_set/).

    python bench/eval_scan.py               # precision / recall per check and overall
    python bench/eval_scan.py --verbose     # also every finding (TP / FP) and every miss
    python bench/eval_scan.py --explain     # every keyed conflict pair: similarity, confidence, why it was kept or dropped

The set is a directory of articles plus `answers.yaml` (its format is described
at the top of that file). A finding counts as a true positive when it names
exactly the figures of a keyed entry, in the right documents; anything else a
discovery check reports is a false positive. Only the discovery checks are
scored (duplicates and draft-integrity findings are not labelled).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SCAN_SET = ROOT / "tests" / "scan_set"
DISCOVERY_CHECKS = ("discovered-conflict", "discovered-percent-sum", "discovered-sum-mismatch")


@dataclass
class Score:
    expected: set = field(default_factory=set)
    found: dict = field(default_factory=dict)  # key -> finding message

    @property
    def true_positives(self) -> set:
        return self.expected & set(self.found)

    @property
    def precision(self) -> float:
        return len(self.true_positives) / len(self.found) if self.found else 1.0

    @property
    def recall(self) -> float:
        return len(self.true_positives) / len(self.expected) if self.expected else 1.0


def load_answers(directory: Path = SCAN_SET) -> dict[str, set]:
    data = yaml.safe_load((directory / "answers.yaml").read_text(encoding="utf-8"))
    conflicts = {frozenset({(a, str(x)), (b, str(y))}) for a, x, b, y in data.get("conflicts", [])}
    shares = {(doc, frozenset(map(str, items))) for doc, items in data.get("percent_sums", [])}
    sums = {(doc, str(total), frozenset(map(str, parts))) for doc, total, parts in data.get("sums", [])}
    return {"discovered-conflict": conflicts, "discovered-percent-sum": shares, "discovered-sum-mismatch": sums}


def _figures(location) -> list[str]:
    return [location.excerpt[s - location.start : e - location.start] for s, e in location.highlights]


def _name(location) -> str:
    return location.path.rsplit("/", 1)[-1]


def finding_key(finding):
    """What a finding claims, in the answer key's terms."""
    locations = (finding.location, *finding.related)
    if finding.check == "discovered-conflict":
        return frozenset((_name(loc), text) for loc in locations for text in _figures(loc))
    if finding.check == "discovered-percent-sum":
        return (_name(finding.location), frozenset(t for loc in locations for t in _figures(loc)))
    if finding.check == "discovered-sum-mismatch":
        total = _figures(finding.location)
        parts = [t for loc in finding.related for t in _figures(loc)]
        return (_name(finding.location), total[0] if total else "", frozenset(parts))
    return None


def evaluate(directory: Path = SCAN_SET, **options) -> dict[str, Score]:
    from auditor.registry import check_ids
    from auditor.runner import run_audit

    documents = sorted(directory.glob("*.txt"))
    selected = [check for check in DISCOVERY_CHECKS if check in check_ids()]
    report = run_audit(directory, document_paths=documents, discovery=True, select=selected, **options)
    answers = load_answers(directory)
    scores = {check: Score(expected=set(answers[check])) for check in DISCOVERY_CHECKS}
    for finding in report.findings:
        scores[finding.check].found[finding_key(finding)] = finding.message
    return scores


def overall(scores: dict[str, Score]) -> Score:
    total = Score()
    for check, score in scores.items():
        total.expected |= {(check, key) for key in score.expected}
        total.found.update({(check, key): message for key, message in score.found.items()})
    return total


def _show(key) -> str:
    if isinstance(key, frozenset):
        return " vs ".join(f"{doc}:{text}" for doc, text in sorted(key))
    return " ".join(str(sorted(part)) if isinstance(part, frozenset) else str(part) for part in key)


def explain(directory: Path = SCAN_SET) -> None:
    """Every keyed conflict pair with its similarity, confidence and the reason it is kept or dropped."""
    from auditor import discovery
    from auditor.project import load_audit

    audit = load_audit(directory, document_paths=sorted(directory.glob("*.txt")))
    pairs = discovery.Pairs(discovery.sites_of(audit))
    scored = set(pairs.candidates())
    where = {(s.document.path, s.figure.text): n for n, s in enumerate(pairs.sites)}
    for key in sorted(load_answers(directory)["discovered-conflict"], key=_show):
        (doc_a, text_a), (doc_b, text_b) = sorted(key)
        i, j = where.get((doc_a, text_a)), where.get((doc_b, text_b))
        if i is None or j is None:
            print(f"  not a site       {_show(key)}")
            continue
        i, j = min(i, j), max(i, j)
        if (i, j) not in scored:
            print(f"  not a candidate  {_show(key)}")
            continue
        sim = pairs.similarity(i, j)
        conflict = pairs.judge(i, j, 0.0)
        confidence = discovery.confidence_of(sim, discovery.value_factor(pairs.sites[i].figure, pairs.sites[j].figure))
        reason = (
            "kept"
            if conflict
            else (
                f"veto: {pairs.alignment(i, j).veto}"
                if not pairs.same_subject(i, j)
                else "ambiguous"
                if pairs.ambiguous(i, j)
                else "dropped"
            )
        )
        print(f"  sim {sim:.3f} conf {confidence:.2f}  {reason:<40} {_show(key)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=SCAN_SET)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--explain", action="store_true")
    args = parser.parse_args(argv)
    scores = evaluate(args.directory)
    for check, score in [*scores.items(), ("all discoveries", overall(scores))]:
        tp = len(score.true_positives)
        print(
            f"{check:<26} precision {score.precision:.2f} ({tp}/{len(score.found)})  "
            f"recall {score.recall:.2f} ({tp}/{len(score.expected)})"
        )
        if args.verbose and check != "all discoveries":
            for key, message in sorted(score.found.items(), key=lambda item: _show(item[0])):
                print(f"    {'TP' if key in score.expected else 'FP'}  {message}")
            for key in sorted(score.expected - set(score.found), key=_show):
                print(f"    miss  {_show(key)}")
    if args.explain:
        explain(args.directory)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
