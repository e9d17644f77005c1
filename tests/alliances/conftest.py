import pytest


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded photos and attachments of these tests go to a temporary folder, not the data folder."""
    settings.MEDIA_ROOT = tmp_path
