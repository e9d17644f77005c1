"""The knowledge API searches and reads what the caller may read, drafts and reviews through the services, and
suggests articles for a matter to staff only."""

import pytest

from huishang.cases.states import State
from huishang.knowledge import services
from huishang.knowledge.models import ArticleUse
from tests import factories as f
from tests.api.client import as_user
from tests.cases.worlds import cast, matter_in
from tests.knowledge.library import days, drafted, published

pytestmark = pytest.mark.django_db


def test_search_finds_by_words_and_leaves_expired_articles_out():
    current = published(title="技能提升补贴申领口径", body="职工取得职业资格证书后可申领技能提升补贴。")
    published(title="技能提升补贴旧口径", body="旧的技能提升补贴。", expires_on=days(-3))
    published(title="道路噪音答复", body="夜间施工噪音由城管查处。")
    found = as_user(f.office()).get("/knowledge/articles", q="技能提升补贴").json()
    assert [row["id"] for row in found] == [current.pk]
    expired = as_user(f.office()).get("/knowledge/articles", q="技能提升补贴", validity="expired").json()
    assert [row["title"] for row in expired] == ["技能提升补贴旧口径"]


def test_an_enterprise_reads_public_articles_only_through_the_api():
    public = published(title="稳岗返还政策", kind="policy", public=True)
    internal = published(title="内部口径")
    client = as_user(f.enterprise_contact())
    assert [row["id"] for row in client.get("/knowledge/articles").json()] == [public.pk]
    assert client.get(f"/knowledge/articles/{internal.pk}").status_code == 404


def test_a_draft_is_published_through_the_api_by_another_reviewer_only():
    writer, reviewer = f.office(), f.office()
    created = as_user(writer).post("/knowledge/articles", {
        "title": "企业开办一次办答复口径", "body": "企业开办实行一网通办，一个工作日内办结。", "kind": "wording",
        "regions": ["511000"], "categories": []})
    assert created.status_code == 201, created.json()
    key = created.json()["id"]
    assert as_user(writer).post(f"/knowledge/articles/{key}/submit").json()["state"] == "under_review"
    refused = as_user(writer).post(f"/knowledge/articles/{key}/review", {"decision": "approve"})
    assert refused.status_code == 403
    assert as_user(reviewer).post(f"/knowledge/articles/{key}/review", {"decision": "approve"}).json()["state"] == "published"


def test_a_draft_names_an_unknown_field_or_region_and_is_refused_naming_it():
    client = as_user(f.office())
    unknown = client.post("/knowledge/articles", {"title": "x", "body": "y", "kind": "faq", "regions": ["511000"],
                                                  "colour": "red"})
    assert unknown.status_code == 422
    outside = client.post("/knowledge/articles", {"title": "x", "body": "y", "kind": "faq", "regions": ["999999"]})
    assert outside.status_code == 422 and outside.json()["field"] == "regions"


def test_a_matters_articles_are_suggested_to_staff_and_refused_to_its_enterprise():
    wording = published(title="招工难问题答复口径", body="技工短缺、招工难，可组织专场招聘会。")
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    suggested = as_user(people.handler).get(f"/matters/{matter.number}/knowledge")
    assert [row["id"] for row in suggested.json()] == [wording.pk]
    assert as_user(people.contact).get(f"/matters/{matter.number}/knowledge").status_code == 403


def test_an_answer_through_the_api_records_the_article_it_used():
    wording = published(title="招工难问题答复口径", body="技工短缺、招工难，可组织专场招聘会。")
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    answered = as_user(people.handler).post(f"/matters/{matter.number}/respond", {
        "content": wording.body + "已组织专场招聘会。", "knowledge_articles": [wording.pk]})
    assert answered.status_code == 200, answered.json()
    assert answered.json()["state"] == "responded"
    (use,) = ArticleUse.objects.all()
    assert (use.article, use.matter, use.by, use.response.content) == (
        wording, matter, people.handler, wording.body + "已组织专场招聘会。")


@pytest.mark.parametrize("unusable", ["withdrawn", "expired", "elsewhere", "draft", "unknown"])
def test_an_answer_through_the_api_naming_an_article_it_may_not_use_is_refused_whole(unusable):
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    _neijiang, _shizhong, yongchuan = f.two_served_places()
    if unusable == "withdrawn":
        article = published(title="旧口径", body="已废止的口径。")
        services.withdraw(article, by=f.office(), reason="政策废止")
    elif unusable == "expired":
        article = published(title="过期口径", body="已过期的口径。", expires_on=days(-1))
    elif unusable == "elsewhere":
        article = published(title="外地口径", body="只在永川适用。", regions=[yongchuan],
                            author=f.office(scope=yongchuan), reviewer=f.office(scope=yongchuan))
    elif unusable == "draft":
        article = drafted(title="草稿口径", body="未经审核。")
    key = article.pk if unusable != "unknown" else 987654
    refused = as_user(people.handler).post(f"/matters/{matter.number}/respond", {
        "content": "已办理", "knowledge_articles": [key]})
    assert refused.status_code == 422, refused.json()
    assert refused.json()["field"] == "knowledge_articles"
    matter.refresh_from_db()
    assert matter.state == State.IN_PROGRESS
    assert not matter.responses.exists() and not ArticleUse.objects.exists()
