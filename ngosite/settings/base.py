"""Settings shared by every environment.

Everything that differs between a laptop and production comes from the environment (or a `.env`
file next to manage.py); `.env.example` documents each variable and its default.
"""

import os
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url
import xstatic.pkg.leaflet_markercluster as xstatic_markercluster
from django.utils.translation import gettext_lazy as _
from dotenv import load_dotenv

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

load_dotenv(BASE_DIR / ".env")


def env(name, default=None):
    """The variable's value; an empty value counts as unset, so `.env.example` can list it."""
    value = os.environ.get(name)
    return default if value is None or value == "" else value


def env_bool(name, default=False):
    value = env(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "projects",
    "news",
    "guidebook",
    "ngomap",
    "advisory",
    "consultations",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.routable_page",
    "wagtail_modeladmin",
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
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "leaflet",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "home.csp.SitePolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and everything else: a cached page costs one cache round trip, no query.
    "home.pagecache.PageCacheMiddleware",
    "home.middleware.PrivateFormPagesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before anything reads the query string: no NUL byte or control character gets past it.
    "home.middleware.QueryStringCleaningMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lock-out into the Polish login page (home.auth).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ngosite.urls"
# A form sent with a missing or stale security token: a Polish page in the site's layout.
CSRF_FAILURE_VIEW = "home.views.csrf_failure"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "ngosite.wsgi.application"

# SQLite is the embedded default so that `make run` needs no service; DATABASE_URL switches to
# PostgreSQL (postgres://user:pass@host:5432/name) in production and CI.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DB_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The admin login (/admin/login/) is throttled by django-axes: after ADMIN_LOGIN_FAILURE_LIMIT
# failed logins for one account, or from one client address, that account or address is refused
# (even with the right password) until ADMIN_LOGIN_COOLOFF_MINUTES have passed since the last
# failure. Failures while locked out do not extend the lock, so an attacker who keeps trying
# cannot keep an administrator out for good; `manage.py axes_reset_username NAME` (or
# `axes_reset`) unlocks at once. The limit is shared by an office's address, hence not tiny.
AUTHENTICATION_BACKENDS = [
    "home.auth.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(env("ADMIN_LOGIN_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = timedelta(minutes=int(env("ADMIN_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "home.auth.login_client_ip"
AXES_LOCKOUT_CALLABLE = "home.auth.login_locked_out"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Polish first; the site stays translatable through gettext and locale/.
LANGUAGE_CODE = "pl"
LANGUAGES = [("pl", _("Polish"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("pl", "Polski"), ("en", "English")]
WAGTAIL_I18N_ENABLED = False

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [
    PROJECT_DIR / "static",
    # markercluster's files from xstatic-leaflet-markercluster, under the paths that
    # LEAFLET_CONFIG["PLUGINS"]["markercluster"] names.
    ("xstatic/leaflet-markercluster", xstatic_markercluster.BASE_DIR),
]
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "static")))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = env("MEDIA_URL", "/media/")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# S3-compatible media storage (django-storages) when a bucket is configured.
if env("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env("AWS_S3_REGION_NAME") or None,
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN") or None,
            "file_overwrite": False,
            "default_acl": None,
        },
    }

# Local memory by default; Redis when REDIS_URL is set (shared by several app servers).
if env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "ngosite"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The page cache of anonymous visitors (home/pagecache.py): off here and in development, so
# `make run` always renders; production turns it on. PAGE_CACHE=on/off overrides either.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", False)
PAGE_CACHE_ALIAS = "default"
# How long a stored page lives at most; every change it shows replaces it sooner. The bound is
# for what changes with the clock alone (a meeting that has passed, a slot inside the notice).
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "300"))
# Cache-Control of cached pages: browsers briefly, a CDN or Varnish longer (purged on change).
PAGE_CACHE_BROWSER_SECONDS = int(env("PAGE_CACHE_BROWSER_SECONDS", "60"))
PAGE_CACHE_CDN_SECONDS = int(env("PAGE_CACHE_CDN_SECONDS", "300"))
# Query-string parameters that carry a visitor's data (the map's "near me" position or address,
# anything like a name, e-mail or token): such a request is never served from or stored in it.
PAGE_CACHE_PRIVATE_QUERY_PARAMS = [
    "near",
    "near_lat",
    "near_lng",
    "email",
    "name",
    "phone",
    "token",
]

# Wagtail's frontend cache: purge a CDN or Varnish in front of the site when pages change.
# FRONTEND_CACHE_URL is a Varnish (or any HTTP PURGE) address; CLOUDFLARE_* a Cloudflare zone.
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_URL"),
    }
