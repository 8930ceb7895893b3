"""`auditor schema`: the claim files' JSON Schema, for a project outside this repository.

    auditor schema -o claims.schema.json

The schema ships inside the package (`auditor/schemas/claims.schema.json`); this writes it where an editor's
YAML language server finds it, and `auditor extract` then points new drafts at it
(`# yaml-language-server: $schema=…`).
"""

from __future__ import annotations

from pathlib import Path

import click

from auditor.errors import ExitStatus

SCHEMA_NAME = "claims.schema.json"


def packaged_schema() -> Path:
    return Path(__file__).resolve().parent.parent / "schemas" / SCHEMA_NAME


@click.command("schema")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help=f"Write the schema to FILE (atomically), e.g. {SCHEMA_NAME} at the project root, where "
    "`auditor extract` finds it.",
)
def schema_command(output):
    """Print the claim files' JSON Schema (draft 2020-12), or write it to a file.

    Save it at the project root as claims.schema.json and `auditor extract`
    points each draft at it, so editors get completion and validation (the
    YAML extension of VS Code and other editors read the
    `# yaml-language-server: $schema=…` line). The schema is tested to
    accept exactly the claim files `auditor check` loads.
    """
    text = packaged_schema().read_text(encoding="utf-8")
    if output is None:
        click.echo(text, nl=False)
        return ExitStatus.OK
    from auditor.commands.check import write_report

    failed = write_report(text, output)
    if failed is not None:
        return failed
    click.echo(f"auditor: wrote {output.as_posix()}", err=True)
    return ExitStatus.OK
