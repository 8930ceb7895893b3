"""`auditor config`: the effective settings and where each one comes from."""

from __future__ import annotations

from pathlib import Path

import click

from auditor.commands.check import (
    cli_settings,
    load_settings_or_exit,
    report_settings,
    selection_ids,
    settings_options,
)
from auditor.config import COLOR_CHOICES, FAIL_ON_CHOICES, FORMAT_CHOICES
from auditor.errors import ExitStatus
from auditor.escaping import visible


@click.command("config")
@settings_options
@click.option("--format", "output_format", type=click.Choice(FORMAT_CHOICES), default=None, help="As for `check`.")
@click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default=None, help="As for `check`.")
@click.option("--baseline", "baseline_file", type=click.Path(path_type=Path, dir_okay=False), help="As for `check`.")
@click.option("--color", type=click.Choice(COLOR_CHOICES), default=None, help="As for `check`.")
def config_command(
    paths,
    doc_paths,
    select,
    extend_select,
    ignore,
    config_file,
    project_dir,
    output_format,
    fail_on,
    baseline_file,
    color,
):
    """Print the effective settings as TOML, each with where it came from.

    The command line wins over the configuration file ([tool.auditor] in
    pyproject.toml, or auditor.toml, at the project root), which wins over
    the defaults. Give the same options as to `auditor check` to see their
    effect. A bad configuration is reported with its line, exit status 2.
    """
    from auditor.config import describe_settings

    cli = cli_settings(
        paths,
        doc_paths,
        select,
        ignore,
        extend_select,
        **report_settings(fail_on, output_format, color, baseline_file),
    )
    settings = load_settings_or_exit(cli, config_file, paths, project_dir)
    if settings is None:
        return ExitStatus.INPUT_ERROR
    from auditor.registry import check_ids

    known = set(check_ids())
    unknown = sorted(set(selection_ids(settings)) - known)
    if unknown:
        raise click.UsageError(
            f"unknown check id{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)} (`auditor checks` lists them)"
        )
    # Configured strings are the repository's: shown with their control characters escaped.
    click.echo(visible(describe_settings(settings), keep_newlines=True), nl=False)
    return ExitStatus.OK
