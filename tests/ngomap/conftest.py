import pytest


@pytest.fixture
def map_page(home_page):
    from tests.ngomap.factories import make_map_page

    return make_map_page(home_page)
