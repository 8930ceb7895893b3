"""Synthetic Chinese news articles built from the corpus's sentence patterns, with planted repeats.

Benchmarks need thousands of documents that look like ours to a checker:
sentences with the corpus's shapes (clause lengths, punctuation, figures with
their units, dates), one paragraph per line, a byline, captions, the odd
standing paragraph of a series. They must *not* share long passages by
accident, or every benchmark measures the generator instead of the check.

So a sentence keeps the shape of a real corpus sentence, token by token, and
refills it: each run of Chinese characters is rebuilt from two-character pieces
drawn from the corpus (frequent pieces more often), each figure gets a new
number of the same form and keeps its unit (`480万元` -> `317万元`, `2023年` ->
another year). Accidental shared runs of 20 characters are then rare, while
short shared phrases and boilerplate are as common as in real papers.

Repeats are planted on top, and every one is listed in the answer key
(`Planted`): where the copy is, where its source is, and what a checker should
call it. The generator is deterministic for a given seed, and documents are
named so that path order is creation order (`synthetic/00042.txt`): a copy
always comes after its source.

    from bench.synthetic import generate
    corpus = generate(1000, seed=7)
    corpus.documents   # {path: text}
    corpus.planted     # [Planted(kind="truncated", path=..., line=..., source_path=..., source_line=...), ...]
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# Kinds of planted repeats, and the kind of finding each should produce.
WITHIN_KINDS = ("exact", "exact-punctuation", "truncated", "truncated-start", "near", "figure")
CROSS_KINDS = ("cross-exact", "cross-near", "cross-figure", "cross-passage")
EXPECTED_KIND = {
    "exact": "exact",
    "exact-punctuation": "exact",
    "truncated": "truncated",
    "truncated-start": "truncated",
    "near": "near",
    "figure": "figures",
    "cross-exact": "exact",
    "cross-near": "near",
    "cross-figure": "figures",
    "cross-passage": "passage",
}

_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+[”’」』\"]?")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_UNIT = r"(?:平方米|万元|亿元|元|人次|人|名|个|家|所|项|场次|场|次|批|户|亩|吨|倍|年|月|日|天|%)"
_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:多|余)?(?:万|亿)?" + _UNIT + "?")
_TOKEN = re.compile(r"[\u4e00-\u9fff]+|" + _FIGURE.pattern + r"|.", re.S)
_NUMERALS = set("零〇一二两三四五六七八九十百千万亿")
# Normalization must make these copies equal to their sources (full width -> ASCII).
_ASCII_PUNCTUATION = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"})

_BYLINE_NAMES = ("王恩旭", "严春花", "朱蓓宁", "衣冠宇", "王兆志", "陈晓东", "李明", "张洁")
_STANDING_PARAGRAPHS = (
    "即日起，本报推出“援疆工作纪实”系列报道，全面展示援疆工作新亮点、新特色、新成绩，敬请关注。",
    "本版图片除署名外均由援疆工作组提供，转载请注明出处，欢迎读者提供新闻线索。",
)


@dataclass(frozen=True)
class Planted:
    kind: str  # one of WITHIN_KINDS or CROSS_KINDS
    path: str  # document holding the copy
    line: int  # line of the copy (1-based)
    source_path: str
    source_line: int

    @property
    def expected(self) -> str:
        """The kind of finding a duplicate checker should report for this repeat."""
        return EXPECTED_KIND[self.kind]

    @property
    def cross_document(self) -> bool:
        return self.kind.startswith("cross-")


@dataclass
class SyntheticCorpus:
    documents: dict[str, str] = field(default_factory=dict)
    planted: list[Planted] = field(default_factory=list)

    @property
    def characters(self) -> int:
        return sum(len(text) for text in self.documents.values())


@dataclass
class _Paragraph:
    text: str
    kind: str = "body"  # body, title, byline, caption, standing, copy
    original: bool = True  # may serve as the source of a planted repeat


class _Patterns:
    """What the generator draws from: sentence shapes and the two-character pieces of the corpus."""

    def __init__(self, corpus: Path = CORPUS):
        self.shapes: list[list[tuple[str, str]]] = []
        pieces: list[str] = []
        for path in sorted(corpus.glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                for run in _CJK.findall(line):
                    pieces.extend(run[i : i + 2] for i in range(0, len(run) - 1, 2))
                for sentence in _SENTENCE.findall(line):
                    shape = _shape(sentence.strip())
                    if shape and 12 <= sum(_length(token) for token in shape) <= 160:
                        self.shapes.append(shape)
        self.pieces = [piece for piece in pieces if len(piece) == 2]
        self.figure_shapes = [shape for shape in self.shapes if any(kind == "figure" for kind, _ in shape)]


@lru_cache(maxsize=4)
def _patterns(corpus: Path) -> _Patterns:
    # read-only after construction, so one parse serves every generate() call
    return _Patterns(corpus)


def _shape(sentence: str) -> list[tuple[str, str]]:
    tokens = []
    for match in _TOKEN.finditer(sentence):
        text = match.group()
        if _CJK.fullmatch(text):
            tokens.append(("cjk", text))
        elif text[0].isdigit():
            tokens.append(("figure", text))
        elif not text.isspace():
            tokens.append(("literal", text))
    return tokens


def _length(token: tuple[str, str]) -> int:
    return len(token[1])


class _Writer:
    def __init__(self, patterns: _Patterns, rng: random.Random):
        self.patterns = patterns
        self.rng = rng

    def words(self, length: int) -> str:
        pieces = self.patterns.pieces
        choice = self.rng.choice
        text = "".join(choice(pieces) for _ in range((length + 1) // 2))
        return text[:length]

    def figure(self, written: str) -> str:
        match = re.match(r"([0-9]+)(?:\.([0-9]+))?(.*)", written)
        whole, decimals, rest = match.group(1), match.group(2), match.group(3)
        rng = self.rng
        if rest.startswith("年") and len(whole) == 4:
            number = str(rng.randint(2000, 2025))
        elif rest.startswith("月"):
            number = str(rng.randint(1, 12))
        elif rest.startswith("日"):
            number = str(rng.randint(1, 28))
        else:
            number = str(rng.randint(10 ** (len(whole) - 1) if len(whole) > 1 else 1, 10 ** len(whole) - 1))
        if decimals:
            number += "." + "".join(str(rng.randint(0, 9)) for _ in decimals)
        return number + rest

    def sentence(self, shapes: Sequence[list[tuple[str, str]]] | None = None) -> str:
        shape = self.rng.choice(shapes or self.patterns.shapes)
        parts = []
        for kind, text in shape:
            if kind == "cjk":
                parts.append(self.words(len(text)))
            elif kind == "figure":
                parts.append(self.figure(text))
            else:
                parts.append(text)
        return "".join(parts)

    def paragraph(self) -> str:
        sentences = [self.sentence()]
        # most body paragraphs carry a figure, as news paragraphs do
        if self.rng.random() < 0.7:
            sentences.append(self.sentence(self.patterns.figure_shapes))
        sentences.extend(self.sentence() for _ in range(self.rng.randint(0, 2)))
        self.rng.shuffle(sentences)
        return "".join(sentences)

    def document(self) -> list[_Paragraph]:
        rng = self.rng
        paragraphs = [
            _Paragraph(self.words(rng.randint(8, 18)), "title", False),
            _Paragraph(f"本报记者 {rng.choice(_BYLINE_NAMES)}", "byline", False),
        ]
        if rng.random() < 0.1:
            paragraphs.append(_Paragraph(rng.choice(_STANDING_PARAGRAPHS), "standing", False))
        for _ in range(rng.randint(6, 16)):
            paragraphs.append(_Paragraph(self.paragraph()))
            if rng.random() < 0.08:
                paragraphs.append(
                    _Paragraph(
                        self.words(rng.randint(6, 14)) + "。" + rng.choice(_BYLINE_NAMES) + "摄", "caption", False
                    )
                )
        return paragraphs


def generate(
    count: int,
    seed: int = 0,
    within_rate: float = 0.2,
    cross_rate: float = 0.1,
    directory: str = "synthetic",
    corpus: Path = CORPUS,
) -> SyntheticCorpus:
    """`count` documents; about `within_rate` of them repeat one of their own paragraphs, `cross_rate` one of another's."""
    rng = random.Random(seed)
    writer = _Writer(_patterns(corpus), rng)
    result = SyntheticCorpus()
    built: list[tuple[str, list[_Paragraph]]] = []
    pending: list[tuple[str, _Paragraph, str, _Paragraph]] = []  # kind, copy, source path, source paragraph
    width = max(5, len(str(count)))
    for number in range(count):
        path = f"{directory}/{number:0{width}d}.txt"
        paragraphs = writer.document()
        if rng.random() < within_rate:
            planted = _plant_within(paragraphs, rng, writer)
            if planted is not None:
                kind, copy, source = planted
                pending.append((kind, copy, path, source))
        if built and rng.random() < cross_rate:
            planted = _plant_cross(paragraphs, built, rng, writer)
            if planted is not None:
                kind, copy, source_path, source = planted
                pending.append((kind, copy, source_path, source))
        built.append((path, paragraphs))
        result.documents[path] = _render(paragraphs)
    lines = {id(paragraph): (path, line) for path, paragraphs in built for paragraph, line in _lines(paragraphs)}
    for kind, copy, source_path, source in pending:
        path, line = lines[id(copy)]
        result.planted.append(Planted(kind, path, line, source_path, lines[id(source)][1]))
    result.planted.sort(key=lambda planted: (planted.path, planted.line))
    return result


