"""Search understands Chinese words: it finds words (not substrings), ranks by relevance, highlights,
combines with the filters, and stays in step with the matters."""

import json

import pytest
from django.core.management import call_command
from django.test import Client

from huishang.cases.models import Matter
from huishang.cases.selectors import filter_matters, visible_matters
from huishang.insight import search
from huishang.insight.models import MatterDocument
from huishang.insight.templatetags.insight import highlighted
from tests import factories
from tests.api.client import as_user

pytestmark = pytest.mark.django_db


def titles(matters) -> list[str]:
    return [matter.title for matter in matters]


def test_search_matches_words_not_substrings():
    factories.matter(title="停车费收取不合理", description="小区物业违规收取停车费，业主意见很大。")
    factories.matter(title="道路停电", description="片区车间停电两天，影响生产。")
    everything = Matter.objects.all()
    assert titles(filter_matters(everything, q="停车费")) == ["停车费收取不合理"]
    # 费收 occurs in 停车费收取 as characters but is no word of it: no match.
    assert titles(filter_matters(everything, q="费收")) == []
    # 停电 is a word of the second matter only, though 停 and 电 occur in both.
    assert titles(filter_matters(everything, q="停电")) == ["道路停电"]


def test_search_finds_a_shorter_word_inside_a_longer_one():
    factories.matter(title="停车费收取不合理", description="小区物业违规收取停车费。")
    assert titles(filter_matters(Matter.objects.all(), q="停车")) == ["停车费收取不合理"]


def test_search_needs_every_query_word_and_ranks_the_better_match_first():
    factories.matter(title="融资难", description="企业贷款难，融资成本高，希望协调银行。")
    factories.matter(title="担保费率偏高", description="担保公司费率偏高推高融资成本，融资难，融资贵。")
    factories.matter(title="用工短缺", description="一线技工招聘困难。")
    found = filter_matters(Matter.objects.all(), q="融资 成本")
    assert titles(found) == ["担保费率偏高", "融资难"]
    assert titles(filter_matters(Matter.objects.all(), q="融资 招聘")) == []


def test_snippet_highlights_the_matched_words():
    factories.matter(title="电价上涨", description="分时电价调整后企业高峰时段用电成本上升。")
    [matter] = filter_matters(Matter.objects.all(), q="电价")
    assert f"{search.MARK_START}电价{search.MARK_END}" in matter.snippet


def test_deployment_names_are_kept_whole_by_the_segmenter():
    unit = factories.unit(name="内江市经济和信息化局")
    assert unit.name in search.query_words("请内江市经济和信息化局协调")


def test_a_renamed_unit_is_kept_whole_under_its_new_name():
    unit = factories.unit(name="内江市经济和信息化局")
    search.query_words("请内江市经济和信息化局协调")  # the names as they were, loaded
    unit.name = "内江市经济合作和科技信息局"
    unit.save()
    # Neither the number of units nor the highest id moved: the names' version tells every process.
    assert "内江市经济合作和科技信息局" in search.query_words("请内江市经济合作和科技信息局协调")


def test_a_matter_number_finds_that_matter():
    subject = factories.matter(title="用工短缺")
    assert titles(filter_matters(Matter.objects.all(), q=subject.number)) == ["用工短缺"]


def test_filters_combine_with_the_text_query():
    factories.matter(title="招聘困难", description="技工招聘困难", category_code="talent")
    factories.category("finance", "融资")
    factories.matter(title="招聘金融人才", description="招聘困难", category_code="finance")
    found = filter_matters(Matter.objects.all(), q="招聘", category="finance")
    assert titles(found) == ["招聘金融人才"]


def test_search_returns_only_matters_the_user_may_see():
    mine = factories.enterprise_contact()
    factories.matter(by=mine, title="本企业融资难", description="融资难")
    factories.matter(title="他企业融资难", description="融资难")
    assert titles(filter_matters(visible_matters(mine), q="融资")) == ["本企业融资难"]
    assert len(filter_matters(visible_matters(factories.admin()), q="融资")) == 2


def test_the_index_follows_a_matter_rewritten_and_reindexed():
    subject = factories.matter(title="用工短缺", description="一线技工招聘困难")
    Matter.objects.filter(pk=subject.pk).update(title="电价上涨", description="用电成本上升")
    search.index_matter(Matter.objects.get(pk=subject.pk))
    assert titles(filter_matters(Matter.objects.all(), q="招聘")) == []
    assert titles(filter_matters(Matter.objects.all(), q="电价")) == ["电价上涨"]


def test_a_deleted_document_leaves_the_index():
    subject = factories.matter(title="用工短缺", description="一线技工招聘困难")
    MatterDocument.objects.filter(matter=subject).delete()
    assert titles(filter_matters(Matter.objects.all(), q="招聘")) == []


def test_reindex_command_rebuilds_the_index_for_every_matter(capsys):
    factories.matter(title="用工短缺", description="一线技工招聘困难")
    MatterDocument.objects.all().delete()
    call_command("insight", "reindex")
    assert json.loads(capsys.readouterr().out) == {"indexed": 1}
    assert titles(filter_matters(Matter.objects.all(), q="技工")) == ["用工短缺"]


def test_api_list_searches_by_words():
    office = factories.office()
    factories.matter(title="停车费收取不合理", description="物业违规收取停车费")
    client = as_user(office)
    assert [item["title"] for item in client.get("/matters", q="停车费").json()["items"]] == ["停车费收取不合理"]
    assert client.get("/matters", q="费收").json()["count"] == 0


def test_a_search_matching_more_than_the_cap_ranks_the_newest_matches_and_says_the_count_is_capped(monkeypatch):
    monkeypatch.setattr(search, "RESULTS_CAP", 3)
    office = factories.office()
    factories.matter(title="融资诉求一", description="融资融资融资，贷款难。")
    factories.matter(title="关于融资的诉求", description="企业融资困难。")
    factories.matter(title="贷款成本高", description="希望协调银行降低贷款利率，也提到融资。")
    factories.matter(title="融资诉求四", description="融资融资，担保费率高。")
    found = filter_matters(Matter.objects.all(), q="融资")
    # The three newest matches, the one saying 融资 most often first; the oldest, strongest match is left out.
    assert titles(found) == ["融资诉求四", "关于融资的诉求", "贷款成本高"]
    assert found.count() == 3
    page = as_user(office).get("/matters", q="融资").json()
    assert (page["count"], page["count_capped"]) == (3, True)
    assert titles(filter_matters(Matter.objects.all(), q="融资 担保")) == ["融资诉求四"]
    assert as_user(office).get("/matters", q="担保").json()["count_capped"] is False
    web = Client()
    web.force_login(office)
    page_text = web.get("/matters/", {"q": "融资"}, HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "3+ 件事项：按相关度排列最新的 3 件" in page_text


def test_web_list_shows_the_highlighted_snippet():
    office = factories.office()
    factories.matter(title="停车费收取不合理", description="物业违规收取停车费")
    client = Client()
    client.force_login(office)
    page = client.get("/matters/", {"q": "停车费"}).content.decode()
    assert "<mark>停车费</mark>收取" in page


def test_snippets_are_escaped_before_the_marks_are_added():
    assert highlighted(f"a<b> 物业 {search.MARK_START}停车费{search.MARK_END}") == "a&lt;b&gt; 物业<mark>停车费</mark>"
