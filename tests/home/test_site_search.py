"""The site search finds pages and published organizations in any Polish word form, says what
each result is and where it belongs, and never shows what is not public."""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.models import SearchEntry
from home.stemming import query_terms, text_terms
from ngomap.models import Organization
from tests.consultations.factories import make_consultation, make_consultation_index
from tests.guidebook.factories import make_guide_page
from tests.home.factories import make_standard_page
from tests.news.factories import make_news, make_news_index
from tests.ngomap.factories import area, district, make_map_page, make_organization
from tests.projects.factories import make_project, make_project_index

pytestmark = pytest.mark.django_db


def results(client, query, **params):
    """(type, section, title) of each result, as the page shows them."""
    html = client.get("/szukaj/", {"q": query, **params}).text
    found = []
    for item in re.findall(r'<li class="search-result">(.*?)</li>', html, flags=re.S):
        kind = re.search(r'class="search-result__type">([^<]*)<', item).group(1)
        section = re.search(r"</span> ([^<]+)</p>", item)
        title = re.search(r"<h2><a href=\"[^\"]*\">([^<]*)</a>", item).group(1)
        found.append((kind, section.group(1).strip() if section else "", title))
    return found


def titles(client, query):
    return [title for _kind, _section, title in results(client, query)]


@pytest.fixture
def portal(home_page):
    map_page = make_map_page(home_page)
    news = make_news_index(home_page)
    make_news(
        news,
        title="Raport z konsultacji programu współpracy",
        slug="raport",
        intro="<p>Podsumowanie uwag zgłoszonych przez mieszkańców.</p>",
    )
    make_project(make_project_index(home_page), title="Kraków dla seniorów", slug="seniorzy")
    make_consultation(make_consultation_index(home_page), title="Program współpracy 2027")
    make_guide_page(home_page, title="Jak założyć stowarzyszenie", slug="poradnik")
    make_standard_page(
        home_page,
        title="O platformie",
        slug="o-platformie",
        intro="<p>Miejsce współpracy miasta z każdą organizacją pozarządową.</p>",
    )
    green = make_organization(
        name="Zielone Podwórko",
        slug="zielone-podworko",
        description="Seniorzy i dzieci sadzą drzewa na podwórkach Podgórza.",
        district=district(13),
        areas=[area("18")],
        email="prezes.prywatny@example.org",
        phone="600 100 200",
        submitter_email="zglaszajacy@example.org",
        moderation_note="Prosimy o dopisanie numeru konta",
    )
    make_organization(
        name="Zielone Ogrody",
        slug="zielone-ogrody",
        description="Zgłoszenie czeka na moderację.",
        publish=False,
    )
    return {"home": home_page, "map": map_page, "green": green}


def test_inflected_forms_find_pages_and_organizations_with_type_and_section(client, portal):
    # "konsultacje" finds the report "z konsultacji", a news item in the news section.
    assert ("Aktualność", "Aktualności", "Raport z konsultacji programu współpracy") in results(
        client, "konsultacje"
    )
    # "Zielone" finds the published organization, shown as an organization on the map.
    assert results(client, "Zielone") == [("Organizacja", "Mapa organizacji", "Zielone Podwórko")]
    # "seniorów" finds "Seniorzy" in the organization's description and the project's title.
    found = results(client, "seniorów")
    assert ("Projekt", "Projekty", "Kraków dla seniorów") in found
    assert ("Organizacja", "Mapa organizacji", "Zielone Podwórko") in found
    # "organizacji" finds "organizacją" in a standard page's introduction.
    assert ("Strona", "", "O platformie") in results(client, "organizacji")
    # Consultations and the guide say what they are.
    assert ("Konsultacja", "Konsultacje", "Program współpracy 2027") in results(
        client, "programu współpracy 2027"
    )
    assert ("Poradnik", "", "Jak założyć stowarzyszenie") in results(client, "stowarzyszenia")
    # Several words: every word must match, in any form and without diacritics.
    assert titles(client, "zielonego podworko") == ["Zielone Podwórko"]
    assert titles(client, "zielone drzewo miasta") == []


def test_an_organization_result_links_to_its_page_with_its_public_address(client, portal):
    html = client.get("/szukaj/", {"q": "podwórko"}).text
    assert '<a href="/mapa/organizacja/zielone-podworko/">Zielone Podwórko</a>' in html
    assert "ul. Gołębia 24, 31-007 Kraków · Dzielnica XIII Podgórze" in html
    # Its areas of activity are searchable, its district too.
    assert titles(client, "Podgórze") == ["Zielone Podwórko"]


