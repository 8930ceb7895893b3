"""Normalization and quote matching: true positions in the original text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.documents import Document
from auditor.normalize import fold, normalize
from auditor.quotes import find_quote

CORPUS = Path(__file__).parents[1] / "corpus"


def corpus_document(prefix: str) -> Document:
    path = next(CORPUS.glob(f"{prefix}_*.txt"))
    return Document(f"corpus/{path.name}", path.read_text(encoding="utf-8"))


def test_fold_rules():
    assert fold("１２３") == "123"
    assert fold("教育基金，首期。") == "教育基金,首期."
    assert fold("“通伊”") == '"通伊"'
    assert fold("社 会\n稳定") == "社会稳定"
    assert fold("1.2 million  Yuan") == "1.2 million yuan"
    assert fold("援疆 and 宣传") == "援疆and宣传"


def test_origin_map_points_back_to_source():
    text = "天山泰山手牵手, 塔河东海心连心。 对口援疆"
    normalized = normalize(text)
    start = normalized.text.index("塔河")
    assert normalized.to_source(start, start + 2) == (text.index("塔河"), text.index("塔河") + 2)


def test_quote_across_pdf_line_breaks_is_found_at_its_true_position():
    document = corpus_document("001")
    result = find_quote(document, "每年将援疆资金总量的80%用于县及县以下")
    assert len(result.spans) == 1
    start, end = result.spans[0]
    assert document.position(start) == (7, 81)
    # The original span contains the PDF's space inside "县及 县以下".
    assert document.text[start:end] == "每年将援疆资金总量的80%用于县及 县以下"


def test_full_width_quote_matches_ascii_comma_text():
    document = corpus_document("004")
    result = find_quote(document, "今年9月1日，总建筑面积4万平方米")
    assert len(result.spans) == 1
    assert document.position(result.spans[0][0]) == (31, 86)


def test_repeated_quote_has_all_occurrences():
    document = corpus_document("004")
    result = find_quote(document, "投入援疆资金480万元")
    assert [document.position(start)[0] for start, _ in result.spans] == [51, 53]


def test_near_miss_names_the_changed_figure():
    document = corpus_document("004")
    result = find_quote(document, "捐赠启动资金128万元")
    assert result.spans == ()
    assert result.nearest is not None
    assert document.text[result.nearest.start : result.nearest.end] == "捐赠启动资金118万元"
    assert result.nearest.differences == ('the quote has "128万元" where the document has "118万元"',)


def test_unrelated_quote_has_no_near_miss():
    document = corpus_document("004")
    assert find_quote(document, "完全不同的句子与此文无关xyz").nearest is None


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list('教育基金，,。. \n“”"１1２2万元abcAB')), min_size=1, max_size=40), st.data()
)
def test_every_match_is_the_quote_after_normalization(text, data):
    document = Document("x.txt", text)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    if not fold(quote):
        return
    result = find_quote(document, quote)
    assert result.spans, "a substring of the document must be found"
    for span_start, span_end in result.spans:
        assert fold(text[span_start:span_end]) == fold(quote)


def _reference_normalize(text: str) -> tuple[str, list[int]]:
    """The rules of auditor.normalize applied one character at a time: slow, obviously right."""
    import re
    import unicodedata

    from auditor.normalize import _FOLD_TABLE

    chars, origin = [], []
    for index, ch in enumerate(text.translate(_FOLD_TABLE)):
        expanded = unicodedata.normalize("NFKC", ch).translate(_FOLD_TABLE) if ord(ch) > 0x7F else ch
        chars.extend(expanded)
        origin.extend([index] * len(expanded))
    folded = "".join(chars)
    out, out_origin, cursor = [], [], 0
    for match in re.finditer(r"\s+", folded):
        start, end = match.span()
        out.append(folded[cursor:start])
        out_origin.extend(origin[cursor:start])
        before, after = folded[start - 1 : start], folded[end : end + 1]
        if all(c.isalnum() and ord(c) < 0x2E80 for c in before + after) and before and after:
            out.append(" ")
            out_origin.append(origin[start])
        cursor = end
    out.append(folded[cursor:])
    out_origin.extend(origin[cursor:])
    return "".join(out), out_origin


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("教育，,。. \n\t“”１1Ａa…①㎡ﬁ¼½\u3000\u2002・·—e\u0301\u0958İ")), max_size=30)
)
def test_normalize_agrees_with_the_character_by_character_rules(text):
    expected_text, expected_origin = _reference_normalize(text)
    normalized = normalize(text)
    assert normalized.text == expected_text
    assert [normalized.source_offset(i) for i in range(len(expected_text))] == expected_origin
    assert normalized.to_source(len(expected_text), len(expected_text)) == (len(text), len(text))
