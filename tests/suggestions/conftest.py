import pytest

from tests.suggestions import helpers


@pytest.fixture
def world(db):
    """Yangpu, a category and the fitness station's collection point."""
    helpers.riverside_category()
    return helpers.point()
