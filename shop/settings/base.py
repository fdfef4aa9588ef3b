"""Settings shared by every environment.

Everything that differs between machines is read from the environment
(see README, "Settings"). With nothing set, the site runs on SQLite with
local media and cash on delivery only.
"""
from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _
from oscar.defaults import *  # noqa: F401,F403  (Oscar's documented idiom)

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Data that must never be committed (SQLite file, uploaded media) lives in
# var/, which .gitignore excludes.
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="insecure-dev-key-change-me-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

DATABASES = {
    "default": env.db(
        "DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while one request writes (see DESIGN pitfalls:
    # concurrent page views must not fail with "database is locked").
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

CACHES = {"default": env.cache("REDIS_URL", default="locmemcache://")}

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.humanize",
    # Oscar, with our forks in place of the apps we change.
    "oscar.config.Shop",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "oscar.apps.checkout.apps.CheckoutConfig",
    "oscar.apps.address.apps.AddressConfig",
    "oscar.apps.shipping.apps.ShippingConfig",
    "catalog.apps.CatalogueConfig",
    "oscar.apps.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "shop.partner.apps.PartnerConfig",
    "oscar.apps.basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "oscar.apps.order.apps.OrderConfig",
    "oscar.apps.customer.apps.CustomerConfig",
    "search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "shop.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "oscar.apps.dashboard.orders.apps.OrdersDashboardConfig",
    "shop.dashboard.catalogue.apps.CatalogueDashboardConfig",
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "oscar.apps.dashboard.shipping.apps.ShippingDashboardConfig",
    "widget_tweaks",
    "haystack",
    "treebeard",
    "sorl.thumbnail",
    "django_tables2",
    # Audit history of certificates (who changed what, when).
    "simple_history",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # OCOP domain
    "shop",
    "cms",
    "traceability",
    "outlets",
    "moderation",
    # Dashboard sections, one per app that owns the records.
    "catalog.dashboard.apps.CertificatesDashboardConfig",
    "moderation.dashboard.apps.ModerationDashboardConfig",
    "backoffice.dashboard.apps.BackofficeDashboardConfig",
    "traceability.dashboard.apps.TraceabilityDashboardConfig",
    "outlets.dashboard.apps.OutletsDashboardConfig",
    # Last: its post_migrate gives the roles every app's permissions.
    "backoffice",
]

SITE_ID = 1

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "shop.middleware.RejectNullBytesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "shop.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "shop.middleware.ProtectedDeleteMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "shop.urls"
WSGI_APPLICATION = "shop.wsgi.application"

THEMES_DIR = BASE_DIR / "themes"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # The national theme overrides Oscar's templates where ours differ.
        "DIRS": [THEMES_DIR / "national" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "oscar.apps.search.context_processors.search_form",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.apps.communication.notifications.context_processors.notifications",
                "oscar.core.context_processors.metadata",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

AUTHENTICATION_BACKENDS = (
    "oscar.apps.customer.auth_backends.EmailBackend",
    "django.contrib.auth.backends.ModelBackend",
)
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# --- Language, time and money -------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

# VND has no minor unit; prices show as "120.000 ₫" in every language, so
# the format and locale are fixed here rather than following the UI language.
OSCAR_DEFAULT_CURRENCY = "VND"
OSCAR_CURRENCY_FORMAT = {
    "VND": {"format": "#,##0\u00a0¤", "locale": "vi_VN", "currency_digits": True}
}

# --- Static and media -----------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=str(VAR_DIR / "static"))
STATICFILES_DIRS = [THEMES_DIR / "national" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"
    },
}

# --- Oscar ------------------------------------------------------------------
OSCAR_SHOP_NAME = "OCOP Market"
OSCAR_SHOP_TAGLINE = _("Sản phẩm OCOP được chứng nhận")
OSCAR_HOMEPAGE = "/"
OSCAR_PRODUCTS_PER_PAGE = 24
# Most buyers check out as guests (and pay cash on delivery).
OSCAR_ALLOW_ANON_CHECKOUT = True
# Oscar's reviews and wishlists address products by id with no regard for
# the listing rule (a lapsed product could be reviewed or shown in a shared
# wishlist); they stay off until they are rebuilt on it.
OSCAR_HIDDEN_FEATURES = ["reviews", "wishlists"]

# The dashboard menu: Oscar's sections, then ours, each declared next to its
# views (``<app>/dashboard/nav.py``, plain data). Entries a user may not open
# are hidden by Oscar; the views enforce the same permissions.
def _dashboard_navigation():
    from backoffice.dashboard.nav import NAVIGATION as producer_nav
    from catalog.dashboard.nav import NAVIGATION as certificates_nav
    from moderation.dashboard.nav import NAVIGATION as moderation_nav
    from outlets.dashboard.nav import NAVIGATION as outlets_nav
    from traceability.dashboard.nav import NAVIGATION as trace_nav

    return (
        OSCAR_DASHBOARD_NAVIGATION  # noqa: F405  (from oscar.defaults)
        + certificates_nav
        + moderation_nav
        + producer_nav
        + trace_nav
        + outlets_nav
    )


OSCAR_DASHBOARD_NAVIGATION = _dashboard_navigation()
# Slugs fold Vietnamese (đ → d) instead of dropping letters.
OSCAR_SLUG_FUNCTION = "catalog.text.slugify"
OSCAR_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="no-reply@ocop.local")
# Oscar 4.2's /search/ still goes through haystack; the search issue replaces
# it. The catalogue itself is browsed through the ORM (search/views.py).
HAYSTACK_CONNECTIONS = {
    "default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}
}
THUMBNAIL_DEBUG = False

# --- Traceability (QR codes) ----------------------------------------------
# A serial opened more often than one package plausibly is gets flagged on
# its trace page as a possible copy.
OCOP_COPY_SCAN_THRESHOLD = env.int("OCOP_COPY_SCAN_THRESHOLD", default=20)
# The address printed in label URLs (defaults to the Wagtail site's root URL).
OCOP_RESOLVER_BASE_URL = env("OCOP_RESOLVER_BASE_URL", default="")

# --- Outlets map -----------------------------------------------------------
# Leaflet is served from our static files; only the tiles come from outside.
# tile.openstreetmap.org's usage policy asks heavy users to run or rent their
# own tile server.
OCOP_MAP_TILE_URL = env(
    "OCOP_MAP_TILE_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
OCOP_MAP_TILE_ATTRIBUTION = env(
    "OCOP_MAP_TILE_ATTRIBUTION",
    default='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
)

# --- Wagtail ----------------------------------------------------------------
WAGTAIL_SITE_NAME = "OCOP Market"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

EMAIL_BACKEND = env(
    "EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}
