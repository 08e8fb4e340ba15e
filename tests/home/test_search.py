import pytest

from tests.home.factories import make_standard_page


@pytest.mark.django_db
def test_search_finds_pages_by_their_content(client, site_with_pages):
    make_standard_page(
        site_with_pages["home"],
        title="Inicjatywa lokalna",
        slug="inicjatywa-lokalna",
        intro="<p>Mieszkańcy wspólnie z Miastem realizują zadanie publiczne.</p>",
    )
    response = client.get("/szukaj/", {"q": "inicjatywa"})
    assert response.status_code == 200
    assert '<a href="/inicjatywa-lokalna/">Inicjatywa lokalna</a>' in response.text
    assert "1 wynik" in response.text


@pytest.mark.django_db
def test_search_is_paginated(client, site_with_pages):
    for number in range(12):
        make_standard_page(
            site_with_pages["home"], title=f"Konsultacje {number}", slug=f"konsultacje-{number}"
        )
    first = client.get("/szukaj/", {"q": "konsultacje"}).text
    assert "Strona 1 z 2" in first
    assert "page=2" in first and "q=konsultacje" in first
    second = client.get("/szukaj/", {"q": "konsultacje", "page": 2}).text
    assert "Strona 2 z 2" in second
    assert second.count('<li class="search-result">') == 2


@pytest.mark.django_db
def test_search_says_when_nothing_was_found_and_when_nothing_was_asked(client, site_with_pages):
    empty = client.get("/szukaj/", {"q": "zzzyx"}).text
    assert "Nie znaleziono nic dla „zzzyx”" in empty
    prompt = client.get("/szukaj/").text
    assert "Wpisz słowo lub frazę" in prompt


@pytest.mark.django_db
def test_search_leaves_out_drafts(client, site_with_pages):
    make_standard_page(site_with_pages["home"], title="Tajny szkic", slug="szkic", publish=False)
    assert "Tajny szkic" not in client.get("/szukaj/", {"q": "szkic"}).text
