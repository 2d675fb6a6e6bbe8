"""Every script in examples/ runs as a user would run it, in an empty folder, and says something
meaningful; docs/examples.md describes each one."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

EXAMPLES = ROOT / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))

#: What each script must print (a speaker, a claim, a file written...).
EXPECTED = {
    "01_extract_quotes.py": ["Elena Vasquez", "a pronoun", "a role noun", "[mixed]",
                             "Nothing is off the table"],
    "02_build_graph.py": ["Elena Vasquez", "Tom Brennan -> Elena Vasquez"],
    "03_claim_store.py": ["What did Brennan say about Vasquez?", "Tom Brennan:",
                          "Harbor Gazette, Riverside Courier"],
    "04_own_stanza_pipeline.py": ["Vasquez", "cue governs quote (parse)"],
    "05_dataframe_summary.py": ["Elena Vasquez"],
}


def test_there_are_examples():
    """The examples folder holds the scripts listed here, and nothing unlisted."""
    assert sorted(p.name for p in SCRIPTS) == sorted(EXPECTED)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_example_runs(script: Path, tmp_path: Path):
    """The script exits 0 from an empty folder, needing no network, models or ../shared."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8",
               STANZA_RESOURCES_DIR=str(tmp_path / "no-models"))
    proc = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, f"{script.name} failed:\n{proc.stdout}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr
    for text in EXPECTED[script.name]:
        assert text in proc.stdout, f"{script.name} did not print {text!r}:\n{proc.stdout}"


def test_example_outputs_go_to_the_given_folder(tmp_path: Path):
    """02 and 03 write into the folder given as their argument."""
    out = tmp_path / "given"
    for name in ("02_build_graph.py", "03_claim_store.py"):
        proc = subprocess.run([sys.executable, str(EXAMPLES / name), str(out)], cwd=tmp_path,
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
    assert {p.name for p in out.iterdir()} >= {"quotes.graphml", "quotes.gexf", "quotes.json",
                                                "speakers.graphml", "claims.db"}


def test_claim_store_example_is_idempotent(tmp_path: Path):
    """Running the claim-store example twice stores each article once."""
    for _ in range(2):
        proc = subprocess.run([sys.executable, str(EXAMPLES / "03_claim_store.py")],
                              cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
    assert "already stored" in proc.stdout
    assert "Store: 2 articles" in proc.stdout


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_example_is_documented(script: Path):
    """Each script starts with a docstring showing how to run it, and docs/examples.md lists it."""
    doc = ast.get_docstring(ast.parse(script.read_text(encoding="utf-8")))
    assert doc and f"python examples/{script.name}" in doc
    assert f"`{script.name}" in (ROOT / "docs" / "examples.md").read_text(encoding="utf-8")
