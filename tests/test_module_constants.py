"""Each module-level name of the package is bound once.

The rule modules hold hundreds of word lists; a second ``_NAME = ...`` further down a
module silently replaces the first for every rule that reads it (two such pairs were
found in review). Extending a list on purpose reads the old value (``_X = _X | _MORE``)
and is allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import quotetrack

PACKAGE = Path(quotetrack.__file__).parent


def _bound_twice(tree: ast.Module) -> list[str]:
    """Names assigned or defined at the top of ``tree`` more than once, save extensions."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in tree.body:
        names: list[str] = []
        reads: set[str] = set()
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
            if node.value is not None:
                reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        for name in names:
            if name in seen and name not in reads:
                twice.append(f"{name} (line {node.lineno})")
            seen.add(name)
    return twice


def test_detector_flags_a_silent_rebinding_and_allows_an_extension() -> None:
    tree = ast.parse("_A = {1}\n_B = {2}\n_A = {3}\n_B = _B | {4}\n")
    assert _bound_twice(tree) == ["_A (line 3)"]


def test_no_module_binds_a_name_twice() -> None:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        twice = _bound_twice(ast.parse(path.read_text(encoding="utf-8")))
        if twice:
            found[str(path.relative_to(PACKAGE))] = twice
    assert found == {}
