"""An import of a ledger sheet started on the web: run by the task queue, its outcome kept for the page."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ImportJob(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", pgettext_lazy("import", "waiting")
        RUNNING = "running", pgettext_lazy("import", "running")
        DONE = "done", pgettext_lazy("import", "imported")
        REFUSED = "refused", pgettext_lazy("import", "refused: bad rows")
        FAILED = "failed", pgettext_lazy("import", "failed")

    FINISHED = (Status.DONE, Status.REFUSED, Status.FAILED)

    # Deleted once the import has run: the sheet holds enterprises' data the matters now keep.
    file = models.FileField(upload_to="imports/%Y/%m/", blank=True)
    original_name = models.CharField(_("file name"), max_length=200)
    partial = models.BooleanField(_("good rows only"), default=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("started at"))
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(_("rows"), default=0)
    imported = models.PositiveIntegerField(_("imported"), default=0)
    assigned = models.PositiveIntegerField(_("assigned"), default=0)
    # [{"row": 3, "column": "办理时限", "message": "…"}], as the report lists them.
    errors = models.JSONField(default=list, blank=True)
    failure = models.TextField(_("why it failed"), blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("ledger import")
        verbose_name_plural = _("ledger imports")

    @property
    def finished(self) -> bool:
        return self.status in self.FINISHED

    @property
    def bad_rows(self) -> int:
        return len({error["row"] for error in self.errors})
