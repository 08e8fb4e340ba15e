import pytest

from tests.consultations.factories import make_consultation, make_consultation_index


@pytest.fixture
def consultation_index(home_page):
    return make_consultation_index(home_page)


@pytest.fixture
def consultation(consultation_index):
    return make_consultation(consultation_index)
