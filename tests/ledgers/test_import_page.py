"""The import page: the office uploads a ledger, the queue imports it, and the job's page follows the
progress to 100 % and shows the report; other roles are refused."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from huishang.cases.models import Matter
from huishang.ledgers import progress
from huishang.ledgers.jobs import progress_of, run_import_job
from huishang.ledgers.models import ImportJob
from tests import factories as f
from tests.ledgers.sheets import in_days, sheet
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def enterprise():
    f.category("other", "其他")
    return f.enterprise("内江测试机械有限公司")


def uploaded(client, rows, django_capture_on_commit_callbacks, **fields):
    """Post the sheet; the import is queued when the upload commits and runs at once (immediate queue)."""
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ledgers/import/", {"file": sheet(rows), **fields})
    assert response.status_code == 302
    return ImportJob.objects.get(), response["Location"]


def test_the_office_imports_a_good_sheet_and_its_job_reaches_100_percent(
        enterprise, immediate_queue, django_capture_on_commit_callbacks):
    unit = f.unit("内江市经济和信息化局")
    client = signed_in(f.office())
    job, page = uploaded(client, [[1, enterprise.name, "厂区道路照明不足", unit.name, in_days(30)],
                                  [2, enterprise.name, "用电成本上升", None, None]], django_capture_on_commit_callbacks)
    assert Matter.objects.count() == 2
    polled = client.get(f"/ledgers/import/{job.pk}/progress/").json()
    assert (polled["status"], polled["percent"], polled["done"], polled["total"], polled["finished"]) == (
        "done", 100, 2, 2, True)
    assert "共 2 行，已导入 2 行（其中交办 1 件）" in text_of(client.get(page))
    job.refresh_from_db()
    assert not job.file


def test_a_bad_sheet_lists_each_bad_row_with_its_row_and_column_and_imports_nothing(
        enterprise, immediate_queue, django_capture_on_commit_callbacks):
    client = signed_in(f.office())
    job, page = uploaded(client, [[1, enterprise.name, "甲", None, None], [2, enterprise.name, "", None, None]],
                         django_capture_on_commit_callbacks)
    assert not Matter.objects.exists()
    assert client.get(f"/ledgers/import/{job.pk}/progress/").json()["percent"] == 100
    job.refresh_from_db()
    assert job.status == ImportJob.Status.REFUSED
    assert [(error["row"], error["column"]) for error in job.errors] == [(3, "问题描述")]
    text = text_of(client.get(page))
    assert "问题描述" in text and "未导入任何事项" in text


def test_the_partial_box_imports_the_good_rows_on_the_web(enterprise, immediate_queue,
                                                          django_capture_on_commit_callbacks):
    uploaded(signed_in(f.office()), [[1, enterprise.name, "甲", None, None], [2, enterprise.name, "", None, None]],
             django_capture_on_commit_callbacks, partial="on")
    assert list(Matter.objects.values_list("description", flat=True)) == ["甲"]
    assert ImportJob.objects.get().errors[0]["row"] == 3


def test_progress_counts_checked_rows_as_the_first_half_and_imported_rows_as_the_second(enterprise):
    job = ImportJob.objects.create(original_name="a.xlsx", created_by=f.office(), created_at="2024-03-04T10:00+08:00")
    assert progress_of(job)["percent"] == 0
    progress.save(job.pk, phase="checking", done=500, total=1000)
    assert (progress_of(job)["phase"], progress_of(job)["percent"]) == ("checking", 25)
    progress.save(job.pk, phase="importing", done=1000, total=1000)
    assert progress_of(job)["percent"] == 100
    progress.forget(job.pk)


def test_a_job_runs_once_and_only_its_starter_follows_it(enterprise, immediate_queue,
                                                          django_capture_on_commit_callbacks):
    office = f.office()
    job, page = uploaded(signed_in(office), [[1, enterprise.name, "甲", None, None]],
                         django_capture_on_commit_callbacks)
    assert run_import_job(job.pk) == "already run" and Matter.objects.count() == 1
    other = signed_in(f.office())
    assert other.get(page).status_code == 404
    assert other.get(f"/ledgers/import/{job.pk}/progress/").status_code == 404


def test_only_the_office_and_administrators_reach_the_import_page():
    assert signed_in(f.admin()).get("/ledgers/import/").status_code == 200
    for other in (f.supervisor(), f.enterprise_contact(), f.unit_handler()):
        assert signed_in(other).get("/ledgers/import/").status_code == 403


def test_a_file_that_is_not_a_workbook_fails_its_job_with_the_reason(immediate_queue,
                                                                     django_capture_on_commit_callbacks):
    client = signed_in(f.office())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ledgers/import/", {"file": SimpleUploadedFile("a.xlsx", b"not a workbook")})
    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.FAILED and "Excel" in job.failure
    assert "Excel" in text_of(client.get(response["Location"])) and not Matter.objects.exists()
