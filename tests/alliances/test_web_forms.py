"""The alliance's record forms through the web client: each lets in the people who may act and refuses the
others (403, nothing written); bad input is named by its field in Chinese and stores nothing."""

import datetime
import re

import pytest
from django.urls import reverse

from huishang.alliances import services
from huishang.alliances.models import AllianceMembership, Booking, CouncilSeat, Expert, RotationTerm
from huishang.core import clock
from tests import factories as f
from tests.alliances import world
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def setting():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    first, second = world.member(alliance, admin=admin), world.member(alliance, admin=admin)
    keeper = world.person()
    return {
        "admin": admin, "alliance": alliance, "first": first, "second": second, "keeper": keeper,
        "secretary": world.secretary(alliance, admin=admin),
        "resource": world.resource(alliance, admin=admin, keeper=keeper),
    }


def url(name, *args):
    return reverse(f"alliances:{name}", args=args)


def refused_and_unchanged(user, address, data, count) -> bool:
    """The page refuses ``user`` both to show the form and to take it, and ``count()`` does not move."""
    before = count()
    client = signed_in(user)
    return client.get(address).status_code == 403 and client.post(address, data).status_code == 403 \
        and count() == before


def field_error(answer) -> str:
    """The errors shown next to the form's fields (each begins with the field's label); the page says 422."""
    assert answer.status_code == 422, answer.status_code
    return " ".join(re.findall(r'<p class="error" role="alert">(.*?)</p>', answer.content.decode(), re.S))


# --- memberships


def test_the_secretary_admits_a_studio_and_a_studio_leader_cannot(setting):
    alliance, newcomer = setting["alliance"], world.studio()
    data = {"studio": newcomer.pk, "joined_on": "2024-03-01", "plaque_on": "2024-03-15"}
    assert refused_and_unchanged(setting["first"].leader, url("member-new", alliance.pk), data,
                                 alliance.memberships.count)
    assert signed_in(setting["secretary"]).post(url("member-new", alliance.pk), data).status_code == 302
    membership = alliance.memberships.get(studio=newcomer)
    assert (membership.joined_on, membership.plaque_on) == (D(2024, 3, 1), D(2024, 3, 15))


def test_admitting_without_a_date_names_the_date_in_chinese_and_stores_nothing(setting):
    alliance, newcomer = setting["alliance"], world.studio()
    answer = signed_in(setting["secretary"]).post(url("member-new", alliance.pk), {"studio": newcomer.pk})
    assert "加入日期" in field_error(answer)
    assert not alliance.memberships.filter(studio=newcomer).exists()


def test_admitting_before_the_founding_is_refused_on_the_date_field(setting):
    alliance, newcomer = setting["alliance"], world.studio()
    answer = signed_in(setting["secretary"]).post(url("member-new", alliance.pk),
                                                  {"studio": newcomer.pk, "joined_on": "2000-01-01"})
    assert "加入日期" in field_error(answer) and "成立" in field_error(answer)
    assert not alliance.memberships.filter(studio=newcomer).exists()


def test_the_secretary_records_a_studios_leaving_and_a_leader_cannot(setting):
    membership = setting["alliance"].memberships.get(studio=setting["second"])
    address = url("membership-leave", membership.pk)
    assert refused_and_unchanged(setting["first"].leader, address, {"left_on": "2024-06-30"},
                                 lambda: AllianceMembership.objects.filter(left_on__isnull=False).count())
    assert signed_in(setting["secretary"]).post(address, {"left_on": "2024-06-30"}).status_code == 302
    membership.refresh_from_db()
    assert membership.left_on == D(2024, 6, 30)


def test_leaving_before_joining_names_the_leaving_date_and_stores_nothing(setting):
    membership = setting["alliance"].memberships.get(studio=setting["second"])
    answer = signed_in(setting["secretary"]).post(url("membership-leave", membership.pk), {"left_on": "2020-01-01"})
    assert "退出日期" in field_error(answer)
    membership.refresh_from_db()
    assert membership.left_on is None


