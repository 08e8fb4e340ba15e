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
