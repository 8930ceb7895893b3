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
from auditor.documents import Document, read_document
from auditor.errors import InputError, InputProblem
from auditor.io import real_path
from auditor.paths import confined_path, display_path
from auditor.suggest import nearest_path

CLAIM_SUFFIXES = (".yaml", ".yml")


# Folders never searched: hidden ones (.git, .venv, .tox), installed packages and caches. A virtual
# environment under another name is known by its pyvenv.cfg.
SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "site-packages", "venv", "env"})
_GLOB_CHARACTERS = frozenset("*?[")


def expand_paths(
    paths: Iterable[Path], suffixes: tuple[str, ...], root: Path | None = None, exclude: Iterable[str] = ()
) -> tuple[list[Path], list[InputProblem]]:
    """Files given directly, plus files with `suffixes` found (sorted) under given directories and globs.

    A directory is searched as git sees it: hidden folders, `node_modules`, caches and virtual environments
    are skipped, and so is whatever a `.gitignore` on the way lists (from the project `root` down). A path
    with glob characters (`articles/**/*.md`) that names no file is expanded. `exclude` holds gitignore-style
    patterns, relative to `root`, for files and folders not to search. A file named directly is always read.

    A file found in a directory must be readable as a name (UTF-8) and, when it is a symbolic link, must
    lead inside the project `root` or the directory searched: a link in a pull request must not make the
    tool quote /etc/passwd. (Files named directly are the caller's choice.)
    """
    found: list[Path] = []
    problems: list[InputProblem] = []
    ignored = _Ignored(root, list(exclude))
    for path in paths:
        try:
            if not _utf8(path):
                problems.append(InputProblem(str(path), "file name is not valid UTF-8; rename it"))
            elif not path.exists() and _GLOB_CHARACTERS & set(str(path)):
                matches = _glob(path, suffixes, ignored)
                if not matches:
                    problems.append(InputProblem(path.as_posix(), "no file matches this pattern"))
                found.extend(matches)
            elif path.is_dir():
                searched, walk_problems = _walk(path, suffixes, root, ignored)
                found.extend(searched)
                problems.extend(walk_problems)
            elif path.exists():
                found.append(path)
            elif path.is_symlink():
                problems.append(InputProblem(path.as_posix(), "symbolic link to nothing (or a loop of links)"))
            else:
                problems.append(InputProblem(path.as_posix(), "no such file or directory" + nearest_path(path)))
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


class _Ignored:
    """What a search skips: `exclude` patterns (relative to the root) and the .gitignore files met on the way."""

    def __init__(self, root: Path | None, exclude: list[str]):
        self.root = real_path(root) if root is not None else None
        self._specs: dict[Path, object | None] = {}
        self._exclude = _spec(exclude) if exclude else None

    def _gitignore(self, folder: Path):
        if folder not in self._specs:
            spec = None
            gitignore = folder / ".gitignore"
            try:
                if gitignore.is_file():
                    spec = _spec(gitignore.read_text(encoding="utf-8", errors="replace").splitlines())
            except OSError:
                spec = None
            self._specs[folder] = spec
        return self._specs[folder]

    def __call__(self, path: Path, is_dir: bool, start: Path) -> bool:
        real = real_path(path)
        suffix = "/" if is_dir else ""
        if (
            self._exclude is not None
            and self.root is not None
            and real.is_relative_to(self.root)
            and self._exclude.match_file(real.relative_to(self.root).as_posix() + suffix)
        ):
            return True
        # Every .gitignore from the root (or, outside it, the folder searched) down to the path's folder.
        top = self.root if self.root is not None and real.is_relative_to(self.root) else real_path(start)
        for folder in reversed(real.parents):
            if not folder.is_relative_to(top):
                continue
            spec = self._gitignore(folder)
            if spec is not None and spec.match_file(real.relative_to(folder).as_posix() + suffix):
                return True
        return False


def _spec(lines: list[str]):
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _skipped_folder(folder: Path, name: str) -> bool:
    return name.startswith(".") or name in SKIPPED_FOLDERS or (folder / name / "pyvenv.cfg").is_file()


def _glob(pattern: Path, suffixes: tuple[str, ...], ignored: _Ignored) -> list[Path]:
    """Files matching a glob, with `suffixes`, not in skipped folders or ignored; sorted."""
    parts = pattern.parts
    first_glob = next(index for index, part in enumerate(parts) if _GLOB_CHARACTERS & set(part))
    base = Path(*parts[:first_glob]) if first_glob else Path(".")
    rest = "/".join(parts[first_glob:])
    matches = []
    for path in base.glob(rest):
        relative = path.relative_to(base).parts
        if any(part.startswith(".") or part in SKIPPED_FOLDERS for part in relative[:-1]):
            continue
        if path.suffix.lower() in suffixes and path.is_file() and not ignored(path, False, base):
            matches.append(path)
    return sorted(matches)


def _walk(
    directory: Path, suffixes: tuple[str, ...], root: Path | None, ignored: _Ignored | None = None
) -> tuple[list[Path], list[InputProblem]]:
    import os

    problems: list[InputProblem] = []
    found: list[Path] = []

    from auditor.config import (
        display as shown,  # relative to the working directory, as the user names files
    )

    def unreadable(error: OSError) -> None:
        problems.append(
            InputProblem(shown(Path(error.filename or directory)), f"cannot read directory: {error.strerror or error}")
        )

    allowed = [real_path(directory)] + ([real_path(root)] if root is not None else [])
    ignored = ignored or _Ignored(root, [])
    for folder, folders, names in os.walk(directory, onerror=unreadable):  # symlinked folders are not entered
        here = Path(folder)
        folders[:] = sorted(
            name for name in folders if not _skipped_folder(here, name) and not ignored(here / name, True, directory)
        )
        for name in names:
            path = here / name
            if path.suffix.lower() not in suffixes:
                continue
            if ignored(path, False, directory):
                continue
            if not _utf8(path):
                problems.append(InputProblem(shown(path), "file name is not valid UTF-8; rename it"))
                continue
            if path.is_symlink():
                if not path.exists():
                    problems.append(InputProblem(shown(path), "symbolic link to nothing (or a loop of links)"))
                    continue
                if not any(real_path(path).is_relative_to(place) for place in allowed):
                    problems.append(
                        InputProblem(shown(path), "symbolic link to a file outside the project root; not read")
                    )
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
    given_documents: Iterable[Document] = (),
) -> Audit:
    """Load claim files (and the documents they name) plus any bare documents, and `given_documents`
    already read (a document from standard input).

    Raises InputError listing every problem found, not just the first.
    """
    problems: list[InputProblem] = []
    documents: dict[str, Document] = {document.path: document for document in given_documents}
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

        # References are checked when every claim file was read, even if some of their claims were not.
        problems.extend(resolve_claims(audit, check_references=len(claim_files) == len(claim_paths)))
    if problems:
        raise InputError(problems)
    return audit
