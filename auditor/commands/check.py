"""`auditor check`: claims against their documents and each other, plus document checks.

Settings come from the command line, then the configuration file
(`[tool.auditor]` in pyproject.toml or `auditor.toml`), then defaults; see
`auditor.config`. The options shared with `auditor baseline` and
`auditor config` are defined here once (`settings_options`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from auditor.config import (
    COLOR_CHOICES,
    FAIL_ON_CHOICES,
    FORMAT_CHOICES,
    SEVERITY_CHOICES,
)
from auditor.errors import ExitStatus, InputError
from auditor.escaping import visible
from auditor.findings import Severity


def split_ids(values: tuple[str, ...]) -> list[str]:
    """`--select a,b --select c` → [a, b, c]."""
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


MAX_WIDTH = 1000  # columns; a wider terminal gets lines this long


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
    columns = os.environ.get("COLUMNS", "")
    if width is None and columns.isdigit() and int(columns) > MAX_WIDTH:
        width = MAX_WIDTH  # rich would take COLUMNS as it is: a rule line of 10**20 cells
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


def print_input_error(error: InputError, what: str = "nothing was checked") -> None:
    for problem in error.problems:
        click.echo(str(problem), err=True)
    from auditor.api import NothingToAudit

    if isinstance(error, NothingToAudit):
        return  # "auditor: nothing to check: …" says it all
    count = len(error.problems)
    click.echo(f"auditor: {count} input error{'s' if count != 1 else ''}; {what}", err=True)


def exit_status(report, fail_on: str, exit_zero: bool) -> ExitStatus:
    if exit_zero or fail_on == "never":
        return ExitStatus.OK
    threshold = Severity.parse(fail_on)
    worst = report.worst()
    return ExitStatus.FINDINGS if worst is not None and worst >= threshold else ExitStatus.OK


# ---------------------------------------------------------------- options shared by check, baseline, config


stdin_filename_option = click.option(
    "--stdin-filename",
    metavar="NAME",
    default=None,
    help="The name to report a document read from standard input (`-` as a document) under; its suffix decides "
    "how it is read (.md: Markdown). [default: -]",
)

config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Read settings from this file instead of the project's auditor.toml / pyproject.toml.",
)
project_option = click.option(
    "--project",
    "project_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="The project root (default: the nearest folder upward with auditor.toml, [tool.auditor] in "
    "pyproject.toml, or .git); for a pre-commit hook or CI job run from elsewhere.",
)


def settings_options(function):
    """PATHS and the options that are also configuration keys, plus --config."""
    decorators = [
        click.argument("paths", nargs=-1, type=click.Path(path_type=Path)),
        click.option(
            "--docs",
            "doc_paths",
            multiple=True,
            type=click.Path(path_type=Path),
            help="Also audit these documents (files or directories), with or without claims. [config: docs]",
        ),
        click.option(
            "--select",
            multiple=True,
            metavar="IDS",
            help="Run only these checks (comma-separated, repeatable). [config: select]",
        ),
        click.option(
            "--extend-select",
            multiple=True,
            metavar="IDS",
            help="Also run these checks, e.g. an opt-in one (comma-separated, repeatable). [config: extend-select]",
        ),
        click.option(
            "--ignore",
            multiple=True,
            metavar="IDS",
            help="Skip these checks (comma-separated, repeatable). [config: ignore]",
        ),
        config_option,
        project_option,
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


def cli_settings(paths=(), doc_paths=(), select=(), ignore=(), extend_select=(), **others) -> dict:
    """Command-line values keyed like the configuration; None where the option was not given."""
    values = {
        "claims": ([str(p) for p in paths], "PATHS") if paths else None,
        "docs": ([str(p) for p in doc_paths], "--docs") if doc_paths else None,
        **selection_settings(select, extend_select),
        "ignore": split_ids(ignore) or None,
    }
    for key, value in others.items():
        values[key] = value
    return values


def selection_settings(select, extend_select) -> dict:
    """`--select` and `--extend-select` as settings. `--select` runs exactly what it names (plus what
    `--extend-select` adds), so it also sets aside the configured `extend-select`, as in ruff."""
    chosen, extended = split_ids(select), split_ids(extend_select)
    return {
        "select": chosen or None,
        "extend-select": extended or (([], "--select") if chosen else None),
    }


def selection_ids(settings) -> list[str]:
    """Every check id the settings name (select, extend-select, ignore), for a did-you-mean hint."""
    return [*settings["select"], *settings["extend-select"], *settings["ignore"]]


def report_settings(fail_on, output_format, color, baseline_file) -> dict:
    """The options of `check` and `config` that are configuration keys besides the shared ones."""
    return {
        "fail-on": fail_on,
        "format": output_format,
        "color": color,
        "baseline": str(baseline_file) if baseline_file is not None else None,
    }


def load_settings_or_exit(cli: dict, config_file: Path | None, paths=(), project_dir: Path | None = None):
    """Settings, or None after printing the configuration problems (the caller exits 2)."""
    from auditor.api import project_settings

    try:
        return project_settings(cli, config=config_file, paths=paths, project=project_dir)
    except InputError as exc:
        print_input_error(exc, "nothing was checked")
        return None


def gather_inputs(settings, given_documents=()):
    """The claim files and documents to read (auditor.api.Inputs), or ExitStatus after printing the problem."""
    from auditor.api import check_inputs

    try:
        return check_inputs(settings, given_documents)
    except InputError as exc:
        print_input_error(exc)
        return ExitStatus.INPUT_ERROR


def report_cache():
    """The report cache (auditor/cache.py), unless --no-cache (`from_scratch_if`), AUDITOR_NO_CACHE or CI."""
    from auditor.cache import ReportCache

    return ReportCache.default()


def from_scratch_if(no_cache: bool) -> None:
    """--no-cache: no cache of any kind (reports, unit factors) for the rest of the command."""
    if no_cache:
        from auditor.caching import caches_off

        click.get_current_context().with_resource(caches_off())


FORMAT_HELP = (
    "Report format: text; concise (one line per finding); json; sarif; github (annotations); gitlab "
    "(Code Quality); junit. [default: text; config: format]"
)


PEOPLE_FORMATS = ("text", "concise")


def check_display(settings, statistics: bool, min_severity: str | None = None) -> None:
    """Refuse --statistics and --min-severity with a machine format before anything runs: a CI job reading
    JSON or SARIF must see every finding that can fail it."""
    if statistics and settings["format"] not in PEOPLE_FORMATS:
        raise click.UsageError(
            f"--statistics prints counts as text; it cannot be combined with --format {settings['format']}"
        )
    if min_severity is not None and settings["format"] not in PEOPLE_FORMATS:
        raise click.UsageError(
            f"--min-severity filters what people read (text, concise); --format {settings['format']} "
            "reports every finding, and --fail-on decides what fails"
        )


def report_options(fail_on_note: str = ""):
    """--format, -o, --fail-on and --exit-zero: where the report goes and what fails the run."""

    def decorate(function):
        decorators = [
            click.option(
                "--format",
                "--output-format",
                "output_format",
                type=click.Choice(FORMAT_CHOICES),
                default=None,
                help=FORMAT_HELP,
            ),
            click.option(
                "-o",
                "--output",
                type=click.Path(path_type=Path, dir_okay=False),
                help="Write the report to FILE (atomically) instead of standard output.",
            ),
            click.option(
                "--fail-on",
                type=click.Choice(FAIL_ON_CHOICES),
                default=None,
                help=f"Lowest severity that makes the exit status 1.{fail_on_note} [default: error; config: fail-on]",
            ),
            click.option(
                "--exit-zero", is_flag=True, help="Exit 0 even when there are findings (input errors still exit 2)."
            ),
        ]
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return decorate


def display_options(function):
    """--statistics and --min-severity: what the report shows, never what fails the run (--fail-on)."""
    decorators = [
        click.option(
            "--statistics",
            is_flag=True,
            help="Print the number of findings per check and severity instead of the findings.",
        ),
        click.option(
            "--min-severity",
            type=click.Choice(SEVERITY_CHOICES),
            default=None,
            help="Show only findings of this severity or worse (text and concise); the others are counted "
            "in the summary and still judged by --fail-on. [default: info]",
        ),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


def no_cache_option(function):
    return click.option(
        "--no-cache",
        is_flag=True,
        help="Audit from scratch: no cache of any kind, neither read nor written (also "
        "AUDITOR_NO_CACHE=1). Reports are cached in $AUDITOR_CACHE_DIR, else ~/.cache/auditor, and reused "
        "only when nothing they depend on changed; never in CI (the CI variable set).",
    )(function)


def run(settings, inputs, select: list[str], ignore: list[str]):
    """run_audit with the settings, no baseline (`auditor baseline` records what this finds); UnknownCheck
    becomes a usage error (exit 2)."""
    from auditor.api import audit_inputs
    from auditor.runner import UnknownCheck

    try:
        return audit_inputs(settings, inputs, select, ignore)
    except UnknownCheck as exc:
        raise click.UsageError(_with_hint(str(exc), select + ignore)) from None


def _with_hint(message: str, given: list[str]) -> str:
    from auditor.registry import check_ids
    from auditor.suggest import did_you_mean

    known = check_ids()
    hints = [
        f'"{item}"{did_you_mean(item, known)}' for item in given if item not in known and did_you_mean(item, known)
    ]
    return message + (f"; {'; '.join(hints)}" if hints else "")


# ---------------------------------------------------------------- the command


@click.command("check")
@settings_options
@report_options()
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Hide the findings recorded in this baseline file (`auditor baseline`); report entries "
    "that no longer match. [config: baseline]",
)
@click.option("--no-baseline", is_flag=True, help="Ignore the configured baseline: show every finding.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings and the summary only.")
@click.option("-v", "--verbose", is_flag=True, help="Also list suppressed findings.")
@click.option(
    "--color",
    type=click.Choice(COLOR_CHOICES),
    default=None,
    help="Colour the terminal report (NO_COLOR and FORCE_COLOR are honoured with auto). [default: auto; config: color]",
)
@stdin_filename_option
@display_options
@no_cache_option
def check_command(
    paths,
    doc_paths,
    select,
    extend_select,
    ignore,
    config_file,
    project_dir,
    output_format,
    output,
    fail_on,
    exit_zero,
    baseline_file,
    no_baseline,
    quiet,
    verbose,
    color,
    stdin_filename,
    statistics,
    min_severity,
    no_cache,
):
    """Check claim files (default: the project's claims/) against their documents and each other.

    PATHS are claim files or directories of them. Documents are those the
    claim files name, plus any given with --docs. Document checks (duplicates,
    draft defects) run on every document.

    Settings not given here come from [tool.auditor] in pyproject.toml or
    from auditor.toml (`auditor config` shows them). Exit status: 0 no
    findings at or above --fail-on, 1 findings, 2 usage or input error.
    """
    from_scratch_if(no_cache)
    if no_baseline and baseline_file is not None:
        raise click.UsageError("--baseline and --no-baseline exclude each other")
    stdin = documents_from_stdin(doc_paths, stdin_filename, "give `--docs -`")
    if isinstance(stdin, ExitStatus):
        return stdin
    doc_paths, given = stdin
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
    check_display(settings, statistics, min_severity)
    inputs = gather_inputs(settings, given)
    if isinstance(inputs, ExitStatus):
        return inputs

    from auditor.api import run_check
    from auditor.runner import UnknownCheck

    try:
        with progress_bar(
            "checking", enabled=not quiet and settings["format"] in PEOPLE_FORMATS and output is None
        ) as progress:
            report, baselined = run_check(
                settings,
                inputs,
                use_baseline=not no_baseline,
                cache=report_cache(),
                progress=progress,
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
        baselined=baselined,
        output=output,
        quiet=quiet,
        verbose=verbose,
        statistics=statistics,
        min_severity=min_severity,
    )
    if text is not None:
        from auditor.api import baseline_file

        where = baseline_file(settings) if not no_baseline else None
        read = [*inputs.claim_paths, *inputs.document_paths] + ([where[0]] if where else [])
        failed = write_report(text, output, files_read(settings, report, read), settings.root)
        if failed is not None:
            return failed
    return status


def files_read(settings, report, others=()) -> list[Path]:
    """The files a run read: its documents, its configuration, and `others` (claim files, a baseline)."""
    files = [settings.root / name for name in report.documents] + list(others)
    if settings.config_path is not None:
        files.append(settings.config_path)
    return files


def write_report(text: str, output: Path | None, inputs=(), root: Path | None = None) -> ExitStatus | None:
    """Print the report, or write it to `output` atomically; an ExitStatus when that failed or when `output`
    is one of the `inputs` (`-o corpus/a.txt` must not replace the article it audits)."""
    if output is None:
        click.echo(text, nl=False)
        return None
    from auditor.io import leads_outside, overwritten_input, write_atomic

    if root is not None and leads_outside(output, root):
        click.echo(
            f"auditor: not writing the report to {visible(str(output))}: a symbolic link on its way leads outside "
            "the project; name the file by an absolute path to write there",
            err=True,
        )
        return ExitStatus.INPUT_ERROR
    overwritten = overwritten_input(output, inputs)
    if overwritten is not None:
        from auditor.paths import display

        click.echo(
            f"auditor: not writing the report to {visible(str(output))}: it is an input of this run "
            f"({visible(display(overwritten))}); choose another file",
            err=True,
        )
        return ExitStatus.INPUT_ERROR
    try:
        write_atomic(output, text.encode("utf-8"))
    except OSError as exc:
        click.echo(f"auditor: cannot write {visible(str(output))}: {exc.strerror or exc}", err=True)
        return ExitStatus.INPUT_ERROR
    return None


def render_report(
    report, settings, *, baselined, output, quiet, verbose, statistics=False, min_severity=None
) -> str | None:
    """The report as text to write, or None when it was printed to the terminal already.

    `min_severity` hides the findings below it (the summary counts them); `statistics` prints counts per check
    instead of the findings, in the text and concise formats only."""
    output_format = settings["format"]
    if min_severity is not None:
        report = report.shown_from(Severity.parse(min_severity))
    if statistics:
        from auditor.report.concise import statistics as counts

        return counts(report)
    if output_format == "text":
        import io

        from auditor.report.text import render

        if output is None:
            render(report, make_console(settings["color"]), verbose=verbose, quiet=quiet)
            return None
        buffer = io.StringIO()
        render(report, make_console("never", file=buffer, width=100), verbose=verbose, quiet=quiet)
        return buffer.getvalue()

    from auditor.report.formats import Context, render, repo_prefix

    summary_file = os.environ.get("GITHUB_STEP_SUMMARY") if output_format == "github" else None
    context = Context(
        repo_prefix=repo_prefix(settings.root),
        baselined=baselined,
        include_suppressed=verbose,
        step_summary=bool(summary_file),
        rule_docs_url=settings["rule-docs-url"],
    )
    text = render(output_format, report, context)
    if summary_file:
        from auditor.report.github import step_summary

        try:
            # Appended, as GitHub expects: other steps' tools write to the same file.
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(step_summary(report, context))
        except OSError as exc:
            click.echo(
                f"auditor: cannot write the step summary ($GITHUB_STEP_SUMMARY): {exc.strerror or exc}", err=True
            )
    return text


class progress_bar:
    """A rich progress bar on stderr for long runs (check and scan): only for a person at a terminal.

    Never in CI (the CI variable is set), never when stderr is not a terminal,
    never with --quiet or machine-readable formats (the caller decides those).
    Used as a context manager that yields the progress callback, or None.
    """

    def __init__(self, verb: str, enabled: bool):
        self.verb = verb
        self.enabled = enabled and sys.stderr.isatty() and not os.environ.get("CI")
        self.bar = None

    def __enter__(self):
        if not self.enabled:
            return None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        self.bar = Progress(
            TextColumn(self.verb),
            BarColumn(),
            TaskProgressColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}"),
            console=Console(stderr=True),
            transient=True,
        )
        self.bar.start()
        task = self.bar.add_task("", total=None)

        def advance(done: int, total: int, label: str) -> None:
            self.bar.update(task, completed=done, total=total, description=label)

        return advance

    def __exit__(self, *exc_info) -> None:
        if self.bar is not None:
            self.bar.stop()


def documents_from_stdin(paths, stdin_filename: str | None, hint: str):
    """(the paths other than `-`, [the document read from standard input when `-` was one]), or ExitStatus
    after an input error; --stdin-filename without `-` is a usage error."""
    from_stdin = any(str(path) == "-" for path in paths)
    rest = tuple(path for path in paths if str(path) != "-")
    if stdin_filename is not None and not from_stdin:
        raise click.UsageError(f"--stdin-filename names a document read from standard input: {hint}")
    if not from_stdin:
        return rest, []
    document = read_stdin_document(stdin_filename or "-")
    if isinstance(document, InputError):
        print_input_error(document)
        return ExitStatus.INPUT_ERROR
    return rest, [document]


def read_stdin_document(name: str):
    """The document on standard input, under `name`; an InputError when it cannot be read as one."""
    from auditor.documents import MAX_DOCUMENT_BYTES, Document, decode_document
    from auditor.errors import InputProblem

    data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        return InputError(
            [InputProblem(name, f"standard input is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MiB")]
        )
    text = decode_document(data, name)
    if isinstance(text, InputProblem):
        return InputError([text])
    return Document(name, text)
