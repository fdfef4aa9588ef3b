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
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT: our statements are short, and a planner estimate inflated by
    # a subquery (the search index's listing test) made PostgreSQL spend
    # 30-37 ms compiling each 7 ms facet count (tests/bench/bench_search.py).
    # A "-c jit=..." already in DATABASE_URL's options wins.
    options = DATABASES["default"].setdefault("OPTIONS", {})
    if "jit=" not in options.get("options", ""):
        options["options"] = f"{options.get('options', '')} -c jit=off".strip()
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
    "shop.checkout.apps.CheckoutConfig",
    "shop.address.apps.AddressConfig",
    "shop.shipping.apps.ShippingConfig",
    "catalog.apps.CatalogueConfig",
    "oscar.apps.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "shop.partner.apps.PartnerConfig",
    "shop.basket.apps.BasketConfig",
    "shop.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "shop.order.apps.OrderConfig",
    "oscar.apps.customer.apps.CustomerConfig",
    "search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "shop.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "shop.dashboard.orders.apps.OrdersDashboardConfig",
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
    # Open data API (Django REST framework, OpenAPI docs served from local files).
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "api",
    "api.dashboard.apps.ApiDashboardConfig",
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
    # Hashed names (ocop.be2afe2efdb5.css) that WhiteNoise lets browsers cache
    # for good; plain names were cached 60 s, so every visit asked again
    # (docs/performance.md). Needs `collectstatic` before serving, as before.
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
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
    from api.dashboard.nav import NAVIGATION as api_nav
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
        + api_nav
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
# …or seen from more distinct networks (IPv4 /16, IPv6 /32) than this.
OCOP_COPY_NETWORK_THRESHOLD = env.int("OCOP_COPY_NETWORK_THRESHOLD", default=5)
# The address printed in label URLs (defaults to the Wagtail site's root URL).
OCOP_RESOLVER_BASE_URL = env("OCOP_RESOLVER_BASE_URL", default="")
# A TTF with Vietnamese glyphs for PDF labels (empty: DejaVuSans where installed).
OCOP_LABEL_FONT = env("OCOP_LABEL_FONT", default="")

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

# Mail: EMAIL_URL sets the whole SMTP connection in one variable
# (smtp+tls://user:password@smtp.example.vn:587, smtp+ssl://…:465); without
# it EMAIL_BACKEND decides (console by default: mail is printed, not sent).
if env("EMAIL_URL", default=""):
    globals().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = env(
        "EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
    )
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=20)
DEFAULT_FROM_EMAIL = SERVER_EMAIL = OSCAR_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}

# --- Checkout and payments (shop/checkout, shop/payment, shop/order) -------
from shop.order import statuses as _order_statuses  # noqa: E402

# Vietnamese addresses: name, street, commune and province (codes), phone;
# no postcode or district (shop/checkout/forms.py).
OSCAR_REQUIRED_ADDRESS_FIELDS = ("first_name", "line1", "country")
OSCAR_INITIAL_ORDER_STATUS = _order_statuses.NEW
OSCAR_ORDER_STATUS_PIPELINE = _order_statuses.ORDER_PIPELINE
OSCAR_INITIAL_LINE_STATUS = _order_statuses.TO_SHIP
OSCAR_LINE_STATUS_PIPELINE = _order_statuses.LINE_PIPELINE
# Each producer ships its own goods: a flat charge per producer in the basket.
OCOP_SHIPPING_PER_PRODUCER = env.int("OCOP_SHIPPING_PER_PRODUCER", default=30000)
# Tourism bookings (catalog/bookings.py): how far ahead, and the party limit
# of products without their own "max_party_size".
OCOP_BOOKING_DAYS_AHEAD = env.int("OCOP_BOOKING_DAYS_AHEAD", default=365)
OCOP_BOOKING_MAX_PARTY = env.int("OCOP_BOOKING_MAX_PARTY", default=30)
# VAT rate (thuế suất GTGT, %) of a line when its product has no "vat_rate"
# attribute; kept on each order line (Oscar's Line.tax_code) when the order
# is placed and exported for e-invoices (shop/order/vat.py).
OCOP_DEFAULT_VAT_RATE = env("OCOP_DEFAULT_VAT_RATE", default="10")
# VietQR bank transfer is offered when the receiving account is set.
OCOP_VIETQR_BANK_BIN = env("OCOP_VIETQR_BANK_BIN", default="")
OCOP_VIETQR_ACCOUNT_NUMBER = env("OCOP_VIETQR_ACCOUNT_NUMBER", default="")
OCOP_VIETQR_ACCOUNT_NAME = env("OCOP_VIETQR_ACCOUNT_NAME", default="")
OCOP_VIETQR_BANK_NAME = env("OCOP_VIETQR_BANK_NAME", default="")
# Cards through Stripe are offered when both keys are set; STRIPE_API_BASE
# points the client at a local emulator (localstripe) instead of Stripe.
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY", default="")
STRIPE_PUBLISHABLE_KEY = env("STRIPE_PUBLISHABLE_KEY", default="")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET", default="")
STRIPE_API_BASE = env("STRIPE_API_BASE", default="")
# Where the browser loads Stripe.js; empty: the emulator's copy when
# STRIPE_API_BASE is set, else https://js.stripe.com/v3/.
STRIPE_JS_URL = env("STRIPE_JS_URL", default="")

