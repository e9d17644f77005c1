"""Seed 004's "1+N" system in 容东 (a centre and its job stations) and 内江's school–enterprise cooperation in the
demo, counted from the records the services wrote."""

import pytest

from huishang.directory.models import User
from huishang.employment.figures import cooperation_figures, employment_figures, station_figures, station_totals
from huishang.employment.models import EmploymentCentre
from huishang.employment.permissions import stations_of_centre
from huishang.figures.scopes import scope_from

pytestmark = pytest.mark.django_db


def test_the_rongdong_centre_has_its_four_stations_whose_figures_add_up_to_rongdongs(demo_world):
    centre = EmploymentCentre.objects.get(name="雄安新区容东片区就业服务中心")
    staff = User.objects.get(username="station")
    stations = stations_of_centre(staff, centre).order_by("name")
    assert {station.name for station in stations} == {
        "南文营社区零工驿站", "北文营社区零工驿站", "东西渠社区零工驿站", "小王营社区零工驿站"}
    scope = scope_from(date_from="2023-01-01", date_to="2023-12-31")
    rows = station_figures(scope, stations)
    assert all(row["station_registered"] > 0 and row["station_jobs"] > 0 for row in rows)
    assert sum(row["station_placed"] > 0 for row in rows) >= 3
    area = employment_figures(scope_from(date_from="2023-01-01", date_to="2023-12-31", region="133100100"))
    totals = station_totals(rows)
    assert totals == {key: area[key] for key in totals}


def test_neijiang_built_training_bases_and_cooperated_with_schools_in_the_forms_the_page_names(demo_world):
    figures = cooperation_figures(scope_from(date_from="2023-01-01", date_to="2023-12-31", region="511000"))
    assert figures["training_bases"] == 3 and figures["cooperations"] == 4
    assert figures["cooperations_by_form"]["factory_in_school"] == 1
    assert figures["cooperations_by_form"]["school_in_factory"] == 1
    assert figures["cooperation_trainees"] == 32 + 45 + 28 + 20
