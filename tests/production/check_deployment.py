"""The production check: the site deployed as the README says, looked at over real HTTP.

Run by `.ci/production_check.sh` (`make production-check`, the last stage of `.ci/run`) once it
has run the README's blocks (deployment, gunicorn, the task worker) next to a local SMTP server
that writes what it receives into a Maildir. Not a pytest module: pytest collects `test_*.py`
only. It talks to gunicorn as nginx would (`X-Forwarded-Proto: https`, `X-Real-IP`), keeps
cookies like a browser, and uses the ORM only to find its way (which pages exist, which meeting
takes registrations) and to create one user per staff group; everything it checks goes through
HTTP or the SMTP server.

    python -m tests.production.check_deployment --base-url http://127.0.0.1:8001 --maildir /tmp/mail
"""

import argparse
import email
import email.policy
import html
import json
import mailbox
import re
import secrets
import sys
import time
import urllib.parse
from pathlib import Path

import django
from icalendar import Calendar

from tests.production.admin_pages import check_admin
from tests.production.browser import Browser, CheckFailed, FormParser

WAIT_SECONDS = 120  # for gunicorn to answer and for the worker to deliver an e-mail

HASHED_STATIC = re.compile(r"\.[0-9a-f]{12}\.(css|js)$")
STATIC_REFERENCE = re.compile(r"""(?:href|src)="(/static/[^"?#]+\.(?:css|js))""")


class Report:
    """What was checked, by section; short sections are printed in full, long ones counted."""

    LISTED = 45

    def __init__(self):
        self.passed = []
        self.failed = []
        self.seconds = {}

    def check(self, section, description, condition, detail=""):
        if condition:
            self.passed.append((section, description))
        else:
            self.failed.append((section, f"{description}: {detail}" if detail else description))
        return condition

    def timed(self, name, function, *args):
        started = time.monotonic()
        try:
            return function(*args)
        finally:
            self.seconds[name] = time.monotonic() - started

    def print(self):
        sections = {}
        for section, description in self.passed:
            sections.setdefault(section, []).append(description)
        for section, descriptions in sections.items():
            print(f"{section}: {len(descriptions)} checks passed")
            if len(descriptions) <= self.LISTED:
                for description in descriptions:
                    print(f"  ok  {description}")
        for section, description in self.failed:
            print(f"FAILED [{section}] {description}")
        print("time: " + ", ".join(f"{name} {sec:.0f} s" for name, sec in self.seconds.items()))


def wait_until_serving(browser):
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        try:
            if browser.get("/robots.txt").status == 200:
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise CheckFailed(f"gunicorn did not answer within {WAIT_SECONDS} s")
        time.sleep(0.5)


