"""The registry's table (auditor/registry.py) against the check modules it names."""

from __future__ import annotations

import subprocess
import sys

from auditor.registry import REGISTRY, all_checks, check_ids, get_check, registered
from tests.conftest import ROOT


def test_the_table_says_of_each_check_what_its_module_says():
    for entry in REGISTRY:
        check = get_check(entry.id)
        assert (check.id, check.severity, check.needs_claims, check.discovery, check.opt_in) == (
            entry.id,
            entry.severity,
            entry.needs_claims,
            entry.discovery,
            entry.opt_in,
        ), entry.id


def test_every_check_module_is_in_the_table_once():
    modules = sorted(path.stem for path in (ROOT / "checks").glob("*.py") if not path.stem.startswith("_"))
    assert sorted(entry.module for entry in REGISTRY) == modules
    assert len({entry.id for entry in REGISTRY}) == len(REGISTRY)
    assert [check.id for check in all_checks()] == list(check_ids()) == sorted(check_ids())


def test_ids_are_kebab_case_and_name_their_module():
    for entry in registered():
        assert entry.id == entry.id.lower() and entry.module == entry.id.replace("-", "_")


def test_selection_and_settings_import_no_check():
    script = (
        "import sys\nfrom auditor.config import load_settings\nfrom auditor.runner import selected_ids\n"
        "settings = load_settings()\nselected_ids(['percent-sum'], [], with_claims=True)\n"
        "print(sorted(m for m in sys.modules if m.startswith('auditor.checks.')))"
    )
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert (run.stdout, run.stderr) == ("[]\n", "")


def test_the_steps_that_report_for_a_check_name_it_as_the_table_does():
    from auditor.baseline import STALE_CHECK
    from auditor.suppressions import UNUSED

    assert get_check(STALE_CHECK).id == STALE_CHECK and get_check(UNUSED).id == UNUSED
