"""The declarative mapping of one provider onto the facade, read from its spec.

Each spec's ``x-hookhub.facade`` block is generated into ``providers/<id>/_profile.py`` as
``FACADE``; this module turns it into typed data and evaluates its small expressions:

- field readers: ``{path: a.b}``, ``{path: x, negate: true}``, ``{path: s, equals: ACTIVE}``,
  ``{const: null}``, ``{first_of: [reader, ...]}``. A reader tells "absent or unreadable"
  apart from a value: the id and the on/off state are never defaulted (see
  :class:`IncompleteWebhookError`);
- argument templates: literals, or ``"$var || $other"`` (the first given value wins; nothing
  given means the argument is left out). Variables: ``url``, ``events``, ``name``, ``secret``,
  ``enabled``, ``generated_secret`` and ``current.<path>`` (the webhook as read before; an
  absent or ``null`` field counts as not given, so nothing is written back that was not read).
  A verb's ``required`` arguments must be present after rendering, or the write is refused
  before it is sent.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import field
from functools import cached_property, partial
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Literal, cast

from hookhub._core.errors import InvalidInputError
from hookhub._core.json_paths import is_model
from hookhub._core.omit import Omit, omit
from hookhub._core.provider_profile import ProviderProfile, RetryClass
from hookhub._core.records import record
from hookhub.facade._errors import IncompleteWebhookError

if TYPE_CHECKING:
    # pydantic's model machinery loads with the first Webhook built, not with the client.
    from hookhub.facade.models import Capabilities, UpdateSemantics, Webhook

__all__ = ["ProviderMapping", "VerbSpec", "load_mapping", "new_secret", "read_path"]

_MISSING = object()


@record
class VerbSpec:
    """One facade verb: the native operation and the arguments it takes."""

    operation: str
    arguments: Mapping[str, Any] = field(default_factory=dict[str, Any])
    read_first: bool = False
    items: str | None = None
    pagination: Mapping[str, Any] | None = None
    required: tuple[str, ...] = ()
    """Arguments the native write cannot go without (a full replacement resends them)."""
    render: Callable[[Mapping[str, Any]], Any] = field(init=False, repr=False, compare=False)
    """``arguments`` compiled once: variables -> the rendered arguments."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "render", _compile_template(self.arguments))


