"""The matter page shows a matter to those who may see it, and offers only the actions they may take."""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from huishang.cases import services
from huishang.cases.models import Matter
from huishang.cases.states import State
from huishang.directory.models import Role
from tests import factories as f
from tests.cases.worlds import cast, in_fortnight, matter_in
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def offered(response) -> set[str]:
    """The actions whose forms the page shows."""
    return set(re.findall(r'<form class="action-form[^"]*"[^>]*data-action="([a-z_]+)"', response.content.decode()))


def test_enterprise_contact_gets_404_on_another_enterprises_matter():
    someone_elses = f.matter()
    contact = f.enterprise_contact()
    assert signed_in(contact).get(f"/matters/{someone_elses.number}/").status_code == 404
    assert signed_in(contact).get(f"/matters/{someone_elses.pk}/").status_code == 404


def test_enterprise_contact_sees_its_own_matter_without_the_accept_button():
    people = cast()
    matter = matter_in(State.SUBMITTED, people)
    page = signed_in(people.contact).get(f"/matters/{matter.number}/")
    assert page.status_code == 200
    assert matter.title in text_of(page) and "已提交" in text_of(page)
    assert offered(page) == set()
    assert f"/matters/{matter.number}/accept/" not in page.content.decode()


def test_enterprise_contact_posting_to_accept_is_refused_with_a_message_and_nothing_changes():
    people = cast()
    matter = matter_in(State.SUBMITTED, people)
    response = signed_in(people.contact).post(
        f"/matters/{matter.number}/accept/", {"accept-version": matter.version, "accept-note": ""}
    )
    assert response.status_code == 403
    assert "企业联系人无权受理事项" in text_of(response)
    matter.refresh_from_db()
    assert matter.state == State.SUBMITTED and matter.trail.count() == 1


def test_office_sees_accept_reject_and_merge_on_a_submitted_matter_and_accepting_redirects_with_a_message():
    people = cast()
    matter = matter_in(State.SUBMITTED, people)
    client = signed_in(people.office)
    assert offered(client.get(f"/matters/{matter.number}/")) == {"accept", "reject", "merge"}
    response = client.post(
        f"/matters/{matter.number}/accept/", {"accept-version": matter.version, "accept-note": "材料齐全"}
    )
    assert response.status_code == 302 and response["Location"] == f"/matters/{matter.number}/"
    page = client.get(response["Location"])
    assert "事项已受理" in text_of(page)
    assert "已受理" in text_of(page) and "材料齐全" in text_of(page)
    assert offered(page) == {"put_on_agenda", "assign", "merge"}


def test_rejecting_without_a_reason_names_the_reason_field_and_saves_nothing():
    people = cast()
    matter = matter_in(State.SUBMITTED, people)
    response = signed_in(people.office).post(
        f"/matters/{matter.number}/reject/", {"reject-version": matter.version, "reject-reason": "  "}
    )
    assert response.status_code == 422
    assert "理由：请填写理由。" in text_of(response)
    matter.refresh_from_db()
    assert matter.state == State.SUBMITTED


def test_an_action_taken_on_a_stale_page_is_refused_as_a_concurrent_change():
    people = cast()
    matter = matter_in(State.SUBMITTED, people)
    seen_version = matter.version
    services.accept(matter, by=f.office())
    response = signed_in(people.office).post(
        f"/matters/{matter.number}/merge/",
        {"merge-version": seen_version, "merge-into": f.matter(by=people.contact).number, "merge-note": "",
         "confirmed": "1"},
    )
    assert response.status_code == 409
    assert "已被他人修改" in text_of(response)
    matter.refresh_from_db()
    assert matter.state == State.ACCEPTED


