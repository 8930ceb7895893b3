"""Did you mean: the one place that suggests a known name for a mistyped one (commands, check ids, settings,
claim-file keys and ids, paths)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

CUTOFF = 0.6  # difflib's ratio below which a name is not offered


def closest(name: str, known: Iterable[str]) -> str | None:
    """The known name closest to `name`, or None when none is close."""
    import difflib  # only when a name is mistyped: not on every run's start-up path

    close = difflib.get_close_matches(name, list(known), n=1, cutoff=CUTOFF)
    return close[0] if close else None


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """' (did you mean "check"?)', or "" when nothing known is close. A name written with _ or in capitals
    is matched as its lower-case, dashed form first (fail_on → fail-on)."""
    known = list(known)
    normalized = name.replace("_", "-").lower()
    if normalized in known and normalized != name:
        return f' (did you mean "{normalized}"?)'
    found = closest(name, known)
    return f' (did you mean "{found}"?)' if found else ""


def nearest_path(path: Path) -> str:
    """' (did you mean "corpus/001.txt"?)' when a file or folder beside a missing one has a close name."""
    try:
        siblings = sorted(entry.name for entry in path.parent.iterdir())
    except OSError:
        return ""
    found = closest(path.name, siblings)
    return f' (did you mean "{(path.parent / found).as_posix()}"?)' if found else ""
