"""Settings for pytest: fast hashing, throwaway media, no outside mail."""
import tempfile
from pathlib import Path

from .base import *  # noqa: F401,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="ocop-test-media-"))
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="ocop-test-static-"))
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["*"]

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory, so `pytest --reuse-db` can skip the ~70 s of
    # Wagtail + Oscar migrations between local runs.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": env("TEST_DATABASE_NAME", default=str(VAR_DIR / "test.sqlite3"))  # noqa: F405
    }

# Counters in the cache outlive a test; tests of the QR scan limit set it.
OCOP_SCANS_PER_MINUTE = 0
