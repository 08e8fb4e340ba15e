from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone, translation

from home.ratelimit import (
    form_counters,
    retry_phrase,
    submission_count,
    submission_refusal,
    target_counter,
)

WARSAW = ZoneInfo("Europe/Warsaw")


def limits(settings, **scopes):
    settings.PUBLIC_FORM_RATE_LIMITS = {**settings.PUBLIC_FORM_RATE_LIMITS, **scopes}


def test_only_counted_submissions_use_up_the_limit_per_scope_and_address(rf, settings):
    limits(settings, form={"address": (2, 3600)}, other={"address": (2, 3600)})
    request = rf.post("/", REMOTE_ADDR="10.0.0.1")
    counters = form_counters(request=request, scope="form")
    # Asking is free: a form that fails validation never gets counted.
    for _ in range(5):
        assert submission_refusal(counters) is None
    submission_count(counters)
    submission_count(counters)
    refusal = submission_refusal(counters)
    assert refusal is not None and refusal.kind == "address" and refusal.field is None
    # Another address and another form keep their own counters.
    other_address = rf.post("/", REMOTE_ADDR="10.0.0.2")
    assert submission_refusal(form_counters(request=other_address, scope="form")) is None
    assert submission_refusal(form_counters(request=request, scope="other")) is None


def test_the_email_limit_is_tighter_and_belongs_next_to_the_email_field(rf, settings):
    limits(settings, form={"address": (30, 3600), "email": (1, 3600)})
    office = rf.post("/", REMOTE_ADDR="10.0.0.1")
    submission_count(form_counters(request=office, scope="form", email="anna@example.org"))
    refusal = submission_refusal(
        form_counters(request=office, scope="form", email="ANNA@example.org ")
    )
    assert refusal.kind == "email" and refusal.field == "email"
    # A colleague in the same office (same address) still gets through.
    colleague = form_counters(request=office, scope="form", email="jan@example.org")
    assert submission_refusal(colleague) is None


def test_the_refusal_says_when_the_window_ends(rf, settings, monkeypatch):
    limits(settings, form={"address": (1, 7200)})
    start = datetime(2026, 11, 30, 15, 45, tzinfo=WARSAW)
    monkeypatch.setattr(timezone, "now", lambda: start)
    counters = form_counters(request=rf.post("/"), scope="form")
    submission_count(counters)
    monkeypatch.setattr(timezone, "now", lambda: start + timedelta(minutes=5))
    refusal = submission_refusal(counters)
    assert refusal.retry_at == start + timedelta(hours=2)
    with translation.override("pl"):
        assert refusal.message == (
            "Ten formularz wysłano już zbyt wiele razy z Twojego adresu sieciowego. "
            "Spróbuj ponownie o 17:45."
        )


def test_retry_phrase_in_polish_minutes_time_and_date():
    now = datetime(2026, 11, 30, 17, 0, tzinfo=WARSAW)
    with translation.override("pl"):
        assert retry_phrase(now + timedelta(minutes=12), now=now) == (
            "Spróbuj ponownie za 12 minut."
        )
        assert retry_phrase(now + timedelta(minutes=2), now=now) == (
            "Spróbuj ponownie za 2 minuty."
        )
        assert retry_phrase(now + timedelta(seconds=20), now=now) == (
            "Spróbuj ponownie za 1 minutę."
        )
        assert retry_phrase(now + timedelta(minutes=105), now=now) == ("Spróbuj ponownie o 18:45.")
        assert retry_phrase(now + timedelta(hours=8), now=now) == (
            "Spróbuj ponownie 1 grudnia o 01:00."
        )


def test_a_target_counter_lasts_until_the_given_moment(rf):
    until = timezone.now() + timedelta(days=3)
    counter = target_counter(
        request=rf.post("/"), scope="form", target="meeting-1", limit=1, until=until
    )
    submission_count([counter])
    refusal = submission_refusal([counter])
    assert refusal.kind == "target"
    assert abs((refusal.retry_at - until).total_seconds()) < 5


def test_client_address_comes_from_the_proxy_header_only_when_configured(rf, settings):
    from home.ratelimit import client_ip

    request = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.7")
    settings.CLIENT_IP_HEADER = ""
    assert client_ip(request) == "127.0.0.1"  # an untrusted header cannot dodge the limit
    settings.CLIENT_IP_HEADER = "X-Real-IP"
    assert client_ip(request) == "203.0.113.7"
