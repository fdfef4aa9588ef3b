"""shop.settings.production passes Django's deployment checks, with no warning.

Run in a child process: settings are read once per process, and these must
come from the environment as they do on a server.
"""
import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, **env):
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("DJANGO_", "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS",
                                  "CSRF_", "SECURE_", "DATABASE_URL"))}
    clean.update(DJANGO_SETTINGS_MODULE="shop.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean,
        capture_output=True, text=True, timeout=300,
    )


def test_check_deploy_passes_without_warnings():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING",
        SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="example.vn",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_without_a_secret_key_it_refuses_to_start():
    result = manage("check", ALLOWED_HOSTS="example.vn")
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_production_values(tmp_path):
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.SECURE_HSTS_SECONDS, s.SECURE_PROXY_SSL_HEADER, s.CSRF_TRUSTED_ORIGINS,"
        " s.CACHES['default']['BACKEND'], s.SESSION_ENGINE)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "shop.settings.production",
             "SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": "example.vn,.ocop.vn",
             "REDIS_URL": "redis://127.0.0.1:6379/0"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == (
        "False True True True 31536000 ('HTTP_X_FORWARDED_PROTO', 'https') "
        "['https://example.vn', 'https://*.ocop.vn'] "
        "django.core.cache.backends.redis.RedisCache django.contrib.sessions.backends.cached_db"
    )
