"""What the log hears without being called: sign-out, and every change to a Huishang model.

A data change is written as one entry naming the model, the primary key and the changed fields;
the values stay out, because they may be personal data and the rows themselves keep them.
A User whose role or scope changed is written as ``permission_change`` with the old and new values
of those fields (roles, flags and ids, nothing personal).
"""

from django.apps import apps
from django.contrib.auth.signals import user_logged_out
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from huishang.audit import context
from huishang.audit.log import record_event

# Not logged as data changes, and why:
UNAUDITED_MODELS = {
    "audit.AuditEntry",  # the log itself
    "audit.ChainHead",  # the log's own bookkeeping
    "accounts.LoginAttempt",  # written as login / login_failed
    "accounts.Lockout",  # written as lockout / unlock
    "api.IdempotencyKey",  # a cache of answers to retried requests
    "insight.MatterDocument",  # the search index, rebuilt from matters
    "insight.RoutingModel",  # a trained model, rebuilt from history by `huishang insight train`
}
# Fields that change on their own as a side effect of something already logged.
UNAUDITED_FIELDS = {"directory.User": {"last_login"}}
PERMISSION_FIELDS = {"role", "organization", "region", "is_staff", "is_superuser", "is_active"}
PERMISSION_M2M = {"enterprises_in_care", "groups", "user_permissions"}

_m2m_fields = {}  # through model -> the many-to-many field it serves


def audited_models():
    return [
        model for model in apps.get_models()
        if model.__module__.startswith("huishang.") and model._meta.label not in UNAUDITED_MODELS
    ]


def connect():
    for model in audited_models():
        label = model._meta.label
        pre_save.connect(remember_changed_fields, sender=model, dispatch_uid=f"audit-pre-{label}")
        post_save.connect(record_save, sender=model, dispatch_uid=f"audit-save-{label}")
        post_delete.connect(record_delete, sender=model, dispatch_uid=f"audit-delete-{label}")
        for field in model._meta.local_many_to_many:
            _m2m_fields[field.remote_field.through] = field
            m2m_changed.connect(record_m2m_change, sender=field.remote_field.through,
                                dispatch_uid=f"audit-m2m-{label}-{field.name}")
    user_logged_out.connect(record_logout, dispatch_uid="audit-logout")


def remember_changed_fields(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before an update, compare with the stored row: one SELECT by primary key."""
    if raw or instance._state.adding or instance.pk is None:
        return
    skipped = UNAUDITED_FIELDS.get(sender._meta.label, set()) | instance.get_deferred_fields()
    fields = [f for f in sender._meta.concrete_fields if not f.primary_key and f.attname not in skipped
              and f.name not in skipped and (update_fields is None or f.name in update_fields)]
    stored = sender._base_manager.filter(pk=instance.pk).values(*(f.attname for f in fields)).first()
    if stored is None:
        instance._audit_before = None
        return
    instance._audit_before = {
        f.name: stored[f.attname] for f in fields if stored[f.attname] != getattr(instance, f.attname)
    }


def record_save(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    subject = f"{sender._meta.label}:{instance.pk}"
    if created or getattr(instance, "_audit_before", None) is None:
        _record("create", subject, {"model": sender._meta.label, "pk": _plain(instance.pk)})
        return
    before = instance.__dict__.pop("_audit_before")
    if not before:
        return
    detail = {"model": sender._meta.label, "pk": _plain(instance.pk), "fields": sorted(before)}
    kind = "update"
    if sender._meta.label == "directory.User" and PERMISSION_FIELDS & set(before):
        kind = "permission_change"
        detail["changes"] = {
            name: {"from": _plain(before[name]), "to": _plain(getattr(instance, sender._meta.get_field(name).attname))}
            for name in sorted(PERMISSION_FIELDS & set(before))
        }
    _record(kind, subject, detail)


def record_delete(sender, instance, **kwargs):
    _record("delete", f"{sender._meta.label}:{instance.pk}", {"model": sender._meta.label, "pk": _plain(instance.pk)})


def record_m2m_change(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    field = _m2m_fields[sender]
    name = field.related_query_name() if reverse else field.name
    owner = type(instance)
    detail = {"model": owner._meta.label, "pk": _plain(instance.pk), "fields": [name],
              "action": action.removeprefix("post_"), "related": sorted(pk_set or [])}
    touches_user_scope = field.model._meta.label == "directory.User" and field.name in PERMISSION_M2M
    kind = "permission_change" if touches_user_scope else "update"
    _record(kind, f"{owner._meta.label}:{instance.pk}", detail)


def record_logout(sender, request, user, **kwargs):
    if user is not None:
        record_event("logout", actor=user, subject=user.get_username(), request=request)


def _record(kind, subject, detail):
    record_event(kind, actor=context.current_actor(), subject=subject, detail=detail,
                 request=context.current_request())


def _plain(value):
    return value if value is None or isinstance(value, (bool, int, str)) else str(value)