# --- council


def test_the_secretary_appoints_a_council_member_with_an_account_and_a_leader_cannot(setting):
    alliance, person = setting["alliance"], world.person()
    data = {"role": "vice_chair", "person_name": "王强", "position": "资中县总工会主席", "user": person.username,
            "starts_on": "2024-01-01"}
    assert refused_and_unchanged(setting["first"].leader, url("seat-new", alliance.pk), data, alliance.seats.count)
    assert signed_in(setting["secretary"]).post(url("seat-new", alliance.pk), data).status_code == 302
    seat = alliance.seats.get(person_name="王强")
    assert (seat.role, seat.user, seat.position) == ("vice_chair", person, "资中县总工会主席")


def test_an_unknown_account_is_named_in_chinese_and_no_seat_is_made(setting):
    alliance = setting["alliance"]
    before = alliance.seats.count()
    answer = signed_in(setting["secretary"]).post(url("seat-new", alliance.pk), {
        "role": "member", "person_name": "王强", "user": "nobody-here", "starts_on": "2024-01-01"})
    assert "账号" in field_error(answer)
    assert alliance.seats.count() == before


def test_the_secretary_ends_a_seat_and_a_leader_cannot(setting):
    alliance = setting["alliance"]
    seat = services.appoint_council_seat(alliance, by=setting["admin"], role=CouncilSeat.Role.MEMBER,
                                         person_name="李明", starts_on=D(2023, 1, 1))
    address = url("seat-end", seat.pk)
    assert refused_and_unchanged(setting["first"].leader, address, {"ends_on": "2024-12-31"},
                                 lambda: alliance.seats.filter(ends_on__isnull=False).count())
    assert signed_in(setting["secretary"]).post(address, {"ends_on": "2024-12-31"}).status_code == 302
    seat.refresh_from_db()
    assert seat.ends_on == D(2024, 12, 31)
    again = signed_in(setting["secretary"]).post(address, {"ends_on": "2025-01-31"})
    assert again.status_code == 409
    seat.refresh_from_db()
    assert seat.ends_on == D(2024, 12, 31)


def test_a_seat_cannot_end_before_it_began(setting):
    seat = services.appoint_council_seat(setting["alliance"], by=setting["admin"], role=CouncilSeat.Role.MEMBER,
                                         person_name="李明", starts_on=D(2023, 1, 1))
    answer = signed_in(setting["secretary"]).post(url("seat-end", seat.pk), {"ends_on": "2022-12-31"})
    assert "任职截止日期" in field_error(answer)
    seat.refresh_from_db()
    assert seat.ends_on is None


# --- rotation


def test_the_secretary_adds_a_rotation_term_with_its_handover_and_plaque_and_a_leader_cannot(setting):
    alliance = setting["alliance"]
    handover = services.record_activity(alliance, by=setting["admin"], kind="handover", title="轮值交接仪式",
                                        held_on=D(2024, 1, 5))
    data = {"host": setting["first"].pk, "starts_on": "2024-01-01", "ends_on": "2024-12-31",
            "handover": handover.pk, "plaque": "轮值主席单位"}
    assert refused_and_unchanged(setting["second"].leader, url("term-new", alliance.pk), data,
                                 alliance.rotation_terms.count)
    assert signed_in(setting["secretary"]).post(url("term-new", alliance.pk), data).status_code == 302
    term = alliance.rotation_terms.get()
    assert (term.host, term.handover, term.plaque) == (setting["first"], handover, "轮值主席单位")
    page = text_of(signed_in(setting["second"].leader).get(url("dashboard", alliance.pk)))
    assert "轮值交接仪式" in page and "轮值主席单位" in page


