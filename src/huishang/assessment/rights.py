"""Worker-rights cases (职工维权): matters of the category ``worker_rights`` (made by the migration
assessment/0003), taken in and handled through the matter loop like any other; the union's figures count them."""

from django.db.models import QuerySet

from huishang.cases.models import Matter

WORKER_RIGHTS = "worker_rights"


def rights_cases(matters: QuerySet[Matter]) -> QuerySet[Matter]:
    """The worker-rights cases among ``matters``."""
    return matters.filter(category__code=WORKER_RIGHTS)
