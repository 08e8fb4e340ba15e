"""Fifty people press "book" on one slot at the same moment: one booking, 49 clean answers.

Each thread posts the public booking form through its own test client and its own database
connection (transactional test), on SQLite and on PostgreSQL alike.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client

from advisory.models import Booking
from advisory.views import format_start
from tests.advisory.conftest import booking_data
from tests.advisory.factories import (
    at,
    make_advisor,
    make_advisory_page,
    make_rule,
    make_topic,
    next_working_day,
)
from tests.home.factories import make_home_page

ATTEMPTS = 50


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_attempts_at_one_slot_give_one_booking_and_49_taken_answers():
    page = make_advisory_page(make_home_page())
    topic = make_topic(name="Prawo", slug="prawo")
    advisor = make_advisor(topics=[topic])
    make_rule(advisor)
    start = at(next_working_day(), 9)
    url = f"{page.url}temat/prawo/rezerwacja/?start={format_start(start)}&advisor={advisor.pk}"
    barrier = threading.Barrier(ATTEMPTS)

    def attempt(number):
        client = Client(REMOTE_ADDR=f"10.0.{number // 250}.{number % 250}")
        data = booking_data(email=f"osoba{number}@example.org", consent="on")
        try:
            barrier.wait(timeout=30)
            response = client.post(url, data)
            return response.status_code, response.content.decode()
        except Exception as error:  # noqa: BLE001 - any server error is a failure of the test
            return "error", repr(error)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=ATTEMPTS) as pool:
        results = list(pool.map(attempt, range(ATTEMPTS)))

    errors = [body for status, body in results if status not in (200, 302)]
    booked = [status for status, _body in results if status == 302]
    taken = [
        body
        for status, body in results
        if status == 200 and "Ten termin został właśnie zajęty" in body
    ]
    assert errors == []
    assert len(booked) == 1
    assert len(taken) == ATTEMPTS - 1
    assert Booking.objects.filter(advisor=advisor, starts_at=start).count() == 1
