"""Context-manager support for everything that owns connections: ``with`` calls ``close()``."""

from __future__ import annotations

from types import TracebackType
from typing import TypeVar

__all__ = ["AsyncClosing", "SyncClosing"]

SyncSelf = TypeVar("SyncSelf", bound="SyncClosing")
AsyncSelf = TypeVar("AsyncSelf", bound="AsyncClosing")


class SyncClosing:
    """``with client:`` closes the client on exit."""

    def close(self) -> None:
        """Release what the client holds (its connection pool)."""
        raise NotImplementedError

    def __enter__(self: SyncSelf) -> SyncSelf:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClosing:
    """``async with client:`` closes the client on exit."""

    async def close(self) -> None:
        """Release what the client holds (its connection pool)."""
        raise NotImplementedError

    async def __aenter__(self: AsyncSelf) -> AsyncSelf:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
