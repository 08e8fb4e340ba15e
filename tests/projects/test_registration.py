import pytest
from django.db import IntegrityError, transaction

from home.models import OutboxEmail
from projects.models import MeetingRegistration
from projects.services import AlreadyRegistered, MeetingFull, RegistrationClosed, meeting_register
from tests.projects.factories import make_meeting

FORM = {
    "name": "Anna Nowak",
    "organisation": "Fundacja Sąsiedzka",
    "email": "anna@example.org",
    "phone": "",
    "accessibility_needs": "Tłumacz PJM",
    "consent": "on",
    "homepage": "",
}


def meeting_url(meeting):
    return f"{meeting.page.url}spotkania/{meeting.pk}/"


def register(meeting, email="anna@example.org"):
    return meeting_register(
        meeting=meeting,
        name="Anna Nowak",
        organisation="Fundacja Sąsiedzka",
        email=email,
        consent=True,
    )


@pytest.mark.django_db
def test_registration_form_confirms_and_sends_an_email_with_the_ics_after_commit(
    client, open_meeting, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(meeting_url(open_meeting), FORM)
    assert response.status_code == 302
    assert response["Location"].endswith(f"spotkania/{open_meeting.pk}/potwierdzenie/#main")
    registration = MeetingRegistration.objects.get()
    assert registration.accessibility_needs == "Tłumacz PJM"
    assert OutboxEmail.objects.get().status == OutboxEmail.Status.SENT
    [message] = mailoutbox
    assert message.to == ["anna@example.org"]
    assert "Potwierdzenie zapisu: Kultura i sztuka" in message.subject
    [(filename, content, mimetype)] = message.attachments
    assert (filename, mimetype) == ("spotkanie.ics", "text/calendar")
    assert "BEGIN:VEVENT" in content
    confirmation = client.get(response["Location"])
    assert "Dziękujemy, Twoje przybycie zostało potwierdzone" in confirmation.text


@pytest.mark.django_db
def test_the_same_email_cannot_register_twice_whatever_its_case(client, open_meeting):
    register(open_meeting)
    response = client.post(meeting_url(open_meeting), {**FORM, "email": "ANNA@Example.org"})
    assert response.status_code == 400
    html = response.text
    error = "Ten adres e-mail jest już zapisany na to spotkanie."
    assert error in html
    # the error sits next to the e-mail field, between its label and the input, and the input
    # points screen readers to it
    label, error_at, field = (
        html.index('for="id_email"'),
        html.index('<ul class="errorlist" id="id_email_error">'),
        html.index('id="id_email"'),
    )
    assert label < error_at < field
    assert 'aria-describedby="id_email_error"' in html
    # the summary at the top links to the field
    assert '<a href="#id_email">E-mail: Ten adres e-mail jest już zapisany' in html
    assert MeetingRegistration.objects.count() == 1
    with pytest.raises(AlreadyRegistered):
        register(open_meeting, email="Anna@EXAMPLE.org")


@pytest.mark.django_db
def test_database_refuses_a_duplicate_email_for_one_meeting(open_meeting):
    register(open_meeting)
    with pytest.raises(IntegrityError), transaction.atomic():
        MeetingRegistration.objects.create(
            meeting=open_meeting, name="X", organisation="Y", email="ANNA@example.org"
        )


@pytest.mark.django_db
def test_a_full_meeting_says_so_and_takes_no_more_registrations(client, open_meeting):
    register(open_meeting, email="a@example.org")
    register(open_meeting, email="b@example.org")
    with pytest.raises(MeetingFull):
        register(open_meeting, email="c@example.org")
    response = client.get(meeting_url(open_meeting))
    assert "Brak wolnych miejsc" in response.text
    assert 'name="email"' not in response.text
    client.post(meeting_url(open_meeting), {**FORM, "email": "d@example.org"})
    assert MeetingRegistration.objects.count() == 2


@pytest.mark.django_db
def test_places_left_are_shown_on_the_project_page(client, open_meeting):
    register(open_meeting)
    assert "zostało 1 miejsce" in client.get(open_meeting.page.url).text


@pytest.mark.django_db
def test_consent_is_required(client, open_meeting):
    data = {key: value for key, value in FORM.items() if key != "consent"}
    response = client.post(meeting_url(open_meeting), data)
    assert response.status_code == 400
    assert "Zgoda jest wymagana, aby się zapisać." in response.text
    assert not MeetingRegistration.objects.exists()


@pytest.mark.django_db
def test_a_filled_honeypot_is_dropped_silently(client, open_meeting):
    response = client.post(meeting_url(open_meeting), {**FORM, "homepage": "http://spam"})
    assert response.status_code == 302
    assert not MeetingRegistration.objects.exists()
    assert not OutboxEmail.objects.exists()


@pytest.mark.django_db
def test_past_or_closed_meetings_take_no_registrations(client, project):
    past = make_meeting(project, days_ahead=-3, registration_open=True)
    closed = make_meeting(project, days_ahead=3, registration_open=False)
    for meeting in (past, closed):
        assert 'name="email"' not in client.get(meeting_url(meeting)).text
        with pytest.raises(RegistrationClosed):
            register(meeting)
    assert "To spotkanie już się odbyło." in client.get(meeting_url(past)).text


@pytest.mark.django_db
def test_a_meeting_of_another_project_is_not_found_under_this_one(client, project_index, project):
    from tests.projects.factories import make_project

    other = make_project(project_index, title="Inny", slug="inny")
    meeting = make_meeting(other)
    assert client.get(f"{project.url}spotkania/{meeting.pk}/").status_code == 404


@pytest.mark.django_db
def test_registration_counts_places_with_the_meeting_row_locked(open_meeting):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        register(open_meeting)
    [lock] = [q["sql"] for q in context.captured_queries if 'FROM "projects_meeting"' in q["sql"]]
    # PostgreSQL takes a row lock; SQLite has none but serialises every write transaction.
    assert ("FOR UPDATE" in lock) == connection.features.has_select_for_update
