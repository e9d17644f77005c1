"""The public suggestion form reads right to a resident or an enterprise on its first look, records how the
suggestion came, and keeps its receipt on a reload."""

import re

import pytest

from huishang.core.errors import ValidationError
from huishang.suggestions import services
from huishang.suggestions.models import Suggestion
from tests.suggestions import helpers
from tests.web.pages import text_of

pytestmark = pytest.mark.django_db
SUBMIT = "/suggestions/"
INTRO = "无需注册。提交后您将获得查询号和查询码"


def category_options(response) -> list[str]:
    select = re.search(r'<select name="category".*?</select>', response.content.decode(), flags=re.S).group(0)
    return re.findall(r"<option[^>]*>([^<]*)</option>", select)


def post(client, **changes):
    return client.post(SUBMIT, helpers.form_data(**changes), REMOTE_ADDR="10.0.0.1")


def test_the_intro_paragraph_is_read_once(client, world):
    assert text_of(client.get(SUBMIT)).count(INTRO) == 1


def test_the_dropdowns_prompt_in_chinese_and_never_show_dashes(client, world):
    page = client.get(SUBMIT)
    html = page.content.decode()
    assert "---------" not in html
    assert "请选择类别…" in html and "请选择所在区域…" in html


def test_a_resident_is_offered_the_residents_categories_and_an_enterprise_its_own_as_well(client, world):
    helpers.financing_category()
    resident = category_options(client.get(SUBMIT))
    assert "滨江管理" in resident and "融资信贷" not in resident
    enterprise = category_options(client.get(SUBMIT + "?sender=enterprise"))
    assert "滨江管理" in enterprise and "融资信贷" in enterprise


def test_an_enterprise_category_sent_as_a_resident_is_refused_by_the_form_and_by_the_service(client, world):
    helpers.financing_category()
    refused = post(client, category="financing", sender="resident")
    assert refused.status_code == 422 and "category" in refused.context["form"].errors
    with pytest.raises(ValidationError) as service_refusal:
        services.submit_suggestion(title="贷款难", text="小微企业贷款难", category="financing", region=helpers.YANGPU,
                                   sender="resident", channel="paper")
    assert service_refusal.value.field == "category"
    assert not Suggestion.objects.exists()


def test_an_enterprise_files_an_enterprise_category(client, world):
    helpers.financing_category()
    assert post(client, category="financing", sender="enterprise").status_code == 302
    assert Suggestion.objects.get().matter.category.code == "financing"


def test_an_online_submission_naming_a_point_is_recorded_as_online(client, world):
    post(client, point="yp-01")
    suggestion = Suggestion.objects.get()
    assert suggestion.channel == "online" and suggestion.point == world


def test_a_submission_from_the_form_a_points_qr_code_opened_is_recorded_at_the_point(client, world):
    page = client.get(SUBMIT + "?point=yp-01")
    scanned = re.search(r'name="scanned_point" value="([^"]*)"', page.content.decode()).group(1)
    post(client, point="yp-01", scanned_point=scanned)
    assert Suggestion.objects.get().channel == "point"


def test_the_receipt_is_a_page_of_its_own_that_a_reload_shows_again_without_the_code_in_its_address(client, world):
    response = post(client)
    suggestion = Suggestion.objects.get()
    number = suggestion.matter.number
    assert response.status_code == 302 and response["Location"] == f"/suggestions/received/{number}/"
    first = client.get(response["Location"])
    code = first.context["receipt"].code
    assert code not in response["Location"]
    for page in (first, client.get(response["Location"])):
        assert page.status_code == 200
        assert f"查询号 {number}" in text_of(page) and f"查询码 {code}" in text_of(page)
        assert f'href="/suggestions/follow/{number}/"' in page.content.decode()


def test_another_browser_opening_the_receipt_address_is_sent_to_the_follow_up_form(client, world):
    number = post(client)["Location"].rstrip("/").rsplit("/", 1)[1]
    stranger = client.__class__()
    response = stranger.get(f"/suggestions/received/{number}/")
    assert response.status_code == 302 and response["Location"] == f"/suggestions/follow/?number={number}"
