"""The staff's final routing choices, read from the records: the category of every matter the office
accepted, and the lead unit of every matter's current assignment."""

from huishang.cases.models import Matter, Transition
from huishang.cases.states import Action


def matter_text(matter) -> str:
    return f"{matter.title}\n{matter.description}"


def category_examples() -> list[tuple[str, str]]:
    """(text, category code) of each matter the office accepted: the category it kept is the staff's choice."""
    accepted = Transition.objects.filter(action=Action.ACCEPT).values("matter_id")
    matters = Matter.objects.filter(pk__in=accepted).select_related("category").only(
        "title", "description", "category__code"
    )
    return [(matter_text(m), m.category.code) for m in matters.iterator(chunk_size=1000)]


def unit_examples() -> list[tuple[str, str, int]]:
    """(text, category code, lead unit id) of each matter whose current assignment the unit kept."""
    matters = Matter.objects.filter(lead_unit__isnull=False).select_related("category").only(
        "title", "description", "category__code", "lead_unit_id"
    )
    return [(matter_text(m), m.category.code, m.lead_unit_id) for m in matters.iterator(chunk_size=1000)]
