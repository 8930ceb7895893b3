"""Baselines: findings accepted once, hidden afterwards, and a baseline that only shrinks.

A baseline file is versioned JSON (written atomically, entries sorted):

    {
      "kind": "auditor-baseline",
      "schema_version": 1,
      "entries": [
        {"fingerprint": "bc2926d00cef49f3a8b6", "check": "percent-sum",
         "path": "corpus/001.txt", "message": "Shares of … add up to 160%", "reason": ""}
      ]
    }

An entry matches a finding by its fingerprint (`Finding.fingerprint`: the
check, the path and the finding's content, never line numbers), so moving
text or adding unrelated claims keeps it matched. Findings can share a
fingerprint (a paragraph pasted three times is two alike findings): an entry
then records how many with `"count"` (1 when absent) and hides no more than
that, so a fourth copy is reported. `check`, `path` and
`message` are for people and for reporting stale entries. Matched findings
are hidden (counted as suppressed, listed with --verbose); entries that no
longer match anything are reported as `stale-baseline-entry` findings by
`apply` (the baseline step, as ruff reports unused suppressions in its
suppression step rather than in a rule), so fixed problems cannot come back
unnoticed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from auditor.errors import InputError, InputProblem
from auditor.findings import Finding

KIND = "auditor-baseline"
# A baseline of every finding of a 100 MB corpus is ≈ 20 MB.
MAX_BASELINE_BYTES = 256 * 1024 * 1024
SCHEMA_VERSION = 1
STALE_CHECK = "stale-baseline-entry"
ENTRY_KEYS = ("fingerprint", "check", "path", "message", "reason")
OPTIONAL_KEYS = ("count",)


@dataclass(frozen=True)
class Entry:
    fingerprint: str
    check: str
    path: str
    message: str
    reason: str = ""
    line: int = 0  # where the entry's "fingerprint" is in the baseline file (1-based; 0 when unknown)
    column: int = 0
    count: int = 1  # how many findings with this fingerprint it records

    def to_json(self) -> dict[str, str | int]:
        data: dict[str, str | int] = {key: getattr(self, key) for key in ENTRY_KEYS}
        if self.count != 1:  # absent for one, so baselines without repeats read as before
            data["count"] = self.count
        return data

    def sort_key(self) -> tuple:
        return (self.path, self.check, self.message, self.fingerprint)


@dataclass(frozen=True)
class Baseline:
    path: str  # as shown in findings and messages (project-relative when inside the root)
    entries: tuple[Entry, ...]

    def fingerprints(self) -> dict[str, Entry]:
        """fingerprint -> its entry; entries repeating a fingerprint (edited by hand) add up their counts."""
        found: dict[str, Entry] = {}
        for entry in self.entries:
            first = found.get(entry.fingerprint)
            found[entry.fingerprint] = entry if first is None else replace(first, count=first.count + entry.count)
        return found


class NotABaseline(Exception):
    """The file exists but is not an auditor baseline: never overwrite it."""


def entry_for(finding: Finding, reason: str = "") -> Entry:
    return Entry(finding.fingerprint, finding.check, finding.location.path, finding.message, reason)


def render(entries: Iterable[Entry]) -> str:
    unique: dict[str, Entry] = {}
    for entry in sorted(entries, key=Entry.sort_key):
        unique.setdefault(entry.fingerprint, entry)
    document = {
        "kind": KIND,
        "schema_version": SCHEMA_VERSION,
        "entries": [entry.to_json() for entry in unique.values()],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def parse(text: str, shown: str) -> Baseline:
    """A baseline from its text. Raises NotABaseline for other JSON, InputError for a broken baseline."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotABaseline(f"not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise NotABaseline("JSON nested too deeply to be a baseline") from None
    if not isinstance(data, dict) or data.get("kind") != KIND:
        raise NotABaseline(f'not an auditor baseline (no "kind": "{KIND}")')
    problems: list[InputProblem] = []
    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:  # not true, not 1.0
        raise InputError(
            InputProblem(
                shown,
                f"unsupported baseline schema_version {data.get('schema_version')!r} (this auditor reads {SCHEMA_VERSION})",
                1,
                1,
            )
        )
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list):
        raise InputError(InputProblem(shown, '"entries" must be a list', 1, 1))
    lines = _fingerprint_lines(text)
    places = _entry_places(text)
    entries: list[Entry] = []
    for index, raw in enumerate(raw_entries, 1):
        place = places[index - 1] if len(places) == len(raw_entries) else (0, 0)
        if not isinstance(raw, dict):
            problems.append(InputProblem(shown, f"entry {index} is not an object", *place))
            continue
        fingerprint = raw.get("fingerprint")
        line, column = lines.get(fingerprint, place) if isinstance(fingerprint, str) else place
        unknown = sorted(set(raw) - set(ENTRY_KEYS) - set(OPTIONAL_KEYS))
        if unknown:
            problems.append(InputProblem(shown, f'entry {index}: unknown key "{unknown[0]}"', line, column))
        count = raw.get("count", 1)
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            problems.append(
                InputProblem(shown, f'entry {index}: "count" must be a whole number of at least 1', line, column)
            )
            continue
        wrong = [key for key in ENTRY_KEYS if not isinstance(raw.get(key, ""), str)]
        if not isinstance(fingerprint, str) or not fingerprint or wrong:
            field = "fingerprint" if not isinstance(fingerprint, str) or not fingerprint else wrong[0]
            problems.append(
                InputProblem(
                    shown,
                    f'entry {index}: "{field}" must be a non-empty string'
                    if field == "fingerprint"
                    else f'entry {index}: "{field}" must be a string',
                    line,
                    column,
                )
            )
            continue
        entries.append(
            Entry(
                fingerprint,
                raw.get("check", ""),
                raw.get("path", ""),
                raw.get("message", ""),
                raw.get("reason", ""),
                line,
                column,
                count,
            )
        )
    if problems:
        raise InputError(problems)
    return Baseline(shown, tuple(entries))


