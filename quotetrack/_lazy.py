"""A computed attribute kept on the instance as a plain attribute (see :class:`lazy_attribute`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

__all__ = ["lazy_attribute"]

_O = TypeVar("_O")
_T = TypeVar("_T")


class lazy_attribute(Generic[_O, _T]):  # noqa: N801 - named like the decorator it replaces
    """Like :func:`functools.cached_property`: the method runs once, on the first read,
    and its value is kept on the instance under the method's name.

    The value is stored with ``setattr``, not through the instance's ``__dict__``, whose
    first use turns CPython's compact per-instance attribute storage into a dict of its
    own: every later ``self.x`` and ``self.method(...)`` of that instance then takes the
    interpreter's slower, dict-based path (its specialised attribute reads check keys
    shared by all instances of the class, which a per-instance dict does not share).  For
    an object with many methods called many times (``Attributor``), that costs across
    the board.  Not thread-safe, like ``cached_property`` since Python 3.12.
    """

    def __init__(self, func: Callable[[_O], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> lazy_attribute[_O, _T]: ...

    @overload
    def __get__(self, instance: _O, owner: type | None = None) -> _T: ...

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self.func(instance)
        # (a plain attribute from now on: this non-data descriptor is no longer asked)
        setattr(instance, self.name, value)
        return value
