"""Web imports of a ledger sheet: started by the page, run by the task queue (``huishang worker``), with
progress the page polls."""

from django.db import transaction
from django.utils.translation import gettext as _

from huishang.core import clock
from huishang.core.errors import DomainError
from huishang.core.queue import queue
from huishang.ledgers import progress
from huishang.ledgers.models import ImportJob
from huishang.ledgers.services import CHECKING, check_importer, import_matters


def start_import(file, *, by, partial: bool) -> ImportJob:
    """Keep the uploaded sheet and queue its import; the importer's role is checked now and again when it runs."""
    check_importer(by)
    job = ImportJob.objects.create(file=file, original_name=file.name[:200], partial=partial, created_by=by,
                                   created_at=clock.now())
    # The worker must find the job's row, so the task is queued once it is committed.
    transaction.on_commit(lambda: import_ledger(job.pk))
    return job


def run_import_job(job_id: int) -> str:
    """Run a queued import once (a second run of a started job does nothing) and keep its outcome."""
    if not ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.QUEUED).update(status=ImportJob.Status.RUNNING):
        return "already run"
    job = ImportJob.objects.get(pk=job_id)
    outcome = {"finished_at": None}
    try:
        with job.file.open("rb") as handle:
            report = import_matters(handle, by=job.created_by, partial=job.partial, on_progress=(
                lambda phase, done, total: progress.save(job_id, phase=phase, done=done, total=total)))
    except DomainError as error:
        outcome.update(status=ImportJob.Status.FAILED, failure=str(error.message))
    except Exception:
        ImportJob.objects.filter(pk=job_id).update(status=ImportJob.Status.FAILED, finished_at=clock.now(),
                                                    failure=_("The import stopped on an unexpected error."))
        raise
    else:
        outcome.update(
            status=ImportJob.Status.REFUSED if report.refused else ImportJob.Status.DONE, total=report.total,
            imported=len(report.imported), assigned=report.assigned,
            errors=[{"row": e.row, "column": e.column, "message": e.message} for e in report.errors],
        )
    finally:
        job.file.delete(save=False)
        progress.forget(job_id)
    outcome["finished_at"] = clock.now()
    ImportJob.objects.filter(pk=job_id).update(file="", **outcome)
    return outcome["status"]


@queue.task()
def import_ledger(job_id: int) -> str:
    return run_import_job(job_id)


def progress_of(job: ImportJob) -> dict:
    """What the page shows: the status, the phase, rows done of the total, and a percentage over both phases
    (checking the rows is the first half, importing them the second)."""
    live = None if job.finished else progress.read(job.pk)
    if job.finished:
        phase, done, total, percent = "finished", job.total, job.total, 100
    elif live:
        phase, done, total = live["phase"], live["done"], live["total"]
        share = done / total if total else 1
        percent = int(50 * share) if phase == CHECKING else 50 + int(50 * share)
    else:
        phase, done, total, percent = "waiting", 0, 0, 0
    return {"status": job.status, "status_label": str(job.get_status_display()), "phase": phase, "done": done,
            "total": total, "percent": percent, "finished": job.finished}
