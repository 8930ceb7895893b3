"""`auditor scan`: audit documents that have no claim files yet.

Runs every check that needs no hand-written claims (duplicates, draft
integrity) plus the discovery checks (`discovered-*`), which guess relations
between figures from their wording. Reporting, --fail-on, --select/--ignore,
the configuration file and the exit status are those of `auditor check`, whose
helpers this module reuses. docs/scan.md describes the discovery method.
"""

from __future__ import annotations

from pathlib import Path

import click

from auditor.commands.check import (
    config_option,
    display_options,
    no_cache_option,
    project_option,
    report_options,
    stdin_filename_option,
)
from auditor.config import COLOR_CHOICES
from auditor.errors import ExitStatus, InputError


def _a_number(ctx, param, value):
    """NaN passes FloatRange (every comparison with it is false) and would accept every guess."""
    if value is not None and value != value:
        raise click.BadParameter("nan is not a number between 0 and 1")
    return value


@click.command("scan")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@report_options(" Discoveries are warnings.")
@click.option(
    "--select",
    multiple=True,
    metavar="IDS",
    help="Run only these checks (comma-separated, repeatable). [config: select]",
)
@click.option(
    "--extend-select",
    multiple=True,
    metavar="IDS",
    help="Also run these checks, e.g. an opt-in one (comma-separated, repeatable). [config: extend-select]",
)
@click.option(
    "--ignore", multiple=True, metavar="IDS", help="Skip these checks (comma-separated, repeatable). [config: ignore]"
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="PATTERN",
    help="Skip files and folders matching this gitignore-style pattern when searching folders "
    "(repeatable; hidden folders, node_modules, virtual environments and what .gitignore "
    "lists are always skipped). [config: exclude]",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=None,
    metavar="0-1",
    callback=_a_number,
    help="Report discovered conflicts at or above this confidence. "
    "[default: 0.5; config: checks.discovered-conflict.min_confidence]",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(0, 256),
    default=1,
    show_default=True,
    help="Worker processes; 0 means one per CPU core. Results are identical whatever the number.",
)
@config_option
@project_option
@stdin_filename_option
@click.option("-q", "--quiet", is_flag=True, help="Print findings and the summary only.")
@click.option("-v", "--verbose", is_flag=True, help="Also list suppressed findings.")
@click.option(
    "--color",
    type=click.Choice(COLOR_CHOICES),
    default=None,
    help="Colour the terminal report (NO_COLOR and FORCE_COLOR are honoured with auto). [default: auto; config: color]",
)
@display_options
@no_cache_option
def scan_command(
    paths,
    output_format,
    output,
    fail_on,
    exit_zero,
    select,
    extend_select,
    ignore,
    exclude,
    min_confidence,
    jobs,
    config_file,
    project_dir,
    stdin_filename,
    quiet,
    verbose,
    color,
    statistics,
    min_severity,
    no_cache,
):
    """Audit documents with no claim files: duplicates, draft defects, and discovered inconsistencies.

    PATHS are documents or directories of them (*.txt, *.md); without PATHS
    the configured `docs` are scanned. Besides the document checks, scan
    discovers figures that contradict each other (two figures whose contexts
    match once numbers are masked, with incompatible values), shares worded
    as parts of one total that exceed 100%, and components under 其中 / "of
    which" that do not fit their total. Discoveries are guesses: warnings
    with a confidence and their evidence, never errors.

    \b
    Examples:
      auditor scan corpus/
      auditor scan a.txt b.txt --format json -o scan.json
      auditor scan corpus/ --select discovered-conflict --min-confidence 0.7
      auditor scan corpus/ --output-format concise --min-severity warning
      auditor scan corpus/ --statistics

    Exit status: 0 no findings at or above --fail-on, 1 findings, 2 usage or
    input error.
    """
    from auditor.api import run_scan, scan_inputs
    from auditor.commands.check import (
        _with_hint,
        check_display,
        documents_from_stdin,
        exit_status,
        files_read,
        from_scratch_if,
        load_settings_or_exit,
        print_input_error,
        progress_bar,
        render_report,
        report_cache,
        selection_ids,
        selection_settings,
        split_ids,
        write_report,
    )
    from auditor.runner import UnknownCheck

    from_scratch_if(no_cache)
    stdin = documents_from_stdin(paths, stdin_filename, "give `-` among PATHS")
    if isinstance(stdin, ExitStatus):
        return stdin
    paths, given = stdin
    cli = {
        "docs": ([str(path) for path in paths], "PATHS") if paths else None,
        **selection_settings(select, extend_select),
        "ignore": split_ids(ignore) or None,
        "exclude": list(exclude) or None,
        "fail-on": fail_on,
        "format": output_format,
        "color": color,
    }
    settings = load_settings_or_exit(cli, config_file, paths, project_dir)
    if settings is None:
        return ExitStatus.INPUT_ERROR
    check_display(settings, statistics, min_severity)
    try:
        document_paths = scan_inputs(settings, named=bool(paths), given_documents=given)
    except InputError as exc:
        print_input_error(exc)
        return ExitStatus.INPUT_ERROR
    options = {} if min_confidence is None else {"discovered-conflict": {"min_confidence": min_confidence}}
    if jobs == 0:
        import os

        jobs = os.cpu_count() or 1
    bar = progress_bar("scanning", enabled=not quiet and settings["format"] in ("text", "concise") and output is None)
    try:
        with bar as progress:
            report = run_scan(
                settings,
                document_paths,
                options=options,
                jobs=jobs,
                progress=progress,
                cache=report_cache(),
                given_documents=given,
            )
    except UnknownCheck as exc:
        raise click.UsageError(_with_hint(str(exc), selection_ids(settings))) from None
    except InputError as exc:
        print_input_error(exc)
        return ExitStatus.INPUT_ERROR

    status = exit_status(report, settings["fail-on"], exit_zero)
    text = render_report(
        report,
        settings,
        baselined=frozenset(),
        output=output,
        quiet=quiet,
        verbose=verbose,
        statistics=statistics,
        min_severity=min_severity,
    )
    if text is not None:
        failed = write_report(text, output, files_read(settings, report, document_paths), settings.root)
        if failed is not None:
            return failed
    return status
