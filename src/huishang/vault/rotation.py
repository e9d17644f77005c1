"""Moving every encrypted value and lookup hash to the current data key, after a new key was put first."""

from django.apps import apps
from django.db import transaction

from huishang.audit.log import record_event
from huishang.vault.crypto import lookup_hash
from huishang.vault.fields import EncryptedCharField, LookupHashField
from huishang.vault.keys import key_ring


def encrypted_models():
    """Each model with encrypted fields, with those fields and their hash fields."""
    for model in apps.get_models():
        fields = [field for field in model._meta.concrete_fields if isinstance(field, EncryptedCharField)]
        if fields:
            hashes = [field for field in model._meta.concrete_fields if isinstance(field, LookupHashField)]
            yield model, fields, hashes


@transaction.atomic
def rekey() -> dict[str, int]:
    """Re-encrypt every personal value under the current key and recompute its lookup hash, in one
    transaction: after it, the older keys can be removed from HUISHANG_DATA_KEY."""
    rewritten = {}
    for model, fields, hashes in encrypted_models():
        rows = model._base_manager.all()
        for row in rows.only(*(field.name for field in fields)).iterator():
            changes = {field.name: getattr(row, field.attname) for field in fields}
            changes.update({field.name: lookup_hash(changes[field.of]) for field in hashes})
            # update(), not save(): only these columns change, and no other rule runs on a re-encryption.
            rows.filter(pk=row.pk).update(**changes)
        rewritten[model._meta.label] = rows.count()
    record_event("rekey", detail={"key_id": key_ring().current_id, "rows": rewritten})
    return rewritten
