"""Every change to a Huishang record is logged with model, key and field names, never the values."""

import json

import pytest

from huishang.audit.context import acting_as
from huishang.audit.models import AuditEntry
from huishang.audit.receivers import audited_models
from huishang.cases.models import Category
from huishang.directory.models import Role
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db


def last(kind=None, subject=None):
    rows = AuditEntry.objects.order_by("-seq")
    if kind:
        rows = rows.filter(kind=kind)
    if subject:
        rows = rows.filter(subject=subject)
    return rows.first()


def test_creating_a_record_is_logged_with_its_model_and_key():
    category = Category.objects.create(code="land", name="用地")
    entry = last(subject=f"cases.Category:{category.pk}")
    assert entry.kind == "create"
    assert entry.detail == {"model": "cases.Category", "pk": category.pk}


def test_an_update_names_the_changed_fields_only():
    category = Category.objects.create(code="land", name="用地")
    category.name = "土地"
    category.save()
    entry = last(subject=f"cases.Category:{category.pk}")
    assert (entry.kind, entry.detail["fields"]) == ("update", ["name"])


def test_a_save_that_changes_nothing_writes_nothing():
    category = Category.objects.create(code="land", name="用地")
    before = AuditEntry.objects.count()
    category.save()
    assert AuditEntry.objects.count() == before


def test_deleting_a_record_is_logged():
    category = Category.objects.create(code="land", name="用地")
    pk = category.pk
    category.delete()
    assert last(subject=f"cases.Category:{pk}").kind == "delete"


def test_personal_values_stay_out_of_the_log():
    person = f.enterprise_contact()
    person.phone = "13812345678"
    person.email = "wang@example.com"
    person.save()
    entry = last(subject=f"directory.User:{person.pk}")
    assert entry.detail["fields"] == ["email", "phone"]
    assert "13812345678" not in json.dumps(entry.detail) and "wang@" not in json.dumps(entry.detail)


def test_a_role_change_is_a_permission_change_with_old_and_new_role():
    person = f.office()
    person.role = Role.SUPERVISOR
    person.is_staff = True
    person.save()
    entry = last(subject=f"directory.User:{person.pk}")
    assert entry.kind == "permission_change"
    assert entry.detail["changes"] == {"role": {"from": "office", "to": "supervisor"},
                                       "is_staff": {"from": False, "to": True}}


def test_giving_a_butler_an_enterprise_is_a_permission_change():
    butler = f.user(Role.BUTLER)
    company = f.enterprise()
    butler.enterprises_in_care.add(company)
    entry = last(subject=f"directory.User:{butler.pk}")
    assert entry.kind == "permission_change"
    assert (entry.detail["fields"], entry.detail["action"], entry.detail["related"]) == (
        ["enterprises_in_care"], "add", [company.pk])


def test_the_same_change_from_the_other_side_is_a_permission_change_too():
    butler = f.user(Role.BUTLER)
    company = f.enterprise()
    company.butlers.add(butler)
    assert last(subject=f"directory.Organization:{company.pk}").kind == "permission_change"


def test_changes_made_in_a_cli_job_name_the_acting_user():
    operator = f.office()
    with acting_as(operator):
        category = Category.objects.create(code="land", name="用地")
    assert last(subject=f"cases.Category:{category.pk}").actor_username == operator.username


def test_a_matter_raised_through_the_api_is_logged_as_done_by_the_caller():
    f.category()
    contact = f.enterprise_contact()
    response = as_user(contact).post("/matters", {"title": "用工短缺", "description": "缺口约40人", "category": "talent"})
    assert response.status_code == 201, response.content
    entry = last(kind="create", subject=f"cases.Matter:{response.json()['id']}")
    assert (entry.actor_username, entry.address) == (contact.username, "127.0.0.1")


def test_signing_out_is_logged(client):
    person = f.office()
    client.force_login(person)
    client.post("/logout/", REMOTE_ADDR="10.0.0.9")
    entry = last(kind="logout")
    assert (entry.actor_username, entry.address) == (person.username, "10.0.0.9")


def test_the_log_and_caches_are_not_audited_but_every_domain_model_is():
    labels = {model._meta.label for model in audited_models()}
    assert {"audit.AuditEntry", "audit.ChainHead", "insight.MatterDocument"}.isdisjoint(labels)
    assert {"cases.Matter", "cases.Transition", "directory.User", "meetings.Meeting"} <= labels
