"""Bounded fuzzing: generated input to every public GET endpoint and every public form never gets
a server error (issue 11).

The endpoints come from the URL conf and from the routes of every page type, on a small site
built with the factories; `test_every_public_route_and_form_is_fuzzed` fails when a new route,
page type or public form is not in the lists below, so nothing new escapes the fuzzing.
Hypothesis runs derandomized (the same examples on every run and in CI) and without its example
database. About 280 GET and 80 POST requests keep the file well under a minute on an idle
machine (a page render costs 30-250 ms).
"""

from datetime import date
from urllib.parse import urlencode

import pytest
from django.core.cache import cache
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

from advisory.services import booking_cancel_token, booking_confirmation_token
from advisory.views import format_start
from consultations.services import confirmation_token
from home.forms import HoneypotMixin
from tests.advisory.conftest import booking_data
from tests.advisory.factories import at
from tests.home.public_site import make_public_site
from tests.ngomap.test_submissions import valid_data as submission_data
from tests.projects.test_registration import FORM as REGISTRATION_FORM

pytestmark = pytest.mark.django_db

FUZZ_SETTINGS = settings(
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Every query parameter some public view reads, and a few it does not.
PARAMETERS = [
    "q",
    "page",
    "tag",
    "projekt",
    "status",
    "archiwalne",
    "week",
    "forma",
    "advisor",
    "start",
    "area",
    "district",
    "kind",
    "legal_form",
    "opp",
    "bbox",
    "zoom",
    "lat",
    "lng",
    "label",
    "near",
    "near_lat",
    "near_lng",
    "zgloszono",
    "format",
    "export",
]

NASTY_VALUES = [
    "",
    "\x00",
    "a\x00b",
    "\x0b",
    "\x1b[31m",
    "\x7f\x85\u2028",
    "²",
    "①",
    "٣",
    "-1",
    "0",
    "9" * 30,
    "9" * 5000,
    "-" + "9" * 30,
    "1e309",
    "nan",
    "-inf",
    "99991231T235959Z",
    "00010101T000000Z",
    "9999-12-31",
    "0001-01-01",
    "2026-02-30",
    "-180,-90,180,90",
    "1,2,3",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    '=HYPERLINK("http://evil.example/")',
    "🙂" * 100,
    "x" * 3000,
]

values = st.one_of(
    st.sampled_from(NASTY_VALUES),
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=30),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.dates().map(date.isoformat),
    st.datetimes().map(lambda moment: f"{moment:%Y%m%dT%H%M%S}Z"),
    st.floats().map(str),
)
names = st.one_of(st.sampled_from(PARAMETERS), st.text(max_size=8))
# Repeated names are likely: eight pairs drawn from some twenty-five names.
queries = st.lists(st.tuples(names, values), max_size=8)

# The cases of the issue, on every endpoint at once.
KNOWN_BAD_QUERIES = [
    [("q", "a\x00b"), ("tag", "a\x00b"), ("advisor", "²"), ("start", "99991231T235959Z")],
    [("week", "9999-12-31"), ("advisor", "①"), ("start", "00010101T000000Z"), ("area", "\x00")],
    [("week", "0001-01-01"), ("page", "9" * 5000), ("zoom", "-" + "9" * 30), ("bbox", "nan")],
]


@pytest.fixture
def site():
    return make_public_site()


