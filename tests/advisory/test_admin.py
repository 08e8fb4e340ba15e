"""Staff tools and permissions: the point's group sees everything, an advisor their own
bookings, an editor nothing."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import F

from advisory.models import Booking
from advisory.permissions import ensure_advisory_groups
from advisory.services import booking_create
from advisory.slots import WARSAW
from home.groups import EDITORS
from tests.advisory.conftest import booking_data
from tests.advisory.factories import at, make_advisor, make_rule

pytestmark = pytest.mark.django_db

BOOKINGS = "/admin/advisory/booking/"


def make_user(username, *groups):
    user = get_user_model().objects.create_user(username=username, password="pw")
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def groups(db):
    return ensure_advisory_groups()


@pytest.fixture
def bookings(topic, advisor, day, home_page):
    other = make_advisor(name="Bartosz Doradca", email="b@example.org", topics=[topic])
    make_rule(other)
    mine = booking_create(topic=topic, advisor=advisor, starts_at=at(day, 9), **booking_data())
    theirs = booking_create(
        topic=topic,
        advisor=other,
        starts_at=at(day, 9),
        **booking_data(organization_name="Stowarzyszenie Inne", email="inne@example.org"),
    )
    return {"mine": mine, "theirs": theirs}


@pytest.fixture
def staff_client(client, groups):
    client.force_login(make_user("staff", "Punkt doradczy"))
    return client


def test_an_editor_without_the_group_gets_no_access(client, groups, bookings):
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(make_user("editor", EDITORS))
    assert client.get("/admin/").status_code == 200  # an editor does reach the admin
    for url in (
        BOOKINGS,
        f"{BOOKINGS}inspect/{bookings['mine'].pk}/",
        "/admin/advisory/topic/",
        "/admin/advisory/calendar/",
        "/admin/advisory/statistics/",
        f"/admin/advisory/bookings/{bookings['mine'].pk}/status/attended/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Fundacja Przykładowa" not in response.content.decode()
    dashboard = client.get("/admin/").content.decode()
    assert "Konsultacje dziś i jutro" not in dashboard
    assert "Punkt doradczy" not in dashboard


def test_the_point_staff_see_every_booking_with_personal_data(staff_client, bookings):
    html = staff_client.get(BOOKINGS).content.decode()
    assert "Fundacja Przykładowa" in html and "Stowarzyszenie Inne" in html
    inspect = staff_client.get(f"{BOOKINGS}inspect/{bookings['theirs'].pk}/").content.decode()
    assert "inne@example.org" in inspect


def test_bookings_are_filtered_and_searched(staff_client, bookings):
    advisor_id = bookings["theirs"].advisor_id
    html = staff_client.get(f"{BOOKINGS}?advisor={advisor_id}").content.decode()
    assert "Stowarzyszenie Inne" in html and "Fundacja Przykładowa" not in html
    html = staff_client.get(f"{BOOKINGS}?q=Przykładowa").content.decode()
    assert "Fundacja Przykładowa" in html and "Stowarzyszenie Inne" not in html
    html = staff_client.get(f"{BOOKINGS}?status__exact=cancelled").content.decode()
    assert "Fundacja Przykładowa" not in html


def test_bookings_export_as_csv(staff_client, bookings):
    response = staff_client.get(f"{BOOKINGS}?export=csv")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    assert "jan@example.org" in content and "inne@example.org" in content


def test_staff_cannot_create_bookings_past_the_service(staff_client, bookings):
    assert staff_client.get(f"{BOOKINGS}create/").status_code in (302, 403)


def test_an_advisor_sees_only_their_own_bookings(client, groups, bookings):
    user = make_user("anna", "Doradcy")
    bookings["mine"].advisor.user = user
    bookings["mine"].advisor.save()
    client.force_login(user)
    html = client.get(BOOKINGS).content.decode()
    assert "Fundacja Przykładowa" in html and "Stowarzyszenie Inne" not in html
    assert client.get(f"{BOOKINGS}inspect/{bookings['mine'].pk}/").status_code == 200
    denied = client.get(f"{BOOKINGS}inspect/{bookings['theirs'].pk}/")
    assert denied.status_code in (302, 403)
    calendar = client.get(
        f"/admin/advisory/calendar/?week={bookings['mine'].starts_at.date().isoformat()}"
    ).content.decode()
    assert "Fundacja Przykładowa" in calendar and "Stowarzyszenie Inne" not in calendar
    assert client.get("/admin/advisory/statistics/").status_code in (302, 403)


def test_marking_attended_is_refused_before_the_consultation(staff_client, bookings):
    url = f"/admin/advisory/bookings/{bookings['mine'].pk}/status/attended/"
    staff_client.post(url)
    bookings["mine"].refresh_from_db()
    assert bookings["mine"].status == Booking.Status.CONFIRMED
    assert ">Odbyta<" not in staff_client.get(BOOKINGS).content.decode()


def test_marking_attended_asks_then_changes_the_status(staff_client, bookings):
    from datetime import timedelta

    Booking.objects.update(
        starts_at=F("starts_at") - timedelta(days=30), ends_at=F("ends_at") - timedelta(days=30)
    )
    assert ">Odbyta<" in staff_client.get(BOOKINGS).content.decode()
    url = f"/admin/advisory/bookings/{bookings['mine'].pk}/status/attended/"
    assert staff_client.get(url).status_code == 200
    bookings["mine"].refresh_from_db()
    assert bookings["mine"].status == Booking.Status.CONFIRMED
    assert staff_client.post(url).status_code == 302
    bookings["mine"].refresh_from_db()
    assert bookings["mine"].status == Booking.Status.ATTENDED
    staff_client.post(f"/admin/advisory/bookings/{bookings['theirs'].pk}/status/no_show/")
    html = staff_client.get("/admin/advisory/statistics/").content.decode()
    assert "50,0%" in html  # one attended, one no-show (Polish decimal comma)


def test_the_calendar_shows_the_week_of_bookings(staff_client, bookings):
    week = bookings["mine"].starts_at.date().isoformat()
    html = staff_client.get(f"/admin/advisory/calendar/?week={week}").content.decode()
    assert "Fundacja Przykładowa" in html and "Stowarzyszenie Inne" in html
    assert "<caption>" in html


def test_the_dashboard_shows_todays_and_tomorrows_consultations(staff_client, bookings):
    html = staff_client.get("/admin/").content.decode()
    assert "Konsultacje dziś i jutro" in html


def test_staff_book_for_someone_through_the_service(staff_client, topic, advisor, day, home_page):
    url = "/admin/advisory/book/"
    data = {
        "topic": topic.pk,
        "advisor": advisor.pk,
        "starts_at": at(day, 9, 30).strftime("%Y-%m-%d %H:%M"),
        "organization_name": "Koło Gospodyń",
        "contact_name": "Maria",
        "email": "maria@example.org",
        "consent": "on",
    }
    response = staff_client.post(url, data)
    assert "nie jest wolnym terminem" in response.content.decode()
    response = staff_client.post(url, {**data, "starts_at": at(day, 9).strftime("%Y-%m-%d %H:%M")})
    assert response.status_code == 302
    booking = Booking.objects.get(organization_name="Koło Gospodyń")
    assert booking.starts_at == at(day, 9) and booking.consent_at is not None


def test_an_advisor_cannot_book_through_the_admin(client, groups):
    client.force_login(make_user("anna", "Doradcy"))
    assert client.get("/admin/advisory/book/").status_code in (302, 403)


def test_statistics_download_as_csv_per_topic_and_month(staff_client, bookings):
    response = staff_client.get("/admin/advisory/statistics/?format=csv")
    lines = response.content.decode("utf-8-sig").strip().splitlines()
    assert lines[0] == "Miesiąc;Temat;Rezerwacje;Odbyta;Nieobecność;Odwołane"
    month = bookings["mine"].starts_at.astimezone(WARSAW).strftime("%Y-%m")
    assert lines[1] == f"{month};Prawo;2;0;0;0"


def test_topic_and_advisor_lists_say_yes_and_no_in_words(staff_client, topic, advisor):
    """Booleans read "tak"/"nie", not django.contrib.admin's icons, which the project does not
    have (with the production static manifest the lists answered 500)."""
    topic.offers_online = False
    topic.save()
    topics = staff_client.get("/admin/advisory/topic/").content.decode()
    advisors = staff_client.get("/admin/advisory/advisor/").content.decode()
    assert "icon-yes.svg" not in topics + advisors and "icon-no.svg" not in topics + advisors
    assert re.search(r'class="field-in_person[^"]*">\s*tak\s*<', topics)
    assert re.search(r'class="field-online[^"]*">\s*nie\s*<', topics)
    assert re.search(r'class="field-active[^"]*">\s*tak\s*<', advisors)
