"""Taking in a matter: what is checked, what is stored, how it is numbered."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from huishang.cases import services
from huishang.cases.models import Attachment, Matter
from huishang.core import clock
from huishang.core.errors import NotAllowed, ValidationError
from huishang.directory.models import Role
from tests import factories as f

pytestmark = pytest.mark.django_db


def submit(by, **overrides):
    fields = {"title": "电价上涨", "description": "峰时电价上涨，生产成本增加", "category": f.category("utilities", "水电气")}
    fields.update(overrides)
    return services.submit_matter(by=by, **fields)


@pytest.mark.parametrize("field,value", [("title", ""), ("title", "   "), ("description", ""), ("title", "长" * 201)])
def test_missing_or_overlong_text_is_refused_naming_the_field(field, value):
    contact = f.enterprise_contact()
    with pytest.raises(ValidationError) as refused:
        submit(contact, **{field: value})
    assert refused.value.field == field
    assert not Matter.objects.exists()


def test_unknown_category_is_refused_naming_category():
    with pytest.raises(ValidationError) as refused:
        submit(f.enterprise_contact(), category="no-such-category")
    assert refused.value.field == "category"


def test_enterprise_contacts_matter_belongs_to_its_enterprise_and_region():
    contact = f.enterprise_contact()
    matter = submit(contact)
    assert matter.enterprise == contact.organization
    assert matter.region == contact.organization.region
    assert matter.source == Matter.Source.ENTERPRISE
    assert [(t.action, t.to_state) for t in matter.trail.all()] == [("submit", "submitted")]


def test_numbers_are_readable_and_count_up_within_a_year_and_restart_the_next():
    contact = f.enterprise_contact()
    with clock.frozen_at(datetime.datetime(2024, 12, 31, 10)):
        first, second = submit(contact), submit(contact)
    with clock.frozen_at(datetime.datetime(2025, 1, 2, 10)):
        third = submit(contact)
    assert [first.number, second.number, third.number] == ["HS-2024-000001", "HS-2024-000002", "HS-2025-000001"]


def test_attachment_of_an_accepted_type_is_stored_with_the_matter(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    pdf = SimpleUploadedFile("营业执照.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    matter = submit(f.enterprise_contact(), attachments=[pdf])
    stored = matter.attachments.get()
    assert (stored.original_name, stored.content_type, stored.size) == ("营业执照.pdf", "application/pdf", 13)


@pytest.mark.parametrize("name,content", [("run.exe", b"MZ\x90\x00"), ("photo.png", b"%PDF-1.4 not a png")])
def test_attachment_of_a_wrong_type_refuses_the_whole_submission(name, content, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    upload = SimpleUploadedFile(name, content)
    with pytest.raises(ValidationError) as refused:
        submit(f.enterprise_contact(), attachments=[upload])
    assert refused.value.field == "attachments"
    assert not Matter.objects.exists() and not Attachment.objects.exists()


def test_attachment_over_the_size_limit_is_refused(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    settings.HUISHANG_ATTACHMENT_MAX_BYTES = 1024 * 1024
    big = SimpleUploadedFile("big.txt", b"a" * (1024 * 1024 + 1))
    with pytest.raises(ValidationError):
        submit(f.enterprise_contact(), attachments=[big])
    assert not Matter.objects.exists()


@pytest.mark.parametrize("role", [Role.ENTERPRISE, Role.BUTLER])
@pytest.mark.parametrize("kind", [Matter.Kind.RISK, Matter.Kind.DECISION])
def test_an_enterprise_contact_or_a_butler_may_not_raise_a_risk_or_a_meeting_decision(role, kind):
    if role == Role.ENTERPRISE:
        by, enterprise = f.enterprise_contact(), None
    else:
        by, enterprise = f.user(Role.BUTLER), f.enterprise()
        by.enterprises_in_care.add(enterprise)
    with pytest.raises(NotAllowed) as refused:
        submit(by, kind=kind, enterprise=enterprise)
    assert refused.value.field == "kind"
    assert not Matter.objects.exists()


@pytest.mark.parametrize("kind", [Matter.Kind.PROBLEM, Matter.Kind.SUGGESTION])
def test_an_enterprise_contact_raises_problems_and_suggestions(kind):
    assert submit(f.enterprise_contact(), kind=kind).kind == kind


def test_the_office_raises_every_kind_of_matter():
    office = f.office()
    kinds = [submit(office, kind=kind, region=office.region).kind for kind in Matter.Kind]
    assert kinds == list(Matter.Kind)
