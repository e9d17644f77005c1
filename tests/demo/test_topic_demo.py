"""The demo's consultation topics (seed 004): the 228街坊 renovation, where the community canteen was the call
heard most and its result is published, and a draft law whose opinions went to the legislature as a numbered
document; counted by ``huishang stats suggestions``."""

import json
import re
from io import StringIO

import pytest
from django.core.management import call_command

from huishang.suggestions import topic_selectors
from huishang.suggestions.models import Support, Topic

pytestmark = pytest.mark.django_db


def test_the_228_renovation_heard_the_canteen_most_and_published_its_result(demo_world):
    renovation = Topic.objects.get(code="jiefang-228")
    summary = topic_selectors.summary(renovation)
    assert summary["themes"][0]["theme"] == "社区食堂"
    assert summary["themes"][0]["supports"] == max(row["supports"] for row in summary["themes"])
    assert "社区食堂" in topic_selectors.opinions_of(renovation).first().text
    assert topic_selectors.stage_of(renovation) == "published" and "熊猫饭堂" in renovation.result
    # Supporters' phones are kept as keyed hashes (64 hex digits), never as numbers; a hash may begin with "139"
    # by chance, so the rule is the shape of every key, not its first digits.
    keys = Support.objects.exclude(phone_key="").values_list("phone_key", flat=True)
    assert keys and all(re.fullmatch(r"[0-9a-f]{64}", key) for key in keys)


def test_the_draft_law_was_consulted_at_the_legislative_contact_point_and_forwarded_numbered(demo_world):
    draft = Topic.objects.get(kind="draft_law")
    assert draft.point.kind == "legislative"
    assert draft.forwardings.get().document_number == "〔2025〕1号"


def test_the_stats_count_the_demo_topics(demo_world):
    out = StringIO()
    call_command("stats", "suggestions", "--json", stdout=out)
    figures = json.loads(out.getvalue())
    assert (figures["topics"], figures["topic_opinions"], figures["supports"]) == (2, 14, 183)


def test_each_demo_topic_carries_its_document(demo_world):
    for topic in Topic.objects.all():
        document = topic.documents.get()
        assert document.content_type == "application/pdf" and document.file.read(4) == b"%PDF"