def test_an_overlapping_term_is_refused_on_its_start_and_stores_nothing(setting):
    alliance = setting["alliance"]
    services.start_rotation_term(alliance, by=setting["admin"], host=setting["first"], starts_on=D(2024, 1, 1),
                                 ends_on=D(2024, 12, 31))
    answer = signed_in(setting["secretary"]).post(url("term-new", alliance.pk), {
        "host": setting["second"].pk, "starts_on": "2024-06-01", "ends_on": "2025-05-31"})
    assert "轮值开始日期" in field_error(answer)
    assert RotationTerm.objects.filter(alliance=alliance).count() == 1


# --- experts


def test_the_secretary_adds_and_edits_an_expert_and_a_leader_cannot(setting):
    alliance = setting["alliance"]
    data = {"name": "陈工", "title": "高级技师", "fields": "数控加工", "studio": setting["first"].pk,
            "joined_on": "2023-05-01"}
    assert refused_and_unchanged(setting["first"].leader, url("expert-new", alliance.pk), data,
                                 alliance.experts.count)
    assert signed_in(setting["secretary"]).post(url("expert-new", alliance.pk), data).status_code == 302
    expert = alliance.experts.get(name="陈工")
    edit = url("expert-edit", expert.pk)
    changed = {**data, "title": "正高级工程师", "left_on": "2024-12-31"}
    assert refused_and_unchanged(setting["first"].leader, edit, changed,
                                 lambda: Expert.objects.filter(title="正高级工程师").count())
    assert signed_in(setting["secretary"]).post(edit, changed).status_code == 302
    expert.refresh_from_db()
    assert (expert.title, expert.left_on) == ("正高级工程师", D(2024, 12, 31))


def test_the_expert_form_calls_the_title_a_professional_title(setting):
    page = text_of(signed_in(setting["secretary"]).get(url("expert-new", setting["alliance"].pk)))
    assert "职称" in page and "标题" not in page


def test_an_expert_from_nowhere_is_refused_naming_the_studio_and_stores_nothing(setting):
    alliance = setting["alliance"]
    answer = signed_in(setting["secretary"]).post(url("expert-new", alliance.pk), {
        "name": "陈工", "title": "高级技师", "fields": "数控加工", "joined_on": "2023-05-01"})
    assert "工作室" in field_error(answer)
    assert not alliance.experts.exists()


def test_the_secretary_records_an_experts_service_and_a_leader_cannot(setting):
    expert = services.add_expert(setting["alliance"], by=setting["admin"], name="陈工", title="高级技师",
                                 fields="数控加工", joined_on=D(2023, 5, 1), studio=setting["first"])
    address = url("expert-service-new", expert.pk)
    data = {"kind": "training", "served_on": "2024-04-10", "note": "数控编程培训授课"}
    assert refused_and_unchanged(setting["first"].leader, address, data, expert.services.count)
    assert signed_in(setting["secretary"]).post(address, data).status_code == 302
    assert expert.services.get().note == "数控编程培训授课"
    wrong = signed_in(setting["secretary"]).post(address, {"kind": "gossip", "served_on": "2024-04-10"})
    assert "服务类型" in field_error(wrong)
    assert expert.services.count() == 1


# --- resources


def test_the_secretary_lists_and_edits_a_resource_and_a_leader_cannot(setting):
    alliance, owner = setting["alliance"], f.enterprise()
    data = {"kind": "simulation_system", "name": "配网仿真系统", "owner": owner.pk,
            "keeper": setting["keeper"].username, "capacity": "12", "listed_on": "2023-03-01"}
    assert refused_and_unchanged(setting["first"].leader, url("list-resource", alliance.pk), data,
                                 alliance.resources.count)
    assert signed_in(setting["secretary"]).post(url("list-resource", alliance.pk), data).status_code == 302
    resource = alliance.resources.get(name="配网仿真系统")
    assert (resource.owner, resource.keeper, resource.capacity) == (owner, setting["keeper"], 12)
    edit = url("resource-edit", resource.pk)
    new_owner = f.enterprise()
    changed = {**data, "owner": new_owner.pk, "capacity": "30"}
    assert refused_and_unchanged(setting["keeper"], edit, changed, lambda: alliance.resources.filter(capacity=30).count())
    assert signed_in(setting["secretary"]).post(edit, changed).status_code == 302
    resource.refresh_from_db()
    assert (resource.owner, resource.capacity) == (new_owner, 30)


