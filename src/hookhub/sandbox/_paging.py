"""Lists as the provider answers them: query filters, then one page (page numbers with
first/last/prev/next links, or opaque tokens) rendered into template variables."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

from hookhub._core.json_paths import value_at
from hookhub.sandbox._exchange import RawRequest
from hookhub.sandbox._replies import Refused
from hookhub.sandbox._validation import positive
from hookhub.sandbox._values import query_value

__all__ = ["filtered", "paginate"]


def filtered(
    records: list[dict[str, Any]], config: Mapping[str, Any], query: Mapping[str, str]
) -> list[dict[str, Any]]:
    """``records`` whose ``filters`` paths equal the query values given for them."""
    filters: Mapping[str, str] = config.get("filters") or {}
    for param, path in filters.items():
        if param in query:
            wanted = query_value(query[param])
            records = [record for record in records if value_at(record, path) == wanted]
    return records


def paginate(
    config: Mapping[str, Any],
    request: RawRequest,
    records: list[dict[str, Any]],
    variables: dict[str, Any],
    host: str,
) -> None:
    """One page of ``records`` as ``items`` (and ``record``), with the paging variables."""
    paging = config.get("pagination")
    if not paging:
        variables["items"] = records
        config_result = config.get("result")
        if config_result is None and "body" not in config:
            variables["record"] = records
        return
    if paging.get("style") == "token":
        _token_page(paging, request, records, variables)
        return
    page = positive(request.query.get(paging["page"], "1"), paging["page"])
    size = positive(
        request.query.get(paging["size"], str(paging.get("default_size", 20))), paging["size"]
    )
    total = len(records)
    pages = max(1, -(-total // size))
    start = (page - 1) * size
    chunk = records[start : start + size]
    base = f"https://{host}{request.path}"

    def link(number: int) -> str:
        return f"{base}?{paging['page']}={number}"

    variables.update(
        items=chunk,
        page=page,
        page_size=size,
        total=total,
        total_pages=pages,
        has_more=start + size < total,
        url=base,
        first_url=link(1),
        last_url=link(pages),
        prev_url=link(page - 1) if page > 1 else None,
        next_url=link(page + 1) if page < pages else None,
        **{"from": start + 1 if chunk else None, "to": start + len(chunk) if chunk else None},
    )
    variables["record"] = chunk


def _token_page(
    paging: Mapping[str, Any],
    request: RawRequest,
    records: list[dict[str, Any]],
    variables: dict[str, Any],
) -> None:
    """Token pages: an opaque ``next_token`` (left out on the last page) names the rest."""
    name = str(paging["token"])
    given = request.query.get(name, "")
    start = 0
    if given:
        try:
            start = int(base64.urlsafe_b64decode(given.encode()).decode().removeprefix("@"))
        except ValueError:
            start = -1
        if start < 0:
            raise Refused("validation", f"{name} is not a valid page token.")
    default = str(paging.get("default_size", 50))
    size_param = paging.get("size")
    size = positive(
        request.query.get(size_param, default) if size_param else default, size_param or name
    )
    chunk = records[start : start + size]
    has_more = start + size < len(records)
    variables.update(items=chunk, page_size=size, total=len(records), has_more=has_more)
    if has_more:
        token = base64.urlsafe_b64encode(f"@{start + size}".encode()).decode()
        variables["next_token"] = token
    variables["record"] = chunk
