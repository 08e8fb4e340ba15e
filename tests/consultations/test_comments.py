"""Commenting: the form tied to units, double opt-in by the e-mailed link, expiry, the period,
the honeypot and the rate limit, Polish errors with a summary at the top."""

import re
from datetime import timedelta
from urllib.parse import unquote, urlsplit

import pytest
from django.core.management import call_command
from django.utils import timezone

from consultations import services
from consultations.models import Comment, Submission
from home.models import OutboxEmail
from tests.consultations.factories import make_consultation, make_units

pytestmark = pytest.mark.django_db


@pytest.fixture
def units(consultation):
    return make_units(consultation, 10, chapters=2)


def form_data(units=(), **fields):
    data = {
        "organization_name": "Stowarzyszenie Sąsiedzi",
        "krs": "",
        "contact_name": "Anna Nowak",
        "email": "anna@example.org",
        "phone": "",
        "consent": "on",
        "uwagi-TOTAL_FORMS": str(max(len(units), 1)),
        "uwagi-INITIAL_FORMS": "0",
        "uwagi-MIN_NUM_FORMS": "1",
        "uwagi-MAX_NUM_FORMS": "50",
    }
    for index, unit in enumerate(units):
        data[f"uwagi-{index}-unit"] = str(unit.uid) if unit else ""
        data[f"uwagi-{index}-proposed_wording"] = f"Nowe brzmienie {index}"
        data[f"uwagi-{index}-justification"] = f"Uzasadnienie {index}"
    data.update(fields)
    return data


def submit(page, unit, *, justification="Bo tak.", now=None):
    return services.comment_submit(
        page=page,
        organization_name="Fundacja",
        contact_name="Jan",
        email="jan@example.org",
        consent=True,
        rows=[{"unit": unit, "proposed_wording": "", "justification": justification}],
        now=now,
    )


def comment_url(page):
    return page.url + "uwagi/"


def confirm_link(email):
    link = re.search(r"https?://\S+/uwagi/potwierdz/\S+/", email.body).group(0)
    return unquote(urlsplit(link).path)


def test_the_form_opened_from_a_unit_preselects_it_and_shows_its_current_wording(
    client, consultation, units
):
    unit = units[3]
    html = client.get(comment_url(consultation) + f"?jednostka={unit.uid}").content.decode()
    assert f'<option value="{unit.uid}" selected>' in html
    assert unit.text in html
    assert "Obecne brzmienie" in html


