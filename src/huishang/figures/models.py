"""Rollups of the matter figures: sums per day (and per month) of first assignment, kept by figures.rollups
in the transaction of every change of a matter, so that reading a year's figures sums cells, not matters.

Ids are plain integers, not foreign keys: a cell outlives nothing and 0 stands for "no lead unit", which
keeps the unique key free of NULLs on both databases.
"""

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
