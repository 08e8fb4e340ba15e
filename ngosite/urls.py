from django.conf import settings
from django.conf.urls.static import static
from django.contrib.staticfiles.urls import staticfiles_urlpatterns
from django.urls import include, path, re_path
from django.utils import timezone
from django.views.decorators.cache import cache_page
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import last_modified
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from ngomap import views as ngomap_views

# The catalogue changes only with a deployment, so the start of the process is its last change.
_STARTED = timezone.now()

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("szukaj/", home_views.search, name="search"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon, name="favicon"),
    # Polish plural forms for the map's counts (djangojs domain); the same for every visitor.
    path(
        "jsi18n/",
        cache_page(60 * 60)(last_modified(lambda request: _STARTED)(JavaScriptCatalog.as_view())),
        name="javascript-catalog",
    ),
]

if settings.DEBUG:
    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    path("api/mapa/organizacje.geojson", ngomap_views.organizations_geojson, name="ngomap_geojson"),
    path("mapa-eksport/organizacje.csv", ngomap_views.export_csv, name="ngomap_export_csv"),
    path(
        "mapa-eksport/organizacje.geojson",
        ngomap_views.export_geojson,
        name="ngomap_export_geojson",
    ),
]

urlpatterns += [path("punkt-doradczy/", include("advisory.urls"))]
# RFC 8058 one-click unsubscribe: mail programs POST to the List-Unsubscribe address without a
# CSRF token or cookie. The route (ConsultationIndexPage's subskrypcja/wypisz/<key>/) is served
# by Wagtail as any page route, only exempt from CSRF: its secret key is its authorisation, and it
# does nothing but unsubscribe that key's address.
urlpatterns += [
    re_path(
        r"^(?P<path>(?:[\w-]+/)*subskrypcja/wypisz/[\w-]+/)$",
        csrf_exempt(wagtail_views.serve),
        name="consultations_one_click_unsubscribe",
    )
]
urlpatterns += [path("", include(wagtail_urls))]
