"""The staff's view of time: the bookings list upcoming first with today / tomorrow / next 7 days
(Europe/Warsaw days), the calendar's "Dziś" and status, the statistics by period and advisor."""

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from advisory.forms import statistics_periods
from advisory.models import Booking
from advisory.permissions import ensure_advisory_groups
from advisory.selectors import booking_period_bounds
from advisory.slots import WARSAW
from tests.advisory.factories import at, make_advisor, make_booking
from tests.home.spreadsheets import csv_rows, xlsx_dicts

pytestmark = pytest.mark.django_db

BOOKINGS = "/admin/advisory/booking/"
CALENDAR = "/admin/advisory/calendar/"
STATISTICS = "/admin/advisory/statistics/"


@pytest.fixture
def staff_client(client, db):
    ensure_advisory_groups()
    user = get_user_model().objects.create_user(username="staff", password="pw")
    user.groups.set(Group.objects.filter(name="Punkt doradczy"))
    client.force_login(user)
    return client


def warsaw_today():
    return timezone.localtime(timezone.now(), WARSAW).date()


def shown(html, names):
    """The names among `names` that the page shows, in the order it shows them."""
    found = [(html.find(f">{name}<"), name) for name in names if f">{name}<" in html]
    return [name for _, name in sorted(found)]


# The bookings list


def test_a_day_is_a_warsaw_day_also_when_the_clock_changes():
    # 00:30 in Warsaw on 29 March 2026 is still 28 March in UTC; that night lasts 23 hours.
    spring = datetime(2026, 3, 28, 23, 30, tzinfo=UTC)
    assert booking_period_bounds(period="today", now=spring) == (
        datetime(2026, 3, 28, 23, 0, tzinfo=UTC),
        datetime(2026, 3, 29, 22, 0, tzinfo=UTC),
    )
    assert booking_period_bounds(period="tomorrow", now=spring) == (
        datetime(2026, 3, 29, 22, 0, tzinfo=UTC),
        datetime(2026, 3, 30, 22, 0, tzinfo=UTC),
    )
    assert booking_period_bounds(period="week", now=spring) == (
        datetime(2026, 3, 28, 23, 0, tzinfo=UTC),
        datetime(2026, 4, 4, 22, 0, tzinfo=UTC),
    )
    # 25 October 2026 has 25 hours.
    autumn = datetime(2026, 10, 24, 22, 30, tzinfo=UTC)
    start, end = booking_period_bounds(period="today", now=autumn)
    assert start == datetime(2026, 10, 24, 22, 0, tzinfo=UTC)
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=25)
    # 23:59 in Warsaw is still today; a minute later tomorrow begins.
    late = datetime(2026, 7, 1, 21, 59, tzinfo=UTC)
    assert booking_period_bounds(period="today", now=late)[0].astimezone(WARSAW).date() == date(
        2026, 7, 1
    )
    assert booking_period_bounds(period="today", now=late + timedelta(minutes=1))[0].astimezone(
        WARSAW
    ).date() == date(2026, 7, 2)
    assert booking_period_bounds(period="someday", now=late) is None


def test_the_list_filters_today_tomorrow_and_the_next_seven_days_by_warsaw_days(
    staff_client, topic, advisor, settings
):
    # On a server clock in UTC the days still begin at midnight in Warsaw.
    settings.TIME_ZONE = "UTC"
    today = warsaw_today()
    times = {
        "Wczorajsza": at(today - timedelta(days=1), 23, 30),
        "Poranna": at(today, 0, 5),
        "Wieczorna": at(today, 23, 30),
        "Jutrzejsza północ": at(today + timedelta(days=1), 0, 0),
        "Jutrzejsza wieczorna": at(today + timedelta(days=1), 23, 30),
        "Szósty dzień": at(today + timedelta(days=6), 23, 30),
        "Siódmy dzień": at(today + timedelta(days=7), 0, 0),
    }
    for name, starts_at in times.items():
        make_booking(topic=topic, advisor=advisor, starts_at=starts_at, organization_name=name)

    def names(when):
        return set(shown(staff_client.get(f"{BOOKINGS}?when={when}").content.decode(), times))

    assert names("today") == {"Poranna", "Wieczorna"}
    assert names("tomorrow") == {"Jutrzejsza północ", "Jutrzejsza wieczorna"}
    assert names("week") == set(times) - {"Wczorajsza", "Siódmy dzień"}
    html = staff_client.get(BOOKINGS).content.decode()
    for when, label in (
        ("today", "Dziś"),
        ("tomorrow", "Jutro"),
        ("week", "Najbliższe 7 dni"),
        ("upcoming", "Nadchodzące"),
        ("past", "Minione"),
    ):
        assert f'<a href="?when={when}">{label}</a>' in html


