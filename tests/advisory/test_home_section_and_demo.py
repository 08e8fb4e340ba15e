"""The advisory point on the home page, and its demo content."""

import pytest
from django.core.management import call_command

from advisory.models import Advisor, AdvisoryPage, AvailabilityRule, Booking, Closure, Topic
from advisory.selectors import free_slots
from tests.advisory.factories import make_advisory_page, make_topic
from tests.seed_facts import ADVISORY, ADVISORY_TOPICS, assert_facts_in_seed, assert_page_shows

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
    assert list(Topic.objects.order_by("sort_order").values_list("name", flat=True)) == (
        ADVISORY_TOPICS
    )
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


def test_the_demo_advisory_page_names_the_citys_topics_and_marks_the_rest_as_demo(client):
    """The topics are the advisory point's as the WiP page lists them ("prawo, podatki
    i rachunkowość, …"); advisors, hours and bookings are examples and the page says so."""
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    html = client.get(ADVISORY.url).text
    assert_page_shows(html, ADVISORY)
    assert_facts_in_seed(ADVISORY)
    assert "Treść demonstracyjna:</strong> doradcy, godziny, miejsca konsultacji" in html
    assert all(
        "treść demonstracyjna" in bio for bio in Advisor.objects.values_list("bio", flat=True)
    )


def test_a_topic_an_earlier_demo_misnamed_is_renamed_in_place():
    earlier = make_topic(name="Podatki i księgowość", slug="podatki-i-ksiegowosc")
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    earlier.refresh_from_db()
    assert (earlier.slug, earlier.name) == ("podatki-i-rachunkowosc", "Podatki i rachunkowość")
    assert Topic.objects.count() == 4