def site_map():
    """Where things are: one URL per page type and route, found with the ORM."""
    from wagtail.models import Page, Site

    from advisory.models import Advisor, AdvisoryPage, Booking
    from advisory.selectors import topics_for_booking
    from guidebook.models import GuidebookPage
    from home.models import HomePage
    from news.models import NewsIndexPage, NewsPage
    from ngomap.models import MapPage, Organization
    from projects.models import Meeting, ProjectIndexPage, ProjectPage, UpcomingMeetingsPage

    def first(model):
        page = model.objects.live().public().order_by("path").first()
        if page is None:
            raise CheckFailed(f"the demo has no live {model.__name__}")
        return page

    guides = GuidebookPage.objects.live().public().order_by("depth", "path")
    guide = guides.first()
    section = guides.filter(depth=guide.depth + 2).first() or guides.last()
    project = first(ProjectPage)
    meeting = next(
        (
            meeting
            for meeting in Meeting.objects.filter(page__live=True).order_by("date")
            if meeting.accepts_registrations and not meeting.is_full
        ),
        None,
    )
    if meeting is None:
        raise CheckFailed("the demo has no meeting that takes registrations")
    advisory = first(AdvisoryPage)
    topic = topics_for_booking().first()
    news_index = first(NewsIndexPage)
    news = first(NewsPage)
    map_page = first(MapPage)
    organization = Organization.objects.filter(live=True).order_by("name").first()
    pages = {
        "home": first(HomePage).url,
        "project list": first(ProjectIndexPage).url,
        "a project": project.url,
        "a meeting": meeting.page.specific.meeting_url(meeting),
        "a meeting's iCalendar file": meeting.page.specific.meeting_url(meeting, "meeting_ical"),
        "news list": news_index.url,
        "a news item": news.url,
        "news RSS feed": news_index.url + news_index.reverse_subpage("feed_rss"),
        "news Atom feed": news_index.url + news_index.reverse_subpage("feed_atom"),
        "the guide": guide.url,
        "a guide section": section.url,
        "the guide's search": guide.url + guide.reverse_subpage("search") + "?q=organizacja",
        "upcoming meetings": first(UpcomingMeetingsPage).url,
        "the map page": map_page.url,
        "the map list filtered": map_page.url + "?q=fundacja",
        "an organization": organization.get_url(),
        "add organization": map_page.url + "dodaj/",
        "the advisory page": advisory.url,
        "a topic week": advisory.url + advisory.reverse_subpage("topic_slots", args=[topic.slug]),
        "search": "/szukaj/?q=konsultacje",
        "sitemap": "/sitemap.xml",
        "robots.txt": "/robots.txt",
        "the GeoJSON endpoint": "/api/mapa/organizacje.geojson",
        "the CSV export": "/mapa-eksport/organizacje.csv",
        "the GeoJSON export": "/mapa-eksport/organizacje.geojson",
    }
    # Every page type that has a live page, so a new type is checked without editing this list.
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        pages.setdefault(f"page type {type(page).__name__}", page.url)
    return {
        "pages": pages,
        "site": Site.objects.get(is_default_site=True),
        "project": project,
        "meeting": meeting,
        "advisory": advisory,
        "topic": topic,
        "organization": organization,
        "news": news,
        "page_models": {type(page) for page in Page.objects.filter(depth__gt=1).specific()},
        "Advisor": Advisor,
        "Booking": Booking,
    }


def check_pages(report, browser, where):
    for name, url in where["pages"].items():
        response = browser.get(url)
        report.check("pages", f"{name} {url} answers 200", response.status == 200, response.status)
        if name == "the GeoJSON endpoint" and response.status == 200:
            features = json.loads(response.body).get("features", [])
            report.check("pages", "the GeoJSON endpoint has markers", features, "no features")
        if name == "a meeting's iCalendar file" and response.status == 200:
            report.check("pages", "the meeting's .ics parses", parse_ical(response.body))
    missing = browser.get("/nie-ma-takiej-strony/")
    report.check(
        "pages",
        "a missing page answers 404 with the site's Polish page",
        missing.status == 404 and 'lang="pl"' in missing.text,
        missing.status,
    )


def check_search_index(report, browser, where):
    """Wagtail indexes pages in tasks: once the worker has run them, search finds a news item."""
    news = where["news"]
    word = max(re.findall(r"\w+", news.title), key=len)
    deadline = time.monotonic() + WAIT_SECONDS
    for attempt in range(1, 10_000):
        # A new URL each time, so that no page cache answers with an earlier, empty result.
        search = f"/szukaj/?q={urllib.parse.quote(word)}&proba={attempt}"
        found = news.url in browser.get(search).text
        if found or time.monotonic() > deadline:
            break
        time.sleep(2)
    report.check("pages", f"search for {word!r} finds {news.url} (indexed by the worker)", found)


def parse_ical(data):
    calendar = Calendar.from_ical(data)
    return calendar.walk("VEVENT")


