"""Enterprises are identified by a valid credit code; regions cover the regions inside them."""

import pytest
from django.core.exceptions import ValidationError

from huishang.directory import credit_code
from huishang.directory.models import Organization, Region, Role, User
from tests import factories as f


def test_the_standards_example_code_passes_the_check_character():
    assert credit_code.is_valid("91350100M000100Y43")  # the example printed in GB 32100-2015


@pytest.mark.parametrize("code", ["91350100M000100Y44", "91350100M000100Y4", "9135010OM000100Y43", ""])
def test_wrong_length_letters_or_check_character_fail(code):
    assert not credit_code.is_valid(code)


@pytest.mark.django_db
def test_an_enterprise_with_a_wrong_credit_code_is_refused_naming_the_field():
    company = Organization(kind="enterprise", name="某公司", credit_code="91350100M000100Y44", region=f.region())
    with pytest.raises(ValidationError) as refused:
        company.full_clean()
    assert "credit_code" in refused.value.message_dict


@pytest.mark.parametrize("code,prefix", [("500000", "50"), ("511000", "5110"), ("511011", "511011"), ("500118101", "500118101")])
def test_region_code_prefix_stands_for_the_region_and_everything_inside(code, prefix):
    assert Region(code=code, name="x").code_prefix == prefix


@pytest.mark.django_db
def test_an_enterprise_contact_must_belong_to_an_enterprise():
    account = User(username="x", role=Role.ENTERPRISE, organization=f.unit())
    with pytest.raises(ValidationError) as refused:
        account.clean()
    assert "organization" in refused.value.message_dict
