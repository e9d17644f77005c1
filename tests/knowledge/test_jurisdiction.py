"""An article applies to its regions (and a city's article to the districts below it); staff read within their
jurisdiction, the public reads published public articles only."""

import pytest

from huishang.core.errors import NotAllowed
from huishang.directory.models import Role
from huishang.knowledge import selectors
from tests import factories as f
from tests.knowledge.library import drafted, published

pytestmark = pytest.mark.django_db


@pytest.fixture
def places():
    return f.two_served_places()


def test_a_citys_article_reaches_its_district_but_not_another_place(places):
    neijiang, shizhong, yongchuan = places
    article = published(regions=[neijiang])
    assert article in selectors.search(f.office(scope=shizhong))
    assert article not in selectors.search(f.office(scope=yongchuan))


def test_a_districts_article_does_not_reach_a_sibling_or_the_other_place(places):
    neijiang, shizhong, yongchuan = places
    other_district = f.region("511011", "东兴区", parent=neijiang)
    article = published(regions=[shizhong], author=f.office(scope=neijiang), reviewer=f.office(scope=neijiang))
    assert article in selectors.search(f.office(scope=neijiang))
    assert article in selectors.search(f.office(scope=shizhong))
    assert article not in selectors.search(f.office(scope=other_district))


def test_an_office_cannot_place_an_article_outside_its_jurisdiction(places):
    neijiang, _shizhong, yongchuan = places
    with pytest.raises(NotAllowed) as refused:
        drafted(by=f.office(scope=neijiang), regions=[yongchuan])
    assert refused.value.field == "regions"


def test_a_reviewer_outside_the_articles_regions_cannot_approve_it(places):
    neijiang, _shizhong, yongchuan = places
    from huishang.knowledge import services

    author = f.office(scope=neijiang)
    article = drafted(by=author, regions=[neijiang])
    services.submit_for_review(article, by=author)
    with pytest.raises(NotAllowed):
        services.approve(article, by=f.office(scope=yongchuan))
    services.approve(article, by=f.office(scope=neijiang))


def test_the_public_reads_published_public_articles_only(places):
    neijiang, _shizhong, _yongchuan = places
    public = published(regions=[neijiang], public=True, title="稳岗返还政策", kind="policy")
    internal = published(regions=[neijiang], title="内部答复口径")
    draft = drafted(regions=[neijiang], public=True, title="尚未审核的公开政策")
    shown = set(selectors.public_articles())
    assert public in shown and internal not in shown and draft not in shown
    contact = f.enterprise_contact()
    assert set(selectors.readable_articles(contact)) == {public}


def test_staff_read_internal_wording_but_only_writers_see_drafts(places):
    neijiang, _shizhong, _yongchuan = places
    internal = published(regions=[neijiang], title="内部答复口径")
    draft = drafted(regions=[neijiang], title="草稿")
    butler = f.user(Role.BUTLER, scope=neijiang)
    assert set(selectors.readable_articles(butler)) == {internal}
    assert {internal, draft} <= set(selectors.readable_articles(f.office(scope=neijiang)))


def test_the_public_policy_page_shows_public_articles_without_an_account(client, places):
    neijiang, _shizhong, _yongchuan = places
    public = published(regions=[neijiang], public=True, title="稳岗返还政策", kind="policy")
    published(regions=[neijiang], title="内部答复口径")
    page = client.get("/knowledge/policies/").content.decode()
    assert "稳岗返还政策" in page and "内部答复口径" not in page
    assert "稳岗返还政策" in client.get(f"/knowledge/policies/{public.pk}/").content.decode()
    assert client.get("/knowledge/").status_code == 302  # staff pages ask to sign in
    searched = client.get("/knowledge/policies/", {"q": "稳岗返还"}).content.decode()
    assert "稳岗返还政策" in searched