def test_a_capacity_of_zero_is_named_in_chinese_and_changes_nothing(setting):
    resource = setting["resource"]
    name = resource.name
    answer = signed_in(setting["secretary"]).post(url("resource-edit", resource.pk), {
        "kind": resource.kind, "name": "改名", "owner": resource.owner.pk, "keeper": setting["keeper"].username,
        "capacity": "0"})
    assert "容量" in field_error(answer)
    resource.refresh_from_db()
    assert (resource.name, resource.capacity) == (name, 20)


# --- achievements


def test_a_leader_records_their_studios_achievement_shared_to_all_and_the_public_sees_it(setting):
    alliance = setting["alliance"]
    data = {"kind": "patent", "title": "一种带电作业绝缘工具", "studios": [setting["first"].pk],
            "achieved_on": "2024-02-02", "shared": "on"}
    assert signed_in(setting["first"].leader).post(url("achievement-new", alliance.pk), data).status_code == 302
    achievement = alliance.achievements.get()
    assert achievement.shared and list(achievement.studios.all()) == [setting["first"]]
    showcase = text_of(signed_in(setting["second"].leader).get(url("showcase-alliance", alliance.pk)))
    assert "一种带电作业绝缘工具" in showcase


def test_a_leader_cannot_record_an_achievement_for_another_studio(setting):
    alliance = setting["alliance"]
    answer = signed_in(setting["first"].leader).post(url("achievement-new", alliance.pk), {
        "kind": "patent", "title": "别人的成果", "studios": [setting["second"].pk], "achieved_on": "2024-02-02"})
    assert answer.status_code == 403
    assert not alliance.achievements.exists()
    outsider = f.enterprise_contact()
    assert signed_in(outsider).get(url("achievement-new", alliance.pk)).status_code == 403


def test_an_achievement_without_studios_names_the_studios_and_stores_nothing(setting):
    alliance = setting["alliance"]
    answer = signed_in(setting["secretary"]).post(url("achievement-new", alliance.pk), {
        "kind": "award", "title": "全国五一劳动奖状", "achieved_on": "2024-05-01"})
    assert "工作室" in field_error(answer)
    assert not alliance.achievements.exists()


# --- bookings


def _booking(setting, studio):
    day = clock.today() + datetime.timedelta(days=5)
    return services.book_resource(setting["resource"], by=studio.leader, studio=studio, starts_on=day, ends_on=day,
                                  purpose="实训")


def test_the_booker_cancels_their_booking_and_another_leader_cannot(setting):
    booking = _booking(setting, setting["first"])
    address = url("booking-cancel", booking.pk)
    assert signed_in(setting["second"].leader).post(address).status_code == 403
    booking.refresh_from_db()
    assert booking.state == Booking.State.PENDING
    assert signed_in(setting["first"].leader).post(address).status_code == 302
    booking.refresh_from_db()
    assert booking.state == Booking.State.CANCELLED


def test_the_resources_owner_cancels_an_approved_booking(setting):
    booking = _booking(setting, setting["first"])
    services.approve_booking(booking, by=setting["keeper"])
    assert signed_in(setting["keeper"]).post(url("booking-cancel", booking.pk)).status_code == 302
    booking.refresh_from_db()
    assert booking.state == Booking.State.CANCELLED


