import contextlib

import pytest
from django.db import connection, transaction
from django.test import override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from huishang.accounts import second_factor
from huishang.demo.world import build_world
from tests.factories import OTP_KEY
from tests.security import fuzz_figures

DEMO_PASSWORD = "Demo-Password-2026"


@contextlib.contextmanager
def built_demo_world():
    """The demo world (every module has records in it), built in a transaction rolled back on leaving.

    Accounts whose role requires two-factor sign-in get a confirmed device, as in production they
    would have enrolled before reaching any page.
    """
    with transaction.atomic():
        with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
            world = build_world(password=DEMO_PASSWORD)
        for account in world.accounts:
            if second_factor.required_for(account) and second_factor.confirmed_device(account) is None:
                TOTPDevice.objects.create(user=account, name="default", key=OTP_KEY, confirmed=True)
        analyse_tables()
        yield world
        transaction.set_rollback(True)


@pytest.fixture(scope="package")
def demo_world(django_db_setup, django_db_blocker):
    """The demo world, built once for the package."""
    with django_db_blocker.unblock(), built_demo_world() as world:
        yield world


def analyse_tables():
    """On PostgreSQL, give the planner statistics of the world the route tests read.

    The test database is emptied between tests but never analysed, so without this the planner would plan
    for whatever an earlier test left in its statistics (or for empty tables), and once chose nested loops
    that ran for minutes on this small world. ANALYZE inside the transaction sees its own rows, and its
    statistics roll back with the world.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


# The requests the fuzzing test sent (fuzz_figures.Sent), for the closing figures.
FUZZED = pytest.StashKey[list]()


def pytest_terminal_summary(terminalreporter, config):
    sent = config.stash.get(FUZZED, [])
    if sent:
        for line in fuzz_figures.summary(sent):
            terminalreporter.write_line(line)