if env("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env("CLOUDFLARE_ZONEID"),
    }

# E-mail: the console backend unless configured (SMTP: EMAIL_BACKEND=...smtp.EmailBackend).
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Platforma NGO Kraków <ngo@example.org>")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Moderators get one Polish e-mail per submission from home.moderation (through the outbox);
# without superusers, Wagtail's own "submitted to workflow" e-mail has nobody to go to.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# The header in which the reverse proxy passes the client's address (e.g. X-Real-IP); empty when
# the site is served directly. Used by the rate limits of public forms.
CLIENT_IP_HEADER = env("CLIENT_IP_HEADER", "")
# Public forms that write or send an e-mail (home.ratelimit): accepted submissions allowed per
# client address and per e-mail address, as (count, window in seconds). Failed validations never
# count. The per-address limits are generous because an office's staff share one address; the
# per-e-mail limits are the tight ones.
RATE_LIMIT_WINDOW_SECONDS = int(env("RATE_LIMIT_WINDOW_SECONDS", "3600"))
PUBLIC_FORM_RATE_LIMITS = {
    scope: {
        "address": (
            int(env(f"RATE_LIMIT_{name}_PER_ADDRESS", address)),
            RATE_LIMIT_WINDOW_SECONDS,
        ),
        "email": (int(env(f"RATE_LIMIT_{name}_PER_EMAIL", email)), RATE_LIMIT_WINDOW_SECONDS),
    }
    for scope, name, address, email in [
        ("meeting-registration", "REGISTRATION", "30", "5"),
        ("advisory-booking", "BOOKING", "20", "5"),
        ("ngomap-submission", "ORGANIZATION_ADD", "20", "5"),
        ("ngomap-correction", "CORRECTION", "30", "10"),
        ("consultation-comment", "CONSULTATION_COMMENT", "20", "10"),
        ("consultation-subscription", "SUBSCRIPTION", "20", "3"),
    ]
}
# Registrations for one meeting from one client address (until the meeting ends): a few, so
# nobody fills a meeting alone; more people register through the organiser.
RATE_LIMIT_REGISTRATION_PER_ADDRESS_PER_MEETING = int(
    env("RATE_LIMIT_REGISTRATION_PER_ADDRESS_PER_MEETING", "5")
)
# Sent e-mails (they hold personal data) are deleted after this many days by purge_sent_emails.
OUTBOX_RETENTION_DAYS = int(env("OUTBOX_RETENTION_DAYS", "30"))
# A sender claims an e-mail before sending it; a claim older than this is a sender that died,
# and send_pending_emails queues the e-mail again. Far longer than one SMTP exchange.
OUTBOX_CLAIM_TIMEOUT_SECONDS = int(env("OUTBOX_CLAIM_TIMEOUT_SECONDS", "900"))
# Days after a meeting's end after which anonymize_registrations removes the registrations'
# personal data (name, e-mail, phone, accessibility needs); the counts stay.
MEETING_REGISTRATION_RETENTION_DAYS = int(env("MEETING_REGISTRATION_RETENTION_DAYS", "30"))


# Search: Wagtail's database backend by default; OpenSearch when OPENSEARCH_URL is set, with the
# Polish analyzer (Stempel: the analysis-stempel plugin must be installed in OpenSearch) as the
# index's default, so every text field and every query is reduced to Polish stems. The site
# search page reads its own stems (home.models.SearchEntry) on either backend.
def search_backends(opensearch_url, index_name="ngosite"):
    if not opensearch_url:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": [opensearch_url],
            "INDEX": index_name,
            "TIMEOUT": 5,
            "INDEX_SETTINGS": {
                "settings": {"analysis": {"analyzer": {"default": {"type": "polish"}}}}
            },
        }
    }


WAGTAILSEARCH_BACKENDS = search_backends(env("OPENSEARCH_URL"), env("OPENSEARCH_INDEX", "ngosite"))

# Background work (django-tasks): run at once by default; the database backend with
# `manage.py db_worker` in production (TASKS_BACKEND=database).
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[env("TASKS_BACKEND", "immediate")]
    }
}

WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME", "Platforma współpracy z organizacjami pozarządowymi")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Every image form asks for the alternative text (the image's description), home.images.
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.images.AltTextImageForm"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Slugs the admin makes from titles are ASCII ("nabor-do-rady", not "nabór-do-rady"): addresses
# that survive copying into e-mails, printed material and old software.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LEAFLET_CONFIG = {
    "DEFAULT_CENTER": (50.0615, 19.9371),
    "DEFAULT_ZOOM": 12,
    "MIN_ZOOM": 10,
    "MAX_ZOOM": 19,
    "TILES": [
        (
            "OpenStreetMap",
            env("MAP_TILES_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
            {"attribution": "&copy; OpenStreetMap contributors", "maxZoom": 19},
        )
    ],
    "ATTRIBUTION_PREFIX": "Leaflet",
    "RESET_VIEW": False,
    "PLUGINS": {
        "markercluster": {
            "css": [
                "xstatic/leaflet-markercluster/MarkerCluster.css",
                "xstatic/leaflet-markercluster/MarkerCluster.Default.css",
            ],
            "js": "xstatic/leaflet-markercluster/leaflet.markercluster.js",
            "auto-include": False,
        }
    },
}

# Content-Security-Policy (django-csp through home.csp.SitePolicyMiddleware, which adds the map's
# tile server and the media storage to img-src at call time). Public pages: no inline script or
# style; frames from https: for the editors' embeds (video players).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],  # the admin shows previews of pages in a frame
    }
}
# The Wagtail admin (and the previews it renders) writes inline scripts and style attributes.
CONTENT_SECURITY_POLICY_ADMIN_PREFIXES = ("/admin/",)
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
    }
}
# Geolocation only for the site itself (the map's "near me"); the rest is never used.
PERMISSIONS_POLICY = (
    "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), "
    "accelerometer=(), gyroscope=(), magnetometer=()"
)
# Wagtail's default avatars come from gravatar.com, which would tell a third party who edits the
# site (and need it in the admin's img-src): editors upload an avatar or get the initials.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}

# --- ngomap ---
# Geocoding through geopy: SERVICE is any geopy service name (get_geocoder_for_service);
# OPTIONS go to its constructor, e.g. {"domain": "nominatim.example.org", "scheme": "https"}
# for a self-hosted Nominatim, or {"api_key": ...} for a commercial provider.
NGOMAP_GEOCODER = {
    "SERVICE": env("GEOCODER_SERVICE", "nominatim"),
    "OPTIONS": {
        key: value
        for key, value in {
            "domain": env("GEOCODER_DOMAIN"),
            "scheme": env("GEOCODER_SCHEME"),
            "api_key": env("GEOCODER_API_KEY"),
        }.items()
        if value
    },
    "USER_AGENT": env("GEOCODER_USER_AGENT", "krakow-ngo-platform/1.0 (ngo@example.org)"),
    "TIMEOUT": int(env("GEOCODER_TIMEOUT", "5")),
    "MIN_DELAY_SECONDS": float(env("GEOCODER_MIN_DELAY_SECONDS", "1")),
    "CACHE_SECONDS": 60 * 60 * 24 * 90,
}
# "Near an address" on the map page: new addresses (not yet cached) a client may look up an hour.
NGOMAP_NEAR_LOOKUPS_PER_HOUR = int(env("NGOMAP_NEAR_LOOKUPS_PER_HOUR", "20"))
# GeoJSON endpoint: up to this many points the browser clusters them (markercluster); above,
# the server answers with grid clusters of the requested view.
NGOMAP_MAX_FEATURES = int(env("NGOMAP_MAX_FEATURES", "5000"))
# Once the server clusters, a view's answer carries at most this many single points.
NGOMAP_MAX_VIEW_FEATURES = int(env("NGOMAP_MAX_VIEW_FEATURES", "2000"))
NGOMAP_API_CACHE_SECONDS = int(env("NGOMAP_API_CACHE_SECONDS", "600"))

# --- advisory ---
# Posts of the booking form allowed per client address: (count, window in seconds).
ADVISORY_BOOKING_RATE_LIMIT = (10, 3600)

# --- consultations ---
# Hours a comment author has to follow the confirmation link before the comment is removed.
CONSULTATIONS_CONFIRMATION_HOURS = int(env("CONSULTATIONS_CONFIRMATION_HOURS", "72"))
# Days after a consultation closes before its commenters' personal data are removed.
CONSULTATIONS_RETENTION_DAYS = int(env("CONSULTATIONS_RETENTION_DAYS", "365"))
# SQLite: writers wait for each other (BEGIN IMMEDIATE, 20 s) instead of failing with
# "database is locked" when two people book at the same moment.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
    # The SQLite test database is a file rather than Django's shared-cache in-memory database:
    # the latter answers "database table is locked" at once instead of waiting, so concurrent
    # bookings (tests/advisory/test_contention.py) could not be tested on it.
    DATABASES["default"].setdefault("TEST", {}).setdefault(
        "NAME", os.path.join(tempfile.gettempdir(), f"ngosite-test-{os.getpid()}.sqlite3")
    )
