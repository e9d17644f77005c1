"""An article is drafted, reviewed by someone other than its author, published, and withdrawn or left to expire;
every change keeps a version naming who changed which fields."""

import pytest

from huishang.core.errors import ConcurrentChange, InvalidTransition, NotAllowed, ValidationError
from huishang.knowledge import selectors, services
from huishang.knowledge.models import Article
from huishang.notifications.models import Notification
from tests import factories as f
from tests.knowledge.library import days, drafted, published

pytestmark = pytest.mark.django_db
State = Article.State


def test_a_drafted_article_keeps_version_one_naming_its_writer():
    office = f.office()
    article = drafted(by=office)
    (version,) = article.versions.all()
    assert (article.state, article.version) == (State.DRAFT, 1)
    assert (version.number, version.changed_by, version.title) == (1, office, article.title)
    assert "body" in version.changed_fields


def test_an_edit_is_a_new_version_saying_who_changed_which_fields():
    writer, editor = f.office(), f.office()
    article = drafted(by=writer)
    services.edit_article(article, by=editor, body="修改后的口径：按季度拨付。", note="拨付周期调整")
    latest = article.versions.first()
    assert (article.version, latest.number, latest.changed_by) == (2, 2, editor)
    assert latest.changed_fields == ["body"] and latest.note == "拨付周期调整"
    assert [v.body for v in article.versions.order_by("number")][0] != latest.body


def test_an_edit_that_changes_nothing_keeps_the_version():
    article = drafted()
    services.edit_article(article, by=article.author, title=article.title)
    assert (article.version, article.versions.count()) == (1, 1)


def test_an_edit_of_a_stale_copy_is_refused():
    article = drafted()
    stale = Article.objects.get(pk=article.pk)
    services.edit_article(article, by=article.author, title="新标题")
    with pytest.raises(ConcurrentChange):
        services.edit_article(stale, by=stale.author, title="另一个标题")


def test_a_reviewer_other_than_the_author_publishes_it():
    author, reviewer = f.office(), f.office()
    article = drafted(by=author)
    services.submit_for_review(article, by=author)
    assert Notification.objects.filter(recipient=reviewer, event="knowledge.review_requested").exists()
    assert not Notification.objects.filter(recipient=author, event="knowledge.review_requested").exists()
    services.approve(article, by=reviewer, note="口径准确")
    article.refresh_from_db()
    assert (article.state, article.reviewer, article.review_note) == (State.PUBLISHED, reviewer, "口径准确")


def test_the_author_cannot_approve_their_own_article():
    author = f.office()
    article = drafted(by=author)
    services.submit_for_review(article, by=author)
    with pytest.raises(NotAllowed):
        services.approve(article, by=author)
    assert Article.objects.get(pk=article.pk).state == State.UNDER_REVIEW


def test_whoever_edited_it_since_cannot_approve_it_either():
    author, editor, reviewer = f.office(), f.office(), f.office()
    article = drafted(by=author)
    services.edit_article(article, by=editor, body="编辑者改写的口径。")
    services.submit_for_review(article, by=author)
    with pytest.raises(NotAllowed):
        services.approve(article, by=editor)
    services.approve(article, by=reviewer)


def test_a_draft_is_not_published_without_review():
    article = drafted()
    with pytest.raises(InvalidTransition):
        services.approve(article, by=f.office())


def test_a_unit_writes_wording_but_does_not_approve():
    handler = f.unit_handler()
    article = drafted(by=handler)
    services.submit_for_review(article, by=handler)
    with pytest.raises(NotAllowed):
        services.approve(article, by=f.unit_handler(of=handler.organization))
    services.approve(article, by=f.office())


def test_an_enterprise_cannot_write_articles():
    with pytest.raises(NotAllowed):
        drafted(by=f.enterprise_contact())


def test_a_reviewer_sends_an_article_back_with_the_reason_and_the_author_hears_it():
    author = f.office()
    article = drafted(by=author)
    services.submit_for_review(article, by=author)
    services.send_back(article, by=f.office(), reason="补贴标准已调整，请更新")
    assert Article.objects.get(pk=article.pk).state == State.DRAFT
    assert Notification.objects.filter(recipient=author, event="knowledge.sent_back").count() == 1
    services.submit_for_review(article, by=author)
    with pytest.raises(ValidationError) as no_reason:
        services.send_back(article, by=f.office(), reason=" ")
    assert no_reason.value.field == "reason"


def test_editing_a_published_article_takes_it_back_to_review():
    article = published()
    services.edit_article(article, by=article.author, body="新版口径。")
    assert article.state == State.DRAFT and article.reviewer is None
    assert article not in selectors.search(f.unit_handler(), validity="valid", state=State.PUBLISHED)


def test_a_withdrawn_article_leaves_suggestions_and_cannot_be_approved():
    article = published()
    services.withdraw(article, by=f.office(), reason="政策废止")
    assert Article.objects.get(pk=article.pk).state == State.WITHDRAWN
    with pytest.raises(InvalidTransition):
        services.approve(article, by=f.office())


def test_an_article_names_at_least_one_region_and_expires_after_it_takes_effect():
    with pytest.raises(ValidationError) as no_region:
        services.create_article(by=f.office(), title="无地区", body="正文", kind=Article.Kind.FAQ, regions=[])
    assert no_region.value.field == "regions"
    with pytest.raises(ValidationError) as backwards:
        drafted(effective_on=days(10), expires_on=days(1))
    assert backwards.value.field == "expires_on"


def test_an_expired_article_leaves_search_but_stays_listed_as_expired():
    office = f.office()
    current = published(title="技能提升补贴申领", expires_on=days(30))
    expired = published(title="技能提升补贴旧口径", expires_on=days(-1))
    found = selectors.search(office, q="技能提升补贴")
    assert current in found and expired not in found
    assert expired in selectors.search(office, q="技能提升补贴", validity="expired")
    assert list(selectors.search(office, validity="expired")) == [expired]


def test_an_article_not_yet_in_force_is_not_suggested_or_searched():
    office = f.office()
    later = published(effective_on=days(5))
    assert later not in list(selectors.search(office))
    assert later in list(selectors.search(office, validity="all"))


def test_articles_about_to_expire_are_flagged_to_their_author_once():
    author = f.office()
    soon = published(author=author, expires_on=days(10))
    published(author=author, title="长期有效口径", expires_on=days(200))
    assert services.flag_expiring() == 1
    assert services.flag_expiring() == 0
    notices = Notification.objects.filter(recipient=author, event="knowledge.expiring")
    assert [n.link for n in notices] == [f"/knowledge/{soon.pk}/"]
