"""Command line: a thin layer over the library. Each command lives in its own module.

Commands are imported only when invoked (a lazy click group), so
`auditor --help` and `auditor --version` never import pint, rich's console
machinery or a check.
"""

from __future__ import annotations

import errno
import importlib
import io
import os
import sys

import click

from auditor.errors import ExitStatus
from auditor.version import __version__

# name -> "module:function"; the order here is the order `--help` lists them.
COMMANDS: dict[str, str] = {
    "check": "auditor.commands.check:check_command",
    "scan": "auditor.commands.scan:scan_command",
    "extract": "auditor.commands.extract:extract_command",
    "baseline": "auditor.commands.baseline:baseline_command",
    "config": "auditor.commands.config:config_command",
    "parse": "auditor.commands.parse:parse_command",
    "explain": "auditor.commands.explain:explain_command",
    "checks": "auditor.commands.explain:checks_command",
    "schema": "auditor.commands.schema:schema_command",
}

SHORT_HELP: dict[str, str] = {
    "check": "Check claims against their documents and against each other.",
    "scan": "Audit documents with no claims: duplicates, draft defects, discovered conflicts.",
    "extract": "Draft a claim file for each document: every figure with its quote.",
    "baseline": "Record the current findings so that `check --baseline` hides them.",
    "config": "Print the effective settings and where each comes from.",
    "parse": "Show how a figure is read: interval, unit, qualifier.",
    "explain": "Print the documentation of a check.",
    "checks": "List every check with its id, severity and summary.",
    "schema": "Print the claim files' JSON Schema, for editors' completion and validation.",
}


class Interrupted(Exception):
    """Ctrl-C, carried past click (which would print an extra blank line for KeyboardInterrupt)."""


class ReaderLeft(Exception):
    """A broken pipe, carried past click (which would exit 1, the status for findings)."""


class LazyGroup(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise Interrupted() from None
        except BrokenPipeError:
            raise ReaderLeft() from None

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        return getattr(importlib.import_module(module_name), attribute)

    def resolve_command(self, ctx: click.Context, args: list[str]):
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError:
            name = args[0] if args else ""
            if name and not name.startswith("-") and self.get_command(ctx, name) is None:
                from auditor.suggest import did_you_mean

                hint = did_you_mean(name, list(COMMANDS))
                if hint:
                    raise click.UsageError(f"No such command '{name}'{hint}.", ctx) from None
            raise

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Listing commands must not import them: use the short help kept above.
        rows = [(name, SHORT_HELP.get(name, "")) for name in COMMANDS]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="auditor")
def cli() -> None:
    """Fact-check figures in articles: claims against documents, and documents against each other.

    Exit status: 0 no findings at or above --fail-on, 1 findings, 2 usage,
    input or internal error, 130 interrupted.
    """


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# Errors of writing the output itself (a full disk, a closed or vanished standard output): reported as such, not
# as a bug.
_OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EBADF, errno.EIO, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})


class _ClosedOutput(io.TextIOBase):
    """Standard output when the process was started without one (`auditor check >&-`)."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


def _prepare_streams() -> None:
    """Standard output and error that can take what auditor writes: a closed one fails with a message, and an
    encoding that cannot write Chinese (PYTHONIOENCODING=ascii) writes escapes instead of failing."""
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if reconfigure is not None and encoding not in ("utf8", "utf8sig"):
            try:
                reconfigure(errors="backslashreplace")
            except (OSError, ValueError):
                pass


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: map every outcome to a documented exit status."""
    _prepare_streams()
    try:
        status = cli.main(args=argv, prog_name="auditor", standalone_mode=False)
        sys.stdout.flush()
    except (Interrupted, KeyboardInterrupt, click.exceptions.Abort):
        sys.stderr.write("auditor: interrupted\n")
        sys.exit(ExitStatus.INTERRUPTED)
    except click.ClickException as exc:
        # Usage errors and bad options are input errors (2), never "findings" (1). They may quote an
        # argument: its control characters are shown, not sent to the terminal.
        from auditor.escaping import visible

        exc.message = visible(exc.message, keep_newlines=True)
        exc.show()
        sys.exit(ExitStatus.INPUT_ERROR)
    except (ReaderLeft, BrokenPipeError):
        # `auditor check | head`: the reader left; that is not our failure.
        _silence_stdout()
        sys.exit(ExitStatus.OK)
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRNOS:
            _internal_error(exc)
        _silence_stdout()
        sys.stderr.write(f"auditor: cannot write the output: {exc.strerror or exc}\n")
        sys.exit(ExitStatus.INPUT_ERROR)
    except Exception as exc:  # a bug: never let CI read a crash as "findings" (1)
        _internal_error(exc)
    sys.exit(int(status) if isinstance(status, int) else ExitStatus.OK)


def _internal_error(exc: Exception) -> None:
    """A bug: one line and exit 2 (with AUDITOR_DEBUG set, the traceback)."""
    if os.environ.get("AUDITOR_DEBUG"):
        raise exc
    from auditor.escaping import visible

    message = visible(" ".join(str(exc).split())[:300])
    sys.stderr.write(
        f"auditor: internal error: {type(exc).__name__}: {message} "
        "(a bug in auditor; run with AUDITOR_DEBUG=1 for the traceback)\n"
    )
    sys.exit(ExitStatus.INPUT_ERROR)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
