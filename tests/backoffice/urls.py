"""Every URL of the back office, found by walking the URLconf.

The permission matrix visits them all, so a view added later is covered
(or the matrix fails until its expectations are written down).
"""
import re
from typing import NamedTuple

from django.urls import URLPattern, URLResolver, get_resolver

#: Dummy values for path parameters of views that must refuse before any lookup.
#: Digits where a primary key may be expected (``<str:pk>``, Oscar's
#: ``(?P<pk>-?\d+)``), so the route resolves and an allowed user gets a 404,
#: not a 500 for a malformed id.
DUMMY = {
    "int": "999999",
    "slug": "khong-co",
    "str": "999999",
    "path": "999999",
    "uuid": "00000000-0000-0000-0000-000000000000",
}


class BackOfficeURL(NamedTuple):
    route: str  # e.g. "dashboard/catalogue/products/<int:pk>/"
    name: str  # e.g. "dashboard:catalogue-product"

    def path(self, **values) -> str:
        """The route with its parameters filled (``values`` or dummies)."""
        def fill(match):
            converter, name = match.group(1) or "str", match.group(2)
            return str(values.get(name, DUMMY.get(converter, DUMMY["str"])))

        # Oscar still declares a few routes as regular expressions.
        route = re.sub(
            r"\(\?P<(\w+)>[^)]*\)",
            lambda m: str(values.get(m.group(1), DUMMY["str"])),
            self.route,
        )
        route = re.sub(r"<(?:(\w+):)?(\w+)>", fill, route)
        return "/" + route.replace("^", "").replace("$", "")


def _walk(patterns, prefix="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            name = pattern.name or ""
            if namespace and name:
                name = f"{namespace}:{name}"
            yield BackOfficeURL(prefix + str(pattern.pattern), name)


def back_office_urls(prefix="dashboard/"):
    return [url for url in _walk(get_resolver().url_patterns) if url.route.startswith(prefix)]
