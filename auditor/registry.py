"""The one table of built-in checks.

Explicit on purpose (proselint's `__register__`, ruff's `codes.rs`): no
directory scanning, no entry points. The table says what selection and
settings need (id, module, default severity, what a check runs on) without
importing any check, so `auditor --help`, `auditor config` of a project and a
rerun answered from the report cache import none; a check's module (its code,
docs and option defaults) is imported on first use. `tests/test_registry.py`
keeps the table equal to the modules. Ids are stable: once released an id is
never renamed or reused.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from auditor.findings import Severity

if TYPE_CHECKING:
    from auditor.audit import Check

PACKAGE = "auditor.checks"


@dataclass(frozen=True)
class Registered:
    """A check as the table knows it: what selection and settings read, without its code."""

    id: str
    module: str  # in auditor.checks
    severity: Severity  # the default
    needs_claims: bool = False  # runs only when there are claims
    discovery: bool = False  # runs under `auditor scan`, or when selected by id
    opt_in: bool = False  # runs only when selected by id (`select` or `extend-select`)


REGISTRY: tuple[Registered, ...] = (
    # claims against their documents
    Registered("quote-not-found", "quote_not_found", Severity.ERROR, needs_claims=True),
    Registered("ambiguous-quote", "ambiguous_quote", Severity.WARNING, needs_claims=True),
    Registered("value-not-in-quote", "value_not_in_quote", Severity.ERROR, needs_claims=True),
    # consistency between claims
    Registered("conflicting-figures", "conflicting_figures", Severity.ERROR, needs_claims=True),
    Registered("key-unit-mismatch", "key_unit_mismatch", Severity.ERROR, needs_claims=True),
    Registered("percent-sum", "percent_sum", Severity.ERROR, needs_claims=True),
    Registered("part-exceeds-whole", "part_exceeds_whole", Severity.ERROR, needs_claims=True),
    Registered("sum-mismatch", "sum_mismatch", Severity.ERROR, needs_claims=True),
    Registered("share-of", "share_of", Severity.ERROR, needs_claims=True),
    Registered("change", "change", Severity.ERROR, needs_claims=True),
    Registered("average", "average", Severity.ERROR, needs_claims=True),
    Registered("date-arithmetic", "date_arithmetic", Severity.WARNING, needs_claims=True),
    # documents on their own (run with or without claims)
    Registered("duplicate-paragraph", "duplicate_paragraph", Severity.ERROR),
    Registered("truncated-paragraph", "truncated_paragraph", Severity.WARNING, opt_in=True),
    Registered("traditional-character", "traditional_character", Severity.WARNING),
    Registered("doubled-word", "doubled_word", Severity.WARNING),
    Registered("unbalanced-quotes", "unbalanced_quotes", Severity.WARNING),
    Registered("mixed-punctuation", "mixed_punctuation", Severity.INFO),
    Registered("stray-latin", "stray_latin", Severity.WARNING),
    Registered("malformed-number", "malformed_number", Severity.WARNING),
    # the baseline (judged by the baseline step when one is in use)
    Registered("stale-baseline-entry", "stale_baseline_entry", Severity.ERROR),
    # suppression comments in documents (reported by the runner's suppression step)
    Registered("unused-suppression", "unused_suppression", Severity.WARNING),
    # discovery (auditor scan)
    Registered("discovered-conflict", "discovered_conflict", Severity.WARNING, discovery=True),
    Registered("discovered-percent-sum", "discovered_percent_sum", Severity.WARNING, discovery=True),
    Registered("discovered-sum-mismatch", "discovered_sum_mismatch", Severity.WARNING, discovery=True),
    Registered("discovered-date-span", "discovered_date_span", Severity.WARNING, discovery=True),
    Registered("discovered-event-date", "discovered_event_date", Severity.WARNING, discovery=True),
    Registered("discovered-span-restated", "discovered_span_restated", Severity.WARNING, discovery=True),
    Registered("discovered-years-total", "discovered_years_total", Severity.WARNING, discovery=True),
    Registered("discovered-rest-of-year", "discovered_rest_of_year", Severity.WARNING, discovery=True),
    Registered("discovered-base-restated", "discovered_base_restated", Severity.WARNING, discovery=True),
    Registered("discovered-period-share", "discovered_period_share", Severity.WARNING, discovery=True),
    Registered("discovered-share-of", "discovered_share_of", Severity.WARNING, discovery=True),
    Registered("discovered-share-restated", "discovered_share_restated", Severity.WARNING, discovery=True, opt_in=True),
    Registered("discovered-change", "discovered_change", Severity.WARNING, discovery=True),
    Registered("discovered-restatement", "discovered_restatement", Severity.WARNING, discovery=True),
    Registered("discovered-average", "discovered_average", Severity.WARNING, discovery=True),
    Registered("discovered-implied-total", "discovered_implied_total", Severity.WARNING, discovery=True),
    Registered("discovered-headline-figure", "discovered_headline_figure", Severity.WARNING, discovery=True),
    Registered("discovered-plan-share", "discovered_plan_share", Severity.WARNING, discovery=True),
)
_BY_ID = {entry.id: entry for entry in REGISTRY}


def registered() -> tuple[Registered, ...]:
    """Every check of the table, sorted by id; nothing imported."""
    return tuple(sorted(REGISTRY, key=lambda entry: entry.id))


def check_ids() -> tuple[str, ...]:
    return tuple(entry.id for entry in registered())


@lru_cache(maxsize=None)
def _load(module: str) -> Check:
    return importlib.import_module(f"{PACKAGE}.{module}").CHECK


def get_check(check_id: str) -> Check | None:
    """The check with this id (its module imported now), or None."""
    entry = _BY_ID.get(check_id)
    return None if entry is None else _load(entry.module)


def all_checks() -> tuple[Check, ...]:
    """Every check, sorted by id (all their modules imported)."""
    return tuple(_load(entry.module) for entry in registered())
