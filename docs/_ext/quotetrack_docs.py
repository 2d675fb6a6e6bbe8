"""Sphinx helpers for quotetrack's documentation.

Two directives generate reference pages from the code itself, so the pages
cannot drift from it:

``.. quotetrack-cli::``
    The command-line reference, walked from :func:`quotetrack.cli.build_parser`:
    one section per command and subcommand (``extract``, ``graph``,
    ``download``, ``track add`` ... and any registered later), each with its
    description, usage line and every option with its help and default.

``.. quotetrack-modules::``
    ``automodule`` sections for the modules named in the directive's content,
    in that order, then for every other public module found in the package
    (so a module added later is documented without editing the page).  With
    ``:summary-only:`` only the module docstrings are shown (for internals).
    A module whose import fails for want of an optional dependency gets a
    note instead of a build warning.

And one hook: section titles inside *module* docstrings (the graph schema,
the store's "Storage"/"Claims" headings) become rubrics, since docutils does
not allow sections inside an autodoc block.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
from typing import Any

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

log = logging.getLogger(__name__)

_RST_SPECIAL = re.compile(r"([\\`*_|\[\]<>:])")
_UNDERLINE = re.compile(r"^([=\-~^\"'`#*+])\1{2,}\s*$")
_HEADING_CHARS = "=-~^\"'`#*+"


def rst_escape(text: str) -> str:
    """Plain text safe to drop into reStructuredText (every markup character escaped)."""
    return _RST_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


# ---------------------------------------------------------------------------
# CLI reference
# ---------------------------------------------------------------------------


def _subparsers(parser: argparse.ArgumentParser) -> list[tuple[str, str, argparse.ArgumentParser]]:
    """(name, one-line help, parser) of each subcommand, in the order they were added."""
    out = []
    for action in parser._actions:  # argparse has no public API for this
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            seen: set[int] = set()
            for name, sub in action.choices.items():
                if id(sub) in seen:  # aliases
                    continue
                seen.add(id(sub))
                out.append((name, helps.get(name, ""), sub))
    return out


def _option_term(action: argparse.Action, parser: argparse.ArgumentParser) -> str:
    formatter = parser._get_formatter()
    if not action.option_strings:
        return formatter._format_args(action, formatter._get_default_metavar_for_positional(action))
    if action.nargs == 0:
        return ", ".join(action.option_strings)
    args = formatter._format_args(action, formatter._get_default_metavar_for_optional(action))
    return ", ".join(f"{o} {args}" for o in action.option_strings)


def _option_help(action: argparse.Action) -> str:
    text = " ".join((action.help or "").split())
    if "%(" in text:
        text = text % {**vars(action), "prog": ""}
    bits = [rst_escape(text)] if text else []
    if bits and not bits[0].endswith((".", "!", "?")):
        bits[0] += "."
    if action.choices is not None and action.metavar is not None:
        bits.append("Choices: " + ", ".join(f"``{c}``" for c in action.choices) + ".")
    default = action.default
    shown = (default is not None and default is not argparse.SUPPRESS and action.nargs != 0
             and action.option_strings and not isinstance(default, bool)
             and "default" not in text.lower())
    if shown:
        bits.append(f"Default: ``{default}``.")
    if action.required and action.option_strings:
        bits.append("Required.")
    if isinstance(action, argparse._AppendAction):
        bits.append("May be given several times.")
    return " ".join(bits) or "(no help text)"


def _cli_rst(parser: argparse.ArgumentParser, title: str, underline: int) -> list[str]:
    chars = _HEADING_CHARS
    lines = [title, chars[underline] * max(len(title), 3), ""]
    if parser.description:
        lines += [rst_escape(parser.description), ""]
    usage = parser.format_usage().strip()
    lines += [".. code-block:: text", ""]
    lines += ["   " + ln for ln in usage.splitlines()]
    lines.append("")
    subs = _subparsers(parser)
    if subs:
        lines += ["Subcommands:", ""]
        for name, help_, _ in subs:
            lines += [f"``{name}``", "   " + (rst_escape(help_) or "(no help text)")]
        lines.append("")
    groups = []
    for group in parser._action_groups:
        actions = [a for a in group._group_actions
                   if not isinstance(a, (argparse._HelpAction, argparse._SubParsersAction))
                   and a.help is not argparse.SUPPRESS]
        if actions:
            groups.append((group.title, actions))
    for gtitle, actions in groups:
        lines += [f"**{rst_escape(gtitle or 'options').capitalize()}**", ""]
        for action in actions:
            lines += [f"``{_option_term(action, parser)}``", "   " + _option_help(action)]
        lines.append("")
    for name, _, sub in subs:
        lines += _cli_rst(sub, f"{title} {name}", underline + 1)
    return lines


class CliDirective(SphinxDirective):
    """``.. quotetrack-cli::`` -- the CLI reference, from ``quotetrack.cli.build_parser()``."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        from quotetrack.cli import build_parser

        parser = build_parser()
        lines = _cli_rst(parser, parser.prog, 0)
        container = nodes.section()
        container.document = self.state.document
        nested_parse_with_titles(self.state, StringList(lines, "<quotetrack-cli>"), container)
        return container.children


