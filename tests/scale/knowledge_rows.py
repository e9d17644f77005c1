"""Rows for the knowledge base's list cases: published public articles of the office's city."""

from types import SimpleNamespace

from huishang.knowledge import services
from tests import factories as f
from tests.scale.rows import next_name


def knowledge_world() -> SimpleNamespace:
    office = f.office()
    return SimpleNamespace(viewer=office, office=office, reviewer=f.office(), category=f.category(), names=[])


def add_articles(world, n: int) -> None:
    for i in range(n):
        article = services.create_article(
            by=world.office, title=next_name(world, "知识条目"), body="企业吸纳就业补贴的申领口径。", kind="policy",
            regions=[f.region()], categories=[world.category], public=True, issuing_body="市人社局")
        services.submit_for_review(article, by=world.office)
        services.approve(article, by=world.reviewer)


def article_world() -> SimpleNamespace:
    world = knowledge_world()
    world.article = services.create_article(by=world.office, title="版本测试条目", body="第一版。", kind="faq",
                                            regions=[f.region()])
    return world


def add_versions(world, n: int) -> None:
    """Changes of the article, each a version whose note names it."""
    for _ in range(n):
        note = next_name(world, "修改")
        services.edit_article(world.article, by=world.office, body=f"正文：{note}", note=note)
