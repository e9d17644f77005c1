"""Personal data is encrypted at rest, found by exact value through its keyed hash, and readable after a key
rotation; nothing in the raw columns gives a phone, ID number or address away."""

import base64
import secrets
import stat

import pytest
from django.apps import apps
from django.core.exceptions import FieldError, ImproperlyConfigured
from django.db import connection

from huishang.core.errors import ValidationError
from huishang.core.masking import mask_id_number, mask_phone
from huishang.directory.models import User
from huishang.employment import ledger
from huishang.employment.models import Household, Resident
from huishang.vault import keys
from huishang.vault.crypto import CannotDecrypt, decrypt, encrypt, lookup_hash
from huishang.vault.migration_operations import encrypt_existing
from huishang.vault.rotation import rekey
from tests import factories as f
from tests.employment import makers as m

pytestmark = pytest.mark.django_db


def raw_row(model, pk, *columns):
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE id = %s", [pk])
        return cursor.fetchone()


@pytest.fixture
def key_ring(monkeypatch):
    """A key ring of the test's own choosing; ``use("v2:…,v1:…")`` switches it as an operator would."""
    def use(configured):
        monkeypatch.setenv(keys.VARIABLE, configured)
        keys.key_ring.cache_clear()

    yield use
    monkeypatch.undo()
    keys.key_ring.cache_clear()


def new_key() -> str:
    return base64.b64encode(secrets.token_bytes(32)).decode()


def household_member(id_number, phone="13800138000", address="弘文花园6号楼2单元"):
    keeper = m.staff_of(m.station())
    household = ledger.record_household(by=keeper, number=f"RD-{secrets.token_hex(3)}", region=keeper.region,
                                        community="南文营社区", address=address)
    return ledger.add_member(by=keeper, household=household, name="钟爱敏", id_number=id_number, phone=phone,
                             status="unemployed")


def test_the_raw_columns_hold_no_phone_id_number_or_address_in_plain_text():
    id_number = m.id_number(born="19690512")
    member = household_member(id_number)
    stored = raw_row(Resident, member.pk, "id_number", "phone") + raw_row(Household, member.household_id, "address")
    for plain, raw in zip((id_number, "13800138000", "弘文花园6号楼2单元"), stored):
        assert plain not in raw
        assert raw.startswith(keys.key_ring().current_id + ":")
    again = Resident.objects.select_related("household").get(pk=member.pk)
    assert (again.id_number, again.phone) == (id_number, "13800138000")
    assert again.household.address == "弘文花园6号楼2单元"


def test_a_member_is_found_by_exact_id_number_whatever_the_spelling_of_its_check_character():
    id_number = m.id_number(born="19850101", serial=12)
    spelled = id_number[:-1] + id_number[-1].lower()
    household_member(id_number)
    assert Resident.objects.filter(id_number_hash=lookup_hash(f" {spelled} ")).count() == 1
    assert not Resident.objects.filter(id_number_hash=lookup_hash(m.id_number(born="19850102"))).exists()


def test_a_user_is_found_by_phone_written_with_spaces_or_dashes():
    user = f.office()
    user.phone = "138 0013-8000"
    user.save()
    assert list(User.objects.filter(phone_hash=lookup_hash("13800138000"))) == [user]


def test_the_ledger_still_refuses_an_id_number_it_already_holds():
    id_number = m.id_number(born="19700101")
    household_member(id_number)
    with pytest.raises(ValidationError) as refused:
        household_member(id_number.lower())
    assert refused.value.field == "id_number"


def test_filtering_on_the_encrypted_column_fails_loudly_instead_of_matching_nothing():
    with pytest.raises(FieldError):
        list(User.objects.filter(phone="13800138000"))
    with pytest.raises(FieldError):
        list(Resident.objects.filter(id_number__startswith="1306"))
    assert User.objects.filter(phone__isnull=True).count() == 0


def test_masking_shows_the_decrypted_value_masked():
    member = household_member(m.id_number(born="19690512", serial=7), phone="13912345678")
    member = Resident.objects.get(pk=member.pk)
    assert mask_phone(member.phone) == "139****5678"
    assert mask_id_number(member.id_number).startswith("130629") and "1969" not in mask_id_number(member.id_number)


def test_two_encryptions_of_one_value_differ_so_equal_values_are_not_visible_in_the_column():
    assert encrypt("13800138000") != encrypt("13800138000")


def test_changed_ciphertext_is_refused_not_read_as_something_else():
    stored = encrypt("13800138000")
    key_id, body = stored.split(":")
    raw = bytearray(base64.b64decode(body))
    raw[-1] ^= 1
    with pytest.raises(CannotDecrypt):
        decrypt(f"{key_id}:{base64.b64encode(bytes(raw)).decode()}")


def test_after_rotation_old_rows_still_read_and_new_rows_use_the_new_key(key_ring):
    old, new = new_key(), new_key()
    key_ring(old)
    written_before = encrypt("弘文花园6号楼2单元")
    key_ring(f"v2:{new},v1:{old}")
    assert decrypt(written_before) == "弘文花园6号楼2单元"
    assert encrypt("弘文花园").startswith("v2:")
    key_ring(new)
    with pytest.raises(CannotDecrypt):
        decrypt(written_before)


def test_a_malformed_key_in_the_environment_is_refused_by_name(key_ring):
    key_ring("dG9vIHNob3J0")
    with pytest.raises(ImproperlyConfigured, match=keys.VARIABLE):
        keys.key_ring()


def test_without_a_configured_key_one_is_generated_once_readable_by_the_owner_only(settings, tmp_path, monkeypatch):
    settings.DATA_DIR = tmp_path
    monkeypatch.delenv(keys.VARIABLE, raising=False)
    first = keys.parse(keys._generated_key())
    second = keys.parse(keys._generated_key())
    assert first == second and len(first.current) == 32
    assert stat.S_IMODE((tmp_path / keys.KEY_FILE_NAME).stat().st_mode) == 0o600


def test_the_migration_step_encrypts_rows_stored_in_plain_text_and_can_put_them_back():
    user = f.office()
    table = connection.ops.quote_name(User._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET phone = %s, phone_hash = '' WHERE id = %s", ["13800138000", user.pk])
    step = encrypt_existing("directory.User", {"phone": "phone_hash"})
    editor = connection.schema_editor()
    step.code(apps, editor)
    phone, phone_hash = raw_row(User, user.pk, "phone", "phone_hash")
    assert "13800138000" not in phone and phone_hash == lookup_hash("13800138000")
    step.reverse_code(apps, editor)
    assert raw_row(User, user.pk, "phone")[0] == "13800138000"


def test_after_rekey_the_old_key_can_be_dropped_and_exact_search_still_finds_the_row(key_ring):
    old, new = new_key(), new_key()
    key_ring(old)
    id_number = m.id_number(born="19800808")
    member = household_member(id_number)
    key_ring(f"v2:{new},v1:{old}")
    rekey()
    key_ring(f"v2:{new}")
    assert raw_row(Resident, member.pk, "id_number")[0].startswith("v2:")
    found = Resident.objects.select_related("household").get(id_number_hash=lookup_hash(id_number))
    assert (found.pk, found.phone, found.household.address) == (member.pk, "13800138000", "弘文花园6号楼2单元")