def check_static(report, browser, where):
    seen = set()
    for url in (where["pages"]["home"], where["pages"]["the map page"], "/admin/login/"):
        seen.update(STATIC_REFERENCE.findall(browser.get(url).text))
    report.check("static files", "pages refer to static files", seen, "none found")
    report.check(
        "static files",
        "the map page loads markercluster from the manifest",
        any("leaflet.markercluster" in path for path in seen),
        sorted(seen),
    )
    for path in sorted(seen):
        report.check("static files", f"{path} has a hashed name", HASHED_STATIC.search(path))
        response = browser.get(path, headers={"Accept-Encoding": "gzip, br"})
        report.check("static files", f"{path} answers 200", response.status == 200, response.status)
        report.check(
            "static files",
            f"{path} comes compressed",
            response.header("Content-Encoding") in ("gzip", "br"),
            response.header("Content-Encoding") or "no Content-Encoding",
        )
        cache_control = response.header("Cache-Control")
        report.check(
            "static files",
            f"{path} is cached for a year or more",
            "immutable" in cache_control
            and int(re.search(r"max-age=(\d+)", cache_control + " max-age=0")[1]) >= 31536000,
            cache_control,
        )


def check_security_headers(report, browser, where):
    response = browser.get(where["pages"]["home"])
    hsts = response.header("Strict-Transport-Security")
    expected = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "X-Frame-Options": "DENY",
    }
    report.check(
        "security headers",
        "HSTS for a year with subdomains",
        "includeSubDomains" in hsts
        and int(re.search(r"max-age=(\d+)", hsts or "max-age=0")[1]) >= 31536000,
        hsts,
    )
    for header, value in expected.items():
        report.check(
            "security headers",
            f"{header}: {value}",
            response.header(header) == value,
            response.header(header),
        )
    plain = browser.get(where["pages"]["home"], secure=False)
    report.check(
        "security headers",
        "plain HTTP is redirected to HTTPS",
        plain.status == 301 and plain.header("Location").startswith("https://"),
        f"{plain.status} {plain.header('Location')}",
    )


