"""Claim files: what an editor asserts about the figures of a document.

Only this module sees raw YAML. It validates at the edge: every problem
becomes an `InputProblem` with the claim file's `path:line:col` (from the
YAML node marks), and all problems of all files are reported together.

The format is documented in docs/claims.md and as a JSON Schema in
auditor/schemas/claims.schema.json.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from auditor.errors import InputProblem
from auditor.io import read_input_or_problem
from auditor.paths import display_path
from auditor.suggest import did_you_mean

if TYPE_CHECKING:
    from auditor.audit import Audit
    from auditor.figures import Figure

MAX_CLAIM_FILE_BYTES = 4 * 1024 * 1024
MAX_NESTING = 12
_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
_DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")

FILE_KEYS = ("document", "published", "title", "note", "claims", "relations", "skip")
CLAIM_KEYS = ("id", "key", "quote", "value", "occurrence", "as_of", "note", "ignore", "reason")
RELATION_KINDS = {
    # kind -> (anchor key, members key, allowed keys)
    "shares": (None, "shares", ("shares", "of", "exhaustive", "overlap", "note", "ignore", "reason")),
    "parts": ("whole", "parts", ("whole", "parts", "note", "ignore", "reason")),
    "sum": ("total", "sum", ("total", "sum", "note", "ignore", "reason")),
    "span": ("span", None, ("span", "from", "to", "note", "ignore", "reason")),
    "share": ("share", None, ("share", "part", "whole", "note", "ignore", "reason")),
    "change": ("change", None, ("change", "from", "to", "note", "ignore", "reason")),
    "average": ("average", None, ("average", "total", "count", "note", "ignore", "reason")),
}
# The key that names a relation's kind. `whole:` alone still means a parts relation (its members are missing).
_KIND_KEYS = {
    "shares": "shares",
    "parts": "parts",
    "sum": "sum",
    "span": "span",
    "share": "share",
    "change": "change",
    "average": "average",
}
_REQUIRED_KEYS = {
    "shares": ("shares", "of"),
    "parts": ("whole", "parts"),
    "sum": ("total", "sum"),
    "span": ("span", "from"),
    "share": ("share", "part", "whole"),
    "change": ("change", "from", "to"),
    "average": ("average", "total", "count"),
}


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, month or day (`published: 2024-06`)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)


@dataclass(frozen=True)
class Mark:
    """Where something is in a claim file (1-based)."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Claim:
    """One figure of a document, as a claim file states it, with its quote and where it was written."""

    id: str
    key: str
    quote: str
    value: str | None  # as written in the claim file; None: the quote's only figure
    document: str  # project-relative path of the document
    published: PartialDate
    mark: Mark  # the claim's mapping in the claim file
    quote_mark: Mark
    value_mark: Mark
    occurrence: int | None = None
    as_of: PartialDate | None = None
    note: str | None = None
    ignore: tuple[str, ...] = ()
    reason: str | None = None
    figure: "Figure | None" = None  # filled by resolve_claims


@dataclass(frozen=True)
class Relation:
    """A declared relation between claims; the consistency checks read these.

    kind "shares": `members` are shares (percent) of one total named `label`.
    kind "parts": `anchor` is the whole, `members` its parts.
    kind "sum": `anchor` is the total, `members` its components.
    kind "span": `anchor` is a span or anniversary claim; `start`/`end` are
    claim ids, literal years ("2010") or "published".
    kind "share": `anchor` is a percentage claim, the share `part` is of `whole`.
    kind "change": `anchor` is a change claim (增长22.4%, 提高10.8个百分点,
    增加了300万元, 1.86倍) between the claims `start` (before) and `end` (after).
    kind "average": `anchor` is an average (人均, 户均, each) of the claim `whole`
    (the total) over the claim `part` (the count).
    """

    kind: str
    mark: Mark
    anchor: str | None = None
    members: tuple[str, ...] = ()
    label: str | None = None
    exhaustive: bool = False
    overlap: str | None = None
    start: str | None = None
    end: str | None = None
    part: str | None = None
    whole: str | None = None
    note: str | None = None
    ignore: tuple[str, ...] = ()
    reason: str | None = None

    @property
    def claim_ids(self) -> tuple[str, ...]:
        ids = [self.anchor] if self.anchor else []
        ids.extend(self.members)
        ids.extend(claim_id for claim_id in (self.part, self.whole) if claim_id)
        for endpoint in (self.start, self.end):
            if endpoint and (self.kind == "change" or not _is_literal_endpoint(endpoint)):
                ids.append(endpoint)
        return tuple(ids)