@record
class ProviderMapping:
    """How the facade drives one provider."""

    provider: str
    profile: ProviderProfile
    sync_class: type[Any]
    async_class: type[Any]
    webhook_fields: Mapping[str, Any]
    verbs: Mapping[str, VerbSpec]
    disabled_events: Literal["dropped", "buffered", "unspecified"]
    events_mode: Literal["all-only", "required", "optional"]
    max_webhooks: int | None
    update_semantics: UpdateSemantics | None = None

    @property
    def relative_toggle(self) -> bool:
        spec = self.verbs.get("toggle")
        return spec is not None and (
            self.profile.operations[spec.operation].retry_class is RetryClass.TOGGLE
        )

    def verb(self, name: str) -> VerbSpec | None:
        return self.verbs.get(name)

    # --- reading ------------------------------------------------------------------------
    @cached_property
    def _readers(self) -> tuple[tuple[str, Reader], ...]:
        """``webhook_fields`` compiled once into readers (the mapping is data; reading is hot)."""
        fields = self.webhook_fields.items()
        return tuple((name, _compile_reader(reader)) for name, reader in fields)

    @cached_property
    def _extractors(self) -> dict[type[Any], Callable[[Any], dict[str, Any]]]:
        """Per class of answer, how to read every field of ``webhook_fields`` at once."""
        return {}

    def _extractor(self, sample: Any) -> Callable[[Any], dict[str, Any]]:
        """Every field's reader for answers of ``type(sample)``: a model's plain field reads
        (``{path: name}`` naming a declared field) are one ``attrgetter`` call."""
        kind = _kind(sample)
        direct: list[tuple[str, str]] = []
        others: list[tuple[str, Reader]] = []
        for (name, reader), (_, read) in zip(
            self.webhook_fields.items(), self._readers, strict=True
        ):
            path = reader.get("path") if len(reader) == 1 else None
            if isinstance(kind, frozenset) and path in kind:
                direct.append((name, cast(str, path)))
            else:
                others.append((name, read))
        if len(direct) < 2:  # attrgetter of one name returns the value, not a tuple
            readers = self._readers
            return lambda raw: {name: read(raw) for name, read in readers}
        names = tuple(name for name, _ in direct)
        getter = attrgetter(*(path for _, path in direct))
        rest = tuple(others)

        def extract(raw: Any) -> dict[str, Any]:
            values = dict(zip(names, getter(raw), strict=True))
            for name, read in rest:
                values[name] = read(raw)
            return values

        return extract

    def to_webhook(self, raw: Any, *, webhook_id: str | None = None) -> Webhook:
        """The provider's model as a :class:`Webhook`.

        Raises :class:`IncompleteWebhookError` when the id or the on/off state is absent or
        unreadable: a state that was not seen is never reported (``webhook_id`` names the
        webhook in that error when the caller knows it).
        """
        cls: type[Any] = type(raw)  # pyright: ignore[reportUnknownVariableType]
        extract = self._extractors.get(cls)
        if extract is None:
            extract = self._extractors[cls] = self._extractor(raw)
        values = extract(raw)
        found_id = _id(values.get("id", _MISSING))
        enabled = values.get("enabled", _MISSING)
        paused = values.get("paused", _MISSING)
        # bool cannot be subclassed: ``type(x) is bool`` is ``isinstance(x, bool)``.
        if found_id is None or type(enabled) is not bool or type(paused) is not bool:
            missing = tuple(
                name
                for name, value in (
                    ("id", _MISSING if found_id is None else found_id),
                    ("enabled", enabled),
                    ("paused", paused),
                )
                if value is _MISSING or (name != "id" and not isinstance(value, bool))
            )
            raise IncompleteWebhookError(
                f"[{self.provider}] the answer for webhook {webhook_id or '(unknown id)'} has no "
                f"readable {', '.join(missing)}; hookhub reports only what the provider said",
                provider=self.provider,
                webhook_id=webhook_id,
                missing=missing,
            )
        events = values.get("events")
        created_at = values.get("created_at")
        updated_at = values.get("updated_at")
        url = values.get("url")
        # ``model_validate`` of a dict: the same validation as ``Webhook(...)``, without the
        # keyword-argument wrapper (about a third of the construction's cost).
        return _webhook_model().model_validate(
            {
                "provider": self.provider,
                "id": found_id,
                "url": None if url is _MISSING else url,
                "enabled": enabled,
                "paused": paused,
                "events": None if events is None or events is _MISSING else list(events),
                "created_at": None if created_at is _MISSING else created_at,
                "updated_at": None if updated_at is _MISSING else updated_at,
                "raw": raw,
            }
        )

    def read_id(self, raw: Any) -> str | None:
        """The webhook's id as the answer gives it, or ``None`` when absent or unreadable."""
        return _id(self._readers_by_name["id"](raw))

    @cached_property
    def _readers_by_name(self) -> dict[str, Reader]:
        return dict(self._readers)

    def items(self, verb: VerbSpec, result: Any) -> list[Any]:
        found = read_path(result, verb.items) if verb.items else result
        return list(found or [])

    # --- writing ------------------------------------------------------------------------
    def arguments(
        self, verb: VerbSpec, variables: Mapping[str, Any], *, webhook_id: str | None = None
    ) -> dict[str, Any]:
        """Keyword arguments for the native call; unset templates are left out.

        Raises :class:`IncompleteWebhookError` (before anything is sent) when one of the
        verb's ``required`` arguments has no value: neither given nor read.
        """
        arguments: dict[str, Any] = verb.render(variables)
        if not verb.required:
            return arguments
        missing = tuple(name for name in verb.required if arguments.get(name) is None)
        if missing:
            raise IncompleteWebhookError(
                f"[{self.provider}] {verb.operation} must send {', '.join(missing)}, and the "
                f"webhook {webhook_id or ''} as read has none: pass it, or check the webhook "
                "(nothing was sent)",
                provider=self.provider,
                webhook_id=webhook_id,
                missing=missing,
            )
        return arguments

    def check_events(self, events: list[str] | Omit | None, *, creating: bool) -> None:
        if self.events_mode == "all-only" and events is not None and events is not omit:
            raise InvalidInputError(
                f"[{self.provider}] webhooks receive every event; pass events=None"
            )
        if self.events_mode == "required" and creating and (events is None or events is omit):
            raise InvalidInputError(
                f"[{self.provider}] needs the event types to subscribe to: pass events=[...]"
            )
        if self.events_mode == "required" and events is None:
            raise InvalidInputError(
                f"[{self.provider}] has no 'every event' subscription: pass events=[...]"
            )

    def capabilities(self) -> Capabilities:
        native: dict[str, str] = {}
        for name, verb in self.verbs.items():
            operation = self.profile.operations[verb.operation]
            call = f"{operation.method} {operation.path}"
            native[name] = f"GET + {call}" if verb.read_first else call
        verbs = tuple(
            verb
            for verb in ("list", "get", "create", "update", "delete", "enable", "disable")
            if verb in self.verbs
        ) + tuple(verb for verb in ("pause", "resume") if verb in self.verbs)
        from hookhub.facade.models import Capabilities

        return Capabilities(
            provider=self.provider,
            verbs=verbs,  # type: ignore[arg-type]
            disabled_events=self.disabled_events,
            relative_toggle=self.relative_toggle,
            idempotency_keys=self.profile.idempotency is not None,
            native_calls=native,
            native_operations={name: verb.operation for name, verb in self.verbs.items()},
            max_webhooks=self.max_webhooks,
            delivery_signature=self.profile.signing.summary if self.profile.signing else None,
            update_semantics=self.update_semantics,
        )