def wait_for_mail(maildir, recipient, *, subject_contains=""):
    """The first message to `recipient` that the SMTP server wrote into the Maildir."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if Path(maildir, "new").is_dir():
            for key in mailbox.Maildir(maildir, create=False).keys():
                path = Path(maildir, "new", key)
                if not path.exists():
                    path = next(Path(maildir, "cur").glob(f"{key}*"), path)
                message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
                if recipient in message.get("To", "") and subject_contains in str(
                    message.get("Subject", "")
                ):
                    return message
        time.sleep(1)
    raise CheckFailed(f"no e-mail to {recipient} reached the SMTP server in {WAIT_SECONDS} s")


def ical_attachment(message):
    for part in message.iter_attachments():
        if part.get_content_type() == "text/calendar":
            return part.get_payload(decode=True)
    return None


def check_mail_with_ical(report, section, maildir, recipient, *, starts_at=None):
    try:
        message = wait_for_mail(maildir, recipient)
    except CheckFailed as error:
        report.check(section, "the worker delivers the confirmation", False, error)
        return
    report.check(section, f"the worker delivers the confirmation to {recipient}", True)
    attachment = ical_attachment(message)
    if not report.check(section, "the confirmation carries an .ics file", attachment):
        return
    events = parse_ical(attachment)
    report.check(section, "the .ics parses with one event", len(events) == 1, len(events))
    if starts_at is not None and events:
        start = events[0].decoded("DTSTART")
        report.check(section, "the .ics starts when the slot does", start == starts_at, f"{start}")


def book_a_consultation(report, browser, where, maildir, run_id):
    from datetime import UTC, datetime

    section = "booking"
    week_url = where["pages"]["a topic week"]
    form_path = None
    shown_week = ""
    for _week in range(10):  # the booking horizon is eight weeks
        week = browser.get(week_url)
        links = re.findall(r'href="([^"]*rezerwacja/\?start=[^"]+)"', week.text)
        if links:
            form_path = html.unescape(links[0])
            break
        later = sorted(
            w for w in re.findall(r'href="\?week=(\d{4}-\d\d-\d\d)', week.text) if w > shown_week
        )
        if not later:
            break
        shown_week = later[0]
        week_url = f"{where['pages']['a topic week']}?week={shown_week}"
    if not report.check(section, "the topic's week shows a free time", form_path):
        return
    if not form_path.startswith("/"):
        form_path = urllib.parse.urljoin(week_url, form_path)
    starts_at = datetime.strptime(
        urllib.parse.parse_qs(urllib.parse.urlsplit(form_path).query)["start"][0],
        "%Y%m%dT%H%M%SZ",
    ).replace(tzinfo=UTC)
    email_address = f"booking-{run_id}@example.org"
    confirmation = submit_form(
        report,
        section,
        browser,
        form_path,
        field="organization_name",
        values={
            "organization_name": "Fundacja Sprawdzenia Wdrożenia",
            "contact_name": "Anna Testowa",
            "email": email_address,
            "phone": "12 345 67 89",
            "question": "Czy wdrożenie działa?",
            "consent": "on",
        },
        description="posting the form books the slot",
    )
    if confirmation is None:
        return
    report.check(
        section, "the confirmation page shows the booking", email_address in confirmation.text
    )
    booking = where["Booking"].objects.filter(email=email_address).select_related("advisor").get()
    where["booked_advisor"] = booking.advisor
    where["booking"] = booking
    check_mail_with_ical(report, section, maildir, email_address, starts_at=starts_at)
    try:
        wait_for_mail(maildir, booking.advisor.email)
        report.check(section, f"the advisor's notice reaches {booking.advisor.email}", True)
    except CheckFailed as error:
        report.check(section, "the advisor's notice is delivered", False, error)


def register_for_a_meeting(report, browser, where, maildir, run_id):
    section = "meeting registration"
    email_address = f"registration-{run_id}@example.org"
    confirmation = submit_form(
        report,
        section,
        browser,
        where["pages"]["a meeting"],
        field="organisation",
        values={
            "name": "Jan Sprawdzający",
            "organisation": "Stowarzyszenie Wdrożeniowe",
            "email": email_address,
            "phone": "",
            "accessibility_needs": "",
            "consent": "on",
        },
        description="posting the form registers",
    )
    if confirmation is not None:
        check_mail_with_ical(report, section, maildir, email_address)


def submit_form(report, section, browser, path, *, field, values, description):
    """GET the page with the form (keeping its CSRF cookie), POST it filled in as a person would,
    follow the redirect: the confirmation page, or None when the post was refused."""
    page = browser.get(path)
    report.check(section, f"the form {path} answers 200", page.status == 200, page.status)
    report.check(section, "the form sets the CSRF cookie", "csrftoken" in browser.cookies)
    action, fields = FormParser.post_form(page.text, field)
    # Where a browser would send it: the action resolved against the page, without a fragment.
    target = urllib.parse.urldefrag(urllib.parse.urljoin(path, action)).url
    response = browser.post(target, {**fields, **values})
    location = response.header("Location")
    if not report.check(
        section,
        description,
        response.status == 302 and location,
        f"{response.status} {response.text[:300]}",
    ):
        return None
    confirmation = browser.get(urllib.parse.urljoin(path, location))
    report.check(
        section,
        "the confirmation page answers 200",
        confirmation.status == 200,
        confirmation.status,
    )
    return confirmation


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True, help="where gunicorn listens")
    parser.add_argument("--maildir", required=True, help="where the SMTP server writes")
    arguments = parser.parse_args()
    django.setup()
    report = Report()
    browser = Browser(arguments.base_url, client_ip="192.0.2.1")
    run_id = secrets.token_hex(4)
    visitor = Browser(arguments.base_url, client_ip="192.0.2.2")
    try:
        report.timed("start", wait_until_serving, browser)
        where = site_map()
        report.timed("pages", check_pages, report, browser, where)
        report.timed("static", check_static, report, browser, where)
        check_security_headers(report, browser, where)
        report.timed(
            "booking", book_a_consultation, report, browser, where, arguments.maildir, run_id
        )
        report.timed(
            "registration",
            register_for_a_meeting,
            report,
            visitor,
            where,
            arguments.maildir,
            run_id,
        )
        report.timed("search index", check_search_index, report, browser, where)
        report.timed("admin", check_admin, report, arguments.base_url, where)
    except CheckFailed as error:
        report.check("setup", str(error), False)
    report.print()
    if report.failed:
        print(f"{len(report.failed)} of {len(report.passed) + len(report.failed)} checks failed.")
        return 1
    print(f"All {len(report.passed)} checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
