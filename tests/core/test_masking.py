"""Personal data is masked the same way everywhere it is shown."""

import pytest

from huishang.core.masking import mask_email, mask_id_number, mask_name, mask_name_for_public_list, mask_phone


@pytest.mark.parametrize("phone,shown", [("13812345678", "138****5678"), ("02812345678", "028****5678"), ("12345", "*****"), ("", "")])
def test_phone_keeps_the_first_three_and_last_four_digits(phone, shown):
    assert mask_phone(phone) == shown


def test_id_number_hides_the_birth_date_and_sequence():
    assert mask_id_number("110101199003071234") == "110101********1234"
    assert mask_id_number("12345") == "*****"


@pytest.mark.parametrize("name,contact,public", [("王建华", "王**", "王*华"), ("张三", "张*", "张*"), ("欧阳娜娜", "欧***", "欧**娜")])
def test_names_keep_the_surname_and_public_lists_also_the_last_character(name, contact, public):
    assert (mask_name(name), mask_name_for_public_list(name)) == (contact, public)


def test_email_keeps_its_first_letter_and_domain():
    assert (mask_email("wang@example.com"), mask_email("not-an-address")) == ("w***@example.com", "")
