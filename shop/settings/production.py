"""Production: HTTPS behind a reverse proxy, secrets from the environment.

``DJANGO_SETTINGS_MODULE=shop.settings.production``. Refuses to start
without ``SECRET_KEY`` and ``ALLOWED_HOSTS`` (django-environ raises
ImproperlyConfigured), so a forgotten variable cannot fall back to the
development key. ``manage.py check --deploy`` passes with no warning
(tests/shop/test_security_settings.py). See docs/deploy.md.
"""
from .base import *  # noqa: F401,F403
from .base import CACHES, env

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
# The HTTPS origins of those hosts, unless the proxy setup needs others.
CSRF_TRUSTED_ORIGINS = env.list(
    "CSRF_TRUSTED_ORIGINS",
    default=[f"https://{'*' if host.startswith('.') else ''}{host}" for host in ALLOWED_HOSTS],
)

# TLS ends at the reverse proxy (nginx), which says so in X-Forwarded-Proto;
# it must set that header itself, never pass on the client's.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)

# Several gunicorn workers (and servers) share sessions, lockouts and rate
# limits only through a shared cache: sessions go to the database, with the
# cache in front when REDIS_URL is set.
if CACHES["default"]["BACKEND"].endswith("RedisCache"):
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# S3-compatible media (pip install -e ".[s3]"): set the bucket to switch.
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env.str("AWS_S3_REGION_NAME", default=None)
    AWS_S3_CUSTOM_DOMAIN = env.str("AWS_S3_CUSTOM_DOMAIN", default=None)
    # Keys from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, read by boto3.
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
    # Serve the bucket from its own domain (AWS_S3_CUSTOM_DOMAIN), never the
    # site's: an uploaded page then runs nowhere near our cookies.
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "max-age=86400"}
    STORAGES = {  # noqa: F405
        **STORAGES,  # noqa: F405
        "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    }
