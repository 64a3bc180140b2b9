"""The layers stay honest: no import cycles between packages, no import from a layer above.

Read from the source (every ``import`` and ``from … import``, inside functions too), so a lazy
import does not hide a cycle.  The few that remain are listed with the reason they are still
there; a new one fails this test.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

#: Lower layers first; a module may import its own layer and the ones before it.
LAYERS = [
    {
        "aiwatch",
        "aiwatch.errors",
        "aiwatch.options",
        "aiwatch.article",
        "aiwatch.records",
        "aiwatch.periods",
        "aiwatch.plugins",
    },
    {"aiwatch.limits", "aiwatch.text"},  # text: helpers every reader and stage shares (dates, HTML)
    {"aiwatch.config", "aiwatch.read", "aiwatch.clean", "aiwatch.meta", "aiwatch.analyze", "aiwatch.llm"},
    {
        "aiwatch.resources", "aiwatch.stages", "aiwatch.pipeline", "aiwatch.runner", "aiwatch.write",
        "aiwatch.dask_engine",  # the runner's other engine: the same stages on a Dask cluster
    },
    {"aiwatch.store"},
    {"aiwatch.report", "aiwatch.web", "aiwatch.collect"},
    {"aiwatch.cli_options", "aiwatch.cli", "aiwatch.__main__", "aiwatch.idf_command"},
]
#: Pairs allowed to break the rules above, each with its reason.  None left: a URL named to
#: ``extract`` reaches the collection through the ``aiwatch.fetchers`` entry points (no import),
#: and the collection's routes live in the web layer (``web/sources.py``).
KNOWN: set[tuple[str, str]] = set()


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in (SRC / "aiwatch").rglob("*.py"):
        found = graph.setdefault(module_name(path), set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("aiwatch"):
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("aiwatch"))
    return graph


def package(module: str) -> str:
    return ".".join(module.split(".")[:2])


def layer(module: str) -> int:
    if module.rsplit(".", 1)[-1].endswith("commands"):  # command-line modules: the top layer, beside cli.py
        return len(LAYERS) - 1
    if module == "aiwatch":
        return 0
    name = package(module)
    for number, members in enumerate(LAYERS):
        if name in members or module in members:
            return number
    raise AssertionError(f"{module} is in no layer: add its package to LAYERS")


def test_no_import_from_a_layer_above():
    upward = sorted(
        (package(source), package(target))
        for source, targets in imports().items()
        for target in targets
        if layer(target) > layer(source) and (package(source), package(target)) not in KNOWN
    )
    assert upward == []


def test_no_import_cycle_between_packages():
    edges = {(package(s), package(t)) for s, ts in imports().items() for t in ts if package(s) != package(t)}
    cycles = sorted((a, b) for a, b in edges if (b, a) in edges and a < b and (a, b) not in KNOWN)
    assert cycles == []


def test_no_import_cycle_between_modules_of_the_web_app():
    graph = imports()
    web = {m for m in graph if m.startswith("aiwatch.web")}
    cycles = sorted((a, b) for a in web for b in graph[a] if b in web and a in graph.get(b, ()) and a < b)
    assert cycles == []


def test_the_keyword_and_idf_modules_do_not_import_each_other():
    graph = imports()
    assert "aiwatch.analyze.keywords" not in graph["aiwatch.analyze.idf"]
    assert not any(t.startswith("aiwatch.pipeline") for t in graph["aiwatch.analyze.idf"])
    assert "aiwatch.report" not in {package(t) for t in graph["aiwatch.store.commands"]}
