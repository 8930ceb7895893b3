"""Helpers shared by check modules."""

from __future__ import annotations

import inspect

REQUIRED_SECTIONS = ("What it flags", "Why it matters", "Example", "How to fix")


def docs_of(module_doc: str | None) -> str:
    """A check's documentation: its module docstring, dedented."""
    return inspect.cleandoc(module_doc or "")
