"""`auditor parse`: show how the tool reads a figure, or every figure of a document."""

from __future__ import annotations

import json
from pathlib import Path

import click

from auditor.errors import ExitStatus
from auditor.escaping import visible


def _interval(figure) -> str:
    """[2700000, 3000000) in exact decimals; ∞ for an open side."""
    from auditor.figures import format_number

    if figure.low is None and figure.high is None:
        return "(unresolved)" if figure.kind == "relative-date" else "(-∞, ∞)"
    low = "-∞" if figure.low is None else format_number(figure.low)
    high = "∞" if figure.high is None else format_number(figure.high)
    left = "[" if figure.low is not None and figure.low_inclusive else "("
    right = "]" if figure.high is not None and figure.high_inclusive else ")"
    return f"{left}{low}, {high}{right}"


def _text_block(figure) -> list[str]:
    from auditor.figures import reading

    unit = figure.unit or "(none)"
    dimension = figure.dimension or "dimensionless"
    return [
        figure.text,
        f"  interval   {_interval(figure)} {figure.unit}".rstrip(),
        f"  unit       {unit} {dimension} (written: {figure.written_unit or '-'})",
        f"  kind       {figure.kind}",
        f"  qualifier  {figure.qualifier or '-'}",
        f"  reading    {reading(figure)}",
    ]


@click.command("parse")
@click.argument("figures", nargs=-1, metavar="FIGURE...")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--find",
    "find_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="List every figure of this document, with line:column, and the spans left unread, with why.",
)
@click.option(
    "--no-implied-precision",
    is_flag=True,
    help="Read rounded figures (1.2万, 28.39%) as exact numbers instead of intervals.",
)
@click.pass_context
def parse_command(
    ctx: click.Context, figures: tuple[str, ...], output_format: str, find_path: Path | None, no_implied_precision: bool
) -> None:
    """Show how figures are read: interval in base units, unit, dimension, qualifier, kind.

    \b
    Examples:
      auditor parse 近300万吨 1.36亿元 "more than 300 people"
      auditor parse --format json 1500多名
      auditor parse --find corpus/002_28a0e6980402f326.txt

    Exit status: 0 when every input is a figure, 2 when one is not (or the
    document cannot be read).
    """
    from auditor.figures import FigureError, figure_json, parse, read_prose

    implied = not no_implied_precision
    if find_path is None and not figures:
        raise click.UsageError("give one or more figures, or --find FILE")
    if find_path is not None and figures:
        raise click.UsageError("give figures or --find FILE, not both")

    if find_path is not None:
        from auditor.documents import read_document

        document = read_document(find_path, find_path.as_posix())
        if not hasattr(document, "text"):
            click.echo(f"auditor parse: {document}", err=True)
            ctx.exit(ExitStatus.INPUT_ERROR)
        reading = read_prose(document.text, implied_precision=implied)
        if output_format == "json":
            rows = []
            for figure in reading.figures:
                line, column = document.position(figure.start)
                end_line, end_column = document.position(figure.end)
                rows.append(
                    {
                        "path": document.path,
                        "line": line,
                        "column": column,
                        "end_line": end_line,
                        "end_column": end_column,
                        **figure_json(figure),
                    }
                )
            unread = []
            for span in reading.unread:
                line, column = document.position(span.start)
                unread.append({"path": document.path, "line": line, "column": column, **span.to_json()})
            click.echo(json.dumps({"figures": rows, "unread": unread}, ensure_ascii=False, indent=2))
        else:
            rows = [(f.start, f"{visible(f.text)}\t{f.kind}\t{_interval(f)}\t{f.unit or '-'}") for f in reading.figures]
            rows += [(u.start, f"{visible(u.text)}\tunread\t{visible(u.reason)}") for u in reading.unread]
            for start, row in sorted(rows, key=lambda item: item[0]):
                line, column = document.position(start)
                click.echo(visible(f"{document.path}:{line}:{column}") + "\t" + row)
            summary = f"{len(reading.figures)} figure{'' if len(reading.figures) == 1 else 's'}"
            if reading.unread:
                summary += f", {len(reading.unread)} unread (listed with the reason)"
            click.echo(summary, err=True)
        ctx.exit(ExitStatus.OK)

    results = []
    failures = []
    for text in figures:
        try:
            results.append(parse(text, implied_precision=implied))
        except FigureError as error:
            failures.append(str(error))
    if output_format == "json":
        click.echo(json.dumps([figure_json(figure) for figure in results], ensure_ascii=False, indent=2))
    else:
        blocks = ["\n".join(_text_block(figure)) for figure in results]
        if blocks:
            click.echo("\n\n".join(blocks))
    for message in failures:
        click.echo(f"auditor parse: {visible(message)}", err=True)
    ctx.exit(ExitStatus.INPUT_ERROR if failures else ExitStatus.OK)
