"""Where people work: the matter page suggests the articles most relevant to the matter, an answer records the
wording it started from, a satisfied answer can be proposed as wording, and the butler sees the policies for an
enterprise's industry and region."""

import pytest

from huishang.cases.states import State
from huishang.knowledge import selectors, services
from huishang.knowledge.models import Article, ArticleUse
from tests import factories as f
from tests.cases.worlds import cast, matter_in
from tests.knowledge.library import days, published
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def _library():
    wording = published(title="招工难问题答复口径", body="针对企业招工难、技工短缺，人社部门可组织专场招聘会，并落实吸纳就业补贴。",
                        categories=[f.category()])
    unrelated = published(title="道路施工噪音投诉答复口径", body="夜间施工噪音扰民的，由城管部门依法查处。")
    return wording, unrelated


def test_the_most_relevant_article_is_suggested_first_for_a_matter():
    wording, unrelated = _library()
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    suggested = selectors.suggestions_for(matter, user=people.handler)
    assert suggested[0] == wording and unrelated not in suggested


def test_an_expired_or_withdrawn_article_is_not_suggested():
    wording, _unrelated = _library()
    services.withdraw(wording, by=f.office(), reason="口径更新")
    expired = published(title="招工难旧口径", body="企业招工难、技工短缺的旧答复。", expires_on=days(-1))
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    suggested = selectors.suggestions_for(matter, user=people.handler)
    assert wording not in suggested and expired not in suggested


def test_an_article_of_another_place_is_not_suggested():
    neijiang, _shizhong, yongchuan = f.two_served_places()
    elsewhere = published(title="招工难问题答复口径", body="技工短缺、招工难的答复。", regions=[yongchuan],
                          author=f.office(scope=yongchuan), reviewer=f.office(scope=yongchuan))
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    assert elsewhere not in selectors.suggestions_for(matter, user=f.office(scope=None))


def test_the_unit_sees_suggestions_and_its_answer_records_the_wording_it_used():
    wording, _unrelated = _library()
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    unit = signed_in(people.handler)
    page = unit.get(f"/matters/{matter.number}/")
    assert f'data-insert-article="{wording.pk}"' in page.content.decode()
    unit.post(f"/matters/{matter.number}/respond/", {
        "respond-version": matter.version, "respond-content": wording.body + "\n已于本周组织专场招聘会。",
        "knowledge_articles": [str(wording.pk)], "confirmed": "1"})
    matter.refresh_from_db()
    assert matter.state == State.RESPONDED
    (use,) = ArticleUse.objects.all()
    assert (use.article, use.matter, use.by) == (wording, matter, people.handler)
    assert "引用的知识： 招工难问题答复口径" in text_of(unit.get(f"/matters/{matter.number}/"))


def test_an_answer_naming_an_article_it_may_not_use_is_refused_with_the_reason():
    draft = services.create_article(by=f.office(), title="草稿口径", body="未审核", kind=Article.Kind.WORDING,
                                    regions=[f.region()])
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    page = signed_in(people.handler).post(f"/matters/{matter.number}/respond/", {
        "respond-version": matter.version, "respond-content": "已办理", "knowledge_articles": [str(draft.pk)],
        "confirmed": "1"})
    assert page.status_code == 422
    assert "只能引用已发布、在有效期内且适用于本事项所在地区的知识" in text_of(page)
    matter.refresh_from_db()
    assert matter.state == State.IN_PROGRESS and not ArticleUse.objects.exists()


def test_an_enterprise_sees_no_internal_suggestions_on_its_matter():
    _library()
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    assert "data-knowledge-suggestions" not in signed_in(people.contact).get(f"/matters/{matter.number}/").content.decode()


def test_a_satisfied_answer_is_proposed_as_a_draft_wording_and_an_unsatisfied_one_is_not():
    people = cast()
    resolved = matter_in(State.RESOLVED, people)
    article = services.propose_from_matter(resolved, by=people.office)
    assert (article.state, article.kind, article.source_matter) == (Article.State.DRAFT, Article.Kind.WORDING, resolved)
    assert article.body == "已协调解决" and list(article.regions.all()) == [resolved.region]
    from huishang.core.errors import InvalidTransition

    with pytest.raises(InvalidTransition):
        services.propose_from_matter(matter_in(State.RESPONDED, people), by=people.office)


def test_the_butler_sees_the_policies_for_the_enterprises_industry_and_region():
    neijiang, shizhong, yongchuan = f.two_served_places()
    enterprise = f.enterprise(in_region=shizhong)
    enterprise.industry = "制造业"
    enterprise.save()
    for_industry = published(title="制造业技改补贴", kind=Article.Kind.POLICY, regions=[neijiang], industries="制造业")
    for_all = published(title="稳岗返还", kind=Article.Kind.POLICY, regions=[neijiang])
    other_industry = published(title="餐饮业纾困", kind=Article.Kind.POLICY, regions=[neijiang], industries="餐饮业")
    other_place = published(title="永川人才政策", kind=Article.Kind.POLICY, regions=[yongchuan],
                            author=f.office(scope=yongchuan), reviewer=f.office(scope=yongchuan))
    wording = published(title="制造业答复口径", regions=[neijiang])
    butler = f.user("butler", scope=neijiang)
    assert selectors.policies_for(enterprise, user=butler) == [for_industry, for_all]
    assert not {other_industry, other_place, wording} & set(selectors.policies_for(enterprise, user=butler))


def test_the_visit_form_lists_the_policies_for_the_chosen_enterprise():
    from tests.butlers.people import butler_world

    world = butler_world()
    world.enterprise.industry = "制造业"
    world.enterprise.save()
    published(title="制造业技改补贴", kind=Article.Kind.POLICY, industries="制造业")
    published(title="餐饮业纾困", kind=Article.Kind.POLICY, industries="餐饮业")
    page = text_of(signed_in(world.butler).get(f"/butlers/visits/new/?enterprise={world.enterprise.pk}"))
    assert "制造业技改补贴" in page and "餐饮业纾困" not in page
    assert "制造业技改补贴" not in text_of(signed_in(world.butler).get("/butlers/visits/new/"))
