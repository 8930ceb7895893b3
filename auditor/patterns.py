"""Regular expressions compiled on first use, not at import.

Compiling costs milliseconds for the large CJK character classes, and every
check module is imported on every run (settings name their options), while
a run answered from the report cache, `auditor checks` or `auditor config`
matches nothing at all.
"""

from __future__ import annotations

import re

_BOUND = (
    "match",
    "fullmatch",
    "search",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """Stands for `re.compile(pattern, flags)`; compiles at the first attribute used.

    Use its methods (`PATTERN.sub(...)`), not `re.sub(PATTERN, ...)`: the re module's
    functions accept only strings and compiled patterns.
    """

    def __init__(self, pattern: str, flags: int = 0):
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        # Called only for attributes not yet bound: bind the compiled pattern's, so later uses are plain lookups.
        if name.startswith("__") or name == "_source":  # copy and pickle probe for these before __init__ ran
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attribute in _BOUND:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __reduce__(self):
        return LazyPattern, self._source

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r}, {self._source[1]!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