def test_a_cancelled_booking_cannot_be_cancelled_again_and_says_why(setting):
    booking = _booking(setting, setting["first"])
    services.cancel_booking(booking, by=setting["first"].leader)
    answer = signed_in(setting["first"].leader).post(url("booking-cancel", booking.pk), follow=True)
    assert "该预约已不是待审批或已批准状态" in text_of(answer)
    booking.refresh_from_db()
    assert booking.state == Booking.State.CANCELLED


# --- agreement progress


@pytest.fixture
def agreement(setting):
    return services.record_agreement(setting["alliance"], by=setting["admin"], subject="配网工器具联合研制",
                                     parties=[setting["first"], setting["second"]], signed_on=D(2023, 4, 12))


def test_a_party_leader_adds_progress_notes_that_keep_the_earlier_ones(setting, agreement):
    address = url("agreement-progress", agreement.pk)
    leader = signed_in(setting["first"].leader)
    assert leader.post(address, {"progress": "30", "note": "完成方案设计"}).status_code == 302
    assert leader.post(address, {"progress": "60", "note": "样机试制完成"}).status_code == 302
    agreement.refresh_from_db()
    assert agreement.progress == 60
    assert "完成方案设计" in agreement.progress_note and "样机试制完成" in agreement.progress_note
    page = text_of(leader.get(address))
    assert "完成方案设计" in page and "样机试制完成" in page


def test_a_leader_who_is_not_a_party_cannot_report_progress(setting, agreement):
    outsider = world.member(setting["alliance"], admin=setting["admin"])
    assert refused_and_unchanged(outsider.leader, url("agreement-progress", agreement.pk),
                                 {"progress": "90", "note": "冒名"},
                                 lambda: type(agreement).objects.filter(progress=90).count())


def test_a_progress_above_100_is_named_in_chinese_and_stores_nothing(setting, agreement):
    answer = signed_in(setting["secretary"]).post(url("agreement-progress", agreement.pk),
                                                  {"progress": "150", "note": "超额"})
    assert "进度" in field_error(answer)
    agreement.refresh_from_db()
    assert (agreement.progress, agreement.progress_note) == (0, "")


# --- links


def test_the_dashboard_offers_the_record_forms_only_to_those_who_may_use_them(setting, agreement):
    alliance = setting["alliance"]
    address = url("dashboard", alliance.pk)
    managing = signed_in(setting["secretary"]).get(address).content.decode()
    for name in ("member-new", "seat-new", "term-new", "expert-new", "list-resource", "achievement-new"):
        assert url(name, alliance.pk) in managing, name
    assert url("agreement-progress", agreement.pk) in managing

    party = signed_in(setting["first"].leader).get(address).content.decode()
    assert url("agreement-progress", agreement.pk) in party and url("achievement-new", alliance.pk) in party
    for name in ("member-new", "seat-new", "term-new", "expert-new", "list-resource"):
        assert url(name, alliance.pk) not in party, name

    outsider = world.member(alliance, admin=setting["admin"])
    other = signed_in(outsider.leader).get(address).content.decode()
    assert url("agreement-progress", agreement.pk) not in other


def test_the_resource_page_offers_editing_to_the_manager_and_cancelling_to_the_booker(setting):
    booking = _booking(setting, setting["first"])
    address = url("resource", setting["resource"].pk)
    assert url("resource-edit", setting["resource"].pk) in signed_in(setting["secretary"]).get(address).content.decode()
    booker = signed_in(setting["first"].leader).get(address).content.decode()
    assert url("booking-cancel", booking.pk) in booker and url("resource-edit", setting["resource"].pk) not in booker
    other = signed_in(setting["second"].leader).get(address).content.decode()
    assert url("booking-cancel", booking.pk) not in other


def test_the_studio_page_offers_its_leader_to_record_an_achievement_and_nobody_else(setting):
    address = url("studio", setting["first"].pk)
    link = url("achievement-new", setting["alliance"].pk)
    assert link in signed_in(setting["first"].leader).get(address).content.decode()
    assert link not in signed_in(setting["second"].leader).get(address).content.decode()
