"""The page cache: anonymous pages come from the cache until something they show changes."""

import re
from datetime import timedelta

import pytest
from django.test import Client

from advisory.models import Closure
from advisory.services import booking_cancel, booking_create
from advisory.views import format_start
from home import pagecache
from home.models import SiteSettings
from projects.models import MeetingRegistration, ProjectPartner
from projects.services import meeting_register
from tests.advisory.conftest import booking_data
from tests.advisory.factories import (
    at,
    make_advisor,
    make_advisory_page,
    make_rule,
    make_topic,
    next_working_day,
)
from tests.guidebook.factories import make_guide_page
from tests.home.factories import make_site_settings, make_standard_page
from tests.home.fake_frontend_cache import RecordingBackend
from tests.news.factories import make_news, make_news_index
from tests.ngomap.factories import make_map_page, make_organization
from tests.projects.factories import (
    make_meeting,
    make_partner,
    make_project,
    make_project_index,
    make_upcoming_meetings_page,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

HIT = pagecache.HIT_HEADER


@pytest.fixture
def frontend_cache(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "fake": {"BACKEND": "tests.home.fake_frontend_cache.RecordingBackend"}
    }
    RecordingBackend.purged = []
    return RecordingBackend


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Runs a change as committed: the cache is invalidated after commit, as in production."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def site(site_with_pages, commit):
    home = site_with_pages["home"]
    with commit():
        projects = make_project_index(home)
        project = make_project(projects, title="Sąsiedzi", slug="sasiedzi")
        meeting = make_meeting(project, registration_open=True, capacity=5, topic="Spotkanie")
        upcoming = make_upcoming_meetings_page(home)
        news_index = make_news_index(home)
        news = make_news(news_index, title="Raport", slug="raport")
        guide = make_guide_page(home, title="Przewodnik", slug="przewodnik")
        map_page = make_map_page(home)
        organization = make_organization(name="Fundacja Pierwsza", slug="fundacja-pierwsza")
    return {
        **site_with_pages,
        "projects": projects,
        "project": project,
        "meeting": meeting,
        "upcoming": upcoming,
        "news_index": news_index,
        "news": news,
        "guide": guide,
        "map": map_page,
        "organization": organization,
    }


def cached(client, url):
    """GET twice; True when the second answer came from the cache."""
    client.get(url)
    return client.get(url).get(HIT) == "hit"


def is_hit(url, client=None):
    return (client or Client()).get(url).get(HIT) == "hit"


def test_the_second_anonymous_get_makes_no_query_and_carries_cdn_headers(
    client, site, django_assert_num_queries
):
    first = client.get("/")
    assert first.status_code == 200
    assert first[HIT] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/")
    assert second[HIT] == "hit"
    assert second.status_code == 200
    assert second.content == first.content
    cache_control = {part.strip() for part in second["Cache-Control"].split(",")}
    assert cache_control == {"public", "max-age=60", "s-maxage=300"}
    assert second["Content-Type"] == first["Content-Type"]


@pytest.mark.parametrize(
    "name", ["home", "about", "projects", "project", "upcoming", "news_index", "news", "guide"]
)
def test_every_public_page_type_is_cached(client, site, name):
    assert cached(client, site[name].url)


def test_the_map_page_is_cached_but_not_an_organization_page_with_its_correction_form(client, site):
    assert cached(client, site["map"].url)
    assert not cached(client, site["organization"].get_url())


def test_the_advisory_page_and_its_slots_are_cached(client, site, commit):
    with commit():
        page = make_advisory_page(site["home"])
        topic = make_topic(name="Prawo", slug="prawo")
        make_rule(make_advisor(topics=[topic]))
    assert cached(client, page.url)
    assert cached(client, f"{page.url}temat/prawo/")


def test_a_head_request_is_answered_from_the_cache(client, site, django_assert_num_queries):
    client.get("/")
    with django_assert_num_queries(0):
        response = client.head("/")
    assert response[HIT] == "hit"
    assert response.content == b""


def test_the_query_string_is_part_of_the_key_in_any_order(client, site):
    url = site["projects"].url
    client.get(f"{url}?status=current&page=1")
    assert is_hit(f"{url}?page=1&status=current")
    assert not is_hit(f"{url}?page=1")


def test_personal_data_in_the_query_string_is_never_cached(client, site, settings):
    url = f"{site['map'].url}?near_lat=50.06&near_lng=19.94"
    assert not cached(client, url)
    assert client.get(url).get(HIT) is None


def test_a_page_with_a_form_is_never_cached(client, site):
    """The meeting page carries the registration form and so a CSRF token."""
    url = f"{site['project'].url}spotkania/{site['meeting'].pk}/"
    first, second = client.get(url), client.get(url)
    assert 'name="csrfmiddlewaretoken"' in second.text
    assert second.get(HIT) is None
    assert first.get(HIT) is None


def test_a_logged_in_editor_is_never_served_nor_stored_and_sees_the_user_bar(
    client, site, django_user_model
):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pass")
    editor_client = Client()
    editor_client.force_login(editor)
    anonymous = client.get("/")
    assert "wagtail-userbar" not in anonymous.text

    first, second = editor_client.get("/"), editor_client.get("/")
    assert "wagtail-userbar" in second.text
    assert first.get(HIT) is None and second.get(HIT) is None

    # What the editor saw was not stored for anyone else.
    cache_miss_then_hit = [client.get("/"), client.get("/")]
    assert all("wagtail-userbar" not in r.text for r in cache_miss_then_hit)


def test_an_editor_first_stores_nothing_for_anonymous_visitors(site, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pass")
    editor_client = Client()
    editor_client.force_login(editor)
    editor_client.get(site["about"].url)
    response = Client().get(site["about"].url)
    assert response[HIT] == "miss"
    assert "wagtail-userbar" not in response.text


def test_a_post_is_never_served_from_the_cache(client, site):
    url = site["about"].url
    client.get(url)
    response = Client(enforce_csrf_checks=False).post(url, {})
    assert response.get(HIT) is None


def test_no_visitor_sees_anothers_form_data(site, commit):
    """One visitor's invalid registration comes back with what they typed; the other visitor
    of the same page sees an empty form and nothing of the first."""
    url = f"{site['project'].url}spotkania/{site['meeting'].pk}/"
    first, second = Client(), Client()
    first.get(url)
    answer = first.post(url, {"name": "Zofia Tajna", "email": "zle", "organisation": "X"})
    assert "Zofia Tajna" in answer.text
    for _ in range(2):
        assert "Zofia Tajna" not in second.get(url).text
        assert "Zofia Tajna" not in second.get(site["project"].url).text


def test_a_cookie_of_state_bypasses_the_cache(client, site):
    client.get("/")
    client.cookies["messages"] = "something"
    assert client.get("/").get(HIT) is None


def test_the_cache_can_be_switched_off(client, site, settings):
    settings.PAGE_CACHE_ENABLED = False
    assert not cached(client, "/")


# --- invalidation ------------------------------------------------------------------------------


def test_publishing_a_page_changes_it_and_every_page_that_lists_it(client, site, commit):
    about = site["about"]
    assert cached(client, about.url) and cached(client, "/")
    about.title = "O nas i o platformie"
    with commit():
        about.save_revision().publish()
    assert "O nas i o platformie" in client.get(about.url).text
    assert "O nas i o platformie" in client.get("/").text  # the menu


def test_a_new_page_appears_in_the_menu(client, site, commit):
    assert cached(client, "/")
    with commit():
        make_standard_page(site["home"], title="Nowości", slug="nowosci")
    assert "Nowości" in client.get(site["news"].url).text


def test_unpublishing_a_page_removes_it(client, site, commit):
    about = site["about"]
    assert cached(client, about.url)
    with commit():
        about.unpublish()
    assert client.get(about.url).status_code == 404
    assert "O platformie" not in client.get("/").text


def test_moving_a_page_moves_it(client, site, commit):
    about = site["about"]
    assert cached(client, about.url)
    with commit():
        about.move(site["contact"], pos="last-child")
    old = client.get("/o-platformie/")
    assert old.get(HIT) is None
    assert (old.status_code, old["Location"]) == (301, "/kontakt/o-platformie/")  # Wagtail's
    assert client.get("/kontakt/o-platformie/").status_code == 200


def test_deleting_a_page_removes_it(client, site, commit):
    news = site["news"]
    assert cached(client, news.url) and cached(client, site["news_index"].url)
    with commit():
        news.delete()
    assert client.get(news.url).status_code == 404
    assert "Raport" not in client.get(site["news_index"].url).text


def test_site_settings_change_every_page(client, site, commit):
    assert cached(client, site["guide"].url) and cached(client, "/")
    with commit():
        make_site_settings(site["home"], portal_name="Kraków dla Organizacji")
    assert "Kraków dla Organizacji" in client.get(site["guide"].url).text
    assert "Kraków dla Organizacji" in client.get("/").text


def test_footer_links_change_every_page(client, site, commit):
    assert cached(client, site["news"].url)
    settings = SiteSettings.for_site(site["home"].get_site())
    settings.footer_links = [
        ("link", {"label": "Biuletyn", "url": "https://bip.example.org", "page": None})
    ]
    with commit():
        settings.save()
    assert "Biuletyn" in client.get(site["news"].url).text


def test_a_partner_change_shows_on_its_projects(client, site, commit):
    project = site["project"]
    with commit():
        partner = make_partner(name="Fundacja Stara Nazwa")
        ProjectPartner.objects.create(page=project, partner=partner, role="partner")
    assert "Fundacja Stara Nazwa" in client.get(project.url).text
    assert cached(client, project.url)
    partner.name = "Fundacja Nowa Nazwa"
    with commit():
        partner.save()
    assert "Fundacja Nowa Nazwa" in client.get(project.url).text


def places_left(html):
    return [int(number) for number in re.findall(r'meeting__places">\D*(\d+)', html)]


def test_a_registration_changes_free_places_where_they_are_shown(client, site, commit):
    meeting = site["meeting"]
    pages = ["/", site["project"].url, site["upcoming"].url, site["projects"].url]
    for url in pages:
        client.get(url)
    assert places_left(client.get(site["upcoming"].url).text) == [5]
    client.get(site["news"].url)  # an unrelated page, stored
    with commit():
        meeting_register(
            meeting=meeting, name="Anna", organisation="F", email="a@example.org", consent=True
        )
    assert places_left(client.get("/").text) == [4]
    assert places_left(client.get(site["project"].url).text) == [4]
    assert places_left(client.get(site["upcoming"].url).text) == [4]
    assert client.get(site["projects"].url)[HIT] == "miss"
    # Exact: pages that show no meeting stay cached.
    assert is_hit(site["news"].url)


def test_a_registration_removed_by_staff_frees_the_place(client, site, commit):
    meeting = site["meeting"]
    with commit():
        meeting_register(
            meeting=meeting, name="Anna", organisation="F", email="a@example.org", consent=True
        )
    assert places_left(client.get(site["upcoming"].url).text) == [4]
    with commit():
        MeetingRegistration.objects.all().delete()
    assert places_left(client.get(site["upcoming"].url).text) == [5]


def test_an_organization_change_shows_on_the_map_and_its_page(client, site, commit):
    organization = site["organization"]
    detail = organization.get_url()
    assert cached(client, site["map"].url)
    assert cached(client, site["news"].url)
    organization.name = "Fundacja Przemianowana"
    with commit():
        organization.save_revision().publish()
    assert "Fundacja Przemianowana" in client.get(site["map"].url).text
    assert "Fundacja Przemianowana" in client.get(detail).text
    assert is_hit(site["news"].url)


def test_a_new_organization_appears_on_the_map(client, site, commit):
    assert cached(client, site["map"].url)
    with commit():
        make_organization(name="Stowarzyszenie Nowe", slug="stowarzyszenie-nowe")
    assert "Stowarzyszenie Nowe" in client.get(site["map"].url).text


def test_a_geocoded_point_renews_the_map_page(client, site, commit):
    """Geocoding writes with update(), which sends no signal: the service invalidates itself."""
    from ngomap.services import organization_geocode

    organization = site["organization"]
    assert cached(client, site["map"].url)
    organization.street, organization.building_number = "ul. Lipowa", "4"
    with commit():
        type(organization).objects.filter(pk=organization.pk).update(street="ul. Lipowa")
    assert is_hit(site["map"].url)  # a bare update() alone is invisible...
    with commit():
        organization_geocode(organization=organization, force=True)
    assert client.get(site["map"].url)[HIT] == "miss"  # ...the geocoding service is not


@pytest.fixture
def advisory(site, commit):
    with commit():
        page = make_advisory_page(site["home"])
        topic = make_topic(name="Prawo", slug="prawo")
        advisor = make_advisor(topics=[topic])
        make_rule(advisor)
    return {"page": page, "topic": topic, "advisor": advisor}


@pytest.fixture
def day():
    return next_working_day()


def slots_url(advisory, day):
    week = day - timedelta(days=day.weekday())
    return f"{advisory['page'].url}temat/prawo/?week={week.isoformat()}"


def test_a_booking_takes_its_slot_off_the_advisory_page(client, site, advisory, day, commit):
    url = slots_url(advisory, day)
    start = format_start(at(day, 9))
    assert cached(client, url)
    assert start in client.get(url).text
    assert cached(client, site["news"].url)
    with commit():
        booking_create(
            topic=advisory["topic"],
            advisor=advisory["advisor"],
            starts_at=at(day, 9),
            **booking_data(),
        )
    assert start not in client.get(url).text
    assert is_hit(site["news"].url)


def test_a_cancellation_gives_the_slot_back(client, site, advisory, day, commit):
    url = slots_url(advisory, day)
    start = format_start(at(day, 9))
    with commit():
        booking = booking_create(
            topic=advisory["topic"],
            advisor=advisory["advisor"],
            starts_at=at(day, 9),
            **booking_data(),
        )
    assert cached(client, url)
    assert start not in client.get(url).text
    with commit():
        booking_cancel(booking=booking)
    assert start in client.get(url).text


def test_a_closure_takes_its_days_off_the_advisory_page(client, site, advisory, day, commit):
    url = slots_url(advisory, day)
    start = format_start(at(day, 9))
    assert cached(client, url)
    with commit():
        Closure.objects.create(start_date=day, end_date=day, reason="Szkolenie")
    assert start not in client.get(url).text


# --- the frontend cache (a CDN or Varnish) -----------------------------------------------------


def test_publishing_purges_the_page_and_the_pages_that_list_it(site, commit, frontend_cache):
    about = site["about"]
    about.title = "O nas"
    with commit():
        about.save_revision().publish()
    purged = set(frontend_cache.purged)
    assert "http://localhost/o-platformie/" in purged
    assert "http://localhost/" in purged
    assert "http://localhost/aktualnosci/" in purged


def test_unpublishing_purges_the_old_address(site, commit, frontend_cache):
    with commit():
        site["news"].unpublish()
    assert "http://localhost/aktualnosci/raport/" in frontend_cache.purged


def test_moving_purges_the_old_address(site, commit, frontend_cache):
    with commit():
        site["about"].move(site["contact"], pos="last-child")
    purged = set(frontend_cache.purged)
    assert "http://localhost/o-platformie/" in purged
    assert "http://localhost/kontakt/o-platformie/" in purged


def test_a_registration_purges_the_pages_showing_its_meeting_only(site, commit, frontend_cache):
    meeting = site["meeting"]
    with commit():
        meeting_register(
            meeting=meeting, name="Anna", organisation="F", email="a@example.org", consent=True
        )
    purged = set(frontend_cache.purged)
    assert {
        "http://localhost/",
        "http://localhost/projekty/",
        "http://localhost/projekty/sasiedzi/",
        f"http://localhost/projekty/sasiedzi/spotkania/{meeting.pk}/",
        "http://localhost/spotkania/",
    } <= purged
    assert "http://localhost/aktualnosci/raport/" not in purged
    assert "http://localhost/mapa/" not in purged


def test_an_organization_change_purges_the_map_and_its_page(site, commit, frontend_cache):
    organization = site["organization"]
    organization.name = "Fundacja Druga"
    with commit():
        organization.save()
    purged = set(frontend_cache.purged)
    assert {
        "http://localhost/",
        "http://localhost/mapa/",
        "http://localhost/mapa/organizacja/fundacja-pierwsza/",
    } <= purged
    assert "http://localhost/projekty/" not in purged


def test_nothing_is_purged_without_a_configured_frontend_cache(site, commit, settings):
    RecordingBackend.purged = []
    with commit():
        site["about"].save_revision().publish()
    assert RecordingBackend.purged == []
