"""三员分立: in the web admin no account gives itself or another a role of its own trust or higher; the
auditor and administrator roles are granted and withdrawn only by ``huishang grant-role`` at the shell,
and each grant is in the audit log."""

import sys

import pytest
from django.core.management import CommandError, call_command
from django.core.management import base as management_base
from django.forms import MultiWidget

from huishang import cli
from huishang.audit.models import AuditEntry
from huishang.directory import trust
from huishang.directory.models import Role, User
from tests import factories as f

pytestmark = pytest.mark.django_db


def demo_administrator() -> User:
    """Like the demo's ``admin``: role administrator, staff and superuser."""
    account = f.admin()
    account.is_staff = account.is_superuser = True
    account.save()
    return account


def change_url(account) -> str:
    return f"/admin/directory/user/{account.pk}/change/"


def change_form_data(client, account) -> dict:
    """What the admin's change form would send back unchanged, as a browser submits it."""
    form = client.get(change_url(account)).context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        if field.disabled:
            continue
        value = form[name].value()
        if isinstance(field.widget, MultiWidget):
            for index, part in enumerate(field.widget.decompress(value)):
                data[f"{name}_{index}"] = part or ""
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = value
    return data


def escalation() -> dict:
    return {"role": Role.AUDITOR, "is_superuser": "on", "is_staff": "on"}


def test_the_administrator_posting_its_own_change_form_cannot_make_itself_auditor(client):
    boss = demo_administrator()
    client.force_login(boss)
    assert 'name="role"' not in client.get(change_url(boss)).content.decode()
    data = {**change_form_data(client, boss), **escalation(), "name": "改名可以"}
    before = AuditEntry.objects.filter(kind="permission_change").count()
    client.post(change_url(boss), data)
    boss.refresh_from_db()
    assert (boss.role, boss.name) == (Role.ADMIN, "改名可以")
    assert AuditEntry.objects.filter(kind="permission_change").count() == before
    assert client.get("/audit/").status_code == 403


def test_an_administrator_cannot_change_its_own_role_downwards_either(client):
    boss = demo_administrator()
    client.force_login(boss)
    client.post(change_url(boss), {**change_form_data(client, boss), "role": Role.OFFICE})
    boss.refresh_from_db()
    assert boss.role == Role.ADMIN


@pytest.mark.parametrize("role", [Role.AUDITOR, Role.ADMIN])
def test_the_administrator_cannot_give_another_account_a_role_of_trust_in_the_admin(client, role):
    client.force_login(demo_administrator())
    officer = f.office()
    answer = client.post(change_url(officer), {**change_form_data(client, officer), **escalation(), "role": role})
    assert answer.status_code == 200 and "role" in answer.context["adminform"].form.errors
    officer.refresh_from_db()
    assert (officer.role, officer.is_staff, officer.is_superuser) == (Role.OFFICE, False, False)


def test_the_administrator_still_gives_ordinary_roles_but_never_the_staff_or_superuser_flag(client):
    client.force_login(demo_administrator())
    officer = f.office()
    answer = client.post(change_url(officer), {**change_form_data(client, officer), "role": Role.SUPERVISOR,
                                               "is_staff": "on", "is_superuser": "on"})
    assert answer.status_code == 302
    officer.refresh_from_db()
    assert (officer.role, officer.is_staff, officer.is_superuser) == (Role.SUPERVISOR, False, False)
    assert AuditEntry.objects.filter(kind="permission_change", subject=f"directory.User:{officer.pk}").exists()


def test_the_role_choices_in_the_admin_stop_below_the_administrator(client):
    client.force_login(demo_administrator())
    officer = f.office()
    offered = dict(client.get(change_url(officer)).context["adminform"].form.fields["role"].choices)
    assert Role.AUDITOR not in offered and Role.ADMIN not in offered
    assert {Role.OFFICE, Role.UNIT, Role.ENTERPRISE} <= set(offered)


@pytest.mark.parametrize("role", [Role.AUDITOR, Role.ADMIN])
def test_the_administrator_cannot_edit_take_over_or_delete_an_account_of_trust(client, role):
    client.force_login(demo_administrator())
    other = f.user(role)
    data = {**change_form_data(client, other), "role": Role.OFFICE, "is_active": ""}
    assert client.post(change_url(other), data).status_code == 403
    assert client.get(f"/admin/directory/user/{other.pk}/password/").status_code == 403
    assert client.post(f"/admin/directory/user/{other.pk}/password/",
                       {"password1": "Another-Pass-2026!", "password2": "Another-Pass-2026!"}).status_code == 403
    assert client.post(f"/admin/directory/user/{other.pk}/delete/", {"post": "yes"}).status_code == 403
    other.refresh_from_db()
    assert (other.role, other.is_active, other.check_password(f.PASSWORD)) == (role, True, True)


