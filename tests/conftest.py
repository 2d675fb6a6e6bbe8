"""Shared fixtures: where the shared data lies, and skips with a reason when it does not."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "data" / "seed" / "pompeo-north-korea.txt"
POLNEAR = SHARED / "data" / "polnear"
TOY_MODELS = SHARED / "models" / "stanza_toy_mini"
REAL_TOKENIZER = SHARED / "models" / "stanza_resources"
EXAMPLE_ARTICLE = ROOT / "examples" / "articles" / "harbor-bridge.txt"


def need(path: Path, what: str) -> Path:
    """Skip the test, naming what is missing, unless ``path`` exists."""
    if not path.exists():
        pytest.skip(f"{what} not found at {path} (it lives in ../shared beside the project)")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return need(SEED, "the seed article").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE_ARTICLE.read_text(encoding="utf-8")
