"""The deployment's corrections of the national working-day calendar."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CalendarOverride(models.Model):
    """A deployment's own correction of the national calendar: an extra holiday or an extra working day."""

    day = models.DateField(_("day"), unique=True)
    is_working_day = models.BooleanField(
        _("working day"), help_text=_("Ticked: a make-up working day; unticked: a holiday.")
    )
    note = models.CharField(_("note"), max_length=100, blank=True)

    class Meta:
        # The table keeps the name it had when the calendar lived in supervision.
        db_table = "supervision_calendaroverride"
        ordering = ["day"]
        verbose_name = _("calendar override")
        verbose_name_plural = _("calendar overrides")

    def __str__(self):
        return f"{self.day} {self.note}"
