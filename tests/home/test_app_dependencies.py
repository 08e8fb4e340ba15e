"""The apps depend on each other in one direction only: every app may use home (the base), news
may use projects (a news item names its projects), projects may use the map (a venue's link);
never the other way round. A page that shows another app's content (the home page its news and
projects, a project page its news) gets it through a hook, not an import."""

import ast
from pathlib import Path

import pytest

from tests.news.factories import make_news, make_news_index
from tests.projects.factories import make_project, make_project_index

ROOT = Path(__file__).resolve().parents[2]
APPS = ["home", "projects", "news", "guidebook", "ngomap", "advisory"]


def imported_apps(app):
    """The other apps `app` imports anywhere (module level or inside a function)."""
    found = {}
    for path in (ROOT / app).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in APPS and top != app:
                    found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def test_projects_never_import_news():
    assert "news" not in imported_apps("projects")


def test_home_imports_no_other_app():
    assert imported_apps("home") == {}


def test_there_is_no_import_cycle_between_apps():
    graph = {app: set(imported_apps(app)) for app in APPS}

    def visit(app, path):
        for dependency in graph[app]:
            if dependency in path:
                pytest.fail(f"import cycle: {' → '.join([*path, dependency])}")
            visit(dependency, [*path, dependency])

    for app in APPS:
        visit(app, [app])


@pytest.mark.django_db
def test_the_project_page_shows_its_news_through_the_hook(client, home_page):
    project = make_project(make_project_index(home_page), title="Sąsiedzi", slug="sasiedzi")
    index = make_news_index(home_page)
    make_news(index, title="Raport z konsultacji", slug="raport", projects=[project])
    make_news(index, title="Inna wiadomość", slug="inna")
    quiet = make_project(project.get_parent(), title="Cisza", slug="cisza")
    html = client.get(project.url).text
    assert "Aktualności o projekcie" in html
    assert "Raport z konsultacji" in html and "Inna wiadomość" not in html
    assert "Aktualności o projekcie" not in client.get(quiet.url).text