def test_the_list_shows_upcoming_bookings_first_then_past_ones_most_recent_first(
    staff_client, topic, advisor
):
    now = timezone.now()
    for name, starts_at, minutes in (
        ("Miesiąc temu", now - timedelta(days=30), 60),
        ("Przedwczoraj", now - timedelta(days=2), 60),
        ("Za pięć dni", now + timedelta(days=5), 60),
        ("Trwająca", now - timedelta(minutes=10), 60),
        ("Jutrzejsza", now + timedelta(days=1), 60),
    ):
        make_booking(
            topic=topic,
            advisor=advisor,
            starts_at=starts_at,
            minutes=minutes,
            organization_name=name,
        )
    order = ["Trwająca", "Jutrzejsza", "Za pięć dni", "Przedwczoraj", "Miesiąc temu"]
    assert shown(staff_client.get(BOOKINGS).content.decode(), order) == order
    upcoming = staff_client.get(f"{BOOKINGS}?when=upcoming").content.decode()
    assert shown(upcoming, order) == ["Trwająca", "Jutrzejsza", "Za pięć dni"]
    past = staff_client.get(f"{BOOKINGS}?when=past").content.decode()
    assert shown(past, order) == ["Przedwczoraj", "Miesiąc temu"]
    # A click on the "start" column still sorts by it, oldest first.
    by_start = staff_client.get(f"{BOOKINGS}?o=0").content.decode()
    assert shown(by_start, order) == [
        "Miesiąc temu",
        "Przedwczoraj",
        "Trwająca",
        "Jutrzejsza",
        "Za pięć dni",
    ]


def test_the_list_costs_the_same_queries_for_3_and_20_bookings(staff_client, topic, advisor):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as context:
            assert staff_client.get(BOOKINGS).status_code == 200
        return len(context.captured_queries)

    now = timezone.now()
    for n in range(3):
        make_booking(topic=topic, advisor=advisor, starts_at=now + timedelta(hours=n - 1))
    count()  # the first view of the admin fills per-process caches
    few = count()
    for n in range(3, 20):
        make_booking(topic=topic, advisor=advisor, starts_at=now + timedelta(hours=n - 30))
    assert count() == few


# The calendar


def test_the_calendar_has_a_today_button_that_leads_to_today(staff_client, topic, advisor):
    today = warsaw_today()
    make_booking(
        topic=topic, advisor=advisor, starts_at=at(today, 12), organization_name="Dzisiejsza"
    )
    far = (today + timedelta(days=21)).isoformat()
    html = staff_client.get(f"{CALENDAR}?week={far}").content.decode()
    assert 'href="/admin/advisory/calendar/#dzis"' in html and ">Dziś<" in html
    assert 'id="dzis"' not in html and "Dzisiejsza" not in html
    current = staff_client.get("/admin/advisory/calendar/").content.decode()
    today_heading = re.search(r'<th[^>]*id="dzis"[^>]*>(.*?)</th>', current, re.S)
    assert today_heading and 'aria-current="date"' in today_heading.group(0)
    assert "dziś" in today_heading.group(1)
    assert "Dzisiejsza" in current


def test_the_calendar_shows_each_status_in_its_own_column_apart_from_the_name(
    staff_client, topic, advisor
):
    day = warsaw_today() + timedelta(days=2)
    make_booking(topic=topic, advisor=advisor, starts_at=at(day, 9), organization_name="Aktywna")
    make_booking(
        topic=topic,
        advisor=advisor,
        starts_at=at(day, 11),
        organization_name="Odwołująca",
        status=Booking.Status.CANCELLED,
    )
    html = staff_client.get(f"{CALENDAR}?week={day.isoformat()}").content.decode()
    assert '<th scope="col">Status</th>' in html
    assert "<td>Aktywna</td>" in html and "<td>Odwołująca</td>" in html
    rows = re.findall(r'<tr class="advisory-calendar__booking[^"]*">(.*?)</tr>', html, re.S)
    statuses = [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", cells.split("advisory-calendar__status")[1]))
        for cells in rows
    ]
    assert [text.strip(' ">') for text in statuses] == ["potwierdzona", "odwołana"]


# The statistics


@pytest.fixture
def history(topic, advisor):
    """Consultations of two advisors around the turn of February and March 2025."""
    other = make_advisor(name="Bartosz Doradca", email="b@example.org", topics=[topic])
    rows = [
        (advisor, at(date(2025, 1, 31), 12), Booking.Status.ATTENDED),
        (advisor, at(date(2025, 2, 3), 9), Booking.Status.ATTENDED),
        (advisor, at(date(2025, 2, 28), 23, 30), Booking.Status.NO_SHOW),  # 22:30 UTC
        (other, at(date(2025, 2, 10), 9), Booking.Status.CANCELLED),
        (advisor, at(date(2025, 3, 1), 0, 30), Booking.Status.ATTENDED),  # 23:30 UTC, 28 Feb
        (other, at(date(2025, 3, 12), 9), Booking.Status.ATTENDED),
    ]
    for who, starts_at, status in rows:
        make_booking(topic=topic, advisor=who, starts_at=starts_at, status=status)
    return {"advisor": advisor, "other": other}


