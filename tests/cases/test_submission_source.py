"""The recorded origin of a matter (来源) is a fact the figures count: an enterprise or a butler raising a
matter has it recorded as what they are, and cannot claim another; the office names the channel."""

import pytest

from huishang.cases import services
from huishang.cases.models import Matter
from huishang.core.errors import NotAllowed
from tests import factories
from tests.api.client import as_user

pytestmark = pytest.mark.django_db


def test_an_enterprise_cannot_record_its_own_submission_as_coming_from_a_meeting():
    contact = factories.enterprise_contact()
    response = as_user(contact).post("/matters", {
        "title": "用工短缺", "description": "缺口约40人", "category": factories.category().code, "source": "meeting"})
    assert response.status_code == 403
    assert response.json()["field"] == "source"
    assert not Matter.objects.exists()


def test_a_butler_cannot_record_a_matter_as_coming_from_the_enterprise_itself():
    butler = factories.user("butler", scope=factories.region())
    cared_for = factories.enterprise()
    butler.enterprises_in_care.add(cared_for)
    with pytest.raises(NotAllowed) as refusal:
        services.submit_matter(by=butler, title="融资", description="贷款", category=factories.category(),
                               enterprise=cared_for, source=Matter.Source.ENTERPRISE)
    assert refusal.value.field == "source" and not Matter.objects.exists()


def test_an_enterprise_submission_is_recorded_as_from_the_enterprise():
    matter = factories.matter()
    assert matter.source == Matter.Source.ENTERPRISE


def test_the_office_names_the_channel_a_matter_came_through():
    office = factories.office()
    matter = services.submit_matter(by=office, title="热线反映", description="停电", category=factories.category(),
                                    enterprise=factories.enterprise(), source=Matter.Source.HOTLINE)
    assert matter.source == Matter.Source.HOTLINE