# --- Content, themes and portals (cms/, issue 9) ---------------------------
INSTALLED_APPS += [
    "django.contrib.sitemaps",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
]
# Page content in Vietnamese and English: wagtail-localize keeps the English
# tree beside the Vietnamese one; the language cookie picks which is served.
INSTALLED_APPS[INSTALLED_APPS.index("wagtail.contrib.forms"):0] = [
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Each Wagtail site picks a theme folder under themes/ (cms.models.ThemeSettings);
# the middleware notes it per request and the loader looks there first, then
# in themes/national/. The cache keeps one entry per theme.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
    "cms.themes.ThemeMiddleware",
)
TEMPLATES[0]["DIRS"] = []
TEMPLATES[0]["APP_DIRS"] = False
TEMPLATES[0]["OPTIONS"]["loaders"] = [
    (
        "cms.themes.CachedThemeLoader",
        ["cms.themes.ThemeLoader", "django.template.loaders.app_directories.Loader"],
    )
]
TEMPLATES[0]["OPTIONS"]["context_processors"].append("cms.context_processors.portal")
# The demo's provincial portal answers on quangtri.localhost (cms/demo_data.py).
if "ALLOWED_HOSTS" not in env.ENVIRON:
    ALLOWED_HOSTS.append(".localhost")
# Static files of every theme, namespaced by folder (themes/<name>/static/<name>/).
STATICFILES_DIRS = sorted(
    path / "static" for path in THEMES_DIR.iterdir() if (path / "static").is_dir()
)

# --- Open data API (api/) ---------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # Proxies in front of the site: rate limits count X-Forwarded-For then.
    "NUM_PROXIES": env.int("OCOP_API_NUM_PROXIES", default=None),
}
# Requests per client: "public" by address (read API, badges excluded),
# "producer" by token user (write API). DRF syntax: N/second|minute|hour|day.
OCOP_API_RATES = {
    "public": env("OCOP_API_PUBLIC_RATE", default="120/minute"),
    "producer": env("OCOP_API_PRODUCER_RATE", default="60/minute"),
}
# Cache-Control max-age of API answers, and of badges (at most one day, and
# never past the next midnight, when a certificate may lapse).
OCOP_API_MAX_AGE = env.int("OCOP_API_MAX_AGE", default=300)
OCOP_BADGE_MAX_AGE = env.int("OCOP_BADGE_MAX_AGE", default=3600)
# How long the cache remembers when a body was first served (Last-Modified).
OCOP_API_LAST_MODIFIED_MEMORY = 7 * 24 * 3600
SPECTACULAR_SETTINGS = {
    "TITLE": "OCOP Market API",
    "DESCRIPTION": "Dữ liệu mở về sản phẩm OCOP được công nhận, chủ thể, điểm bán; tra cứu "
    "giấy chứng nhận; cập nhật giá và tồn kho cho chủ thể (khóa API).",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "PREPROCESSING_HOOKS": ["api.schema.only_api"],
    # Swagger UI and Redoc from drf-spectacular-sidecar's static files: no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- Search (search/) --------------------------------------------------------
# Empty: the embedded backend (an index table in the database). Set to an
# Elasticsearch 8 URL to search there instead (then run rebuild_search_index).
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
OCOP_SEARCH_INDEX = env("OCOP_SEARCH_INDEX", default="ocop-products")

# --- Security (issue 11; docs/deploy.md) -----------------------------------
# Content-Security-Policy (django-csp 4; shop/csp.py adds the map tiles' and
# Stripe's hosts per request and relaxes script-src in the back office).
# Public pages run no inline script: JavaScript lives in static files.
from csp.constants import NONE, SELF  # noqa: E402

MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "shop.csp.OCOPCSPMiddleware",
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        # Inline style attributes (Oscar's and Wagtail's templates, Leaflet).
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "worker-src": [SELF, "blob:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Oscar's dashboard and Wagtail's and Django's admins (staff only) keep
# their inline scripts; see shop/csp.py.
OCOP_CSP_BACKOFFICE_PREFIXES = ("/dashboard/", "/cms-admin/", "/django-admin/")

# Login brute-force protection (django-axes): after AXES_FAILURE_LIMIT failed
# logins from one address for one user name, that pair is locked out for
# AXES_COOLOFF_TIME hours with a Vietnamese page (shop/lockout.py, 429).
INSTALLED_APPS += ["axes"]
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
AUTHENTICATION_BACKENDS = ("shop.lockout.LockoutBackend", *AUTHENTICATION_BACKENDS)
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_TIME", default=0.5)  # hours
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "shop.lockout.lockout_response"
# Failures by e-mail (Oscar's form) and by user name (admins) count as one.
AXES_USERNAME_CALLABLE = "shop.lockout.account_name"
# Behind a reverse proxy, REMOTE_ADDR is the client the proxies name in
# X-Forwarded-For (OCOP_API_NUM_PROXIES; shop/clients.py), so lockouts, scan
# and report limits and the scan log count visitors, not the proxy.
MIDDLEWARE.insert(0, "shop.clients.ForwardedClientMiddleware")

# QR scans (GS1 resolver and short codes): generous, per client network, so
# a shop full of people scanning goes through and a scraper does not.
OCOP_SCANS_PER_MINUTE = env.int("OCOP_SCANS_PER_MINUTE", default=120)
# Consumer reports from a trace page, per network (/24, /56) per hour.
OCOP_REPORTS_PER_HOUR = env.int("OCOP_REPORTS_PER_HOUR", default=5)
