"""The cancel link: signed, single-purpose, works once, and says why when it cannot."""

import pytest
from django.core import mail

from advisory.models import Booking
from advisory.services import (
    booking_cancel_token,
    booking_cancel_url,
    booking_confirmation_token,
    booking_create,
)
from tests.advisory.conftest import booking_data
from tests.advisory.factories import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def booking(topic, advisor, day, home_page):
    return booking_create(topic=topic, advisor=advisor, starts_at=at(day, 9), **booking_data())


def cancel_path(booking):
    return "/punkt-doradczy/odwolanie/" + booking_cancel_token(booking) + "/"


def test_the_cancel_url_in_the_email_is_absolute_and_signed(booking):
    url = booking_cancel_url(booking)
    assert url.startswith("http://localhost/punkt-doradczy/odwolanie/")
    assert booking.secret not in url  # the secret is signed, never guessable from the pk


def test_opening_the_link_asks_first_and_changes_nothing(client, booking):
    response = client.get(cancel_path(booking))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Czy chcesz odwołać tę konsultację?" in html
    assert "csrfmiddlewaretoken" in html
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CONFIRMED


def test_confirming_cancels_frees_the_slot_and_notifies_both_sides(
    client, booking, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(cancel_path(booking))
    assert "Konsultacja została odwołana" in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CANCELLED and booking.cancelled_at
    assert sorted(m.to[0] for m in mail.outbox) == ["anna@example.org", "jan@example.org"]
    assert "METHOD:CANCEL" in mail.outbox[0].attachments[0][1]


def test_the_link_works_once(client, booking):
    client.post(cancel_path(booking))
    for method in (client.get, client.post):
        response = method(cancel_path(booking))
        assert "została już odwołana; link został wykorzystany" in response.content.decode()


def test_a_past_consultation_cannot_be_cancelled(client, booking):
    Booking.objects.filter(pk=booking.pk).update(
        starts_at=at(booking.starts_at.date().replace(year=2020), 9),
        ends_at=at(booking.starts_at.date().replace(year=2020), 10),
    )
    response = client.post(cancel_path(booking))
    assert "już się odbyła" in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CONFIRMED


def test_a_tampered_or_foreign_token_is_refused(client, booking):
    token = booking_cancel_token(booking)
    for bad in (token[:-2] + "xx", booking_confirmation_token(booking), "nonsense"):
        response = client.post(f"/punkt-doradczy/odwolanie/{bad}/")
        assert response.status_code == 404
        assert "link do odwołania jest nieprawidłowy" in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CONFIRMED


def test_a_token_stops_working_when_the_booking_is_anonymised(client, booking):
    Booking.objects.filter(pk=booking.pk).update(secret="")
    assert client.get(cancel_path(booking)).status_code == 404
