"""`auditor extract`: draft a claim file per document, or merge a fresh draft into an edited one."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import click

from auditor.documents import DOCUMENT_SUFFIXES
from auditor.errors import ExitStatus, InputError, InputProblem
from auditor.escaping import visible


def _published(option: str | None, path: Path) -> tuple[str, bool] | InputProblem:
    """The publication date: --published, else the file's modification month (to be confirmed)."""
    from auditor.claims import parse_partial_date

    if option is not None:
        parsed = parse_partial_date(option)
        if parsed is None:
            return InputProblem("--published", f'"{option}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)')
        return str(parsed), False
    modified = datetime.date.fromtimestamp(path.stat().st_mtime)
    return f"{modified.year:04d}-{modified.month:02d}", True


def _load(path: Path, root: Path):
    from auditor.documents import read_document
    from auditor.paths import display_path

    shown = display_path(path, root)
    if Path(shown).is_absolute() or shown.startswith("../") or shown == "..":
        return InputProblem(shown, f"is outside the project root ({root}); claim files name documents inside it")
    return read_document(path, shown)


def _schema_reference(output: Path | None, root: Path) -> str | None:
    """The JSON Schema path relative to the output file, when the project has one: `claims.schema.json` at
    its root (`auditor schema -o claims.schema.json`), or the package's own in this repository."""
    import os

    if output is None:
        return None
    from auditor.commands.schema import SCHEMA_NAME

    for schema in (root / SCHEMA_NAME, root / "auditor" / "schemas" / SCHEMA_NAME):
        if schema.is_file():
            return Path(
                os.path.relpath(schema, (output.parent if str(output.parent) else Path(".")).resolve())
            ).as_posix()
    return None


def _write(path: Path, text: str, force: bool) -> InputProblem | None:
    from auditor.io import write_atomic

    if path.exists() and not force:
        return InputProblem(path.as_posix(), "exists; use --force to overwrite it")
    try:
        if not path.parent.exists():
            path.parent.mkdir(parents=True)
        write_atomic(path, text.encode("utf-8"))
    except OSError as exc:
        return InputProblem(path.as_posix(), f"cannot write: {exc.strerror or exc}")
    return None


def _located(name: str, message: str) -> InputProblem:
    """A MergeError's "name[:line]: message" as a located problem (the name is not repeated)."""
    rest = message[len(name) + 1 :].lstrip() if message.startswith(name + ":") else message
    line, _, after = rest.partition(":")
    if line.isdigit():
        return InputProblem(name, after.lstrip(), int(line))
    return InputProblem(name, rest)


def _fail(problems: list[InputProblem], what: str = "nothing was written") -> ExitStatus:
    from auditor.commands.check import print_input_error

    print_input_error(InputError(problems), what)
    return ExitStatus.INPUT_ERROR


