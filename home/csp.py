"""The Content-Security-Policy and Permissions-Policy of every response.

django-csp writes the header (Django's own CSP support arrives only in 6.0); this middleware
chooses the policy per path, at call time, from settings:

- Public pages get `CONTENT_SECURITY_POLICY`: scripts and styles only from the site's own files
  (no inline code: JavaScript lives in static files, data for it in `json_script` or data-
  attributes), images also from the map's tile server and the media storage.
- The Wagtail admin (which also renders the editors' previews of public pages) gets
  `CONTENT_SECURITY_POLICY_ADMIN`, which adds 'unsafe-inline' for scripts and styles: Wagtail 8
  still writes inline scripts (inline panels, date pickers) and style attributes. The admin is
  reached only by logged-in staff, and everything it shows is escaped by Wagtail.
"""

from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


def _origin(url):
    """The scheme and host of `url` as a CSP source; a Leaflet subdomain placeholder ({s})
    becomes a wildcard. None for a relative URL (the site itself)."""
    parts = urlsplit(url.replace("{s}.", "*."))
    if not parts.netloc:
        return None
    return f"{parts.scheme or 'https'}://{parts.netloc}"


def image_sources():
    """Where images may come from besides the site: map tiles and uploaded media."""
    urls = [url for _name, url, *_options in settings.LEAFLET_CONFIG.get("TILES", [])]
    urls.append(settings.MEDIA_URL)
    storage = settings.STORAGES["default"].get("OPTIONS", {})
    if storage.get("custom_domain"):
        urls.append(f"https://{storage['custom_domain']}/")
    elif storage.get("endpoint_url"):
        urls.append(storage["endpoint_url"])
    elif storage.get("bucket_name"):
        urls.append(f"https://{storage['bucket_name']}.s3.amazonaws.com/")
    return sorted({origin for url in urls if (origin := _origin(url))})


def is_admin_path(path):
    return path.startswith(settings.CONTENT_SECURITY_POLICY_ADMIN_PREFIXES)


class SitePolicyMiddleware(CSPMiddleware):
    """CSPMiddleware with the policy chosen per path, plus the Permissions-Policy header."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        policy = (
            settings.CONTENT_SECURITY_POLICY_ADMIN
            if is_admin_path(request.path_info)
            else settings.CONTENT_SECURITY_POLICY
        )
        directives = dict(policy["DIRECTIVES"])
        directives["img-src"] = [*directives.get("img-src", []), *image_sources()]
        return PolicyParts(
            config=parts.config or directives,
            update=parts.update,
            replace=parts.replace,
            nonce=parts.nonce,
        )

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if settings.PERMISSIONS_POLICY and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = settings.PERMISSIONS_POLICY
        return response
