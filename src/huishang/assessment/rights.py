"""Worker-rights cases (职工维权): matters of the category ``worker_rights`` (made by the migration
assessment/0003), taken in and handled through the matter loop like any other; the union's figures count them."""

from django.db.models import QuerySet

from huishang.cases.models import Category, Matter

WORKER_RIGHTS = "worker_rights"


def worker_rights_category() -> Category:
    """The category of worker-rights cases. The migration makes it; it is made here too when it is missing, as in
    a test database that a transactional test emptied, so that a world built on top always finds it."""
    category, _created = Category.objects.get_or_create(code=WORKER_RIGHTS, defaults={"name": "职工维权", "order": 20})
    return category


def rights_cases(matters: QuerySet[Matter]) -> QuerySet[Matter]:
    """The worker-rights cases among ``matters``."""
    return matters.filter(category__code=WORKER_RIGHTS)