@dataclass(frozen=True)
class ClaimFile:
    """A claim file: the document it is about, its publication date, its claims and relations."""

    path: str  # as shown in messages (project-relative when inside the root)
    document: str
    document_mark: tuple[int, int]
    published: PartialDate
    claims: tuple[Claim, ...]
    relations: tuple[Relation, ...]
    title: str | None = None
    # Ids of the file's claims that failed to load (their problems are reported): a relation naming one is
    # not also "unknown".
    unread_ids: frozenset[str] = frozenset()


def _is_literal_endpoint(value: str) -> bool:
    return value == "published" or bool(_DATE_PATTERN.match(value))


def parse_partial_date(text: str) -> PartialDate | None:
    match = _DATE_PATTERN.match(text.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        import calendar

        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            return None
    return PartialDate(year, month, day)


# --------------------------------------------------------------------------- YAML


def _place(text: str, mark) -> tuple[int, int]:
    """1-based (line, column) of a YAML mark, counting lines as editors do: YAML also breaks lines at U+2028,
    U+2029 and U+0085, which would put an error past the last line an editor shows."""
    index = min(mark.index, len(text))
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


class _Reader:
    """Turns a composed YAML node tree into checked values, collecting problems."""

    def __init__(self, path: str, text: str = ""):
        self.path = path
        self.text = text
        self.problems: list[InputProblem] = []
        self._seen: set[int] = set()

    def mark(self, node: yaml.Node) -> Mark:
        return Mark(self.path, *_place(self.text, node.start_mark))

    def problem(self, node: yaml.Node | None, message: str) -> None:
        if node is None:
            self.problems.append(InputProblem(self.path, message))
        else:
            mark = self.mark(node)
            self.problems.append(InputProblem(self.path, message, mark.line, mark.column))

    def check_tree(self, node: yaml.Node, depth: int = 0) -> bool:
        """Reject aliases (an alias bomb expands exponentially) and deep nesting; report duplicate keys."""
        if depth > MAX_NESTING:
            self.problem(node, f"nested deeper than {MAX_NESTING} levels")
            return False
        if id(node) in self._seen:
            self.problem(node, "YAML anchors and aliases are not supported in claim files")
            return False
        self._seen.add(id(node))
        ok = True
        if isinstance(node, yaml.MappingNode):
            keys: dict[str, yaml.Node] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    self.problem(key_node, "mapping keys must be plain strings")
                    ok = False
                    continue
                if key_node.tag == "tag:yaml.org,2002:merge":
                    self.problem(key_node, "YAML merge keys (<<) are not supported in claim files")
                    ok = False
                    continue
                if key_node.value in keys:
                    first = self.mark(keys[key_node.value])
                    # Reported, but not fatal: reading goes on so the file's other problems show in the same run.
                    self.problem(key_node, f'duplicate key "{key_node.value}" (first at line {first.line})')
                keys[key_node.value] = key_node
                ok = self.check_tree(value_node, depth + 1) and ok
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                ok = self.check_tree(item, depth + 1) and ok
        return ok

    def mapping(self, node: yaml.Node, what: str, allowed: tuple[str, ...]) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping, not {_describe(node)}")
            return None
        result: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key not in allowed:
                self.problem(key_node, f'unknown key "{key}" in {what}' + did_you_mean(key, allowed))
                continue
            result[key] = value_node
        return result

    def string(self, node: yaml.Node, what: str, *, allow_numbers: bool = False) -> str | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag in ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"):
            self.problem(node, f"{what} must be a string, not {_describe(node)}")
            return None
        if node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float") and not allow_numbers:
            self.problem(node, f"{what} must be a string, not a number (quote it)")
            return None
        return node.value

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node] | None:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list, not {_describe(node)}")
            return None
        return list(node.value)

    def string_list(self, node: yaml.Node, what: str) -> tuple[str, ...] | None:
        items = self.sequence(node, what)
        if items is None:
            return None
        values = []
        for item in items:
            value = self.string(item, f"each item of {what}")
            if value is not None:
                values.append(value)
        return tuple(values)

    def boolean(self, node: yaml.Node, what: str) -> bool | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:bool":
            self.problem(node, f"{what} must be true or false, not {_describe(node)}")
            return None
        return node.value.lower() in ("true", "yes", "on")

    def integer(self, node: yaml.Node, what: str, minimum: int) -> int | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:int":
            self.problem(node, f"{what} must be a whole number, not {_describe(node)}")
            return None
        value = int(node.value.replace("_", ""), 0)
        if value < minimum or value > 1_000_000:
            self.problem(node, f"{what} must be between {minimum} and 1000000, not {value}")
            return None
        return value

    def date(self, node: yaml.Node, what: str) -> PartialDate | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag in ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"):
            self.problem(node, f"{what} must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not {_describe(node)}")
            return None
        parsed = parse_partial_date(node.value)
        if parsed is None:
            self.problem(node, f'{what} "{node.value}" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)')
        return parsed


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    kinds = {
        "tag:yaml.org,2002:null": "empty",
        "tag:yaml.org,2002:bool": "a boolean",
        "tag:yaml.org,2002:int": "a number",
        "tag:yaml.org,2002:float": "a number",
        "tag:yaml.org,2002:timestamp": "a date",
    }
    # A short one-line scalar is shown as written; messages stay on one line.
    short = len(node.value) < 40 and "\n" not in node.value and "\r" not in node.value
    return kinds.get(node.tag, f'"{node.value}"' if short else "a string")


