"""The project: its root, its claim files and documents, loaded into an Audit.

The project root is the nearest directory, from the working directory upward,
that holds an `auditor.toml` or a `pyproject.toml` (else a `.git`; else the
working directory itself). Claim files name documents relative to that root,
and may name only documents inside it: a claim file from an untrusted pull
request must not make the tool read /etc/passwd.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from auditor.audit import Audit
from auditor.documents import Document, display_path, read_document
from auditor.errors import InputError, InputProblem
from auditor.io import note_resolution

PROJECT_MARKERS = ("auditor.toml", "pyproject.toml")
DOCUMENT_SUFFIXES = (".txt", ".md", ".text")
CLAIM_SUFFIXES = (".yaml", ".yml")


def find_project_root(start: Path | None = None) -> Path:
    start = (start or Path.cwd()).resolve()
    for directory in (start, *start.parents):
        if any((directory / marker).is_file() for marker in PROJECT_MARKERS):
            return directory
    for directory in (start, *start.parents):
        if (directory / ".git").exists():
            return directory
    return start


def confined_path(root: Path, name: str) -> Path | str:
    """The real path of `name` under `root`, or the reason it is refused."""
    if not name or not name.strip():
        return "empty document path"
    candidate = Path(name)
    if candidate.is_absolute() or name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return f'document path "{name}" is absolute; name documents relative to the project root'
    real_root = root.resolve()
    real = (real_root / candidate).resolve()
    result: Path | str = real
    if not real.is_relative_to(real_root):
        result = f'document path "{name}" leaves the project root ({real_root})'
    note_resolution(root, name, result)
    return result


def expand_paths(paths: Iterable[Path], suffixes: tuple[str, ...]) -> tuple[list[Path], list[InputProblem]]:
    """Files given directly, plus files with `suffixes` found (sorted) under given directories."""
    found: list[Path] = []
    problems: list[InputProblem] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes))
        elif path.exists():
            found.append(path)
        else:
            problems.append(InputProblem(path.as_posix(), "no such file or directory"))
    unique: list[Path] = []
    seen: set[Path] = set()
    for path in found:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique, problems


def load_audit(
    root: Path,
    claim_paths: Iterable[Path] = (),
    document_paths: Iterable[Path] = (),
) -> Audit:
    """Load claim files (and the documents they name) plus any bare documents.

    Raises InputError listing every problem found, not just the first.
    """
    problems: list[InputProblem] = []
    documents: dict[str, Document] = {}
    claim_files = []

    claim_paths = list(claim_paths)
    if claim_paths:
        from auditor.claims import load_claim_files

        claim_files, claim_problems = load_claim_files(root, claim_paths)
        problems.extend(claim_problems)
        for claim_file in claim_files:
            if claim_file.document in documents:
                continue
            real = confined_path(root, claim_file.document)
            if isinstance(real, str):  # already reported by the claim loader
                continue
            loaded = read_document(real, claim_file.document)
            if isinstance(loaded, InputProblem):
                line, column = claim_file.document_mark
                problems.append(
                    InputProblem(claim_file.path, f'document "{claim_file.document}": {loaded.message}', line, column)
                )
            else:
                documents[claim_file.document] = loaded

    for path in document_paths:
        shown = display_path(path, root)
        if shown in documents:
            continue
        loaded = read_document(path, shown)
        if isinstance(loaded, InputProblem):
            problems.append(loaded)
        else:
            documents[shown] = loaded

    audit = Audit(documents=dict(sorted(documents.items())), claim_files=claim_files)
    if claim_files:
        from auditor.claims import resolve_claims

        problems.extend(resolve_claims(audit, check_references=not problems))
    if problems:
        raise InputError(problems)
    return audit
