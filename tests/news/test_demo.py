"""The demo's news: the report of the 2018 consultations with each of its dated meetings, as the
source (../shared/seeds/001) gives them, and a current news item clearly marked as demo."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from news.demo import DEMO_SLUG, REPORT_SLUG
from news.models import NewsPage
from tests.seed_facts import REPORT, REPORT_MEETINGS, assert_facts_in_seed, assert_page_shows


def load_demo():
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.mark.django_db
def test_the_report_shows_every_fact_and_each_of_the_eleven_dated_meetings(client):
    load_demo()
    response = client.get(REPORT.url)
    assert response.status_code == 200
    assert_page_shows(response.text, REPORT)
    assert len(REPORT_MEETINGS) + 1 == 11  # ten listed with their dates, plus the last (4.07)
    assert_facts_in_seed(REPORT)
    report = NewsPage.objects.get(slug=REPORT_SLUG)
    assert [project.slug for project in report.related_projects.all()] == [
        "wiecej-pomyslow-na-wspolprace"
    ]


@pytest.mark.django_db
def test_the_newest_news_on_the_home_page_is_a_current_demo_item(client, move_clock):
    moment = datetime(2028, 3, 15, 9, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
    move_clock(moment)
    load_demo()

    demo = NewsPage.objects.get(slug=DEMO_SLUG)
    assert demo.date == moment.date()
    assert demo.title.startswith("[DEMO]")
    home = client.get("/").text
    newest = home.index("Najnowsze aktualności")
    assert home.index("[DEMO] Zapisz się na spotkania", newest) < home.index(
        "Raport z konsultacji", newest
    )
    item = client.get(demo.url).text
    assert "Treść demonstracyjna" in item and "ta wiadomość nie pochodzi od Miasta" in item
    assert 'href="/projekty/forum-wspolpracy-demo/"' in item
