"""A month's unit ranking (PRODUCT.md "Unit assessment") on histories built by hand: each counted rate
with its numerator and denominator per unit, the weighted score, ranks shared by equal scores, units
without matters listed unranked, the bottom units flagged, the closing day's period, the change from
last month; publishing freezes the month and a correction is a new version with its reason."""

import datetime
import io
import json

import pytest
from django.core.management import call_command

from huishang.cases import services
from huishang.cases.models import Review
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.ranking import selectors
from huishang.ranking import services as ranking
from huishang.ranking.models import PublishedMonth, Scheme
from tests import factories as f
from tests.ranking.ranking_world import MARCH, at, history, lines  # noqa: F401 (history: a fixture)

pytestmark = pytest.mark.django_db
D = datetime.date


def march(history, **kwargs) -> dict:
    with at(D(2024, 4, 10), 9):
        return selectors.compute_ranking(month=MARCH, region=history["place"], **kwargs)


def set_scheme(history, **changes) -> Scheme:
    values = {"weights": {"response_rate": 10, "solved_rate": 45, "satisfaction_rate": 45}, "fairly_weight": 1,
              "grouping": "by_level", "flagged": 3, "closing_day": None} | changes
    return ranking.update_scheme(by=history["office"], region=history["place"], year=2024, **values)


def test_each_counted_rate_has_its_numerator_and_denominator_per_unit(history):
    set_scheme(history, weights={rate: 10 for rate in (
        "response_rate", "solved_rate", "satisfaction_rate", "follow_up_satisfaction_rate",
        "acknowledge_on_time_rate", "on_time_rate", "send_back_rate", "reopen_rate")}, fairly_weight=0.8)
    building = lines(march(history))["城建局"]["rates"]
    assert building["acknowledge_on_time_rate"] == {"value": 66.7, "numerator": 2, "denominator": 3}  # A, C of A B C
    assert building["response_rate"] == {"value": 66.7, "numerator": 2, "denominator": 3}  # A phoned, B answered
    # Reviews: A solved, B not; follow-ups: A and B (基本满意 counts as solved).
    assert building["solved_rate"] == {"value": 75.0, "numerator": 3, "denominator": 4}
    assert building["satisfaction_rate"] == {"value": 100.0, "numerator": 2, "denominator": 2}
    # 回访: A satisfied (1), B fairly satisfied at the scheme's weight 0.8.
    assert building["follow_up_satisfaction_rate"] == {"value": 90.0, "numerator": 1.8, "denominator": 2}
    assert building["send_back_rate"] == {"value": 0.0, "numerator": 0, "denominator": 3}
    assert building["on_time_rate"] == {"value": 100.0, "numerator": 2, "denominator": 2}  # A, B resolved by the due
    assert building["reopen_rate"] == {"value": 0.0, "numerator": 0, "denominator": 2}
    transport = lines(march(history))["交通局"]["rates"]
    assert transport["acknowledge_on_time_rate"] == {"value": 0.0, "numerator": 0, "denominator": 1}
    assert transport["solved_rate"] == {"value": None, "numerator": 0, "denominator": 0}


def test_the_score_is_the_weighted_mean_of_the_rates_with_data_weights_rescaled(history):
    found = lines(march(history))
    # 城建局: 响应率 66.7 × 10 + 解决率 75.0 × 45 + 满意率 100.0 × 45, over 100.
    assert found["城建局"]["score"] == 85.42
    # 交通局: only 响应率 has a denominator (0 / 1): its weight alone counts.
    assert found["交通局"]["score"] == 0.0
    assert [found["城建局"]["rank"], found["交通局"]["rank"]] == [1, 2]


def test_a_rate_where_fewer_is_better_scores_as_100_minus_it(history):
    set_scheme(history, weights={"send_back_rate": 1})
    assert lines(march(history))["城建局"]["score"] == 100.0


def test_a_unit_without_matters_is_listed_unranked_and_never_flagged(history):
    water = lines(march(history))["水务局"]
    assert water["score"] is None and water["rank"] is None and water["flagged"] is False
    assert all(rate["value"] is None and rate["denominator"] == 0 for rate in water["rates"].values())


def test_the_bottom_units_are_flagged_but_never_the_first(history):
    set_scheme(history, flagged=1)
    found = lines(march(history))
    assert (found["城建局"]["flagged"], found["交通局"]["flagged"]) == (False, True)
    set_scheme(history, flagged=0)
    assert not any(line["flagged"] for line in march(history)["units"])


def test_equal_scores_share_a_rank(history):
    set_scheme(history, weights={"send_back_rate": 1})  # neither sent anything back: both 100
    found = lines(march(history))
    assert (found["城建局"]["rank"], found["交通局"]["rank"]) == (1, 1)
    assert not found["交通局"]["flagged"]