def _compose(text: str, path: str, problems: list[InputProblem]) -> yaml.Node | None:
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        loader = loader_class(text)
        try:
            return loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        message = (exc.problem or exc.context or "invalid YAML").strip()
        if (
            exc.context_mark is not None
            and exc.problem_mark is not None
            and exc.context
            and ("quoted scalar" in exc.context or "flow" in exc.context)
        ):
            # "while scanning a quoted scalar … found unexpected end of stream": the error is where the broken
            # construct opens (a quote never closed), not where the parser gave up, often at the end of the file.
            problem_line, _ = _place(text, exc.problem_mark)
            message = f"{exc.context.strip()} that is never closed: {message} (line {problem_line})"
            mark = exc.context_mark
        else:
            mark = exc.problem_mark or exc.context_mark
        problems.append(InputProblem(path, f"YAML syntax error: {message}", *(_place(text, mark) if mark else (0, 0))))
    except yaml.reader.ReaderError as exc:
        before = text[: exc.position]
        line = before.count("\n") + 1
        column = exc.position - (before.rfind("\n") + 1) + 1
        problems.append(
            InputProblem(path, f"YAML error: unacceptable character #x{exc.character:04x} ({exc.reason})", line, column)
        )
    except yaml.YAMLError as exc:
        problems.append(InputProblem(path, "YAML error: " + " ".join(str(exc).split())))
    except RecursionError:
        problems.append(InputProblem(path, f"YAML nested too deeply (more than {MAX_NESTING} levels)"))
    return None


# --------------------------------------------------------------------------- loading


def load_claim_files(root: Path, paths: list[Path]) -> tuple[list[ClaimFile], list[InputProblem]]:
    from auditor.paths import confined_path

    problems: list[InputProblem] = []
    files: list[ClaimFile] = []
    for path in paths:
        shown = display_path(path, root)
        text = _read_claim_text(path, shown, problems)
        if text is None:
            continue
        reader = _Reader(shown, text)
        root_node = _compose(text, shown, problems)
        if root_node is None:
            if not any(p.path == shown for p in problems):
                problems.append(
                    InputProblem(shown, "claim file is empty; it needs at least `document`, `published` and `claims`")
                )
            continue
        if reader.check_tree(root_node):
            claim_file = _read_claim_file(reader, root_node, root, confined_path)
            # Kept even with problems, so that its values are checked too and every problem shows in one run.
            if claim_file is not None:
                files.append(claim_file)
        problems.extend(reader.problems)
    return files, problems


