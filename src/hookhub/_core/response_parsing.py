"""A successful response into the typed value the generated method returns. Pure."""

from __future__ import annotations

import builtins
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx

from hookhub._core.errors import APIResponseValidationError
from hookhub._core.json_paths import MISSING, json_body, value_at
from hookhub._core.provider_profile import Operation
from hookhub._core.redaction import SecretRegistry, harvest_secrets

if TYPE_CHECKING:
    from pydantic import TypeAdapter

__all__ = [
    "NO_CONTENT",
    "LazyAdapter",
    "ResultAdapter",
    "lazy_adapter",
    "parse_result",
    "parse_value",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class ResultAdapter(Protocol[T_co]):
    """What turns decoded JSON into a typed result: a pydantic ``TypeAdapter`` or a
    :class:`LazyAdapter`."""

    def validate_python(self, value: Any, /) -> T_co: ...


class LazyAdapter(Generic[T]):
    """A pydantic ``TypeAdapter`` built on first use.

    Generated clients name one per operation; building them (and importing the provider's
    models and pydantic's model machinery) at import time cost every program start-up tens of
    milliseconds, even one that never calls that operation.
    """

    __slots__ = ("_adapter", "_resolve")

    def __init__(self, resolve: Callable[[], Any]) -> None:
        self._resolve = resolve
        self._adapter: TypeAdapter[T] | None = None

    @property
    def adapter(self) -> TypeAdapter[T]:
        """The ``TypeAdapter``, built now if it was not yet (a race builds it twice: harmless)."""
        adapter = self._adapter
        if adapter is None:
            from pydantic import TypeAdapter

            adapter = self._adapter = TypeAdapter(self._resolve())
        return adapter

    def validate_python(self, value: Any, /) -> T:
        """``TypeAdapter.validate_python``."""
        return self.adapter.validate_python(value)


def lazy_adapter(module: str, expression: str) -> LazyAdapter[Any]:
    """The adapter of the type ``expression`` names in ``module`` (e.g. a generated models
    module and ``"builtins.list[Webhook]"``), importing ``module`` only on first use."""

    def resolve() -> Any:
        namespace = {**vars(importlib.import_module(module)), "builtins": builtins}
        return eval(expression, namespace)  # a type expression written by codegen

    return LazyAdapter(resolve)


NO_CONTENT: LazyAdapter[None] = LazyAdapter(lambda: type(None))
"""The result adapter of operations whose success response has no body."""


def parse_value(
    provider: str,
    operation: Operation,
    response: httpx.Response,
    adapter: ResultAdapter[T],
    *,
    secrets: SecretRegistry | None = None,
    secret_fields: tuple[str, ...] = (),
) -> T:
    """:func:`parse_result`, or ``None`` without reading the body for no-content operations."""
    if operation.no_content:
        return adapter.validate_python(None)
    return parse_result(
        provider, operation, response, adapter, secrets=secrets, secret_fields=secret_fields
    )


def parse_result(
    provider: str,
    operation: Operation,
    response: httpx.Response,
    adapter: ResultAdapter[T],
    *,
    secrets: SecretRegistry | None = None,
    secret_fields: tuple[str, ...] = (),
) -> T:
    """Decode, unwrap (``x-hookhub-unwrap``) and validate the body.

    Values of the spec's secret fields (``secret_fields``) are registered in ``secrets``,
    so later errors, log lines and reprs of this client mask them.
    """
    try:
        body = json_body(response)
    except (ValueError, UnicodeDecodeError, RecursionError):
        # RecursionError: JSON nested deeper than the parser can follow.
        raise APIResponseValidationError(
            f"{operation.name}: {response.status_code} response body is not JSON "
            "(or is nested too deeply)",
            provider=provider,
            response=response,
        ) from None
    if secrets is not None:
        harvest_secrets(body, secret_fields, secrets, source=response.content)
    value = value_at(body, operation.unwrap) if operation.unwrap else body
    if value is MISSING:
        raise APIResponseValidationError(
            f"{operation.name}: response has no {'.'.join(operation.unwrap)!r}",
            provider=provider,
            response=response,
        )
    try:
        return adapter.validate_python(value)
    except RecursionError:
        raise APIResponseValidationError(
            f"{operation.name}: response is nested too deeply",
            provider=provider,
            response=response,
        ) from None
    except Exception as exc:
        # pydantic_core is imported here, not with the client: the adapter loaded it already.
        from pydantic_core import ValidationError

        if not isinstance(exc, ValidationError):
            raise
        # Name the fields, never the values: a body may carry a signing secret.
        where = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or '<root>'}: {error['type']}"
            for error in exc.errors()[:5]
        )
        raise APIResponseValidationError(
            f"{operation.name}: response does not have the documented shape ({where})",
            provider=provider,
            response=response,
        ) from None
