"""``record`` / ``call_record`` act as ``@dataclass(frozen=True)`` in all that callers use."""

from __future__ import annotations

import copy
import dataclasses
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from hookhub._core.records import call_record, record


def _checked(value: int) -> None:
    if value < 0:
        raise ValueError("negative")


def _define(decorator: Callable[[type[Any]], type[Any]]) -> type[Any]:
    class Point:
        """A record under test."""

        x: int
        label: str = "p"
        tags: list[str] = dataclasses.field(default_factory=list)
        secret: str = dataclasses.field(default="s", repr=False)
        note: str = dataclasses.field(default="", compare=False)

        def __post_init__(self) -> None:
            _checked(self.x)

    return decorator(Point)


REFERENCE = _define(dataclasses.dataclass(frozen=True))
KINDS = [pytest.param(record, id="record"), pytest.param(call_record, id="call_record")]


@pytest.mark.parametrize("decorator", KINDS)
def test_a_record_acts_as_the_frozen_dataclass(
    decorator: Callable[[type[Any]], type[Any]],
) -> None:
    point = _define(decorator)
    for _ in range(2):  # call_record: the first instance and the compiled __init__ after it
        made, expected = point(1, "a", note="n"), REFERENCE(1, "a", note="n")
        assert repr(made) == repr(expected)
        assert repr(made).endswith(".Point(x=1, label='a', tags=[], note='n')")
        assert made == point(1, "a", note="other") and made != point(2, "a")
        assert made != expected  # another class, as between two dataclasses
        assert made.__eq__(expected) is NotImplemented
        assert point(1, tags=["t"]).tags == ["t"] and point(1).tags is not point(1).tags
        assert dataclasses.is_dataclass(made)
        assert dataclasses.asdict(made) == dataclasses.asdict(expected)
        names = [f.name for f in dataclasses.fields(made)]
        assert names == ["x", "label", "tags", "secret", "note"]
        changed = dataclasses.replace(made, label="b")
        assert (type(changed), changed.label, changed.x) == (point, "b", 1)
        assert point.__match_args__ == REFERENCE.__match_args__


@pytest.mark.parametrize("decorator", KINDS)
def test_a_record_is_immutable_and_hashes_by_its_fields(
    decorator: Callable[[type[Any]], type[Any]],
) -> None:
    point = _define(decorator)
    made = point(1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.x = 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        del made.x
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.other = 2
    with pytest.raises(TypeError, match="unhashable"):
        hash(made)  # a list field, as with the dataclass
    hashable = point(1, tags=())
    assert hash(hashable) == hash(point(1, tags=(), note="ignored"))
    assert copy.copy(hashable) == copy.deepcopy(hashable) == hashable


@pytest.mark.parametrize("decorator", KINDS)
def test_a_record_refuses_bad_arguments_like_the_dataclass(
    decorator: Callable[[type[Any]], type[Any]],
) -> None:
    point = _define(decorator)
    for _ in range(2):
        with pytest.raises(TypeError, match="x"):
            point()
        with pytest.raises(TypeError, match="label"):
            point(1, "a", label="b")
        with pytest.raises(TypeError, match="nope"):
            point(1, nope=2)
        with pytest.raises(TypeError, match="positional"):
            point(1, "a", [], "s", "n", "extra")
        with pytest.raises(ValueError, match="negative"):  # __post_init__ runs
            point(-1)
        point(0)


def test_call_record_compiles_its_init_with_the_first_instance() -> None:
    point = _define(call_record)
    deferred = point.__init__
    point(1)
    assert point.__init__ is not deferred
    assert point.__init__.__qualname__.endswith(".Point.__init__")


def test_a_field_left_out_of_init_gets_its_default() -> None:
    @record
    class Counter:
        """A record with a field __init__ does not take."""

        name: str
        seen: list[str] = dataclasses.field(default_factory=list, init=False)
        kind: str = dataclasses.field(default="k", init=False)

    made = Counter("c")
    assert (made.seen, made.kind) == ([], "k")
    with pytest.raises(TypeError):
        Counter("c", [])  # type: ignore[call-arg]


def test_call_record_first_instances_made_by_many_threads_at_once() -> None:
    point = _define(call_record)
    barrier = threading.Barrier(16)

    def make(index: int) -> Any:
        barrier.wait()
        return point(index, tags=())

    with ThreadPoolExecutor(16) as pool:
        made = list(pool.map(make, range(16)))
    assert [item.x for item in made] == list(range(16))
    assert made[3] == point(3, tags=())


@pytest.mark.parametrize(
    "decorator", [*KINDS, pytest.param(dataclasses.dataclass(frozen=True), id="dataclass")]
)
def test_methods_the_class_defines_itself_are_kept(
    decorator: Callable[[type[Any]], type[Any]],
) -> None:
    class Named:
        """A record with its own repr and equality."""

        name: str

        def __repr__(self) -> str:
            return f"<{self.name}>"

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Named) and other.name.lower() == self.name.lower()

    named = decorator(Named)
    assert repr(named("a")) == "<a>"
    assert named("a") == named("A")
    assert hash(named("a")) == hash(named("a"))  # Python's __hash__ = None is replaced

    class Settable:
        """A record that would not be frozen."""

        name: str

        def __setattr__(self, name: str, value: object) -> None:
            object.__setattr__(self, name, value)

    with pytest.raises(TypeError, match="__setattr__"):
        decorator(Settable)
