"""The output formats `--format` offers, and what every machine-readable reporter needs to know.

Each format is a module with `render(report, context) -> str`, imported only
when chosen. The terminal format (`text`) is rendered by the command with a
rich Console instead; it is listed here so the choices live in one place.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

FORMATS: dict[str, str] = {
    "text": "auditor.report.text",
    "concise": "auditor.report.concise",
    "json": "auditor.report.json",
    "sarif": "auditor.report.sarif",
    "github": "auditor.report.github",
    "gitlab": "auditor.report.gitlab",
    "junit": "auditor.report.junit",
}


@dataclass(frozen=True)
class Context:
    """What reporters need beyond the Report; never anything that varies between identical runs.

    `repo_prefix` is the project root's path inside its repository ("" when
    the root is the repository's top level, "site/" when it is a folder), so
    machine formats name files as the code host sees them.
    `baselined` holds the fingerprints of findings hidden by the baseline
    (they are among `report.suppressed`). `include_suppressed` (--verbose)
    lists suppressed findings in formats that would otherwise only count them.
    """

    repo_prefix: str = ""
    baselined: frozenset[str] = field(default_factory=frozenset)
    include_suppressed: bool = False
    step_summary: bool = False  # github: a step summary is being written (mentioned in the output)
    rule_docs_url: str = ""  # sarif: each rule's helpUri, "{id}" standing for the check id ("" for none)

    def repo_path(self, path: str) -> str:
        if not self.repo_prefix or path.startswith("/"):
            return path
        return str(PurePosixPath(self.repo_prefix) / path)


def repo_prefix(root: Path) -> str:
    """The project root relative to the enclosing git work tree ("" when it is the top level or none)."""
    root = root.resolve()
    for directory in (root, *root.parents):
        if (directory / ".git").exists():
            relative = root.relative_to(directory).as_posix()
            return "" if relative == "." else relative + "/"
    return ""


def render(name: str, report, context: Context) -> str:
    """The report in a machine-readable format (not `text`, which needs a Console)."""
    module = importlib.import_module(FORMATS[name])
    if name == "json":  # the versioned JSON reporter takes no context
        return module.render(report)
    return module.render(report, context)
