"""Raising a matter through the form: the service's rules come back in Chinese, naming the field."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from huishang.cases.models import Attachment, Matter
from huishang.directory.models import Role
from tests import factories as f
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {"title": "融资难", "description": "流动资金缺口约500万元", "category": f.category().pk, "kind": "problem"}
    data.update(overrides)
    return data


def test_posting_a_matter_without_a_title_reshows_the_form_with_a_chinese_error_naming_the_title_and_stores_nothing():
    contact = f.enterprise_contact()
    response = signed_in(contact).post("/matters/new/", form_data(title=""))
    assert response.status_code == 422
    text = text_of(response)
    assert "标题：请填写标题。" in text
    assert "流动资金缺口约500万元" in response.content.decode()  # what was typed is kept
    assert Matter.objects.count() == 0


def test_enterprise_contact_raises_a_matter_for_its_own_enterprise_with_several_attachments(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    contact = f.enterprise_contact()
    files = [
        SimpleUploadedFile("说明.txt", "资金缺口".encode(), "text/plain"),
        SimpleUploadedFile("报表.pdf", b"%PDF-1.4 test", "application/pdf"),
    ]
    client = signed_in(contact)
    response = client.post("/matters/new/", {**form_data(), "attachments": files})
    matter = Matter.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/matters/{matter.number}/"
    assert matter.enterprise == contact.organization and matter.submitted_by == contact
    assert sorted(Attachment.objects.values_list("original_name", flat=True)) == ["报表.pdf", "说明.txt"]
    page = client.get(response["Location"])
    assert f"事项 {matter.number} 已提交。" in text_of(page)


def test_a_file_of_a_refused_type_names_the_attachments_field_and_stores_no_matter(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    contact = f.enterprise_contact()
    bad = SimpleUploadedFile("脚本.exe", b"MZ\x90\x00", "application/octet-stream")
    response = signed_in(contact).post("/matters/new/", {**form_data(), "attachments": [bad]})
    assert response.status_code == 422
    assert "附件：不接受 .exe 类型的文件" in text_of(response)
    assert Matter.objects.count() == 0 and Attachment.objects.count() == 0


def test_the_enterprise_field_is_offered_to_office_and_butler_but_not_to_an_enterprise_contact():
    contact = f.enterprise_contact()
    butler = f.user(Role.BUTLER)
    cared_for = f.enterprise()
    butler.enterprises_in_care.add(cared_for)
    assert 'name="enterprise"' not in signed_in(contact).get("/matters/new/").content.decode()
    butler_form = signed_in(butler).get("/matters/new/").content.decode()
    assert 'name="enterprise"' in butler_form and cared_for.name in butler_form
    assert 'name="enterprise"' in signed_in(f.office()).get("/matters/new/").content.decode()


def test_butler_raises_a_matter_for_an_enterprise_in_care():
    butler = f.user(Role.BUTLER)
    cared_for = f.enterprise()
    butler.enterprises_in_care.add(cared_for)
    response = signed_in(butler).post("/matters/new/", form_data(enterprise=cared_for.pk))
    assert response.status_code == 302
    matter = Matter.objects.get()
    assert matter.enterprise == cared_for and matter.source == "butler"


def test_roles_that_cannot_raise_matters_do_not_get_the_form():
    assert signed_in(f.unit_handler()).get("/matters/new/").status_code == 403
    assert signed_in(f.leader()).get("/matters/new/").status_code == 403


def kinds_offered(user) -> list[str]:
    form = signed_in(user).get("/matters/new/").content.decode()
    select = re.search(r'<select name="kind".*?</select>', form, flags=re.S).group(0)
    return re.findall(r'<option value="([a-z]+)"', select)


def test_an_enterprise_contact_or_a_butler_is_offered_problems_and_suggestions_and_the_office_every_kind():
    butler = f.user(Role.BUTLER)
    butler.enterprises_in_care.add(f.enterprise())
    assert kinds_offered(f.enterprise_contact()) == ["problem", "suggestion"]
    assert kinds_offered(butler) == ["problem", "suggestion"]
    assert kinds_offered(f.office()) == ["problem", "suggestion", "risk", "decision"]


def test_a_risk_posted_by_an_enterprise_contact_is_refused_on_the_kind_and_stores_nothing():
    response = signed_in(f.enterprise_contact()).post("/matters/new/", form_data(kind="risk"))
    assert response.status_code == 422
    assert "类型：" in text_of(response)
    assert Matter.objects.count() == 0
