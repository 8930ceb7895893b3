"""The one list of built-in checks.

Explicit on purpose (proselint's `__register__`, ruff's `codes.rs`): no
directory scanning, no entry points. Modules are imported on first use, not
when `auditor` is imported, so `auditor --help` stays fast. Ids are stable:
once released an id is never renamed or reused.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from auditor.audit import Check
from auditor.findings import Severity

CHECK_MODULES: tuple[str, ...] = (
    # claims against their documents
    "auditor.checks.quote_not_found",
    "auditor.checks.ambiguous_quote",
    "auditor.checks.value_not_in_quote",
    # consistency between claims
    "auditor.checks.conflicting_figures",
    "auditor.checks.key_unit_mismatch",
    "auditor.checks.percent_sum",
    "auditor.checks.part_exceeds_whole",
    "auditor.checks.sum_mismatch",
    "auditor.checks.date_arithmetic",
    # documents on their own (run with or without claims)
    "auditor.checks.duplicate_paragraph",
    "auditor.checks.truncated_paragraph",
    "auditor.checks.traditional_character",
    "auditor.checks.doubled_word",
    "auditor.checks.unbalanced_quotes",
    "auditor.checks.mixed_punctuation",
    "auditor.checks.stray_latin",
    "auditor.checks.malformed_number",
    # the baseline (runs only when one is in use)
    "auditor.checks.stale_baseline_entry",
    # suppression comments in documents (reported by the runner's suppression step)
    "auditor.checks.unused_suppression",
    # discovery (auditor scan)
    "auditor.checks.discovered_conflict",
    "auditor.checks.discovered_percent_sum",
    "auditor.checks.discovered_sum_mismatch",
    "auditor.checks.discovered_date_span",
)


@lru_cache(maxsize=1)
def all_checks() -> tuple[Check, ...]:
    checks = tuple(importlib.import_module(name).CHECK for name in CHECK_MODULES)
    ids = [check.id for check in checks]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise RuntimeError(f"duplicate check ids: {duplicates}")
    return tuple(sorted(checks, key=lambda check: check.id))


@dataclass(frozen=True)
class CheckInfo:
    """What settings and selection know of a check: the fields of its `Check` they read, without its code."""

    id: str
    severity: Severity
    options: Mapping[str, Any]
    needs_claims: bool
    discovery: bool
    limits: Mapping[str, tuple]


_catalogue: tuple[CheckInfo, ...] | None = None  # the one this process uses, once read or made


def catalogue() -> tuple[CheckInfo, ...]:
    """Every check's id, default severity, options and kind, sorted by id.

    Settings and selection need only these, and importing the twenty check modules costs a
    rerun answered from the report cache a tenth of its time; so they are kept in the user's
    cache directory, filed under the code's signature (auditor/cache.py), and read from there
    when the code is unchanged.
    """
    global _catalogue
    if _catalogue is None:
        from auditor.cache import load_catalogue, store_catalogue

        _catalogue = load_catalogue()
        if _catalogue is None:
            _catalogue = _infos_of(all_checks())
            store_catalogue(_catalogue)
    return _catalogue


def _infos_of(checks) -> tuple[CheckInfo, ...]:
    return tuple(CheckInfo(check.id, check.severity, check.options, check.needs_claims, check.discovery, check.limits)
                 for check in checks)


def confirm_catalogue() -> bool:
    """Compare the catalogue with the checks themselves (imported now, if they were not); when they differ
    (a damaged file, or one stored while the code was being edited), store the true one and use it from
    now on. True when it differed. Called once the checks are imported anyway (a run that audits), and
    before an error that rests on the catalogue is reported."""
    global _catalogue
    from auditor.cache import store_catalogue

    actual = _infos_of(all_checks())
    if catalogue() == actual:
        return False
    _catalogue = actual
    store_catalogue(actual)
    return True


def check_ids() -> tuple[str, ...]:
    return tuple(check.id for check in all_checks())


def get_check(check_id: str) -> Check | None:
    for check in all_checks():
        if check.id == check_id:
            return check
    return None
