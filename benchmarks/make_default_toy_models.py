"""Add toy ``constituency`` and ``sentiment`` models to a SIZE=full Stanza folder.

usage: python benchmarks/make_default_toy_models.py [DIR] [--force] [--keep-work WORKDIR]
                                                    [--no-check]

``DIR`` (default ``/work/stanza_full``) is a folder built by
``SIZE=full ../shared/tools/make_stanza_test_models.sh DIR``: a ``resources.json``
and ``en/{tokenize,mwt,pos,lemma,depparse,ner,pretrain,forward_charlm,backward_charlm}``.
It lacks two processors of Stanza's default English pipeline.  This script
trains them for a few steps, on synthetic data it writes itself, with the
architecture of Stanza's real default English packages:

- ``constituency`` like ``ptb3-revised_charlm``: the in-order shift-reduce parser
  with ``stanza.models.constituency_parser``'s default arguments, as
  ``stanza.utils.training.run_constituency`` calls it for English (XPOS tags,
  the default pretrain and charlm, no transformer): a 2-layer bi-LSTM of 512
  over word vectors, 100-d delta embeddings, 20-d tags and both charlms,
  LSTM stacks for transitions and constituents, max-composition, two output
  layers of 512, no attention layers.  Trained on 60 PTB-style trees, retagged
  by the folder's own POS model (as the real trainer retags with the default
  POS model), 4 epochs, AdaDelta then AdamW as multistage training does.
- ``sentiment`` like ``sstplus_charlm``: the CNN classifier with
  ``stanza.models.classifier``'s defaults (2-layer bi-LSTM of 300, filters 3/4/5
  of 1000 channels, FC 400,100) plus what ``stanza.utils.training.run_sentiment``
  adds (``--wordvec_type word2vec --extra_wordvec_method SUM``, the default
  pretrain and charlm); labels 0, 1, 2; 2 epochs of 90 sentences.

Both use the folder's toy ``pretrain`` and forward/backward ``charlm``, as the
folder's other processors do.  Predictions are meaningless; running them costs
what the real models cost (see the notes in ``train_constituency`` on what
differs).  The models go to ``DIR/en/constituency/toy.pt`` and
``DIR/en/sentiment/toy.pt``; ``DIR/resources.json`` gets both as default
processors, so ``stanza.Pipeline("en", dir=DIR, download_method=None)`` loads all
eight default English processors (tokenize, mwt, pos, lemma, constituency,
depparse, sentiment, ner) offline, and an explicit
``processors="tokenize,mwt,pos,lemma,depparse,ner"`` loads the six as before.

Offline stand-ins, neither of which changes the model: the parser's trainer
scores its dev set with CoreNLP (Java, not installed), replaced here by a bracket
F1 in Python; and it would download the default POS model to retag its trees.

Idempotent: a model already in place is kept (``--force`` retrains it) and
``resources.json`` is merged, not appended to.  Training is seeded.  It takes
about 3.5 minutes on two busy shared cores (sentiment ~50 s, constituency
~2.5 min).  Nothing outside DIR and a temporary folder is written.  Run it with
the Python that has stanza and torch (``.venv/bin/python``); the training runs
in child processes of that interpreter.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DEFAULT_DIR = Path("/work/stanza_full")
PACKAGE = "toy"
DEPENDENCIES = [
    {"model": "pretrain", "package": PACKAGE},
    {"model": "forward_charlm", "package": PACKAGE},
    {"model": "backward_charlm", "package": PACKAGE},
]
NEW_PROCESSORS = ("sentiment", "constituency")
CON_TRAIN, CON_DEV, CON_EPOCHS = 60, 15, 4

# ---------------------------------------------------------------------------
# Synthetic data: PTB-style trees from a small random grammar
# ---------------------------------------------------------------------------

LEX: dict[str, list[str]] = {
    "DT": ["the", "a", "this", "that", "every", "some"],
    "NN": ["company", "report", "minister", "market", "deal", "city", "plan", "war",
           "official", "statement", "government", "week", "agreement", "program"],
    "NNS": ["talks", "officials", "reporters", "sanctions", "markets", "weapons",
            "leaders", "prices", "troops", "voters"],
    "NNP": ["Pompeo", "Kim", "Trump", "Moon", "Washington", "Pyongyang", "Seoul",
            "Reuters", "Congress", "Smith", "Merkel", "Tuesday", "Monday", "Korea"],
    "NNPS": ["Democrats", "Republicans", "Americans"],
    "JJ": ["new", "big", "nuclear", "former", "senior", "final", "economic",
           "good", "bad", "serious", "North", "South"],
    "JJR": ["bigger", "stronger"],
    "RB": ["also", "not", "still", "very", "already", "again"],
    "VBD": ["said", "told", "visited", "rejected", "announced", "met", "signed",
            "warned", "denied", "praised"],
    "VBZ": ["says", "is", "has", "wants", "remains"],
    "VBP": ["say", "are", "have", "hope"],
    "VB": ["change", "meet", "sign", "continue", "discuss", "end"],
    "VBG": ["talking", "building", "testing"],
    "VBN": ["signed", "reported", "expected"],
    "MD": ["would", "will", "could", "may"],
    "IN": ["in", "on", "for", "with", "at", "after", "from", "of", "by"],
    "TO": ["to"],
    "CC": ["and", "but", "or"],
    "PRP": ["he", "she", "they", "we", "it"],
    "PRP$": ["his", "her", "their", "its"],
    "CD": ["two", "three", "2018", "10", "100"],
    "WDT": ["which", "that"],
    "WP": ["who"],
    "POS": ["'s"],
}
SENTIMENT_WORDS = {0: ["bad", "rejected", "warned", "denied", "serious"],
                   2: ["good", "praised", "hope", "signed", "agreement"]}


def leaf(tag: str, rng: random.Random) -> str:
    return f"({tag} {rng.choice(LEX[tag])})"


def node(label: str, children: list[str]) -> str:
    return f"({label} {' '.join(children)})"


def np(rng: random.Random, depth: int) -> str:
    r = rng.random()
    if r < 0.22:
        return node("NP", [leaf("DT", rng)] + [leaf("JJ", rng)] * (rng.random() < 0.5)
                    + [leaf("NN", rng)])
    if r < 0.36:
        return node("NP", [leaf("NNP", rng) for _ in range(rng.randint(1, 2))])
    if r < 0.46:
        return node("NP", [leaf("PRP", rng)])
    if r < 0.54:
        return node("NP", [leaf("CD", rng), leaf("NNS", rng)])
    if r < 0.62:
        return node("NP", [leaf("PRP$", rng), leaf("NNS", rng)])
    if r < 0.68:
        return node("NP", [node("NP", [leaf("NNP", rng), leaf("POS", rng)]), leaf("NN", rng)])
    if r < 0.73:
        # nominal modifier inside a base NP, as ptb3-revised has it
        return node("NP", [leaf("DT", rng), node("NML", [leaf("JJ", rng), leaf("NN", rng)]),
                           leaf("NN", rng)])
    if depth <= 0:
        return node("NP", [leaf("NNS", rng)])
    if r < 0.86:
        return node("NP", [np(rng, depth - 1), pp(rng, depth - 1)])
    if r < 0.92:
        return node("NP", [np(rng, depth - 1), leaf("CC", rng), np(rng, depth - 1)])
    head = np(rng, depth - 1)
    relative = node("SBAR", [node("WHNP", [leaf("WDT", rng)]), node("S", [vp(rng, depth - 1)])])
    return node("NP", [head, relative])


def pp(rng: random.Random, depth: int) -> str:
    return node("PP", [leaf("IN", rng), np(rng, depth)])


def vp(rng: random.Random, depth: int) -> str:
    r = rng.random()
    if depth <= 0 or r < 0.25:
        return node("VP", [leaf("VBD", rng), np(rng, 0)])
    if r < 0.40:
        return node("VP", [leaf("VBD", rng), np(rng, depth - 1), pp(rng, depth - 1)])
    if r < 0.52:
        return node("VP", [leaf("VBD", rng),
                           node("SBAR", [leaf("IN", rng), s(rng, depth - 1)])])
    if r < 0.62:
        return node("VP", [leaf("MD", rng),
                           node("VP", [leaf("VB", rng), np(rng, depth - 1)])])
    if r < 0.70:
        return node("VP", [leaf("VBZ", rng),
                           node("ADJP", [leaf("RB", rng), leaf("JJ", rng)])])
    if r < 0.78:
        verb = leaf("VBD", rng)
        to = leaf("TO", rng)
        inner = node("VP", [leaf("VB", rng), np(rng, depth - 1)])
        return node("VP", [verb, node("S", [node("VP", [to, inner])])])
    if r < 0.86:
        return node("VP", [node("ADVP", [leaf("RB", rng)]), leaf("VBD", rng),
                           np(rng, depth - 1)])
    if r < 0.93:
        return node("VP", [leaf("VBP", rng),
                           node("VP", [leaf("VBN", rng), pp(rng, depth - 1)])])
    verb = leaf("VBD", rng)
    obj = np(rng, depth - 1)
    prep = leaf("IN", rng)
    gerund = node("S", [node("VP", [leaf("VBG", rng), np(rng, 0)])])
    return node("VP", [verb, obj, node("PP", [prep, gerund])])


def s(rng: random.Random, depth: int) -> str:
    return node("S", [np(rng, depth), vp(rng, depth)])


def sentence_tree(rng: random.Random) -> str:
    """One ROOT tree: a declarative sentence, a fronted PP, a quotation, or a coordination."""
    depth = rng.randint(1, 3)
    r = rng.random()
    if r < 0.45:
        top = node("S", [np(rng, depth), vp(rng, depth), "(. .)"])
    elif r < 0.60:
        top = node("S", [pp(rng, 1), "(, ,)", np(rng, depth), vp(rng, depth), "(. .)"])
    elif r < 0.80:
        # "S," NP said.  -- the shape of most quotations in news
        top = node("S", ["(`` ``)", s(rng, depth), "(, ,)", "('' '')", np(rng, 0),
                         node("VP", [leaf("VBD", rng)]), "(. .)"])
    elif r < 0.90:
        top = node("S", [s(rng, depth - 1), "(, ,)", leaf("CC", rng), s(rng, depth - 1),
                         "(. .)"])
    else:
        subject = np(rng, depth)
        aside = node("PRN", ["(-LRB- -LRB-)", np(rng, 0), "(-RRB- -RRB-)"])
        top = node("S", [subject, aside, vp(rng, depth), "(. .)"])
    return f"(ROOT {top})"


def tree_words(tree: str) -> list[str]:
    """The words of a bracketed tree, in order."""
    return re.findall(r"\([^\s()]+ ([^\s()]+)\)", tree)


def write_data(work: Path, seed: int = 0) -> dict[str, Path]:
    """Write trees (train/dev) and sentiment JSON (train/dev/test) into ``work``."""
    rng = random.Random(seed)
    trees: list[str] = []
    seen: set[str] = set()
    while len(trees) < max(CON_TRAIN + CON_DEV, 100):
        t = sentence_tree(rng)
        if t not in seen:  # the trainer drops duplicate trees anyway
            seen.add(t)
            trees.append(t)
    paths = {"con_train": work / "en_toy_train.mrg", "con_dev": work / "en_toy_dev.mrg"}
    paths["con_train"].write_text("\n".join(trees[:CON_TRAIN]) + "\n")
    paths["con_dev"].write_text("\n".join(trees[CON_TRAIN:CON_TRAIN + CON_DEV]) + "\n")

    items = []
    for t in trees:
        words = tree_words(t)
        label = rng.choice([0, 1, 2])
        cue = rng.choice(SENTIMENT_WORDS.get(label, ["still"]))
        items.append({"sentiment": label, "text": words[:-1] + [cue] + words[-1:]})
    # dev and test only feed the trainer's score; keep them small (scoring is slow)
    for name, part in (("train", items[:90]), ("dev", items[90:96]), ("test", items[96:100])):
        paths[f"sent_{name}"] = work / f"en_toy.{name}.json"
        paths[f"sent_{name}"].write_text(json.dumps(part))
    return paths


# ---------------------------------------------------------------------------
# Training
# ---------------------------------------------------------------------------

def run(cmd: list[str], log: Path) -> None:
    # a fixed hash seed: the classifier builds its extra vocabulary from a set
    env = dict(os.environ, PYTHONHASHSEED="0")
    with log.open("w") as out:
        proc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, check=False, env=env)
    if proc.returncode != 0:
        tail = "\n".join(log.read_text().splitlines()[-30:])
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n--- {log} ---\n{tail}")


def common_args(en: Path) -> list[str]:
    """Pretrain and charlm of the folder: what run_* passes for conll17 / 1billion."""
    return ["--wordvec_pretrain_file", str(en / "pretrain" / "toy.pt"),
            "--charlm_forward_file", str(en / "forward_charlm" / "toy.pt"),
            "--charlm_backward_file", str(en / "backward_charlm" / "toy.pt")]


class BracketF1:
    """Stand-in for ``stanza.server.parser_eval.EvaluateParser`` (CoreNLP's EVALB in Java).

    The constituency trainer scores its dev set with CoreNLP after every epoch,
    and CoreNLP is not installed (nor downloadable offline).  This computes the
    labelled bracket F1 in Python, which is all the trainer uses the score for
    (keeping the best epoch).  It changes nothing in the model.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def __enter__(self) -> BracketF1:
        return self

    def __exit__(self, *exc: Any) -> None:
        pass

    @staticmethod
    def brackets(tree: Any) -> list[tuple[str, int, int]]:
        spans: list[tuple[str, int, int]] = []

        def walk(t: Any, start: int) -> int:
            if t.is_preterminal():
                return start + 1
            end = start
            for child in t.children:
                end = walk(child, end)
            spans.append((t.label, start, end))
            return end

        walk(tree, 0)
        return spans

    def process(self, results: list[Any]) -> Any:
        from collections import Counter
        from types import SimpleNamespace

        matched = n_gold = n_pred = exact = 0
        for r in results:
            gold = Counter(self.brackets(r.gold))
            pred = Counter(self.brackets(r.predictions[0].tree))
            matched += sum((gold & pred).values())
            n_gold += sum(gold.values())
            n_pred += sum(pred.values())
            exact += gold == pred
        f1 = 2 * matched / (n_gold + n_pred) if n_gold + n_pred else 0.0
        tree_f1 = exact / max(1, len(results))
        return SimpleNamespace(f1=f1, treeF1=tree_f1, HasField=lambda name: False)


def constituency_child(root: str, argv: list[str]) -> None:
    """Run ``stanza.models.constituency_parser`` offline.

    Two stand-ins, neither of which changes the model: :class:`BracketF1` for
    CoreNLP's scorer, and a retag pipeline built from the folder's own
    ``tokenize,pos`` (the trainer would download the default English POS model).
    The trainer keeps ``retag_package="default"`` and ``retag_method="xpos"`` in
    the model, as the real model has, so the Pipeline feeds it XPOS tags.
    """
    import stanza
    import stanza.server.parser_eval
    from stanza.models import constituency_parser
    from stanza.models.constituency import parser_training, retagging

    def build_retag_pipeline(args: dict[str, Any]) -> list[Any]:
        return [stanza.Pipeline("en", dir=root, processors="tokenize,pos",
                                tokenize_pretokenized=True, download_method=None,
                                logging_level="WARN")]

    stanza.server.parser_eval.EvaluateParser = BracketF1
    parser_training.EvaluateParser = BracketF1
    retagging.build_retag_pipeline = build_retag_pipeline
    constituency_parser.main(argv)


CHILD = ("import sys; sys.path.insert(0, {here!r}); import make_default_toy_models as m; "
         "m.constituency_child(sys.argv[1], sys.argv[2:])")


def train_constituency(en: Path, paths: dict[str, Path], work: Path) -> Path:
    """Train the toy parser; return the path of the saved model.

    What is not the real model's: the weights, and so the trees.  On news text
    the toy parser builds about 0.5 constituents a word where PTB-style trees have
    about 0.9, so it makes fewer transitions (words + 2 per constituent) than a
    real parser; most of its time is the word encoding (charlms and bi-LSTM),
    which is the same.  Vocabulary-sized parts are smaller (the real model has
    delta embeddings for the ~44k PTB training words, ~18 MB): no effect on speed.
    """
    out = work / "constituency"
    out.mkdir(exist_ok=True)
    child = CHILD.format(here=str(Path(__file__).resolve().parent))
    cmd = [sys.executable, "-c", child, str(en.parent),
           "--mode", "train", "--shorthand", "en_toy", "--lang", "en", "--cpu",
           "--train_file", str(paths["con_train"]), "--eval_file", str(paths["con_dev"]),
           # run_constituency adds no --bert_model for a _charlm package, and no
           # --retag_method for English: the trees are retagged with XPOS tags.
           *common_args(en),
           # Few steps: EPOCHS epochs of the training trees, 30 trees a batch (the
           # default); multistage as by default (AdaDelta for the first half,
           # then AdamW, or MADGRAD if installed).  The dynamic oracle (from
           # epoch 1 by default) is left off: an untrained model walks off into
           # long wrong transition sequences, which only makes training slow.
           "--epochs", str(CON_EPOCHS), "--epoch_size", "0",
           "--oracle_initial_epoch", str(CON_EPOCHS + 1),
           # the released model predates output-layer condensing: keep the
           # output layers at their full default width (512)
           "--no_condense_output_layers",
           "--no_checkpoint", "--seed", "1234",
           "--save_dir", str(out), "--save_name", "toy.pt"]
    run(cmd, work / "log.constituency")
    return out / "toy.pt"


def train_sentiment(en: Path, paths: dict[str, Path], work: Path) -> Path:
    out = work / "sentiment"
    out.mkdir(exist_ok=True)
    cmd = [sys.executable, "-m", "stanza.models.classifier",
           "--shorthand", "en_toy", "--cpu",
           "--train_file", str(paths["sent_train"]), "--dev_file", str(paths["sent_dev"]),
           "--test_file", str(paths["sent_test"]),
           # exactly what run_sentiment adds for training
           "--wordvec_type", "word2vec", "--extra_wordvec_method", "SUM",
           *common_args(en),
           # few steps: 2 epochs of 90 sentences, 50 a batch (the default)
           "--max_epochs", "2",
           "--no_checkpoint", "--seed", "1234",
           "--save_dir", str(out), "--save_name", "toy.pt"]
    run(cmd, work / "log.sentiment")
    return out / "toy.pt"


def clean_saved_paths(path: Path) -> None:
    """Keep only file names of the absolute paths training recorded in the model.

    make_stanza_test_models.sh does the same for the other processors; the
    Pipeline passes the real pretrain and charlm paths when it loads a model.
    """
    import torch

    def clean(x: Any) -> Any:
        if isinstance(x, dict):
            return {k: clean(v) for k, v in x.items()}
        if isinstance(x, (list, tuple)) and not hasattr(x, "_fields"):
            return type(x)(clean(v) for v in x)
        if isinstance(x, str) and x.startswith("/"):
            return os.path.basename(x)
        return x

    checkpoint = torch.load(path, map_location="cpu", weights_only=False)
    checkpoint.pop("optimizer_state_dict", None)
    checkpoint.pop("scheduler_state_dict", None)
    torch.save(clean(checkpoint), path)


# ---------------------------------------------------------------------------
# resources.json
# ---------------------------------------------------------------------------

def update_resources(root: Path) -> None:
    path = root / "resources.json"
    resources = json.loads(path.read_text())
    en = resources["en"]
    for proc in NEW_PROCESSORS:
        en[proc] = {PACKAGE: {"dependencies": DEPENDENCIES}}
        en["default_processors"][proc] = PACKAGE
        en["packages"]["default"][proc] = PACKAGE
    text = json.dumps(resources, indent=1) + "\n"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(text)
    tmp.replace(path)


def check_pipeline(root: Path) -> None:
    """Load ``stanza.Pipeline("en", dir=root)`` with no processors argument and run it once."""
    import stanza

    nlp = stanza.Pipeline("en", dir=str(root), download_method=None, logging_level="ERROR")
    doc = nlp("Pompeo said the talks would go on. "
              "\"We hope they'll change their mind,\" he told reporters.")
    print(f"{root.name}: processors {','.join(nlp.processors)}; "
          f"sentiment {[s.sentiment for s in doc.sentences]}; "
          f"tree {doc.sentences[0].constituency}")
    expected = {"tokenize", "mwt", "pos", "lemma", "depparse", "ner", *NEW_PROCESSORS}
    missing = expected - set(nlp.processors)
    if missing:
        raise SystemExit(f"default pipeline lacks {sorted(missing)}")


def install(model: Path, target: Path) -> None:
    """Copy ``model`` to ``target`` through a temporary name, so a half copy never shows."""
    target.parent.mkdir(exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    shutil.copyfile(model, tmp)
    tmp.replace(target)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR,
                    help=f"SIZE=full Stanza folder to complete (default {DEFAULT_DIR})")
    ap.add_argument("--force", action="store_true", help="retrain models that are already there")
    ap.add_argument("--keep-work", type=Path, default=None, metavar="WORKDIR",
                    help="write data and training logs here and keep them "
                         "(default: a temporary folder, removed at the end)")
    ap.add_argument("--no-check", action="store_true",
                    help="skip loading the default pipeline at the end")
    args = ap.parse_args(argv)

    root = args.dir.resolve()
    en = root / "en"
    needed = [root / "resources.json"]
    needed += [en / d / f"{PACKAGE}.pt" for d in ("pretrain", "forward_charlm", "backward_charlm")]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        ap.error("not a SIZE=full folder of make_stanza_test_models.sh "
                 f"(missing {', '.join(missing)})")
    if root.is_relative_to(Path("/work/shared").resolve()):
        ap.error("refusing to write under /work/shared")

    todo = [p for p in NEW_PROCESSORS if args.force or not (en / p / f"{PACKAGE}.pt").exists()]
    if not todo:
        print("constituency and sentiment models already there (--force retrains them)")
    else:
        work = args.keep_work.resolve() if args.keep_work else Path(tempfile.mkdtemp(prefix="toy_"))
        work.mkdir(parents=True, exist_ok=True)
        try:
            paths = write_data(work)
            for proc in todo:
                start = time.perf_counter()
                trainer = train_constituency if proc == "constituency" else train_sentiment
                model = trainer(en, paths, work)
                clean_saved_paths(model)
                target = en / proc / f"{PACKAGE}.pt"
                install(model, target)
                print(f"{proc}: trained in {time.perf_counter() - start:.0f} s, "
                      f"{target.stat().st_size / 1e6:.1f} MB -> {target}")
        finally:
            if not args.keep_work:
                shutil.rmtree(work, ignore_errors=True)
    update_resources(root)
    if not args.no_check:
        check_pipeline(root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
