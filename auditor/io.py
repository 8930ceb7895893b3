"""Reading inputs (noted for the report cache) and writing files atomically."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path


class ReadLog:
    """The files a run read (absolute path → SHA-256 of the bytes) and where claim files' document names resolved."""

    def __init__(self) -> None:
        self.files: dict[str, str] = {}
        self.resolved: dict[str, str] = {}  # "root\x1fname" → the real path, or why it was refused


_active_log: ReadLog | None = None


@contextmanager
def recording_reads():
    """Note, while active, every input read through `read_input` and every `note_resolution` (auditor/cache.py)."""
    global _active_log
    previous, _active_log = _active_log, ReadLog()
    try:
        yield _active_log
    finally:
        _active_log = previous


def read_input(path: Path) -> bytes:
    """The bytes of an input file (a claim file or a document)."""
    data = Path(path).read_bytes()
    if _active_log is not None:
        import hashlib

        _active_log.files[os.path.abspath(path)] = hashlib.sha256(data).hexdigest()
    return data


def note_resolution(root: Path, name: str, result: Path | str) -> None:
    """Where a claim file's document name led (auditor/project.py: confined_path)."""
    if _active_log is not None:
        _active_log.resolved[f"{root}\x1f{name}"] = str(result)


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename over `path`.

    os.replace is atomic on POSIX and Windows when both names are on one file
    system, which a sibling temporary file guarantees. A process killed
    mid-write leaves the old file intact and at worst a stray temporary file.
    """
    import tempfile

    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            if durable:  # a cache entry need not survive a power cut; a report or baseline must
                handle.flush()
                os.fsync(handle.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
