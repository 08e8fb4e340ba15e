"""Meeting registration is limited: per meeting and address (nobody fills a meeting alone), per
address and per e-mail over an hour; only accepted registrations count."""

import pytest

from projects.models import MeetingRegistration
from tests.projects.factories import make_meeting
from tests.projects.test_registration import FORM, meeting_url


def post(client, meeting, *, number, address="10.0.0.1", **fields):
    data = {**FORM, "email": f"osoba{number}@example.org", **fields}
    return client.post(meeting_url(meeting), data, REMOTE_ADDR=address)


@pytest.mark.django_db
def test_one_address_registers_only_a_few_people_for_one_meeting(client, project, settings):
    settings.RATE_LIMIT_REGISTRATION_PER_ADDRESS_PER_MEETING = 3
    meeting = make_meeting(project, registration_open=True, capacity=50)
    for number in range(3):
        assert post(client, meeting, number=number).status_code == 302
    response = post(client, meeting, number=99)
    assert response.status_code == 400
    assert (
        "Z Twojego adresu sieciowego wysłano już 3 zgłoszenia na to spotkanie. Aby zapisać "
        "więcej osób, skontaktuj się z organizatorem." in response.text
    )
    assert MeetingRegistration.objects.count() == 3
    # Another meeting, or another address, is not affected.
    other_meeting = make_meeting(project, registration_open=True, capacity=50, days_ahead=12)
    assert post(client, other_meeting, number=99).status_code == 302
    assert post(client, meeting, number=98, address="10.0.0.2").status_code == 302


@pytest.mark.django_db
def test_failed_registrations_do_not_count(client, project, settings):
    settings.RATE_LIMIT_REGISTRATION_PER_ADDRESS_PER_MEETING = 2
    meeting = make_meeting(project, registration_open=True, capacity=50)
    for number in range(4):  # consent missing: refused, nothing counted
        assert post(client, meeting, number=number, consent="").status_code == 400
    # The same e-mail twice: the second is refused by the meeting, and is not counted either.
    assert post(client, meeting, number=1).status_code == 302
    assert post(client, meeting, number=1).status_code == 400
    assert post(client, meeting, number=2).status_code == 302
    assert MeetingRegistration.objects.count() == 2


def three_meetings(project, settings, *, per_address, per_email):
    settings.PUBLIC_FORM_RATE_LIMITS = {
        **settings.PUBLIC_FORM_RATE_LIMITS,
        "meeting-registration": {"address": (per_address, 3600), "email": (per_email, 3600)},
    }
    return [
        make_meeting(project, registration_open=True, days_ahead=10 + number) for number in range(3)
    ]


@pytest.mark.django_db
def test_the_hourly_limits_say_when_to_try_again(client, project, settings):
    meetings = three_meetings(project, settings, per_address=2, per_email=5)
    assert post(client, meetings[0], number=1).status_code == 302
    assert post(client, meetings[1], number=1).status_code == 302
    response = post(client, meetings[2], number=1)
    assert response.status_code == 400
    assert "Ten formularz wysłano już zbyt wiele razy z Twojego adresu sieciowego." in response.text
    assert "Spróbuj ponownie za 60 minut." in response.text


@pytest.mark.django_db
def test_one_email_cannot_be_sent_confirmations_without_end(client, project, settings):
    meetings = three_meetings(project, settings, per_address=30, per_email=2)
    for meeting in meetings[:2]:
        assert post(client, meeting, number=7).status_code == 302
    response = post(client, meetings[2], number=7, address="10.0.0.5")
    assert response.status_code == 400
    assert "Ten formularz wysłano już zbyt wiele razy dla tego adresu e-mail." in response.text
