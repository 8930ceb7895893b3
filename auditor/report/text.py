"""Terminal report: findings grouped by severity, then document, rendered with rich.

The console is injected (built by the command, pinned in tests), so the
reporter never decides width or colour. Text from documents is inserted as
rich `Text`, never as markup, and control characters are made visible, so a
quote cannot inject markup or terminal escape sequences.
"""

from __future__ import annotations

from collections import defaultdict

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from auditor.escaping import visible
from auditor.findings import Finding, Location, Report, Severity
from auditor.version import __version__

SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold blue"}
SEVERITY_TITLE = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Info"}
HIGHLIGHT_STYLE = "bold reverse"
INDENT = "    "


def _clip_cells(text: str, width: int, from_end: bool = False) -> str:
    if cell_len(text) <= width:
        return text
    chars = list(reversed(text)) if from_end else list(text)
    kept, used = [], 0
    for ch in chars:
        size = cell_len(ch)
        if used + size > width:
            break
        kept.append(ch)
        used += size
    return "".join(reversed(kept)) if from_end else "".join(kept)


def _clip_words(text: str, width: int, from_end: bool = False) -> str:
    """`_clip_cells`, backed off to a space when the cut falls inside a Latin word ("…council approved" rather
    than "…uncil approved"); Chinese has no spaces to back off to and is cut anywhere."""
    clipped = _clip_cells(text, width, from_end)
    if clipped == text or not clipped:
        return clipped
    if from_end:
        cut_inside = text[len(text) - len(clipped) - 1].isalnum() and clipped[0].isascii() and clipped[0].isalnum()
        space = clipped.find(" ")
        return clipped[space + 1 :] if cut_inside and 0 <= space < len(clipped) - 1 else clipped
    cut_inside = text[len(clipped)].isalnum() and clipped[-1].isascii() and clipped[-1].isalnum()
    space = clipped.rfind(" ")
    return clipped[:space] if cut_inside and space > 0 else clipped


