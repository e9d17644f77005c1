"""A lead not yet signed may be dropped with a reason; a lead may be handed to another office member; the
stale threshold is a setting."""

import datetime

import pytest

from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.figures.scopes import scope_from
from huishang.promotion import services
from huishang.promotion.figures import promotion_figures
from huishang.promotion.models import Lead, Stage
from huishang.promotion.selectors import funnel, stale_leads
from tests import factories as f
from tests.promotion.leads import at, lead
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def negotiating(office, name="软通动力"):
    with at(datetime.date(2023, 4, 1)):
        return services.advance(lead(office, name=name), by=office, to=Stage.NEGOTIATING)


def test_a_lead_being_negotiated_is_dropped_with_its_reason_on_the_trail():
    office = f.office()
    with at(datetime.date(2023, 5, 1)):
        dropped = services.drop(negotiating(office), by=office, reason="企业总部决定暂缓西南布局")
    assert (dropped.stage, dropped.dropped_on, dropped.drop_reason) == (
        Stage.DROPPED, datetime.date(2023, 5, 1), "企业总部决定暂缓西南布局")
    last = dropped.transitions.last()
    assert (last.from_stage, last.to_stage, last.note) == (Stage.NEGOTIATING, Stage.DROPPED, "企业总部决定暂缓西南布局")


def test_a_drop_needs_a_reason():
    office = f.office()
    with pytest.raises(ValidationError) as refused:
        services.drop(lead(office), by=office, reason="  ")
    assert refused.value.field == "reason" and Lead.objects.get().stage == Stage.CONTACTED


def test_a_signed_lead_is_not_dropped_and_a_dropped_lead_does_not_move_on():
    office = f.office()
    signed = services.advance(negotiating(office), by=office, to=Stage.SIGNED, planned_seats=100)
    with pytest.raises(InvalidTransition):
        services.drop(signed, by=office, reason="x")
    dropped = services.drop(lead(office, name="同程旅行"), by=office, reason="无意向")
    with pytest.raises(InvalidTransition):
        services.advance(dropped, by=office, to=Stage.NEGOTIATING)


def test_only_the_office_of_the_region_drops_a_lead():
    subject = lead(f.office())
    for outsider in (f.supervisor(), f.leader(), f.office(scope=f.region("500118", "永川区"))):
        with pytest.raises(NotAllowed):
            services.drop(subject, by=outsider, reason="无意向")
    assert services.drop(subject, by=f.office(), reason="无意向").stage == Stage.DROPPED


def test_a_dropped_lead_counts_as_contacted_but_neither_as_negotiating_nor_signed():
    office = f.office()
    kept = negotiating(office, name="甲")
    with at(datetime.date(2023, 6, 1)):
        services.drop(negotiating(office, name="乙"), by=office, reason="无意向")
        services.advance(kept, by=office, to=Stage.SIGNED, planned_seats=300)
    figures = promotion_figures(scope_from(date_from="2023-01-01", date_to="2023-12-31"))
    assert (figures["contacted"], figures["negotiating"], figures["signed"], figures["dropped"]) == (2, 0, 1, 1)
    before_the_drop = promotion_figures(scope_from(date_from="2023-01-01", date_to="2023-05-31"))
    assert (before_the_drop["negotiating"], before_the_drop["dropped"]) == (2, 0)
    assert [row["count"] for row in funnel(Lead.objects.all())] == [2, 2, 1, 0]


def test_a_dropped_lead_is_never_stale():
    office = f.office()
    with at(datetime.date(2023, 3, 1)):
        services.drop(lead(office), by=office, reason="无意向")
    with at(datetime.date(2024, 1, 1)):
        assert not stale_leads(Lead.objects.all()).exists()


def test_the_stale_threshold_follows_the_setting(settings):
    lead(f.office(), day=datetime.date(2023, 3, 1))
    settings.HUISHANG_PROMOTION_STALE_DAYS = 10
    with at(datetime.date(2023, 3, 15)):
        assert stale_leads(Lead.objects.all()).count() == 1
    settings.HUISHANG_PROMOTION_STALE_DAYS = 30
    with at(datetime.date(2023, 3, 15)):
        assert not stale_leads(Lead.objects.all()).exists()