def _read_claim_text(path: Path, shown: str, problems: list[InputProblem]) -> str | None:
    if path.is_dir():
        problems.append(InputProblem(shown, "is a directory, expected a claim file"))
        return None
    data = read_input_or_problem(path, shown, MAX_CLAIM_FILE_BYTES, "claim file")
    if isinstance(data, InputProblem):
        problems.append(data)
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(InputProblem(shown, "claim file is not UTF-8", line, 1))
        return None


def _read_claim_file(reader: _Reader, node: yaml.Node, root: Path, confined_path) -> ClaimFile | None:
    if isinstance(node, yaml.SequenceNode):
        reader.problem(node, "a claim file is a mapping with `document`, `published` and `claims`, not a list")
        return None
    fields = reader.mapping(node, "the claim file", FILE_KEYS)
    if fields is None:
        return None
    for required in ("document", "published", "claims"):
        if required not in fields:
            reader.problem(node, f'missing required key "{required}"')
    document = reader.string(fields["document"], "document") if "document" in fields else None
    document_mark = (0, 0)
    if document is not None:
        document_mark = (reader.mark(fields["document"]).line, reader.mark(fields["document"]).column)
        real = confined_path(root, document)
        if isinstance(real, str):
            reader.problem(fields["document"], real)
            document = None
        else:
            document = Path(os.path.normpath(document)).as_posix()
    published = reader.date(fields["published"], "published") if "published" in fields else None
    title = reader.string(fields["title"], "title") if "title" in fields else None
    if "skip" in fields:
        # Quotes of figures the editor decided are not claims: only `auditor extract --merge` reads them.
        reader.string_list(fields["skip"], "skip")

    claims: list[Claim] = []
    unread: list[str] = []
    if "claims" in fields:
        # Read the claims even when the header is broken, so that all problems are reported at once.
        items = reader.sequence(fields["claims"], "claims")
        for item in items or []:
            claim = _read_claim(reader, item, document or "", published or PartialDate(1))
            if claim is not None:
                claims.append(claim)
            elif isinstance(item, yaml.MappingNode):
                unread += [
                    value.value for key, value in item.value if key.value == "id" and isinstance(value, yaml.ScalarNode)
                ]
    relations: list[Relation] = []
    if "relations" in fields:
        for item in reader.sequence(fields["relations"], "relations") or []:
            relation = _read_relation(reader, item)
            if relation is not None:
                relations.append(relation)
    if document is None or published is None:
        return None
    return ClaimFile(
        reader.path, document, document_mark, published, tuple(claims), tuple(relations), title, frozenset(unread)
    )


def _read_ignore(reader: _Reader, node: yaml.Node, fields: dict[str, yaml.Node], what: str):
    ignore: tuple[str, ...] = ()
    reason = None
    if "ignore" in fields:
        ignore = reader.string_list(fields["ignore"], "ignore") or ()
        if "reason" not in fields:
            reader.problem(fields["ignore"], f"{what} ignores {', '.join(ignore)} without a `reason`")
    if "reason" in fields:
        reason = reader.string(fields["reason"], "reason")
        if reason is not None and not reason.strip():
            reader.problem(fields["reason"], "reason must not be blank")
    return ignore, reason


