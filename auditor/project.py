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
from auditor.io import note_resolution, real_path

PROJECT_MARKERS = ("auditor.toml", "pyproject.toml")
DOCUMENT_SUFFIXES = (".txt", ".md", ".text")
CLAIM_SUFFIXES = (".yaml", ".yml")


def find_project_root(start: Path | None = None) -> Path:
    start = (start or Path.cwd()).resolve()
    return marked_root(start) or start


def marked_root(start: Path) -> Path | None:
    """The nearest directory from `start` upward with a project marker (else a `.git`), or None."""
    start = start.resolve()
    for directory in (start, *start.parents):
        if any((directory / marker).is_file() for marker in PROJECT_MARKERS):
            return directory
    for directory in (start, *start.parents):
        if (directory / ".git").exists():
            return directory
    return None


def confined_path(root: Path, name: str) -> Path | str:
    """The real path of `name` under `root`, or the reason it is refused."""
    if not name or not name.strip():
        return "empty document path"
    candidate = Path(name)
    if candidate.is_absolute() or name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return f'document path "{name}" is absolute; name documents relative to the project root'
    real_root = root.resolve()
    try:
        real = (real_root / candidate).resolve()
    except (OSError, RuntimeError, ValueError) as exc:  # a symlink loop, a NUL in the name
        result: Path | str = f'document path "{name}" cannot be resolved: {getattr(exc, "strerror", None) or exc}'
    else:
        result = real
        if not real.is_relative_to(real_root):
            result = f'document path "{name}" leaves the project root ({real_root})'
    note_resolution(root, name, result)
    return result


def expand_paths(
    paths: Iterable[Path], suffixes: tuple[str, ...], root: Path | None = None
) -> tuple[list[Path], list[InputProblem]]:
    """Files given directly, plus files with `suffixes` found (sorted) under given directories.

    A file found in a directory must be readable as a name (UTF-8) and, when it is a symbolic link, must
    lead inside the project `root` or the directory searched: a link in a pull request must not make the
    tool quote /etc/passwd. (Files named directly are the caller's choice.)
    """
    found: list[Path] = []
    problems: list[InputProblem] = []
    for path in paths:
        try:
            if not _utf8(path):
                problems.append(InputProblem(str(path), "file name is not valid UTF-8; rename it"))
            elif path.is_dir():
                searched, walk_problems = _walk(path, suffixes, root)
                found.extend(searched)
                problems.extend(walk_problems)
            elif path.exists():
                found.append(path)
            elif path.is_symlink():
                problems.append(InputProblem(path.as_posix(), "symbolic link to nothing (or a loop of links)"))
            else:
                problems.append(InputProblem(path.as_posix(), "no such file or directory"))
        except (OSError, ValueError) as exc:  # no permission to look; a NUL in the name
            problems.append(InputProblem(str(path), f"cannot read: {getattr(exc, 'strerror', None) or exc}"))
    unique: list[Path] = []
    seen: set[Path] = set()
    for path in found:
        key = real_path(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique, problems


def _utf8(path: Path) -> bool:
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:  # a name that was not UTF-8, decoded with surrogate escapes
        return False
    return True


def _walk(directory: Path, suffixes: tuple[str, ...], root: Path | None) -> tuple[list[Path], list[InputProblem]]:
    import os

    problems: list[InputProblem] = []
    found: list[Path] = []

    from auditor.config import display as shown  # relative to the working directory, as the user names files

    def unreadable(error: OSError) -> None:
        problems.append(InputProblem(shown(Path(error.filename or directory)), f"cannot read directory: {error.strerror or error}"))

    allowed = [real_path(directory)] + ([real_path(root)] if root is not None else [])
    for folder, _, names in os.walk(directory, onerror=unreadable):  # symlinked folders are not entered
        for name in names:
            path = Path(folder) / name
            if path.suffix.lower() not in suffixes:
                continue
            if not _utf8(path):
                problems.append(InputProblem(shown(path), "file name is not valid UTF-8; rename it"))
                continue
            if path.is_symlink():
                if not path.exists():
                    problems.append(InputProblem(shown(path), "symbolic link to nothing (or a loop of links)"))
                    continue
                if not any(real_path(path).is_relative_to(place) for place in allowed):
                    problems.append(InputProblem(shown(path), "symbolic link to a file outside the project root; not read"))
                    continue
            try:
                if path.is_file():
                    found.append(path)
            except OSError as exc:
                problems.append(InputProblem(shown(path), f"cannot read: {exc.strerror or exc}"))
    return sorted(found), problems


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