def public_get_urls(site, *, meeting_id=None):
    """(route, URL) of every public GET endpoint of the site: the URL conf's own views and each
    route of each page (for a plain page, the page itself)."""
    advisory = site["advisory"].url
    project = site["project"].url
    meeting = meeting_id if meeting_id is not None else site["meeting"].pk
    consultation_meeting = meeting_id if meeting_id is not None else site["consultation_meeting"].pk
    news = site["news_index"].url
    map_url = site["map"].url
    booking = site["booking"]
    consultations = site["consultations"].url
    consultation = site["consultation"].url
    return [
        ("szukaj/", "/szukaj/"),
        ("sitemap.xml", "/sitemap.xml"),
        ("robots.txt", "/robots.txt"),
        ("favicon.ico", "/favicon.ico"),
        ("jsi18n/", "/jsi18n/"),
        ("api/mapa/organizacje.geojson", "/api/mapa/organizacje.geojson"),
        ("mapa-eksport/organizacje.csv", "/mapa-eksport/organizacje.csv"),
        ("mapa-eksport/organizacje.geojson", "/mapa-eksport/organizacje.geojson"),
        (
            "punkt-doradczy/odwolanie/<str:token>/",
            f"/punkt-doradczy/odwolanie/{booking_cancel_token(booking)}/",
        ),
        ("documents/^(\\d+)/(.*)$", f"/documents/{meeting}/plik.pdf"),
        (
            "documents/authenticate_with_password/<int:restriction_id>/",
            f"/documents/authenticate_with_password/{meeting}/",
        ),
        ("home.HomePage", site["home"].url),
        ("home.StandardPage", site["standard"].url),
        ("projects.ProjectIndexPage", site["projects"].url),
        ("projects.UpcomingMeetingsPage", site["upcoming"].url),
        ("news.NewsPage", site["news"].url),
        ("projects.ProjectPage:", project),
        ("projects.ProjectPage:spotkania/<int:meeting_id>/", f"{project}spotkania/{meeting}/"),
        (
            "projects.ProjectPage:spotkania/<int:meeting_id>/kalendarz/",
            f"{project}spotkania/{meeting}/kalendarz/",
        ),
        (
            "projects.ProjectPage:spotkania/<int:meeting_id>/potwierdzenie/",
            f"{project}spotkania/{meeting}/potwierdzenie/",
        ),
        ("news.NewsIndexPage:", news),
        ("news.NewsIndexPage:rss/", f"{news}rss/"),
        ("news.NewsIndexPage:atom/", f"{news}atom/"),
        ("news.NewsIndexPage:projekt/<slug:project_slug>/rss/", f"{news}projekt/wpnw/rss/"),
        ("news.NewsIndexPage:projekt/<slug:project_slug>/atom/", f"{news}projekt/wpnw/atom/"),
        ("guidebook.GuidebookPage:", site["guide"].url),
        ("guidebook.GuidebookPage:", site["chapter"].url),
        ("guidebook.GuidebookPage:szukaj/", f"{site['guide'].url}szukaj/"),
        ("guidebook.GuidebookPage:szukaj/", f"{site['chapter'].url}szukaj/"),
        ("ngomap.MapPage:", map_url),
        (
            "ngomap.MapPage:organizacja/<slug:slug>/",
            f"{map_url}organizacja/{site['organization'].slug}/",
        ),
        ("ngomap.MapPage:dodaj/", f"{map_url}dodaj/"),
        ("ngomap.MapPage:^dodaj/dziekujemy/$", f"{map_url}dodaj/dziekujemy/"),
        ("advisory.AdvisoryPage:", advisory),
        ("advisory.AdvisoryPage:temat/<slug:topic_slug>/", f"{advisory}temat/prawo/"),
        (
            "advisory.AdvisoryPage:temat/<slug:topic_slug>/rezerwacja/",
            f"{advisory}temat/prawo/rezerwacja/",
        ),
        (
            "advisory.AdvisoryPage:potwierdzenie/<str:token>/",
            f"{advisory}potwierdzenie/{booking_confirmation_token(booking)}/",
        ),
        ("consultations.ConsultationIndexPage:", consultations),
        ("consultations.ConsultationIndexPage:rss/", f"{consultations}rss/"),
        ("consultations.ConsultationIndexPage:atom/", f"{consultations}atom/"),
        ("consultations.ConsultationIndexPage:kalendarz/", f"{consultations}kalendarz/"),
        ("consultations.ConsultationPage:", consultation),
        ("consultations.ConsultationPage:uwagi/", f"{consultation}uwagi/"),
        ("consultations.ConsultationPage:uwagi/wyslano/", f"{consultation}uwagi/wyslano/"),
        (
            "consultations.ConsultationPage:uwagi/potwierdz/<str:token>/",
            f"{consultation}uwagi/potwierdz/{confirmation_token(site['submission'])}/",
        ),
        ("consultations.ConsultationPage:raport/", f"{consultation}raport/"),
        ("consultations.ConsultationPage:raport/xlsx/", f"{consultation}raport/xlsx/"),
        (
            "consultations.ConsultationPage:spotkania/<int:meeting_id>/",
            f"{consultation}spotkania/{consultation_meeting}/",
        ),
        (
            "consultations.ConsultationPage:spotkania/<int:meeting_id>/kalendarz/",
            f"{consultation}spotkania/{consultation_meeting}/kalendarz/",
        ),
        (
            "consultations.ConsultationPage:spotkania/<int:meeting_id>/potwierdzenie/",
            f"{consultation}spotkania/{consultation_meeting}/potwierdzenie/",
        ),
    ]


