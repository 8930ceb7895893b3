"""Input errors and exit statuses.

Every problem with what the user gave us (a claim file, a document, an option)
becomes an `InputError` carrying `path:line:col`; the CLI prints them all and
exits with `ExitStatus.INPUT_ERROR`, never with a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0  # no finding at or above --fail-on
    FINDINGS = 1  # findings at or above --fail-on
    INPUT_ERROR = 2  # usage, configuration or input error
    INTERRUPTED = 130  # Ctrl-C


@dataclass(frozen=True)
class InputProblem:
    """One located problem; `line`/`column` are 1-based, 0 when unknown."""

    path: str
    message: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        """`path:line:col: message`, on one line whatever the path or the quoted input holds."""
        from auditor.escaping import visible

        where = self.path
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        return visible(f"{where}: {self.message}")


class InputError(Exception):
    """One or more input problems, reported together."""

    def __init__(self, problems: list[InputProblem] | InputProblem):
        if isinstance(problems, InputProblem):
            problems = [problems]
        self.problems = sorted(problems, key=lambda p: (p.path, p.line, p.column, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))