def test_the_statistics_count_only_the_chosen_period_by_warsaw_dates(staff_client, history):
    response = staff_client.get(STATISTICS, {"date_from": "2025-02-01", "date_to": "2025-02-28"})
    totals = response.context["totals"]
    assert (totals["total"], totals["attended"], totals["no_show"], totals["cancelled"]) == (
        3,
        1,
        1,
        1,
    )
    assert totals["attendance_rate"] == 50.0
    assert [row["month"].month for row in response.context["per_month"]] == [2]
    html = response.content.decode()
    assert "Konsultacje od 1 lutego 2025 do 28 lutego 2025" in html
    assert "wszyscy doradcy" in html


def test_the_statistics_filter_by_advisor_within_a_period(staff_client, history):
    response = staff_client.get(
        STATISTICS,
        {"date_from": "2025-02-01", "date_to": "2025-03-31", "advisor": history["other"].pk},
    )
    totals = response.context["totals"]
    assert (totals["total"], totals["attended"], totals["cancelled"]) == (2, 1, 1)
    assert "doradca: Bartosz Doradca" in response.content.decode()
    everyone = staff_client.get(STATISTICS).context["totals"]
    assert everyone["total"] == 6


def test_the_statistics_exports_follow_the_same_filters(staff_client, history):
    query = {"date_from": "2025-02-01", "date_to": "2025-02-28", "advisor": history["advisor"].pk}
    page = staff_client.get(STATISTICS, query).content.decode()
    assert "format=xlsx" in page and "format=csv" in page
    csv = staff_client.get(STATISTICS, {**query, "format": "csv"})
    assert "statystyki-punktu_od-2025-02-01_do-2025-02-28_doradca-" in csv["Content-Disposition"]
    header, *rows = csv_rows(csv)
    assert header == ["Miesiąc", "Temat", "Rezerwacje", "Odbyta", "Nieobecność", "Odwołane"]
    assert rows == [["2025-02", "Prawo", "2", "1", "1", "0"]]
    xlsx = staff_client.get(STATISTICS, {**query, "format": "xlsx"})
    assert xlsx["Content-Disposition"].endswith('.xlsx"')
    assert xlsx_dicts(xlsx) == [
        {
            "Miesiąc": "2025-02",
            "Temat": "Prawo",
            "Rezerwacje": 2,
            "Odbyta": 1,
            "Nieobecność": 1,
            "Odwołane": 0,
        }
    ]


def test_a_wrong_date_gets_a_polish_message_next_to_its_field_and_is_kept(staff_client, history):
    response = staff_client.get(STATISTICS, {"date_from": "2025-02-30", "date_to": "2025-02-28"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Wpisz datę w postaci RRRR-MM-DD" in html
    assert 'value="2025-02-30"' in html
    # The valid end still applies: everything up to 28 February.
    assert response.context["totals"]["total"] == 4
    backwards = staff_client.get(STATISTICS, {"date_from": "2025-03-01", "date_to": "2025-02-01"})
    assert "Ostatni dzień nie może być wcześniejszy niż pierwszy." in backwards.content.decode()


def test_the_ready_made_periods_are_whole_months_and_years():
    def periods(today):
        return {str(label): (first, last) for label, first, last in statistics_periods(today=today)}

    assert periods(date(2024, 3, 31)) == {
        "Ten miesiąc": (date(2024, 3, 1), date(2024, 3, 31)),
        "Poprzedni miesiąc": (date(2024, 2, 1), date(2024, 2, 29)),
        "Ten rok": (date(2024, 1, 1), date(2024, 12, 31)),
        "Poprzedni rok": (date(2023, 1, 1), date(2023, 12, 31)),
    }
    december = (date(2025, 12, 1), date(2025, 12, 31))
    assert periods(date(2026, 1, 15))["Poprzedni miesiąc"] == december


def test_the_statistics_offer_the_periods_as_links_keeping_the_advisor(staff_client, history):
    today = warsaw_today()
    this_month = today.replace(day=1)
    html = staff_client.get(STATISTICS, {"advisor": history["other"].pk}).content.decode()
    link = re.search(r'<a [^>]*href="([^"]+)"[^>]*>Ten miesiąc</a>', html)
    assert link
    href = link.group(1).replace("&amp;", "&")
    assert f"date_from={this_month.isoformat()}" in href
    assert f"advisor={history['other'].pk}" in href
    chosen = staff_client.get(STATISTICS + href).content.decode()
    assert re.search(r'aria-current="true"[^>]*>Ten miesiąc<', chosen)


def test_the_list_filters_are_titled_in_grammatical_polish(staff_client, topic, advisor):
    # wagtail-modeladmin's own Polish titles them "Przez data", "Przez temat".
    make_booking(topic=topic, advisor=advisor, starts_at=at(warsaw_today(), 9))
    html = staff_client.get(BOOKINGS).content.decode()
    assert "Filtr: data" in html
    assert "Przez " not in html
