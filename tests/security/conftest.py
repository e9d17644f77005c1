import pytest
from django.db import transaction
from django.test import override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from huishang.accounts import second_factor
from huishang.demo.world import build_world
from tests.factories import OTP_KEY

DEMO_PASSWORD = "Demo-Password-2026"


@pytest.fixture(scope="package")
def demo_world(django_db_setup, django_db_blocker):
    """The demo world (every module has records in it), built once and rolled back after the package.

    Accounts whose role requires two-factor sign-in get a confirmed device, as in production they
    would have enrolled before reaching any page.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
            world = build_world(password=DEMO_PASSWORD)
        for account in world.accounts:
            if second_factor.required_for(account) and second_factor.confirmed_device(account) is None:
                TOTPDevice.objects.create(user=account, name="default", key=OTP_KEY, confirmed=True)
        yield world
        transaction.set_rollback(True)


# The operations the fuzzing test called, one entry per generated case, for the closing count.
FUZZED = pytest.StashKey[list]()


def pytest_terminal_summary(terminalreporter, config):
    sent = config.stash.get(FUZZED, [])
    if sent:
        terminalreporter.write_line(f"API fuzzing: {len(sent)} generated cases over {len(set(sent))} operations")
