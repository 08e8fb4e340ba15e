"""The page tree a request needs in one query (home.pagetree): the routing answers exactly as
Wagtail's does, and the view restrictions still hold."""

import pytest
from wagtail.models import PageViewRestriction

from tests.home.factories import make_standard_page
from tests.ngomap.factories import make_map_page, make_organization

pytestmark = pytest.mark.django_db


def test_a_page_three_levels_down_is_found_and_a_missing_one_is_404(client, home_page):
    about = make_standard_page(home_page, title="O nas", slug="o-nas")
    team = make_standard_page(about, title="Zespół", slug="zespol")
    make_standard_page(team, title="Kontakt zespołu", slug="kontakt-zespolu")
    response = client.get("/o-nas/zespol/kontakt-zespolu/")
    assert response.status_code == 200
    assert "Kontakt zespołu" in response.text
    assert client.get("/o-nas/zespol/nie-ma/").status_code == 404
    assert client.get("/nie-ma/zespol/").status_code == 404


def test_a_draft_page_is_404_but_its_live_child_is_served_as_wagtail_does(client, home_page):
    draft = make_standard_page(home_page, title="Szkic", slug="szkic", publish=False)
    make_standard_page(draft, title="Opublikowana pod szkicem", slug="pod-szkicem")
    assert client.get("/szkic/").status_code == 404
    assert "Opublikowana pod szkicem" in client.get("/szkic/pod-szkicem/").text


def test_a_routable_page_answers_its_own_sub_urls(client, home_page):
    map_page = make_map_page(home_page)
    organization = make_organization(name="Fundacja Trasowa")
    response = client.get(f"{map_page.url}organizacja/{organization.slug}/")
    assert response.status_code == 200
    assert "Fundacja Trasowa" in response.text
    assert client.get(f"{map_page.url}organizacja/nie-ma-takiej/").status_code == 404


def test_a_password_restricted_section_still_asks_for_the_password(client, home_page):
    section = make_standard_page(home_page, title="Dla członków", slug="dla-czlonkow")
    make_standard_page(section, title="Protokoły", slug="protokoly")
    make_standard_page(home_page, title="Otwarta", slug="otwarta")
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    response = client.get("/dla-czlonkow/protokoly/")
    assert response.status_code == 200
    assert "Protokoły" not in response.text
    assert 'name="password"' in response.text
    assert "Otwarta" in client.get("/otwarta/").text
    # The menu leaves the restricted section out.
    assert "Dla członków" not in client.get("/otwarta/").text