def _render(paragraphs: list[_Paragraph]) -> str:
    # blank lines between paragraphs and two leading blank lines, as in 002 and 004
    return "\n\n" + "\n\n".join(paragraph.text for paragraph in paragraphs) + "\n"


def _lines(paragraphs: list[_Paragraph]):
    for index, paragraph in enumerate(paragraphs):
        yield paragraph, 3 + 2 * index


def _sources(paragraphs: list[_Paragraph], minimum: int, predicate=None) -> list[int]:
    return [
        index
        for index, paragraph in enumerate(paragraphs)
        if paragraph.original and len(paragraph.text) >= minimum and (predicate is None or predicate(paragraph.text))
    ]


def _plant_within(paragraphs: list[_Paragraph], rng: random.Random, writer: _Writer):
    kind = rng.choice(WITHIN_KINDS)
    needs_figure = kind == "figure"
    candidates = _sources(paragraphs, 60, _has_figure if needs_figure else None)
    if not candidates:
        return None
    index = rng.choice(candidates)
    source = paragraphs[index]
    text = _variant(kind, source.text, rng, writer)
    if text is None:
        return None
    copy = _Paragraph(text, "copy", False)
    source.original = False  # a source with a copy must not also be the source of another repeat
    paragraphs.insert(rng.randint(index + 1, len(paragraphs)), copy)
    return kind, copy, source