def _read_claim(reader: _Reader, node: yaml.Node, document: str, published: PartialDate) -> Claim | None:
    fields = reader.mapping(node, "a claim", CLAIM_KEYS)
    if fields is None:
        return None
    missing = [key for key in ("id", "key", "quote") if key not in fields]
    for key in missing:
        reader.problem(node, f'claim is missing required key "{key}"')
    if missing:
        return None
    claim_id = reader.string(fields["id"], "id", allow_numbers=True)
    if claim_id is not None and not _ID_PATTERN.match(claim_id):
        reader.problem(fields["id"], f'claim id "{claim_id}" may use only letters, digits, ".", "_" and "-"')
        claim_id = None
    key = reader.string(fields["key"], "key", allow_numbers=True)
    if key is not None and not key.strip():
        reader.problem(fields["key"], "key must not be blank")
    quote = reader.string(fields["quote"], "quote", allow_numbers=True)
    if quote is not None and not quote.strip():
        reader.problem(fields["quote"], "quote must not be blank")
        quote = None
    value = None
    if "value" in fields:
        value = reader.string(fields["value"], "value", allow_numbers=True)
        if value is not None and not value.strip():
            reader.problem(fields["value"], "value must not be blank (leave it out to use the quote's only figure)")
            value = None
    occurrence = reader.integer(fields["occurrence"], "occurrence", 1) if "occurrence" in fields else None
    as_of = reader.date(fields["as_of"], "as_of") if "as_of" in fields else None
    note = reader.string(fields["note"], "note", allow_numbers=True) if "note" in fields else None
    ignore, reason = _read_ignore(reader, node, fields, f'claim "{claim_id}"')
    if claim_id is None or key is None or quote is None:
        return None
    value_node = fields.get("value", fields["quote"])
    return Claim(
        id=claim_id,
        key=key.strip(),
        quote=quote,
        value=value.strip() if value is not None else None,
        document=document,
        published=published,
        mark=reader.mark(node),
        quote_mark=reader.mark(fields["quote"]),
        value_mark=reader.mark(value_node),
        occurrence=occurrence,
        as_of=as_of,
        note=note,
        ignore=ignore,
        reason=reason,
    )


def _read_relation(reader: _Reader, node: yaml.Node) -> Relation | None:
    if not isinstance(node, yaml.MappingNode):
        reader.problem(node, f"a relation must be a mapping, not {_describe(node)}")
        return None
    keys = [key_node.value for key_node, _ in node.value]
    kinds = [kind for kind, key in _KIND_KEYS.items() if key in keys]
    if not kinds and "whole" in keys:
        kinds = ["parts"]
    if not kinds and "total" in keys:
        kinds = ["sum"]
    if len(kinds) != 1:
        reader.problem(
            node,
            "a relation needs exactly one of `shares:` (shares of a total), `whole:` + `parts:`, "
            "`total:` + `sum:`, `span:` + `from:`, `share:` + `part:` + `whole:` (a share of a whole), "
            "`change:` + `from:` + `to:` (a change between two values) or `average:` + `total:` + `count:`",
        )
        return None
    kind = kinds[0]
    anchor_key, members_key, allowed = RELATION_KINDS[kind]
    fields = reader.mapping(node, f"a {kind} relation", allowed)
    if fields is None:
        return None
    for key in _REQUIRED_KEYS[kind]:
        if key not in fields:
            reader.problem(node, f'{kind} relation is missing required key "{key}"')
            return None
    anchor = reader.string(fields[anchor_key], anchor_key, allow_numbers=True) if anchor_key else None
    members: tuple[str, ...] = ()
    if members_key:
        members = reader.string_list(fields[members_key], members_key) or ()
        minimum = 2 if kind in ("shares", "sum") else 1
        if len(members) < minimum:
            reader.problem(fields[members_key], f"{members_key} needs at least {minimum} claim ids")
    label = reader.string(fields["of"], "of", allow_numbers=True) if "of" in fields else None
    exhaustive = bool(reader.boolean(fields["exhaustive"], "exhaustive")) if "exhaustive" in fields else False
    overlap = reader.string(fields["overlap"], "overlap") if "overlap" in fields else None
    start = reader.string(fields["from"], "from", allow_numbers=True) if "from" in fields else None
    end = reader.string(fields["to"], "to", allow_numbers=True) if "to" in fields else None
    part = reader.string(fields["part"], "part", allow_numbers=True) if "part" in fields else None
    whole = reader.string(fields["whole"], "whole", allow_numbers=True) if kind == "share" else None
    if kind == "average":
        # An average is its total (the whole) over its count (the part).
        whole = reader.string(fields["total"], "total", allow_numbers=True)
        part = reader.string(fields["count"], "count", allow_numbers=True)
    for name, endpoint in (("from", start), ("to", end)) if kind == "span" else ():
        # Written as a date but not one (2030-13, 2023-02-30): it would be taken for a claim id and skipped.
        if endpoint is not None and _DATE_PATTERN.match(endpoint.strip()) and parse_partial_date(endpoint) is None:
            reader.problem(fields[name], f'{name}: "{endpoint}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)')
    note = reader.string(fields["note"], "note", allow_numbers=True) if "note" in fields else None
    ignore, reason = _read_ignore(reader, node, fields, f"{kind} relation")
    return Relation(
        kind=kind,
        mark=reader.mark(node),
        anchor=anchor,
        members=members,
        label=label,
        exhaustive=exhaustive,
        overlap=overlap,
        start=start,
        end=end if end is not None else ("published" if kind == "span" else None),
        part=part,
        whole=whole,
        note=note,
        ignore=ignore,
        reason=reason,
    )


