"""Small functions that make the records a test needs, named after what they make."""

import datetime
import itertools
import time

from django_otp.oath import hotp
from django_otp.plugins.otp_totp.models import TOTPDevice

from huishang.accounts import second_factor
from huishang.cases import services as matter_services
from huishang.cases.models import Category, Matter
from huishang.directory.credit_code import check_character
from huishang.directory.models import Organization, Region, Role, User
from huishang.meetings import services as meeting_services

PASSWORD = "Test-Password-2026"
# Accounts whose role requires two-factor sign-in get a device with this key (hex, as django-otp keeps it).
OTP_KEY = "3132333435363738393031323334353637383930"
# A test may sign the same person in several times within one 30-second step; codes are never reused,
# so the test's device accepts the next steps ahead (a real device: one step either way).
OTP_TEST_TOLERANCE = 20
_serial = itertools.count(1)


def region(code="511000", name="内江市", parent=None) -> Region:
    row, _ = Region.objects.get_or_create(code=code, defaults={"name": name, "parent": parent})
    return row


def district(code="511011", name="东兴区") -> Region:
    return region(code, name, parent=region())


def credit_code(n: int) -> str:
    first17 = f"91511000MA{n:07d}"
    return first17 + check_character(first17)


def enterprise(name=None, *, in_region=None) -> Organization:
    n = next(_serial)
    return Organization.objects.create(
        kind=Organization.Kind.ENTERPRISE, name=name or f"测试企业{n}有限公司", credit_code=credit_code(n),
        region=in_region or district(),
    )


def unit(name=None, *, in_region=None) -> Organization:
    n = next(_serial)
    return Organization.objects.create(kind=Organization.Kind.UNIT, name=name or f"测试局{n}", region=in_region or region())


def user(role: str, *, organization=None, scope=None, username=None) -> User:
    n = next(_serial)
    account = User(username=username or f"{role}{n}", name=f"{role}-{n}", role=role, organization=organization, region=scope)
    account.set_password(PASSWORD)
    account.save()
    if second_factor.required_for(account):
        TOTPDevice.objects.create(user=account, name="default", key=OTP_KEY, confirmed=True,
                                  tolerance=OTP_TEST_TOLERANCE)
    return account


def one_time_code(account) -> str:
    """The code the person's authenticator app would show next: never one already used."""
    device = TOTPDevice.objects.get(user=account, confirmed=True)
    step = max(int(time.time()) // device.step, device.last_t + 1)
    return str(hotp(device.bin_key, step, device.digits)).zfill(device.digits)


def office(scope=None) -> User:
    return user(Role.OFFICE, scope=scope or region())


def supervisor(scope=None) -> User:
    return user(Role.SUPERVISOR, scope=scope or region())


def leader(scope=None) -> User:
    return user(Role.LEADER, scope=scope or region())


def admin() -> User:
    return user(Role.ADMIN)


def admin_site_user() -> User:
    """An administrator who may open Django's admin site (staff and superuser)."""
    account = admin()
    account.is_staff = account.is_superuser = True
    account.save()
    return account


def enterprise_contact(of=None) -> User:
    return user(Role.ENTERPRISE, organization=of or enterprise())


def unit_handler(of=None) -> User:
    return user(Role.UNIT, organization=of or unit())


def category(code="talent", name="用工人才") -> Category:
    row, _ = Category.objects.get_or_create(code=code, defaults={"name": name})
    return row


def matter(*, by=None, title="用工短缺", description="一线技工招聘困难，缺口约40人", category_code="talent") -> Matter:
    by = by or enterprise_contact()
    return matter_services.submit_matter(by=by, title=title, description=description, category=category(category_code))


def accepted_matter(*, by_office=None, **kwargs) -> Matter:
    return matter_services.accept(matter(**kwargs), by=by_office or office())


def assigned_matter(*, lead=None, due=None, by_office=None, **kwargs) -> Matter:
    by_office = by_office or office()
    subject = accepted_matter(by_office=by_office, **kwargs)
    matter_services.assign(
        subject, by=by_office, lead_unit=lead or unit(), due=due or datetime.date.today() + datetime.timedelta(days=30)
    )
    subject.refresh_from_db()
    return subject


def consultation(*, by=None, held_on=None):
    return meeting_services.create_meeting(by=by or office(), held_on=held_on or datetime.date.today())


def two_served_places() -> tuple[Region, Region, Region]:
    """内江 (with its district 市中区) and 永川 side by side, both served: (内江市, 市中区, 永川区)."""
    neijiang = region("511000", "内江市", parent=region("510000", "四川省"))
    shizhong = region("511002", "市中区", parent=neijiang)
    yongchuan = region("500118", "永川区", parent=region("500000", "重庆市"))
    Region.objects.filter(code__in=["511000", "500118"]).update(served=True)
    return neijiang, shizhong, yongchuan
