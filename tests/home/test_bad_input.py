"""Regressions of issue 11: query strings with NUL bytes and control characters that ended in a
server error on PostgreSQL. Each is answered normally now, on both databases."""

import pytest

from tests.home.public_site import make_public_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return make_public_site()


@pytest.mark.parametrize(
    "url",
    [
        "/szukaj/?q=a%00b",
        "/przewodnik/szukaj/?q=a%00b",
        "/aktualnosci/?tag=a%00b",
        "/aktualnosci/?projekt=a%00b",
        "/projekty/?status=a%00b",
        "/mapa/?q=a%00b&area=%00&district=%00&kind=%00&legal_form=%00&opp=%00",
        "/mapa/?near=a%00b&near_lat=%00&label=%00",
        "/api/mapa/organizacje.geojson?q=a%00b&area=%00&bbox=%00&zoom=%00",
        "/mapa-eksport/organizacje.csv?q=a%00b",
        "/mapa-eksport/organizacje.geojson?area=a%00b",
    ],
)
def test_a_nul_byte_in_a_query_string_is_no_server_error(client, site, url):
    assert client.get(url).status_code == 200


def test_the_search_looks_for_the_text_around_a_nul_byte(client, site):
    html = client.get("/szukaj/?q=Nab%00%C3%B3r").text
    assert "Nabór wniosków" in html


def test_the_map_filter_reads_a_name_with_a_control_character_as_a_space(client, site):
    html = client.get("/mapa/?q=Zielone%0bPodw%C3%B3rko").text
    assert "Znaleziono 1 organizację" in html


def test_a_nul_byte_in_a_page_path_is_not_found(client, site):
    assert client.get("/aktualnosci/nab%00or/").status_code == 404
    assert client.get("/mapa/organizacja/zielone%00/").status_code == 404
