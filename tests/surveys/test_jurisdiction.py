"""Surveys stay in the acting account's jurisdiction (管辖范围): their region, the enterprises visited and the
matters linked."""

import datetime

import pytest

from huishang.cases.models import Matter
from huishang.core.errors import NotAllowed
from huishang.surveys import services
from huishang.surveys.forms import SurveyForm
from huishang.surveys.models import Survey
from huishang.surveys.permissions import visible_surveys
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db
SURVEY_DAY = datetime.date(2024, 4, 16)


def yongchuan():
    return f.region("500118", "永川区")


def body(region, enterprises):
    return {"title": "专题调研", "held_on": SURVEY_DAY.isoformat(), "region": region, "organiser": "区政协",
            "enterprises": [enterprise.pk for enterprise in enterprises], "questions": ["最突出的困难是什么？"]}


def survey(office, region, enterprise):
    return services.record_survey(by=office, title="专题调研", held_on=SURVEY_DAY, region=region, organiser="区政协",
                                  enterprises=[enterprise])


def test_the_office_records_a_survey_of_its_jurisdiction():
    answer = as_user(f.office()).post("/surveys", body(f.district().code, [f.enterprise()]))
    assert answer.status_code == 201, answer.content


def test_a_survey_of_another_jurisdictions_region_or_enterprise_is_refused_with_403_naming_the_field():
    api = as_user(f.office())
    refused = api.post("/surveys", body(yongchuan().code, [f.enterprise()]))
    assert refused.status_code == 403 and refused.json()["field"] == "region"
    refused = api.post("/surveys", body("511000", [f.enterprise(), f.enterprise(in_region=yongchuan())]))
    assert refused.status_code == 403 and refused.json()["field"] == "enterprises"
    assert not Survey.objects.exists()


def test_a_matter_of_another_jurisdiction_is_not_linked_to_a_survey():
    office = f.office()
    run = survey(office, f.region(), f.enterprise())
    theirs = f.matter(by=f.enterprise_contact(of=f.enterprise(in_region=yongchuan())))
    Matter.objects.filter(pk=theirs.pk).update(source=Matter.Source.SURVEY)
    theirs.refresh_from_db()
    with pytest.raises(NotAllowed) as refused:
        services.link_problem(by=office, survey=run, matter=theirs)
    assert refused.value.field == "matter"
    assert not run.matters.exists()


def test_the_surveys_of_a_region_scoped_account_are_only_those_of_its_jurisdiction():
    ours = survey(f.office(), f.region(), f.enterprise())
    theirs = survey(f.office(scope=yongchuan()), yongchuan(), f.enterprise(in_region=yongchuan()))
    for reader in (f.office(), f.supervisor(), f.leader()):
        assert list(visible_surveys(reader)) == [ours]
    listed = as_user(f.leader(scope=yongchuan())).get("/surveys").json()
    assert [row["id"] for row in listed] == [theirs.pk]
    assert visible_surveys(f.admin()).count() == 2


def test_the_survey_form_offers_only_the_regions_and_enterprises_of_the_jurisdiction():
    ours = f.enterprise()
    f.enterprise(in_region=yongchuan())
    form = SurveyForm(user=f.office())
    assert set(form.fields["region"].queryset) == {f.region(), f.district()}
    assert list(form.fields["enterprises"].queryset) == [ours]
