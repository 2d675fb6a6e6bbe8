"""quotetrack.attribute as a package (h50-split): the names code and tests import from it, the
size of its modules, and the layers the Attributor is built from."""

from __future__ import annotations

from pathlib import Path

import quotetrack
import quotetrack.attribute as attribute
from quotetrack.attribute import (
    _REPORTED_TRIGGER_FORMS,
    _TOPIC_PARTICIPLES,
    CRY_OF_X,
    CRY_REASON,
    PERSON_GOES_ON,
    PERSON_OPEN,
    Attribution,
    Attributor,
    Found,
    is_cue_word,
    is_title,
)
from quotetrack.lexicon import REPORTED_TRIGGER_FORMS, TOPIC_PARTICIPLES

#: The most lines a module of the package may have before it should be split again.
MAX_LINES = 4000


def test_the_names_imported_from_quotetrack_attribute_are_there():
    assert Attributor.__module__ == "quotetrack.attribute"
    assert isinstance(CRY_OF_X, str) and isinstance(CRY_REASON, str)
    assert "B-PERSON" in PERSON_OPEN and "E-PERSON" in PERSON_GOES_ON
    assert _REPORTED_TRIGGER_FORMS is REPORTED_TRIGGER_FORMS
    assert _TOPIC_PARTICIPLES is TOPIC_PARTICIPLES
    assert is_title("Gang of Eight") and not is_title("we will win this fight")
    found = Found(0, 5, "direct", Attribution(None, None))
    assert found.attribution.speaker is None
    assert callable(is_cue_word)
    for name in attribute.__all__:
        assert hasattr(attribute, name), name


def _too_long(package: Path, pattern: str, at_least: int) -> list[str]:
    """The modules below ``package`` matching ``pattern`` that have more than MAX_LINES lines."""
    modules = sorted(package.glob(pattern))
    assert len(modules) >= at_least
    lines = {p: len(p.read_text(encoding="utf-8").splitlines()) for p in modules}
    return [f"{p.relative_to(package)} has {n} lines" for p, n in lines.items() if n > MAX_LINES]


def test_no_module_of_the_package_grows_past_the_limit():
    package = Path(attribute.__file__).parent
    assert not _too_long(package, "*.py", 5), "split it (see its layer docstring)"


def test_no_module_of_quotetrack_grows_past_the_limit():
    """Every module of the quotetrack package at any depth, not only quotetrack/attribute/
    (h60-spl split parse/rules.py into tokenizer.py, tags.py, names.py and rules.py)."""
    assert not _too_long(Path(quotetrack.__file__).parent, "**/*.py", 30), "split it"


def test_every_member_of_the_attributor_is_defined_in_one_layer_only():
    """The layers are base classes of one another: a name defined in two of them would let the
    later one silently shadow the earlier."""
    layers = [c for c in Attributor.__mro__ if c is not object]
    assert len(layers) >= 4
    seen: dict[str, str] = {}
    for cls in layers:
        for name in vars(cls):
            if name.startswith("__") and name != "__init__":
                continue
            assert name not in seen, f"{name} in both {seen[name]} and {cls.__name__}"
            seen[name] = cls.__name__
    assert seen["__init__"] == layers[-1].__name__  # the base class sets every attribute


def test_the_attributor_still_attributes():
    text = 'Jane Doe, the mayor, said the bridge would reopen. "We are on schedule," she said.'
    quotes = quotetrack.extract(text).quotes
    assert any(q.kind == "direct" and q.speaker is not None and q.speaker.name == "Jane Doe"
               for q in quotes)
