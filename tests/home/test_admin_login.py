"""The admin login is throttled (django-axes): per account and per address, with a Polish
message that says when to try again, a cool-off, and a command to unlock."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

LOGIN_URL = "/admin/login/"
LOCKED = "Zbyt wiele nieudanych prób logowania na to konto lub z Twojego adresu sieciowego."


@pytest.fixture
def editor(db, settings):
    settings.AXES_FAILURE_LIMIT = 3
    return get_user_model().objects.create_superuser("redaktor", "r@example.org", "Dobre-Haslo-1")


def log_in(client, username, password, address="10.0.0.1"):
    return client.post(LOGIN_URL, {"username": username, "password": password}, REMOTE_ADDR=address)


def is_logged_in(client):
    return client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_after_the_failure_limit_even_the_right_password_is_refused_in_polish(client, editor):
    for _ in range(2):
        assert log_in(client, "redaktor", "zle-haslo").status_code == 200
    # The third failure reaches the limit: from now on the account is refused.
    assert log_in(client, "redaktor", "zle-haslo").status_code == 429
    response = log_in(client, "redaktor", "Dobre-Haslo-1")
    assert response.status_code == 429
    assert LOCKED in response.text
    assert "Spróbuj ponownie za 15 minut." in response.text
    assert "Zaloguj się" in response.text  # Wagtail's own login page, in the admin's layout
    assert not is_logged_in(client)


@pytest.mark.django_db
def test_the_unlock_command_lets_the_person_in_at_once(client, editor):
    for _ in range(3):
        log_in(client, "redaktor", "zle-haslo")
    assert log_in(client, "redaktor", "Dobre-Haslo-1").status_code == 429
    call_command("axes_reset_username", "redaktor")
    response = log_in(client, "redaktor", "Dobre-Haslo-1")
    assert response.status_code == 302
    assert is_logged_in(client)


@pytest.mark.django_db
def test_the_lock_ends_by_itself_after_the_cool_off(client, editor):
    for _ in range(3):
        log_in(client, "redaktor", "zle-haslo")
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert log_in(client, "redaktor", "Dobre-Haslo-1").status_code == 302


@pytest.mark.django_db
def test_a_locked_account_stays_locked_from_another_address_and_a_colleague_still_logs_in(
    client, editor
):
    """Per account: guessing one account's password from many addresses does not help.
    Per address: the attacking address is refused for every account, but a colleague at another
    address logs in to their own account."""
    get_user_model().objects.create_superuser("kolega", "k@example.org", "Inne-Haslo-2")
    for _ in range(3):
        log_in(client, "redaktor", "zle-haslo", address="10.0.0.1")
    assert log_in(client, "redaktor", "Dobre-Haslo-1", address="10.0.0.2").status_code == 429
    assert log_in(client, "kolega", "Inne-Haslo-2", address="10.0.0.1").status_code == 429
    assert log_in(client, "kolega", "Inne-Haslo-2", address="10.0.0.3").status_code == 302


@pytest.mark.django_db
def test_a_successful_login_clears_the_earlier_failures(client, editor):
    for _ in range(2):
        log_in(client, "redaktor", "zle-haslo")
    assert log_in(client, "redaktor", "Dobre-Haslo-1").status_code == 302
    client.post("/admin/logout/")
    for _ in range(2):
        log_in(client, "redaktor", "zle-haslo")
    assert log_in(client, "redaktor", "Dobre-Haslo-1").status_code == 302


def test_axes_gets_a_valid_address_or_none(rf, settings):
    from home.auth import login_client_ip

    settings.CLIENT_IP_HEADER = "X-Real-IP"
    assert login_client_ip(rf.get("/", HTTP_X_REAL_IP="203.0.113.7")) == "203.0.113.7"
    # Its table stores addresses: anything else (a login made in code, a bad header) is None.
    assert login_client_ip(rf.get("/", HTTP_X_REAL_IP="nonsense", REMOTE_ADDR="")) is None
