"""`auditor --version` and `--help` stay light: no pint, no rich console machinery, no checks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("pint", "numpy", "rich.console", "rapidfuzz", "opencc", "zhon", "yaml", "auditor.checks", "auditor.figures")

PROBE = """
import json, sys
from auditor.cli import main
try:
    main({args!r})
except SystemExit:
    pass
sys.stderr.write(json.dumps(sorted(sys.modules)))
"""


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["check", "--help"], ["scan", "--help"]])
def test_light_paths_import_nothing_heavy(args):
    result = subprocess.run([sys.executable, "-c", PROBE.format(args=args)], capture_output=True, text=True, check=True)
    modules = json.loads(result.stderr.strip().splitlines()[-1])
    loaded = [name for name in modules for heavy in HEAVY if name == heavy or name.startswith(heavy + ".")]
    assert loaded == [], f"auditor {' '.join(args)} imported {loaded}"
