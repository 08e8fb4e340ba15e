import pytest
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from ngomap.models import MapPage, Organization
from tests.ngomap.factories import area, district, make_organization
from tests.query_budget import BUDGET, empty_cache_after

pytestmark = pytest.mark.django_db


class MapPageTreeTests(WagtailPageTestCase):
    def test_the_map_page_goes_only_under_the_home_page_and_has_no_children(self):
        self.assertAllowedParentPageTypes(MapPage, {HomePage})
        self.assertAllowedSubpageTypes(MapPage, {})

    def test_there_is_at_most_one_map_page(self):
        self.assertEqual(MapPage.max_count, 1)


def test_the_list_works_without_javascript_with_filters_in_the_url(client, map_page):
    make_organization(name="Pomoc Sąsiedzka", district=district(1), areas=[area("1")])
    make_organization(name="Rowerowy Kraków", district=district(5), areas=[area("17")])
    html = client.get("/mapa/?district=5").content.decode()
    assert "Rowerowy Kraków" in html and "Pomoc Sąsiedzka" not in html
    assert '<form class="ngomap-filters" method="get"' in html
    assert 'option value="5" selected' in html
    assert "Znaleziono 1 organizację" in html


def test_several_areas_can_be_chosen_at_once_and_stay_checked(client, map_page):
    make_organization(name="A", areas=[area("1")])
    make_organization(name="B", areas=[area("17")])
    make_organization(name="C", areas=[area("18")])
    html = client.get(f"/mapa/?area={area('1').slug}&area={area('17').slug}").content.decode()
    assert ">A</a>" in html and ">B</a>" in html and ">C</a>" not in html
    assert html.count("checked") == 2


def test_the_list_is_paginated_and_keeps_the_filter_in_the_page_links(client, map_page):
    map_page.per_page = 2
    map_page.save()
    for number in range(5):
        make_organization(name=f"Org {number}", district=district(1))
    html = client.get("/mapa/?district=1").content.decode()
    assert "Strona 1 z 3" in html
    assert "?district=1&amp;page=2" in html


def test_the_list_costs_the_same_number_of_queries_for_2_and_12_organizations(client, map_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for total in (2, 12):
        while Organization.objects.count() < total:
            make_organization(areas=[area("1"), area("2")], district=district(1))
        empty_cache_after(client, "/mapa/?district=1")
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/mapa/?district=1")
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] <= BUDGET


def test_near_an_address_sorts_by_distance_using_the_geocoder(client, map_page):
    from decimal import Decimal

    make_organization(
        name="Daleko w Tyńcu", latitude=Decimal("50.02059"), longitude=Decimal("19.80734")
    )
    make_organization(
        name="Blisko Gołębiej", latitude=Decimal("50.0609"), longitude=Decimal("19.9333")
    )
    html = client.get("/mapa/?near=ul.+Gołębia+24").content.decode()
    assert html.index("Blisko Gołębiej") < html.index("Daleko w Tyńcu")
    assert "km" in html
    html = client.get("/mapa/?near_lat=50.0206&near_lng=19.8073").content.decode()
    assert html.index("Daleko w Tyńcu") < html.index("Blisko Gołębiej")


def test_an_unknown_near_address_says_so(client, map_page):
    make_organization()
    html = client.get("/mapa/?near=Nieistniejąca+99").content.decode()
    assert "Nie udało się znaleźć" in html


def test_the_map_centres_on_lat_lng_with_a_labelled_marker(client, map_page):
    """The contract with the meetings: ?lat=&lng=&zoom=&label= marks a venue on the map."""
    html = client.get(
        "/mapa/?lat=50.05967&lng=19.93775&zoom=17&label=Sala+<b>obrad</b>"
    ).content.decode()
    assert 'data-focus-lat="50.059670"' in html
    assert 'data-focus-lng="19.937750"' in html
    assert 'data-focus-zoom="17"' in html
    assert 'data-focus-label="Sala &lt;b&gt;obrad&lt;/b&gt;"' in html
    assert "Sala &lt;b&gt;obrad&lt;/b&gt;" in html
    assert "<b>obrad</b>" not in html


def test_invalid_focus_coordinates_are_ignored(client, map_page):
    html = client.get("/mapa/?lat=abc&lng=500&label=x").content.decode()
    assert "data-focus-lat" not in html


def test_the_organization_page_shows_public_fields_and_areas_as_filter_links(client, map_page):
    organization = make_organization(
        name="Fundacja Pomocy",
        krs="0000123456",
        website="https://example.org",
        areas=[area("1")],
        district=district(1),
        description="Pomagamy sąsiadom.",
    )
    html = client.get(f"/mapa/organizacja/{organization.slug}/").content.decode()
    assert "<h1>Fundacja Pomocy</h1>" in html
    assert "0000123456" in html and "Pomagamy sąsiadom." in html
    assert f'href="/mapa/?area={area("1").slug}"' in html
    assert 'id="ngomap-small-map"' in html
    assert "OpenStreetMap" in html


def test_drafts_have_no_public_page(client, map_page):
    draft = make_organization(publish=False)
    assert client.get(f"/mapa/organizacja/{draft.slug}/").status_code == 404


def test_the_home_page_shows_the_map_section_with_the_count_in_constant_queries(client, map_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from ngomap.services import map_version_bump

    make_organization()
    make_organization()
    html = client.get("/").content.decode()
    assert "2 organizacje i inicjatywy" in html
    assert 'href="/mapa/"' in html
    counts = []
    for total in (2, 12):
        while Organization.objects.count() < total:
            make_organization()
        map_version_bump()  # as any change to an organization does
        with CaptureQueriesContext(connection) as cold:
            client.get("/")
        with CaptureQueriesContext(connection) as warm:
            html = client.get("/").content.decode()
        counts.append((len(cold), len(warm)))
    assert f"{12} organizacji i inicjatyw" in html
    assert counts[0] == counts[1]
    assert counts[0][0] - counts[0][1] == 1  # the count; the map page comes with the menu


def test_the_sitemap_lists_every_published_organization(client, map_page):
    published = make_organization()
    draft = make_organization(publish=False)
    xml = client.get("/sitemap.xml").content.decode()
    assert f"/mapa/organizacja/{published.slug}/" in xml
    assert f"/mapa/organizacja/{draft.slug}/" not in xml


def test_the_organization_page_ends_the_breadcrumbs_with_itself(client, map_page):
    organization = make_organization(name="Fundacja Pomocy")
    html = client.get(f"/mapa/organizacja/{organization.slug}/").content.decode()
    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert f'<a href="{map_page.url}">{map_page.title}</a>' in crumbs
    assert '<span aria-current="page">Fundacja Pomocy</span>' in crumbs
    assert crumbs.count('aria-current="page"') == 1


def test_without_javascript_the_map_page_says_the_list_has_every_organization(client, map_page):
    make_organization(name="Fundacja Pomocy")
    html = client.get("/mapa/").content.decode()
    # "add your organization" comes before the filters and the list, not after them
    assert html.index("/mapa/dodaj/") < html.index('id="ngomap-filters-heading"')
    assert "Mapa wymaga JavaScriptu. Lista poniżej zawiera wszystkie organizacje" in html
    # filtering lands on the results, even without JavaScript
    assert 'action="/mapa/#wyniki"' in html and 'id="wyniki"' in html
    # the 39 areas are all listed, none hidden in a scroll box of the form
    assert html.count('name="area"') == map_page_area_count()


def map_page_area_count():
    from ngomap.models import ActivityArea

    return ActivityArea.objects.count()
