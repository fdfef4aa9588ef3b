"""WSGI entry point (gunicorn, mod_wsgi)."""
import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings.dev")
application = get_wsgi_application()

# The ~250,000 objects Django, Oscar and Wagtail create at start-up live as
# long as the process, yet every full collection walks them all again.
# Measured in-process at 10,000 products (issue 11): the collector took on
# average 9–25 ms per catalogue or search request (rare long pauses, not
# every request), 4–6 ms with them frozen; the median request did not
# change. Under ``gunicorn --preload`` freezing also keeps the workers from
# copying the shared pages when the collector touches them (Python's
# gc.freeze documentation).
gc.collect()
gc.freeze()