def test_units_are_ranked_within_their_kind(history):
    town = f.region("511011001", "椿林街道", parent=f.district())
    street = f.unit("椿林街道办事处", in_region=town)
    found = lines(march(history))
    assert found["椿林街道办事处"]["kind"] == "town" and found["城建局"]["kind"] == "city"
    set_scheme(history, grouping="together")
    assert {line["kind"] for line in march(history)["units"]} == {"all"}
    assert street.pk in {line["unit_id"] for line in march(history)["units"]}


def test_the_closing_day_sets_the_period(history):
    set_scheme(history, closing_day=5)
    found = march(history)
    assert found["period"] == {"from": "2024-02-06", "to": "2024-03-05"}
    # Only A and C were signed for by 5 March: B's signing limit (5 March 11:00) fell in the period, late.
    assert lines(found)["城建局"]["rates"]["response_rate"]["denominator"] == 0  # limits fell on 7 March


def test_publishing_freezes_the_month(history):
    with at(D(2024, 4, 10), 9):
        published = ranking.publish(by=history["office"], month=MARCH, region=history["place"], summary="三月情况")
    assert (published.version, published.document_number) == (1, "〔2024〕1号")
    before = published.ranking
    Review.objects.update(solved=True)  # a record changed after publishing
    with at(D(2024, 4, 12), 9):
        counted = selectors.compute_ranking(month=MARCH, region=history["place"])
        shown = selectors.month_ranking(history["office"], month=MARCH, region=history["place"])
    assert lines(counted)["城建局"]["rates"]["solved_rate"]["numerator"] == 4
    assert lines(shown)["城建局"]["rates"]["solved_rate"]["numerator"] == 3
    assert PublishedMonth.objects.get().ranking == before


def test_a_correction_is_a_new_visible_version_with_its_reason(history):
    with at(D(2024, 4, 10), 9):
        ranking.publish(by=history["office"], month=MARCH, region=history["place"])
    Review.objects.update(solved=True)
    with at(D(2024, 4, 12), 9):
        with pytest.raises(ValidationError):
            ranking.correct(by=history["office"], month=MARCH, region=history["place"], reason="  ")
        corrected = ranking.correct(by=history["office"], month=MARCH, region=history["place"],
                                    reason="复核记录补录后重新计算")
        shown = selectors.month_ranking(history["handler"], month=MARCH, region=history["place"])
    assert (corrected.version, corrected.document_number) == (2, "〔2024〕2号")
    assert [version["version"] for version in shown["versions"]] == [2, 1]
    assert shown["versions"][0]["reason"] == "复核记录补录后重新计算"
    assert lines(shown)["城建局"]["rates"]["solved_rate"]["numerator"] == 4
    assert PublishedMonth.objects.get(version=1).ranking["units"] != corrected.ranking["units"]


def test_a_month_is_published_once_and_only_after_its_period(history):
    with at(D(2024, 3, 31), 9):
        with pytest.raises(InvalidTransition):
            ranking.publish(by=history["office"], month=MARCH, region=history["place"])
    with at(D(2024, 4, 10), 9):
        ranking.publish(by=history["office"], month=MARCH, region=history["place"])
        with pytest.raises(InvalidTransition):
            ranking.publish(by=history["office"], month=MARCH, region=history["place"])


def test_the_change_from_last_month_compares_ranks_and_is_frozen_with_the_month(history):
    february = D(2024, 2, 5)  # a Monday: the response limits fall on Wednesday 7 February
    contact = f.enterprise_contact()
    with at(february, 10):
        late, prompt = f.matter(by=contact), f.matter(by=contact)
        for matter, unit in ((late, history["building"]), (prompt, history["transport"])):
            services.accept(matter, by=history["office"])
            services.assign(matter, by=history["office"], lead_unit=unit, due=D(2024, 3, 29))
            matter.refresh_from_db()
    with at(february, 11):
        services.record_contact(prompt, by=history["other"], method="phone", contacted_at=clock.now())
    with at(D(2024, 3, 10), 9):
        ranking.publish(by=history["office"], month=D(2024, 2, 1), region=history["place"])
    with at(D(2024, 4, 10), 9):
        published = ranking.publish(by=history["office"], month=MARCH, region=history["place"])
    changes = {line["unit"]: line["change"] for line in published.ranking["units"]}
    assert changes == {"城建局": 1, "交通局": -1, "水务局": None}
    PublishedMonth.objects.filter(month=D(2024, 2, 1)).delete()  # the month before gone: the change stays
    with at(D(2024, 4, 12), 9):
        shown = selectors.month_ranking(history["office"], month=MARCH, region=history["place"])
    assert {line["unit"]: line["change"] for line in shown["units"]} == changes


def test_every_ranked_unit_hears_of_the_publication(history):
    with at(D(2024, 4, 10), 9):
        ranking.publish(by=history["office"], month=MARCH, region=history["place"])
    told = {notice.recipient for notice in history["handler"].notifications.model.objects.filter(
        event="ranking.published")}
    assert {history["handler"], history["other"]} <= told


