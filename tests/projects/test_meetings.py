from datetime import date, time
from decimal import Decimal

import icalendar
import pytest

from tests.projects.factories import make_meeting


@pytest.mark.django_db
def test_meeting_ical_is_a_valid_calendar_in_europe_warsaw(client, project):
    meeting = make_meeting(
        project, date=date(2018, 5, 25), start_time=time(17), end_time=time(20), room="I p."
    )
    response = client.get(f"{project.url}spotkania/{meeting.pk}/kalendarz/")
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    [timezone_component] = calendar.walk("VTIMEZONE")
    assert timezone_component["TZID"] == "Europe/Warsaw"
    [event] = calendar.walk("VEVENT")
    start = event.decoded("DTSTART")
    assert (start.year, start.month, start.day, start.hour) == (2018, 5, 25, 17)
    assert str(start.tzinfo) == "Europe/Warsaw"
    assert event.decoded("DTEND").hour == 20
    assert "Kultura i sztuka" in str(event["SUMMARY"])
    assert "ul. Krasickiego 18" in str(event["LOCATION"])
    assert str(event["URL"]).endswith(f"/projekty/wpnw/spotkania/{meeting.pk}/")


@pytest.mark.django_db
def test_map_link_uses_openstreetmap_when_there_is_no_map_page(client, project):
    meeting = make_meeting(project, latitude=Decimal("50.0441"), longitude=Decimal("19.9555"))
    html = client.get(project.url).text
    assert (
        "https://www.openstreetmap.org/?mlat=50.044100&amp;mlon=19.955500"
        "#map=17/50.044100/19.955500"
    ) in html
    assert meeting.map_url(map_page_url="/mapa/") == (
        "/mapa/?lat=50.044100&lng=19.955500&zoom=17&label=Fundacja+Biuro+Inicjatyw+Spo%C5%82ecznych"
    )


@pytest.mark.django_db
def test_meeting_without_coordinates_has_no_map_link(project):
    assert make_meeting(project).map_url() == ""


@pytest.mark.django_db
def test_meeting_page_shows_weekday_times_venue_and_event_json_ld(client, project):
    meeting = make_meeting(
        project, date=date(2030, 6, 5), start_time=time(13), end_time=time(16), room="sala 040"
    )
    html = client.get(f"{project.url}spotkania/{meeting.pk}/").text
    assert "środa, 5 czerwca 2030" in html.lower()
    assert "13:00–16:00" in html
    assert "sala 040" in html
    assert '"@type": "Event"' in html
    assert '"startDate": "2030-06-05T13:00:00+02:00"' in html


@pytest.mark.django_db
def test_a_meeting_page_ends_the_breadcrumbs_with_the_meeting(client, project):
    meeting = make_meeting(project, days_ahead=5, topic="Kultura i sztuka")
    html = client.get(project.meeting_url(meeting)).text
    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert f'<a href="{project.url}">{project.title}</a>' in crumbs
    assert f'<span aria-current="page">{meeting.date:%d.%m.%Y} – Kultura i sztuka</span>' in crumbs
    assert crumbs.count('aria-current="page"') == 1
