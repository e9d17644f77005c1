"""The audit log as an auditor reads it on the page: each kind of entry by its name, a subject ("cases.Assignment:169")
by the record's own name and number, the detail as labelled lines. The stored entry, the export and the API keep the
codes: they are what the hash covers and what tools filter on."""

import json

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _, pgettext_lazy

KINDS = {
    "create": _("created"),
    "update": _("changed"),
    "delete": _("deleted"),
    "permission_change": _("permissions changed"),
    "login": _("signed in"),
    "login_failed": _("sign-in failed"),
    "logout": _("signed out"),
    "lockout": _("account locked"),
    "unlock": _("account unlocked"),
    "password_change": _("password changed"),
    "otp_enrolled": _("second factor enrolled"),
    "otp_reset": _("second factor reset"),
    "role_grant": _("role granted"),
    "role_withdraw": _("role withdrawn"),
    "export": _("data exported"),
    "import": _("data imported"),
    "reveal": _("masked value revealed"),
    "reveal_refused": _("reveal refused"),
    "backup": _("backup made"),
    "restore": _("backup restored"),
    "rekey": _("encryption key changed"),
    "audit_pruned": _("old entries pruned"),
}

DETAIL_KEYS = {
    "model": pgettext_lazy("audit", "record"),
    "pk": pgettext_lazy("audit", "number"),
    "fields": pgettext_lazy("audit", "fields"),
    "action": pgettext_lazy("audit", "action"),
    "related": pgettext_lazy("audit", "related records"),
    "changes": pgettext_lazy("audit", "changes"),
    "format": pgettext_lazy("audit", "format"),
    "reason": pgettext_lazy("audit", "reason"),
    "count": pgettext_lazy("audit", "entries"),
    "channel": pgettext_lazy("audit", "channel"),
    "step": pgettext_lazy("audit", "step"),
    "otp": pgettext_lazy("audit", "second factor used"),
    "with": pgettext_lazy("audit", "by means of"),
    "lifted": pgettext_lazy("audit", "locks lifted"),
    "field": pgettext_lazy("audit", "field"),
    "missing": pgettext_lazy("audit", "missing"),
    "rows": pgettext_lazy("audit", "rows"),
    "assigned": pgettext_lazy("audit", "assigned"),
    "pks": pgettext_lazy("audit", "numbers"),
    "filters": pgettext_lazy("audit", "filters"),
    "round": pgettext_lazy("audit", "review round"),
    "reform_group": pgettext_lazy("audit", "reform group"),
    "members": pgettext_lazy("audit", "files"),
    "forced": pgettext_lazy("audit", "forced"),
    "backup_created_at": pgettext_lazy("audit", "backup made at"),
    "key_id": pgettext_lazy("audit", "key"),
    "devices_removed": pgettext_lazy("audit", "devices removed"),
    "scope": pgettext_lazy("audit", "locked by"),
    "key": pgettext_lazy("audit", "locked name or address"),
    "address": pgettext_lazy("audit", "address"),
    "until": pgettext_lazy("audit", "until"),
    "username": pgettext_lazy("audit", "username"),
    "from": pgettext_lazy("audit", "from"),
    "to": pgettext_lazy("audit", "to"),
    "operator": pgettext_lazy("audit", "operator"),
    "removed": pgettext_lazy("audit", "entries removed"),
    "older_than": pgettext_lazy("audit", "older than"),
    "retention_days": pgettext_lazy("audit", "days kept"),
    "sha256": pgettext_lazy("audit", "SHA-256 digest"),
    "stage": pgettext_lazy("audit", "stage"),
    "survey": pgettext_lazy("audit", "survey"),
    "pruned_through": pgettext_lazy("audit", "pruned through entry"),
    "last_pruned_hash": pgettext_lazy("audit", "hash of the last pruned entry"),
}

# Values of the sign-in entries' detail, which are codes: the way in and the step that failed.
DETAIL_VALUES = {
    "channel": {"web": pgettext_lazy("audit", "web page"), "api": pgettext_lazy("audit", "API")},
    "step": {"password": pgettext_lazy("audit", "password"), "otp": pgettext_lazy("audit", "one-time code"),
             "otp_missing": pgettext_lazy("audit", "one-time code not given"),
             "unlock": pgettext_lazy("audit", "while locked")},
    "with": {"second_factor": pgettext_lazy("audit", "second factor")},
}


def kind_label(kind: str) -> str:
    """The kind by its name; a kind this list does not know yet shows its code rather than nothing."""
    return str(KINDS.get(kind, kind))


def _model(label: str):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def subject_label(subject: str) -> str:
    """"cases.Assignment:169" → "交办 #169"; any other subject (a username, a file) as it is."""
    label, colon, pk = subject.partition(":")
    model = _model(label) if colon else None
    return f"{model._meta.verbose_name} #{pk}" if model is not None else subject


def _field_name(model, name: str) -> str:
    if model is None:
        return name
    try:
        return str(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


def detail_lines(detail: dict) -> list[tuple[str, str]]:
    """(label, value) pairs of an entry's detail: the record's model by its name, changed fields by theirs."""
    model = _model(detail.get("model", "")) if isinstance(detail.get("model"), str) else None
    lines = []
    for key, value in sorted(detail.items()):
        if key == "model" and model is not None:
            value = model._meta.verbose_name
        elif key == "fields" and isinstance(value, list):
            value = str(pgettext_lazy("list separator", ", ")).join(_field_name(model, name) for name in value)
        elif isinstance(value, str) and value in DETAIL_VALUES.get(key, {}):
            value = DETAIL_VALUES[key][value]
        elif isinstance(value, bool):
            value = str(pgettext_lazy("audit", "yes") if value else pgettext_lazy("audit", "no"))
        elif isinstance(value, (dict, list)):
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        lines.append((str(DETAIL_KEYS.get(key, key)), str(value)))
    return lines