# --------------------------------------------------------------------------- resolving


def resolve_claims(audit: "Audit", *, check_references: bool = True) -> list[InputProblem]:
    """Parse claim values, check ids and references across all claim files.

    Claims are replaced by copies carrying their parsed `figure`. References
    are checked only when every claim file was read (`check_references`): a
    claim of a file that failed as a whole would otherwise show up again as an
    "unknown claim id"; the ids of single claims that failed to load are known
    (`ClaimFile.unread_ids`) and skipped.
    """
    from dataclasses import replace

    from auditor.figures import FigureError, find_figures, parse
    from auditor.registry import check_ids

    problems: list[InputProblem] = []
    known_checks = set(check_ids())
    first_mark: dict[str, Mark] = {}

    def problem(mark: Mark, message: str) -> None:
        problems.append(InputProblem(mark.path, message, mark.line, mark.column))

    for index, claim_file in enumerate(audit.claim_files):
        resolved: list[Claim] = []
        for claim in claim_file.claims:
            if claim.id in first_mark:
                problem(claim.mark, f'duplicate claim id "{claim.id}" (first defined at {first_mark[claim.id]})')
            else:
                first_mark[claim.id] = claim.mark
            for check_id in claim.ignore:
                if check_id not in known_checks:
                    problem(claim.mark, f'unknown check id "{check_id}" in ignore')
            figure = None
            if claim.value is not None:
                try:
                    figure = parse(claim.value)
                except FigureError as exc:
                    problem(claim.value_mark, f"{exc} in value")
            else:
                found = find_figures(claim.quote)
                if len(found) == 1:
                    figure = found[0]
                elif not found:
                    problem(claim.quote_mark, "quote holds no figure; add `value`")
                else:
                    listed = ", ".join(f'"{f.text}"' for f in found)
                    problem(claim.quote_mark, f"quote holds {len(found)} figures ({listed}); add `value` to say which")
            resolved.append(replace(claim, figure=figure))
        audit.claim_files[index] = replace(claim_file, claims=tuple(resolved))

    unread = set().union(*(claim_file.unread_ids for claim_file in audit.claim_files))
    for relation in audit.relations if check_references else ():
        for claim_id in relation.claim_ids:
            if claim_id not in first_mark and claim_id not in unread:
                from auditor.suggest import did_you_mean

                problem(
                    relation.mark,
                    f'{relation.kind} relation names unknown claim id "{claim_id}"'
                    f"{did_you_mean(claim_id, sorted(first_mark))}",
                )
        repeated = sorted({m for m in relation.members if relation.members.count(m) > 1})
        if repeated:
            problem(relation.mark, f'{relation.kind} relation lists "{repeated[0]}" more than once')
        if relation.anchor and relation.anchor in relation.members:
            problem(relation.mark, f'{relation.kind} relation uses "{relation.anchor}" as both the whole and a part')
        if relation.kind in ("share", "change", "average"):
            named = relation.claim_ids
            twice = sorted({claim_id for claim_id in named if named.count(claim_id) > 1})
            if twice:
                problem(relation.mark, f'{relation.kind} relation names "{twice[0]}" in two roles')
        if relation.kind == "span" and relation.anchor in (relation.start, relation.end):
            problem(relation.mark, f'span relation "{relation.anchor}" cannot start or end at itself')
        for check_id in relation.ignore:
            if check_id not in known_checks:
                problem(relation.mark, f'unknown check id "{check_id}" in ignore')
    return problems
