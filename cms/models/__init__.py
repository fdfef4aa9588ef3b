"""Wagtail page types of the public site, one module per content concern."""
from .collections import CollectionPage  # noqa: F401
from .events import EventIndexPage, EventPage  # noqa: F401
from .home import HomePage  # noqa: F401
from .news import NewsArticlePage, NewsIndexPage  # noqa: F401
from .regions import RegionIndexPage, RegionPage  # noqa: F401
from .settings import ThemeSettings  # noqa: F401
from .stories import ProducerStoryPage  # noqa: F401
