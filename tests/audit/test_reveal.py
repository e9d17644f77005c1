"""A masked phone is revealed only to roles that need it, with a reason, and every reveal is logged.

Who needs it inside the jurisdiction, across places and for the administrator: test_reveal_jurisdiction.py."""

import pytest

from huishang.audit.models import AuditEntry
from huishang.audit.reveal import reveal
from huishang.core.errors import NotAllowed, ValidationError
from huishang.directory.models import Role
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db

PHONE = "13812345678"


@pytest.fixture
def contact():
    person = f.enterprise_contact()
    person.phone = PHONE
    person.save()
    return person


@pytest.fixture
def raised(contact):
    """The contact raised a matter in the office's region: the office needs to call them back."""
    f.category()
    return f.matter(by=contact)


def reveals():
    return AuditEntry.objects.filter(kind="reveal")


def test_the_office_reveals_a_phone_and_the_reveal_is_logged_with_who_what_and_why(contact, raised):
    officer = f.office()
    assert reveal(by=officer, kind="user", pk=contact.pk, field="phone", reason="回访企业") == PHONE
    entry = reveals().get()
    assert (entry.actor_username, entry.subject) == (officer.username, f"directory.User:{contact.pk}")
    assert entry.detail == {"field": "phone", "reason": "回访企业"}


def test_a_butler_reveals_only_the_contacts_of_enterprises_in_care(contact):
    butler = f.user(Role.BUTLER)
    with pytest.raises(NotAllowed):
        reveal(by=butler, kind="user", pk=contact.pk, field="phone", reason="走访")
    butler.enterprises_in_care.add(contact.organization)
    assert reveal(by=butler, kind="user", pk=contact.pk, field="phone", reason="走访") == PHONE


def test_a_unit_reveals_the_contact_of_a_matter_assigned_to_it_only(contact):
    f.category()
    handler = f.unit_handler()
    with pytest.raises(NotAllowed):
        reveal(by=handler, kind="user", pk=contact.pk, field="phone", reason="核实")
    f.assigned_matter(lead=handler.organization, by=contact)
    assert reveal(by=handler, kind="user", pk=contact.pk, field="phone", reason="核实") == PHONE


@pytest.mark.parametrize("role", [Role.LEADER, Role.SUPERVISOR, Role.AUDITOR, Role.UNION])
def test_roles_that_do_not_call_people_back_are_refused_and_the_attempt_is_logged(contact, role):
    reader = f.user(role)
    with pytest.raises(NotAllowed):
        reveal(by=reader, kind="user", pk=contact.pk, field="phone", reason="好奇")
    assert not reveals().exists()
    refused = AuditEntry.objects.get(kind="reveal_refused")
    assert (refused.actor_username, refused.detail["reason"]) == (reader.username, "好奇")


def test_a_reveal_without_a_reason_is_refused_naming_the_field(contact):
    with pytest.raises(ValidationError) as refusal:
        reveal(by=f.office(), kind="user", pk=contact.pk, field="phone", reason="  ")
    assert refusal.value.field == "reason"
    assert not reveals().exists()


def test_only_contact_fields_can_be_revealed(contact):
    with pytest.raises(ValidationError) as refusal:
        reveal(by=f.office(), kind="user", pk=contact.pk, field="password", reason="x")
    assert refusal.value.field == "field"


def test_the_matter_page_shows_the_phone_masked_with_a_reveal_button_for_the_office(client, contact):
    f.category()
    matter = f.matter(by=contact)
    client.force_login(f.office())
    html = client.get(f"/matters/{matter.number}/").content.decode()
    assert "138****5678" in html and PHONE not in html
    assert 'data-action="reveal"' in html and "audit/reveal.js" in html


def test_the_matter_page_shows_no_reveal_button_to_a_leader(client, contact):
    f.category()
    matter = f.matter(by=contact)
    client.force_login(f.leader())
    html = client.get(f"/matters/{matter.number}/").content.decode()
    assert "138****5678" in html and 'data-action="reveal"' not in html


def test_the_web_endpoint_answers_the_value_as_json(client, contact, raised):
    client.force_login(f.office())
    response = client.post("/audit/reveal/", {"kind": "user", "pk": contact.pk, "field": "phone", "reason": "回访"})
    assert response.status_code == 200 and response.json() == {"value": PHONE}
    assert reveals().count() == 1


def test_the_web_endpoint_refuses_a_leader_with_403(client, contact):
    client.force_login(f.leader())
    response = client.post("/audit/reveal/", {"kind": "user", "pk": contact.pk, "field": "phone", "reason": "x"})
    assert response.status_code == 403 and "value" not in response.json()
    assert AuditEntry.objects.filter(kind="reveal_refused").exists()


def test_the_web_endpoint_names_the_missing_reason_in_chinese(client, contact):
    client.force_login(f.office())
    response = client.post("/audit/reveal/", {"kind": "user", "pk": contact.pk, "field": "phone", "reason": ""},
                           headers={"accept-language": "zh-hans"})
    assert response.status_code == 422
    assert response.json()["field"] == "reason" and "原因" in response.json()["message"]


def test_the_api_reveals_to_the_office_and_refuses_a_leader(contact, raised):
    body = {"kind": "user", "id": contact.pk, "field": "phone", "reason": "回访"}
    assert as_user(f.office()).post("/audit/reveal", body).json() == {"value": PHONE}
    refused = as_user(f.leader()).post("/audit/reveal", body)
    assert refused.status_code == 403 and refused.json()["code"] == "not_allowed"
    assert AuditEntry.objects.filter(kind="reveal_refused").exists()
