"""Reading the query string of a search or browse page.

Nothing here raises: an unknown facet value, sort or page is ignored, so a
hand-edited or truncated URL still gives a page (and never a 500).
"""
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from .backends.base import MAX_QUERY_CHARS, SORTS, SearchQuery
from .facets import FACETS

SORT_LABELS = {
    "relevance": _("Phù hợp nhất"),
    "price-asc": _("Giá tăng dần"),
    "price-desc": _("Giá giảm dần"),
    "newest": _("Mới nhất"),
    "stars": _("Nhiều sao nhất"),
}


def _page(raw) -> int:
    try:
        page = int(str(raw)[:9])
    except ValueError:
        return 1
    return page if page >= 1 else 1


def query_from(params, per_page, category_ids=None) -> SearchQuery:
    """A :class:`SearchQuery` from a ``QueryDict`` (``request.GET``)."""
    filters = {}
    for facet in FACETS:
        value = facet.clean(params.get(facet.param, ""))
        if value is not None:
            filters[facet.field] = value
    text = params.get("q", "")[:MAX_QUERY_CHARS].strip()
    sort = params.get("sort", "")
    if sort not in SORTS:
        sort = "relevance" if text else "newest"
    return SearchQuery(
        text=text, filters=filters, category_ids=category_ids, sort=sort,
        page=_page(params.get("page", 1)), per_page=per_page,
    )


def _url(path, params) -> str:
    items = [(k, v) for k, v in params.items() if v not in ("", None)]
    return f"{path}?{urlencode(items)}" if items else path


def current_params(query: SearchQuery) -> dict:
    """The query string that reproduces ``query`` (without the page)."""
    params = {"q": query.text}
    by_field = {f.field: f.param for f in FACETS}
    for field, value in query.filters.items():
        params[by_field[field]] = value
    if query.sort != ("relevance" if query.text else "newest"):
        params["sort"] = query.sort
    return params


def url_for(path, query: SearchQuery) -> str:
    """The link that reproduces ``query`` on ``path``."""
    return _url(path, current_params(query))


def facet_panels(path, query: SearchQuery, counts) -> list[dict]:
    """Each facet with its values, counts and select/deselect links (no JS)."""
    params = current_params(query)
    panels = []
    for facet in FACETS:
        found = counts.get(facet.field, {})
        selected = query.filters.get(facet.field)
        items = []
        for value, label in facet.labels().items():
            count = found.get(value, 0)
            if not count and value != selected:
                continue
            is_selected = value == selected
            link = dict(params)
            if is_selected:
                link.pop(facet.param, None)
            else:
                link[facet.param] = value
            items.append({"label": label, "count": count, "selected": is_selected,
                          "url": _url(path, link)})
        if items:
            panels.append({"title": facet.title, "param": facet.param, "items": items})
    return panels


def sort_options(query: SearchQuery) -> list[dict]:
    choices = SORTS if query.text else [s for s in SORTS if s != "relevance"]
    return [{"value": s, "label": SORT_LABELS[s], "selected": s == query.sort} for s in choices]


def hidden_params(query: SearchQuery, skip=("sort",)) -> list[tuple]:
    """(name, value) pairs to carry in a GET form next to the sort menu."""
    return [(k, v) for k, v in current_params(query).items() if k not in skip and v != ""]
