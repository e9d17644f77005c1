"""The staff pages: an office writes an article on the form, sends it for review, another office approves it on
the article's page, and it is found by the list's search; a butler reads but does not write."""

import pytest

from huishang.directory.models import Role
from huishang.knowledge.models import Article
from tests import factories as f
from tests.knowledge.library import published
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def test_an_article_is_written_sent_for_review_and_approved_on_the_pages():
    writer, reviewer = signed_in(f.office()), signed_in(f.office())
    region = f.region()
    created = writer.post("/knowledge/new/", {"title": "企业开办一网通办答复口径", "kind": "wording",
                                               "body": "企业开办实行一网通办，一个工作日内办结。", "regions": [region.pk]})
    article = Article.objects.get()
    assert created.status_code == 302 and article.state == Article.State.DRAFT
    writer.post(f"/knowledge/{article.pk}/submit/")
    refused = writer.post(f"/knowledge/{article.pk}/approve/", {"note": ""}, follow=True)
    assert "知识条目须由作者以外的人审核通过" in text_of(refused)
    reviewer.post(f"/knowledge/{article.pk}/approve/", {"note": "同意"})
    article.refresh_from_db()
    assert article.state == Article.State.PUBLISHED
    assert "企业开办一网通办答复口径" in text_of(writer.get("/knowledge/", {"q": "一网通办"}))


def test_a_refused_form_names_the_field_in_chinese():
    page = signed_in(f.office()).post("/knowledge/new/", {"title": "", "kind": "faq", "body": "正文",
                                                          "regions": [f.region().pk]})
    assert page.status_code == 422 and "标题" in text_of(page)


def test_a_butler_reads_the_knowledge_base_but_cannot_write():
    region = f.region()
    article = published(title="内部答复口径", regions=[region])
    butler = signed_in(f.user(Role.BUTLER, scope=region))
    assert "内部答复口径" in text_of(butler.get(f"/knowledge/{article.pk}/"))
    assert butler.get("/knowledge/new/").status_code == 403
    assert butler.post(f"/knowledge/{article.pk}/withdraw/", {"reason": "x"}).status_code == 403


def test_the_export_lists_what_the_search_shows():
    import io

    import openpyxl

    published(title="技能提升补贴申领口径")
    published(title="道路噪音答复")
    sheet = openpyxl.load_workbook(io.BytesIO(signed_in(f.office()).get("/knowledge/export.xlsx", {"q": "技能提升"}).content)).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["技能提升补贴申领口径"]
