"""`auditor explain ID` and `auditor checks`: the checks' own documentation."""

from __future__ import annotations

import click

from auditor.errors import ExitStatus
from auditor.escaping import visible


@click.command("explain")
@click.argument("check_id")
def explain_command(check_id: str):
    """Print the documentation of CHECK_ID (what it flags, why, an example, how to fix)."""
    from auditor.registry import check_ids, get_check

    check_id = check_id.lower()
    check = get_check(check_id)
    if check is None:
        from auditor.suggest import did_you_mean

        hint = did_you_mean(check_id, check_ids()) or " (`auditor checks` lists them)"
        click.echo(f'auditor: unknown check id "{visible(check_id)}"{hint}', err=True)
        return ExitStatus.INPUT_ERROR
    click.echo(documentation(check), nl=False)
    return ExitStatus.OK


def documentation(check, page: bool = False) -> str:
    """A check's documentation as `auditor explain` prints it, or (`page`) as docs/rules/<id>.md holds it:
    the page SARIF's `helpUri` links to, with the same text under a Markdown title
    (tests/test_rule_pages.py keeps the pages equal to this)."""
    scope = "claims" if check.needs_claims else "documents (with or without claims)"
    head = f"default severity: {check.severity.label}; runs on {scope}"
    if check.opt_in:
        head += f"; opt-in: runs only when selected (`--extend-select {check.id}`)"
    if page:
        lines = [
            f"# {check.id}",
            "",
            f"*{head[0].upper()}{head[1:]}. `auditor explain {check.id}` prints this page.*",
            "",
            check.docs,
        ]
    else:
        lines = [f"{check.id}  [{head}]", "", check.docs]
    if check.options:
        lines += ["", "## Settings", ""]
        lines += [f"- {name} (default: {value!r})" for name, value in check.options.items()]
    return "\n".join(lines) + "\n"


@click.command("checks")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def checks_command(output_format: str):
    """List every check: id, default severity, what it runs on, when it runs, summary.

    When: `default` (every run), `scan` (discovery: `auditor scan`, or when selected by id) or
    `opt-in` (only when selected by id, e.g. `--extend-select`)."""
    from auditor.registry import all_checks

    checks = all_checks()
    if output_format == "json":
        import json

        rows = [
            {
                "id": c.id,
                "severity": c.severity.label,
                "needs_claims": c.needs_claims,
                "runs": _runs(c),
                "summary": c.summary,
            }
            for c in checks
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return ExitStatus.OK
    width = max(len(c.id) for c in checks)
    for c in checks:
        scope = "claims" if c.needs_claims else "documents"
        click.echo(f"{c.id:<{width}}  {c.severity.label:<7}  {scope:<9}  {_runs(c):<7}  {c.summary}")
    return ExitStatus.OK


def _runs(check) -> str:
    """When a check runs: every run, under `auditor scan` (discovery), or only when selected (opt-in)."""
    return "opt-in" if check.opt_in else "scan" if check.discovery else "default"
