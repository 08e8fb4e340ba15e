"""Every public page type within 15 queries for an anonymous visitor (issue 8), the same number
whatever the amount of content it shows, measured at two content sizes with Django's cache empty
(the first visitor after a deploy or a cache flush; tests.query_budget) and the page cache off
(nothing here is served from it).

The listings pinned in their own apps' tests (home, project list, a project, upcoming meetings,
news list, a guide section, the topic week, the map page, a consultation and its report) assert
the same budget there.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.advisory.factories import make_advisor, make_advisory_page, make_rule, make_topic
from tests.consultations.factories import make_consultation, make_consultation_index
from tests.home.factories import make_site_settings, make_standard_page
from tests.news.factories import make_news, make_news_index
from tests.ngomap.factories import area, make_map_page, make_organization
from tests.projects.factories import make_meeting, make_project, make_project_index
from tests.query_budget import BUDGET, empty_cache_after

pytestmark = pytest.mark.django_db


def queries_of(client, url):
    empty_cache_after(client, url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def assert_within_budget_and_constant(client, url, grow, sizes=(2, 12)):
    counts = []
    for size in sizes:
        grow(size)
        counts.append(queries_of(client, url))
    assert counts[0] == counts[1] <= BUDGET, counts


@pytest.fixture
def site(home_page):
    make_site_settings(home_page)
    return home_page


def test_a_standard_page(client, site):
    page = make_standard_page(site, title="O platformie", slug="o-platformie")

    def grow(size):
        while site.get_children().count() < size + 1:
            number = site.get_children().count()
            make_standard_page(site, title=f"Strona {number}", slug=f"strona-{number}")

    assert_within_budget_and_constant(client, page.url, grow)


def test_the_search_page(client, site):
    def grow(size):
        while site.get_children().count() < size:
            number = site.get_children().count()
            make_standard_page(site, title=f"Projekt {number}", slug=f"projekt-{number}")

    assert_within_budget_and_constant(client, "/szukaj/?q=projekt", grow, sizes=(3, 10))


def test_a_meeting_page(client, site):
    project = make_project(make_project_index(site), title="Forum", slug="forum")
    meeting = make_meeting(project, capacity=100, registration_open=True)
    url = project.url + f"spotkania/{meeting.pk}/"

    def grow(size):
        from projects.models import MeetingRegistration

        while MeetingRegistration.objects.count() < size:
            number = MeetingRegistration.objects.count()
            MeetingRegistration.objects.create(
                meeting=meeting, name=f"Osoba {number}", email=f"o{number}@example.org"
            )
        while project.meetings.count() < size:
            make_meeting(project, days_ahead=project.meetings.count() + 20)

    assert_within_budget_and_constant(client, url, grow)


def test_a_news_item(client, site):
    index = make_news_index(site)
    projects = [
        make_project(make_project_index(site), title="Forum", slug="forum"),
    ]
    item = make_news(index, title="Raport", slug="raport", tags=["a"], projects=projects)

    def grow(size):
        for number in range(size):
            item.tags.add(f"tag-{number}")
        item.save_revision().publish()

    assert_within_budget_and_constant(client, item.url, grow)


def test_an_organization_page(client, site):
    map_page = make_map_page(site)
    organization = make_organization(areas=[area("1")])
    url = f"{map_page.url}organizacja/{organization.slug}/"

    def grow(size):
        organization.areas.set([area(str(number)) for number in range(1, size + 1)])
        organization.save()

    assert_within_budget_and_constant(client, url, grow)


def test_the_advisory_page(client, site):
    page = make_advisory_page(site)

    def grow(size):
        from advisory.models import Topic

        while Topic.objects.count() < size:
            number = Topic.objects.count()
            topic = make_topic(name=f"Temat {number}", slug=f"temat-{number}")
            advisor = make_advisor(topics=[topic], email=f"d{number}@example.org")
            make_rule(advisor)

    assert_within_budget_and_constant(client, page.url, grow)


def test_the_consultation_index(client, site):
    index = make_consultation_index(site)

    def grow(size):
        while index.get_children().count() < size:
            number = index.get_children().count()
            make_consultation(index, title=f"Konsultacja {number}", slug=f"konsultacja-{number}")

    assert_within_budget_and_constant(client, index.url, grow)
