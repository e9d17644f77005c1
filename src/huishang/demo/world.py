"""The demo world: both seed pages rebuilt as records, through the same services people use.

Every run builds the same world (one seeded random generator), into whatever database is current;
``huishang demo`` empties that database first (see ``demo.database``), tests use their own.
"""

import random
from dataclasses import dataclass

from django.db import transaction

from huishang.demo import extensions, organisations
from huishang.demo.accounts import Accounts
from huishang.demo.neijiang import build_neijiang
from huishang.demo.yongchuan import build_yongchuan
from huishang.directory.models import Region, Role, User

# The day of the Neijiang article's "截至目前", as a number: any fixed seed would do.
SEED = 20231102

# The places the demo serves side by side, each its own jurisdiction (内江, 永川, 杨浦, 雄安): what one
# place's accounts may not see or touch of another's is how the confinement is shown.
SERVED_REGIONS = ["511000", "500118", "310110", "133100"]


@dataclass(frozen=True)
class World:
    accounts: list[User]  # the accounts one can log in with, in the order to show them


@transaction.atomic
def build_world(*, password: str) -> World:
    """Regions, organisations, people, meetings and matters of both seeds, up to the pages' dates."""
    rng = random.Random(SEED)
    accounts = Accounts(password)
    accounts.demo("admin", role=Role.ADMIN, name="系统管理员", is_staff=True, is_superuser=True)
    categories = organisations.categories()
    build_neijiang(rng, accounts, categories)
    build_yongchuan(rng, accounts, categories)
    for extension in extensions.modules():
        extension.build_demo(accounts, rng)
    # Marked last: while nothing is marked, every region is served, so the builders may place anything.
    Region.objects.filter(code__in=SERVED_REGIONS).update(served=True)
    return World(accounts=accounts.shown)
