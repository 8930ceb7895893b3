"""Configuration: `[tool.auditor]` in pyproject.toml or a top-level `auditor.toml`.

The configuration file sits at the project root (the nearest directory, from
the working directory upward, holding an `auditor.toml`, a `pyproject.toml`
with `[tool.auditor]`, or a `.git`; see `auditor.paths.find_project_root`;
`--project DIR` names the root). When both files exist there, `auditor.toml`
wins, as `ruff.toml` beats `pyproject.toml`. `--config FILE` names one
explicitly.

Every setting is resolved in one place with its source: the command line
wins, then the configuration file, then the default. `auditor config`
prints the result. Validation happens at this edge: an unknown key, a wrong
type or an unknown check id is an `InputProblem` located at the key's line
(tomllib gives no positions, so the key is found by scanning the file text
within its table: deterministic and good enough for hand-written TOML).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.errors import InputError, InputProblem
from auditor.paths import display, has_auditor_table
from auditor.patterns import lazy_compile
from auditor.suggest import did_you_mean

MAX_CONFIG_BYTES = 4 * 1024 * 1024

FAIL_ON_CHOICES = ("error", "warning", "info", "never")
COLOR_CHOICES = ("auto", "always", "never")
SEVERITY_CHOICES = ("error", "warning", "info")
# Kept here (not imported from the reporters) so that reading a configuration imports no reporter.
FORMAT_CHOICES = ("text", "concise", "json", "sarif", "github", "gitlab", "junit")
DEFAULT_BASELINE_NAME = "auditor-baseline.json"

# key -> (kind, choices); kinds: "choice", "ids" (check ids), "path", "paths", "patterns" (gitignore-style).
KEYS: dict[str, tuple[str, tuple[str, ...]]] = {
    "fail-on": ("choice", FAIL_ON_CHOICES),
    "select": ("ids", ()),
    "extend-select": ("ids", ()),
    "ignore": ("ids", ()),
    "format": ("choice", FORMAT_CHOICES),
    "color": ("choice", COLOR_CHOICES),
    "baseline": ("path", ()),
    "claims": ("paths", ()),
    "docs": ("paths", ()),
    "exclude": ("patterns", ()),
    "rule-docs-url": ("url", ()),
}
DEFAULTS: dict[str, Any] = {
    "fail-on": "error",
    "select": [],
    "extend-select": [],
    "ignore": [],
    "format": "text",
    "color": "auto",
    "baseline": None,
    "claims": None,  # computed: claims/ of the project root when it exists
    "docs": [],
    "exclude": [],
    "rule-docs-url": None,  # computed: auditor.RULE_DOCS_URL
}
CHECKS_TABLE = "checks"


@dataclass(frozen=True)
class Setting:
    """One effective value and where it came from.

    `base` is the directory relative paths in `value` are taken from: the
    configuration file's directory for configured paths, None (the working
    directory) for the command line and the defaults that are already absolute.
    """

    value: Any
    source: str
    base: Path | None = None


@dataclass(frozen=True)
class Settings:
    """Effective settings with where each came from: the command line, a configuration file or a default."""

    root: Path
    config_path: Path | None
    values: Mapping[str, Setting]
    checks: Mapping[str, Mapping[str, Setting]]  # check id -> name ("severity" or an option) -> setting
    notes: tuple[str, ...] = ()

    def __getitem__(self, key: str) -> Any:
        return self.values[key].value

    def paths(self, key: str) -> list[Path]:
        setting = self.values[key]
        value = setting.value
        if value is None:
            return []
        items = value if isinstance(value, list) else [value]
        return [Path(item) if setting.base is None else setting.base / item for item in items]

    def severities(self) -> dict[str, Any]:
        from auditor.findings import Severity

        return {
            check_id: Severity.parse(options["severity"].value)
            for check_id, options in self.checks.items()
            if "severity" in options and options["severity"].source != "default"
        }

    def check_options(self) -> dict[str, dict[str, Any]]:
        return {
            check_id: {
                name: setting.value
                for name, setting in options.items()
                if name != "severity" and setting.source != "default"
            }
            for check_id, options in self.checks.items()
            if any(name != "severity" and setting.source != "default" for name, setting in options.items())
        }


# ---------------------------------------------------------------- locating keys in TOML text

_BARE = r"[A-Za-z0-9_-]+"
_BASIC = r'"(?:[^"\\\n]|\\.)*"'
_LITERAL = r"'[^'\n]*'"
_KEY = rf"(?:{_BARE}|{_BASIC}|{_LITERAL})"
_DOTTED = rf"{_KEY}(?:[ \t]*\.[ \t]*{_KEY})*"
_HEADER_RE = lazy_compile(rf"^\[\[?[ \t]*({_DOTTED})[ \t]*\]\]?[ \t]*(?:#.*)?$")
_KEYVAL_RE = lazy_compile(rf"^({_DOTTED})[ \t]*=")
_PART_RE = lazy_compile(_KEY)


def _split_dotted(text: str) -> tuple[str, ...]:
    parts = []
    for match in _PART_RE.finditer(text):
        part = match.group()
        if part.startswith('"'):
            import json

            try:
                part = json.loads(part)
            except ValueError:
                part = part[1:-1]
        elif part.startswith("'"):
            part = part[1:-1]
        parts.append(part)
    return tuple(parts)


def key_positions(text: str) -> dict[tuple[str, ...], tuple[int, int]]:
    """Full key path -> (line, column) of its first appearance: table headers and `key = value` lines.

    Lines inside multi-line strings are skipped; keys inside inline tables are
    not recorded (a lookup falls back to the enclosing key).
    """
    positions: dict[tuple[str, ...], tuple[int, int]] = {}
    table: tuple[str, ...] = ()
    open_quote: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if open_quote:
            if line.count(open_quote) % 2 == 1:
                open_quote = None
            continue
        stripped = line.lstrip()
        column = len(line) - len(stripped) + 1
        if not stripped or stripped.startswith("#"):
            continue
        header = _HEADER_RE.match(stripped)
        if header:
            table = _split_dotted(header.group(1))
            for depth in range(1, len(table) + 1):
                positions.setdefault(table[:depth], (number, column))
            continue
        keyval = _KEYVAL_RE.match(stripped)
        if keyval:
            path = table + _split_dotted(keyval.group(1))
            for depth in range(len(table) + 1, len(path) + 1):
                positions.setdefault(path[:depth], (number, column))
            rest = stripped[keyval.end() :]
            for quote in ('"""', "'''"):
                if rest.count(quote) % 2 == 1:
                    open_quote = quote
                    break
    return positions