def test_the_trust_order_puts_administrator_and_auditor_side_by_side_above_the_offices():
    assert trust.TRUST[Role.ADMIN] == trust.TRUST[Role.AUDITOR] > trust.TRUST[Role.OFFICE] > trust.TRUST[Role.UNIT]
    assert trust.TRUST[Role.UNIT] > trust.TRUST[Role.ENTERPRISE]
    assert set(trust.TRUST) == set(Role)
    assert trust.OPERATOR_ROLES == {Role.ADMIN, Role.AUDITOR}


def test_the_operator_grants_the_auditor_role_at_the_shell_and_the_grant_is_in_the_audit_log(client):
    person = f.office()
    call_command("grant_role", person.username, "auditor")
    person.refresh_from_db()
    assert person.role == Role.AUDITOR
    entry = AuditEntry.objects.get(kind="role_grant")
    assert entry.subject == f"directory.User:{person.pk}"
    assert entry.detail["from"]["role"] == Role.OFFICE and entry.detail["to"]["role"] == Role.AUDITOR
    assert "operator" in entry.detail
    client.force_login(person)
    assert client.get("/audit/").status_code == 200


def test_the_command_is_typed_with_a_hyphen_as_huishang_grant_role(monkeypatch):
    person = f.office()
    monkeypatch.setattr(sys, "argv", ["huishang", "grant-role", person.username, "auditor"])
    # Run from the shell, a command closes its connections when it ends; here that would close the one
    # holding the test's transaction (PostgreSQL), so it is left open.
    monkeypatch.setattr(management_base.connections, "close_all", lambda: None)
    cli.main()
    person.refresh_from_db()
    assert person.role == Role.AUDITOR


def test_the_operator_withdraws_the_auditor_role_and_the_account_reads_the_log_no_more(client):
    person = f.user(Role.AUDITOR)
    call_command("grant_role", person.username, "--withdraw")
    person.refresh_from_db()
    assert not person.is_active
    entry = AuditEntry.objects.get(kind="role_withdraw")
    assert entry.detail["from"]["is_active"] is True and entry.detail["to"]["is_active"] is False
    client.force_login(person)
    assert client.get("/audit/").status_code != 200


def test_a_withdrawn_auditor_cannot_be_brought_back_in_the_web_admin(client):
    person = f.user(Role.AUDITOR)
    call_command("grant_role", person.username, "--withdraw")
    client.force_login(demo_administrator())
    data = {**change_form_data(client, person), "is_active": "on"}
    assert client.post(change_url(person), data).status_code == 403
    person.refresh_from_db()
    assert not person.is_active


def test_the_operator_moves_an_auditor_to_another_role_with_the_same_command():
    person = f.user(Role.AUDITOR)
    call_command("grant_role", person.username, "office")
    person.refresh_from_db()
    assert person.role == Role.OFFICE
    assert AuditEntry.objects.get(kind="role_grant").detail["from"]["role"] == Role.AUDITOR


def test_granting_the_administrator_role_gives_the_web_admin_and_granting_another_takes_it_away():
    person = f.office()
    call_command("grant_role", person.username, "admin")
    person.refresh_from_db()
    assert (person.role, person.is_staff) == (Role.ADMIN, True)
    call_command("grant_role", person.username, "auditor")
    person.refresh_from_db()
    assert (person.role, person.is_staff) == (Role.AUDITOR, False)


def test_a_superuser_is_never_made_auditor_and_keeps_being_refused_the_log(client):
    boss = demo_administrator()
    with pytest.raises(CommandError, match="role"):
        call_command("grant_role", boss.username, "auditor")
    boss.refresh_from_db()
    assert boss.role == Role.ADMIN
    assert not AuditEntry.objects.filter(kind="role_grant").exists()
    client.force_login(boss)
    assert client.get("/audit/").status_code == 403


def test_a_superuser_given_the_auditor_role_behind_the_commands_back_is_still_refused_the_log(client):
    boss = demo_administrator()
    User.objects.filter(pk=boss.pk).update(role=Role.AUDITOR)
    client.force_login(User.objects.get(pk=boss.pk))
    assert client.get("/audit/").status_code == 403


def test_the_grant_refuses_a_role_the_account_cannot_hold_naming_the_field_and_logs_nothing():
    person = f.office()
    with pytest.raises(CommandError, match="organization"):
        call_command("grant_role", person.username, "unit")
    person.refresh_from_db()
    assert person.role == Role.OFFICE
    assert not AuditEntry.objects.filter(kind="role_grant").exists()


def test_withdraw_refuses_an_account_holding_no_role_of_trust():
    person = f.office()
    with pytest.raises(CommandError, match="username"):
        call_command("grant_role", person.username, "--withdraw")
    person.refresh_from_db()
    assert person.is_active


@pytest.mark.parametrize("args", [[], ["auditor", "--withdraw"]])
def test_the_command_needs_either_a_role_or_withdraw(args):
    person = f.office()
    with pytest.raises(CommandError):
        call_command("grant_role", person.username, *args)


def test_the_command_names_an_unknown_account():
    with pytest.raises(CommandError, match="nobody"):
        call_command("grant_role", "nobody", "auditor")
