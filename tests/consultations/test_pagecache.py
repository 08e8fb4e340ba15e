"""The page cache on the consultations pages (as tests/home/test_pagecache.py does for the rest):
the index, a consultation page and its report are stored for anonymous visitors and renewed
exactly when what they show changes: a confirmed comment form, the team's answer, the report
published or withdrawn, a re-pasted draft, a meeting registration, and the period opening or
closing (time alone: the stored copy expires at that moment)."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from consultations import services
from home import pagecache
from projects.services import meeting_register
from tests.consultations.factories import (
    make_comment,
    make_consultation,
    make_consultation_index,
    make_consultation_meeting,
    make_submission,
    make_units,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

HIT = pagecache.HIT_HEADER


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def site(site_with_pages, commit):
    home = site_with_pages["home"]
    with commit():
        index = make_consultation_index(home)
        page = make_consultation(index, title="Program współpracy", comments_public=True)
        units = make_units(page, 3, chapters=1)
        closed = make_consultation(
            index, title="Zakończone", slug="zakonczone", opens_in_days=-30, closes_in_days=-1
        )
        meeting = make_consultation_meeting(page, registration_open=True, capacity=10)
    news = site_with_pages["about"]
    return {
        "home": home,
        "index": index,
        "page": page,
        "units": units,
        "closed": closed,
        "meeting": meeting,
        "other": news,
    }


def is_hit(url):
    return Client().get(url).get(HIT) == "hit"


def warm(*urls):
    for url in urls:
        Client().get(url)
        assert is_hit(url), url


def test_the_index_and_the_consultation_pages_are_cached(site):
    warm(site["index"].url, site["page"].url, site["closed"].url, "/")


def test_a_confirmed_comment_form_renews_the_counts(site, commit):
    page, unit = site["page"], site["units"][1]
    submission = make_submission(page, confirmed=False)
    with commit():
        make_comment(submission, unit)
    warm(page.url, site["index"].url, "/", site["other"].url)
    with commit():
        services.comment_confirm(token=services.confirmation_token(submission))
    html = Client().get(page.url)
    assert html[HIT] == "miss" and "1 uwaga" in html.text
    assert not is_hit(site["index"].url) and not is_hit("/")
    assert is_hit(site["other"].url)  # exact: a page without consultations stays


def test_an_unconfirmed_comment_form_changes_nothing_cached(client, site, commit):
    page = site["page"]
    warm(page.url)
    with commit():
        services.comment_submit(
            page=page,
            organization_name="Fundacja",
            contact_name="Jan",
            email="jan@example.org",
            consent=True,
            rows=[{"unit": site["units"][1], "proposed_wording": "", "justification": "Bo tak."}],
        )
    assert is_hit(page.url)


def test_the_teams_answer_and_approval_renew_the_public_comments(site, commit):
    page = site["page"]
    comment = make_comment(make_submission(page), site["units"][1], justification="Jawna uwaga")
    warm(page.url)
    with commit():
        services.comment_answer(
            comment=comment, position="accepted", justification="Tak.", is_published=True
        )
    response = Client().get(page.url)
    assert response[HIT] == "miss" and "Jawna uwaga" in response.text


def test_publishing_and_withdrawing_the_report_renew_the_page_and_the_report(site, commit):
    closed = site["closed"]
    make_comment(make_submission(closed), None, position="accepted")
    warm(closed.url)
    with commit():
        services.report_publish(page=closed)
    assert "Przeczytaj raport z konsultacji" in Client().get(closed.url).text
    warm(closed.url, closed.url + "raport/")
    with commit():
        services.report_unpublish(page=closed)
    assert "Przeczytaj raport z konsultacji" not in Client().get(closed.url).text
    assert Client().get(closed.url + "raport/").status_code == 404


def test_a_re_pasted_draft_shows_at_once(site, commit):
    page = site["page"]
    warm(page.url)
    with commit():
        services.draft_import_text(page=page, text="Rozdział 1 Nowy rozdział\n§ 1. Nowa treść.")
    assert "Nowa treść." in Client().get(page.url).text


def test_a_meeting_registration_renews_the_free_places(site, commit):
    page, meeting = site["page"], site["meeting"]
    warm(page.url, site["other"].url)
    with commit():
        meeting_register(
            meeting=meeting, name="Anna", organisation="F", email="a@example.org", consent=True
        )
    assert "zostało 9 miejsc" in Client().get(page.url).text
    assert is_hit(site["other"].url)


def test_the_stored_copy_expires_when_the_consultation_opens(site, commit, move_clock):
    with commit():
        soon = make_consultation(
            site["index"], title="Wkrótce", slug="wkrotce", opens_in_days=1, closes_in_days=10
        )
    first = Client().get(soon.url)
    assert first[HIT] == "miss" and "rozpoczną się" in first.text
    # Stored no longer than until the opening, in every cache that keeps it.
    assert is_hit(soon.url)
    move_clock(soon.opens_at + timedelta(seconds=1))
    after = Client().get(soon.url)
    assert after[HIT] == "miss"
    assert "rozpoczną się" not in after.text


def test_cache_headers_never_outlive_the_closing(site, commit, move_clock):
    page = site["page"]
    move_clock(page.closes_at - timedelta(seconds=40))
    response = Client().get(page.url)
    assert response[HIT] == "miss"
    parts = {part.strip() for part in response["Cache-Control"].split(",")}
    max_age = int(next(p for p in parts if p.startswith("max-age=")).split("=")[1])
    s_maxage = int(next(p for p in parts if p.startswith("s-maxage=")).split("=")[1])
    assert max_age <= 40 and s_maxage <= 40
    move_clock(page.closes_at + timedelta(seconds=1))
    assert Client().get(page.url)[HIT] == "miss"


def test_a_boundary_seconds_away_is_not_stored(site, move_clock):
    page = site["page"]
    move_clock(page.closes_at - timedelta(seconds=2))
    Client().get(page.url)
    assert not is_hit(page.url)


def test_the_home_sections_open_consultations_follow_the_closing(site, move_clock):
    page = site["page"]
    assert "Program współpracy" in Client().get("/").text
    assert is_hit("/")
    move_clock(page.closes_at + timedelta(seconds=1))
    response = Client().get("/")
    assert response[HIT] == "miss"
    assert "Trwające konsultacje" not in response.text


def test_days_left_change_at_midnight_in_warsaw(site, move_clock):
    from consultations.models import next_midnight

    page = site["page"]
    now = timezone.now()
    Client().get(page.url)
    assert is_hit(page.url)
    move_clock(next_midnight(now) + timedelta(seconds=1))
    assert not is_hit(page.url)
