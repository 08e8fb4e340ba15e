import json
import re

import pytest
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from projects.models import ProjectIndexPage, ProjectPage, UpcomingMeetingsPage
from tests.home.factories import make_home_page
from tests.projects.factories import (
    make_meeting,
    make_partner,
    make_project,
    make_project_index,
    make_upcoming_meetings_page,
)
from tests.query_budget import empty_cache_after


class ProjectPageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home_page()
        cls.index = make_project_index(cls.home)
        cls.project = make_project(cls.index, title="Koalicja", slug="koalicja")

    def test_project_index_is_a_single_child_of_home_taking_only_projects(self):
        self.assertAllowedParentPageTypes(ProjectIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertFalse(ProjectIndexPage.can_create_at(self.home))

    def test_project_pages_live_only_under_the_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedSubpageTypes(ProjectPage, {})

    def test_upcoming_meetings_page_is_a_single_child_of_home(self):
        self.assertAllowedParentPageTypes(UpcomingMeetingsPage, {HomePage})
        self.assertTrue(UpcomingMeetingsPage.can_create_at(self.home))
        make_upcoming_meetings_page(self.home)
        self.assertFalse(UpcomingMeetingsPage.can_create_at(self.home))

    def test_pages_are_renderable(self):
        self.assertPageIsRenderable(self.index)
        self.assertPageIsRenderable(self.project)

    def test_editor_creates_a_project_with_sections_partners_and_a_meeting(self):
        self.login()
        partner = make_partner(name="Fundacja BIS", url="https://example.org/")
        self.assertCanCreate(
            self.index,
            ProjectPage,
            nested_form_data(
                {
                    "title": "Kraków rozwija konsultacje",
                    "slug": "krk",
                    "intro": rich_text("<p>Projekt z 2014 roku.</p>"),
                    "status": "completed",
                    "target_groups": "Organizacje\nUrzędnicy",
                    "places": "Kraków",
                    "funder": "EFS",
                    "funding_programme": "",
                    "cofinancing_note": "",
                    "funding_disclaimer": "",
                    "publishing_body": "",
                    "partners": inline_formset([{"partner": partner.pk, "role": "implementer"}]),
                    "meetings": inline_formset(
                        [
                            {
                                "date": "2030-05-25",
                                "start_time": "17:00",
                                "end_time": "20:00",
                                "topic": "Seniorzy",
                                "venue": "MOWIS",
                                "address": "os. Centrum C 10",
                                "room": "sala 6",
                                "attendance_info": "",
                                "capacity": "20",
                                "registration_open": "on",
                                "latitude": "",
                                "longitude": "",
                            }
                        ]
                    ),
                    "body": streamfield(
                        [
                            (
                                "key_results",
                                {
                                    "title": "Rezultaty",
                                    "figures": streamfield(
                                        [
                                            (
                                                "item",
                                                {"number": "441", "label": "osób wyraziło opinię"},
                                            )
                                        ]
                                    ),
                                },
                            ),
                        ]
                    ),
                }
            ),
        )
        page = ProjectPage.objects.get(slug="krk")
        html = self.client.get(page.url).content.decode()
        assert "441" in html and "osób wyraziło opinię" in html
        assert "Fundacja BIS" in html
        assert "Seniorzy" in html
        assert page.meetings.get().capacity == 20


@pytest.mark.django_db
def test_index_filters_by_status_and_hides_archived_projects_unless_asked(client, project_index):
    make_project(project_index, title="Trwający", slug="trwajacy", status="ongoing")
    make_project(project_index, title="Zakończony", slug="zakonczony", status="completed")
    make_project(
        project_index, title="Archiwalny", slug="archiwalny", status="completed", is_archived=True
    )
    html = client.get("/projekty/").text
    assert "Trwający" in html and "Zakończony" in html and "Archiwalny" not in html
    html = client.get("/projekty/?status=completed").text
    assert "Trwający" not in html and "Zakończony" in html
    html = client.get("/projekty/?status=completed&archiwalne=1").text
    assert "Archiwalny" in html


@pytest.mark.django_db
def test_archived_project_stays_reachable_with_a_banner(client, project_index):
    page = make_project(project_index, title="WiP", slug="wip", is_archived=True)
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Dokument archiwalny" in response.text


@pytest.mark.django_db
def test_project_page_shows_upcoming_and_past_meetings_and_project_json_ld(client, project):
    make_meeting(project, days_ahead=-400, topic="Spotkanie z przeszłości")
    make_meeting(project, days_ahead=5, topic="Spotkanie przyszłe")
    page_html = client.get(project.url).text
    html = page_html[page_html.index("<main") :]
    upcoming_at = html.index("Najbliższe spotkania")
    past_at = html.index("Minione spotkania")
    assert upcoming_at < html.index("Spotkanie przyszłe") < past_at
    assert html.index("Spotkanie z przeszłości") > past_at
    assert html.count("Spotkanie odbyło się") == 1
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page_html, re.S)
    data = json.loads(blocks[0])
    types = {item["@type"] for item in data}
    assert types == {"Project", "Event"}


