"""The public flow on the advisory page: topics, a week of free times, the form, confirmation."""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from advisory.models import Booking
from advisory.services import booking_create
from advisory.views import format_start
from tests.advisory.conftest import booking_data
from tests.advisory.factories import at, make_advisor, make_rule, make_topic
from tests.query_budget import empty_cache_after

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_rate_limit():
    cache.clear()


def form_url(page, topic, start, advisor=None):
    url = f"{page.url}temat/{topic.slug}/rezerwacja/?start={format_start(start)}"
    return url + (f"&advisor={advisor.pk}" if advisor else "")


def post_data(**fields):
    data = booking_data(**fields)
    data.setdefault("consent", "on")
    return {key: value for key, value in data.items() if value is not None}


def test_the_advisory_page_lists_the_topics_without_a_csrf_token(client, advisory_page, advisor):
    response = client.get(advisory_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Krok 1 z 3: wybierz temat" in html
    assert f'href="{advisory_page.url}temat/prawo/"' in html
    assert "csrfmiddlewaretoken" not in html


def test_the_week_of_free_times_is_an_accessible_table_that_links_each_slot(
    client, advisory_page, topic, advisor, day
):
    week = day - timedelta(days=day.weekday())
    response = client.get(f"{advisory_page.url}temat/prawo/?week={week.isoformat()}")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<caption>" in html and "Wolne terminy od" in html
    assert "O doradcach" in html and "Anna Doradczyni" in html
    assert html.count('<th scope="col">') == 2
    assert html.count('<th scope="row">') == 7
    assert form_url(advisory_page, topic, at(day, 9)).replace("&", "&amp;") in html
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies  # cacheable for anonymous visitors
    assert 'rel="next"' in html


def test_choosing_an_advisor_keeps_them_in_the_slot_links_and_week_navigation(
    client, advisory_page, topic, advisor, day
):
    other = make_advisor(name="Bartosz Doradca", email="b@example.org", topics=[topic])
    make_rule(other, weekdays=[day.weekday()], start="15:00", end="16:00")
    week = day - timedelta(days=day.weekday())
    response = client.get(
        f"{advisory_page.url}temat/prawo/?week={week.isoformat()}&advisor={other.pk}"
    )
    html = response.content.decode()
    assert form_url(advisory_page, topic, at(day, 15), other).replace("&", "&amp;") in html
    assert form_url(advisory_page, topic, at(day, 9), advisor).replace("&", "&amp;") not in html
    assert f"advisor={other.pk}" in re.search(r'href="([^"]*)" rel="next"', html).group(1)


def test_a_week_before_today_or_beyond_the_horizon_shows_the_nearest_allowed_week(
    client, advisory_page, advisor
):
    response = client.get(f"{advisory_page.url}temat/prawo/?week=2000-01-03")
    assert response.status_code == 200
    assert 'rel="prev"' not in response.content.decode()
    response = client.get(f"{advisory_page.url}temat/prawo/?week=2100-01-04")
    assert 'rel="next"' not in response.content.decode()


SLOT_PAGE_QUERIES = 13  # budget 15 (issue 8)


def test_the_slot_page_costs_the_same_queries_with_more_advisors_and_bookings(
    client, advisory_page, topic, advisor, day, django_assert_num_queries
):
    url = (
        f"{advisory_page.url}temat/prawo/?week={(day - timedelta(days=day.weekday())).isoformat()}"
    )
    empty_cache_after(client, url)
    with django_assert_num_queries(SLOT_PAGE_QUERIES):
        client.get(url)
    for number in range(4):
        extra = make_advisor(
            name=f"Doradca {number}", email=f"d{number}@example.org", topics=[topic]
        )
        make_rule(extra)
        booking_create(
            topic=topic,
            advisor=extra,
            starts_at=at(day, 9),
            **booking_data(email=f"x{number}@example.org"),
        )
    empty_cache_after(client, url)
    with django_assert_num_queries(SLOT_PAGE_QUERIES):
        response = client.get(url)
    assert response.text.count('class="advisory-slot"') > 0


def test_free_slots_cost_three_queries_whatever_the_window(
    topic, advisor, day, django_assert_num_queries
):
    from advisory.selectors import booking_policy, free_slots

    policy = booking_policy()
    with django_assert_num_queries(3):
        small = free_slots(topic=topic, date_from=day, date_to=day, policy=policy)
    with django_assert_num_queries(3):
        large = free_slots(
            topic=topic, date_from=day, date_to=day + timedelta(weeks=8), policy=policy
        )
    assert 0 < len(small) < len(large)


def test_the_form_page_has_a_csrf_token_and_the_slot_summary(
    client, advisory_page, topic, advisor, day
):
    response = client.get(form_url(advisory_page, topic, at(day, 9), advisor))
    html = response.content.decode()
    assert "csrfmiddlewaretoken" in html
    assert "Anna Doradczyni" in html and "09:00–10:00" in html
    assert "Statut organizacji" in html


def test_a_valid_form_books_and_shows_the_confirmation(client, advisory_page, topic, advisor, day):
    response = client.post(form_url(advisory_page, topic, at(day, 9), advisor), post_data())
    assert response.status_code == 302
    booking = Booking.objects.get()
    assert booking.starts_at == at(day, 9) and booking.email == "jan@example.org"
    page = client.get(response["Location"])
    html = page.content.decode()
    assert "no-store" in page["Cache-Control"]
    assert "Konsultacja zarezerwowana" in html
    assert "jan@example.org" in html and "Anna Doradczyni" in html


def test_any_advisor_is_assigned_at_booking(client, advisory_page, topic, advisor, day):
    response = client.post(form_url(advisory_page, topic, at(day, 9)), post_data())
    assert response.status_code == 302
    assert Booking.objects.get().advisor == advisor


def test_errors_are_polish_next_to_their_fields_and_the_form_keeps_what_was_typed(
    client, advisory_page, topic, advisor, day
):
    response = client.post(
        form_url(advisory_page, topic, at(day, 9), advisor),
        post_data(email="nie-adres", krs="12345678901", consent=None, contact_name=""),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Podaj poprawny adres e-mail" in html
    assert "Numer KRS ma dokładnie 10 cyfr." in html
    assert "Bez tej zgody nie można zarezerwować konsultacji." in html
    assert "Podaj imię i nazwisko." in html
    assert 'value="Fundacja Przykładowa"' in html and 'value="nie-adres"' in html
    assert "Jak założyć stowarzyszenie?" in html
    assert Booking.objects.count() == 0


def test_a_short_krs_number_is_padded_with_leading_zeros(
    client, advisory_page, topic, advisor, day
):
    client.post(form_url(advisory_page, topic, at(day, 9), advisor), post_data(krs="12345"))
    assert Booking.objects.get().krs == "0000012345"


def test_a_filled_honeypot_books_nothing(client, advisory_page, topic, advisor, day):
    response = client.post(
        form_url(advisory_page, topic, at(day, 9), advisor), post_data(homepage="http://spam")
    )
    assert response.status_code == 200
    assert "Nie udało się wysłać formularza" in response.content.decode()
    assert Booking.objects.count() == 0


def test_only_accepted_bookings_count_towards_the_address_limit(
    client, advisory_page, topic, advisor, day, settings
):
    settings.PUBLIC_FORM_RATE_LIMITS = {
        **settings.PUBLIC_FORM_RATE_LIMITS,
        "advisory-booking": {"address": (2, 3600), "email": (5, 3600)},
    }
    url = form_url(advisory_page, topic, at(day, 9), advisor)
    for _ in range(3):  # mistyped attempts never use up the limit
        assert client.post(url, post_data(email="")).status_code == 200
    first = client.post(url, post_data(email="a@example.org"))
    assert first.status_code == 302
    second = client.post(
        form_url(advisory_page, topic, at(day, 10, 15), advisor), post_data(email="b@example.org")
    )
    assert second.status_code == 302
    response = client.post(
        form_url(advisory_page, topic, at(day, 11, 30), advisor), post_data(email="c@example.org")
    )
    html = response.content.decode()
    assert "Ten formularz wysłano już zbyt wiele razy z Twojego adresu sieciowego." in html
    assert "Spróbuj ponownie za 60 minut." in html
    assert Booking.objects.count() == 2
    # Another address (another office) still books.
    other = client.post(
        form_url(advisory_page, topic, at(day, 11, 30), advisor),
        post_data(email="c@example.org"),
        REMOTE_ADDR="10.0.0.9",
    )
    assert other.status_code == 302


def test_the_per_email_limit_is_shown_next_to_the_email_field(
    client, advisory_page, topic, advisor, day
):
    client.post(form_url(advisory_page, topic, at(day, 9), advisor), post_data())
    client.post(form_url(advisory_page, topic, at(day, 10, 15), advisor), post_data())
    response = client.post(form_url(advisory_page, topic, at(day, 11, 30), advisor), post_data())
    html = response.content.decode()
    assert "Ten adres e-mail ma już 2 nadchodzące konsultacje" in html
    assert Booking.objects.count() == 2


def test_a_taken_slot_says_so_and_offers_the_nearest_free_times(
    client, advisory_page, topic, advisor, day
):
    booking_create(
        topic=topic, advisor=advisor, starts_at=at(day, 9), **booking_data(email="a@example.org")
    )
    response = client.post(form_url(advisory_page, topic, at(day, 9), advisor), post_data())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ten termin został właśnie zajęty" in html
    assert f"start={format_start(at(day, 10, 15))}" in html
    assert Booking.objects.count() == 1


def test_a_phone_consultation_requires_a_phone_number(client, advisory_page, day):
    topic = make_topic(name="Podatki", slug="podatki", offers_phone=True)
    advisor = make_advisor(name="Piotr", email="p@example.org", topics=[topic])
    make_rule(advisor, mode="phone")
    url = form_url(advisory_page, topic, at(day, 9), advisor)
    response = client.post(url, post_data(phone=""))
    assert "Podaj numer telefonu, pod który ma zadzwonić doradca." in response.content.decode()
    assert client.post(url, post_data(phone="12 345 67 89")).status_code == 302


def test_an_unknown_topic_is_not_found(client, advisory_page, advisor):
    assert client.get(f"{advisory_page.url}temat/nie-ma/").status_code == 404


def test_a_missing_start_goes_back_to_the_week(client, advisory_page, advisor):
    response = client.get(f"{advisory_page.url}temat/prawo/rezerwacja/?start=jutro")
    assert response.status_code == 302
    assert response["Location"].endswith("/temat/prawo/")


def test_each_free_time_shows_its_form_and_advisor_and_the_week_filters_by_form(
    client, advisory_page, topic, day
):
    anna = make_advisor(name="Anna Doradczyni", email="anna@example.org", topics=[topic])
    make_rule(anna, mode="in_person")
    piotr = make_advisor(name="Piotr Online", email="piotr@example.org", topics=[topic])
    make_rule(piotr, mode="online", place="https://wideo.example.org/pokoj")
    week = day - timedelta(days=day.weekday())
    url = f"{advisory_page.url}temat/prawo/?week={week.isoformat()}"

    html = client.get(url).content.decode()
    # both advisors are free at 9:00: one link each, with the form and the advisor, so the
    # person knows what they book
    nine = format_start(at(day, 9))
    assert f"?start={nine}&amp;advisor={anna.pk}" in html
    assert f"?start={nine}&amp;advisor={piotr.pk}" in html
    slot = re.search(rf'<a class="advisory-slot" href="[^"]*advisor={piotr.pk}".*?</a>', html)
    assert "online" in slot.group(0) and "Piotr Online" in slot.group(0)

    online_only = client.get(url + "&forma=online").content.decode()
    assert f"advisor={piotr.pk}" in online_only
    assert f"advisor={anna.pk}" not in online_only
    assert '<option value="online" selected>' in online_only
    # the week navigation keeps the filter
    assert "forma=online" in re.search(r'<a href="([^"]*)" rel="next"', online_only).group(1)
    # an unknown form is ignored, never an error
    assert client.get(url + "&forma=xyz").status_code == 200


def test_a_time_that_has_passed_says_so_instead_of_just_taken(
    client, advisory_page, topic, advisor
):
    past = timezone.now().replace(microsecond=0) - timedelta(days=2)
    response = client.get(form_url(advisory_page, topic, past))
    html = response.content.decode()
    assert "Ten termin już minął." in html
    assert "został właśnie zajęty" not in html


def test_the_breadcrumbs_end_with_the_topic_and_the_booking_step(
    client, advisory_page, topic, advisor, day
):
    week_html = client.get(f"{advisory_page.url}temat/prawo/").content.decode()
    crumbs = week_html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert f'<a href="{advisory_page.url}">Punkt doradczy</a>' in crumbs
    assert '<span aria-current="page">Prawo</span>' in crumbs

    form_html = client.get(form_url(advisory_page, topic, at(day, 9), advisor)).content.decode()
    crumbs = form_html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert f'<a href="{advisory_page.url}temat/prawo/">Prawo</a>' in crumbs
    assert '<span aria-current="page">Rezerwacja:' in crumbs
    assert crumbs.count('aria-current="page"') == 1