@dataclass
class _Locator:
    """Line and column of keys in a configuration file, and the problems found in it."""

    path: str  # as shown in messages
    positions: dict[tuple[str, ...], tuple[int, int]]
    prefix: tuple[str, ...]  # ("tool", "auditor") in pyproject.toml, () in auditor.toml
    problems: list[InputProblem] = field(default_factory=list)

    def where(self, keys: tuple[str, ...]) -> tuple[int, int]:
        full = self.prefix + keys
        for depth in range(len(full), 0, -1):
            if full[:depth] in self.positions:
                return self.positions[full[:depth]]
        return (0, 0)

    def table_name(self, keys: tuple[str, ...] = ()) -> str:
        full = self.prefix + keys
        return "[" + ".".join(_toml_key(k) for k in full) + "]" if full else self.path

    def problem(self, keys: tuple[str, ...], message: str) -> None:
        line, column = self.where(keys)
        self.problems.append(InputProblem(self.path, message, line, column))


def _toml_key(key: str) -> str:
    return key if re.fullmatch(_BARE, key) else '"' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------- discovery and loading


def find_config(root: Path) -> tuple[Path | None, tuple[str, ...]]:
    """The configuration file of the project at `root`, and notes on files passed over."""
    auditor_toml = root / "auditor.toml"
    pyproject = root / "pyproject.toml"
    if auditor_toml.is_file():
        notes = ()
        if pyproject.is_file() and has_auditor_table(pyproject):
            notes = (f"{display(pyproject)}: [tool.auditor] is ignored because {display(auditor_toml)} exists",)
        return auditor_toml, notes
    if pyproject.is_file() and has_auditor_table(pyproject):
        return pyproject, ()
    return None, ()