def test_rows_are_stored_unconfirmed_tied_to_their_units_and_the_author_gets_a_link(
    client, consultation, units, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(comment_url(consultation), form_data([units[2], units[5], None]))
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.confirmed_at is None
    rows = list(submission.comments.order_by("pk"))
    assert [row.unit for row in rows] == [units[2], units[5], None]
    assert rows[0].current_wording == units[2].text
    assert rows[2].current_wording == ""
    [message] = mailoutbox
    assert message.to == ["anna@example.org"]
    assert "Potwierdź" in message.subject
    # Not counted before confirmation.
    assert "0 uwag" in client.get(consultation.url).content.decode()


def test_the_signed_link_confirms_once_and_the_comment_then_counts(
    client, consultation, units, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(comment_url(consultation), form_data([units[1]]))
    link = confirm_link(mailoutbox[0])
    page = client.get(link).content.decode()
    assert "Potwierdź uwagi" in page  # GET only shows the button: mail scanners follow links
    assert Submission.objects.get().confirmed_at is None
    response = client.post(link)
    assert "są potwierdzone" in response.content.decode()
    assert Submission.objects.get().confirmed_at is not None
    assert "1 uwaga" in client.get(consultation.url).content.decode()
    again = client.get(link).content.decode()
    assert "link został wykorzystany" in again


def test_a_tampered_link_is_refused(client, consultation, units):
    response = client.get(consultation.url + "uwagi/potwierdz/nieprawidlowy/")
    assert response.status_code == 400
    assert "Ten link jest nieprawidłowy" in response.content.decode()


def test_unconfirmed_submissions_expire_by_command_and_their_link_says_so(
    client, consultation, units, settings
):
    settings.CONSULTATIONS_CONFIRMATION_HOURS = 48
    old = submit(consultation, units[1], now=timezone.now() - timedelta(hours=49))
    link = consultation.url + "uwagi/potwierdz/" + services.confirmation_token(old) + "/"
    fresh = submit(consultation, units[1])
    confirmed = submit(
        consultation, None, justification="Ogólnie.", now=timezone.now() - timedelta(hours=72)
    )
    Submission.objects.filter(pk=confirmed.pk).update(confirmed_at=timezone.now())
    call_command("expire_unconfirmed_comments")
    assert set(Submission.objects.values_list("pk", flat=True)) == {fresh.pk, confirmed.pk}
    assert not Comment.objects.filter(submission_id=old.pk).exists()
    assert "Ten link wygasł" in client.get(link).content.decode()


def test_errors_are_polish_next_to_fields_with_a_summary_that_takes_focus(
    client, consultation, units
):
    data = form_data([units[1]], organization_name="", email="zly", krs="123", consent="")
    data["uwagi-0-justification"] = ""
    response = client.post(comment_url(consultation), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="bledy-formularza" role="alert" tabindex="-1"' in html
    assert 'action="#bledy-formularza"' in html
    assert "Podaj nazwę organizacji." in html
    assert "Numer KRS ma dokładnie 10 cyfr." in html
    assert "Podaj uzasadnienie uwagi." in html
    assert "Bez tej zgody nie można wysłać uwag." in html
    assert 'href="#id_organization_name"' in html
    assert "Nowe brzmienie 0" in html  # what was typed stays
    assert not Submission.objects.exists()


def test_a_valid_krs_is_kept_as_ten_digits(client, consultation, units):
    client.post(comment_url(consultation), form_data([units[1]], krs="0000 123 456"))
    assert Submission.objects.get().krs == "0000123456"


def test_add_another_comment_posts_back_with_one_more_row_and_keeps_the_text(
    client, consultation, units
):
    data = form_data([units[1]], add_row="1")
    html = client.post(comment_url(consultation), data).content.decode()
    assert 'name="uwagi-TOTAL_FORMS" value="2"' in html
    assert "Nowe brzmienie 0" in html
    assert "Uwaga 2" in html
    assert not Submission.objects.exists()


def test_the_honeypot_stores_nothing(client, consultation, units):
    response = client.post(comment_url(consultation), form_data([units[1]], homepage="spam"))
    assert response.status_code == 302
    assert not Submission.objects.exists()


def test_the_rate_limit_counts_only_accepted_forms(client, consultation, units, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {
        **settings.PUBLIC_FORM_RATE_LIMITS,
        "consultation-comment": {"address": (2, 3600), "email": (10, 3600)},
    }
    for _attempt in range(5):  # invalid posts do not count
        client.post(comment_url(consultation), form_data([units[1]], email=""))
    for _attempt in range(2):
        assert client.post(comment_url(consultation), form_data([units[1]])).status_code == 302
    response = client.post(comment_url(consultation), form_data([units[1]]))
    assert response.status_code == 400
    html = response.content.decode()
    assert "zbyt wiele razy z Twojego adresu sieciowego" in html
    assert "Spróbuj ponownie za 60 minut" in html
    assert "Nowe brzmienie 0" in html  # the text is given back
    assert Submission.objects.count() == 2


def test_before_the_period_the_form_says_when_it_opens(client, consultation_index):
    page = make_consultation(consultation_index, opens_in_days=2, closes_in_days=20)
    html = client.get(comment_url(page)).content.decode()
    assert "Konsultacje rozpoczną się" in html
    assert (
        "<form" not in html.split("<main", 1)[-1].split("</main>")[0] or "uwagi-TOTAL" not in html
    )


def test_a_submission_after_the_close_is_refused_and_the_text_is_given_back(
    client, consultation_index
):
    page = make_consultation(consultation_index, opens_in_days=-20, closes_in_days=-1)
    units = make_units(page, 3)
    response = client.post(comment_url(page), form_data([units[1]]))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Konsultacje zakończyły się" in html
    assert "nie możemy przyjąć" in html
    assert "Nowe brzmienie 0" in html and "Uzasadnienie 0" in html
    assert not Submission.objects.exists()
    assert not OutboxEmail.objects.exists()


def test_a_comment_sent_in_time_can_be_confirmed_after_the_close(consultation, units):
    submission = submit(consultation, units[1])
    type(consultation).objects.filter(pk=consultation.pk).update(
        closes_at=timezone.now() - timedelta(minutes=1)
    )
    confirmed = services.comment_confirm(token=services.confirmation_token(submission))
    assert confirmed.confirmed_at is not None


def test_a_unit_of_another_consultation_is_refused(consultation_index, consultation, units):
    other = make_consultation(consultation_index, title="Inna")
    other_units = make_units(other, 2)
    with pytest.raises(services.ConsultationError):
        submit(consultation, other_units[1], justification="x")


def test_approved_comments_appear_under_their_unit_only_when_the_page_allows_it(
    client, consultation, units
):
    from tests.consultations.factories import make_comment, make_submission

    make_comment(
        make_submission(consultation, organization_name="Fundacja Jawna"),
        units[1],
        is_published=True,
        justification="Widoczne uzasadnienie",
    )
    assert "Widoczne uzasadnienie" not in client.get(consultation.url).content.decode()
    consultation.comments_public = True
    consultation.save_revision().publish()
    assert "Widoczne uzasadnienie" in client.get(consultation.url).content.decode()
