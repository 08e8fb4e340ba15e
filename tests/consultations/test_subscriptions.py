"""Subscriptions to new consultations: the public form, double opt-in, expiry, one notice per
consultation that opens, one-click unsubscribe (RFC 8058) that deletes the address."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from consultations import services
from consultations.models import ConsultationPage, Subscriber
from home.models import OutboxEmail
from tests.consultations.factories import make_consultation

pytestmark = pytest.mark.django_db

ONE_CLICK = {"List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def subscribe_url(index):
    return index.url + "subskrypcja/"


def link_path(text, route):
    return urlsplit(re.search(rf"https?://\S+/{route}/\S+/", text).group(0)).path


def confirmed_subscriber(index, email):
    subscriber = services.subscribe(index_page=index, email=email, consent=True)
    token = services.subscription_token(subscriber)
    return services.subscription_confirm(token=token)


def test_the_index_links_to_the_subscription_form(client, consultation_index):
    response = client.get(consultation_index.url)
    assert 'href="/konsultacje/subskrypcja/"' in response.content.decode()
    page = client.get(subscribe_url(consultation_index)).content.decode()
    assert "Nowe konsultacje e-mailem" in page
    assert "Wyrażam zgodę" in page and "Administratorem" in page  # consent + privacy notice


def test_subscribe_confirm_by_the_link_and_every_email_can_unsubscribe(
    client, consultation_index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            subscribe_url(consultation_index), {"email": "Ola@Example.org", "consent": "on"}
        )
    assert response.status_code == 302
    assert response["Location"] == "/konsultacje/subskrypcja/wyslano/#main"
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "ola@example.org" and not subscriber.is_confirmed

    message = mail.outbox[-1]
    assert message.to == ["ola@example.org"]
    unsubscribe = f"/konsultacje/subskrypcja/wypisz/{subscriber.token.hex}/"
    assert message.extra_headers["List-Unsubscribe"] == f"<http://localhost{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe in message.body
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in message.message().as_string()

    # The link shows a button (mail scanners follow links); the button confirms.
    confirm = link_path(message.body, "potwierdz")
    assert "Potwierdź subskrypcję" in client.get(confirm).content.decode()
    subscriber.refresh_from_db()
    assert not subscriber.is_confirmed
    response = client.post(confirm)
    assert "gdy rozpocznie się konsultacja" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.is_confirmed


def test_a_subscribed_address_is_told_so_and_nobody_learns_who_subscribed(
    client, consultation_index
):
    confirmed_subscriber(consultation_index, "jan@example.org")
    response = client.post(
        subscribe_url(consultation_index), {"email": "jan@example.org", "consent": "on"}
    )
    assert response.status_code == 302  # the same answer as for a new address
    assert Subscriber.objects.count() == 1
    email = OutboxEmail.objects.order_by("pk").last()
    assert email.subject == "Subskrypcja nowych konsultacji jest aktywna"
    assert "List-Unsubscribe" in email.headers


def test_errors_are_polish_next_to_the_fields_and_nothing_is_stored(client, consultation_index):
    response = client.post(subscribe_url(consultation_index), {"email": "nie-adres"})
    assert response.status_code == 400
    page = response.content.decode()
    assert 'id="bledy-formularza"' in page
    assert "Podaj poprawny adres e-mail" in page
    assert "Bez tej zgody nie możemy zapisać" in page
    assert not Subscriber.objects.exists() and not OutboxEmail.objects.exists()


def test_a_bot_filling_the_honeypot_gets_the_usual_answer_and_nothing_is_stored(
    client, consultation_index
):
    data = {"email": "bot@example.org", "consent": "on", "homepage": "http://spam.example"}
    assert client.post(subscribe_url(consultation_index), data).status_code == 302
    assert not Subscriber.objects.exists() and not OutboxEmail.objects.exists()


def test_the_rate_limit_counts_accepted_forms_per_address_and_says_when_to_retry(
    client, consultation_index
):
    url = subscribe_url(consultation_index)
    client.post(url, {"email": "zly"})  # a mistake does not count
    for _attempt in range(3):
        assert client.post(url, {"email": "ala@example.org", "consent": "on"}).status_code == 302
    response = client.post(url, {"email": "ala@example.org", "consent": "on"})
    assert response.status_code == 400
    assert "zbyt wiele razy dla tego adresu e-mail" in response.content.decode()
    assert "Spróbuj ponownie" in response.content.decode()


def test_an_expired_link_says_so_and_unconfirmed_subscriptions_expire(
    client, consultation_index, settings
):
    subscriber = services.subscribe(
        index_page=consultation_index, email="ewa@example.org", consent=True
    )
    token = services.subscription_token(subscriber)
    later = timezone.now() + timedelta(hours=settings.CONSULTATIONS_CONFIRMATION_HOURS + 1)
    assert services.expire_unconfirmed_subscribers() == 0
    assert services.expire_unconfirmed_subscribers(now=later) == 1
    response = client.get(consultation_index.url + f"subskrypcja/potwierdz/{token}/")
    assert response.status_code == 400
    assert "Link wygasł" in response.content.decode()
    assert client.get(consultation_index.url + "subskrypcja/potwierdz/zepsuty/").status_code == 400


def test_the_expiry_command_also_removes_unconfirmed_subscriptions(consultation_index, settings):
    Subscriber.objects.create(
        email="stary@example.org",
        consent_at=timezone.now(),
        created_at=timezone.now() - timedelta(hours=settings.CONSULTATIONS_CONFIRMATION_HOURS + 1),
    )
    confirmed = confirmed_subscriber(consultation_index, "zostaje@example.org")
    Subscriber.objects.filter(pk=confirmed.pk).update(created_at=timezone.now() - timedelta(days=9))
    call_command("expire_unconfirmed_comments", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["zostaje@example.org"]


def test_an_opened_consultation_notifies_confirmed_subscribers_once(consultation_index):
    confirmed_subscriber(consultation_index, "a@example.org")
    confirmed_subscriber(consultation_index, "b@example.org")
    services.subscribe(index_page=consultation_index, email="nie@example.org", consent=True)
    opened = make_consultation(consultation_index, title="Trwa")
    make_consultation(consultation_index, title="Przyszła", opens_in_days=3)
    make_consultation(consultation_index, title="Zamknięta", opens_in_days=-9, closes_in_days=-1)
    draft = make_consultation(consultation_index, title="Szkic")
    draft.unpublish()

    call_command("notify_consultation_subscribers", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("notify_consultation_subscribers", stdout=open("/dev/null", "w"))  # noqa: SIM115

    notices = OutboxEmail.objects.filter(purpose__startswith="consultations:new:")
    assert sorted(email.to[0] for email in notices) == ["a@example.org", "b@example.org"]
    assert {email.subject for email in notices} == {"Nowa konsultacja: Trwa"}
    notice = notices.first()
    assert opened.full_url in notice.body_text
    assert notice.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    subscriber = Subscriber.objects.get(email=notice.to[0])
    assert subscriber.token.hex in notice.headers["List-Unsubscribe"]
    assert subscriber.token.hex in notice.body_text
    opened.refresh_from_db()
    assert opened.subscribers_notified_at is not None


def test_the_upcoming_consultation_is_announced_when_it_opens(consultation_index, move_clock):
    confirmed_subscriber(consultation_index, "a@example.org")
    upcoming = make_consultation(consultation_index, title="Wkrótce", opens_in_days=1)
    assert services.subscribers_notify() == 0
    move_clock(upcoming.opens_at + timedelta(minutes=1))
    assert services.subscribers_notify() == 1
    assert services.subscribers_notify() == 0


def test_publishing_an_open_consultation_notifies_at_once_and_a_revision_never_again(
    consultation_index, django_capture_on_commit_callbacks
):
    confirmed_subscriber(consultation_index, "a@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        page = make_consultation(consultation_index, title="Od razu")
    assert OutboxEmail.objects.filter(purpose__startswith="consultations:new:").count() == 1
    page.refresh_from_db()
    assert page.subscribers_notified_at is not None

    # An edit published later (from a revision saved before the notice) keeps the marker.
    old_revision = page.latest_revision
    with django_capture_on_commit_callbacks(execute=True):
        old_revision.publish()
    page = ConsultationPage.objects.get(pk=page.pk)
    assert page.subscribers_notified_at is not None
    assert OutboxEmail.objects.filter(purpose__startswith="consultations:new:").count() == 1


def test_publishing_an_old_revision_keeps_the_report_published(consultation_index):
    page = make_consultation(consultation_index, title="Raport")
    revision = page.latest_revision
    services.report_publish(page=page)
    revision.publish()
    assert ConsultationPage.objects.get(pk=page.pk).report_published_at is not None


def test_one_click_unsubscribe_deletes_the_address_without_a_csrf_token(consultation_index):
    subscriber = confirmed_subscriber(consultation_index, "a@example.org")
    make_consultation(consultation_index, title="Trwa")
    services.subscribers_notify()
    assert OutboxEmail.objects.filter(to=["a@example.org"]).count() == 2
    url = consultation_index.url + f"subskrypcja/wypisz/{subscriber.token.hex}/"
    mail_program = Client(enforce_csrf_checks=True)

    # The link in the e-mail shows the address and a button; following it deletes nothing.
    page = mail_program.get(url)
    assert "a@example.org" in page.content.decode()
    assert Subscriber.objects.exists()

    # A mail program's RFC 8058 POST, without cookie or CSRF token.
    response = mail_program.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert "Twój adres e-mail został usunięty" in response.content.decode()
    assert not Subscriber.objects.exists()
    assert not OutboxEmail.objects.filter(to=["a@example.org"]).exists()
    # Twice is fine; an unknown or malformed key shows that nothing is subscribed.
    assert mail_program.post(url).status_code == 200
    assert "nie jest zapisany" in mail_program.get(url).content.decode()
    assert mail_program.get(consultation_index.url + "subskrypcja/wypisz/xyz/").status_code == 200


def test_other_forms_under_the_index_still_need_the_csrf_token(consultation_index):
    response = Client(enforce_csrf_checks=True).post(
        subscribe_url(consultation_index), {"email": "a@example.org", "consent": "on"}
    )
    assert response.status_code == 403
    assert not Subscriber.objects.exists()
