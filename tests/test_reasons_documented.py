"""Every ``reason`` the code can give a quote is explained in docs/concepts.md's table of
reasons, and every reason the table explains is one the code still gives.

Static: the reasons are read from the package's source with ``ast`` (every ``.py`` file
under quotetrack/, at any depth), not by running the rules.  A reason is the fifth
argument of ``Attribution(...)`` (its place is read from the class's fields) or a
``reason=`` keyword of any call.  It may be a string literal, a module constant (a
``NAME = "..."`` at the top of any module of the package), a conditional of those, a
pass-through of another attribution's ``.reason``, or a string built with an f-string
from a table: the last must be listed in ``_BUILT`` below, with the table it is built
from imported, so that each built reason is checked too.  Anything else fails the test
with the line to look at.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import quotetrack

PACKAGE = Path(quotetrack.__file__).parent
CONCEPTS = PACKAGE.parent / "docs" / "concepts.md"

#: Reasons built from a table: the f-string's template (each ``{...}`` as ``{}``) ->
#: a function giving every reason it can build, from the table imported at test time.
#: Empty while the code builds none; add one beside any f-string reason you write.
_BUILT: dict[str, Callable[[], Iterable[str]]] = {}


def _module_constants(trees: dict[Path, ast.Module]) -> dict[str, set[str]]:
    """Name -> the string values that name is given at the top of any module (a name
    imported from another module resolves through the module that defines it)."""
    out: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in tree.body:
            targets: list[ast.expr] = []
            value: ast.expr | None = None
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets, value = [node.target], node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                for t in targets:
                    if isinstance(t, ast.Name):
                        out.setdefault(t.id, set()).add(value.value)
    # "_ACCORDING = ACCORDING_TO": an alias of a constant of another module
    for _ in range(3):
        for tree in trees.values():
            for node in tree.body:
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) and \
                        node.value.id in out:
                    for t in node.targets:
                        if isinstance(t, ast.Name):
                            out.setdefault(t.id, set()).update(out[node.value.id])
    return out


def _reason_position(trees: dict[Path, ast.Module]) -> int:
    """The place of ``reason`` among ``Attribution``'s fields (the positional argument
    that carries it)."""
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name == "Attribution":
                fields = [s.target.id for s in node.body
                          if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)]
                return fields.index("reason")
    raise AssertionError("no class Attribution in quotetrack/")


def _template(node: ast.JoinedStr) -> str:
    return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)


def _callee(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _reason_args(tree: ast.Module, position: int) -> Iterable[ast.expr]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        given = False
        for kw in node.keywords:
            if kw.arg == "reason":
                given = True
                yield kw.value
        if _callee(node) == "Attribution" and not given:
            starred = [a for a in node.args[:position + 1] if isinstance(a, ast.Starred)]
            if starred:
                yield starred[0]  # "Attribution(*args)": not read, so it fails the test
            elif len(node.args) > position:
                yield node.args[position]
            else:
                yield ast.copy_location(ast.Constant(""), node)  # the default: no reason


def code_reasons() -> tuple[set[str], list[str]]:
    """Every reason the package's source can give, and the places whose reason the test
    cannot read ("file:line: expression")."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p))
             for p in sorted(PACKAGE.rglob("*.py"))}
    constants = _module_constants(trees)
    position = _reason_position(trees)
    found: set[str] = set()
    unread: list[str] = []

    def read(node: ast.expr, where: str) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.add(node.value)
        elif isinstance(node, ast.Name) and node.id in constants:
            found.update(constants[node.id])
        elif isinstance(node, ast.IfExp):
            read(node.body, where)
            read(node.orelse, where)
        elif isinstance(node, ast.Attribute) and node.attr == "reason" or \
                isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and \
                node.slice.value == "reason":
            pass  # another attribution's or a stored record's reason, kept as it was
        elif isinstance(node, ast.JoinedStr) and _template(node) in _BUILT:
            found.update(_BUILT[_template(node)]())
        else:
            unread.append(f"{where}: {ast.unparse(node)}")

    for path, tree in trees.items():
        for arg in _reason_args(tree, position):
            read(arg, f"{path.relative_to(PACKAGE.parent)}:{arg.lineno}")
    return found, unread


def documented_reasons() -> set[str]:
    """The reasons in the first column of docs/concepts.md's table of reasons: each one
    in backticks, and the row ``empty`` for the empty reason."""
    lines = CONCEPTS.read_text(encoding="utf-8").splitlines()
    start = lines.index("| reason | meaning |")
    out: set[str] = set()
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        first = re.match(r"\|((?:[^|`]|`[^`]*`)*)\|", line)
        assert first is not None, line
        cell = first.group(1).strip()
        if cell == "empty":
            out.add("")
        else:
            names = re.findall(r"`([^`]*)`", cell)
            assert names, f"a row of the reasons table names no reason: {line[:80]}"
            out.update(names)
    return out


def test_the_source_is_read() -> None:
    found, unread = code_reasons()
    assert not unread, (
        "reasons the test cannot read; use a literal or a module constant, or list the "
        "f-string's template and its table in _BUILT:\n" + "\n".join(unread))
    assert {"X said", "according to X", "lead-in sentence:", ""} <= found  # the scan works


def test_every_reason_is_documented() -> None:
    found, _ = code_reasons()
    missing = sorted(found - documented_reasons())
    assert not missing, f"reasons missing from docs/concepts.md's reasons table: {missing}"


def test_every_documented_reason_is_given() -> None:
    found, _ = code_reasons()
    stale = sorted(documented_reasons() - found)
    assert not stale, f"rows of docs/concepts.md's reasons table no code gives: {stale}"
