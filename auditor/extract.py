"""Drafting claim files: every figure of a document with the shortest quote that identifies it.

`draft(document, ...)` returns the claims an editor would write by hand, as a
starting point: for each figure (ordinals left out), the shortest run of
clauses around it that occurs once in the document (a clause is cut at
Chinese or English clause punctuation, 、 included; it is widened clause by
clause until unique, and `occurrence` is used when even the sentence repeats,
as in 004's pasted-twice paragraph), the value as written, its line:column,
and a suggested key built from the words around the figure (what it counts).

`render(draft)` writes the YAML text itself (no emitter: the comments and the
layout are part of what editors read) and quotes every scalar that would not
read back as the same string. `merge(draft, existing_text, ...)` keeps an
edited claim file, and never turns a failing audit into a passing one:

- claims whose quote is still found stay byte for byte (keys, notes,
  `ignore`, comments), and so do all relations;
- a claim whose quote changed only in its figures (`152.3万人次` edited to
  `162.3万人次`) keeps its id, key, notes and relations: its `quote` (and a
  `value` written as the old figure) are rewritten, so the new value is what
  `check` audits;
- a claim whose text truly vanished stays where it is, untouched: `check`
  reports it (`quote-not-found`), and the merge lists it and exits 1;
- figures no claim covers are added, except those inside a quote listed
  under `skip:` (figures the editor decided are not claims: delete the
  drafted claim and put its quote there, and no merge brings it back).

Every quote is checked the way `auditor check` checks it (auditor.quotes), so
a draft loads and passes quote-not-found, ambiguous-quote and value-not-in-quote.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from auditor.text import HAN

if TYPE_CHECKING:
    from auditor.documents import Document
    from auditor.figures import Figure

# Figures named, not measured: never drafted (coverage does not count them either).
SKIPPED_KINDS = ("ordinal",)
# Lines that are not the article's text: their figures (a byline's date, a page's counters) are not claims.
NOT_ARTICLE_ROLES = ("byline", "furniture", "end")
# A quote grows clause by clause up to this many clauses before `occurrence` is used instead.
MAX_QUOTE_CLAUSES = 6
KEY_MAX_CJK = 8
KEY_MAX_WORDS = 3
SCHEMA_COMMENT = "# yaml-language-server: $schema={schema}"


@dataclass(frozen=True)
class DraftClaim:
    id: str
    key: str
    quote: str
    value: str
    line: int
    column: int
    start: int  # the figure's offsets in the document
    end: int
    occurrence: int | None = None


@dataclass
class Draft:
    document: str  # project-relative path
    published: str
    published_guessed: bool
    claims: list[DraftClaim] = field(default_factory=list)
    skipped: list[tuple[int, int, str, str]] = field(default_factory=list)  # line, column, text, why


# --------------------------------------------------------------------------- quotes


def collapse_whitespace(text: str) -> str:
    """One line of text that the quote matcher reads as the source: a run of whitespace next to a Chinese
    character (a PDF line break inside a word) is dropped, any other run becomes one space."""

    def replace(match: re.Match) -> str:
        start, end = match.span()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        cjk = lambda ch: bool(ch) and ord(ch) >= 0x2E80  # noqa: E731
        return "" if cjk(before) or cjk(after) else " "

    return re.sub(r"\s+", replace, text).strip()


def _quote_spans(reading, index: int):
    """Candidate quote spans for figure `index`, shortest first: its clause, then clauses added around it."""
    sentence_index, clause_index = reading.places[index]
    sentences = reading.sentences
    sentence = sentences[sentence_index]
    figure = reading.figures[index]
    low = high = clause_index
    clauses = sentence.clauses
    yielded = 0
    while yielded < MAX_QUOTE_CLAUSES:
        start = min(clauses[low].start, figure.start)
        end = max(clauses[high].end, figure.end)
        yield start, end
        yielded += 1
        if low == 0 and high == len(clauses) - 1:
            break
        # Grow towards the subject first (it usually comes before the figure), then after.
        if low > 0 and (high == len(clauses) - 1 or (high - clause_index) >= (clause_index - low)):
            low -= 1
        elif high < len(clauses) - 1:
            high += 1


def _fits(document: "Document", quote: str, start: int, end: int, value_figure: "Figure") -> tuple[bool, int | None]:
    """The quote is found at [start, end) and its figures there include the value: (unique, occurrence)."""
    from auditor.quotes import figure_matches, figures_in_span, find_quote

    spans = find_quote(document, quote).spans
    if (start, end) not in spans:
        return False, None
    if not any(figure_matches(value_figure, written) for written in figures_in_span(document, (start, end))):
        return False, None
    if len(spans) == 1:
        return True, None
    return True, spans.index((start, end)) + 1


def choose_quote(document: "Document", reading, index: int) -> tuple[str, int | None] | None:
    """(quote, occurrence) for figure `index`: the shortest unique candidate, else the widest with an occurrence."""
    from auditor.figures import FigureError, parse

    figure = reading.figures[index]
    try:
        value_figure = parse(collapse_whitespace(figure.text))
    except FigureError:
        return None
    fallback = None
    # A quote stays inside the figure's paragraph: a sentence the reader runs on across a line that ends
    # without a full stop ("来源：青禾日报 2024-03-05 10:30") is two paragraphs to an editor.
    floor, ceiling = next(
        ((p.start, p.end) for p in document.paragraphs if p.start <= figure.start < p.end), (0, len(document.text))
    )
    for start, end in _quote_spans(reading, index):
        start, end = max(start, floor), min(end, ceiling)
        start, end = _unwrap(document.text, start, end, figure)
        quote = collapse_whitespace(document.text[start:end])
        found, occurrence = _fits(document, quote, start, end, value_figure)
        if not found:
            continue
        if occurrence is None:
            return quote, None
        fallback = fallback or (quote, occurrence)  # the shortest, when even the sentence repeats
    return fallback


_OPENERS = "“‘「『《（(\"'"
_CLOSERS = "”’」』》）)\"'"


def _unwrap(text: str, start: int, end: int, figure: "Figure") -> tuple[int, int]:
    """Drop a quotation mark or bracket at either end of the span that the span does not close (or open)."""
    while start < figure.start and text[start] in _OPENERS:
        piece = text[start:end]
        closer = _CLOSERS[_OPENERS.index(text[start])]
        if closer != text[start] and closer in piece[1:]:
            break
        if closer == text[start] and piece.count(closer) % 2 == 0:
            break
        start += 1
    while end > figure.end and text[end - 1] in _CLOSERS:
        piece = text[start:end]
        opener = _OPENERS[_CLOSERS.index(text[end - 1])]
        if opener != text[end - 1] and opener in piece[:-1]:
            break
        if opener == text[end - 1] and piece.count(opener) % 2 == 0:
            break
        end -= 1
    return start, end


# --------------------------------------------------------------------------- keys

_TRAILING_CJK = re.compile(
    r"(?:达到|达|为|是|有|共|共计|合计|累计|筹得|筹集|募集|捐赠|约|近|超过|超|逾|增加|增长|带动|吸纳|提供|"
    r"拉动|覆盖|惠及|接待|引进|实现|完成|计划|预计|已|已经|拥有|突破|高达|仅|将|于|在|的|了|和|以及|及|与|等|自|从|"
    r"截至|至|可|能)+$"
)
_LEADING_CJK = re.compile(r"^(?:其中|并|且|还|也|又|共|已|将|在|对|为|向|从|自|由|把|让|使|等|的|和|及|是)+")
# What a key says when the words around a figure say nothing usable, by kind (Chinese, English).
FALLBACK_PHRASES = {
    "year": ("年份", "year"),
    "date": ("日期", "date"),
    "relative-date": ("日期", "date"),
    "percent": ("比例", "share"),
    "span": ("时长", "span"),
    "anniversary": ("周年", "anniversary"),
}
_COUNTING_DIMENSIONS = ("[count]", "[person]", "[household]", "[person_time]")
_CJK = HAN
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_PREVIOUS_ITEM = re.compile(r"^\s{0,3}(?:for|on|towards|toward)\s[^,;]{0,60}?(?:,|\band\b)\s{0,3}", re.IGNORECASE)
# What an English amount is for, right after it: "$1.5 million for the pool", "£40,000 on repairs".
_ITEM_AFTER = re.compile(r"\s{0,3}(?:for|on|towards|toward)\s+([A-Za-z][A-Za-z'’ -]{0,60})", re.IGNORECASE)


def _cjk_tail(text: str) -> str:
    """The last run of Chinese characters of `text` (its quotation marks dropped), trimmed of figure verbs."""
    text = re.sub(r"[“”\"'‘’《》「」『』]", "", text)
    runs = re.findall(rf"[{_CJK}]+", text)
    if not runs:
        return ""
    tail = _TRAILING_CJK.sub("", runs[-1])
    return _LEADING_CJK.sub("", _whole_words_tail(tail))


# Characters after which a new word starts (function words and verbs that introduce what is counted):
# "下一步将投入" keeps "投入", not "步将投入".
_WORD_BREAKS = frozenset("的在和与及是为了将对向从把被由于以其并也都又就还已共约")


def _whole_words_tail(run: str) -> str:
    """The end of a run of Chinese characters, at most KEY_MAX_CJK long, starting at a word: after a
    function word, or at the start of a place name (never inside "吴兴区")."""
    if len(run) <= KEY_MAX_CJK:
        return run
    floor = len(run) - KEY_MAX_CJK
    for position in range(floor, len(run) - 1):
        if run[position - 1] in _WORD_BREAKS:
            return run[position:]
    from auditor.places import places_in

    for mention in places_in(run, 0, len(run)):
        start, end = mention.start, mention.end
        if start < floor < end:  # the cut falls inside a place name: keep the whole name
            return run[start:] if len(run) - start <= KEY_MAX_CJK + 3 else run[end:]
    return run[floor:]


def _cjk_head(text: str) -> str:
    """What a counting figure counts: the Chinese characters right after it (15个"援疆项目")."""
    match = re.match(rf"[{_CJK}]+", text)
    if not match:
        return ""
    word = _LEADING_CJK.sub("", match.group(0))
    for stop in ("的", "实现", "参与", "就读", "全部", "已", "将", "在", "和", "及", "等", "获得", "受益"):
        position = word.find(stop)
        if position > 0:
            word = word[:position]
    return word[:4]


def suggest_key(reading, index: int) -> str:
    """A key from the words around the figure: what it is about (before it) and what it counts (after it)."""
    from auditor.discovery import ENGLISH_STOPWORDS, FIGURE_VERBS

    figure = reading.figures[index]
    text = reading.document.text
    clause = reading.clause_of(index)
    # Only the words between this figure and its neighbours in the clause: "140名干部人才以及280名医疗…".
    inside = reading.figures_in(clause.start, clause.end)
    start = max([clause.start] + [reading.figures[i].end for i in inside if reading.figures[i].end <= figure.start])
    end = min([clause.end] + [reading.figures[i].start for i in inside if reading.figures[i].start >= figure.end])
    before = text[start : figure.start]
    after = text[figure.end : end]
    sentence_index, clause_index = reading.places[index]
    if clause_index > 0 and start == clause.start:
        # Little before the figure in its clause ("3.2 km long", "2023年，…"): the clause before names the subject.
        previous = reading.sentences[sentence_index].clauses[clause_index - 1]
        words = _WORD.findall(before)
        if not re.search(rf"[{_CJK}]{{2}}", before) and len(words) < 2:
            before = text[previous.start : previous.end] + " " + before
    if re.search(rf"[{_CJK}]", before + after):
        subject = _cjk_tail(before)
        counted = _cjk_head(after.lstrip()) if figure.dimension in _COUNTING_DIMENSIONS else ""
        if figure.kind in ("year", "date", "relative-date") and not counted:
            counted = _cjk_head(after.lstrip())[:4]
        parts = [part for part in (subject, counted) if part]
        return ".".join(parts)
    skip = ENGLISH_STOPWORDS | {w for w in FIGURE_VERBS if w.isascii()}
    item = _ITEM_AFTER.match(after)
    if item:
        # "$2 million for the library, $1.5 million for the pool": the item named after the amount, not the one
        # before it (which belongs to the previous amount).
        named = [w.lower() for w in _WORD.findall(item.group(1)) if w.lower() not in skip][:KEY_MAX_WORDS]
        if named:
            return " ".join(named)
    if start > clause.start:
        # After another amount of the clause, the words up to "and" or a comma are still that amount's item.
        before = _PREVIOUS_ITEM.sub("", before)
    words = [w.lower().strip("'’") for w in _WORD.findall(before)]
    words = [w for w in words if w not in skip][-KEY_MAX_WORDS:]
    if not words or figure.dimension in _COUNTING_DIMENSIONS:
        following = [w.lower() for w in _WORD.findall(after)[:4] if w.lower() not in skip][:2]
        words = words + following
    return " ".join(words)


def _fallback_phrase(figure: "Figure", chinese: bool) -> str:
    phrases = FALLBACK_PHRASES.get(figure.kind)
    if phrases:
        return phrases[0 if chinese else 1]
    return figure.unit or figure.kind


# --------------------------------------------------------------------------- drafting


def document_tag(document_path: str) -> str:
    """What a document's drafted ids and keys start with: 002 for corpus/002_28a0e6980402f326.txt, huzhou for
    huzhou_tourism.txt; letters, digits, . _ - only."""
    name = document_path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    stem = name.split("_", 1)[0] if "_" in name else name
    tag = re.sub(r"[^A-Za-z0-9_.-]", "-", stem).strip("-") or "doc"
    if tag != stem:
        # Lossy (新闻 and 报道 would both be "doc", "a b" and "a-b" both "a-b"): a few hex digits of the name keep
        # the drafts of two documents from sharing ids and keys.
        import hashlib

        tag += "-" + hashlib.sha256(stem.encode("utf-8", "surrogateescape")).hexdigest()[:6]
    return tag


def id_prefix(document_path: str) -> str:
    """c002 for corpus/002_28a0e6980402f326.txt, huzhou for huzhou_tourism.txt.

    The `c` goes only before a tag that opens with a digit: before a name it makes another word (huzhou,
    a city, would become chuzhou, another)."""
    tag = document_tag(document_path)
    return f"c{tag}" if tag[0].isdigit() else tag


def draft(
    document: "Document",
    published: str,
    *,
    published_guessed: bool = False,
    taken_ids: set[str] | None = None,
    only: set[int] | None = None,
) -> Draft:
    """Draft claims for every figure of `document` (or only those starting at the offsets in `only`)."""
    from auditor.discovery import read_document

    reading = read_document(document, only_prose=False)
    result = Draft(document.path, published, published_guessed)
    prefix = id_prefix(document.path)
    tag = document_tag(document.path)  # keys start with it until an editor names the subject
    chinese = bool(re.search(rf"[{_CJK}]", document.text))
    taken = set(taken_ids or ())
    counter = 0
    used_keys: dict[str, int] = {}
    furniture = [(p.start, p.end) for p in document.paragraphs if p.role in NOT_ARTICLE_ROLES]
    for index, figure in enumerate(reading.figures):
        if figure.kind in SKIPPED_KINDS or (only is not None and figure.start not in only):
            continue
        line, column = document.position(figure.start)
        if any(start <= figure.start < end for start, end in furniture):
            result.skipped.append(
                (line, column, figure.text, "in a byline, a dateline or page furniture, not the article")
            )
            continue
        chosen = choose_quote(document, reading, index)
        if chosen is None:
            result.skipped.append((line, column, figure.text, "no quote around it reads back as this figure"))
            continue
        quote, occurrence = chosen
        counter += 1
        claim_id = f"{prefix}-{counter:03d}"
        while claim_id in taken:
            counter += 1
            claim_id = f"{prefix}-{counter:03d}"
        taken.add(claim_id)
        key = f"{tag}.{suggest_key(reading, index) or _fallback_phrase(figure, chinese)}"
        used_keys[key] = used_keys.get(key, 0) + 1
        if used_keys[key] > 1:
            key = f"{key}({used_keys[key]})"
        result.claims.append(
            DraftClaim(
                claim_id,
                key,
                quote,
                collapse_whitespace(figure.text),
                line,
                column,
                figure.start,
                figure.end,
                occurrence,
            )
        )
    return result


# --------------------------------------------------------------------------- YAML text


def scalar(text: str) -> str:
    """`text` as a YAML scalar: plain when it reads back as the same string, else double-quoted."""
    import json

    import yaml

    if (
        text
        and text == text.strip()
        and "\n" not in text
        and not text.startswith(("'", '"', "#", "-", "?", ":", "[", "{", "!", "&", "*", "|", ">", "%", "@", "`"))
    ):
        try:
            if yaml.safe_load(f"k: {text}") == {"k": text}:
                return text
        except yaml.YAMLError:
            pass
    return json.dumps(text, ensure_ascii=False)


def claim_lines(claim: DraftClaim, indent: int = 2) -> list[str]:
    """One claim as block YAML, its dash at column `indent`; the figure's line:column as a comment."""
    dash, body = " " * indent + "- ", " " * (indent + 2)
    lines = [
        f"{dash}id: {scalar(claim.id)}",
        f"{body}key: {scalar(claim.key)}",
        f"{body}quote: {scalar(claim.quote)}",
        f"{body}value: {scalar(claim.value)}  # {claim.line}:{claim.column}",
    ]
    if claim.occurrence is not None:
        lines.append(
            f"{body}occurrence: {claim.occurrence}  # the quote occurs more than once; this is the place meant"
        )
    return lines