def public_forms(site):
    """(form class or route, URL, a valid submission) of every public form that writes."""
    from advisory.forms import BookingForm
    from consultations.forms import CommentAuthorForm
    from ngomap.forms import CorrectionForm, OrganizationSubmissionForm
    from projects.forms import MeetingRegistrationForm

    organization = site["organization"]
    start = format_start(at(site["day"], 10))
    return [
        (
            BookingForm,
            f"{site['advisory'].url}temat/prawo/rezerwacja/?start={start}",
            {**booking_data(), "consent": "on"},
        ),
        (
            MeetingRegistrationForm,
            f"{site['project'].url}spotkania/{site['meeting'].pk}/",
            REGISTRATION_FORM,
        ),
        (
            "consultation meeting registration",
            f"{site['consultation'].url}spotkania/{site['consultation_meeting'].pk}/",
            REGISTRATION_FORM,
        ),
        (
            OrganizationSubmissionForm,
            f"{site['map'].url}dodaj/",
            submission_data(),
        ),
        (
            CorrectionForm,
            f"{site['map'].url}organizacja/{organization.slug}/",
            {
                "description": "Nowy opis",
                "website": "https://nowa.example.org",
                "phone": "12 345 67 89",
                "street": organization.street,
                "building_number": organization.building_number,
                "postcode": organization.postcode,
                "note": "Zmiana adresu strony",
                "submitter_email": "ktos@example.org",
                "consent": "on",
            },
        ),
        (
            "punkt-doradczy/odwolanie/<str:token>/",
            f"/punkt-doradczy/odwolanie/{booking_cancel_token(site['booking'])}/",
            {},
        ),
        (
            CommentAuthorForm,
            f"{site['consultation'].url}uwagi/",
            {
                "organization_name": "Stowarzyszenie Sąsiedzi",
                "contact_name": "Anna Nowak",
                "email": "anna@example.org",
                "consent": "on",
                "uwagi-TOTAL_FORMS": "1",
                "uwagi-INITIAL_FORMS": "0",
                "uwagi-MIN_NUM_FORMS": "1",
                "uwagi-MAX_NUM_FORMS": "50",
                "uwagi-0-unit": str(site["units"][1].uid),
                "uwagi-0-proposed_wording": "Nowe brzmienie",
                "uwagi-0-justification": "Uzasadnienie",
            },
        ),
    ]


def _urlconf_routes(patterns, prefix=""):
    import wagtail.urls
    from wagtail.admin import urls as admin_urls

    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            if pattern.urlconf_module in (wagtail.urls, admin_urls):
                continue  # pages are listed by type below; the admin is not public
            yield from _urlconf_routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route


def _page_routes():
    for model in get_page_models():
        if model is Page:
            continue
        label = model._meta.label
        if issubclass(model, RoutablePageMixin):
            for pattern in model.get_subpage_urls():
                yield f"{label}:{pattern.pattern}"
        else:
            yield label


def _all_subclasses(cls):
    for subclass in cls.__subclasses__():
        yield subclass
        yield from _all_subclasses(subclass)


def test_every_public_route_and_form_is_fuzzed(site):
    fuzzed = {route for route, _url in public_get_urls(site)}
    routes = set(_urlconf_routes(get_resolver().url_patterns)) | set(_page_routes())
    assert routes - fuzzed == set(), "add these routes to public_get_urls"
    forms = {form for form, _url, _data in public_forms(site) if not isinstance(form, str)}
    public = {form for form in _all_subclasses(HoneypotMixin) if "tests" not in form.__module__}
    assert public - forms == set(), "add these public forms to public_forms"


@settings(FUZZ_SETTINGS, max_examples=30)
@given(
    query=queries,
    targets=st.lists(st.integers(min_value=0), min_size=1, max_size=5),
    meeting_id=st.one_of(st.none(), st.integers(0, 10**25)),
)
@example(query=KNOWN_BAD_QUERIES[0], targets=None, meeting_id=None)
@example(query=KNOWN_BAD_QUERIES[1], targets=None, meeting_id=10**25)
@example(query=KNOWN_BAD_QUERIES[2], targets=None, meeting_id=0)
def test_no_public_get_endpoint_answers_a_server_error(client, site, query, targets, meeting_id):
    """A generated example goes to a few endpoints (a request costs a page render); the known
    bad queries go to all of them."""
    cache.clear()
    urls = [url for _route, url in public_get_urls(site, meeting_id=meeting_id)]
    if targets is not None:
        urls = [urls[target % len(urls)] for target in targets]
    for url in urls:
        response = client.get(f"{url}{'&' if '?' in url else '?'}{urlencode(query)}")
        assert response.status_code < 500, (url, query)


def _submission(valid, overrides, extra):
    data = {key: value for key, value in valid.items()}
    for position, value in overrides:
        if data:
            data[sorted(data)[position % len(data)]] = value
    for name, value in extra:
        data.setdefault(name, [])
        if not isinstance(data[name], list):
            data[name] = [data[name]]
        data[name].append(value)
    return data


@settings(FUZZ_SETTINGS, max_examples=12)
@given(
    overrides=st.lists(st.tuples(st.integers(0, 20), values), max_size=4),
    extra=st.lists(st.tuples(names, values), max_size=4),
)
@example(overrides=[(1, "Jan\x0bKowalski"), (5, "a\x00b")], extra=[("areas", "\x00")])
@example(overrides=[(4, "Anna\x00"), (0, "\x0c")], extra=[("email", "x"), ("x\x00", "y")])
@example(overrides=[(0, "\x00"), (8, "9" * 5000)], extra=[("advisor", "²")])
@example(overrides=[(2, "99991231T235959Z"), (6, "²")], extra=[("start", "0001-01-01")])
def test_no_public_form_answers_a_server_error(client, site, overrides, extra):
    """Each example posts to every form: a valid submission with some fields replaced by
    generated values and some fields added or repeated."""
    for _form, url, valid in public_forms(site):
        cache.clear()  # the rate limits would soon refuse everything before validation
        response = client.post(url, _submission(valid, overrides, extra))
        assert response.status_code < 500, (url, overrides, extra)
