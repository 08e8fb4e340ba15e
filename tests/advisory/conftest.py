import pytest

from tests.advisory.factories import (
    make_advisor,
    make_advisory_page,
    make_rule,
    make_topic,
    next_working_day,
)


@pytest.fixture
def topic(db):
    return make_topic(name="Prawo", slug="prawo", what_to_bring="Statut organizacji")


@pytest.fixture
def advisor(topic):
    advisor = make_advisor(topics=[topic])
    make_rule(advisor)
    return advisor


@pytest.fixture
def advisory_page(home_page):
    return make_advisory_page(home_page)


@pytest.fixture
def day():
    return next_working_day()


def booking_data(**fields):
    data = {
        "organization_name": "Fundacja Przykładowa",
        "contact_name": "Jan Kowalski",
        "email": "jan@example.org",
        "krs": "",
        "phone": "",
        "question": "Jak założyć stowarzyszenie?",
    }
    data.update(fields)
    return data