def _entry_places(text: str) -> list[tuple[int, int]]:
    """(line, column) where each element of the top-level "entries" list starts; [] when the text is not laid
    out as one object (the caller then locates nothing). json gives values, not positions: the object and the
    list are walked here, each value read by the decoder from where it starts."""
    decoder = json.JSONDecoder()

    def skip(index: int) -> int:
        while index < len(text) and text[index] in " \t\r\n\ufeff":
            index += 1
        return index

    def place(index: int) -> tuple[int, int]:
        line = text.count("\n", 0, index) + 1
        return line, index - (text.rfind("\n", 0, index) + 1) + 1

    try:
        index = skip(0)
        if text[index] != "{":
            return []
        index = skip(index + 1)
        while text[index] != "}":
            key, index = decoder.raw_decode(text, index)
            index = skip(index)
            if text[index] != ":":
                return []
            index = skip(index + 1)
            if key == "entries" and text[index] == "[":
                found: list[tuple[int, int]] = []
                index = skip(index + 1)
                while text[index] != "]":
                    found.append(place(index))
                    _, index = decoder.raw_decode(text, index)
                    index = skip(index)
                    if text[index] == ",":
                        index = skip(index + 1)
                return found
            _, index = decoder.raw_decode(text, index)
            index = skip(index)
            if text[index] == ",":
                index = skip(index + 1)
    except (ValueError, IndexError, RecursionError):
        return []
    return []


