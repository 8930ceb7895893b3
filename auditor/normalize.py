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
from bisect import bisect_right
from dataclasses import dataclass

_FOLD_PAIRS = {
    "。": ".",
    "、": ",",
    "､": ",",
    "｡": ".",
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "「": '"',
    "」": '"',
    "『": '"',
    "』": '"',
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "—": "-",
    "–": "-",
    "―": "-",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "−": "-",
    "・": "·",
    "•": "·",
    "‧": "·",
    "･": "·",
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
_FOLDED_CHARACTERS = frozenset(chr(cp) for cp in _FOLD_TABLE)
# Per-character NFKC (then folded) of every non-ASCII character met so far: the
# characters it changes, and those it leaves alone. Distinct characters are few
# (a few thousand in a large corpus), so each is looked at once per process.
_EXPANSIONS: dict[str, str] = {}
_NFKC_STABLE: set[str] = set()


def _is_latin_word_char(ch: str) -> bool:
    return ch.isalnum() and ord(ch) < 0x2E80


@dataclass(frozen=True)
class NormalizedText:
    """The folded text and a compact map back to the source.

    The map is a list of segments instead of one offset per character, because
    a document's normalized view lives as long as the document and a scan holds
    thousands: folded characters `starts[k]` up to the next segment came from
    source offset `sources[k]` onwards, one source character per folded
    character when `steps[k]` is 1, or all from the same source character (an
    NFKC expansion such as … → ...) when it is 0.
    """

    text: str
    starts: tuple[int, ...]
    sources: tuple[int, ...]
    steps: tuple[int, ...]
    source_length: int

    def source_offset(self, index: int) -> int:
        """Offset in the source of folded character `index` (0 <= index < len(text))."""
        segment = bisect_right(self.starts, index) - 1
        return self.sources[segment] + (index - self.starts[segment]) * self.steps[segment]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span [start, end) to the source span it came from."""
        if start >= end:
            offset = self.source_offset(start) if start < len(self.text) else self.source_length
            return offset, offset
        return self.source_offset(start), self.source_offset(end - 1) + 1


def fold(text: str) -> str:
    """The folded text alone (for comparing two strings; no offset map)."""
    return normalize(text).text


def _fold_characters(text: str, distinct: set[str]) -> str:
    # One str.replace per folded character present is much faster than str.translate
    # over the whole text, which looks every character up in a dict.
    for ch in sorted(distinct & _FOLDED_CHARACTERS):
        text = text.replace(ch, _FOLD_TABLE[ord(ch)])
    return text


def _nfkc_changes(distinct: set[str]) -> dict[str, str]:
    """The characters of `distinct` that NFKC (then folding) changes, with what they become."""
    for ch in distinct - _NFKC_STABLE - _EXPANSIONS.keys():
        if ord(ch) > 0x7F:
            expanded = unicodedata.normalize("NFKC", ch).translate(_FOLD_TABLE)
            if expanded != ch:
                _EXPANSIONS[ch] = expanded
                continue
        _NFKC_STABLE.add(ch)
    return {ch: _EXPANSIONS[ch] for ch in distinct & _EXPANSIONS.keys()}


def normalize(text: str) -> NormalizedText:
    # Segments of the folded-and-expanded text: (start in it, source offset, step).
    starts, sources, steps = [0], [0], [1]
    distinct = set(text)
    chars = _fold_characters(text, distinct)
    if not unicodedata.is_normalized("NFKC", chars):
        # NFKC is applied character by character (as the map needs), and only the
        # distinct characters it changes are looked at, not every character.
        changed = _nfkc_changes(set(chars))
        same_length = {ord(ch): expanded for ch, expanded in changed.items() if len(expanded) == 1}
        if same_length:
            chars = chars.translate(same_length)
        other_length = sorted(ch for ch, expanded in changed.items() if len(expanded) != 1)
        if other_length:
            pieces: list[str] = []
            cursor = 0  # in `chars`, which is still aligned with the source
            length = 0  # of the expanded text so far
            pattern = re.compile("|".join(map(re.escape, other_length)))
            for match in pattern.finditer(chars):
                index = match.start()
                expanded = changed[match.group()]
                length += index - cursor
                pieces.append(chars[cursor:index])
                if expanded:
                    starts.append(length), sources.append(index), steps.append(0)
                length += len(expanded)
                pieces.append(expanded)
                cursor = index + 1
                starts.append(length), sources.append(cursor), steps.append(1)
            pieces.append(chars[cursor:])
            chars = "".join(pieces)
    expanded_text = NormalizedText(chars, tuple(starts), tuple(sources), tuple(steps), len(text))
    if _WHITESPACE.search(chars) is None:
        return expanded_text

    # Drop whitespace runs (or keep one space between Latin words), starting a new segment after each run.
    out: list[str] = []
    out_starts: list[int] = []
    out_sources: list[int] = []
    out_steps: list[int] = []
    length = 0
    cursor = 0

    def copy(from_index: int, to_index: int) -> None:
        """Append chars[from_index:to_index] with its segments."""
        nonlocal length
        if from_index >= to_index:
            return
        first = bisect_right(starts, from_index) - 1
        last = bisect_right(starts, to_index - 1) - 1
        for segment in range(first, last + 1):
            begin = max(starts[segment], from_index)
            source = sources[segment] + (begin - starts[segment]) * steps[segment]
            out_starts.append(length + begin - from_index), out_sources.append(source), out_steps.append(steps[segment])
        out.append(chars[from_index:to_index])
        length += to_index - from_index

    for match in _WHITESPACE.finditer(chars):
        start, end = match.span()
        copy(cursor, start)
        if 0 < start and end < len(chars) and _is_latin_word_char(chars[start - 1]) and _is_latin_word_char(chars[end]):
            out_starts.append(length), out_sources.append(expanded_text.source_offset(start)), out_steps.append(1)
            out.append(" ")
            length += 1
        cursor = end
    copy(cursor, len(chars))
    if not out_starts:
        out_starts, out_sources, out_steps = [0], [len(text)], [1]
    return NormalizedText("".join(out), tuple(out_starts), tuple(out_sources), tuple(out_steps), len(text))
