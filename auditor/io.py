"""Reading inputs (noted for the report cache) and writing files atomically."""

from __future__ import annotations

import os
import stat
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


class NotAFile(OSError):
    """An input that is not a regular file: a FIFO or a device would block or never end."""


class TooLarge(OSError):
    """An input over its size limit (`size`: its length in bytes, or more when it kept growing)."""

    def __init__(self, size: int):
        super().__init__(f"{size} bytes")
        self.size = size


_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str:
    """What a non-regular file is, for messages ("a named pipe")."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_input(path: Path, limit: int, *, record: bool = True) -> bytes:
    """The bytes of an input file (claim file, document, baseline, configuration), at most `limit` of them.

    Only a regular file is read: it is opened without blocking and checked on the open descriptor, so a
    FIFO cannot hang the run and /dev/zero cannot fill memory. Raises NotAFile, TooLarge or OSError.
    `record=False` for a file the report does not depend on (a cache of auditor's own).
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise NotAFile(f"is {file_kind(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise TooLarge(info.st_size)
        data = handle.read(limit + 1)  # the size may have grown since fstat
    if len(data) > limit:
        raise TooLarge(len(data))
    if record and _active_log is not None:
        import hashlib

        _active_log.files[os.path.abspath(path)] = hashlib.sha256(data).hexdigest()
    return data


def read_input_or_problem(path: Path, shown: str, limit: int, what: str, missing: str | None = None):
    """`read_input`, with each way it can fail as an InputProblem naming the file as `shown` and the input as
    `what` ("document", "claim file"…); `missing` replaces "<what> not found"."""
    from auditor.errors import InputProblem

    try:
        return read_input(path, limit)
    except TooLarge as exc:
        return InputProblem(shown, f"{what} is {_mebibytes(exc.size)} MiB; the limit is {_mebibytes(limit)} MiB")
    except NotAFile as exc:
        return InputProblem(shown, str(exc))
    except FileNotFoundError:
        return InputProblem(shown, missing or f"{what} not found")
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        return InputProblem(shown, f"cannot read {what}: {getattr(exc, 'strerror', None) or exc}")


def _mebibytes(size: int) -> str:
    """4.8 for a little over 4 MiB (never "4 MiB; the limit is 4 MiB"), 50 for 50 MiB."""
    import math

    return f"{math.ceil(size * 10 / (1024 * 1024)) / 10:.1f}".removesuffix(".0")  # rounded up: over is over


def overwritten_input(output: Path, inputs) -> Path | None:
    """The input that writing `output` would replace (the same file under any name or link), else None."""
    try:
        target = os.stat(output)
    except (OSError, ValueError):
        return None
    for path in inputs:
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            continue
        if (info.st_dev, info.st_ino) == (target.st_dev, target.st_ino):
            return Path(path)
    return None


def leads_outside(output: Path, root: Path) -> bool:
    """Whether a relative output path ends up outside `root` once the links on its way are followed (a directory
    link committed in a pull request). An absolute path is the caller's explicit choice, and so is a relative
    one given from a working directory outside the project."""
    if Path(output).is_absolute():
        return False
    parent = Path(output).parent
    written = Path(os.path.abspath(parent))  # where the name points before any link is followed
    if not (written.is_relative_to(os.path.abspath(root)) or written.is_relative_to(real_path(root))):
        return False  # `-o ../report.txt`: outside by its own name, the user's explicit choice
    return not real_path(parent).is_relative_to(real_path(root)) and real_path(Path.cwd()).is_relative_to(
        real_path(root)
    )


def real_path(path) -> Path:
    """Path.resolve() that never raises: a loop of links resolves as far as it goes (os.path.realpath), a name
    with a NUL byte stays absolute. For paths given by users, whose problems are reported when read."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


def note_resolution(root: Path, name: str, result: Path | str) -> None:
    """Where a claim file's document name led (auditor/project.py: confined_path)."""
    if _active_log is not None:
        _active_log.resolved[f"{root}\x1f{name}"] = str(result)


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename over `path`.

    os.replace is atomic on POSIX and Windows when both names are on one file
    system, which a sibling temporary file guarantees. A process killed
    mid-write leaves the old file intact and at worst a stray temporary file.
    A character device or a named pipe (`-o /dev/null`, `-o /dev/stdout`, also
    through a link) is written in place, as a shell redirection would: renaming
    over it would replace the device. A block device (a disk) or a socket is
    refused. A symbolic link to anything else is replaced
    itself, never written through: a link committed to a repository must not
    send a report or a baseline outside it.
    """
    import errno
    import tempfile

    path = Path(path)
    try:
        mode = os.stat(path).st_mode  # through links: what a write would reach
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "Is a directory")
    if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        raise PermissionError(errno.EPERM, f"is {file_kind(mode)}; a report goes to a file, a pipe or a terminal")
    if mode is not None and not stat.S_ISREG(mode):
        with open(path, "wb") as handle:
            handle.write(data)
        return
    if os.path.islink(path):
        mode = None  # the link is replaced by a new file: it takes the default mode, not its target's
    directory = path.parent if str(path.parent) else Path(".")
    # A short fixed prefix: the target's own name may already be as long as the file system allows.
    descriptor, temporary = tempfile.mkstemp(prefix=".auditor-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            if durable:  # a cache entry need not survive a power cut; a report or baseline must
                handle.flush()
                os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temporary, mode & 0o7777)
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
