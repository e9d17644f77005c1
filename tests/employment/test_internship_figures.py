"""``huishang stats employment``: internship bases, interns and subsidies counted from a hand-built ledger."""

import datetime
import json
from io import StringIO

import pytest
from django.core.management import call_command

from huishang.core import clock
from huishang.employment import subsidies
from huishang.employment.figures import internship_figures
from huishang.employment.models import SubsidyKind
from huishang.figures.scopes import scope_from
from tests import factories as f
from tests.employment import makers as m

pytestmark = pytest.mark.django_db
day = m.day


def test_bases_interns_and_subsidies_follow_the_records_the_period_and_the_region():
    office = f.office()
    neijiang_base = m.base(office=office, recognised_on="2023-03-01")
    m.base(office=office, recognised_on="2022-11-01")  # recognised the year before
    m.base(office=office, recognised_on=None)  # still under review
    yongchuan = f.region("500118", "永川区")
    m.base(office=f.office(scope=yongchuan), enterprise=f.enterprise(in_region=yongchuan), recognised_on="2023-05-01")
    first = m.intern(neijiang_base, by=office, starts_on="2023-04-01", ends_on="2023-06-30", serial=1)
    m.intern(neijiang_base, by=office, starts_on="2023-07-01", ends_on="2023-09-30", serial=2)
    m.intern(neijiang_base, by=office, starts_on="2024-01-02", ends_on="2024-03-31", serial=3)
    with clock.frozen_at(datetime.datetime(2023, 7, 10, 10, 0)):
        subsidies.record_subsidy(by=office, kind=SubsidyKind.INTERNSHIP, beneficiary="enterprise", intern=first,
                                 period_from=day("2023-04-01"), period_to=day("2023-06-30"), amount_fen=450_050)
        subsidies.record_subsidy(by=office, kind=SubsidyKind.HIRING_REWARD, beneficiary="enterprise",
                                 enterprise=neijiang_base.enterprise, person_name=first.name,
                                 person_id_number=first.id_number, basis="见习期满留用", period_from=day("2023-07-01"),
                                 period_to=day("2023-07-01"), amount_fen=100_000)
    year = internship_figures(scope_from(date_from="2023-01-01", date_to="2023-12-31", region="511000"))
    assert year == {"internship_bases": 1, "interns": 2, "subsidies_yuan": 5500.5, "subsidies_by_kind": {
        "internship": 4500.5, "hiring_reward": 1000.0, "social_insurance": 0.0}}
    everywhere = internship_figures(scope_from(date_from="2023-01-01", date_to="2023-12-31"))
    assert (everywhere["internship_bases"], everywhere["interns"]) == (2, 2)
    june = internship_figures(scope_from(date_from="2023-06-01", date_to="2023-06-30"))
    assert june == {"internship_bases": 0, "interns": 0, "subsidies_yuan": 0.0, "subsidies_by_kind": {
        "internship": 0.0, "hiring_reward": 0.0, "social_insurance": 0.0}}


def test_stats_employment_json_gains_the_internship_and_subsidy_figures():
    m.base(recognised_on="2023-03-01")
    out = StringIO()
    call_command("stats", "employment", "--json", "--from", "2023-01-01", "--to", "2023-12-31", stdout=out)
    figures = json.loads(out.getvalue())
    assert figures["internship_bases"] == 1 and figures["interns"] == 0
    assert figures["subsidies_yuan"] == 0 and set(figures["subsidies_by_kind"]) == {
        "internship", "hiring_reward", "social_insurance"}
