"""The documentation: it builds without warnings, and what it shows is what quotetrack does.

- The Sphinx build (``-W``: warnings are errors) runs when sphinx, myst-parser
  and furo are installed (``pip install -e ".[docs]"``) and is skipped, with
  that reason, otherwise.
- The quickstart and the tutorial are run as a new user would: every
  ``$ command`` of their console blocks and every Python block, in an empty
  folder, and the output they show must be what quotetrack prints.  Lines
  marked in the Markdown source steer this:

  ``% test: skip``              do not run the next block
  ``% test: file NAME``         the next block is a file to save as NAME
  ``% test: copy SRC DST``      copy SRC (relative to the repository) to DST
  ``% test: output``            the next block is what the Python block before printed
  ``% test: contains NAME``     every line of the next block is a line of file NAME

  A documented output line of just "…" stands for lines left out.
- The graph schema page names every attribute the graphs have, doctests in
  docstrings pass, and the known errors on the limits page still happen.
"""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import logging
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import traceback
from pathlib import Path

import pytest
from conftest import ROOT

import quotetrack

DOCS = ROOT / "docs"
EXAMPLES = ROOT / "examples"


def _missing_doc_tools() -> list[str]:
    return [m for m in ("sphinx", "myst_parser", "furo") if importlib.util.find_spec(m) is None]


# ---------------------------------------------------------------------------
# The Sphinx build
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def html(tmp_path_factory) -> Path:
    """The docs built once with warnings as errors; the HTML folder."""
    missing = _missing_doc_tools()
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed: pip install -e \".[docs]\" "
                    "to build the documentation")
    out = tmp_path_factory.mktemp("docs")
    proc = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-b", "html", "-q",
         "-d", str(out / "doctrees"), str(DOCS), str(out / "html")],
        capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.returncode == 0, f"sphinx-build -W failed:\n{proc.stdout}\n{proc.stderr}"
    return out / "html"


def test_docs_build_with_warnings_as_errors(html):
    """`sphinx-build -W` succeeds and writes every page of the table of contents."""
    for page in ("index", "quickstart", "tutorial", "examples", "concepts", "graph-schema",
                 "claim-store", "stanza", "cli", "api", "accuracy", "limits", "changelog"):
        assert (html / f"{page}.html").is_file(), page


def _commands(parser, prefix):
    import argparse

    yield prefix
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, f"{prefix} {name}")


def test_cli_reference_lists_every_command_and_option(html):
    """The CLI page, generated from build_parser(), has every (sub)command and option."""
    from quotetrack.cli import build_parser

    page = (html / "cli.html").read_text(encoding="utf-8")
    parser = build_parser()
    commands = list(_commands(parser, "quotetrack"))
    assert "quotetrack track add" in commands and "quotetrack extract" in commands
    for cmd in commands:
        assert f">{cmd}<" in page, f"no section for {cmd!r} in cli.html"
    for option in ("--format", "--speakers-only", "--db", "--min-sources", "--dry-run"):
        assert option in page


def test_api_reference_documents_the_public_names(html):
    """Every name in quotetrack.__all__ is documented where it lives."""
    page = (html / "api.html").read_text(encoding="utf-8")
    for name in quotetrack.__all__:
        obj = getattr(quotetrack, name)
        anchor = f'id="{obj.__module__}.{name}"'
        assert anchor in page, f"api.html does not document {obj.__module__}.{name}"


# ---------------------------------------------------------------------------
# Running the quickstart and the tutorial
# ---------------------------------------------------------------------------


def _blocks(md: str):
    """(directive or None, info string, lines) of each fenced block, in order."""
    directive = None
    lines = md.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"^% test: (.*)$", line)
        if m:
            directive = m.group(1).strip()
            if directive.startswith("copy "):
                yield directive, "", []
                directive = None
            i += 1
            continue
        m = re.match(r"^(```+)(\S*)\s*$", line)
        if m and not m.group(2).startswith("{"):
            fence, info = m.group(1), m.group(2)
            j = i + 1
            while j < len(lines) and lines[j].rstrip() != fence:
                j += 1
            yield directive, info, lines[i + 1:j]
            directive = None
            i = j + 1
            continue
        if m:  # a MyST directive block: skip it whole
            fence = m.group(1)
            j = i + 1
            while j < len(lines) and lines[j].rstrip() != fence:
                j += 1
            i = j + 1
            continue
        i += 1


def _normal(line: str) -> str:
    """A line compared without trailing space or run times ("in 0.1 s")."""
    return re.sub(r"\d+\.\d+ s\b", "N s", line.rstrip())