def load_mapping(provider: str) -> ProviderMapping:
    """The mapping of a generated provider package (imported on first use)."""
    from hookhub.providers import CLIENT_CLASSES

    package = importlib.import_module(f"hookhub.providers.{provider}")
    profile_module = importlib.import_module(f"hookhub.providers.{provider}._profile")
    facade: dict[str, Any] = profile_module.FACADE
    sync_name, async_name = CLIENT_CLASSES[provider]
    return ProviderMapping(
        provider=provider,
        profile=profile_module.PROFILE,
        sync_class=getattr(package, sync_name),
        async_class=getattr(package, async_name),
        webhook_fields=facade["webhook"],
        verbs={
            name: VerbSpec(
                operation=spec["operation"],
                arguments=spec.get("arguments") or {},
                read_first=bool(spec.get("read_first")),
                items=spec.get("items"),
                pagination=spec.get("pagination"),
                required=tuple(spec.get("required") or ()),
            )
            for name, spec in facade["verbs"].items()
        },
        disabled_events=facade["disabled_events"],
        events_mode=facade.get("events", "optional"),
        max_webhooks=facade.get("max_webhooks"),
        update_semantics=facade.get("update_semantics"),
    )


def new_secret() -> str:
    """A signing secret for providers that require the caller to choose one (32 characters)."""
    import secrets  # here: it loads hmac, which making a client does not need

    return secrets.token_urlsafe(24)


def read_path(value: Any, path: str) -> Any:
    """The value at the dotted ``path`` in a model or mapping; ``_MISSING`` when absent."""
    return _walk(_steps(path), value)


Reader = Callable[[Any], Any]
"""A compiled field reader: the value, ``None`` for an explicit null, or ``_MISSING``."""

# What a value's class is to a path step, decided once per class: a pydantic model (the set
# of its field names: ``model_fields`` on a class is a computed property in pydantic, about
# half of a read's cost), a mapping (decoded JSON), or neither.
_MAPPING = object()
_OTHER = object()
_KINDS: dict[type[Any], Any] = {}
_STEPS: dict[str, tuple[str, ...]] = {}


def _kind(value: Any) -> Any:
    cls: type[Any] = type(value)  # pyright: ignore[reportUnknownVariableType]
    kind = _KINDS.get(cls)
    if kind is None:
        if is_model(value):
            kind = frozenset(cls.model_fields)
        elif isinstance(value, Mapping):
            kind = _MAPPING
        else:
            kind = _OTHER
        _KINDS[cls] = kind
    return kind


