"""目标考核 and risk screening stay in the acting account's jurisdiction (管辖范围): an assessment of 永川
is not shown to 内江 accounts, nor is anything linked across."""

import pytest

from huishang.assessment import services
from huishang.assessment.forms import ParticipantForm, RiskForm
from huishang.assessment.models import AssessmentRole, Participant, Risk
from huishang.assessment.permissions import visible_assessments
from huishang.cases.models import Matter
from huishang.core.errors import NotAllowed
from huishang.directory.models import Organization, Role
from tests import factories as f
from tests.api.client import as_user
from tests.assessment import makers as m

pytestmark = pytest.mark.django_db


def neijiang_union(name="内江市某工会"):
    return Organization.objects.create(kind=Organization.Kind.UNION, name=name, region=f.region())


def published_assessment_of_yongchuan():
    run, organiser, indicators, participants, reviewers = m.assessment(weights=(100,), unions=1)
    services.open_for_reports(by=organiser, assessment=run)
    services.start_review(by=organiser, assessment=run)
    m.score_all(participants, indicators, reviewers[:1], [[(90,)]])
    return services.publish(by=organiser, assessment=run)


def test_a_published_assessment_of_yongchuan_is_not_shown_to_neijiang_accounts():
    run = published_assessment_of_yongchuan()
    neijiang = [f.office(), f.leader(), f.supervisor(), f.enterprise_contact(), f.unit_handler(),
                m.officer(neijiang_union())]
    for account in neijiang:
        assert run not in visible_assessments(account), account.role
    assert as_user(f.office()).get("/assessment/assessments").json() == []


def test_a_published_assessment_is_shown_in_its_own_jurisdiction_and_to_the_administrator():
    run = published_assessment_of_yongchuan()
    yongchuan = f.region("500118", "永川区")
    for account in (f.office(scope=yongchuan), f.enterprise_contact(of=f.enterprise(in_region=yongchuan)),
                    m.officer(m.union()), f.admin()):
        assert run in visible_assessments(account), account.role
    listed = as_user(f.leader(scope=yongchuan)).get("/assessment/assessments").json()
    assert [row["id"] for row in listed] == [run.pk]


def test_a_union_of_another_jurisdiction_cannot_be_assessed_and_nothing_is_stored():
    run, organiser, *_rest = m.assessment(unions=1)
    with pytest.raises(NotAllowed) as refused:
        services.add_participant(by=organiser, assessment=run, union=neijiang_union())
    assert refused.value.field == "union"
    assert Participant.objects.filter(assessment=run).count() == 1


def test_a_reviewer_of_another_jurisdiction_cannot_be_appointed():
    run, organiser, *_rest = m.assessment(unions=1)
    stranger = m.officer(neijiang_union())
    with pytest.raises(NotAllowed) as refused:
        services.appoint_reviewer(by=organiser, assessment=run, reviewer=stranger)
    assert refused.value.field == "reviewer"
    assert not AssessmentRole.objects.filter(user=stranger).exists()


def test_an_assessment_run_by_a_union_outside_the_officers_jurisdiction_is_refused_naming_the_organiser():
    federation = m.union("永川区总工会")
    misplaced = f.user(Role.UNION, organization=federation, scope=f.region())  # placed in 内江 by its account
    with pytest.raises(NotAllowed) as refused:
        services.create_assessment(by=misplaced, title="考核", year=2023, organiser=federation)
    assert refused.value.field == "organiser"


def test_a_risk_given_to_a_unit_or_enterprise_of_another_jurisdiction_is_refused_with_403_naming_the_field():
    f.category("other", "其他")
    yongchuan = f.region("500118", "永川区")
    body = {"title": "欠薪隐患", "description": "排查发现", "level": Risk.Level.GENERAL,
            "responsible_unit": f.unit(in_region=yongchuan).pk}
    api = as_user(f.office())
    refused = api.post("/assessment/risks", body)
    assert refused.status_code == 403 and refused.json()["field"] == "responsible_unit"
    refused = api.post("/assessment/risks", {**body, "responsible_unit": f.unit().pk,
                                              "enterprise": f.enterprise(in_region=yongchuan).pk})
    assert refused.status_code == 403 and refused.json()["field"] == "enterprise"
    assert not Risk.objects.exists() and not Matter.objects.exists()
    assert api.post("/assessment/risks", {**body, "responsible_unit": f.unit().pk}).status_code == 201


def test_the_forms_offer_only_the_unions_units_and_enterprises_of_the_jurisdiction():
    run, organiser, *_rest = m.assessment(unions=1)
    ours = m.union("永川某基层工会")
    neijiang_union()
    assert list(ParticipantForm(assessment=run, user=organiser).fields["union"].queryset) == [ours]
    unit, enterprise = f.unit(), f.enterprise()
    f.unit(in_region=f.region("500118", "永川区"))
    f.enterprise(in_region=f.region("500118", "永川区"))
    form = RiskForm(user=f.office())
    assert list(form.fields["responsible_unit"].queryset) == [unit]
    assert list(form.fields["enterprise"].queryset) == [enterprise]


def test_region_staff_read_every_assessment_of_their_jurisdiction_drafts_included():
    run, *_rest = m.assessment()
    yongchuan_office = Organization.objects.create(kind=Organization.Kind.UNIT, name="永川区政府办",
                                                   region=f.region("500118", "永川区"))
    for reader in (f.user(Role.OFFICE, organization=yongchuan_office), f.user(Role.LEADER)):
        assert run in visible_assessments(reader), reader  # placed by its organisation; deployment-wide
    assert run not in visible_assessments(f.leader())
