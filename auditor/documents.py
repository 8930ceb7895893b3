"""Documents: the text of an article, its lines and paragraphs, and its matching view."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from auditor.errors import InputProblem
from auditor.findings import Location
from auditor.io import read_input_or_problem
from auditor.normalize import NormalizedText, normalize

# A document larger than this is refused rather than read into memory whole. Articles are
# tens of kilobytes; 16 MiB leaves room for books while keeping memory (text plus its
# normalized view and offset map) bounded on untrusted input.
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
# Documents read as Markdown (headings, lists, tables, code, front matter are structure, not prose).
MARKDOWN_SUFFIXES = (".md", ".markdown")
# Every suffix a document may have: what folders are searched for (scan, --docs, extract).
DOCUMENT_SUFFIXES = (".txt", ".text", *MARKDOWN_SUFFIXES)
# Blanked markup inside visible text: a run of spaces (a space that was there stays one).
_MASKED_RUN = re.compile(r"[ \t]{2,}")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A non-blank line of a document: the corpus's articles put one paragraph per line.

    `start`/`end` are offsets of the line's text without its line break and
    without leading/trailing whitespace.
    """

    index: int
    start: int
    end: int
    text: str  # the visible text (markup blanked: auditor.structure), without surrounding whitespace
    role: str = "prose"  # auditor.structure.ROLES: prose, title, byline, caption, table, list, quote, end

    @property
    def is_prose(self) -> bool:
        """Running prose (not a headline, byline, caption, table or end mark): what the prose checks judge."""
        from auditor.structure import PROSE_ROLES

        return self.role in PROSE_ROLES


@dataclass(frozen=True)
class Document:
    """A document's text under the path every finding shows; lines, paragraphs and figures computed once."""

    path: str  # project-relative, '/'-separated: what every finding shows
    text: str

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        starts = [0]
        find = self.text.find
        position = find("\n")
        while position != -1:
            starts.append(position + 1)
            position = find("\n", position + 1)
        return tuple(starts)

    @cached_property
    def normalized(self) -> NormalizedText:
        return normalize(self.text)

    @cached_property
    def structure(self):
        """Which text is prose and which is a headline, a byline, a table or markup (auditor.structure)."""
        from auditor.structure import read_structure

        return read_structure(self.text, markdown=self.path.lower().endswith(MARKDOWN_SUFFIXES))

    @property
    def visible_text(self) -> str:
        """The text with markup blanked out (front matter, code, HTML, Markdown markers, URLs), offset for offset."""
        return self.structure.masked

    def visible(self, start: int, end: int) -> str:
        """The text a reader sees between two offsets: markup left out (the source itself when there is none)."""
        if self.structure.compact is None:
            return self.text[start:end]
        return _MASKED_RUN.sub(" ", self.visible_text[start:end]).strip()

    @cached_property
    def reading(self):
        """The figures of the visible text and the spans left unread (auditor.figures.read_prose), read once."""
        from dataclasses import replace

        from auditor.figures import read_prose

        structure = self.structure
        if structure.compact is None:
            return read_prose(self.text)
        # Markup is read around, not through: figures are read in the visible text (1<font>月</font> is 1月)
        # and placed back in the source. Their text is what a reader sees.
        reading = read_prose(structure.compact)
        to_source = structure.to_source

        def placed(item):
            return replace(item, start=to_source(item.start), end=to_source(item.end - 1) + 1)

        return type(reading)([placed(f) for f in reading.figures], [placed(u) for u in reading.unread])

    @cached_property
    def figures(self) -> tuple:
        """Every figure of the text, found once and shared by all checks."""
        return tuple(self.reading.figures)

    @property
    def unread(self) -> tuple:
        """Spans that look like figures but were not read with confidence (auditor.figures.Unread)."""
        return tuple(self.reading.unread)

    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Every block of visible text (a line, or a Markdown block), with its role."""
        visible = self.visible_text
        return tuple(
            Paragraph(index, block.start, block.end, visible[block.start : block.end], block.role)
            for index, block in enumerate(self.structure.blocks)
        )

    @cached_property
    def prose(self) -> tuple[Paragraph, ...]:
        """The paragraphs of running prose: what truncation, duplicate and discovery checks judge."""
        return tuple(paragraph for paragraph in self.paragraphs if paragraph.is_prose)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a 0-based offset; columns count code points."""
        line_index = bisect.bisect_right(self.line_starts, offset) - 1
        return line_index + 1, offset - self.line_starts[line_index] + 1

    def location(self, start: int, end: int, label: str = "") -> Location:
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        return Location(self.path, line, column, end_line, end_column, start, end, self.text[start:end], label)

    def figure_location(self, start: int, end: int, figure_start: int, figure_end: int, label: str = "") -> Location:
        """A figure's location: its line and column are the figure's own, so editors and annotations land on
        it; [start, end) is the excerpt shown around it (a quote, a clause), with the figure highlighted."""
        line, column = self.position(figure_start)
        end_line, end_column = self.position(figure_end)
        return Location(
            self.path,
            line,
            column,
            end_line,
            end_column,
            start,
            end,
            self.text[start:end],
            label,
            ((figure_start, figure_end),),
        )

    def mark_location(self, start: int, end: int, label: str = "", context: int = 12) -> Location:
        """A mark's location (a quotation mark, a character, a word) with up to `context` characters of its
        line on each side as the excerpt, the mark highlighted: a lone "”" says nothing to an editor."""
        line, _ = self.position(start)
        line_start = self.line_starts[line - 1]
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end < 0 else line_end
        return self.figure_location(max(line_start, start - context), min(line_end, end + context), start, end, label)

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end]


def decode_document(data: bytes, display_path: str) -> str | InputProblem:
    """UTF-8 (a BOM is allowed and dropped); anything else is a located problem."""
    if b"\x00" in data[:8192]:
        return InputProblem(display_path, "not a text document (binary data: contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        prefix = data[: exc.start]
        line = prefix.count(b"\n") + 1
        column = len(prefix[prefix.rfind(b"\n") + 1 :].decode("utf-8", errors="replace")) + 1
        return InputProblem(
            display_path,
            f"document is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it, e.g. `iconv -f GBK -t UTF-8`",
            line,
            column,
        )
    # Line ends are normalized so that columns and paragraphs mean the same on every platform.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_document(path: Path, display_path: str) -> Document | InputProblem:
    if path.is_dir():
        return InputProblem(display_path, "is a directory, expected a document file")
    data = read_input_or_problem(path, display_path, MAX_DOCUMENT_BYTES, "document")
    if isinstance(data, InputProblem):
        return data
    decoded = decode_document(data, display_path)
    if isinstance(decoded, InputProblem):
        return decoded
    return Document(display_path, decoded)
