import re

import pytest
from wagtail import hooks


@pytest.mark.django_db
def test_apps_add_sections_to_the_home_page_through_the_hook(client, site_with_pages):
    def section(*, request, page):
        return {"template": "home/test_section.html", "title": "Najbliższe spotkania"}

    def nothing(*, request, page):
        return None

    with (
        hooks.register_temporarily("home_page_sections", section),
        hooks.register_temporarily("home_page_sections", nothing),
    ):
        html = client.get("/").text
    assert '<section class="home-section"><h2>Najbliższe spotkania</h2></section>' in html
    assert "Najbliższe spotkania" not in client.get("/").text


@pytest.mark.django_db
def test_the_home_page_offers_each_service_as_an_entry_point_with_the_shallowest_page(client):
    from tests.advisory.factories import make_advisory_page
    from tests.guidebook.factories import make_guide_page
    from tests.home.factories import make_home_page
    from tests.ngomap.factories import make_map_page

    home = make_home_page()
    make_map_page(home)
    make_advisory_page(home)
    guide = make_guide_page(home, title="Przewodnik po współpracy", slug="przewodnik")
    make_guide_page(guide, title="Współpraca finansowa", slug="finansowa")
    html = client.get("/").content.decode()
    services = html.split('class="home-services"')[1].split("</nav>")[0]
    titles = re.findall(r'<span class="home-service__title">([^<]+)</span>', services)
    assert titles == ["Mapa organizacji", "Punkt doradczy", "Przewodnik po współpracy"]
    assert "Bezpłatne konsultacje: prawo, podatki i rachunkowość" in services
    assert "Współpraca finansowa" not in services
    # a search box on the home page itself, and the icon of the site
    assert 'id="home-search-q"' in html
    assert 'rel="icon"' in html
