"""Fork of ``oscar.apps.search`` (label ``search``).

Replaces Oscar's haystack views: ``/search/`` and catalogue browsing
(``/catalogue/``, category pages) go through one search interface
(search/backends/) with an embedded backend by default and Elasticsearch
when ``ELASTICSEARCH_URL`` is set. ``/search/suggest/`` answers the
autocomplete in JSON.
"""
import oscar.apps.search.apps as apps
from django.urls import path
from oscar.core.loading import get_class


class SearchConfig(apps.SearchConfig):
    name = "search"

    def ready(self):
        super().ready()
        from django.db.models.signals import post_migrate

        from . import receivers  # connects the index updates

        post_migrate.connect(receivers.fill_empty_index, sender=self)

        self.search_view = get_class("search.views", "ProductSearchView")
        self.suggest_view = get_class("search.views", "SuggestView")

    def get_urls(self):
        urls = [
            path("", self.search_view.as_view(), name="search"),
            path("suggest/", self.suggest_view.as_view(), name="suggest"),
        ]
        return self.post_process_urls(urls)
