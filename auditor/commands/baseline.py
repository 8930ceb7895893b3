"""`auditor baseline`: record the current findings so that `auditor check --baseline` hides them."""

from __future__ import annotations

from pathlib import Path

import click

from auditor.baseline import STALE_CHECK
from auditor.commands.check import (
    cli_settings,
    gather_inputs,
    load_settings_or_exit,
    print_input_error,
    run,
    settings_options,
)
from auditor.errors import ExitStatus, InputError
from auditor.escaping import visible


@click.command("baseline")
@settings_options
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Baseline file to write. [default: the configured `baseline`, else auditor-baseline.json at the project root]",
)
@click.option("--reason", default="", metavar="TEXT", help="Reason recorded with each new entry (edit it later).")
@click.option("--prune", is_flag=True, help="Only remove entries that no longer match a finding; add none.")
def baseline_command(paths, doc_paths, select, extend_select, ignore, config_file, project_dir, output, reason, prune):
    """Record the current findings in a baseline file, so that `auditor check` hides them.

    Entries are matched by a content fingerprint (check, file, and what the
    finding is about; not line numbers), so moving text keeps them valid.
    Rewriting an existing baseline keeps the reasons of entries that still
    match, drops entries that no longer do, and adds new findings (none with
    --prune). Entries of checks that did not run are kept, and so is every
    entry when PATHS or --docs name only some of the project's files.
    A file that exists and is not an auditor baseline is never overwritten.
    """
    from auditor import baseline as baselines
    from auditor.config import DEFAULT_BASELINE_NAME
    from auditor.paths import display_path

    settings = load_settings_or_exit(
        cli_settings(paths, doc_paths, select, ignore, extend_select), config_file, paths, project_dir
    )
    if settings is None:
        return ExitStatus.INPUT_ERROR
    if output is not None:
        target = output
    elif settings["baseline"] is not None:
        target = settings.paths("baseline")[0]
    else:
        target = settings.root / DEFAULT_BASELINE_NAME
    shown = display_path(target, settings.root)
    from auditor.io import leads_outside

    if output is not None and leads_outside(output, settings.root):
        click.echo(
            f"auditor: not writing the baseline to {visible(shown)}: a symbolic link on its way leads outside the "
            "project; name the file by an absolute path to write there",
            err=True,
        )
        return ExitStatus.INPUT_ERROR
    try:
        old = baselines.load_existing(target, shown)
    except baselines.NotABaseline as exc:
        click.echo(
            f"auditor: {visible(shown)} exists and is {exc}; refusing to overwrite it (choose another file with -o)",
            err=True,
        )
        return ExitStatus.INPUT_ERROR
    except InputError as exc:
        print_input_error(exc, "the baseline was not written")
        return ExitStatus.INPUT_ERROR

    inputs = gather_inputs(settings)
    if isinstance(inputs, ExitStatus):
        return inputs
    from auditor.runner import with_extended

    select_ids = with_extended(settings["select"], settings["extend-select"], discovery=False)
    ignore_ids = list(settings["ignore"]) + ([STALE_CHECK] if STALE_CHECK not in settings["ignore"] else [])
    if STALE_CHECK in select_ids:
        select_ids.remove(STALE_CHECK)
        if not select_ids:
            raise click.UsageError(f"{STALE_CHECK} cannot be recorded in a baseline; select other checks")
    try:
        report = run(settings, inputs, select_ids, ignore_ids)
    except InputError as exc:
        print_input_error(exc, "the baseline was not written")
        return ExitStatus.INPUT_ERROR

    entries, counts = baselines.updated_entries(
        old,
        report.findings,
        reason=reason,
        prune=prune,
        checks_run=report.checks,
        partial=inputs.partial,
    )
    from auditor.io import write_atomic

    try:
        write_atomic(target, baselines.render(entries).encode("utf-8"))
    except OSError as exc:
        click.echo(f"auditor: cannot write {visible(shown)}: {exc.strerror or exc}", err=True)
        return ExitStatus.INPUT_ERROR
    total = len({entry.fingerprint for entry in entries})
    click.echo(
        f"auditor: wrote {total} entr{'y' if total == 1 else 'ies'} to {visible(shown)} "
        f"({counts['added']} added, {counts['kept']} kept, {counts['removed']} removed)"
    )
    if inputs.partial and old is not None:
        click.echo(
            "Only some files were audited (PATHS or --docs), so no entry was removed; "
            "run without them to drop entries that no longer match."
        )
    if old is None and settings["baseline"] is None:
        click.echo(
            visible(f'Use it with `auditor check --baseline {shown}`, or set baseline = "{shown}" in [tool.auditor].')
        )
    return ExitStatus.OK
