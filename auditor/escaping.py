"""Text from inputs made safe to print: nothing a file contains or is named reaches a terminal or a CI log raw.

Documents, claim files and file names come from strangers' pull requests. A
newline in a file name would start a new line of output (and GitHub Actions
reads `::error::` at the start of any line of a job's output as a command);
an escape sequence would drive the terminal. `visible()` shows such
characters as escapes instead; every place that prints input text (reports,
error messages) goes through it.
"""

from __future__ import annotations

from auditor.patterns import lazy_compile

# C0 and C1 controls, zero-width and bidirectional formatting, line and paragraph separators, and lone
# surrogates (a file name that is not UTF-8, as Python decodes it).
_CONTROL = lazy_compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(character: str) -> str:
    code = ord(character)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape): shown as that byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with line breaks shown as ⏎ (kept with `keep_newlines`) and control characters as escapes."""
    if not keep_newlines:
        text = text.replace("\n", "⏎")
    return _CONTROL.sub(lambda match: _escape(match.group()), text)
