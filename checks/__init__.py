"""Built-in checks, one module each, listed in `auditor.registry.CHECK_MODULES`.

Every module defines `CHECK = Check(...)`; its docstring is the check's
documentation, with the sections What it flags / Why it matters / Example /
How to fix (`auditor explain ID` prints it).
"""
