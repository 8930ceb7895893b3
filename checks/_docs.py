"""Helpers shared by check modules."""

from __future__ import annotations

REQUIRED_SECTIONS = ("What it flags", "Why it matters", "Example", "How to fix")


def docs_of(module_doc: str | None) -> str:
    """A check's documentation: its module docstring, dedented."""
    # The same as inspect.cleandoc for a module docstring (its first line is never indented),
    # without importing inspect, which costs more than all the check modules together.
    import textwrap

    return textwrap.dedent(module_doc or "").strip()