def _check_output(expected: list[str], actual: str, where: str) -> None:
    got = {_normal(ln) for ln in actual.splitlines()}
    for line in expected:
        if line.strip() in ("", "…"):
            continue
        assert _normal(line) in got, (
            f"{where} shows a line quotetrack does not print (update the docs):\n"
            f"  {line}\nactual output:\n{actual}")


def _forked(fn, cwd: Path, out: Path, stdout_to: Path | None = None) -> int:
    """Run ``fn()`` in a forked child (quotetrack already imported): the exit status.

    The child's stdout and stderr go to ``out`` (stdout to ``stdout_to`` when
    given, as a shell's ``>`` would).  Forking saves starting Python and
    importing Stanza and torch again for every command of a long page.
    """
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            signal.alarm(300)
            os.chdir(cwd)
            err = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            dst = os.open(stdout_to, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644) \
                if stdout_to else err
            os.dup2(dst, 1)
            os.dup2(err, 2)
            sys.stdout = open(1, "w", encoding="utf-8", closefd=False, buffering=1)
            sys.stderr = open(2, "w", encoding="utf-8", closefd=False, buffering=1)
            logging.root.handlers.clear()  # the CLI sets up its own, as in a fresh process
            import quotetrack.pipeline

            quotetrack.pipeline._notice_given = False
            result = fn()
            code = result if isinstance(result, int) else 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except BaseException:
            traceback.print_exc()
        finally:
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except Exception:
                    pass
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def _run_page(page: str, work: Path, fork: bool = False) -> int:
    """Run every block of docs/PAGE as a user would, in ``work``; returns how many ran.

    With ``fork`` (where the OS has it), ``quotetrack ...`` commands and Python
    blocks run in a forked child of this process instead of a new interpreter.
    """
    fork = fork and hasattr(os, "fork")
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["STANZA_RESOURCES_DIR"] = str(work / "no-stanza-models")  # the model-free path
    env["PYTHONIOENCODING"] = "utf-8"
    env["COLUMNS"] = "150"
    saved_env = dict(os.environ)
    if fork:
        os.environ.update(env)
    cwd = work
    last_output = ""
    ran = 0
    log = work / ".docs-test-output"
    try:
        for directive, info, lines in _blocks((DOCS / page).read_text(encoding="utf-8")):
            where = f"docs/{page}"
            if directive == "skip":
                continue
            if directive and directive.startswith("copy "):
                _, src, dst = directive.split()
                shutil.copytree(ROOT / src, cwd / dst)
                continue
            if directive and directive.startswith("file "):
                (cwd / directive.split(None, 1)[1]).write_text("\n".join(lines) + "\n",
                                                               encoding="utf-8")
                continue
            if directive == "output":
                _check_output(lines, last_output, where)
                continue
            if directive and directive.startswith("contains "):
                text = (cwd / directive.split(None, 1)[1]).read_text("utf-8")
                _check_output(lines, text, where)
                continue
            if info == "console":
                commands: list[tuple[str, list[str]]] = []
                for ln in lines:
                    if ln.startswith("$ "):
                        commands.append((ln[2:], []))
                    elif commands:
                        commands[-1][1].append(ln)
                for cmd, expected in commands:
                    argv = shlex.split(cmd)
                    target = None
                    if len(argv) > 2 and argv[-2] == ">":
                        argv, target = argv[:-2], cwd / argv[-1]
                    simple = argv[0] == "quotetrack" and not any(
                        a in ("&&", "||", "|", ";", ">", "<") for a in argv)
                    if fork and simple:
                        from quotetrack.cli import main

                        rc = _forked(lambda argv=argv: main(argv[1:]), cwd, log, target)
                        out = log.read_text(encoding="utf-8")
                    else:
                        script = f"set -e\n{cmd}\necho \"__cwd__=$(pwd)\""
                        proc = subprocess.run(["bash", "-c", script], cwd=cwd, env=env,
                                              text=True, stdout=subprocess.PIPE,
                                              stderr=subprocess.STDOUT, timeout=300)
                        rc, out = proc.returncode, proc.stdout
                        m = re.search(r"__cwd__=(.*)\n?\Z", out)
                        if rc == 0:
                            assert m, out
                            cwd = Path(m.group(1))
                            out = out[:m.start()]
                    assert rc == 0, f"{where}: `{cmd}` failed:\n{out}"
                    _check_output(expected, out, f"{where} (`{cmd}`)")
                    ran += 1
            elif info == "python":
                code = "\n".join(lines)
                if fork:
                    rc = _forked(lambda code=code, where=where: exec(compile(code, where, "exec"),
                                                        {"__name__": "__main__"}), cwd, log)
                    out = log.read_text(encoding="utf-8")
                else:
                    proc = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env,
                                          text=True, stdout=subprocess.PIPE,
                                          stderr=subprocess.STDOUT, timeout=300)
                    rc, out = proc.returncode, proc.stdout
                assert rc == 0, f"{where}: a Python block failed:\n{code}\n{out}"
                last_output = out
                ran += 1
    finally:
        if fork:
            os.environ.clear()
            os.environ.update(saved_env)
    return ran