def render(result: Draft, schema: str | None = None) -> str:
    lines = []
    if schema:
        lines.append(SCHEMA_COMMENT.format(schema=schema))
    lines += [
        f"# Draft claims for {result.document}, written by `auditor extract`.",
        "# Review each claim. Suggested keys start with the document's tag, so no two documents share one",
        "# yet: rename a key to `subject.measure` when you confirm it (claims about one thing share a key,",
        "# across documents too). Delete the claims not worth auditing; add `relations`.",
        "# After editing the document, `auditor extract DOC --merge THIS.yaml` keeps your work.",
        f"document: {scalar(result.document)}",
    ]
    published = f"published: {scalar(result.published)}"
    if result.published_guessed:
        published += "  # published: please confirm (taken from the file's modification date)"
    lines.append(published)
    lines.append("claims:" if result.claims else "claims: []")
    for claim in result.claims:
        lines += claim_lines(claim)
    for line, column, text, why in result.skipped:
        lines.append(f"  # skipped {text} at {line}:{column}: {why}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- merging


class MergeError(ValueError):
    """The existing claim file cannot be merged (its problem, located)."""


@dataclass
class MergeResult:
    text: str
    kept: list[str]
    added: list[str]
    vanished: list[tuple[str, str]]  # (claim id, quote): left in place for `check` to report
    updated: list[tuple[str, str, str]] = field(default_factory=list)  # (claim id, old quote, new quote)


def _lines_of(node, text: str) -> tuple[int, int]:
    """[first, last) line numbers (0-based) covered by a block sequence item."""
    start, end = node.start_mark, node.end_mark
    line_start = text.rfind("\n", 0, end.index) + 1
    last = end.line if text[line_start : end.index].strip() == "" else end.line + 1
    return start.line, last


def _scalar_fields(node) -> dict[str, str]:
    import yaml

    fields = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and isinstance(value, yaml.ScalarNode):
                fields[key.value] = value.value
    return fields


def merge(
    existing_text: str, existing_name: str, document: "Document", published: str, published_guessed: bool
) -> MergeResult:
    """Merge a fresh draft of `document` into an edited claim file (see the module docstring)."""
    import yaml

    from auditor.figures import FigureError, parse
    from auditor.quotes import figure_matches, figures_in_span, find_quote

    try:
        root = yaml.compose(existing_text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise MergeError(f"{existing_name}: not valid YAML: {exc}".splitlines()[0]) from None
    if not isinstance(root, yaml.MappingNode):
        raise MergeError(f"{existing_name}: a claim file is a mapping with `document`, `published` and `claims`")
    top = {key.value: value for key, value in root.value if isinstance(key, yaml.ScalarNode)}
    named = top.get("document")
    if isinstance(named, yaml.ScalarNode) and posixpath.normpath(str(named.value)) != posixpath.normpath(document.path):
        # Merging another article's claims would set them all aside and keep the wrong `document`.
        raise MergeError(
            f"{existing_name}:{named.start_mark.line + 1}: the claim file is for {named.value}, not {document.path}"
        )
    claims_node = top.get("claims")
    if claims_node is None or not isinstance(claims_node, yaml.SequenceNode):
        raise MergeError(f"{existing_name}: no `claims` list to merge into")
    if claims_node.flow_style and claims_node.value:
        raise MergeError(
            f"{existing_name}:{claims_node.start_mark.line + 1}: `claims` is written inline ([...]); "
            "write one claim per block (`- id: …`) to merge"
        )

    kept_ids: list[str] = []
    vanished: list[tuple[str, str]] = []
    updated: list[tuple[str, str, str]] = []
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in existing_text, one line each
    covered: set[int] = set()
    taken: set[str] = set()
    last_claim_line = claims_node.end_mark.line
    for item in claims_node.value:
        fields = _scalar_fields(item)
        claim_id = fields.get("id", "")
        taken.add(claim_id)
        quote = fields.get("quote", "")
        spans = find_quote(document, quote).spans if quote.strip() else ()
        occurrence = int(fields["occurrence"]) if fields.get("occurrence", "").isdigit() else 1
        last_claim_line = _lines_of(item, existing_text)[1]
        if not spans or occurrence > len(spans):
            moved = _figures_changed(document, quote, item) if occurrence == 1 else None
            if moved is None:
                vanished.append((claim_id, quote))
                continue
            new_quote, value_edit, span = moved
            edits.append(_scalar_edit(item, "quote", new_quote))
            if value_edit is not None:
                edits.append(_scalar_edit(item, "value", value_edit))
            updated.append((claim_id, quote, new_quote))
            fields = {**fields, "quote": new_quote, **({"value": value_edit} if value_edit is not None else {})}
        else:
            span = spans[occurrence - 1]
        kept_ids.append(claim_id)
        written = figures_in_span(document, span)
        try:
            wanted = parse(fields["value"]) if fields.get("value") else (written[0] if len(written) == 1 else None)
        except FigureError:
            wanted = None
        for figure in written:
            if wanted is not None and figure_matches(wanted, figure):
                covered.add(figure.start)
                break

    skipped = _skipped_figures(document, top.get("skip"))
    uncovered = {
        f.start
        for f in document.figures
        if f.kind not in SKIPPED_KINDS and f.start not in covered and f.start not in skipped
    }
    fresh = draft(document, published, published_guessed=published_guessed, taken_ids=taken, only=uncovered)
    indent = claims_node.value[0].start_mark.column - 2 if claims_node.value else 2
    replaced = _replacements(fresh, vanished)

    text = existing_text
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    lines = text.split("\n")
    added = _added_block(fresh, indent, replaced)
    if claims_node.value:
        out = lines[:last_claim_line] + added + lines[last_claim_line:]
    else:  # `claims: []`
        header = claims_node.start_mark.line
        out = lines[:header] + [lines[header].replace("[]", "").rstrip()] + added + lines[header + 1 :]
    while out and out[-1] == "":
        out.pop()
    return MergeResult("\n".join(out) + "\n", kept_ids, [c.id for c in fresh.claims], vanished, updated)


# A figure in a quote: its digits (the part an editor retypes), matched by any digits in the document.
_DIGITS_PATTERN = r"\d{1,20}(?:[.,]\d{1,6}){0,6}"
_DIGITS = re.compile(_DIGITS_PATTERN)


def _figures_changed(document: "Document", quote: str, item) -> tuple[str, str | None, tuple[int, int]] | None:
    """(new quote, new value or None, its span) when the quote occurs once in the document with only its
    digits changed ("152.3万人次" → "162.3万人次"), else None."""
    from auditor.quotes import find_quote

    pieces = _DIGITS.split(quote)
    digits = _DIGITS.findall(quote)
    if not digits or not _one_line_scalars(item, ("quote", "value")):
        return None
    pattern = "".join(
        re.escape(piece) + (f"({_DIGITS_PATTERN})" if i < len(digits) else "") for i, piece in enumerate(pieces)
    )
    matches = list(re.finditer(pattern, document.text))
    if len(matches) != 1:
        return None
    match = matches[0]
    new_quote = match.group(0)
    if new_quote == quote or len(find_quote(document, new_quote).spans) != 1:
        return None
    value = _scalar_fields(item).get("value")
    new_value = None
    if value:
        # A value written as in the quote follows its digits; one written otherwise (15280万元 for 1.528亿元) is
        # the editor's reading, and stays for `check` to compare with the new figure.
        for old, new in zip(digits, match.groups()):
            # Only a whole number of the value: the 1 of "1号馆" is not the 15 of "15万人次".
            whole = re.compile(rf"(?<![\d.,]){re.escape(old)}(?![\d.,])")
            if old != new and whole.search(value):
                new_value = whole.sub(new, value, count=1)
                break
    return new_quote, new_value, match.span()


def _one_line_scalars(item, keys: tuple[str, ...]) -> bool:
    """Whether each of `keys` present in a claim's mapping is a scalar written on one line (editable in place)."""
    import yaml

    return all(
        isinstance(value, yaml.ScalarNode) and value.start_mark.line == value.end_mark.line
        for key, value in item.value
        if getattr(key, "value", None) in keys
    )


def _scalar_edit(item, key: str, value: str) -> tuple[int, int, str]:
    """Replace the scalar of `key` in a claim's mapping with `value`, written as `scalar` writes it."""
    written = scalar(value)
    if item.flow_style and written == value and any(ch in value for ch in ",[]{}"):
        import json

        written = json.dumps(value, ensure_ascii=False)  # inside `{…}` a plain comma would end the scalar
    for key_node, value_node in item.value:
        if getattr(key_node, "value", None) == key:
            return value_node.start_mark.index, value_node.end_mark.index, written
    raise MergeError(f"no `{key}` to update")


def _skipped_figures(document: "Document", node) -> set[int]:
    """Starts of the figures inside the quotes listed under `skip:`."""
    import yaml

    from auditor.quotes import figures_in_span, find_quote

    starts: set[int] = set()
    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            if isinstance(item, yaml.ScalarNode) and item.value.strip():
                for span in find_quote(document, item.value).spans:
                    starts.update(figure.start for figure in figures_in_span(document, span))
    return starts


# A new claim whose quote reads this much like a vanished one's (difflib ratio) probably replaces it.
REPLACES_RATIO = 0.75


def _replacements(fresh: Draft, vanished: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """New claim id -> (vanished claim id, its quote) when the new quote reads like the vanished one."""
    import difflib

    found = {}
    for claim in fresh.claims:
        best = max(
            (
                (difflib.SequenceMatcher(None, claim.quote, quote).ratio(), claim_id, quote)
                for claim_id, quote in vanished
            ),
            default=None,
        )
        if best is not None and best[0] >= REPLACES_RATIO:
            found[claim.id] = (best[1], best[2])
    return found


def _added_block(fresh: Draft, indent: int, replaced: dict[str, tuple[str, str]]) -> list[str]:
    if not fresh.claims:
        return []
    lines = [" " * indent + "# added by `auditor extract --merge`: figures no claim covered"]
    for claim in fresh.claims:
        block = claim_lines(claim, indent)
        if claim.id in replaced:
            old_id, old_quote = replaced[claim.id]
            block.insert(
                1,
                f"{' ' * (indent + 2)}# the text changed here: the quote of claim {old_id} "
                f"({scalar(old_quote)}) is no longer found",
            )
        lines += block
    return lines
