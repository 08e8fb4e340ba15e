import json
from decimal import Decimal

import geojson
import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ngomap.models import Organization
from tests.ngomap.factories import area, district, make_organization

pytestmark = pytest.mark.django_db
URL = "/api/mapa/organizacje.geojson"


def make_many(count, **fields):
    return [make_organization(**fields) for _ in range(count)]


def test_the_endpoint_returns_valid_rfc7946_geojson_with_compact_properties(client):
    organization = make_organization(
        name="Fundacja A", kind=Organization.Kind.INITIATIVE, areas=[area("1"), area("18")]
    )
    response = client.get(URL)
    assert response["Content-Type"] == "application/geo+json"
    data = response.json()
    parsed = geojson.loads(response.content.decode())
    assert parsed.is_valid, parsed.errors()
    assert data["features"] == [
        {
            "type": "Feature",
            "id": organization.pk,
            "geometry": {"type": "Point", "coordinates": [19.93324, 50.06086]},
            # For the popup: the address and the areas' keys (points of the act), which the
            # map page names.
            "properties": {
                "n": "Fundacja A",
                "s": organization.slug,
                "k": "initiative",
                "a": "ul. Gołębia 24",
                "r": data["features"][0]["properties"]["r"],
            },
        }
    ]
    assert sorted(data["features"][0]["properties"]["r"].split(",")) == ["1", "18"]


def test_a_marker_shows_no_address_where_the_organization_hides_its_exact_place(client):
    make_organization(name="Grupa", location_precision=Organization.Precision.STREET)
    make_organization(name="Bez obszarów", street="", building_number="")
    properties = {f["properties"]["n"]: f["properties"] for f in client.get(URL).json()["features"]}
    assert "a" not in properties["Grupa"] and "r" not in properties["Grupa"]
    assert "a" not in properties["Bez obszarów"]


def test_the_map_page_names_the_areas_that_markers_carry_by_key(client, map_page):
    html = client.get(map_page.url).text
    names = json.loads(
        html.split('id="ngomap-area-names" type="application/json">')[1].split("<")[0]
    )
    assert names["18"] == area("18").name
    assert len(names) == 39


def test_drafts_and_organizations_without_a_point_are_left_out(client):
    make_organization(publish=False)
    make_organization(latitude=None, longitude=None)
    assert client.get(URL).json()["features"] == []


def test_the_endpoint_takes_the_same_filters_as_the_list_plus_a_bounding_box(client):
    make_organization(name="W centrum", district=district(1), areas=[area("1")])
    make_organization(
        name="Na Zabłociu",
        district=district(13),
        areas=[area("18")],
        latitude=Decimal("50.047360"),
        longitude=Decimal("19.961520"),
    )

    def names(query):
        return [f["properties"]["n"] for f in client.get(f"{URL}?{query}").json()["features"]]

    assert names("district=13") == ["Na Zabłociu"]
    assert names(f"area={area('1').slug}") == ["W centrum"]
    assert names("bbox=19.95,50.04,19.97,50.05") == ["Na Zabłociu"]


@pytest.mark.parametrize("count", [3, 30])
def test_the_endpoint_needs_at_most_three_queries_whatever_the_size(client, count):
    make_many(count, areas=[area("1")], district=district(1))
    query = f"{URL}?area={area('1').slug}&district=1&q=Fundacja"
    # Cold: the filter's choices (areas and districts, one UNION query), then the rows up to
    # the limit plus one (which tells whether to cluster).
    other_query = f"{URL}?area={area('2').slug}&district=2"
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        client.get(other_query)
    assert len(cold) == 2
    with CaptureQueriesContext(connection) as queries:
        response = client.get(query)
    assert len(response.json()["features"]) == count
    assert len(queries) == 1  # the rows
    with CaptureQueriesContext(connection) as cached:
        client.get(query)
    assert len(cached) == 0


def test_etag_and_last_modified_give_304_until_an_organization_changes(client):
    organization = make_organization()
    first = client.get(URL)
    etag = first["ETag"]
    assert first["Last-Modified"]
    assert client.get(URL, headers={"if-none-match": etag}).status_code == 304
    assert client.get(URL, headers={"if-modified-since": first["Last-Modified"]}).status_code == 304
    organization.name = "Nowa nazwa"
    organization.save()
    changed = client.get(URL, headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert changed.json()["features"][0]["properties"]["n"] == "Nowa nazwa"


def test_deleting_an_organization_invalidates_the_cached_answer(client):
    organization = make_organization()
    assert len(client.get(URL).json()["features"]) == 1
    organization.delete()
    assert client.get(URL).json()["features"] == []


def test_above_the_limit_the_server_sends_grid_clusters_instead_of_points(client, settings):
    settings.NGOMAP_MAX_FEATURES = 5
    settings.NGOMAP_MAX_VIEW_FEATURES = 5
    make_many(8)
    make_many(
        4, latitude=Decimal("50.047360"), longitude=Decimal("19.961520"), district=district(13)
    )
    whole = client.get(URL).json()
    assert whole == {"type": "FeatureCollection", "features": [], "clustered": True}
    make_organization(name="Sama", latitude=Decimal("50.1"), longitude=Decimal("19.85"))
    make_organization(name="Poza widokiem", latitude=Decimal("50.1"), longitude=Decimal("20.1"))
    data = client.get(f"{URL}?zoom=14&bbox=19.79,49.97,20.0,50.13").json()
    assert data["clustered"] is True
    counts = sorted(f["properties"]["c"] for f in data["features"] if "c" in f["properties"])
    assert counts == [4, 8]
    # A cell with one organization is sent as its ordinary marker.
    singles = [f["properties"]["n"] for f in data["features"] if "n" in f["properties"]]
    assert singles == ["Sama"]
    assert geojson.loads(json.dumps(data)).is_valid


def test_the_csv_export_follows_the_current_filter(client, map_page):
    make_organization(name="W centrum", district=district(1), areas=[area("1")])
    make_organization(name="Gdzie indziej", district=district(5))
    response = client.get("/mapa-eksport/organizacje.csv?district=1")
    text = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    assert "W centrum" in text and "Gdzie indziej" not in text
    assert text.splitlines()[0].startswith("Nazwa;Rodzaj;Forma prawna;Numer KRS")
    assert "Pomoc społeczna" in text


def test_the_geojson_export_is_valid_and_follows_the_filter(client, map_page):
    make_organization(name="W centrum", district=district(1), areas=[area("1")])
    make_organization(name="Gdzie indziej", district=district(5))
    response = client.get("/mapa-eksport/organizacje.geojson?district=1")
    parsed = geojson.loads(response.content.decode())
    assert parsed.is_valid, parsed.errors()
    assert [f["properties"]["name"] for f in parsed["features"]] == ["W centrum"]
    assert parsed["features"][0]["properties"]["url"].endswith(
        f"/mapa/organizacja/{Organization.objects.get(name='W centrum').slug}/"
    )


def test_the_answer_is_sent_gzipped_to_clients_that_accept_it(client):
    import gzip as gzip_module

    make_organization(name="Fundacja A")
    plain = client.get(URL)
    packed = client.get(URL, headers={"accept-encoding": "gzip, deflate"})
    assert packed["Content-Encoding"] == "gzip"
    assert gzip_module.decompress(packed.content) == plain.content
    assert packed["ETag"] == plain["ETag"] and "Accept-Encoding" in packed["Vary"]