def read_config(path: Path) -> tuple[dict[str, Any], _Locator]:
    """The raw auditor table of a configuration file (validated later) and a locator for its keys."""
    import tomllib

    shown = display(path)
    is_pyproject = path.name == "pyproject.toml"
    prefix = ("tool", "auditor") if is_pyproject else ()
    from auditor.io import read_input_or_problem

    data = read_input_or_problem(path, shown, MAX_CONFIG_BYTES, "configuration file")
    if isinstance(data, InputProblem):
        raise InputError(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(InputProblem(shown, "configuration is not UTF-8")) from None
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
        line = column = 0
        if match:
            line, column = int(match.group(1)), int(match.group(2))
            message = message[: match.start()]
        elif match := re.search(r"\s*\(at end of document\)$", message):
            line = text.count("\n") + 1
            message = message[: match.start()] + " at end of document"
        raise InputError(
            InputProblem(shown, f"invalid TOML: {message[:1].lower() + message[1:]}", line, column)
        ) from None
    locator = _Locator(shown, key_positions(text), prefix)
    table: Any = parsed
    for key in prefix:
        table = table.get(key, {}) if isinstance(table, dict) else {}
    if not isinstance(table, dict):
        locator.problem((), f"{locator.table_name()} must be a table")
        raise InputError(locator.problems)
    return table, locator


def _validate(
    table: dict[str, Any], locator: _Locator, base: Path
) -> tuple[dict[str, Setting], dict[str, dict[str, Setting]]]:
    from auditor.registry import get_check, registered

    known_ids = [entry.id for entry in registered()]
    values: dict[str, Setting] = {}
    check_settings: dict[str, dict[str, Setting]] = {}

    def source(keys: tuple[str, ...]) -> str:
        line, _ = locator.where(keys)
        return f"{locator.path}:{line}" if line else locator.path

    for key, value in table.items():
        keys = (key,)
        if key == CHECKS_TABLE:
            if not isinstance(value, dict):
                locator.problem(
                    keys,
                    f'"{key}" must be a table of check settings, e.g. [{".".join(locator.prefix + (key,))}.percent-sum]',
                )
                continue
            for check_id, options in value.items():
                check_keys = (key, check_id)
                check = get_check(check_id)  # imports only the checks the configuration sets
                if check is None:
                    locator.problem(
                        check_keys,
                        f'unknown check "{check_id}" in {locator.table_name((key,))}{did_you_mean(check_id, known_ids)}',
                    )
                    continue
                if not isinstance(options, dict):
                    locator.problem(
                        check_keys, f'{locator.table_name(check_keys)} must be a table, e.g. severity = "warning"'
                    )
                    continue
                check_settings[check_id] = {}
                allowed = ["severity", *check.options]
                for name, option in options.items():
                    option_keys = check_keys + (name,)
                    if name not in allowed:
                        hint = did_you_mean(name, allowed)
                        settable = ", ".join(allowed)
                        locator.problem(
                            option_keys,
                            f'unknown key "{name}" in {locator.table_name(check_keys)}{hint}; settable: {settable}',
                        )
                        continue
                    if name == "severity":
                        if option not in SEVERITY_CHOICES:
                            locator.problem(
                                option_keys,
                                f'"severity" must be one of {", ".join(SEVERITY_CHOICES)}, not {_show(option)}',
                            )
                            continue
                    else:
                        converted = _convert_option(option, check.options[name])
                        if converted is _INVALID:
                            locator.problem(
                                option_keys,
                                f'"{name}" must be {_describe_type(check.options[name])}, not {_show(option)}',
                            )
                            continue
                        beyond = _beyond_limit(converted, check.limits.get(name))
                        if beyond:
                            locator.problem(option_keys, f'"{name}" must be {beyond}, not {_show(option)}')
                            continue
                        option = converted
                    check_settings[check_id][name] = Setting(option, source(option_keys))
            continue
        if key not in KEYS:
            hint = did_you_mean(key, [*KEYS, CHECKS_TABLE])
            locator.problem(keys, f'unknown key "{key}" in {locator.table_name()}{hint}')
            continue
        kind, choices = KEYS[key]
        if kind == "choice":
            if value not in choices:
                locator.problem(keys, f'"{key}" must be one of {", ".join(choices)}, not {_show(value)}')
                continue
        elif kind in ("ids", "paths", "patterns"):
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                example = {"ids": "percent-sum", "paths": "claims", "patterns": "drafts/"}[kind]
                locator.problem(keys, f'"{key}" must be a list of strings, e.g. {key} = ["{example}"]')
                continue
            if kind == "ids":
                unknown = [item for item in value if item not in known_ids]
                for item in unknown:
                    locator.problem(keys, f'unknown check id "{item}" in "{key}"{did_you_mean(item, known_ids)}')
                if unknown:
                    continue
        elif kind == "url":
            if not isinstance(value, str) or not re.match(r"https?://[^\s]+$", value) or "{id}" not in value:
                locator.problem(
                    keys,
                    f'"{key}" must be an http(s) address with {{id}} where the check id goes, '
                    f'e.g. "https://example.org/auditor/{{id}}.html", not {_show(value)}',
                )
                continue
        elif kind == "path":
            if not isinstance(value, str) or not value:
                locator.problem(keys, f'"{key}" must be a path (a string)')
                continue
        if kind in ("path", "paths"):
            outside = [item for item in ([value] if kind == "path" else value) if _leaves(base, item)]
            if outside:
                # The configuration travels with the repository, so a pull request can change it: it names
                # files inside the project only (the command line may name any).
                locator.problem(
                    keys,
                    f'"{key}" names {_show(outside[0])}, outside the project ({base}); '
                    "configured paths stay inside it (name others on the command line)",
                )
                continue
        values[key] = Setting(value, source(keys), base if kind in ("path", "paths") else None)
    return values, check_settings


_INVALID = object()


def _leaves(base: Path, item: str) -> bool:
    """Whether a configured path is absolute or leads (through `..` or links) outside `base`."""
    from auditor.io import real_path

    if not item or Path(item).is_absolute() or item.startswith(("/", "\\")) or (len(item) > 1 and item[1] == ":"):
        return bool(item)
    return not real_path(base / item).is_relative_to(real_path(base))


def _convert_option(value: Any, default: Any) -> Any:
    """The configured value in the type of the check's default, or _INVALID. Beyond the type: numbers are finite
    and not negative, and strings in a list are not empty (no option of any check means anything else)."""
    import math

    if isinstance(default, bool):
        return value if isinstance(value, bool) else _INVALID
    if isinstance(default, int):
        return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else _INVALID
    if isinstance(default, float):
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value) or value < 0:
            return _INVALID
        return float(value)
    if isinstance(default, str):
        return value if isinstance(value, str) else _INVALID
    if isinstance(default, (tuple, list, frozenset, set)):
        if not isinstance(value, list):
            return _INVALID
        kinds = {type(item) for item in default}
        if kinds and not all(type(item) in kinds for item in value):
            return _INVALID
        if any(item == "" for item in value):
            return _INVALID
        return type(default)(value) if isinstance(default, (tuple, frozenset)) else list(value)
    if default is None:
        return value
    return value if isinstance(value, type(default)) else _INVALID


