"""Stanza pipelines: building them offline, checking for models, downloading them.

This module and :mod:`quotetrack.parse.conllu` are the only ones that touch
Stanza's pipeline machinery.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

#: What attribution uses: sentences, tokens, POS, lemmas, the dependency parse, NER.
PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
MODELS_HINT = (
    "Stanza's English models are not installed; using the built-in model-free annotator. "
    "For parsed attribution run `quotetrack download` (or stanza.download('en')) once."
)


def default_model_dir() -> Path:
    """Where Stanza keeps its models: $STANZA_RESOURCES_DIR or ~/stanza_resources."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    return Path(env) if env else Path.home() / "stanza_resources"


def models_available(model_dir: str | Path | None = None,
                     processors: str = PROCESSORS) -> bool:
    """True when every processor's English model lies in ``model_dir``."""
    root = Path(model_dir) if model_dir else default_model_dir()
    try:
        resources = json.loads((root / "resources.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    en = resources.get("en")
    if not isinstance(en, dict):
        return False
    for proc in processors.split(","):
        folder = root / "en" / proc.strip()
        if not folder.is_dir() or not any(folder.glob("*.pt")):
            return False
    return True


def build_pipeline(model_dir: str | Path | None = None, processors: str = PROCESSORS,
                   use_gpu: bool | None = None, **kwargs: Any):
    """A ``stanza.Pipeline`` for English that never downloads anything.

    Args:
        model_dir: Stanza resources folder (default: Stanza's own default).
        processors: the processors to run; attribution needs no more than the default.
        use_gpu: passed to Stanza (None lets Stanza decide).
        **kwargs: further Pipeline options (e.g. ``tokenize_pretokenized``).

    Raises:
        FileNotFoundError: the models are not installed, with the command to get them.
    """
    import stanza

    root = Path(model_dir) if model_dir else default_model_dir()
    if not models_available(root, processors):
        raise FileNotFoundError(
            f"Stanza English models for {processors} not found in {root}; "
            "run `quotetrack download` first")
    options: dict[str, Any] = {"dir": str(root), "processors": processors,
                               "download_method": None, "logging_level": "WARN"}
    if use_gpu is not None:
        options["use_gpu"] = use_gpu
    options.update(kwargs)
    return stanza.Pipeline("en", **options)


def download_models(model_dir: str | Path | None = None, processors: str = PROCESSORS,
                    package: str = "default", dry_run: bool = False) -> dict[str, Any]:
    """Fetch Stanza's English models (a thin wrapper over ``stanza.download``).

    Returns the arguments passed to ``stanza.download`` (all that happens when
    ``dry_run`` is true).
    """
    procs = [p.strip() for p in processors.split(",") if p.strip()]
    unknown = [p for p in procs if p not in PROCESSORS.split(",")]
    if unknown:
        raise ValueError(f"unknown processor(s): {', '.join(unknown)}; "
                         f"choose from {PROCESSORS}")
    args = {"lang": "en", "model_dir": str(Path(model_dir) if model_dir else default_model_dir()),
            "package": package, "processors": ",".join(procs)}
    if not dry_run:
        import stanza

        stanza.download(**args)
    return args
