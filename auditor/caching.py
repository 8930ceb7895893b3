"""Where auditor's caches live, and whether they are on: shared by the report cache (auditor/cache.py) and the
unit-factor cache (auditor/units.py), so that the figure reader needs nothing of the report machinery."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

_switched_off = False


def caches_disabled() -> bool:
    """Every cache (reports, unit factors) is off: --no-cache, or AUDITOR_NO_CACHE set
    (to anything but "0")."""
    return _switched_off or os.environ.get("AUDITOR_NO_CACHE", "").strip() not in ("", "0")


def in_ci() -> bool:
    """A CI job (the CI variable set, as every CI service does): reports are not cached there, so that a
    report comes from the code and files in the job alone, whatever cache directory a job restores."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false")


@contextmanager
def caches_off():
    """Audit from scratch while active (--no-cache): no report or unit factor read from disk or stored."""
    global _switched_off
    previous, _switched_off = _switched_off, True
    try:
        yield
    finally:
        _switched_off = previous


def default_directory() -> Path | None:
    """$AUDITOR_CACHE_DIR, else $XDG_CACHE_HOME/auditor, else ~/.cache/auditor; None with no home to put it in."""
    configured = os.environ.get("AUDITOR_CACHE_DIR")
    if configured:
        return Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "auditor"
    if "HOME" in os.environ and not os.environ["HOME"].strip():
        return None  # HOME set to nothing: "~" would mean "/" (os.path.expanduser)
    try:
        home = Path.home()
    except RuntimeError:  # no HOME and no passwd entry: no cache rather than one in the working directory
        return None
    return home / ".cache" / "auditor" if home.is_absolute() else None


def installed(name: str) -> tuple:
    """Where a library is installed, as (main file, size, mtime): it stands for the version (pip rewrites the
    file on an upgrade), at the cost of a stat, where importlib.metadata would cost more than a cache saves."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    origin = spec.origin if spec is not None else None
    if origin is None:
        return (name, None)
    try:
        status = os.stat(origin)
    except OSError:
        return (origin, None)
    return (origin, status.st_size, status.st_mtime_ns)
