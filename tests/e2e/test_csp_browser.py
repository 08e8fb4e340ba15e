"""The Content-Security-Policy in a real browser: the public pages, the map with Leaflet and the
Wagtail admin (login, dashboard, page editor with its preview, snippet list and edit view) work
under the policy the server sends, and the browser reports no violation. Every frame listens to
`securitypolicyviolation`, and Chromium's own console errors about the policy count too."""

import importlib
from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model

from advisory.views import format_start
from tests.advisory.factories import (
    at,
    make_advisor,
    make_advisory_page,
    make_rule,
    make_topic,
    next_working_day,
)
from tests.guidebook.factories import make_guide_page
from tests.news.factories import make_news, make_news_index
from tests.projects.factories import make_meeting, make_project, make_project_index

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LISTEN = """
document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ` +
        `at ${event.sourceFile}:${event.lineNumber}`);
});
"""


@pytest.fixture
def watched(page):
    """The page, with a list of every CSP violation any of its frames reports."""
    violations = []
    page.add_init_script(LISTEN)

    def on_console(message):
        text = message.text
        if "CSP violation" in text or "Content Security Policy" in text:
            violations.append(text)

    page.on("console", on_console)
    # There is no internet: map tiles are answered with an empty image, never fetched.
    page.route("**/*tile*", lambda route: route.fulfill(status=204))
    page.violations = violations
    return page


@pytest.fixture
def site(site_with_pages, fake_geocoder):
    migration = importlib.import_module("ngomap.migrations.0002_reference_data_and_workflow")
    migration.load(apps, None)
    from tests.ngomap.factories import area, district, make_map_page, make_organization

    home = site_with_pages["home"]
    map_page = make_map_page(home)
    organization = make_organization(
        name="Fundacja Polityki Bezpieczeństwa",
        district=district(1),
        areas=[area("1")],
        latitude=Decimal("50.0610"),
        longitude=Decimal("19.9370"),
    )
    make_organization(
        name="Stowarzyszenie Drugie",
        district=district(13),
        areas=[area("18")],
        latitude=Decimal("50.047360"),
        longitude=Decimal("19.961520"),
    )
    project = make_project(make_project_index(home), title="Forum", slug="forum")
    meeting = make_meeting(project, registration_open=True, capacity=10)
    news = make_news(make_news_index(home), title="Raport z konsultacji", projects=[project])
    guide = make_guide_page(home, title="Przewodnik", slug="przewodnik")
    advisory = make_advisory_page(home)
    topic = make_topic(name="Prawo", slug="prawo")
    make_rule(make_advisor(topics=[topic]))
    return {
        "home": home,
        "about": site_with_pages["about"],
        "map": map_page,
        "organization": organization,
        "project": project,
        "meeting": meeting,
        "news": news,
        "guide": guide,
        "advisory": advisory,
        "topic": topic,
    }


def visit(page, url, *, admin=False):
    response = page.goto(url)
    assert response.status < 400, url
    directives = dict(
        part.strip().split(" ", 1)
        for part in response.headers["content-security-policy"].split(";")
    )
    inline_scripts = "'unsafe-inline'" in directives["script-src"]
    assert inline_scripts is admin, url
    page.wait_for_load_state("load")


def test_public_pages_and_the_map_work_under_the_policy(watched, live_server, site):
    base = live_server.url
    start = format_start(at(next_working_day(), 9))
    for url in [
        "/",
        site["about"].url,
        site["project"].url,
        f"{site['project'].url}spotkania/{site['meeting'].pk}/",
        site["news"].url,
        site["guide"].url,
        "/szukaj/?q=fundacja",
        site["advisory"].url,
        f"{site['advisory'].url}temat/prawo/",
        f"{site['advisory'].url}temat/prawo/rezerwacja/?start={start}",
        f"{site['map'].url}dodaj/",
    ]:
        visit(watched, base + url)

    # The map: Leaflet draws the markers it fetched from the GeoJSON endpoint.
    visit(watched, base + site["map"].url)
    watched.wait_for_function("() => document.getElementById('ngomap-map').dataset.loaded === '2'")
    assert watched.locator(".leaflet-marker-icon").count() >= 1
    assert watched.locator(".leaflet-tile").count() >= 1  # tiles requested from the tile server
    # The list filters with JavaScript (fetch under connect-src 'self').
    watched.get_by_label("Dzielnica", exact=True).select_option("13")
    watched.get_by_role("button", name="Pokaż organizacje").click()
    watched.wait_for_function("() => document.getElementById('ngomap-map').dataset.loaded === '1'")

    # An organization's page: its small map and the correction form.
    visit(watched, base + f"{site['map'].url}organizacja/{site['organization'].slug}/")
    watched.locator(
        "#ngomap-organization-map .leaflet-marker-icon, .leaflet-marker-icon"
    ).first.wait_for()

    visit(watched, base + site["guide"].url)
    assert watched.violations == []

    # The watch itself works: an inline script injected into the page is refused and reported.
    watched.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.injected = true'; document.body.append(s); }"
    )
    watched.wait_for_function("() => document.readyState === 'complete'")
    assert watched.evaluate("() => window.injected") is None
    expect_violation = [text for text in watched.violations if "script-src" in text]
    assert expect_violation, watched.violations


def test_the_admin_and_its_previews_work_under_the_admin_policy(watched, live_server, site):
    get_user_model().objects.create_superuser("redaktor", "r@example.org", "Dobre-Haslo-1")
    base = live_server.url
    visit(watched, base + "/admin/login/", admin=True)
    watched.locator("#id_username").fill("redaktor")
    watched.locator("#id_password").fill("Dobre-Haslo-1")
    watched.get_by_role("button", name="Zaloguj się").click()
    watched.wait_for_url(base + "/admin/")
    watched.wait_for_load_state("load")

    # The page editor, with the live preview in its side panel.
    visit(watched, base + f"/admin/pages/{site['about'].pk}/edit/", admin=True)
    watched.locator("[data-side-panel-toggle='preview']").click()
    preview = watched.frame_locator("iframe[title]").first
    preview.locator("h1").first.wait_for()
    # A project page's editor (inline panels of meetings write inline scripts).
    visit(watched, base + f"/admin/pages/{site['project'].pk}/edit/", admin=True)

    # Snippets: the organizations' list and one organization with its location map.
    visit(watched, base + "/admin/snippets/ngomap/organization/", admin=True)
    visit(
        watched,
        base + f"/admin/snippets/ngomap/organization/edit/{site['organization'].pk}/",
        admin=True,
    )
    watched.locator(".place-map__map .leaflet-marker-icon").first.wait_for(state="attached")

    # Logged in, the public pages show Wagtail's user bar: still no violation.
    visit(watched, base + site["about"].url)
    watched.locator("wagtail-userbar").wait_for(state="attached")
    assert watched.violations == []
