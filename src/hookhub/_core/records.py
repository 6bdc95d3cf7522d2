"""Frozen record classes that cost almost nothing to define.

``@dataclass(frozen=True)`` compiles six methods with ``exec`` for every class it defines,
about 0.4 ms a class: for hookhub's two dozen internal records that was most of what
``import hookhub`` + one client cost on top of the dependencies. The decorators here make the
same kind of class from methods written once in this module, so defining one costs ~40 µs:

- it is a real dataclass (``dataclasses.fields``, ``replace``, ``asdict`` and ``is_dataclass``
  work; field options ``default``, ``default_factory``, ``init``, ``repr``, ``compare`` and
  ``hash`` are honoured; ``__post_init__`` runs);
- instances are immutable (``dataclasses.FrozenInstanceError``), compare equal when of the
  same class with equal fields, hash by those fields and repr like a dataclass.

:func:`record` binds constructor arguments with one generic ``__init__`` (a few µs slower per
instance than a compiled one): for data made at import or once per client. :func:`call_record`
is for records made on every call: its compiled dataclass ``__init__`` is built when the first
instance is made, so the cost leaves start-up but per-call construction stays as fast.

Type checkers see both as ``@dataclass(frozen=True)`` (``dataclass_transform``). The public
classes (``RetryPolicy``, ``RequestOptions``) stay plain dataclasses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar, cast

from typing_extensions import dataclass_transform

__all__ = ["call_record", "record"]

_T = TypeVar("_T")
_NO_DEFAULT: Any = dataclasses.MISSING


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def record(cls: type[_T]) -> type[_T]:
    """A frozen dataclass with a generic ``__init__``: cheap to define, for data made rarely."""
    _install(cls, _generic_init)
    return cls


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def call_record(cls: type[_T]) -> type[_T]:
    """A frozen dataclass whose compiled ``__init__`` is built when its first instance is."""

    def deferred(cls: type[Any]) -> Callable[..., None]:
        def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
            # Two threads may both get here first: both build the same method, one stays.
            compiled = _compiled_init(cls)
            setattr(cls, "__init__", compiled)  # noqa: B010 - mypy refuses assigning a method
            compiled(self, *args, **kwargs)

        return __init__

    _install(cls, deferred)
    return cls


def _install(cls: type[Any], make_init: Callable[[type[Any]], Callable[..., None]]) -> None:
    # A dataclass without any generated method: nothing is compiled, the fields are recorded.
    dataclasses.dataclass(init=False, repr=False, eq=False)(cls)
    init = make_init(cls)
    fields = dataclasses.fields(cls)
    cls.__record_repr__ = tuple(f.name for f in fields if f.repr)
    cls.__record_compare__ = tuple(f.name for f in fields if f.compare)
    cls.__record_hash__ = tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash))
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    methods: dict[str, Callable[..., Any]] = {
        "__init__": init,
        "__repr__": _repr,
        "__eq__": _eq,
        "__hash__": _hash,
        "__setattr__": _setattr,
        "__delattr__": _delattr,
    }
    own = cls.__dict__
    for name, method in methods.items():
        if name in ("__setattr__", "__delattr__") and name in own:
            raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
        # A method the class defines itself wins, as with @dataclass (a body that defines
        # __eq__ alone gets __hash__ = None from Python: that one is replaced).
        if name in own and not (name == "__hash__" and own[name] is None and "__eq__" in own):
            continue
        setattr(cls, name, method)


def _generic_init(cls: type[Any]) -> Callable[..., None]:
    fields = [f for f in dataclasses.fields(cls) if f.init]
    names = tuple(f.name for f in fields)
    defaults: dict[str, Any] = {f.name: f.default for f in fields if f.default is not _NO_DEFAULT}
    factories: dict[str, Callable[[], Any]] = {
        f.name: cast("Callable[[], Any]", f.default_factory)
        for f in fields
        if f.default_factory is not _NO_DEFAULT
    }
    # Fields left out of __init__ still get their default, as in a dataclass.
    fixed: list[tuple[str, Any, Any]] = [
        (f.name, f.default, f.default_factory) for f in dataclasses.fields(cls) if not f.init
    ]
    post_init = getattr(cls, "__post_init__", None)
    set_field = object.__setattr__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(names):
            raise TypeError(
                f"{cls.__qualname__}.__init__() takes {len(names) + 1} positional arguments "
                f"but {len(args) + 1} were given"
            )
        for name, value in zip(names, args, strict=False):
            if name in kwargs:
                raise TypeError(
                    f"{cls.__qualname__}.__init__() got multiple values for argument {name!r}"
                )
            set_field(self, name, value)
        for name in names[len(args) :]:
            if name in kwargs:
                value = kwargs.pop(name)
            elif name in defaults:
                value = defaults[name]
            elif name in factories:
                value = factories[name]()
            else:
                raise TypeError(
                    f"{cls.__qualname__}.__init__() missing 1 required argument: {name!r}"
                )
            set_field(self, name, value)
        if kwargs:
            raise TypeError(
                f"{cls.__qualname__}.__init__() got an unexpected keyword argument "
                f"{next(iter(kwargs))!r}"
            )
        for name, default, factory in fixed:
            if factory is not _NO_DEFAULT:
                set_field(self, name, factory())
            elif default is not _NO_DEFAULT:
                set_field(self, name, default)
        if post_init is not None:
            post_init(self)

    return __init__


def _compiled_init(cls: type[Any]) -> Callable[..., None]:
    """The ``__init__`` ``@dataclass(frozen=True)`` would have made for ``cls``."""
    namespace: dict[str, Any] = {
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__annotations__": {},
    }
    for f in dataclasses.fields(cls):
        namespace["__annotations__"][f.name] = f.type
        namespace[f.name] = dataclasses.field(
            default=f.default, default_factory=f.default_factory, init=f.init
        )
    post_init = getattr(cls, "__post_init__", None)
    if post_init is not None:
        namespace["__post_init__"] = post_init
    shadow: type[Any] = type(cls.__name__, (), namespace)
    dataclasses.dataclass(frozen=True, repr=False, eq=False, match_args=False)(shadow)
    init: Callable[..., None] = shadow.__init__
    return init


def _repr(self: Any) -> str:
    values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_repr__)
    return f"{type(self).__qualname__}({values})"


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    names: tuple[str, ...] = self.__record_compare__
    mine = tuple(getattr(self, name) for name in names)
    return mine == tuple(getattr(other, name) for name in names)


def _hash(self: Any) -> int:
    return hash(tuple(getattr(self, name) for name in self.__record_hash__))


def _setattr(self: Any, name: str, value: object) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _delattr(self: Any, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
