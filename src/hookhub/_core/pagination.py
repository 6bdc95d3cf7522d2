"""Auto-pagination: the page objects list operations return, and the next-page rule. Pure
apart from the fetch callables the shells hand in.

A list operation that pages (``x-hookhub-pagination`` in its spec) returns a
:class:`SyncPage` (sync) or an :class:`AsyncPaginator` (async: await it for the first
:class:`AsyncPage`, or ``async for`` over every item). Iterating walks every page lazily;
each next page is the same call with only the page parameter changed, so the caller's page
size, ``timeout=``, ``max_retries=`` and ``extra_*`` options apply to every page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import Any, Generic, TypeVar, cast

from hookhub._core.errors import HookhubError, InvalidInputError
from hookhub._core.json_paths import is_model
from hookhub._core.omit import Omit
from hookhub._core.provider_profile import Pagination
from hookhub._core.request_options import RequestOptions

__all__ = [
    "AsyncPage",
    "AsyncPaginator",
    "BasePage",
    "SyncPage",
    "check_page_options",
    "next_page_params",
    "page_body",
    "page_items",
]

ItemT = TypeVar("ItemT")
BodyT = TypeVar("BodyT")

_MISSING: Any = object()


def _at(value: Any, path: tuple[str, ...]) -> Any:
    """The value at a path of wire names in a parsed model (or plain JSON)."""
    current = value
    for step in path:
        if is_model(current):
            found = _MISSING
            for name, info in type(current).model_fields.items():
                if step in (name, info.alias):
                    found = getattr(current, name)
                    break
            else:
                if current.model_extra and step in current.model_extra:
                    found = current.model_extra[step]
            current = found
        elif isinstance(current, Mapping):
            current = cast(Mapping[str, Any], current).get(step, _MISSING)
        else:
            return _MISSING
        if current is _MISSING:
            return _MISSING
    return current


def check_page_options(where: str, pagination: Pagination, options: RequestOptions) -> None:
    """Refuse an ``extra_query`` that would pin the page parameter (every page the same)."""
    extra = options.extra_query
    if not isinstance(extra, Omit) and pagination.param in extra:
        raise InvalidInputError(
            f"{where}: pass {pagination.param}= as an argument, not in extra_query; "
            "the pager changes it from page to page"
        )


def page_items(pagination: Pagination, body: Any) -> list[Any]:
    """The items of one page (an absent or null list is an empty page)."""
    found = _at(body, pagination.items)
    return list(cast(list[Any], found)) if isinstance(found, (list, tuple)) else []


def next_page_params(
    pagination: Pagination, query: Mapping[str, Any], body: Any, item_count: int
) -> dict[str, Any] | None:
    """The query parameters that change for the next page, or ``None`` on the last page."""
    if item_count == 0:
        return None  # an empty page ends the walk, whatever the body claims
    if pagination.style == "token":
        token = _at(body, pagination.next_token)
        if not isinstance(token, str) or not token or token == query.get(pagination.param):
            return None
        return {pagination.param: token}
    current = _at(body, pagination.current_page) if pagination.current_page else _MISSING
    if not isinstance(current, int) or isinstance(current, bool):
        asked = query.get(pagination.param)
        current = asked if isinstance(asked, int) and not isinstance(asked, bool) else 1
    if pagination.has_more:
        more = _at(body, pagination.has_more) is True
    else:
        last = _at(body, pagination.last_page)
        more = isinstance(last, int) and current < last
    return {pagination.param: current + 1} if more else None


class BasePage(Generic[ItemT, BodyT]):
    """One page: its items, the whole typed body, and how to reach the next page."""

    def __init__(
        self,
        *,
        pagination: Pagination,
        query: Mapping[str, Any],
        body: BodyT,
    ) -> None:
        self._pagination = pagination
        self._query = dict(query)
        self.body: BodyT = body
        """The operation's whole typed result for this page (items plus page metadata)."""
        self.items: list[ItemT] = page_items(pagination, body)
        """This page's items only."""
        self._next = next_page_params(pagination, self._query, body, len(self.items))

    @property
    def data(self) -> list[ItemT]:
        """Alias of :attr:`items`."""
        return self.items

    def has_next_page(self) -> bool:
        """Whether another page follows (an empty page never has one)."""
        return self._next is not None

    def next_page_params(self) -> dict[str, Any] | None:
        """What changes for the next page (``{"page": 3}``, ``{"page_token": "…"}``), or
        ``None`` on the last page."""
        return dict(self._next) if self._next is not None else None

    def _next_query(self) -> dict[str, Any]:
        if self._next is None:
            raise HookhubError("this is the last page: check has_next_page() first")
        return {**self._query, **self._next}

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} items={len(self.items)} "
            f"next={self._next if self._next is not None else 'none'}>"
        )


class SyncPage(BasePage[ItemT, BodyT]):
    """A page of a synchronous list: ``for item in page`` walks every following page."""

    def __init__(
        self,
        *,
        pagination: Pagination,
        query: Mapping[str, Any],
        body: BodyT,
        fetch: Callable[[Mapping[str, Any]], SyncPage[ItemT, BodyT]],
    ) -> None:
        super().__init__(pagination=pagination, query=query, body=body)
        self._fetch = fetch

    def get_next_page(self) -> SyncPage[ItemT, BodyT]:
        """Fetch the next page (raises :class:`HookhubError` on the last page)."""
        return self._fetch(self._next_query())

    def iter_pages(self) -> Iterator[SyncPage[ItemT, BodyT]]:
        """This page, then each following page, fetched as the loop reaches it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[ItemT]:
        """Every item of this page and of every following page."""
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(BasePage[ItemT, BodyT]):
    """A page of an asynchronous list: ``async for item in page`` walks every following page."""

    def __init__(
        self,
        *,
        pagination: Pagination,
        query: Mapping[str, Any],
        body: BodyT,
        fetch: Callable[[Mapping[str, Any]], Awaitable[AsyncPage[ItemT, BodyT]]],
    ) -> None:
        super().__init__(pagination=pagination, query=query, body=body)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[ItemT, BodyT]:
        """Fetch the next page (raises :class:`HookhubError` on the last page)."""
        return await self._fetch(self._next_query())

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT, BodyT]]:
        """This page, then each following page, fetched as the loop reaches it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        """Every item of this page and of every following page."""
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Awaitable[AsyncPage[ItemT, BodyT]], Generic[ItemT, BodyT]):
    """What an async list method returns: ``await`` it for the first page, or ``async for``
    over every item of every page. Nothing is sent until then."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[ItemT, BodyT]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT, BodyT]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self
        async for item in page:
            yield item


def page_body(value: Any) -> Any:
    """A page's typed body, or ``value`` itself when it is not a page (for generic readers)."""
    if isinstance(value, BasePage):
        return cast(Any, value).body
    return value