def _beyond_limit(value: Any, limit: tuple | None) -> str | None:
    """What `value` must be when a check's declared limit (`Check.limits`) excludes it, else None."""
    if not limit:
        return None
    if limit[0] == "range":
        low, high = limit[1], limit[2]
        if (low is not None and value < low) or (high is not None and value > high):
            if high is None:
                return f"at least {low}"
            return f"between {low:g} and {high:g}"
        return None
    if limit[0] == "one of" and value not in limit[1:]:
        return "one of " + ", ".join(limit[1:])
    return None


def _describe_type(default: Any) -> str:
    if isinstance(default, bool):
        return "true or false"
    if isinstance(default, int):
        return "a whole number (0 or more)"
    if isinstance(default, float):
        return "a number (0 or more)"
    if isinstance(default, str):
        return "a string"
    if isinstance(default, (tuple, list, frozenset, set)):
        kinds = {type(item).__name__ for item in default}
        return "a list of non-empty strings" if kinds <= {"str"} else "a list"
    return f"a {type(default).__name__}"


def _show(value: Any) -> str:
    import json

    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


# ---------------------------------------------------------------- resolution


def load_settings(
    cli: Mapping[str, Any] | None = None,
    *,
    config_file: Path | None = None,
    start: Path | None = None,
    root: Path | None = None,
) -> Settings:
    """Effective settings: `cli` (values None when not given) over the configuration file over defaults.

    `cli` keys are the configuration keys ("fail-on", "select", ...); a CLI
    entry may be `(value, "--option")` to name the option in the source.
    Raises InputError (every problem, located) on a bad configuration.
    """
    from auditor.paths import find_project_root

    if root is None:
        root = find_project_root(start)
    else:
        root = root.resolve()  # --project DIR: the root named, no search
    notes: tuple[str, ...] = ()
    if config_file is not None:
        if not config_file.exists():
            raise InputError(InputProblem(display(config_file), "configuration file not found"))
        path: Path | None = config_file
    else:
        path, notes = find_config(root)
    configured: dict[str, Setting] = {}
    configured_checks: dict[str, dict[str, Setting]] = {}
    if path is not None:
        table, locator = read_config(path)
        configured, configured_checks = _validate(table, locator, path.resolve().parent)
        if locator.problems:
            raise InputError(locator.problems)

    values: dict[str, Setting] = {}
    for key in KEYS:
        given = (cli or {}).get(key)
        option = f"--{key}"
        if isinstance(given, tuple):
            given, option = given
        if given and key == "extend-select" and option == "--extend-select" and key in configured:
            # As in ruff, a command-line --extend-select adds to the configured one (--select sets it aside).
            merged = list(dict.fromkeys([*configured[key].value, *given]))
            values[key] = Setting(merged, f"{configured[key].source} and command line ({option})")
        elif given is not None:
            values[key] = Setting(given, f"command line ({option})")
        elif key in configured:
            values[key] = configured[key]
        elif key == "claims":
            claims_dir = root / "claims"
            values[key] = Setting(
                ["claims"] if claims_dir.is_dir() else [], "default (claims/ of the project root)", root
            )
        elif key == "rule-docs-url":
            from auditor.version import RULE_DOCS_URL

            values[key] = Setting(RULE_DOCS_URL, "default (the checks' pages for this version)")
        else:
            values[key] = Setting(DEFAULTS[key], "default")

    from auditor.registry import registered

    # Severities from the registry's table; options only as configured (a check's defaults stay in its module,
    # read when it runs, or by `auditor config`): settings import no check they do not configure.
    checks: dict[str, dict[str, Setting]] = {}
    for check in registered():
        own = configured_checks.get(check.id, {})
        checks[check.id] = {
            "severity": own.get("severity", Setting(check.severity.label, "default")),
            **{name: setting for name, setting in own.items() if name != "severity"},
        }
    return Settings(root=root, config_path=path, values=values, checks=checks, notes=notes)


