"""What `pip install` puts in site-packages: auditor's packages only, checks/ inside them as auditor.checks."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from tests.conftest import ROOT


def test_every_package_is_installed_and_checks_only_inside_auditor():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    on_disk = sorted(
        ".".join(("auditor", *path.parent.relative_to(ROOT / "auditor").parts))
        for path in (ROOT / "auditor").rglob("__init__.py")
    )
    assert sorted(setuptools["packages"]) == sorted([*on_disk, "auditor.checks"])
    assert setuptools["package-dir"] == {"auditor.checks": "checks"}
    assert all(name == "auditor" or name.startswith("auditor.") for name in setuptools["packages"])


def test_a_project_with_its_own_checks_package_still_runs_auditor(tmp_path):
    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "__init__.py").write_text("", encoding="utf-8")  # a newsroom's own checks package
    (tmp_path / "a.txt").write_text("今年投入资金108万元，建成学校3所。\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "auditor.cli", "scan", "a.txt"], cwd=tmp_path, capture_output=True, text=True
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.endswith("No findings; 1 document checked\n")