def _plant_cross(paragraphs: list[_Paragraph], built, rng: random.Random, writer: _Writer):
    kind = rng.choice(CROSS_KINDS)
    source_path, source_paragraphs = built[rng.randrange(len(built))]
    candidates = _sources(source_paragraphs, 60, _has_figure if kind == "cross-figure" else None)
    if not candidates:
        return None
    source = source_paragraphs[rng.choice(candidates)]
    if kind == "cross-passage":
        start = rng.randrange(0, len(source.text) - 40)
        passage = source.text[start : start + rng.randint(40, min(60, len(source.text) - start))]
        text = writer.sentence() + passage + writer.sentence()
    else:
        text = _variant(kind.removeprefix("cross-"), source.text, rng, writer)
        if text is None:
            return None
    source.original = False
    copy = _Paragraph(text, "copy", False)
    paragraphs.insert(rng.randint(2, len(paragraphs)), copy)
    return kind, copy, source_path, source


def _has_figure(text: str) -> bool:
    return _FIGURE.search(text) is not None


_CREDIT_ENDINGS = frozenset("摄绘")


def _variant(kind: str, text: str, rng: random.Random, writer: _Writer) -> str | None:
    if kind == "exact":
        return text
    if kind == "exact-punctuation":
        changed = text.translate(_ASCII_PUNCTUATION)
        return changed if changed != text else None
    if kind in ("truncated", "truncated-start"):
        # cut right after a Chinese character: plainly inside a sentence. Next to
        # punctuation the cut could read as a sentence quoted whole ("。”“" + copy).
        for _ in range(20):
            cut = rng.randint(max(25, len(text) * 3 // 10), len(text) * 8 // 10)
            if not "\u4e00" <= text[cut - 1] <= "\u9fff":
                continue
            if kind == "truncated" and text[cut - 1] in _CREDIT_ENDINGS:
                continue  # "…。李明摄" is a photo caption's credit, which no editor reads as a cut sentence
            if kind == "truncated":
                return text[:cut]
            if text[cut - 1] == "是":
                continue  # "…我是" + a whole sentence: what 是 introduces, said again, as often as a cut
            if len(text) - cut >= 25:
                return text[cut:]
        return None
    if kind == "near":
        # one or two characters replaced, never by or with a numeral (that is the "figure" kind)
        chars = list(text)
        positions = [i for i, ch in enumerate(chars) if "\u4e00" <= ch <= "\u9fff" and ch not in _NUMERALS]
        for position in rng.sample(positions, min(len(positions), rng.randint(1, 2))):
            replacement = chars[position]
            while replacement == chars[position] or replacement in _NUMERALS:
                replacement = rng.choice(writer.patterns.pieces)[0]
            chars[position] = replacement
        return "".join(chars)
    if kind == "figure":
        figures = list(_FIGURE.finditer(text))
        figure = rng.choice(figures)
        digits = [i for i in range(figure.start(), figure.end()) if text[i].isdigit()]
        position = rng.choice(digits)
        digit = text[position]
        replacement = rng.choice(
            [d for d in "123456789" if d != digit] if position == digits[0] else [d for d in "0123456789" if d != digit]
        )
        return text[:position] + replacement + text[position + 1 :]
    raise ValueError(f"unknown kind {kind!r}")
