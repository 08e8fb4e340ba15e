"""The consultation list and page: states, the period in Europe/Warsaw, the draft's units."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from consultations.models import ConsultationState
from tests.consultations.factories import (
    make_comment,
    make_consultation,
    make_many_comments,
    make_submission,
    make_units,
)
from tests.query_budget import BUDGET, empty_cache_after

pytestmark = pytest.mark.django_db
WARSAW = ZoneInfo("Europe/Warsaw")


def test_the_period_boundaries_are_exact_instants_in_warsaw(consultation_index):
    page = make_consultation(
        consultation_index,
        opens_at=datetime(2026, 3, 30, 0, 0, tzinfo=WARSAW),  # the day after the clock change
        closes_at=datetime(2026, 4, 20, 23, 59, tzinfo=WARSAW),
    )
    just_before = datetime(2026, 3, 29, 23, 59, 59, tzinfo=WARSAW)
    assert page.state_at(just_before) == ConsultationState.UPCOMING
    assert page.state_at(datetime(2026, 3, 30, 0, 0, tzinfo=WARSAW)) == ConsultationState.OPEN
    # 23:58 in Warsaw is 21:58 UTC in summer: still open.
    assert page.state_at(datetime(2026, 4, 20, 21, 58, tzinfo=ZoneInfo("UTC"))) == "open"
    assert page.state_at(datetime(2026, 4, 20, 23, 59, tzinfo=WARSAW)) == ConsultationState.CLOSED


def test_the_page_shows_the_period_in_warsaw_time_and_the_days_left(client, consultation_index):
    closes = timezone.localtime(timezone.now(), WARSAW).replace(
        hour=23, minute=59, second=0, microsecond=0
    ) + timedelta(days=3)
    page = make_consultation(consultation_index, closes_at=closes)
    html = client.get(page.url).content.decode()
    assert closes.strftime("%H:%M") == "23:59"
    assert "23:59" in html
    assert "3 dni" in html


def test_the_index_filters_open_upcoming_and_closed(client, consultation_index):
    make_consultation(consultation_index, title="Trwająca")
    make_consultation(consultation_index, title="Planowana", opens_in_days=5, closes_in_days=20)
    make_consultation(consultation_index, title="Zakończona", opens_in_days=-40, closes_in_days=-10)
    html = client.get(consultation_index.url).content.decode()
    assert html.index("Trwająca") < html.index("Planowana") < html.index("Zakończona")
    html = client.get(consultation_index.url + "?stan=closed").content.decode()
    assert "Zakończona" in html and "Trwająca" not in html and "Planowana" not in html
    html = client.get(consultation_index.url + "?stan=upcoming").content.decode()
    assert "Planowana" in html and "Zakończona" not in html


def test_each_unit_has_its_number_anchor_comment_link_and_confirmed_count(client, consultation):
    units = make_units(consultation, 6, chapters=2)
    make_comment(make_submission(consultation), units[1])
    make_comment(make_submission(consultation, confirmed=False), units[1])
    html = client.get(consultation.url).content.decode()
    unit = units[1]
    assert f'id="j-{unit.uid}"' in html
    assert f"?jednostka={unit.uid}" in html
    assert "Zgłoś uwagę" in html
    assert "1 uwaga" in html  # the unconfirmed comment does not count
    assert "Rozdział 1" in html and "§ 2" in html


def test_before_the_period_the_page_says_when_it_opens(client, consultation_index):
    page = make_consultation(consultation_index, opens_in_days=3, closes_in_days=20)
    make_units(page, 3)
    html = client.get(page.url).content.decode()
    assert "Konsultacje rozpoczną się" in html
    assert "Zgłoś uwagę" not in html


def test_after_the_period_the_page_says_it_closed_and_where_the_report_is(
    client, consultation_index
):
    page = make_consultation(consultation_index, opens_in_days=-30, closes_in_days=-1)
    html = client.get(page.url).content.decode()
    assert "Konsultacje zakończyły się" in html
    assert "Raport zostanie opublikowany na tej stronie" in html


def test_the_page_holds_no_csrf_token(client, consultation):
    make_units(consultation, 3)
    assert "csrfmiddlewaretoken" not in client.get(consultation.url).content.decode()


@pytest.mark.parametrize("size", [(30, 100), (300, 1000)])
def test_the_page_query_count_does_not_grow_with_units_and_comments(
    client, consultation, size, django_assert_max_num_queries
):
    unit_count, comment_count = size
    units = make_units(consultation, unit_count)
    make_many_comments(consultation, units, comment_count)
    empty_cache_after(client, consultation.url)
    with django_assert_max_num_queries(PAGE_QUERIES):
        response = client.get(consultation.url)
    assert response.status_code == 200
    assert response.text.count("Zgłoś uwagę") >= unit_count


# With Django's cache empty: routing and the layout (menu, breadcrumbs, metadata, settings)
# take 11; the draft with its counts 1; attachments, when there are any, 1 more (issue 8: 15).
PAGE_QUERIES = 14


def test_attachments_cost_one_query_whatever_their_number(client, consultation):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    documents = [
        Document.objects.create(
            title=f"Załącznik {index}", file=ContentFile(b"x", name=f"zalacznik{index}.pdf")
        )
        for index in range(3)
    ]
    consultation.attachments = [("document", document) for document in documents]
    consultation.save_revision().publish()
    empty_cache_after(client, consultation.url)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(consultation.url).content.decode()
    assert "Załącznik 2" in html
    assert len(queries) <= PAGE_QUERIES + 1 <= BUDGET


def test_the_home_page_lists_open_consultations_only(client, home_page, consultation_index):
    make_consultation(consultation_index, title="Trwające teraz")
    make_consultation(consultation_index, title="Dawne", opens_in_days=-40, closes_in_days=-10)
    html = client.get("/").content.decode()
    assert "Trwające konsultacje" in html
    assert "Trwające teraz" in html and "Dawne" not in html


def test_the_index_has_rss_atom_and_an_icalendar_of_closing_times(client, consultation_index):
    page = make_consultation(consultation_index, title="Z kanałów")
    rss = client.get(consultation_index.url + "rss/")
    assert rss["Content-Type"].startswith("application/rss+xml")
    assert "Z kanałów" in rss.content.decode()
    atom = client.get(consultation_index.url + "atom/")
    assert "Z kanałów" in atom.content.decode()
    ical = client.get(consultation_index.url + "kalendarz/").content.decode()
    assert "BEGIN:VEVENT" in ical and "TZID=Europe/Warsaw" in ical
    closes = timezone.localtime(page.closes_at, WARSAW).strftime("%Y%m%dT%H%M")
    assert closes in ical


def test_consultations_are_in_search_the_sitemap_and_carry_json_ld(client, consultation):
    html = client.get(consultation.url).content.decode()
    assert '"@type": "Event"' in html
    assert "/konsultacje/" in client.get("/sitemap.xml").content.decode()
    results = client.get("/szukaj/", {"q": "Program współpracy"}).content.decode()
    assert consultation.title in results


def test_the_home_page_offers_consultations_as_one_of_its_services(client, home_page):
    from tests.consultations.factories import make_consultation_index

    make_consultation_index(home_page)
    html = client.get("/").content.decode()
    services = html.split('class="home-services"')[1].split("</nav>")[0]
    assert '<span class="home-service__title">Konsultacje</span>' in services
    assert "Zgłoś uwagi do projektów dokumentów miasta" in services


def test_the_consultation_and_project_lists_share_one_filter_form(client, home_page, consultation):
    from tests.projects.factories import make_project_index

    projects = make_project_index(home_page)
    consultations_html = client.get(consultation.get_parent().url + "?stan=open").text
    projects_html = client.get(projects.url + "?status=ongoing&archiwalne=1").text
    for html, name, chosen in (
        (consultations_html, "stan", "open"),
        (projects_html, "status", "ongoing"),
    ):
        assert '<form class="filters" method="get"' in html
        assert f'name="{name}"' in html
        assert f'<option value="{chosen}" selected>' in html
    assert "Filtruj konsultacje" in consultations_html and "archiwalne" not in consultations_html
    assert 'name="archiwalne" value="1" checked' in projects_html
