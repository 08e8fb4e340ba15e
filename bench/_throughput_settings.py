"""Production settings plus the bench-only bare view (bench/_throughput_urls.py); used only by
bench/page_throughput.py, never by the site."""

from ngosite.settings.production import *  # noqa: F403

ROOT_URLCONF = "_throughput_urls"
# collectstatic is the deployment's step, not this benchmark's: without a manifest, static
# names are looked up unhashed (one dictionary lookup either way).
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