def test_office_assigns_from_the_page_with_lead_unit_supporting_units_and_deadline():
    people = cast()
    matter = matter_in(State.ACCEPTED, people)
    helper = f.unit()
    due = in_fortnight()
    response = signed_in(people.office).post(f"/matters/{matter.number}/assign/", {
        "assign-version": matter.version, "assign-lead_unit": people.handler.organization.pk,
        "assign-supporting_units": [helper.pk], "assign-due": due.isoformat(), "assign-note": "",
    })
    assert response.status_code == 302
    matter.refresh_from_db()
    assert matter.state == State.ASSIGNED and matter.lead_unit == people.handler.organization and matter.due == due
    page = signed_in(people.office).get(f"/matters/{matter.number}/")
    assert helper.name in text_of(page) and due.isoformat() in text_of(page)


def test_assigning_with_a_past_deadline_names_the_deadline_field():
    people = cast()
    matter = matter_in(State.ACCEPTED, people)
    response = signed_in(people.office).post(f"/matters/{matter.number}/assign/", {
        "assign-version": matter.version, "assign-lead_unit": people.handler.organization.pk,
        "assign-due": (datetime.date.today() - datetime.timedelta(days=1)).isoformat(),
    })
    assert response.status_code == 422
    assert "办理时限：办理时限不能早于今天。" in text_of(response)
    matter.refresh_from_db()
    assert matter.state == State.ACCEPTED and not matter.assignments.exists()


def test_unit_acknowledges_and_responds_and_the_enterprise_reviews_from_the_page():
    people = cast()
    matter = matter_in(State.ASSIGNED, people)
    unit = signed_in(people.handler)
    # Before signing for it, the unit may already record its first contact with the submitter.
    assert offered(unit.get(f"/matters/{matter.number}/")) == {"acknowledge", "contact"}
    unit.post(f"/matters/{matter.number}/acknowledge/", {"acknowledge-version": matter.version})
    matter.refresh_from_db()
    assert matter.state == State.IN_PROGRESS
    unit.post(
        f"/matters/{matter.number}/respond/",
        {"respond-version": matter.version, "respond-content": "已组织专场招聘会", "confirmed": "1"},
    )
    matter.refresh_from_db()
    assert matter.state == State.RESPONDED
    contact = signed_in(people.contact)
    assert offered(contact.get(f"/matters/{matter.number}/")) == {"review"}
    refused = contact.post(f"/matters/{matter.number}/review/", {
        "review-version": matter.version, "review-satisfied": "0", "review-solved": "0", "review-method": "online",
        "review-note": "",
    })
    assert refused.status_code == 422 and "请说明还需要做什么" in text_of(refused)
    contact.post(f"/matters/{matter.number}/review/", {
        "review-version": matter.version, "review-satisfied": "1", "review-solved": "1", "review-method": "online",
        "review-note": "",
    })
    matter.refresh_from_db()
    assert matter.state == State.RESOLVED
    page = contact.get(f"/matters/{matter.number}/")
    text = text_of(page)
    assert "已组织专场招聘会" in text and "满意" in text and "网上复核" in text


def test_the_trail_shows_who_did_what_when_and_from_which_state_to_which():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    text = text_of(signed_in(people.supervisor).get(f"/matters/{matter.number}/"))
    assert "已交办 → 办理中" in text and "签收" in text and people.handler.name in text


