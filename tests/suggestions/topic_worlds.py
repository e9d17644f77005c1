"""Consultation topics brought to a given point through the services: the 228街坊 renovation in Yangpu."""

import datetime

from huishang.core import clock
from huishang.suggestions import topics
from huishang.suggestions.models import CollectionPoint
from tests.suggestions import helpers


def renovation(office, *, opens_on=None, closes_on=None, code="jf228", title="228街坊更新改造方案征求意见", **fields):
    today = clock.today()
    return topics.open_topic(
        by=office, code=code, kind="project", title=title,
        description="228街坊按“修旧如旧”原则改造，请居民对功能配置提出意见。", region=helpers.yangpu(),
        opens_on=opens_on or today - datetime.timedelta(days=3), closes_on=closes_on or today + datetime.timedelta(days=20),
        **fields,
    )


def legislative_point() -> CollectionPoint:
    return CollectionPoint.objects.create(
        code="yp-09", name="大桥街道基层立法联系点", address="大桥街道长阳路", region=helpers.yangpu(),
        kind="legislative", latitude="31.262100", longitude="121.528400", opened_on="2024-01-01",
    )


def opinion(topic, text="建设社区食堂，方便老人吃饭。", **fields):
    return topics.submit_opinion(topic, text=text, **helpers.solved(), **fields)
