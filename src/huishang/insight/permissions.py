"""Who sees insight's help: routing suggestions and likely duplicates are for the staff who accept and
dispatch matters; hot issues for those who read the figures."""

from huishang.directory.models import Role
from huishang.figures.permissions import may_read_figures

ROUTING_READERS = {Role.OFFICE, Role.ADMIN}


def may_see_routing(user) -> bool:
    return user.is_authenticated and (user.is_superuser or user.role in ROUTING_READERS)


def may_see_hot_issues(user) -> bool:
    return user.is_authenticated and may_read_figures(user)