def _step(step: str, current: Any) -> Any:
    """``current.step`` (a model's field or extra, a mapping's key), or ``_MISSING``.

    The step comes first so that ``partial(_step, "id")`` is a reader (no extra frame).
    """
    cls: type[Any] = type(current)  # pyright: ignore[reportUnknownVariableType]
    kind = _KINDS.get(cls)
    if kind is None:
        kind = _kind(current)
    if kind is _MAPPING:
        return cast("Mapping[str, Any]", current).get(step, _MISSING)
    if kind is _OTHER:
        return _MISSING
    if step in kind:
        return getattr(current, step)
    extra = current.model_extra
    if extra and step in extra:
        return extra[step]
    return _MISSING


def _walk(steps: tuple[str, ...], value: Any) -> Any:
    current: Any = value
    for step in steps:
        current = _step(step, current)
        if current is _MISSING or current is None:
            return current
    return current


def _steps(path: str) -> tuple[str, ...]:
    steps = _STEPS.get(path)
    if steps is None:
        steps = _STEPS[path] = tuple(path.split("."))
    return steps


def _id(found: Any) -> str | None:
    if isinstance(found, bool) or not isinstance(found, (str, int)) or found == "":
        return None
    return str(found)


_WEBHOOK: list[type[Webhook]] = []


def _webhook_model() -> type[Webhook]:
    """:class:`Webhook`, imported with the first result (it loads pydantic's model machinery)."""
    if not _WEBHOOK:
        from hookhub.facade.models import Webhook

        _WEBHOOK.append(Webhook)
    return _WEBHOOK[0]


def _compile_reader(reader: Mapping[str, Any]) -> Reader:
    """A field reader from the mapping's data: ``{path}``, ``{const}``, ``{first_of}``, with
    ``equals`` or ``negate``; what it returns is described on :data:`Reader`."""
    if "const" in reader:
        constant = reader["const"]
        return lambda raw: constant
    if "first_of" in reader:
        options = tuple(_compile_reader(option) for option in reader["first_of"])

        def first_of(raw: Any) -> Any:
            for option in options:
                found = option(raw)
                if found is not _MISSING and found is not None:
                    return found
            return _MISSING

        return first_of
    steps = _steps(reader["path"])
    if "equals" in reader:
        wanted = reader["equals"]

        def equals(raw: Any) -> Any:
            found = _walk(steps, raw)
            return found if found is _MISSING or found is None else found == wanted

        return equals
    if reader.get("negate"):

        def negate(raw: Any) -> Any:
            found = _walk(steps, raw)
            if found is _MISSING or found is None:
                return found
            return not found if isinstance(found, bool) else _MISSING

        return negate
    if len(steps) == 1:
        return partial(_step, steps[0])
    return partial(_walk, steps)


Template = Callable[[Mapping[str, Any]], Any]


def _compile_template(template: Any) -> Template:
    """An argument template compiled once: variables -> the rendered value or ``_MISSING``.

    A mapping renders to a dict without the keys whose template rendered nothing.
    """
    if isinstance(template, Mapping):
        # Templates come from the spec's YAML: string keys.
        parts = tuple(
            (str(key), _compile_template(value))
            for key, value in cast("Mapping[object, Any]", template).items()
        )

        def mapping(variables: Mapping[str, Any]) -> dict[str, Any]:
            rendered: dict[str, Any] = {}
            for key, render in parts:
                value = render(variables)
                if value is not _MISSING:
                    rendered[key] = value
            return rendered

        return mapping
    if isinstance(template, str) and template.startswith("$"):
        # ``$name`` -> (name, None); ``$current.a.b`` -> ("current", ("a", "b")).
        alternatives = tuple(
            ("current", _steps(name.removeprefix("current.")))
            if name.startswith("current.")
            else (name, None)
            for name in (part.strip().removeprefix("$") for part in template.split("||"))
        )

        def variable(variables: Mapping[str, Any]) -> Any:
            for name, steps in alternatives:
                if steps is not None:
                    value = _walk(steps, variables.get(name))
                    if value is None:  # a null read back is not a value to resend
                        value = _MISSING
                else:
                    value = variables.get(name, _MISSING)
                if value is not _MISSING and not isinstance(value, Omit):
                    return value
            return _MISSING

        return variable
    return lambda variables: template
