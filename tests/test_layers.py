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


#: Packages whose code runs inside the pipeline's stages: it may read module constants and call
#: memoised pure functions (``functools.cache``), never change module state, so one pipeline serves
#: threads and worker processes alike and a result never depends on what ran before.
STAGE_CODE = ["analyze", "clean", "meta", "text", "llm", "stages.py", "resources.py"]
_MUTATORS = {"add", "append", "extend", "update", "insert", "pop", "popitem", "remove", "discard", "clear"}
_MUTATORS |= {"setdefault", "sort", "reverse"}


def module_state_writes(source: str, label: str) -> list[str]:
    """``global`` statements and changes to module-level names made inside functions."""
    tree = ast.parse(source)
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(target.id for target in targets if isinstance(target, ast.Name))
    found = []
    for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)):
        for node in ast.walk(function):
            where = f"{label}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Global):
                found.append(f"{where} global {', '.join(node.names)}")
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                if isinstance(owner, ast.Name) and owner.id in names and node.func.attr in _MUTATORS:
                    found.append(f"{where} {owner.id}.{node.func.attr}()")
            elif isinstance(node, ast.Assign | ast.AugAssign | ast.Delete):
                targets = node.targets if isinstance(node, ast.Assign | ast.Delete) else [node.target]
                found += [
                    f"{where} {target.value.id}[...] changed"
                    for target in targets
                    if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name)
                    and target.value.id in names
                ]
    return found


def test_no_stage_code_changes_module_state():
    root = SRC / "aiwatch"
    files = [root / part for part in STAGE_CODE if part.endswith(".py")]
    files += [path for part in STAGE_CODE if not part.endswith(".py") for path in (root / part).rglob("*.py")]
    assert len(files) > 30
    writes = [w for path in files for w in module_state_writes(path.read_text(encoding="utf-8"), path.name)]
    assert writes == []


def test_the_module_state_check_sees_a_write():
    sample = "SEEN = set()\nCOUNT = 0\nTABLE: dict = {}\n\ndef f(x):\n    global COUNT\n    SEEN.add(x)\n"
    sample += "    TABLE[x] = 1\n    local = {}\n    local[x] = 2\n"
    assert sorted(module_state_writes(sample, "s")) == ["s:6 global COUNT", "s:7 SEEN.add()", "s:8 TABLE[...] changed"]
