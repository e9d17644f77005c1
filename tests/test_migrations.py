"""The migrations describe the models exactly: a model changed without its migration (or a hand-written
migration that says something else) would be found by the next `makemigrations`, on someone else's machine."""

import io

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_the_migrations_hold_every_change_of_the_models():
    out = io.StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as exit:
        pytest.fail(f"models and migrations differ (makemigrations exited {exit.code}):\n{out.getvalue()}")
