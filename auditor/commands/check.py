"""`auditor check`: claims against their documents and each other, plus document checks."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from auditor.errors import ExitStatus, InputError
from auditor.findings import Severity

FAIL_ON_CHOICES = ("error", "warning", "info", "never")


def split_ids(values: tuple[str, ...]) -> list[str]:
    """`--select a,b --select c` → [a, b, c]."""
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def make_console(color: str, file=None, width: int | None = None):
    """A rich Console built per command (never at import), honouring NO_COLOR and FORCE_COLOR."""
    from rich.console import Console

    stream = file or sys.stdout
    force_terminal = None
    no_color = False
    if color == "always":
        force_terminal = True
    elif color == "never":
        no_color = True
    else:
        if os.environ.get("NO_COLOR"):
            no_color = True
        elif os.environ.get("FORCE_COLOR"):
            force_terminal = True
    return Console(
        file=stream,
        force_terminal=force_terminal,
        no_color=no_color,
        color_system=None if no_color else "auto",
        width=width,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
    )


def print_input_error(error: InputError) -> None:
    for problem in error.problems:
        click.echo(str(problem), err=True)
    count = len(error.problems)
    click.echo(f"auditor: {count} input error{'s' if count != 1 else ''}; nothing was checked", err=True)


def exit_status(report, fail_on: str, exit_zero: bool) -> ExitStatus:
    if exit_zero or fail_on == "never":
        return ExitStatus.OK
    threshold = Severity.parse(fail_on)
    worst = report.worst()
    return ExitStatus.FINDINGS if worst is not None and worst >= threshold else ExitStatus.OK


def default_claim_paths(root: Path) -> list[Path]:
    claims_dir = root / "claims"
    return [claims_dir] if claims_dir.is_dir() else []


@click.command("check")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--docs", "doc_paths", multiple=True, type=click.Path(path_type=Path),
              help="Also audit these documents (files or directories), with or without claims.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Report format.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to FILE (atomically) instead of standard output.")
@click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default="error", show_default=True,
              help="Lowest severity that makes the exit status 1.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (input errors still exit 2).")
@click.option("--select", multiple=True, metavar="IDS", help="Run only these checks (comma-separated, repeatable).")
@click.option("--ignore", multiple=True, metavar="IDS", help="Skip these checks (comma-separated, repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="Print findings and the summary only.")
@click.option("-v", "--verbose", is_flag=True, help="Also list suppressed findings.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour the terminal report (NO_COLOR and FORCE_COLOR are honoured with auto).")
def check_command(paths, doc_paths, output_format, output, fail_on, exit_zero, select, ignore, quiet, verbose, color):
    """Check claim files (default: the project's claims/) against their documents and each other.

    PATHS are claim files or directories of them. Documents are those the
    claim files name, plus any given with --docs. Document checks (duplicates,
    draft defects) run on every document.
    """
    from auditor.project import expand_paths, find_project_root
    from auditor.runner import UnknownCheck, run_audit

    root = find_project_root()
    claim_inputs = list(paths) or default_claim_paths(root)
    claim_paths, claim_problems = expand_paths(claim_inputs, (".yaml", ".yml"))
    document_paths, doc_problems = expand_paths(doc_paths, (".txt", ".md", ".text"))
    if claim_problems or doc_problems:
        print_input_error(InputError(claim_problems + doc_problems))
        return ExitStatus.INPUT_ERROR
    if not claim_paths and not document_paths:
        click.echo("auditor: nothing to check: no claim files (claims/ or PATHS) and no --docs", err=True)
        return ExitStatus.INPUT_ERROR
    try:
        report = run_audit(root, claim_paths, document_paths, select=split_ids(select), ignore=split_ids(ignore))
    except UnknownCheck as exc:
        raise click.UsageError(str(exc)) from None
    except InputError as exc:
        print_input_error(exc)
        return ExitStatus.INPUT_ERROR

    if output_format == "json":
        from auditor.report.json import render

        text = render(report)
    else:
        import io

        from auditor.report.text import render

        if output is None:
            render(report, make_console(color), verbose=verbose, quiet=quiet)
            return exit_status(report, fail_on, exit_zero)
        buffer = io.StringIO()
        render(report, make_console("never", file=buffer, width=100), verbose=verbose, quiet=quiet)
        text = buffer.getvalue()
    if output is not None:
        from auditor.io import write_atomic

        write_atomic(output, text.encode("utf-8"))
    else:
        click.echo(text, nl=False)
    return exit_status(report, fail_on, exit_zero)
