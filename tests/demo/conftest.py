import pytest
from django.db import transaction
from django.test import override_settings

from huishang.demo.world import build_world

DEMO_PASSWORD = "Demo-Password-2026"


@pytest.fixture(scope="package")
def demo_world(django_db_setup, django_db_blocker):
    """The demo world, built once in the test database and rolled back after the last demo test."""
    with django_db_blocker.unblock(), transaction.atomic():
        with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
            world = build_world(password=DEMO_PASSWORD)
        yield world
        transaction.set_rollback(True)
