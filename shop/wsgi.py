"""WSGI entry point (gunicorn, mod_wsgi)."""
import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings.dev")
application = get_wsgi_application()

# The ~330,000 objects Django, Oscar and Wagtail create at start-up live as
# long as the process, yet every full collection walks them all again: at
# 10,000 products that cost the catalogue and search pages 15–25 ms a
# request in-process (docs/performance.md, issue 11). Freezing them moves
# them out of the collector's sight; under ``gunicorn --preload`` it also
# keeps the workers from copying the shared pages when the collector
# touches them (Python's gc.freeze documentation).
gc.collect()
gc.freeze()
