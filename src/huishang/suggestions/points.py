"""Opening collection points and issuing Open311 keys (administrators)."""

import hashlib
import secrets

from django.db import transaction
from django.utils.translation import gettext as _

from huishang.core import clock
from huishang.core.errors import NotAllowed, ValidationError
from huishang.directory.jurisdiction import jurisdiction_of, outside_message
from huishang.directory.models import Role
from huishang.suggestions.models import CollectionPoint, Open311Client

MANAGING_ROLES = {Role.ADMIN, Role.OFFICE}


def _check_manager(by) -> None:
    if not (by.is_superuser or by.role in MANAGING_ROLES):
        raise NotAllowed(_("Only the service office manages collection points."))


@transaction.atomic
def open_point(*, by, code, name, address, region, kind, latitude, longitude, keeper=None, opened_on=None) -> CollectionPoint:
    """Open a collection point, inside the opener's jurisdiction and kept by someone of it; its code is the
    one the poster's QR code carries."""
    _check_manager(by)
    jurisdiction = jurisdiction_of(by)
    jurisdiction.check(region, field="region")
    if keeper is not None:
        keeper_place = jurisdiction_of(keeper)
        if keeper_place.region is None or not jurisdiction.covers(keeper_place.region):
            raise NotAllowed(outside_message(keeper), field="keeper")
    if kind not in CollectionPoint.Kind.values:
        raise ValidationError(_("Unknown kind of collection point."), field="kind")
    if CollectionPoint.objects.filter(code=code).exists():
        raise ValidationError(_("This code is taken."), field="code")
    return CollectionPoint.objects.create(
        code=code, name=name, address=address, region=region, kind=kind, latitude=latitude, longitude=longitude,
        keeper=keeper, opened_on=opened_on or clock.today(),
    )


def key_hash(key: str) -> str:
    return hashlib.sha256((key or "").encode()).hexdigest()


@transaction.atomic
def issue_client_key(*, by, name, region) -> tuple[Open311Client, str]:
    """Register an Open311 client for a region of the registrar's jurisdiction (it submits only there); the key
    is shown once and kept only as a hash."""
    _check_manager(by)
    jurisdiction_of(by).check(region, field="region")
    key = secrets.token_urlsafe(24)
    return Open311Client.objects.create(name=name, key_hash=key_hash(key), region=region), key
