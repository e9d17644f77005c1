import pytest
from django.db import transaction
from django.test import override_settings

from huishang.demo import extensions
from huishang.demo.world import build_world

MY_DEMO_MODULES = ["huishang.promotion.demo", "huishang.recruitment.demo"]


@pytest.fixture(scope="package")
def demo_world(django_db_setup, django_db_blocker):
    """Both seed pages and this app's demo part, built once and rolled back after the package's last test.

    Other apps' demo parts are left out so that these tests prove what promotion and recruitment build.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extensions, "MODULES", MY_DEMO_MODULES)
        with django_db_blocker.unblock(), transaction.atomic():
            with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
                world = build_world(password="Demo-Password-2026")
            yield world
            transaction.set_rollback(True)
