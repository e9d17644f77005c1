"""Rows of the consultation topics' lists (征集专题) for the query-count cases: topics, and one topic's
opinions, each filed under a theme of its own and supported once."""

from types import SimpleNamespace

from huishang.suggestions import topics
from tests import factories as f
from tests.scale.rows import next_name
from tests.suggestions import helpers
from tests.suggestions.topic_worlds import opinion, renovation


def topics_world() -> SimpleNamespace:
    office = f.office(scope=helpers.yangpu())
    return SimpleNamespace(viewer=office, office=office, names=[])


def add_topics(world, n):
    for _ in range(n):
        title = next_name(world, "征集专题")
        renovation(world.office, code=f"topic-{len(world.names):03d}", title=title)


def topic_world() -> SimpleNamespace:
    world = topics_world()
    world.topic = renovation(world.office, title="228街坊更新改造方案征求意见")
    return world


def add_opinions(world, n):
    for _ in range(n):
        text = next_name(world, "意见")
        given = opinion(world.topic, text=text)
        topics.file_under_theme(given, by=world.office, theme=text)
        topics.support_opinion(given, by=f.enterprise_contact())
