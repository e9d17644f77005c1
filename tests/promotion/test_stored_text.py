"""What the office types about a lead is stored printable (core.text): no control character in a lead, its
trail or its visits."""

import datetime

import pytest

from huishang.promotion import services
from huishang.promotion.models import LeadTransition
from tests import factories as f
from tests.promotion.leads import at

pytestmark = pytest.mark.django_db


def test_a_leads_texts_its_trail_and_its_visits_are_stored_without_control_characters():
    office = f.office()
    with at(datetime.date(2023, 3, 1)):
        lead = services.open_lead(by=office, enterprise_name="同程\u0001旅行", project="客服\u0007中心",
                                  region=f.region(), industry="服务\u001b外包", next_step="再访\u0001", note="初次\u0000接触")
        visit = services.record_visit(lead, by=office, visited_on=datetime.date(2023, 3, 1), notes="电话\u0001回访")
    lead.refresh_from_db()
    assert (lead.enterprise_name, lead.project, lead.industry, lead.next_step) == ("同程旅行", "客服中心", "服务外包", "再访")
    assert LeadTransition.objects.get(lead=lead).note == "初次接触"
    assert visit.notes == "电话回访"
