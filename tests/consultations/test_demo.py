"""The demo consultations: the 2018 one as its report describes it, the open demo with a draft
and comments in every state; loading twice changes nothing."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from consultations.models import Comment, ConsultationPage, Submission

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_the_2018_consultation_is_closed_linked_and_keeps_the_29_05_note(client, demo):
    page = ConsultationPage.objects.get(slug="wieloletni-program-wspolpracy-2019-2022")
    warsaw = ZoneInfo("Europe/Warsaw")
    assert page.opens_at == datetime(2018, 5, 25, 0, 0, tzinfo=warsaw)
    assert page.closes_at.astimezone(warsaw).date().isoformat() == "2018-07-04"
    assert page.state == "closed"
    assert (page.participants_count, page.organizations_count) == (94, 72)
    assert page.project.title == "Więcej Pomysłów na Współpracę"
    assert page.report_news.slug == "raport-z-konsultacji-programu-2019-2022"
    html = client.get(page.url).text
    assert html.count("2018 – ") >= 11 or html.count(".2018 –") == 11
    assert "29.05.2018" in html and "ochrona środowiska" in html
    assert "Więcej Pomysłów na Współpracę" in html
    assert "Raport z konsultacji Wieloletniego Programu" in html


def test_the_open_demo_has_a_structured_draft_and_comments_in_every_state(client, demo):
    page = ConsultationPage.objects.get(slug="demo-roczny-program-wspolpracy")
    assert page.state == "open"
    assert "DEMO" in page.title
    assert page.units.filter(kind="chapter").count() >= 5
    assert page.units.count() >= 30
    assert Submission.objects.filter(consultation=page, confirmed_at__isnull=True).exists()
    positions = set(Comment.objects.filter(consultation=page).values_list("position", flat=True))
    assert set(Comment.Position.values) | {""} <= positions
    assert "Zgłoś uwagę" in client.get(page.url).text


def test_loading_the_demo_twice_changes_nothing(demo):
    counts = (ConsultationPage.objects.count(), Comment.objects.count())
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (ConsultationPage.objects.count(), Comment.objects.count()) == counts
