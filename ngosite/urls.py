from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from ngomap import views as ngomap_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("szukaj/", home_views.search, name="search"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

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
urlpatterns += [path("", include(wagtail_urls))]
