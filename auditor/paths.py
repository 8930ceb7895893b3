"""Paths: how they are shown, which folder is the project, and which names a project may use.

One home for the path helpers every layer needs (the claim loader, the configuration, the project, the
report cache), so none of them imports another for a path.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from auditor.io import note_resolution, read_input, real_path

MAX_PYPROJECT_BYTES = 4 * 1024 * 1024  # as a configuration file (auditor/config.py)


def display(path: Path) -> str:
    """A path as shown in messages: relative to the working directory when that reads well."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path.as_posix()
    return Path(relative).as_posix() if not relative.startswith("../../..") else path.as_posix()


def display_path(path: Path, root: Path) -> str:
    """Project-relative '/'-separated path when inside the root, else as given."""
    real, real_root = real_path(path), real_path(root)
    if real.is_relative_to(real_root):
        # Relative to the root as named (not through symlinks), so the path reads as the user wrote it.
        absolute = path if path.is_absolute() else Path.cwd() / path
        shown = os.path.relpath(
            os.path.normpath(absolute), os.path.normpath(root if root.is_absolute() else Path.cwd() / root)
        )
        if shown.startswith(".."):
            shown = os.path.relpath(real, real_root)
        return Path(shown).as_posix()
    return path.as_posix()


def has_auditor_table(pyproject: Path) -> bool:
    """Whether pyproject.toml configures auditor. Only a file mentioning "auditor" is parsed; a
    broken one counts as configured only when a [tool.auditor] header is visible (then its
    error is reported), so a broken pyproject.toml of some other tool never stops a run."""
    import tomllib

    try:
        text = read_input(pyproject, MAX_PYPROJECT_BYTES).decode("utf-8-sig")
    except (OSError, ValueError):
        return False
    if "auditor" not in text:
        return False
    try:
        tool = tomllib.loads(text).get("tool")
    except tomllib.TOMLDecodeError:
        return re.search(r"^\s*\[\s*tool\s*\.\s*auditor\b|^\s*tool\s*\.\s*auditor\b", text, re.MULTILINE) is not None
    return isinstance(tool, dict) and "auditor" in tool


def find_project_root(start: Path | None = None) -> Path:
    start = (start or Path.cwd()).resolve()
    return marked_root(start) or start


def marked_root(start: Path) -> Path | None:
    """The nearest directory from `start` upward that is a project: it has an `auditor.toml`, a
    `pyproject.toml` that configures auditor (`[tool.auditor]`), or a `.git`; None when no directory is.

    A `pyproject.toml` of some other tool does not make a project: a publication repository's subfolder
    may hold one for its site generator, and the audit belongs to the repository."""
    start = start.resolve()
    for directory in (start, *start.parents):
        if (directory / "auditor.toml").is_file() or (directory / ".git").exists():
            return directory
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and has_auditor_table(pyproject):
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
