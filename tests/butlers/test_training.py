"""Training records: the office records them for butlers; a butler reads their own."""

import datetime

import pytest

from huishang.butlers import services
from huishang.butlers.models import Training
from huishang.butlers.selectors import visible_trainings
from huishang.core.errors import NotAllowed, ValidationError
from tests import factories as f
from tests.butlers.people import butler

pytestmark = pytest.mark.django_db

DAY = datetime.date(2024, 4, 19)


def record(by, person, **overrides):
    fields = dict(by=by, butler=person, topic=Training.Topic.WORK_INJURY, title="工伤政策", held_on=DAY, hours=1.5)
    fields.update(overrides)
    return services.record_training(**fields)


def test_the_office_records_a_butlers_training_which_the_butler_reads():
    person = butler()
    training = record(f.office(), person)
    assert visible_trainings(person).get() == training
    assert not visible_trainings(butler()).exists()


@pytest.mark.parametrize("role_maker", [butler, f.supervisor, f.leader, f.unit_handler, f.enterprise_contact])
def test_only_the_office_and_administrators_record_training(role_maker):
    with pytest.raises(NotAllowed):
        record(role_maker(), butler())
    assert not Training.objects.exists()


@pytest.mark.parametrize("field,overrides", [
    ("topic", {"topic": "cooking"}), ("title", {"title": " "}), ("hours", {"hours": 0}), ("hours", {"hours": "x"}),
    ("held_on", {"held_on": "2024-04-19"}), ("butler", {"butler": None}),
])
def test_a_training_with_bad_input_is_refused_naming_the_field(field, overrides):
    with pytest.raises(ValidationError) as refusal:
        record(f.office(), butler(), **overrides)
    assert refusal.value.field == field