def _fingerprint_lines(text: str) -> dict[str, tuple[int, int]]:
    """fingerprint -> (line, column) of its `"fingerprint": "…"` pair (columns in code points)."""
    lines: dict[str, tuple[int, int]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        match = re.search(r'"fingerprint"\s*:\s*"([^"\\]*)"', line)
        if match:
            lines.setdefault(match.group(1), (number, match.start() + 1))
    return lines


def load(path: Path, shown: str) -> Baseline:
    """Read the baseline at `path`; any problem is an InputError naming the file."""
    from auditor.io import read_input_or_problem

    data = read_input_or_problem(
        path,
        shown,
        MAX_BASELINE_BYTES,
        "baseline file",
        missing="baseline file not found; record one with `auditor baseline`",
    )
    if isinstance(data, InputProblem):
        raise InputError(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(InputProblem(shown, "baseline is not UTF-8")) from None
    try:
        return parse(text, shown)
    except NotABaseline as exc:
        raise InputError(InputProblem(shown, str(exc))) from None


def load_existing(path: Path, shown: str) -> Baseline | None:
    """The baseline about to be rewritten: None when absent. NotABaseline when it is some other file."""
    from auditor.io import read_input

    if not path.exists():
        return None
    if not path.is_file():
        raise NotABaseline("not a regular file")
    try:
        text = read_input(path, MAX_BASELINE_BYTES).decode("utf-8-sig")
    except (OSError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
        raise NotABaseline(f"unreadable ({exc})") from None
    return parse(text, shown)


def _known_ids() -> set[str]:
    from auditor.registry import check_ids

    return set(check_ids())


def stale_findings(
    baseline: Baseline, found: Iterable[Finding], checks_run: Iterable[str], severity=None
) -> list[Finding]:
    """`stale-baseline-entry` findings: the entries of the checks that ran (and of checks that no longer exist)
    that match fewer of the run's findings (`found`: reported and suppressed alike) than they record."""
    from auditor.findings import Location, Severity

    severity = severity or Severity.ERROR
    running, known = set(checks_run), _known_ids()
    current: dict[str, int] = {}
    for finding in found:
        current[finding.fingerprint] = current.get(finding.fingerprint, 0) + 1
    recorded = {fingerprint: entry.count for fingerprint, entry in baseline.fingerprints().items()}
    judged: set[str] = set()
    stale: list[Finding] = []
    for entry in baseline.entries:
        if entry.fingerprint in judged or not (entry.check in running or entry.check not in known):
            continue
        # Entries repeating a fingerprint (edited by hand) hide their counts together, so they are judged
        # together, at the first of them.
        judged.add(entry.fingerprint)
        evidence = [
            ("fingerprint", entry.fingerprint),
            ("check", entry.check),
            ("path", entry.path),
            ("message", entry.message),
        ]
        fix = "remove the entry (`auditor baseline --prune` removes every stale entry)"
        if entry.reason:
            evidence.append(("reason", entry.reason))
        remaining = current.get(entry.fingerprint, 0)
        if entry.check not in known:
            text = f'Baseline entry for check "{entry.check}", which no longer exists'
        elif entry.check == STALE_CHECK:  # written by hand: stale entries are never hidden, so it cannot match
            text = f"Baseline entry for {STALE_CHECK} itself, which cannot match a finding"
        elif remaining >= recorded[entry.fingerprint]:
            continue
        elif remaining:
            # Fewer alike findings than recorded: the spare count would hide a copy that comes back.
            text = (
                f"Baseline entry records {recorded[entry.fingerprint]} alike findings, {remaining} remain: "
                f"{entry.check} in {entry.path} ({entry.message})"
            )
            evidence.append(("count", f"{recorded[entry.fingerprint]} recorded, {remaining} found"))
            fix = f"set the entry's count to {remaining} (`auditor baseline --prune` does)"
        else:
            text = f"Baseline entry no longer matches a finding: {entry.check} in {entry.path} ({entry.message})"
        line, column = entry.line or 1, entry.column or 1
        excerpt = f'"fingerprint": "{entry.fingerprint}"'
        location = Location(
            baseline.path, line, column, line, column + len(excerpt), 0, 0, excerpt, label="baseline entry"
        )
        stale.append(
            Finding(
                check=STALE_CHECK,
                severity=severity,
                message=text,
                location=location,
                evidence=tuple(evidence),
                fix=fix,
                identity=entry.fingerprint,
            )
        )
    return stale


def apply(report, baseline: Baseline, judge: Iterable[str] | None = None, stale_severity=None):
    """(the report with the baseline's findings moved to `suppressed`, the fingerprints moved).

    A moved finding's reason reads `in baseline FILE: <the entry's reason>`;
    `summary.baselined` in the JSON report counts them. With `judge` (the checks that ran over the whole
    project), the entries of those checks that match nothing any more are reported (`stale_findings`).
    """
    known = baseline.fingerprints()
    left = {fingerprint: entry.count for fingerprint, entry in known.items()}
    reported: list[Finding] = []
    hidden: list[Finding] = []
    for finding in report.findings:  # in report order: of alike findings, the first ones are the recorded ones
        entry = known.get(finding.fingerprint)
        if entry is None or finding.check == STALE_CHECK or not left[finding.fingerprint]:
            reported.append(finding)
        else:
            left[finding.fingerprint] -= 1
            why = f"in baseline {baseline.path}" + (f": {entry.reason}" if entry.reason else "")
            hidden.append(finding.suppressed(why))
    if judge is not None:
        reported += stale_findings(baseline, [*report.findings, *report.suppressed], judge, stale_severity)
        reported.sort(key=Finding.sort_key)
    suppressed = sorted([*report.suppressed, *hidden], key=Finding.sort_key)
    return replace(
        report,
        findings=tuple(reported),
        suppressed=tuple(suppressed),
        baselined=len(hidden),
    ), frozenset(finding.fingerprint for finding in hidden)


def updated_entries(
    old: Baseline | None,
    findings: Iterable[Finding],
    *,
    reason: str,
    prune: bool,
    checks_run: Iterable[str],
    partial: bool,
) -> tuple[list[Entry], dict[str, int]]:
    """Entries of the rewritten baseline, and counts (added, kept, removed).

    Entries whose check did not run are kept untouched: they were not judged.
    In a `partial` run (only some of the project's files) no entry is judged
    either: a cross-document finding can vanish because the other document
    was left out. With `prune`, nothing is added: the baseline only shrinks.
    """
    current: dict[str, Finding] = {}
    counts: dict[str, int] = {}
    for finding in findings:
        if finding.check != STALE_CHECK:
            current.setdefault(finding.fingerprint, finding)
            counts[finding.fingerprint] = counts.get(finding.fingerprint, 0) + 1
    old_entries = list(old.fingerprints().values()) if old else []
    old_by_fingerprint = {entry.fingerprint: entry for entry in old_entries}
    ran = set(checks_run)
    known = _known_ids()
    kept: list[Entry] = []
    removed = 0
    for entry in old_entries:
        judged = not partial and (entry.check in ran or entry.check not in known)
        if not judged:
            kept.append(replace(entry, line=0, column=0))
        elif entry.fingerprint in current:
            # As many as there are now; with --prune never more than were recorded (the baseline only shrinks).
            now = counts[entry.fingerprint]
            kept.append(replace(entry, line=0, column=0, count=min(now, entry.count) if prune else now))
        else:
            removed += 1
    added: list[Entry] = []
    if not prune:
        for fingerprint, finding in current.items():
            if fingerprint not in old_by_fingerprint:
                added.append(replace(entry_for(finding, reason), count=counts[fingerprint]))
    return kept + added, {"added": len(added), "kept": len(kept), "removed": removed}
