"""Matching view of a text: NFKC, punctuation width folded, CJK line breaks ignored.

Quotes copied from a PDF (001 breaks lines mid-word), typed with ASCII commas
instead of full-width ones, or pasted with stray spaces must still match their
source. `normalize` returns the folded text together with a map from every
folded character back to its offset in the original, so a match found in the
folded view is reported at its true position.

Rules (docs/claims.md repeats them for editors):
- Unicode NFKC, so full-width digits and letters become ASCII (１２３ → 123).
- Chinese punctuation folds to its ASCII counterpart: 。→ .  、→ ,  “”「」『』→ "
  ‘’ → '  —–― → -  ·・• → ·  ideographic space → space.
- ASCII letters are lower-cased.
- A run of whitespace (line breaks included) disappears unless it separates two
  Latin letters or digits, where it becomes one space: "社 会" → "社会",
  "1.2 million" stays "1.2 million".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_FOLD_PAIRS = {
    "。": ".", "、": ",", "､": ",", "｡": ".",
    "“": '"', "”": '"', "„": '"', "‟": '"', "「": '"', "」": '"', "『": '"', "』": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'",
    "—": "-", "–": "-", "―": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-",
    "・": "·", "•": "·", "‧": "·", "･": "·",
    "\u3000": " ",
}
_FOLD_TABLE = {ord(k): v for k, v in _FOLD_PAIRS.items()}
_FOLD_TABLE.update({cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})
_FOLD_TABLE.update({cp: chr(cp + 32) for cp in range(ord("A"), ord("Z") + 1)})
# Full-width forms fold to ASCII above; re-apply the quote/dash folds to the results.
for _cp in range(0xFF01, 0xFF5F):
    _ascii = _FOLD_TABLE[_cp]
    if "A" <= _ascii <= "Z":
        _FOLD_TABLE[_cp] = _ascii.lower()

_WHITESPACE = re.compile(r"\s+")


def _is_latin_word_char(ch: str) -> bool:
    return ch.isalnum() and ord(ch) < 0x2E80


@dataclass(frozen=True)
class NormalizedText:
    text: str
    origin: tuple[int, ...]  # origin[i]: offset in the source of folded character i
    source_length: int

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span [start, end) to the source span it came from."""
        if start >= end:
            offset = self.origin[start] if start < len(self.origin) else self.source_length
            return offset, offset
        return self.origin[start], self.origin[end - 1] + 1


def fold(text: str) -> str:
    """The folded text alone (for comparing two strings; no offset map)."""
    return normalize(text).text


def normalize(text: str) -> NormalizedText:
    folded = text.translate(_FOLD_TABLE)
    if unicodedata.is_normalized("NFKC", folded):
        chars = folded
        origin: list[int] = list(range(len(folded)))
    else:
        pieces: list[str] = []
        origin = []
        for index, ch in enumerate(folded):
            expanded = unicodedata.normalize("NFKC", ch).translate(_FOLD_TABLE) if ord(ch) > 0x7F else ch
            pieces.append(expanded)
            origin.extend([index] * len(expanded))
        chars = "".join(pieces)

    out: list[str] = []
    out_origin: list[int] = []
    cursor = 0
    for match in _WHITESPACE.finditer(chars):
        start, end = match.span()
        out.append(chars[cursor:start])
        out_origin.extend(origin[cursor:start])
        before = chars[start - 1] if start > 0 else ""
        after = chars[end] if end < len(chars) else ""
        if before and after and _is_latin_word_char(before) and _is_latin_word_char(after):
            out.append(" ")
            out_origin.append(origin[start])
        cursor = end
    out.append(chars[cursor:])
    out_origin.extend(origin[cursor:])
    return NormalizedText("".join(out), tuple(out_origin), len(text))