# ---------------------------------------------------------------- showing settings


def toml_value(value: Any) -> str:
    """A value written as TOML (for `auditor config`)."""
    import json

    if value is None:
        return '""  # not set'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return "[" + ", ".join(toml_value(item) for item in items) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_toml_key(str(k))} = {toml_value(v)}" for k, v in value.items()) + "}"
    return json.dumps(str(value), ensure_ascii=False)


def describe_settings(settings: Settings) -> str:
    """The effective settings as TOML, each with its source as a comment."""
    from auditor.version import __version__

    lines = [f"# auditor {__version__}", f"# project root: {settings.root}"]
    if settings.config_path is not None:
        where = " [tool.auditor]" if settings.config_path.name == "pyproject.toml" else ""
        lines.append(f"# configuration: {display(settings.config_path)}{where}")
    else:
        lines.append("# configuration: none (no auditor.toml, no [tool.auditor] in pyproject.toml at the project root)")
    lines.extend(f"# note: {note}" for note in settings.notes)
    lines.append("")

    def row(name: str, setting: Setting) -> str:
        text = f"{_toml_key(name)} = {toml_value(setting.value)}"
        if setting.value is None:
            text = f"# {_toml_key(name)} is not set"
        return f"{text:<44} # {setting.source}"

    for key in KEYS:
        lines.append(row(key, settings.values[key]))
    from auditor.registry import get_check

    for check_id, options in settings.checks.items():
        lines.append("")
        lines.append(f"[checks.{_toml_key(check_id)}]")
        lines.append(row("severity", options["severity"]))
        for name, default in get_check(check_id).options.items():
            lines.append(row(name, options.get(name, Setting(default, "default"))))
    return "\n".join(lines) + "\n"
