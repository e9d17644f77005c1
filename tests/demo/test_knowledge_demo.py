"""The demo's knowledge base: published policies, wording, a responsibility list and questions of 内江 and 永川,
one wording waiting for review, one policy expiring within the month, one answer that used a wording."""

import pytest

from huishang.figures.selectors import Scope
from huishang.knowledge.figures import knowledge_figures
from huishang.knowledge.models import Article, ArticleUse

pytestmark = pytest.mark.django_db


def test_the_demo_knowledge_base_holds_every_kind_published_and_one_waiting_for_review(demo_world):
    figures = knowledge_figures(Scope())
    assert figures["articles_by_kind"] == {"policy": 7, "wording": 3, "responsibility": 1, "faq": 1}
    assert figures["articles_by_state"] == {"draft": 0, "under_review": 1, "published": 11, "withdrawn": 0}
    assert figures["near_expiry"] == 1
    assert {region.code for article in Article.objects.all() for region in article.regions.all()} == {"511000", "500118"}


def test_an_answer_of_the_demo_used_the_talent_wording(demo_world):
    (use,) = ArticleUse.objects.select_related("article", "matter__category")
    assert use.article.title == "招工难、技工短缺问题答复口径" and use.matter.category.code == "talent"
    assert knowledge_figures(Scope())["answers_with_article"]["answers"] == 1