def test_the_owner_is_handed_to_another_office_member_of_the_region_on_the_trail():
    office, colleague = f.office(), f.office()
    subject = services.change_owner(lead(office), by=office, owner=colleague, note="工作调整")
    assert subject.owner == colleague and subject.version == 2
    change = subject.owner_changes.get()
    assert (change.from_owner, change.to_owner, change.by, change.note) == (office, colleague, office, "工作调整")


def test_the_new_owner_must_be_in_the_office_covering_the_region():
    office = f.office()
    subject = lead(office)
    for unfit in (f.supervisor(), f.enterprise_contact(), office):
        with pytest.raises(ValidationError) as refused:
            services.change_owner(subject, by=office, owner=unfit)
        assert refused.value.field == "owner"
    with pytest.raises(NotAllowed) as refused:  # an office of another jurisdiction
        services.change_owner(subject, by=office, owner=f.office(scope=f.region("500118", "永川区")))
    assert refused.value.field == "owner"
    assert Lead.objects.get().owner == office and not subject.owner_changes.exists()


def test_only_the_office_of_the_region_changes_the_owner():
    office = f.office()
    subject = lead(office)
    for outsider in (f.supervisor(), f.office(scope=f.region("500118", "永川区"))):
        with pytest.raises(NotAllowed):
            services.change_owner(subject, by=outsider, owner=f.office())
    assert Lead.objects.get().owner == office


def test_the_office_drops_a_lead_on_its_page_and_the_reason_shows():
    office = f.office()
    subject = lead(office)
    answer = signed_in(office).post(f"/promotion/leads/{subject.pk}/drop/", {"reason": "企业无落地意向",
                                                                           "version": subject.version})
    assert answer.status_code == 302 and Lead.objects.get().stage == Stage.DROPPED
    page = text_of(signed_in(office).get(f"/promotion/leads/{subject.pk}/"))
    assert "企业无落地意向" in page and "已终止" in page and "终止线索" not in page


def test_a_drop_without_a_reason_is_refused_on_the_page_in_chinese():
    office = f.office()
    subject = lead(office)
    answer = signed_in(office).post(f"/promotion/leads/{subject.pk}/drop/", {"reason": "", "version": subject.version})
    assert answer.status_code == 422 and "终止原因：此项为必填项。" in text_of(answer)
    assert Lead.objects.get().stage == Stage.CONTACTED


def test_a_supervisor_sees_no_drop_or_owner_form_and_is_refused_when_posting():
    office, supervisor = f.office(), f.supervisor()
    subject = lead(office)
    page = signed_in(supervisor).get(f"/promotion/leads/{subject.pk}/").content.decode()
    assert 'data-action="drop"' not in page and 'data-action="owner"' not in page
    answer = signed_in(supervisor).post(f"/promotion/leads/{subject.pk}/drop/", {"reason": "x", "version": 1})
    assert answer.status_code == 403 and Lead.objects.get().stage == Stage.CONTACTED
    assert "只有线索所在地区的工作专班可以推进招商阶段。" in text_of(answer)


def test_the_office_hands_a_lead_over_on_its_page():
    office, colleague = f.office(), f.office()
    subject = lead(office)
    page = signed_in(office).get(f"/promotion/leads/{subject.pk}/").content.decode()
    assert 'data-action="owner"' in page and colleague.get_full_name() in page
    answer = signed_in(office).post(f"/promotion/leads/{subject.pk}/owner/",
                                    {"owner": colleague.pk, "note": "工作调整", "version": subject.version})
    assert answer.status_code == 302 and Lead.objects.get().owner == colleague
    trail = text_of(signed_in(office).get(f"/promotion/leads/{subject.pk}/"))
    assert f"负责人由{office.get_full_name()}变更为{colleague.get_full_name()}" in trail


def test_the_board_counts_dropped_leads_apart_from_the_funnel():
    office = f.office()
    services.drop(lead(office), by=office, reason="无意向")
    page = signed_in(office).get("/promotion/").content.decode()
    assert 'data-dropped-count="1"' in page
