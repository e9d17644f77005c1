"""Talks in Django's admin are shown with their commitments and never written there: they are recorded, and
their commitments marked done, through ranking.talks on the talks pages and the API."""

import pytest

from tests import factories as f
from tests.ranking.talks_world import talk_with, world

pytestmark = pytest.mark.django_db


def test_the_admin_shows_a_talk_with_its_commitments_and_adds_changes_or_deletes_none(client):
    talk = talk_with(world())
    client.force_login(f.admin_site_user())

    shown = client.get(f"/admin/ranking/talk/{talk.pk}/change/")
    page = shown.content.decode()
    assert shown.status_code == 200 and "第1项整改" in page and "第2项整改" in page and 'name="_save"' not in page
    assert client.get("/admin/ranking/talk/add/").status_code == 403
    assert client.post(f"/admin/ranking/talk/{talk.pk}/delete/", {"post": "yes"}).status_code == 403
    assert talk.commitments.count() == 2
