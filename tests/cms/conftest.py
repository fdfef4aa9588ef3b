"""CMS test set-up shared by the modules of this folder."""
import pytest
from wagtail.models import Site


@pytest.fixture(autouse=True)
def fresh_site_root_paths():
    """Wagtail caches the sites' root paths; a rolled-back test leaves them stale.

    A portal test adds a second site, so without this later tests would get
    absolute page URLs for a site that no longer exists.
    """
    Site.clear_site_root_paths_cache()
    yield
    Site.clear_site_root_paths_cache()
