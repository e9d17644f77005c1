"""The scheme in Django's admin is checked and saved by the same service as the office's page: a weight of a
rate no scheme can count is refused on the form, a valid one is saved with who saved it."""

import pytest

from huishang.ranking.models import Scheme
from tests import factories as f

pytestmark = pytest.mark.django_db


def _form(**changes) -> dict:
    return {"region": f.region().pk, "year": "2024", "weights": '{"solved_rate": 60, "satisfaction_rate": 40}',
            "fairly_weight": "0.8", "grouping": "by_level", "flagged": "2", "closing_day": ""} | changes


def test_the_admin_saves_a_scheme_through_the_service(client):
    administrator = f.admin_site_user()
    client.force_login(administrator)
    answer = client.post("/admin/ranking/scheme/add/", _form())
    assert answer.status_code == 302, answer.content.decode()[-2000:]
    scheme = Scheme.objects.get()
    assert scheme.weights == {"solved_rate": 60, "satisfaction_rate": 40} and scheme.updated_by == administrator


def test_the_admin_refuses_a_rate_no_scheme_counts(client):
    client.force_login(f.admin_site_user())
    answer = client.post("/admin/ranking/scheme/add/", _form(weights='{"speed_rate": 10}'))
    assert answer.status_code == 200 and "speed_rate" in answer.content.decode()
    assert not Scheme.objects.exists()
