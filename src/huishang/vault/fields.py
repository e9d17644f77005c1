"""Model fields for personal data: the value encrypted at rest, and its keyed hash for exact search.

    phone = EncryptedCharField(_("phone"), max_length=20, blank=True)
    phone_hash = LookupHashField(of="phone")
    ...
    Seeker.objects.filter(phone_hash=lookup_hash("138 0013 8000"))

``max_length`` limits the plain text; the column is TEXT because the stored form is longer. An
encrypted field refuses every lookup but ``isnull``: a filter on ciphertext would silently match
nothing, so it fails loudly and points to the hash.
"""

from django.db import models

from huishang.vault.crypto import decrypt, encrypt, lookup_hash


class EncryptedCharField(models.CharField):
    description = "Text encrypted at rest (AES-256-GCM)"

    def get_internal_type(self):
        return "TextField"

    def from_db_value(self, value, expression, connection):
        if value is None:
            return value
        return decrypt(value)

    def get_db_prep_save(self, value, connection):
        value = super().get_db_prep_save(value, connection)
        if not value:
            return value
        return encrypt(value)

    def get_lookup(self, lookup_name):
        if lookup_name != "isnull":
            return None
        return super().get_lookup(lookup_name)

    def get_transform(self, lookup_name):
        return None


class LookupHashField(models.CharField):
    """The keyed hash of field ``of``'s normalised value, recomputed on every save."""

    description = "Keyed hash of an encrypted field, for exact search"

    def __init__(self, *args, of: str, **kwargs):
        self.of = of
        kwargs.setdefault("max_length", 64)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("db_index", not kwargs.get("unique", False))
        kwargs["editable"] = False
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["of"] = self.of
        kwargs.pop("editable", None)
        # __init__'s db_index default differs from CharField's: say it whenever it differs from ours, or a
        # migration's copy of the field (rebuilt from these arguments) would gain an index it never had.
        kwargs.pop("db_index", None)
        if self.db_index != (not self.unique):
            kwargs["db_index"] = self.db_index
        return name, path, args, kwargs

    def pre_save(self, model_instance, add):
        value = lookup_hash(getattr(model_instance, self.of))
        setattr(model_instance, self.attname, value)
        return value
