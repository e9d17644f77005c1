"""Two clerks entering the same subsidy at the same moment: the ledger keeps one, the other is told why."""

import pytest

from huishang.employment import subsidies
from huishang.employment.models import Subsidy, SubsidyKind
from huishang.employment.subsidies import Ineligible
from tests import factories as f
from tests.employment import makers as m
from tests.reliability.threads import at_once, database_shared_by_threads

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_same_subsidy_entered_twice_at_once_is_kept_once_and_the_other_refused_by_one_per_period(tmp_path):
    with database_shared_by_threads(tmp_path):
        enterprise, person = f.enterprise(), m.id_number("19990101", 321)
        clerks = [f.office(), f.office()]

        def enter(clerk):
            def call():
                try:
                    return subsidies.record_subsidy(
                        by=clerk, kind=SubsidyKind.HIRING_REWARD, beneficiary=Subsidy.Beneficiary.ENTERPRISE,
                        enterprise=enterprise, person_name="王浩", person_id_number=person,
                        basis="招用登记失业人员", period_from=m.day("2023-07-01"), period_to=m.day("2023-07-31"),
                        amount_fen=100_000)
                except Ineligible as refused:
                    return refused
            return call

        results = at_once(enter(clerks[0]), enter(clerks[1]))

        refusals = [result for result in results if isinstance(result, Ineligible)]
        assert len(refusals) == 1 and refusals[0].rule == "one_per_period"
        assert Subsidy.objects.filter(kind=SubsidyKind.HIRING_REWARD).count() == 1
