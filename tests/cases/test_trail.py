"""The trail is append-only, and a stale copy of a matter cannot overwrite a newer state."""

import pytest

from huishang.cases import services
from huishang.cases.models import Matter, Transition
from huishang.cases.states import State
from huishang.core.errors import ConcurrentChange, ValidationError
from tests import factories as f
from tests.cases.worlds import cast, in_fortnight, matter_in

pytestmark = pytest.mark.django_db


def test_trail_entries_cannot_be_edited_or_deleted():
    matter = f.matter()
    entry = matter.trail.get()
    entry.note = "改写"
    with pytest.raises(TypeError):
        entry.save()
    with pytest.raises(TypeError):
        entry.delete()
    with pytest.raises(TypeError):
        Transition.objects.filter(matter=matter).update(note="改写")
    with pytest.raises(TypeError):
        Transition.objects.filter(matter=matter).delete()


def test_a_stale_copy_cannot_overwrite_a_change_made_meanwhile():
    people = cast()
    matter = matter_in(State.SUBMITTED, people)
    stale = Matter.objects.get(pk=matter.pk)
    services.accept(matter, by=people.office)
    with pytest.raises(ConcurrentChange):
        services.merge(stale, by=people.office, into=f.matter(by=people.contact))
    matter.refresh_from_db()
    assert matter.state == State.ACCEPTED
    assert matter.trail.count() == 2


def test_rejection_needs_a_reason_and_keeps_it_in_the_trail():
    people = cast()
    matter = matter_in(State.SUBMITTED, people)
    with pytest.raises(ValidationError) as refused:
        services.reject(matter, by=people.office, reason=" ")
    assert refused.value.field == "reason"
    services.reject(matter, by=people.office, reason="属于司法程序事项")
    assert matter.trail.last().note == "属于司法程序事项"


def test_merged_matter_links_to_the_original():
    people = cast()
    original = matter_in(State.ACCEPTED, people)
    repeat = matter_in(State.SUBMITTED, people)
    services.merge(repeat, by=people.office, into=original)
    repeat.refresh_from_db()
    assert repeat.duplicate_of == original and repeat.state == State.MERGED
    with pytest.raises(ValidationError):
        services.merge(matter_in(State.SUBMITTED, people), by=people.office, into=repeat)


def test_assignment_records_units_and_deadline_on_the_matter():
    people = cast()
    helper = f.unit()
    matter = matter_in(State.ACCEPTED, people)
    due = in_fortnight()
    assignment = services.assign(matter, by=people.office, lead_unit=people.handler.organization,
                                 supporting_units=[helper], due=due)
    matter.refresh_from_db()
    assert (matter.lead_unit, matter.due) == (people.handler.organization, due)
    assert list(assignment.supporting_units.all()) == [helper]
    assert matter.first_assigned_at == assignment.assigned_at


def test_assignment_with_a_past_deadline_or_a_non_unit_is_refused_naming_the_field():
    import datetime

    people = cast()
    matter = matter_in(State.ACCEPTED, people)
    with pytest.raises(ValidationError) as past:
        services.assign(matter, by=people.office, lead_unit=people.handler.organization,
                        due=datetime.date.today() - datetime.timedelta(days=1))
    with pytest.raises(ValidationError) as not_unit:
        services.assign(matter, by=people.office, lead_unit=people.contact.organization, due=in_fortnight())
    assert (past.value.field, not_unit.value.field) == ("due", "lead_unit")
    matter.refresh_from_db()
    assert matter.state == State.ACCEPTED and not matter.assignments.exists()


def test_sending_back_frees_the_matter_for_another_unit_and_keeps_the_first_assignment_date():
    people = cast()
    matter = matter_in(State.ASSIGNED, people)
    first = matter.first_assigned_at
    services.send_back(matter, by=people.handler, reason="属供电公司职责", approved_by=people.supervisor)
    matter.refresh_from_db()
    assert (matter.state, matter.lead_unit, matter.due) == (State.ACCEPTED, None, None)
    other = f.unit_handler()
    services.assign(matter, by=people.office, lead_unit=other.organization, due=in_fortnight())
    matter.refresh_from_db()
    assert matter.first_assigned_at == first
    services.acknowledge(matter, by=other)


def test_unsatisfied_review_needs_a_note_and_reopens_the_matter():
    people = cast()
    matter = matter_in(State.RESPONDED, people)
    with pytest.raises(ValidationError) as refused:
        services.review(matter, by=people.contact, satisfied=False)
    assert refused.value.field == "note"
    services.review(matter, by=people.contact, satisfied=False, note="路灯仍未安装")
    matter.refresh_from_db()
    assert matter.state == State.IN_PROGRESS
    assert matter.trail.last().action == "continue"
    assert matter.resolved_at is None


def test_a_trail_note_and_a_review_note_are_stored_without_control_characters():
    people = cast()
    matter = services.accept(f.matter(by=people.contact), by=people.office, note="已\u0001受理")
    assert matter.trail.last().note == "已受理"
    matter = matter_in(State.RESPONDED, people)
    with pytest.raises(ValidationError) as refused:
        services.review(matter, by=people.contact, satisfied=False, note="\u0001\u0007")
    assert refused.value.field == "note"
    review = services.review(matter, by=people.contact, satisfied=False, note="路灯\u0001仍未安装")
    assert review.note == "路灯仍未安装" and matter.trail.last().note == "路灯仍未安装"