def test_only_public_fields_of_published_organizations_are_found(client, portal):
    # The submission waiting for moderation is not found, by name or by description.
    assert "Zielone Ogrody" not in titles(client, "zielone")
    assert titles(client, "moderację") == []
    # Contacts, the submitter and the moderators' note are never searchable.
    for private in ("prezes.prywatny", "600", "zglaszajacy", "numeru konta"):
        assert titles(client, private) == [], private
    entry = SearchEntry.objects.get(title="Zielone Podwórko")
    for private in ("prezes", "600", "zglaszajacy", "konta"):
        assert private not in entry.terms


def test_a_draft_change_of_a_published_organization_stays_out_of_the_search(client, portal):
    green = Organization.objects.get(pk=portal["green"].pk)
    green.name = "Nazwa w szkicu"
    green.save_revision()
    assert titles(client, "szkicu") == []
    assert titles(client, "Zielone") == ["Zielone Podwórko"]
    # Published, the new name is found and the old one is gone.
    green.get_latest_revision().publish()
    assert titles(client, "szkicu") == ["Nazwa w szkicu"]
    assert titles(client, "Zielone") == []


def test_unpublishing_removes_an_organization_and_a_page(client, portal):
    green = Organization.objects.get(pk=portal["green"].pk)
    green.unpublish()
    assert titles(client, "Zielone") == []
    report = portal["home"].get_descendants().get(slug="raport").specific
    report.unpublish()
    assert titles(client, "raport") == []


def test_an_organization_follows_its_areas_and_a_deletion(client, portal):
    green = Organization.objects.get(pk=portal["green"].pk)
    assert titles(client, "kultury") == []
    green.areas.add(area("16"))  # Kultura, sztuka, dziedzictwo
    green.save()
    assert titles(client, "kultury") == ["Zielone Podwórko"]
    green.delete()
    assert titles(client, "podwórko") == []


def test_pages_in_a_restricted_section_are_not_found(client, portal):
    hidden = make_standard_page(portal["home"], title="Sprawy wewnętrzne", slug="wewnetrzne")
    make_standard_page(hidden, title="Notatka z narady", slug="notatka")
    assert titles(client, "narady") == ["Notatka z narady"]
    PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="x")
    assert titles(client, "narady") == []


def test_the_empty_state_and_pagination_are_polish(client, portal):
    html = client.get("/szukaj/", {"q": "xyzzy"}).text
    assert "Nie znaleziono nic dla „xyzzy”." in html
    assert "Nie znaleziono nic dla „%!?”." in client.get("/szukaj/", {"q": "%!?"}).text
    assert "Sprawdź pisownię" in html
    for number in range(11):
        make_organization(name=f"Fundacja Seniorzy {number}", slug=f"seniorzy-{number}")
    first = client.get("/szukaj/", {"q": "seniorami"}).text
    assert "13 wyników dla „seniorami”" in first
    assert "Strona 1 z 2" in first
    second = client.get("/szukaj/", {"q": "seniorami", "page": "2"}).text
    assert second.count('<li class="search-result">') == 3


def test_titles_that_match_come_first(client, portal):
    make_standard_page(
        portal["home"],
        title="Ogłoszenia",
        slug="ogloszenia",
        intro="<p>Konkurs dla organizacji seniorów.</p>",
    )
    found = titles(client, "senior")
    assert found.index("Kraków dla seniorów") < found.index("Ogłoszenia")


def test_the_search_page_costs_the_same_few_queries_whatever_it_finds(client, portal):
    def queries(query):
        client.get("/szukaj/", {"q": query})  # warm the site's caches
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/szukaj/", {"q": query})
        assert response.status_code == 200
        return len(captured)

    few = queries("seniorów")
    for number in range(15):
        make_organization(name=f"Klub Seniorów {number}", slug=f"klub-{number}")
        make_standard_page(portal["home"], title=f"Seniorzy {number}", slug=f"s-{number}")
    many = queries("seniorów")
    assert few == many <= 15, (few, many)


def test_rebuilding_the_index_gives_the_same_entries(portal):
    before = set(SearchEntry.objects.values_list("kind", "object_id", "title", "terms"))
    SearchEntry.objects.all().delete()
    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    after = set(SearchEntry.objects.values_list("kind", "object_id", "title", "terms"))
    assert after == before
    assert ("ngomap.organization", portal["green"].pk) in {(k, pk) for k, pk, *_ in after}


def test_polish_forms_share_their_terms():
    index = text_terms("Raport z konsultacji", "Zielone Podwórko", "Seniorzy", "organizacja")
    for query in ("konsultacje", "Konsultacja", "zielone", "seniorów", "organizacji", "podworko"):
        assert any(f" {term} " in index for term in query_terms(query)[0]), query
    # Function words are dropped unless the query has nothing else.
    assert len(query_terms("raport z konsultacji")) == 2
    assert query_terms("z") == [{"z"}]
