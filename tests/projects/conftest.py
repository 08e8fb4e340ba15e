import pytest

from tests.projects.factories import make_meeting, make_project, make_project_index


@pytest.fixture
def project_index(home_page):
    return make_project_index(home_page)


@pytest.fixture
def project(project_index):
    return make_project(project_index, title="Więcej Pomysłów na Współpracę", slug="wpnw")


@pytest.fixture
def open_meeting(project):
    return make_meeting(project, registration_open=True, capacity=2)