# ---------------------------------------------------------------------------
# API reference
# ---------------------------------------------------------------------------


def public_modules(package: str = "quotetrack") -> list[str]:
    """Every importable module name of the package that has no ``_`` part (and not __main__)."""
    pkg = importlib.import_module(package)
    names = [package]
    for info in pkgutil.walk_packages(pkg.__path__, package + "."):
        parts = info.name.split(".")
        if any(p.startswith("_") for p in parts):
            continue
        names.append(info.name)
    return sorted(names)


def _package_names(package: str) -> list[str]:
    """A list of the package's ``__all__``, each linked to where it is documented."""
    mod = importlib.import_module(package)
    lines = [f"Importable from the package itself (``from {package} import ...``):", ""]
    for name in getattr(mod, "__all__", ()):
        obj = getattr(mod, name)
        home = getattr(obj, "__module__", package)
        doc = (getattr(obj, "__doc__", None) or "").strip().split("\n")[0]
        lines.append(f"- :py:obj:`{package}.{name} <{home}.{name}>`: {doc}")
    lines.append("")
    return lines


class ModulesDirective(SphinxDirective):
    """``.. quotetrack-modules::`` -- automodule sections for the listed modules, then the rest."""

    has_content = True
    option_spec = {
        "summary-only": directives.flag,
        "exclude": directives.unchanged,
        "no-rest": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        wanted = [ln.strip() for ln in self.content if ln.strip()]
        exclude = set((self.options.get("exclude") or "").split())
        if "no-rest" not in self.options:
            wanted += [m for m in public_modules() if m not in wanted and m not in exclude]
        summary = "summary-only" in self.options
        lines: list[str] = []
        for mod in wanted:
            lines += [f"``{mod}``", "-" * (len(mod) + 4), ""]
            try:
                importlib.import_module(mod)
            except ImportError as exc:  # an optional dependency is missing
                log.info("quotetrack-modules: %s not documented: %s", mod, exc)
                lines += [f".. note:: ``{mod}`` needs a package that is not installed where these "
                          f"docs were built ({rst_escape(str(exc))}); see its docstring in "
                          "the source.", ""]
                continue
            lines += [f".. automodule:: {mod}"]
            if not summary and mod.count(".") == 0:
                lines += ["", *_package_names(mod)]
            elif not summary:
                lines += ["   :members:", "   :ignore-module-all:"]
            lines.append("")
        container = nodes.section()
        container.document = self.state.document
        nested_parse_with_titles(self.state, StringList(lines, "<quotetrack-modules>"), container)
        return container.children


def _titles_to_rubrics(app: Any, what: str, name: str, obj: Any, options: Any,
                       lines: list[str]) -> None:
    """Turn ``Title`` + underline in a docstring into ``.. rubric:: Title``."""
    if what != "module":
        return
    i = 0
    while i < len(lines) - 1:
        title, under = lines[i], lines[i + 1]
        if (title.strip() and not title.startswith(" ") and _UNDERLINE.match(under)
                and len(under.strip()) >= len(title.strip())):
            lines[i:i + 2] = [f".. rubric:: {title.strip()}", ""]
        i += 1


def setup(app: Any) -> dict[str, Any]:
    app.add_directive("quotetrack-cli", CliDirective)
    app.add_directive("quotetrack-modules", ModulesDirective)
    app.connect("autodoc-process-docstring", _titles_to_rubrics)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
