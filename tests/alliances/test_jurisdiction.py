"""管辖范围 in the alliances: a cross-city alliance is read in each member studio's region and nowhere else, an
agreement in each party's region; a studio, a member, an owner or a matter comes only from inside the acting
account's jurisdiction (403 naming the field, nothing stored), the alliance's own parties excepted.

The world: the deployment serves 内江, 永川 and 杨浦; the alliance is organised by 内江市总工会 and has a 内江
and a 永川 member studio; 自贡 lies outside the deployment.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.urls import reverse

from huishang.alliances import services
from huishang.alliances.models import Agreement, Alliance, AllianceMatter, AllianceMembership, Resource, Studio
from huishang.cases import services as matter_services
from huishang.core.errors import NotAllowed
from huishang.directory.models import Region
from tests import factories as f
from tests.alliances import world
from tests.api.client import as_user
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def places():
    sichuan, chongqing, shanghai = f.region("510000", "四川省"), f.region("500000", "重庆市"), f.region("310000", "上海市")
    neijiang = f.region("511000", "内江市", sichuan)
    yongchuan = f.region("500118", "永川区", chongqing)
    yangpu = f.region("310110", "杨浦区", shanghai)
    zigong = f.region("510300", "自贡市", sichuan)
    Region.objects.filter(code__in=["511000", "500118", "310110"]).update(served=True)
    return SimpleNamespace(neijiang=neijiang, yongchuan=yongchuan, yangpu=yangpu, zigong=zigong)


@pytest.fixture
def setting(places):
    admin = f.admin()
    alliance = world.alliance(admin=admin, name="川南渝西装备制造联盟")
    neijiang_studio = world.member(alliance, admin=admin, in_region=places.neijiang, name="内江曲轴工作室")
    yongchuan_studio = world.member(alliance, admin=admin, in_region=places.yongchuan, name="永川重机工作室")
    return SimpleNamespace(
        admin=admin, alliance=alliance, neijiang_studio=neijiang_studio, yongchuan_studio=yongchuan_studio,
        secretary=world.secretary(alliance, admin=admin),
        neijiang_office=f.office(scope=places.neijiang), yongchuan_office=f.office(scope=places.yongchuan),
        yangpu_office=f.office(scope=places.yangpu), **vars(places),
    )


def _dashboard(alliance):
    return reverse("alliances:dashboard", args=[alliance.pk])


# --- reads


def test_a_cross_city_alliance_is_seen_in_each_member_studios_region(setting):
    for office in (setting.neijiang_office, setting.yongchuan_office):
        assert "川南渝西装备制造联盟" in text_of(signed_in(office).get(reverse("alliances:list")))
        assert signed_in(office).get(_dashboard(setting.alliance)).status_code == 200
        assert [row["name"] for row in as_user(office).get("/alliances").json()] == ["川南渝西装备制造联盟"]


def test_an_alliance_is_not_seen_in_a_region_without_a_member_studio(setting):
    office = setting.yangpu_office
    assert "川南渝西装备制造联盟" not in text_of(signed_in(office).get(reverse("alliances:list")))
    assert signed_in(office).get(_dashboard(setting.alliance)).status_code == 404
    assert as_user(office).get("/alliances").json() == []
    assert as_user(office).get(f"/alliances/{setting.alliance.pk}/studios").status_code == 404
    studio = reverse("alliances:studio", args=[setting.yongchuan_studio.pk])
    assert signed_in(office).get(studio).status_code == 404


def test_a_studio_of_a_new_region_makes_the_alliance_seen_there(setting):
    yangpu_studio = world.studio(admin=setting.admin, in_region=setting.yangpu)
    services.admit_studio(setting.alliance, by=setting.admin, studio=yangpu_studio, joined_on=world.FOUNDED)
    assert signed_in(setting.yangpu_office).get(_dashboard(setting.alliance)).status_code == 200


def test_an_agreement_is_seen_in_each_partys_region_and_not_in_another_members(setting):
    yangpu_studio = world.member(setting.alliance, admin=setting.admin, in_region=setting.yangpu)
    services.record_agreement(setting.alliance, by=setting.admin, subject="曲轴刀具联合攻关",
                              parties=[setting.neijiang_studio, setting.yongchuan_studio],
                              signed_on=datetime.date(2023, 5, 1))
    path = f"/alliances/{setting.alliance.pk}/agreements"
    for party_office in (setting.neijiang_office, setting.yongchuan_office):
        assert "曲轴刀具联合攻关" in text_of(signed_in(party_office).get(_dashboard(setting.alliance)))
        assert [row["subject"] for row in as_user(party_office).get(path).json()] == ["曲轴刀具联合攻关"]
    # 杨浦 has a member studio, so it reads the alliance, but it is no party to this agreement.
    page = signed_in(setting.yangpu_office).get(_dashboard(setting.alliance))
    assert page.status_code == 200 and "曲轴刀具联合攻关" not in text_of(page)
    assert as_user(setting.yangpu_office).get(path).json() == []
    assert "曲轴刀具联合攻关" not in text_of(signed_in(yangpu_studio.leader).get(_dashboard(setting.alliance)))
    # The alliance's secretary-general runs the whole alliance and reads every agreement.
    assert "曲轴刀具联合攻关" in text_of(signed_in(setting.secretary).get(_dashboard(setting.alliance)))


def test_the_list_figures_count_only_the_alliances_seen(setting):
    world.alliance(admin=setting.admin, name="杨浦另一联盟")
    figures = signed_in(setting.yongchuan_office).get(reverse("alliances:list")).context["figures"]
    assert figures["alliances"] == 1 and figures["studios"] == 2


# --- writes


def test_an_alliance_is_organised_by_a_union_inside_the_deployment_only(setting):
    zigong_union = f.unit("自贡市总工会", in_region=setting.zigong)
    with pytest.raises(NotAllowed) as refused:
        services.create_alliance(by=setting.admin, name="自贡联盟", short_name="自贡", field="阀门",
                                 founded_on=world.FOUNDED, organiser=zigong_union)
    assert refused.value.field == "organiser"
    assert not Alliance.objects.filter(name="自贡联盟").exists()


def test_a_manager_registers_a_studio_in_their_jurisdiction_and_not_in_another(setting):
    def register(name, region):
        return services.register_studio(
            by=setting.secretary, name=name, level="city", leader_name="王师傅", host=f.enterprise(in_region=region),
            region=region, field="焊接", recognised_on=datetime.date(2021, 1, 1))

    assert register("内江焊接工作室", setting.neijiang).region == setting.neijiang
    with pytest.raises(NotAllowed) as refused:
        register("永川焊接工作室", setting.yongchuan)
    assert refused.value.field == "region"
    assert not Studio.objects.filter(name="永川焊接工作室").exists()


def test_a_manager_admits_a_studio_of_their_jurisdiction_and_not_of_another(setting):
    own = world.studio(admin=setting.admin, in_region=setting.neijiang)
    services.admit_studio(setting.alliance, by=setting.secretary, studio=own, joined_on=datetime.date(2023, 1, 1))
    elsewhere = world.studio(admin=setting.admin, in_region=setting.yangpu)
    with pytest.raises(NotAllowed) as refused:
        services.admit_studio(setting.alliance, by=setting.secretary, studio=elsewhere,
                              joined_on=datetime.date(2023, 1, 1))
    assert refused.value.field == "studio"
    assert not AllianceMembership.objects.filter(studio=elsewhere).exists()


def test_the_admission_form_offers_only_studios_of_the_managers_jurisdiction(setting):
    own = world.studio(admin=setting.admin, in_region=setting.neijiang, name="内江新工作室")
    world.studio(admin=setting.admin, in_region=setting.yangpu, name="杨浦新工作室")
    address = reverse("alliances:member-new", args=[setting.alliance.pk])
    offered = signed_in(setting.secretary).get(address).context["form"].fields["studio"].queryset
    assert list(offered) == [own]


def test_a_resource_is_owned_by_a_party_or_inside_the_jurisdiction_and_not_by_an_outsider(setting):
    def listed(owner):
        return services.list_resource(setting.alliance, by=setting.secretary, kind="training_base", name="实训基地",
                                      owner=owner, keeper=setting.secretary, listed_on=world.FOUNDED)

    # The 永川 studio's host lies outside the secretary's 内江, but it is a party of the alliance.
    assert listed(setting.yongchuan_studio.host).owner == setting.yongchuan_studio.host
    with pytest.raises(NotAllowed) as refused:
        listed(f.enterprise(in_region=setting.yangpu))
    assert refused.value.field == "owner"
    assert Resource.objects.count() == 1


def test_a_matter_is_brought_only_to_an_alliance_the_office_reaches(setting):
    category = f.category()

    def raised(office, region):
        return matter_services.submit_matter(by=office, title="刀具磨削难题", description="需要联盟专家会诊",
                                             category=category, region=region)

    own = raised(setting.yongchuan_office, setting.yongchuan)
    services.link_matter(setting.alliance, by=setting.yongchuan_office, matter=own)
    outside = raised(setting.yangpu_office, setting.yangpu)
    with pytest.raises(NotAllowed) as refused:
        services.link_matter(setting.alliance, by=setting.yangpu_office, matter=outside)
    assert refused.value.field == "alliance"
    assert list(AllianceMatter.objects.values_list("matter", flat=True)) == [own.pk]


def test_an_outsiders_agreement_post_through_the_api_stores_nothing(setting):
    path = f"/alliances/{setting.alliance.pk}/agreements"
    body = {"subject": "越界协议", "parties": [setting.neijiang_studio.pk, setting.yongchuan_studio.pk],
            "signed_on": "2023-05-01"}
    assert as_user(setting.yangpu_office).post(path, body).status_code == 404
    assert not Agreement.objects.exists()