def test_quickstart_runs_as_written(tmp_path):
    """Every command and Python block of the quickstart runs in an empty folder and prints
    what the page shows."""
    assert _run_page("quickstart.md", tmp_path) >= 5
    demo = tmp_path / "quotes-demo"
    assert (demo / "quotes.graphml").is_file() and (demo / "quotes.jsonl").is_file()


def test_tutorial_runs_as_written(tmp_path):
    """Every command and Python block of the tutorial runs and prints what the page shows."""
    assert _run_page("tutorial.md", tmp_path, fork=True) >= 12
    for name in ("quotes.graphml", "speakers.graphml", "quotes.gexf", "claims.db"):
        assert (tmp_path / name).is_file(), name


@pytest.mark.parametrize("page", ["concepts.md", "graph-schema.md", "claim-store.md",
                                  "stanza.md"])
def test_guide_examples_run(page, tmp_path):
    """The Python examples of the guides run (those that need no data of their own)."""
    assert _run_page(page, tmp_path, fork=True) >= 1


# ---------------------------------------------------------------------------
# The graph schema and the docstrings
# ---------------------------------------------------------------------------


def test_graph_schema_page_names_every_attribute():
    """docs/graph-schema.md lists every graph, node and edge attribute the graphs carry."""
    from quotetrack.corpus import Article, iter_articles

    results = [quotetrack.extract(a.text, doc_id=a.doc_id, metadata=a.metadata)
               for a in iter_articles([EXAMPLES / "articles"]) if isinstance(a, Article)]
    G = quotetrack.build_graph(results)
    S = quotetrack.speaker_graph(G)
    names: set[str] = set()
    for graph in (G, S):
        names |= set(graph.graph)
        for _, d in graph.nodes(data=True):
            names |= set(d)
        for *_, d in graph.edges(data=True):
            names |= set(d)
    assert {"relation", "quote", "weight", "published", "source"} <= names
    page = (DOCS / "graph-schema.md").read_text(encoding="utf-8")
    missing = sorted(n for n in names if f"`{n}`" not in page)
    assert not missing, f"docs/graph-schema.md does not describe {missing}"


def _modules() -> list[str]:
    import pkgutil

    out = ["quotetrack"]
    for info in pkgutil.walk_packages(quotetrack.__path__, "quotetrack."):
        if not info.name.endswith("__main__"):
            out.append(info.name)
    return out


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples_run(name):
    """The >>> examples in each module's docstrings give what they show."""
    try:
        module = importlib.import_module(name)
    except ImportError as exc:  # an optional dependency (e.g. dask) is missing
        pytest.skip(f"{name} cannot be imported here: {exc}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
                             verbose=False, report=True)
    assert result.failed == 0, f"{result.failed} docstring example(s) in {name} failed"


# ---------------------------------------------------------------------------
# Known errors
# ---------------------------------------------------------------------------


def _speakers(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(q.kind, q.text, q.speaker_mention.text if q.speaker_mention else None,
             q.speaker.name if q.speaker else None) for q in quotetrack.extract(text).quotes]


KNOWN_ERRORS = {
    "'they' finds only a group that spoke before": (
        'The Harbor Authority met on Monday. "We will wait," they said.',
        lambda got: got[0][2:] == ("they", None)),
}


@pytest.mark.parametrize("case", sorted(KNOWN_ERRORS))
def test_known_errors_page_is_current(case):
    """Each known error docs/limits.md shows still happens; once fixed, the page must change."""
    text, still_wrong = KNOWN_ERRORS[case]
    assert text in (DOCS / "limits.md").read_text(encoding="utf-8")
    got = _speakers(text)
    assert still_wrong(got), (
        f"the known error {case!r} seems fixed ({got}): remove it from docs/limits.md "
        "and from KNOWN_ERRORS here")