def test_a_unit_cannot_publish_nor_edit_the_scheme(history):
    with at(D(2024, 4, 10), 9):
        with pytest.raises(NotAllowed):
            ranking.publish(by=history["handler"], month=MARCH, region=history["place"])
    with pytest.raises(NotAllowed):
        ranking.update_scheme(by=history["handler"], region=history["place"], year=2024, weights={"solved_rate": 1},
                              fairly_weight=1, grouping="together", flagged=1, closing_day=None)


def test_a_unit_sees_a_month_only_once_published_with_its_own_line_marked(history):
    with at(D(2024, 4, 10), 9):
        with pytest.raises(NotAllowed):
            selectors.month_ranking(history["handler"], month=MARCH, region=history["place"])
        ranking.publish(by=history["office"], month=MARCH, region=history["place"])
        shown = selectors.month_ranking(history["handler"], month=MARCH, region=history["place"])
    assert shown["own_unit_id"] == history["building"].pk
    assert len(shown["units"]) == 3


def test_an_office_cannot_publish_or_read_outside_its_jurisdiction(history):
    elsewhere = f.office(f.region("500118", "永川区"))
    with at(D(2024, 4, 10), 9):
        with pytest.raises(NotAllowed):
            ranking.publish(by=elsewhere, month=MARCH, region=history["place"])
        with pytest.raises(NotAllowed):
            selectors.month_ranking(elsewhere, month=MARCH, region=history["place"])
        with pytest.raises(NotAllowed):
            selectors.month_ranking(elsewhere, month=MARCH, region=None)


def test_the_scheme_refuses_what_it_cannot_count(history):
    with pytest.raises(ValidationError) as refused:
        set_scheme(history, weights={"speed_rate": 10})
    assert refused.value.field == "weights"
    with pytest.raises(ValidationError) as refused:
        set_scheme(history, weights={"solved_rate": 0})
    assert refused.value.field == "weights"
    with pytest.raises(ValidationError) as refused:
        set_scheme(history, closing_day=31)
    assert refused.value.field == "closing_day"
    with pytest.raises(ValidationError) as refused:
        set_scheme(history, fairly_weight=2)
    assert refused.value.field == "fairly_weight"


def test_the_cli_prints_every_rate_with_numerator_and_denominator_and_publishes(history, tmp_path):
    out = io.StringIO()
    with at(D(2024, 4, 10), 9):
        call_command("ranking", "--month", "2024-03", "--region", "511000", "--json", stdout=out)
    printed = json.loads(out.getvalue())
    building = lines(printed)["城建局"]
    assert building["rates"]["solved_rate"] == {"value": 75.0, "numerator": 3, "denominator": 4}
    assert (building["kind"], building["score"], building["rank"]) == ("city", 85.42, 1)
    assert lines(printed)["水务局"]["rank"] is None and printed["published"] is False
    f.admin()
    out = io.StringIO()
    with at(D(2024, 4, 10), 9):
        call_command("ranking", "--month", "2024-03", "--region", "511000", "--json", "--publish",
                     "--out", str(tmp_path), stdout=out, stderr=io.StringIO())
    assert json.loads(out.getvalue())["published"] is True
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "ranking-511000-2024-03-v1.docx", "ranking-511000-2024-03-v1.pdf"]


def test_the_records_behind_each_rate_are_its_numerator_and_denominator(history):
    every_rate = ("response_rate", "solved_rate", "satisfaction_rate", "follow_up_satisfaction_rate",
                  "acknowledge_on_time_rate", "on_time_rate", "send_back_rate", "reopen_rate")
    set_scheme(history, weights=dict.fromkeys(every_rate, 1), fairly_weight=1)
    counted = march(history)
    for unit in ("building", "transport", "water"):
        line = next(line for line in counted["units"] if line["unit_id"] == history[unit].pk)
        for rate in every_rate:
            with at(D(2024, 4, 10), 9):
                records = selectors.counted_records(month=MARCH, region=history["place"], unit=history[unit], rate=rate)
            numerator = sum(record["counted"] or record["partly"] for record in records)
            shown = line["rates"][rate]
            assert (numerator, len(records)) == (shown["numerator"], shown["denominator"]), (unit, rate)


def test_the_tongbao_is_written_from_the_frozen_month(history):
    with at(D(2024, 4, 10), 9):
        published = ranking.publish(by=history["office"], month=MARCH, region=history["place"], summary="三月情况")
    Review.objects.update(solved=True)
    document = selectors.bulletin_of(published)
    assert (document.number, document.version, document.summary) == ("〔2024〕1号", 1, "三月情况")
    assert (document.period_from, document.period_to) == (D(2024, 3, 1), D(2024, 3, 31))
    [city] = document.rankings
    assert city.kind == "市级部门" and city.rates == ["响应率", "解决率", "满意率"]
    building = next(line for line in city.lines if line.unit == "城建局")
    assert (building.rank, building.score, building.rates[1].numerator) == (1, 85.42, 3)  # as published, not 4
    assert [unit.unit for unit in document.flagged] == ["交通局"]
