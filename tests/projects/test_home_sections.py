import pytest

from tests.news.factories import make_news, make_news_index
from tests.projects.factories import (
    make_meeting,
    make_project,
    make_upcoming_meetings_page,
)
from tests.query_budget import empty_cache_after


@pytest.mark.django_db
def test_home_shows_latest_news_current_projects_and_upcoming_meetings_in_that_order(
    client, home_page, project_index
):
    news_index = make_news_index(home_page)
    make_upcoming_meetings_page(home_page)
    project = make_project(project_index, title="Forum", slug="forum", status="ongoing")
    make_project(project_index, title="Stary", slug="stary", status="completed")
    make_meeting(project, topic="Spotkanie otwarte", days_ahead=3)
    make_meeting(project, topic="Spotkanie minione", days_ahead=-3)
    make_news(news_index, title="Raport z konsultacji", slug="raport")
    html = client.get("/").text
    main = html[html.index("<main") :]
    news_at = main.index("Najnowsze aktualności")
    projects_at = main.index("Bieżące projekty")
    meetings_at = main.index("Najbliższe spotkania</h2>")
    assert news_at < projects_at < meetings_at
    assert "Raport z konsultacji" in main
    assert "Forum" in main[projects_at:meetings_at] and "Stary" not in main
    assert "Spotkanie otwarte" in main and "Spotkanie minione" not in main
    assert "Wszystkie najbliższe spotkania" in main


@pytest.mark.django_db
@pytest.mark.parametrize("count", [5, 50])
def test_home_costs_the_same_queries_for_5_and_50_news_projects_and_meetings(
    client, home_page, project_index, django_assert_num_queries, count
):
    news_index = make_news_index(home_page)
    make_upcoming_meetings_page(home_page)
    for number in range(count):
        project = make_project(project_index, title=f"P {number}", slug=f"p-{number}")
        make_meeting(project, days_ahead=number + 1)
        make_news(news_index, title=f"N {number}", slug=f"n-{number}", projects=[project])
    empty_cache_after(client, "/")
    with django_assert_num_queries(HOME_QUERIES):
        assert client.get("/").status_code == 200


HOME_QUERIES = 13  # the page, its content sections, the advisory point, the services and the
# open consultations: the budget of 15 (issue 8)
