"""Uploaded files go through Django's storage setting, so several app servers can share them: a common
folder (HUISHANG_MEDIA_ROOT, e.g. on NFS) or an S3-compatible bucket (HUISHANG_S3_BUCKET)."""

import json
import os
import subprocess
import sys

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from huishang.cases.models import Attachment, Matter
from tests import factories as f
from tests.web.pages import signed_in

pytestmark = pytest.mark.django_db

PRINT_STORAGE = (
    "import json, django; django.setup(); from django.conf import settings; "
    "print(json.dumps({'media_root': str(settings.MEDIA_ROOT), 'default': settings.STORAGES['default']}))"
)


def storage_settings(**environment) -> dict:
    """The upload settings a server started with ``environment`` would use."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("HUISHANG_S3_", "HUISHANG_MEDIA"))}
    env.update(environment, DJANGO_SETTINGS_MODULE="huishang.settings")
    completed = subprocess.run([sys.executable, "-c", PRINT_STORAGE], env=env, capture_output=True, text=True,
                               check=True)
    return json.loads(completed.stdout)


def test_uploads_go_to_the_shared_folder_the_environment_names(tmp_path):
    configured = storage_settings(HUISHANG_MEDIA_ROOT=str(tmp_path / "shared"))
    assert configured["media_root"] == str(tmp_path / "shared")
    assert configured["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_a_bucket_in_the_environment_sends_uploads_to_s3_compatible_storage():
    configured = storage_settings(HUISHANG_S3_BUCKET="huishang-files", HUISHANG_S3_ENDPOINT="https://oss.example.cn",
                                  HUISHANG_S3_REGION="cn-east-1")
    assert configured["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    options = configured["default"]["OPTIONS"]
    assert (options["bucket_name"], options["endpoint_url"], options["region_name"]) == (
        "huishang-files", "https://oss.example.cn", "cn-east-1")
    assert options["default_acl"] == "private" and options["file_overwrite"] is False


def test_attachments_are_stored_and_served_through_the_storage_setting_not_the_local_disk(settings, tmp_path):
    # Django's in-memory storage has no local path at all, like a bucket: what works on it works on S3.
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"}}
    contact = f.enterprise_contact()
    client = signed_in(contact)
    response = client.post("/matters/new/", {
        "title": "融资难", "description": "流动资金缺口约500万元", "category": f.category().pk, "kind": "problem",
        "attachments": [SimpleUploadedFile("报表.pdf", b"%PDF-1.4 figures", "application/pdf")],
    })
    assert response.status_code == 302
    matter, attachment = Matter.objects.get(), Attachment.objects.get()
    download = client.get(f"/matters/{matter.number}/files/{attachment.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == b"%PDF-1.4 figures"
    assert list(tmp_path.iterdir()) == []
