"""Promotion leads stay in the acting account's jurisdiction (管辖范围)."""

import pytest

from huishang.core.errors import NotAllowed
from huishang.promotion import services
from huishang.promotion.forms import LeadForm
from huishang.promotion.models import Lead
from huishang.promotion.selectors import visible_leads
from tests import factories as f
from tests.api.client import as_user
from tests.promotion.leads import lead

pytestmark = pytest.mark.django_db


def yongchuan():
    return f.region("500118", "永川区")


def test_the_office_opens_a_lead_in_a_district_of_its_jurisdiction():
    opened = as_user(f.office()).post("/promotion/leads", {
        "enterprise_name": "软通动力", "project": "交付中心", "region": f.district().code})
    assert opened.status_code == 201, opened.content


def test_a_lead_in_another_jurisdiction_is_refused_with_403_naming_the_region_and_nothing_is_stored():
    yongchuan()
    refused = as_user(f.office()).post("/promotion/leads", {
        "enterprise_name": "软通动力", "project": "交付中心", "region": "500118"})
    assert refused.status_code == 403
    assert refused.json()["field"] == "region"
    assert not Lead.objects.exists()


def test_an_owner_of_another_jurisdiction_is_refused_naming_the_owner():
    with pytest.raises(NotAllowed) as refused:
        services.open_lead(by=f.office(), enterprise_name="软通动力", project="交付中心", region=f.region(),
                           owner=f.office(scope=yongchuan()))
    assert refused.value.field == "owner"
    assert not Lead.objects.exists()


def test_the_pipeline_of_a_region_scoped_account_shows_only_its_jurisdiction():
    ours = lead(name="同程旅行")
    theirs = services.open_lead(by=f.office(scope=yongchuan()), enterprise_name="软通动力", project="交付中心",
                                region=yongchuan())
    for reader in (f.office(), f.supervisor(), f.leader()):
        assert list(visible_leads(reader)) == [ours]
    listed = as_user(f.leader(scope=yongchuan())).get("/promotion/leads").json()
    assert [row["id"] for row in listed] == [theirs.pk]
    assert visible_leads(f.admin()).count() == 2


def test_the_lead_form_offers_only_the_regions_of_the_jurisdiction():
    yongchuan()
    district = f.district()
    assert set(LeadForm(user=f.office()).fields["region"].queryset) == {f.region(), district}
