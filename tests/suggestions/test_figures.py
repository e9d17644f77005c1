"""``huishang stats suggestions`` counted from a hand-built history, following the period filter."""

import datetime
import json
from io import StringIO

import pytest
from django.core.management import call_command

from huishang.core import clock
from huishang.directory.models import Region
from huishang.suggestions import services, topics
from tests import factories as f
from tests.suggestions import helpers, worlds
from tests.suggestions.topic_worlds import opinion, renovation

pytestmark = pytest.mark.django_db


def _stats(*args) -> dict:
    out = StringIO()
    call_command("stats", "suggestions", "--json", *args, stdout=out)
    return json.loads(out.getvalue())


def test_the_figures_count_the_records_of_the_period(world):
    cast = worlds.Cast()
    helpers.point("yp-02", "渡口公园休憩点")
    with clock.frozen_at(datetime.datetime(2025, 3, 3, 10)):
        adopted = worlds.submitted(title="建议一", phone="13800000001")
        partly = worlds.submitted(title="建议二", phone="13800000002")
        refused = worlds.submitted(title="建议三", phone="13800000003")
        worlds.submitted(title="建议四", phone="13800000004")
    with clock.frozen_at(datetime.datetime(2025, 3, 20, 14)):
        worlds.answered(cast, adopted, "adopted")
        worlds.decided(cast, partly, "partly_adopted")
        worlds.decided(cast, refused, "not_adopted")
    with clock.frozen_at(datetime.datetime(2025, 4, 8, 9)):
        services.publish_implementation(adopted.suggestion, by=cast.office, text="已完成")
        services.rate_suggestion(adopted.suggestion, code=adopted.code, stars=4)
    march = _stats("--from", "2025-03-01", "--to", "2025-03-31")
    assert {k: march[k] for k in ("received", "decided", "adopted", "partly_adopted", "not_adopted", "implemented",
                                  "adoption_rate", "points")} == {
        "received": 4, "decided": 3, "adopted": 2, "partly_adopted": 1, "not_adopted": 1, "implemented": 0,
        "adoption_rate": 66.7, "points": 2}
    april = _stats("--from", "2025-04-01", "--to", "2025-04-30")
    assert (april["received"], april["implemented"], april["rated"], april["average_rating"]) == (0, 1, 1, 4.0)
    assert _stats("--from", "1990-01-01", "--to", "1990-12-31") == {key: 0 if isinstance(value, int) else 0.0
                                                                     for key, value in march.items()}


def test_suggestions_do_not_enter_the_consultation_figures(world):
    cast = worlds.Cast()
    worlds.answered(cast, worlds.submitted())
    out = StringIO()
    call_command("stats", "--json", stdout=out)
    figures = json.loads(out.getvalue())
    assert (figures["assigned"], figures["being_assigned"]) == (0, 0)
    assert _stats()["adopted"] == 1


def test_the_topic_figures_count_topics_opinions_and_supports_of_the_period(world):
    office = f.office(scope=helpers.yangpu())
    with clock.frozen_at(datetime.datetime(2025, 3, 3, 10)):
        topic = renovation(office, opens_on=datetime.date(2025, 3, 3), closes_on=datetime.date(2025, 4, 30))
        canteen = opinion(topic)
        opinion(topic, text="增加停车位。")
        topics.support_opinion(canteen, by=f.enterprise_contact())
    with clock.frozen_at(datetime.datetime(2025, 4, 2, 10)):
        opinion(topic, text="保留老建筑。")
        topics.support_opinion(canteen, by=f.enterprise_contact())
        topics.support_opinion(canteen, by=f.enterprise_contact())
    march, april = _stats("--from", "2025-03-01", "--to", "2025-03-31"), _stats("--from", "2025-04-01", "--to", "2025-04-30")
    assert (march["topics"], march["topic_opinions"], march["supports"]) == (1, 2, 1)
    assert (april["topics"], april["topic_opinions"], april["supports"]) == (0, 1, 2)
    Region.objects.create(code="310109", name="虹口区", parent=Region.objects.get(code="310000"))
    assert (_stats("--region", "310109")["supports"], _stats("--region", helpers.YANGPU)["supports"]) == (0, 3)
