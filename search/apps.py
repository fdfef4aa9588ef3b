"""Fork of ``oscar.apps.search`` (label ``search``).

For now it only replaces the catalogue browse views (search/views.py); the
search issue replaces haystack entirely.
"""
import oscar.apps.search.apps as apps


class SearchConfig(apps.SearchConfig):
    name = "search"
