"""The house reads as the pipeline: imports run one way, from the model up to the commands.

Every import counts, those inside functions too (they are how heavy modules load lazily, and they still
make one module depend on another), relative ones too; only annotation imports under `if TYPE_CHECKING:` do
not. The checks are read as `auditor.checks`, the package they are installed as. One dependency is by name
and not seen here, on purpose: auditor/registry.py imports a check module with importlib when a check is
first asked for (the engine never imports the checks otherwise); test_registry.py keeps its table true.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

# Lowest first: a module may import its own layer and the ones below, never one above.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "model",
        (
            "auditor.version",
            "auditor.errors",
            "auditor.escaping",
            "auditor.patterns",
            "auditor.text",
            "auditor.numbers",
            "auditor.caching",
            "auditor.io",
            "auditor.paths",
            "auditor.suggest",
            "auditor.collector",
            "auditor.findings",
            "auditor.registry",
        ),
    ),
    (
        "reading",
        (
            "auditor.units",
            "auditor.figures",
            "auditor.normalize",
            "auditor.structure",
            "auditor.places",
            "auditor.published",
            "auditor.documents",
            "auditor.paragraph_index",
            "auditor.formatting",
        ),
    ),
    ("claims", ("auditor.claims", "auditor.quotes")),
    ("audit", ("auditor.audit", "auditor.coverage")),
    ("checks", ("auditor.discovery", "auditor.checks")),
    (
        "run",
        (
            "auditor.config",
            "auditor.project",
            "auditor.suppressions",
            "auditor.causes",
            "auditor.baseline",
            "auditor.parallel",
            "auditor.cache",
            "auditor.runner",
            "auditor.extract",
            "auditor.api",
        ),
    ),
    ("report", ("auditor.report",)),
    ("commands", ("auditor.commands", "auditor.cli", "auditor")),
)


def _modules() -> dict[str, Path]:
    modules = {}
    for base, package in ((ROOT / "auditor", "auditor"), (ROOT / "checks", "auditor.checks")):
        for path in base.rglob("*.py"):
            parts = [package, *path.relative_to(base).with_suffix("").parts]
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def _annotation_only(tree: ast.Module) -> set[int]:
    """ids of the import nodes inside `if TYPE_CHECKING:` blocks."""
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            skipped.update(id(inner) for statement in node.body for inner in ast.walk(statement))
    return skipped


def import_graph() -> dict[str, set[str]]:
    modules = _modules()

    def owner(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _annotation_only(tree)
        targets = set()
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.Import):
                targets.update(owner(alias.name) for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # from .x import y, from .. import z: relative to this module's package
                    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
                    package = package[: len(package) - node.level + 1]
                    base = ".".join(package + ([node.module] if node.module else []))
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    targets.add(full if full in modules else owner(base))
        targets.discard(None)
        targets.discard(name)
        graph[name] = targets
    return graph


def layer_of(module: str) -> int:
    best = None
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if module == prefix or module.startswith(prefix + "."):
                if best is None or len(prefix) > best[1]:
                    best = (index, len(prefix))
    assert best is not None, f"{module} is in no layer of tests/test_architecture.py"
    return best[0]


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycle():
    assert cycles(import_graph()) == []


def test_imports_run_one_way_from_the_model_to_the_commands():
    graph = import_graph()
    upward = sorted(
        f"{module} ({LAYERS[layer_of(module)][0]}) imports {target} ({LAYERS[layer_of(target)][0]})"
        for module, targets in graph.items()
        for target in targets
        if layer_of(target) > layer_of(module)
    )
    assert upward == []


def test_relative_and_function_level_imports_are_seen(tmp_path, monkeypatch):
    import tests.test_architecture as architecture

    (tmp_path / "auditor").mkdir()
    (tmp_path / "auditor" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "auditor" / "numbers.py").write_text("def f():\n    from .formatting import x\n", encoding="utf-8")
    (tmp_path / "auditor" / "formatting.py").write_text("from auditor import numbers\n", encoding="utf-8")
    (tmp_path / "checks").mkdir()
    monkeypatch.setattr(architecture, "ROOT", tmp_path)
    graph = import_graph()
    assert graph["auditor.numbers"] == {"auditor.formatting"} and graph["auditor.formatting"] == {"auditor.numbers"}
    assert cycles(graph) == [["auditor.formatting", "auditor.numbers"]]


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
