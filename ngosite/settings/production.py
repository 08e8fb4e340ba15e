"""Production: refuses to start without its secrets; HTTPS everywhere; WhiteNoise static."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env, env_bool, env_list

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")
# The map's cache version and ETags, the rate limits of public forms and the geocoder's answers
# assume that every app server and the worker see one cache; a local-memory cache per process
# would quietly break them all.
if not env("REDIS_URL"):
    raise ImproperlyConfigured(
        "REDIS_URL must be set in the environment for production: a Redis cache shared by every "
        "app server and the task worker (e.g. REDIS_URL=redis://127.0.0.1:6379/0)."
    )

# WhiteNoise's compressed manifest storage, leaving alone source maps a package does not ship.
STORAGES["staticfiles"] = {"BACKEND": "ngosite.storage.ManifestStaticFilesStorage"}  # noqa: F405

# TLS ends at the reverse proxy, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Off only to try the production settings over plain HTTP on one's own machine (README).
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its own preview views SAMEORIGIN

# Anonymous pages come from the page cache (home/pagecache.py); PAGE_CACHE=off to measure without.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
if env("TASKS_BACKEND") == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

LOGGING["root"]["level"] = env("LOG_LEVEL", "INFO")  # noqa: F405
