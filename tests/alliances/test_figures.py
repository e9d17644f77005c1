import datetime
import random

import pytest

from huishang.alliances import demo, services
from huishang.alliances.figures import alliance_figures
from huishang.alliances.models import Resource
from huishang.demo import organisations
from huishang.demo.accounts import Accounts
from huishang.directory.models import Organization
from huishang.figures.selectors import Scope
from huishang.figures.subjects import figures_for
from tests import factories as f
from tests.alliances import world

pytestmark = pytest.mark.django_db
D = datetime.date


def _history():
    """Two studios in Neijiang and one in Yongchuan; one joins late, one leaves; two agreements; three resources."""
    admin = f.admin()
    alliance = world.alliance(admin=admin, founded_on=D(2022, 11, 18))
    yongchuan = f.region("500118", "永川区")
    first = world.member(alliance, admin=admin, joined_on=D(2022, 11, 18))
    second = world.member(alliance, admin=admin, joined_on=D(2023, 6, 1))
    third = world.member(alliance, admin=admin, joined_on=D(2022, 11, 18), in_region=yongchuan)
    services.record_leaving(alliance.memberships.get(studio=third), by=admin, left_on=D(2023, 3, 31))
    services.record_agreement(alliance, by=admin, subject="甲", parties=[first, third], signed_on=D(2023, 2, 1))
    services.record_agreement(alliance, by=admin, subject="乙", parties=[first, second], signed_on=D(2024, 2, 1),
                              kind="co_training")
    services.add_expert(alliance, by=admin, name="王工", title="高级技师", fields="焊接", studio=first,
                        joined_on=D(2023, 1, 1))
    world.resource(alliance, admin=admin, kind=Resource.Kind.TRAINING_BASE, listed_on=D(2023, 1, 1))
    world.resource(alliance, admin=admin, kind=Resource.Kind.TRAINING_BASE, listed_on=D(2024, 1, 1))
    world.resource(alliance, admin=admin, kind=Resource.Kind.SIMULATION_SYSTEM, listed_on=D(2023, 1, 1))
    return yongchuan


def test_figures_count_the_hand_built_history_per_period():
    _history()
    year_2023 = alliance_figures(Scope(date_from=D(2023, 1, 1), date_to=D(2023, 12, 31)))
    assert {key: year_2023[key] for key in ("alliances", "studios", "regions", "experts", "agreements")} == {
        "alliances": 1, "studios": 3, "regions": 2, "experts": 1, "agreements": 1}
    assert year_2023["resources"]["training_base"] == 1 and year_2023["resources"]["simulation_system"] == 1
    year_2024 = alliance_figures(Scope(date_from=D(2024, 1, 1), date_to=D(2024, 12, 31)))
    assert (year_2024["studios"], year_2024["regions"], year_2024["agreements"]) == (2, 1, 1)
    assert year_2024["agreements_by_kind"] == {"joint_research": 0, "co_training": 1}
    assert year_2024["resources"]["training_base"] == 2


def test_a_period_before_everything_counts_zero():
    _history()
    figures = figures_for("alliances", Scope(date_from=D(1990, 1, 1), date_to=D(1990, 12, 31)))
    assert figures["studios"] == figures["agreements"] == figures["alliances"] == figures["experts"] == 0
    assert set(figures["resources"].values()) == {0}


def test_figures_follow_the_region_filter():
    yongchuan = _history()
    figures = alliance_figures(Scope(date_from=D(2023, 1, 1), date_to=D(2023, 12, 31), region=yongchuan))
    assert (figures["studios"], figures["regions"], figures["agreements"]) == (1, 1, 1)


def _seed_prerequisites():
    """What the alliance demo finds in the seed world: admin, the Neijiang office and union, provinces, 金鸿."""
    province = organisations.region("510000", "四川省")
    city = organisations.region("511000", "内江市", parent=province)
    organisations.region("500000", "重庆市")
    organisations.categories()
    Organization.objects.create(kind=Organization.Kind.UNION, name="内江市总工会", region=city)
    organisations.enterprise("内江金鸿曲轴有限公司", in_region=city, industry="汽车零部件",
                             credit_code=f.credit_code(990001))
    f.user("admin", username="admin")
    f.user("office", username="office", scope=city)


def test_the_demo_reproduces_the_seed_figures_of_2023_and_2024():
    _seed_prerequisites()
    demo.build_demo(Accounts(f.PASSWORD), random.Random(4))
    figures = figures_for("alliances", Scope(date_from=D(2023, 1, 1), date_to=D(2024, 12, 31)))
    assert {key: figures[key] for key in ("alliances", "regions", "studios", "agreements")} == {
        "alliances": 3, "regions": 12, "studios": 46, "agreements": 9}
    assert figures["experts"] >= 50
    assert figures["resources"] == {"industrial_unit": 3, "testing_centre": 2, "training_base": 4,
                                    "simulation_system": 2, "other": 0}
    empty = figures_for("alliances", Scope(date_from=D(1990, 1, 1), date_to=D(1990, 12, 31)))
    assert empty["studios"] == empty["agreements"] == 0
