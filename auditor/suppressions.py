"""Suppression comments inside documents: the editor says, next to the text, that a finding is wrong there.

    <!-- auditor-ignore: doubled-word 哔哩哔哩 is the company's name -->
    哔哩哔哩跌3.2%，…

    <!-- auditor-ignore-file: stray-latin the English names are kept on purpose -->

`auditor-ignore` covers the next paragraph (the next block of text after the comment); `auditor-ignore-file`
covers the whole document. One or more check ids, comma-separated, then the reason, which is required (as
for a claim's `ignore:`). The same comment works in Markdown, HTML and plain-text articles: in Markdown and
HTML it is a comment no reader sees; in a plain-text file it is a line of its own, which the checks do not
read as prose.

A covered finding is suppressed, not dropped: it is counted in the summary and listed with `--verbose`.
A comment that covers no finding of a check that ran is reported as `unused-suppression` (as ruff reports an
unused `# noqa` with RUF100), so a fixed problem does not leave a comment behind that would hide its return.
A comment with no reason, or naming an unknown check, is an input error (exit 2).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from auditor.documents import Document
from auditor.errors import InputProblem
from auditor.findings import Finding, Location, Severity
from auditor.patterns import lazy_compile

UNUSED = "unused-suppression"
# Bounded: a comment is one line of at most a few hundred characters.
_COMMENT = lazy_compile(
    r"<!--[ \t]{0,8}auditor-ignore(?P<file>-file)?[ \t]{0,4}:[ \t]{0,8}"
    r"(?P<ids>[A-Za-z0-9_-]{1,60}(?:[ \t]{0,4},[ \t]{0,4}[A-Za-z0-9_-]{1,60}){0,20})"
    r"(?:[ \t]{1,8}(?P<reason>[^\n]{0,500}?))?[ \t]{0,8}-->"
)


@dataclass(frozen=True)
class Suppression:
    location: Location  # the comment
    checks: tuple[str, ...]
    reason: str
    start: int  # what it covers: [start, end) of the document's text
    end: int
    whole_file: bool


def read_suppressions(document: Document, known: Iterable[str]) -> tuple[list[Suppression], list[InputProblem]]:
    """The suppression comments of a document, and the problems of those that are malformed."""
    text = document.text
    if "auditor-ignore" not in text:
        return [], []
    from auditor.suggest import did_you_mean

    known = sorted(known)
    found: list[Suppression] = []
    problems: list[InputProblem] = []
    for match in _COMMENT.finditer(text):
        location = document.location(match.start(), match.end(), label="suppression")
        where = f"{document.path}:{location.line}:{location.column}"
        ids = tuple(part.strip() for part in match.group("ids").split(","))
        unknown = [check_id for check_id in ids if check_id not in known]
        if unknown:
            problems.append(
                InputProblem(
                    where, f'auditor-ignore names unknown check "{unknown[0]}"{did_you_mean(unknown[0], known)}'
                )
            )
            continue
        reason = (match.group("reason") or "").strip()
        if not reason:
            problems.append(
                InputProblem(
                    where,
                    f"auditor-ignore: {', '.join(ids)} needs a reason after the check ids "
                    "(say why the finding is wrong here)",
                )
            )
            continue
        if match.group("file"):
            start, end = 0, len(text)
        else:
            following = [p for p in document.paragraphs if p.start >= match.end() and not _COMMENT.fullmatch(p.text)]
            if not following:
                start = end = match.end()
            else:
                start, end = following[0].start, following[0].end
        found.append(Suppression(location, ids, reason, start, end, bool(match.group("file"))))
    return found, problems


def apply_suppressions(
    findings: list[Finding], suppressions: dict[str, list[Suppression]], ran: Iterable[str]
) -> list[Finding]:
    """`findings` with those the documents' comments cover suppressed, plus an `unused-suppression` finding for
    each comment that covers no finding of a check that ran (unless that check was left out)."""
    ran = set(ran)
    used: set[tuple[str, int, str]] = set()
    result: list[Finding] = []
    for finding in findings:
        location = finding.location
        for suppression in suppressions.get(location.path, ()):
            if (
                finding.check in suppression.checks
                and finding.suppressed_by is None
                and (
                    suppression.whole_file
                    or suppression.start <= location.start < max(suppression.end, suppression.start + 1)
                )
            ):
                finding = finding.suppressed(
                    f"auditor-ignore at line {suppression.location.line}: {suppression.reason}"
                )
                used.add((location.path, suppression.location.start, finding.check))
                break
        result.append(finding)
    if UNUSED in ran:
        for path in sorted(suppressions):
            for suppression in suppressions[path]:
                idle = [c for c in suppression.checks if c in ran and (path, suppression.location.start, c) not in used]
                if idle:
                    scope = "this document" if suppression.whole_file else "the paragraph after it"
                    result.append(
                        Finding(
                            check=UNUSED,
                            severity=Severity.WARNING,
                            message=f"Unused suppression: no {', '.join(idle)} finding in {scope}",
                            location=suppression.location,
                            evidence=(("reason", suppression.reason),),
                            fix="remove the comment (or the check ids it no longer needs)",
                            identity=f"{','.join(suppression.checks)}\x1f{suppression.reason}",
                        )
                    )
        result.sort(key=Finding.sort_key)
    return result