def test_attachments_download_only_for_those_who_see_the_matter(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    people = cast()
    matter = f.matter(by=people.contact)
    attachment = services.add_attachment(
        matter, by=people.contact, uploaded=SimpleUploadedFile("清单.txt", "缺口40人".encode(), "text/plain")
    )
    url = f"/matters/{matter.number}/files/{attachment.pk}/"
    own = signed_in(people.contact).get(url)
    assert own.status_code == 200 and b"".join(own.streaming_content) == "缺口40人".encode()
    assert signed_in(f.enterprise_contact()).get(url).status_code == 404
    assert signed_in(f.user(Role.UNIT, organization=f.unit())).get(url).status_code == 404


def test_a_matter_number_that_does_not_exist_is_404():
    assert signed_in(f.office()).get("/matters/HS-2000-000001/").status_code == 404
    assert Matter.objects.count() == 0


def test_office_puts_an_accepted_matter_on_an_upcoming_meeting_and_takes_it_off_again_from_the_page():
    people = cast()
    matter = matter_in(State.ACCEPTED, people)
    meeting = f.consultation(by=people.office, held_on=datetime.date.today() + datetime.timedelta(days=2))
    client = signed_in(people.office)
    assert meeting.title in client.get(f"/matters/{matter.number}/").content.decode()
    client.post(f"/matters/{matter.number}/put-on-agenda/",
                {"put_on_agenda-version": matter.version, "put_on_agenda-meeting": meeting.pk})
    matter.refresh_from_db()
    assert matter.state == State.ON_AGENDA and matter.agenda_items.get().meeting == meeting
    client.post(f"/matters/{matter.number}/take-off-agenda/", {"take_off_agenda-version": matter.version})
    matter.refresh_from_db()
    assert matter.state == State.ACCEPTED and not matter.agenda_items.exists()


def test_files_added_on_the_page_are_all_checked_before_any_is_stored(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    people = cast()
    matter = matter_in(State.SUBMITTED, people)
    client = signed_in(people.contact)
    good = SimpleUploadedFile("照片.png", b"\x89PNG\r\n\x1a\n", "image/png")
    bad = SimpleUploadedFile("伪装.pdf", b"not a pdf", "application/pdf")
    refused = client.post(f"/matters/{matter.number}/files/", {"attachments": [good, bad]}, follow=True)
    assert "伪装.pdf 的内容与其扩展名不符。" in text_of(refused)
    assert not matter.attachments.exists()
    good.seek(0)
    client.post(f"/matters/{matter.number}/files/", {"attachments": [good]})
    assert [a.original_name for a in matter.attachments.all()] == ["照片.png"]


def test_a_leader_reads_a_matter_but_gets_no_upload_form_and_no_actions():
    people = cast()
    matter = matter_in(State.RESPONDED, people)
    page = signed_in(f.leader()).get(f"/matters/{matter.number}/")
    assert page.status_code == 200
    assert offered(page) == set() and "/files/\"" not in page.content.decode()


def review_form_of(response) -> str:
    return re.search(r'<form class="action-form[^"]*"[^>]*data-action="review".*?</form>', response.content.decode(),
                     flags=re.S).group(0)


def test_an_enterprise_is_not_asked_how_it_reviewed_and_its_review_is_recorded_online():
    people = cast()
    matter = matter_in(State.RESPONDED, people)
    contact = signed_in(people.contact)
    form = review_form_of(contact.get(f"/matters/{matter.number}/"))
    assert "现场复核" not in form and "复核方式" not in form
    response = contact.post(f"/matters/{matter.number}/review/", {
        "review-version": matter.version, "review-satisfied": "1", "review-solved": "1", "review-method": "online",
        "review-note": "",
    })
    assert response.status_code == 302
    assert matter.reviews.get().method == "online"


def test_the_supervision_group_still_chooses_an_on_site_review():
    people = cast()
    matter = matter_in(State.RESPONDED, people)
    form = review_form_of(signed_in(people.supervisor).get(f"/matters/{matter.number}/"))
    assert "复核方式" in form and "现场复核" in form and "电话" in form


def test_an_enterprise_contact_reads_its_own_phone_in_full_and_the_office_reads_it_masked_with_a_reveal_form():
    people = cast()
    people.contact.phone = "13812345678"
    people.contact.save(update_fields=["phone"])
    matter = matter_in(State.SUBMITTED, people)
    own = signed_in(people.contact).get(f"/matters/{matter.number}/")
    assert "13812345678" in text_of(own) and "138****5678" not in text_of(own)
    assert 'class="reveal-form"' not in own.content.decode()
    office = signed_in(people.office).get(f"/matters/{matter.number}/")
    assert "138****5678" in text_of(office) and "13812345678" not in text_of(office)
    assert 'class="reveal-form"' in office.content.decode()