def excerpt_text(location: Location, width: int) -> Text:
    """The excerpt fitted to `width` cells: around the highlight if there is one, else head … tail.

    Keeping the tail of a long excerpt shows where a truncated copy stops.
    """
    excerpt = location.excerpt
    width = max(width, 20)
    segments: list[tuple[str, bool]] = []
    if location.highlights:
        start, end = location.highlights[0]
        start, end = start - location.start, end - location.start
        segments = [(excerpt[:start], False), (excerpt[start:end], True), (excerpt[end:], False)]
    else:
        segments = [(excerpt, False)]
    segments = [(visible(text), marked) for text, marked in segments]
    total = sum(cell_len(text) for text, _ in segments)
    if total > width:
        if location.highlights:
            before, mark, after = segments
            room = max(width - cell_len(mark[0]) - 2, 8)
            left = _clip_words(before[0], room // 2, from_end=True)
            right = _clip_words(after[0], room - cell_len(left))
            segments = [
                (("…" if left != before[0] else "") + left, False),
                mark,
                (right + ("…" if right != after[0] else ""), False),
            ]
        else:
            text = segments[0][0]
            head = _clip_words(text, (width - 3) * 2 // 5)
            tail = _clip_words(text, width - 3 - cell_len(head), from_end=True)
            segments = [(f"{head} … {tail}", False)]
    rendered = Text()
    for text, marked in segments:
        rendered.append(text, style=HIGHLIGHT_STYLE if marked else None)
    return rendered


def _location_lines(location: Location, width: int, primary: bool) -> list[tuple[int, Text]]:
    # Never wrapped: editors and terminals jump to a path:line:col only when it is whole on one line.
    heading = Text(no_wrap=True)
    heading.append(visible(str(location)), style="bold" if primary else "cyan")
    if location.label:
        heading.append(f"  {visible(location.label)}", style="dim")
    lines = [(len(INDENT), heading)]
    if location.excerpt:
        line = Text()
        line.append("│ ", style="dim")
        line.append_text(excerpt_text(location, width - len(INDENT) - 2))
        lines.append((len(INDENT), line))
    return lines


def _labelled(label: str, value: str, style: str = "dim") -> Text:
    line = Text()
    line.append(label, style=style)
    line.append(visible(value))
    return line


def finding_lines(finding: Finding, width: int) -> list[tuple[int, Text]]:
    """The finding as (indent, line) pairs; wrapped lines keep their indent."""
    title = Text()
    title.append(finding.severity.label, style=SEVERITY_STYLE[finding.severity])
    title.append("  ")
    title.append(finding.check, style="magenta")
    title.append("  ")
    title.append(visible(finding.message))
    lines = [(2, title)]
    lines += _location_lines(finding.location, width, primary=True)
    for location in finding.related:
        lines += _location_lines(location, width, primary=False)
    for name, value in finding.evidence:
        lines.append((len(INDENT), _labelled(f"· {name}: ", value)))
    if finding.fix:
        lines.append((len(INDENT), _labelled("fix: ", finding.fix, "green")))
    if finding.assumption:
        lines.append((len(INDENT), _labelled("assumes: ", finding.assumption)))
    if finding.suppressed_by:
        lines.append((len(INDENT), _labelled("suppressed: ", finding.suppressed_by)))
    return lines


class _Page:
    """Lines wrapped once, with hanging indents, and printed in one call (rich per-call overhead adds up)."""

    def __init__(self, console: Console):
        self.console = console
        self.width = console.width
        self.lines: list[Text] = []

    def add(self, text: Text | None = None, indent: int = 0, hang: int = 0) -> None:
        """A line wrapped at the page width, every piece at `indent`, the second and later `hang` further in."""
        if text is None:
            self.lines.append(Text())
            return
        room = max(self.width - indent, 10)
        plain = text.plain
        if text.no_wrap or ("\n" not in plain and "\t" not in plain and cell_len(plain) <= room):
            lines = [text.copy()]  # what wrap returns for a line that fits, without its per-word work
        elif hang:
            first = text.wrap(self.console, room, overflow="fold")[0]
            rest = text[len(first.plain) :]
            rest = rest[len(rest.plain) - len(rest.plain.lstrip(" ")) :]
            lines = [first]
            if rest.plain:
                lines += [
                    Text(" " * hang) + piece for piece in rest.wrap(self.console, max(room - hang, 10), overflow="fold")
                ]
        else:
            lines = text.wrap(self.console, room, overflow="fold")
        for wrapped in lines:
            wrapped.rstrip()
            self.lines.append(Text(" " * indent) + wrapped if indent else wrapped)

    def rule(self, title: Text) -> None:
        line = Text()
        line.append_text(title)
        line.append(" " + "─" * max(self.width - title.cell_len - 1, 0), style="bright_green")
        self.lines.append(line)

    def finding(self, finding: Finding) -> None:
        for indent, line in finding_lines(finding, self.width):
            self.add(line, indent)
        self.add()

    def flush(self) -> None:
        if not self.lines:
            return
        if self.console.is_terminal or self.console.record:
            self.console.print(Text("\n").join(self.lines), no_wrap=True, overflow="ignore", crop=False)
        else:
            # A pipe or a file gets no styles, so what rich would write is the plain text; its segment
            # pipeline costs more than the rest of a cached `auditor check` (tests/test_cache.py pins the equality).
            self.console.file.write("".join(line.plain + "\n" for line in self.lines))
        self.lines = []


def summary_line(report: Report) -> Text:
    return Text(report.summary(), style="bold" if report.findings else "bold green")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def render(report: Report, console: Console, *, verbose: bool = False, quiet: bool = False) -> None:
    page = _Page(console)
    if not quiet:
        header = Text()
        header.append(f"auditor {__version__}", style="bold")
        header.append(
            f" · {_count(len(report.documents), 'document')} · {_count(report.claim_count, 'claim')}"
            f" · {_count(len(report.checks), 'check')}",
            style="dim",
        )
        page.add(header)
    by_severity: dict[Severity, dict[str, list[Finding]]] = defaultdict(lambda: defaultdict(list))
    for finding in report.findings:
        by_severity[finding.severity][finding.location.path].append(finding)
    for severity in sorted(by_severity, reverse=True):
        documents = by_severity[severity]
        total = sum(len(items) for items in documents.values())
        if not page.lines or page.lines[-1].plain:
            page.add()
        page.rule(Text(f"{SEVERITY_TITLE[severity]} ({total})", style=SEVERITY_STYLE[severity]))
        for path in sorted(documents):
            page.add(Text(visible(path), style="bold underline", no_wrap=True))
            for finding in documents[path]:
                page.finding(finding)
    if report.findings and not quiet:
        _recap(page, report)
    if verbose and report.suppressed:
        if not page.lines or page.lines[-1].plain:
            page.add()
        page.rule(Text(f"Suppressed ({len(report.suppressed)})", style="dim"))
        for finding in report.suppressed:
            page.finding(finding)
    if report.coverage and not quiet:
        page.add(coverage_line(report.coverage))
    page.add(summary_line(report))
    page.flush()


def _recap(page: _Page, report: Report) -> None:
    """What to read first, after a long report: every error on one line, then the counts per check."""
    if not page.lines or page.lines[-1].plain:
        page.add()
    page.rule(Text("Recap", style="bold"))
    for finding in report.findings:
        if finding.severity == Severity.ERROR:
            line = Text()
            where = visible(str(finding.location))
            alone = cell_len(where) + 2 > page.width
            if alone:
                page.add(Text(where, style="bold", no_wrap=True), 2)  # a path:line:col is never cut
            else:
                line.append(where, style="bold")
                line.append("  ")
            line.append(finding.check, style="magenta")
            line.append("  ")
            line.append(visible(finding.message))
            if alone:
                page.add(line, 4)
            else:
                page.add(line, 2, hang=2)
    if page.lines[-1].plain.strip() and not page.lines[-1].plain.startswith("Recap"):
        page.add()
    counts: dict[str, dict[Severity, int]] = defaultdict(lambda: defaultdict(int))
    for finding in report.findings:
        counts[finding.check][finding.severity] += 1
    width = max(len(check) for check in counts)
    for check in sorted(counts, key=lambda c: (-max(counts[c]), c)):
        line = Text()
        line.append(f"{check:<{width}}", style="magenta")
        line.append(
            "  "
            + ", ".join(
                _count_of(counts[check][severity], severity) for severity in sorted(counts[check], reverse=True)
            )
        )
        page.add(line, 2)


def _count_of(number: int, severity: Severity) -> str:
    return f"{number} {severity.label}{'' if number == 1 or severity == Severity.INFO else 's'}"


def coverage_line(coverage) -> Text:
    """'Claims cover 12 of 95 figures: 000 10/31, 001 …' — what remains unaudited."""
    claimed = sum(item.claimed for item in coverage)
    figures = sum(item.figures for item in coverage)
    line = Text()
    line.append(f"Claims cover {claimed} of {figures} figures", style="dim")
    parts = []
    for item in coverage:
        name = visible(item.path.rsplit("/", 1)[-1])
        parts.append(f"{name.split('_', 1)[0] if '_' in name else name} {item.claimed}/{item.figures}")
    line.append(f" ({', '.join(parts)})", style="dim")
    return line