@pytest.mark.django_db
def test_project_page_has_meta_description_and_open_graph(client, project):
    html = client.get(project.url).text
    assert '<meta name="description" content="Opis projektu.">' in html
    assert '<meta property="og:title" content="Więcej Pomysłów na Współpracę">' in html
    assert 'property="og:url" content="http://localhost/projekty/wpnw/"' in html


@pytest.mark.django_db
def test_sitemap_lists_projects_and_the_upcoming_meetings_page(client, home_page, project):
    make_upcoming_meetings_page(home_page)
    meeting = make_meeting(project)
    xml = client.get("/sitemap.xml").text
    assert "http://localhost/projekty/wpnw/" in xml
    assert f"http://localhost/projekty/wpnw/spotkania/{meeting.pk}/" in xml
    assert "http://localhost/spotkania/" in xml


@pytest.mark.django_db
@pytest.mark.parametrize("count", [5, 50])
def test_project_index_costs_the_same_queries_for_5_and_50_projects(
    client, project_index, django_assert_num_queries, count
):
    for number in range(count):
        make_project(project_index, title=f"Projekt {number}", slug=f"projekt-{number}")
    empty_cache_after(client, "/projekty/")
    with django_assert_num_queries(INDEX_QUERIES):
        response = client.get("/projekty/")
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("count", [5, 50])
def test_upcoming_meetings_page_costs_the_same_queries_for_5_and_50_meetings(
    client, home_page, project, django_assert_num_queries, count
):
    page = make_upcoming_meetings_page(home_page)
    for number in range(count):
        make_meeting(project, days_ahead=number + 1, topic=f"Spotkanie {number}")
    empty_cache_after(client, page.url)
    with django_assert_num_queries(UPCOMING_QUERIES):
        response = client.get(page.url)
    assert "Spotkanie 0" in response.text


INDEX_QUERIES = 11  # budget 15 (issue 8)
UPCOMING_QUERIES = 11


@pytest.mark.django_db
@pytest.mark.parametrize("count", [5, 50])
def test_project_page_costs_the_same_queries_for_5_and_50_meetings(
    client, project, django_assert_num_queries, count
):
    for number in range(count):
        make_meeting(project, days_ahead=number - count // 2, topic=f"Spotkanie {number}")
    empty_cache_after(client, project.url)
    with django_assert_num_queries(PROJECT_QUERIES):
        response = client.get(project.url)
    assert "Spotkanie 0" in response.text


PROJECT_QUERIES = 12


class ProjectPreviewTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home_page()
        cls.index = make_project_index(cls.home)
        cls.project = make_project(cls.index, title="Forum", slug="forum")

    def test_preview_shows_unsaved_meetings_like_the_live_page(self):
        user = self.login()
        post_data = nested_form_data(
            {
                "title": "Forum",
                "slug": "forum",
                "intro": rich_text("<p>Opis.</p>"),
                "status": "ongoing",
                "target_groups": "",
                "places": "",
                "funder": "",
                "funding_programme": "",
                "cofinancing_note": "",
                "funding_disclaimer": "",
                "publishing_body": "",
                "partners": inline_formset([]),
                "meetings": inline_formset(
                    [
                        {
                            "date": "2030-05-25",
                            "start_time": "17:00",
                            "end_time": "20:00",
                            "topic": "Spotkanie w podglądzie",
                            "venue": "MOWIS",
                            "address": "os. Centrum C 10",
                            "room": "",
                            "attendance_info": "",
                            "capacity": "",
                            "latitude": "",
                            "longitude": "",
                        }
                    ]
                ),
                "body": streamfield([]),
            }
        )
        self.assertPageIsPreviewable(self.project, post_data=post_data)
        url = reverse(
            "wagtailadmin_pages:preview_on_add", args=("projects", "projectpage", self.index.pk)
        )
        post_data["slug"] = "nowy"
        self.client.force_login(user)
        assert self.client.post(url, post_data).json()["is_valid"]
        assert "Spotkanie w podglądzie" in self.client.get(url).content.decode()
