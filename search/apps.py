"""Fork of ``oscar.apps.search`` (label ``search``).

For now it replaces the catalogue browse views and ``/search/`` with plain
ORM views over the listing rule (search/views.py); the search issue brings
the real engines.
"""
import oscar.apps.search.apps as apps
from oscar.core.loading import get_class


class SearchConfig(apps.SearchConfig):
    name = "search"

    def ready(self):
        super().ready()
        self.search_view = get_class("search.views", "ProductSearchView")
