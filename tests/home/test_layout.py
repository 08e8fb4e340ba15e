"""The shared layout: navigation, breadcrumbs, footer, error pages, sitemap and robots.txt."""

import pytest
from django.template.loader import render_to_string

from tests.home.factories import make_standard_page
from tests.query_budget import empty_cache_after


@pytest.mark.django_db
def test_every_page_links_the_accessibility_statement_in_its_footer(client, site_with_pages):
    statement_url = site_with_pages["statement"].url
    for url in ["/", site_with_pages["about"].url, "/szukaj/?q=x", "/nie-ma-takiej-strony/"]:
        response = client.get(url)
        assert f'href="{statement_url}">Deklaracja dostępności</a>' in response.text, url


@pytest.mark.django_db
def test_layout_has_language_landmarks_and_a_skip_link(client, site_with_pages):
    html = client.get("/").text
    assert '<html lang="pl">' in html
    assert '<a class="skip-link" href="#main">Przejdź do treści</a>' in html
    assert '<main id="main" tabindex="-1">' in html
    assert 'role="banner"' in html and 'role="contentinfo"' in html
    assert 'aria-label="Nawigacja główna"' in html


@pytest.mark.django_db
def test_navigation_lists_menu_pages_and_marks_the_current_one(client, site_with_pages):
    html = client.get(site_with_pages["about"].url).text
    navigation = html.split('aria-label="Nawigacja główna"')[1].split("</nav>")[0]
    assert '<a href="/o-platformie/" aria-current="page">O platformie</a>' in navigation
    assert '<a href="/kontakt/">Kontakt</a>' in navigation
    # The statement is not a menu page; it is reached from the footer.
    assert "/deklaracja-dostepnosci/" not in navigation


@pytest.mark.django_db
def test_breadcrumbs_lead_from_home_to_the_current_page(client, site_with_pages):
    child = make_standard_page(site_with_pages["about"], title="Zespół", slug="zespol")
    html = client.get(child.url).text
    assert 'aria-label="Ścieżka nawigacji"' in html
    assert '<li><a href="/">Strona główna</a></li>' in html
    assert '<li><a href="/o-platformie/">O platformie</a></li>' in html
    assert '<span aria-current="page">Zespół</span>' in html


@pytest.mark.django_db
def test_unknown_address_gets_a_friendly_polish_404(client, site_with_pages):
    response = client.get("/nie-ma-takiej-strony/")
    assert response.status_code == 404
    assert "Nie znaleźliśmy strony" in response.text
    assert 'href="/szukaj/"' in response.text


def test_server_error_page_is_self_contained_and_polish():
    html = render_to_string("500.html")
    assert "Coś poszło nie tak" in html
    assert '<html lang="pl">' in html


@pytest.mark.django_db
def test_sitemap_lists_live_pages_and_robots_points_to_it(client, site_with_pages):
    make_standard_page(site_with_pages["home"], title="Szkic", slug="szkic", publish=False)
    sitemap = client.get("/sitemap.xml").text
    assert "/o-platformie/</loc>" in sitemap
    assert "/szkic/" not in sitemap
    robots = client.get("/robots.txt")
    assert robots["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in robots.text
    assert "Disallow: /admin/" in robots.text


@pytest.mark.django_db
def test_public_pages_carry_no_csrf_token_or_session_cookie(client, site_with_pages):
    response = client.get(site_with_pages["about"].url)
    assert "csrfmiddlewaretoken" not in response.text
    assert "sessionid" not in response.cookies
    assert "csrftoken" not in response.cookies


@pytest.mark.django_db
def test_home_page_query_count_does_not_grow_with_menu_pages(
    client, home_page, django_assert_num_queries
):
    for number in range(3):
        make_standard_page(home_page, title=f"Strona {number}", slug=f"strona-{number}")
    empty_cache_after(client, "/")
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        assert client.get("/").status_code == 200
    for number in range(3, 15):
        make_standard_page(home_page, title=f"Strona {number}", slug=f"strona-{number}")
    empty_cache_after(client, "/")
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        response = client.get("/")
    assert response.text.count('class="main-nav__list"') == 1
    assert "Strona 14" in response.text


# 9 for the page itself (menu and breadcrumbs in one) + 1 for each section hook of news,
# projects and meetings (the view restrictions come from the cache, home.selectors.public_pages),
# even when they have nothing to show, + 1 for the services, + 1 for open consultations; within
# the budget of 15 (issue 8).
HOME_PAGE_QUERIES = 12


@pytest.mark.django_db
def test_a_section_restricted_later_leaves_the_menu_and_returns_when_opened(
    client, site_with_pages
):
    """The view restrictions are cached (home.selectors.public_pages); adding or removing one
    shows at once."""
    from wagtail.models import PageViewRestriction

    def menu():
        html = client.get("/").text
        return html.split('aria-label="Nawigacja główna"')[1].split("</nav>")[0]

    assert ">O platformie</a>" in menu()
    restriction = PageViewRestriction.objects.create(
        page=site_with_pages["about"], restriction_type="password", password="tajne"
    )
    assert ">O platformie</a>" not in menu()
    assert ">Kontakt</a>" in menu()
    restriction.delete()
    assert ">O platformie</a>" in menu()
