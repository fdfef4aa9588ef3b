"""Settings package: ``base`` holds everything, ``dev`` and ``test`` adjust it.

Secrets and engines come from the environment only (django-environ), so the
same code runs on a laptop with SQLite and in production with PostgreSQL.
"""
