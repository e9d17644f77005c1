"""Rollups of the matter figures: sums per day (and per month) of first assignment, kept by figures.rollups
in the transaction of every change of a matter, so that reading a year's figures sums cells, not matters;
the consultation cells (figures.consultations) and the cells of problems butlers raised (figures.raised).

Ids are plain integers, not foreign keys: a cell outlives nothing and 0 stands for "no lead unit", which
keeps the unique key free of NULLs on both databases.
"""

import datetime

from django.db import models


class Phase(models.TextChoices):
    """Where a matter of the cohort stands for the figures (selectors.py defines them)."""

    BEING_ASSIGNED = "being_assigned"  # handed to a unit that has not acknowledged it yet
    OPEN = "open"  # assigned, not resolved
    DONE = "done"  # resolved or closed


class Cell(models.Model):
    region_id = models.IntegerField()
    phase = models.CharField(max_length=16, choices=Phase.choices)
    on_time = models.BooleanField()
    reopened = models.BooleanField()
    # Matters whose first assignment falls on the cell's day, and what they carry.
    matters = models.IntegerField(default=0)
    reviews = models.IntegerField(default=0)
    satisfied = models.IntegerField(default=0)
    resolved_timed = models.IntegerField(default=0)
    resolve_microseconds = models.BigIntegerField(default=0)
    # Assignments made on the cell's day, whichever matter's first assignment they are.
    assignments = models.IntegerField(default=0)
    sent_back = models.IntegerField(default=0)

    METRICS = ("matters", "reviews", "satisfied", "resolved_timed", "resolve_microseconds", "assignments", "sent_back")

    class Meta:
        abstract = True


class DayCell(Cell):
    """Sums per local day × region × lead unit × category × phase and flags."""

    day = models.DateField()
    unit_id = models.IntegerField()
    category_id = models.IntegerField()

    KEY = ("day", "region_id", "unit_id", "category_id", "phase", "on_time", "reopened")

    class Meta:
        constraints = [models.UniqueConstraint(fields=[
            "day", "region_id", "unit_id", "category_id", "phase", "on_time", "reopened"], name="figures_day_cell_key")]
        indexes = [
            models.Index(fields=["unit_id", "day"], name="figures_day_cell_unit"),
            models.Index(fields=["category_id", "day"], name="figures_day_cell_category"),
        ]


class MonthCell(Cell):
    """The same sums per month × region only, so that whole months of unfiltered figures read few rows."""

    month = models.DateField()

    KEY = ("month", "region_id", "phase", "on_time", "reopened")
    DAY_ONLY = ("unit_id", "category_id")  # what only the day cells hold

    class Meta:
        constraints = [models.UniqueConstraint(fields=[
            "month", "region_id", "phase", "on_time", "reopened"], name="figures_month_cell_key")]


class ConsultationCell(models.Model):
    """Matters and enterprises discussed at a 会商会 on ``day`` whose previous such day was ``previous_day``
    (NEVER for their first). Of the days a matter was discussed within a period, only the first has its
    previous day before the period: a period [a, b] counts each matter discussed in it once, in the cells
    with a <= day <= b and previous_day < a. figures.consultations keeps them."""

    NEVER = datetime.date(1, 1, 1)

    day = models.DateField()
    previous_day = models.DateField()
    matters = models.IntegerField(default=0)
    enterprises = models.IntegerField(default=0)

    KEY = ("day", "previous_day")
    METRICS = ("matters", "enterprises")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["day", "previous_day"], name="figures_consultation_cell_key")]
        # A period's figures read only this index: no cell row is visited.
        indexes = [
            models.Index(fields=["day", "previous_day", "matters", "enterprises"], name="figures_consultation_sums"),
        ]


class RaisedCell(models.Model):
    """Matters butlers raised (source butler), per butler × region × whether they are now resolved or
    closed, and per local day of submission (RaisedDayCell) or month (RaisedMonthCell). figures.raised
    keeps them."""

    submitter_id = models.IntegerField()
    region_id = models.IntegerField()
    done = models.BooleanField()
    matters = models.IntegerField(default=0)

    METRICS = ("matters",)

    class Meta:
        abstract = True


class RaisedDayCell(RaisedCell):
    day = models.DateField()

    KEY = ("day", "submitter_id", "region_id", "done")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["day", "submitter_id", "region_id", "done"],
                                               name="figures_raised_day_key")]


class RaisedMonthCell(RaisedCell):
    month = models.DateField()

    KEY = ("month", "submitter_id", "region_id", "done")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["month", "submitter_id", "region_id", "done"],
                                               name="figures_raised_month_key")]
