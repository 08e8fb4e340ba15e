"""The advisory point on the home page, and its demo content."""

import pytest
from django.core.management import call_command

from advisory.models import Advisor, AdvisoryPage, AvailabilityRule, Booking, Closure, Topic
from advisory.selectors import free_slots
from tests.advisory.factories import make_advisory_page

pytestmark = pytest.mark.django_db


def test_the_home_page_links_to_the_advisory_page(client, home_page):
    assert "Bezpłatne konsultacje dla organizacji" not in client.get("/").text
    make_advisory_page(home_page)
    html = client.get("/").text
    assert "Bezpłatne konsultacje dla organizacji" in html
    assert 'href="/punkt-doradczy/"' in html


def test_the_demo_has_four_topics_three_advisors_free_times_and_loads_once(capsys):
    call_command("load_demo")
    assert AdvisoryPage.objects.live().count() == 1
    assert set(Topic.objects.values_list("name", flat=True)) == {
        "Prawo",
        "Podatki i księgowość",
        "Nowe media",
        "Finanse zwrotne i bezzwrotne",
    }
    assert Advisor.objects.count() == 3
    assert AvailabilityRule.objects.count() == 6
    assert Closure.objects.count() == 1
    assert Booking.objects.count() == 3
    from datetime import timedelta

    from django.utils import timezone

    today = timezone.localdate()
    for topic in Topic.objects.all():
        assert free_slots(topic=topic, date_from=today, date_to=today + timedelta(days=14))
    call_command("load_demo")
    assert "nothing changed" in capsys.readouterr().out
    assert Booking.objects.count() == 3