@click.command("extract")
@click.argument("documents", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="DOC...")
@click.option(
    "-o",
    "--output",
    type=click.Path(),  # a str: Path would drop the trailing slash that names a directory
    help="Write the claim file here (atomically) instead of standard output. A directory (with several "
    "documents, or one that exists or ends in /) receives one <document name>.yaml each.",
)
@click.option("--force", is_flag=True, help="Overwrite existing output files.")
@click.option(
    "--published",
    metavar="YYYY[-MM[-DD]]",
    help="Publication date to write. [default: the file's modification month, marked to confirm]",
)
@click.option(
    "--merge",
    "merge_path",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="An edited claim file for this document: keep its claims and relations (a quote whose "
    "figure changed is updated), add figures no claim covers (not those under `skip:`), and list "
    "claims whose quote vanished on standard error (exit 1; they stay for `check` to report).",
)
def extract_command(documents, output, force, published, merge_path):
    """Draft a claim file for each document: every figure, with a quote and a suggested key.

    Each figure (ordinals aside) gets a claim: the shortest clause around it
    that occurs once in the document (widened clause by clause when it
    repeats), the value as written with its line:column, and a key built from
    the words around it for you to confirm. The draft loads with
    `auditor check` as it is. Review it: rename keys (claims about one thing
    share a key, across documents too), delete what is not worth auditing,
    add relations.

    \b
    Examples:
      auditor extract corpus/002_28a0e6980402f326.txt --published 2024-01
      auditor extract corpus/002_28a0e6980402f326.txt -o claims/002.yaml
      auditor extract corpus/ -o drafts/
      auditor extract corpus/002_28a0e6980402f326.txt --merge claims/002.yaml -o claims/002.yaml --force

    With --merge, claims whose quote is still found are kept as written; a
    claim whose quote changed only in its figures keeps its id, key, notes
    and relations, with the quote (and value) updated; a claim whose text
    vanished is left as it is for `check` to report; figures no claim covers
    are added, except those inside a quote listed under `skip:`.

    Several documents on standard output are separated by `---` lines.
    Exit status: 0 written, 1 written but a merged claim's quote is no longer
    in the document (listed on standard error), 2 usage or input error
    (nothing is overwritten without --force).
    """
    from auditor import extract
    from auditor.io import leads_outside, overwritten_input
    from auditor.paths import find_project_root
    from auditor.project import expand_paths

    root = find_project_root()
    paths, problems = expand_paths(documents, DOCUMENT_SUFFIXES, root)
    if problems:
        return _fail(problems)
    if not paths:
        return _fail([InputProblem(" ".join(str(d) for d in documents), "no documents (*.txt, *.md) found")])
    if merge_path is not None and len(paths) != 1:
        raise click.UsageError("--merge takes exactly one document")

    # -o names a directory receiving one <document name>.yaml each: with several documents, or when it is one
    # already or ends in a slash.
    named_directory = output is not None and output.endswith(("/", os.sep))
    output = Path(output) if output is not None else None
    into_directory = output is not None and (len(paths) > 1 or output.is_dir() or named_directory)
    drafts: list[tuple[str, str]] = []  # (document path, YAML text)
    attention = False  # a merge left something for the editor to fix: written, but exit 1
    for path in paths:
        document = _load(path, root)
        if isinstance(document, InputProblem):
            problems.append(document)
            continue
        when = _published(published, path)
        if isinstance(when, InputProblem):
            return _fail([when])
        date, guessed = when
        target = None if output is None else (output / f"{Path(document.path).stem}.yaml" if into_directory else output)
        if merge_path is None:
            result = extract.draft(document, date, published_guessed=guessed)
            drafts.append((document.path, extract.render(result, _schema_reference(target, root))))
            continue
        from auditor.claims import MAX_CLAIM_FILE_BYTES
        from auditor.io import read_input_or_problem

        data = read_input_or_problem(merge_path, merge_path.as_posix(), MAX_CLAIM_FILE_BYTES, "claim file")
        if isinstance(data, InputProblem):
            return _fail([data])
        try:
            merged = extract.merge(data.decode("utf-8-sig"), merge_path.as_posix(), document, date, guessed)
        except UnicodeDecodeError:
            return _fail([InputProblem(merge_path.as_posix(), "claim file is not UTF-8")])
        except extract.MergeError as exc:
            return _fail([_located(merge_path.as_posix(), str(exc))])
        for claim_id, old, new in merged.updated:
            click.echo(
                visible(
                    f'{merge_path.as_posix()}: claim "{claim_id}": quote updated to the figure now in '
                    f'{document.path}: "{old}" → "{new}"'
                ),
                err=True,
            )
        for claim_id, quote in merged.vanished:
            click.echo(
                visible(
                    f'{merge_path.as_posix()}: claim "{claim_id}": quote "{quote}" is no longer in '
                    f"{document.path}; the claim and its relations are kept as they are: fix the quote "
                    "or delete the claim (`auditor check` reports it until then)"
                ),
                err=True,
            )
        click.echo(
            f"auditor: merged {visible(document.path)}: {len(merged.kept)} claims kept"
            + (f" ({len(merged.updated)} with a changed figure)" if merged.updated else "")
            + f", {len(merged.added)} added, {len(merged.vanished)} no longer found",
            err=True,
        )
        if merged.vanished:
            attention = True
        drafts.append((document.path, merged.text))
    if problems:
        return _fail(problems)

    done = ExitStatus.FINDINGS if attention else ExitStatus.OK
    if output is None:
        click.echo("---\n".join(text for _, text in drafts), nl=False)
        return done
    targets = [output / f"{Path(name).stem}.yaml" for name, _ in drafts] if into_directory else [output]
    if into_directory and output.exists() and not output.is_dir():
        return _fail([InputProblem(output.as_posix(), "is a file; with several documents -o names a directory")])
    shared = {t: [name for target, (name, _) in zip(targets, drafts) if target == t] for t in targets}
    collisions = [
        InputProblem(
            t.as_posix(),
            f"{len(names)} documents would be drafted into it ({', '.join(names)}); "
            "draft them into separate directories",
        )
        for t, names in shared.items()
        if len(names) > 1
    ]
    if collisions:
        return _fail(collisions)
    outside = [
        InputProblem(
            t.as_posix(),
            "a symbolic link on its way leads outside the project; name the "
            "directory by an absolute path to write there",
        )
        for t in targets
        if leads_outside(t, root)
    ]
    if outside:
        return _fail(outside)
    overwritten = [(t, overwritten_input(t, paths)) for t in targets]
    refused = [
        InputProblem(t.as_posix(), f"is the document {d.as_posix()}; a claim file cannot replace it")
        for t, d in overwritten
        if d is not None
    ]
    if refused:
        return _fail(refused)
    existing = [
        InputProblem(t.as_posix(), "exists; use --force to overwrite it") for t in targets if t.exists() and not force
    ]
    if existing:
        return _fail(existing)
    for target, (name, text) in zip(targets, drafts):
        problem = _write(target, text, force)
        if problem is not None:
            return _fail([problem])
        click.echo(visible(f"auditor: wrote {target.as_posix()} for {name}"), err=True)
    return done
