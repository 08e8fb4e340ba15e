"""A small public site with one page of every type, built with the apps' factories: the ground
for the tests that send bad input to every public endpoint (never the demo)."""

from advisory.services import booking_create
from consultations.services import subscribe
from tests.advisory.factories import (
    at,
    make_advisor,
    make_advisory_page,
    make_rule,
    make_topic,
    next_working_day,
)
from tests.consultations.factories import (
    make_comment,
    make_consultation,
    make_consultation_index,
    make_consultation_meeting,
    make_submission,
    make_units,
)
from tests.guidebook.factories import make_guide_page
from tests.home.factories import make_home_page, make_site_settings, make_standard_page
from tests.news.factories import make_news, make_news_index
from tests.ngomap.factories import area, district, make_map_page, make_organization
from tests.projects.factories import (
    make_meeting,
    make_project,
    make_project_index,
    make_upcoming_meetings_page,
)


def make_public_site():
    home = make_home_page()
    make_site_settings(home)
    standard = make_standard_page(home, title="O platformie", slug="o-platformie")
    projects = make_project_index(home)
    project = make_project(projects, title="Więcej Pomysłów", slug="wpnw")
    meeting = make_meeting(project, registration_open=True, capacity=50)
    upcoming = make_upcoming_meetings_page(home)
    news_index = make_news_index(home)
    news = make_news(news_index, title="Nabór wniosków", tags=["nabór"], projects=[project])
    guide = make_guide_page(home, title="Przewodnik", slug="przewodnik")
    chapter = make_guide_page(guide, title="Konkursy", slug="konkursy")
    map_page = make_map_page(home)
    organization = make_organization(
        name="Zielone Podwórko", district=district(1), areas=[area("1")]
    )
    topic = make_topic(name="Prawo", slug="prawo")
    advisor = make_advisor(topics=[topic])
    make_rule(advisor)
    advisory = make_advisory_page(home)
    day = next_working_day()
    booking = booking_create(
        topic=topic,
        advisor=advisor,
        starts_at=at(day, 9),
        organization_name="Fundacja Przykładowa",
        contact_name="Jan Kowalski",
        email="jan@example.org",
    )
    consultations = make_consultation_index(home)
    consultation = make_consultation(consultations)
    units = make_units(consultation, 6, chapters=2)
    submission = make_submission(consultation, confirmed=False)
    make_comment(submission, units[1])
    consultation_meeting = make_consultation_meeting(
        consultation, registration_open=True, capacity=50
    )
    subscriber = subscribe(index_page=consultations, email="sub@example.org", consent=True)
    return {
        "consultation_meeting": consultation_meeting,
        "subscriber": subscriber,
        "consultations": consultations,
        "consultation": consultation,
        "units": units,
        "submission": submission,
        "home": home,
        "standard": standard,
        "projects": projects,
        "project": project,
        "meeting": meeting,
        "upcoming": upcoming,
        "news_index": news_index,
        "news": news,
        "guide": guide,
        "chapter": chapter,
        "map": map_page,
        "organization": organization,
        "topic": topic,
        "advisor": advisor,
        "advisory": advisory,
        "day": day,
        "booking": booking,
    }
