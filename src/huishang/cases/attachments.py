"""What a matter may carry as an attachment: a known file type, under the size limit."""

from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from huishang.core.errors import ValidationError

# extension -> (content type, leading bytes the file must start with; None = plain text)
ALLOWED_TYPES = {
    ".pdf": ("application/pdf", b"%PDF"),
    ".png": ("image/png", b"\x89PNG"),
    ".jpg": ("image/jpeg", b"\xff\xd8\xff"),
    ".jpeg": ("image/jpeg", b"\xff\xd8\xff"),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x03\x04"),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK\x03\x04"),
    ".doc": ("application/msword", b"\xd0\xcf\x11\xe0"),
    ".xls": ("application/vnd.ms-excel", b"\xd0\xcf\x11\xe0"),
    ".txt": ("text/plain", None),
}


def checked_content_type(uploaded) -> str:
    """The content type of an uploaded file, or ValidationError naming ``attachments``."""
    extension = Path(uploaded.name).suffix.lower()
    if extension not in ALLOWED_TYPES:
        raise ValidationError(
            _("File type %(ext)s is not accepted; use one of %(allowed)s.")
            % {"ext": extension or "?", "allowed": " ".join(sorted(ALLOWED_TYPES))},
            field="attachments",
        )
    if uploaded.size > settings.HUISHANG_ATTACHMENT_MAX_BYTES:
        raise ValidationError(
            _("%(name)s is larger than %(mb)s MB.")
            % {"name": uploaded.name, "mb": settings.HUISHANG_ATTACHMENT_MAX_BYTES // (1024 * 1024)},
            field="attachments",
        )
    content_type, signature = ALLOWED_TYPES[extension]
    head = uploaded.read(8)
    uploaded.seek(0)
    if signature is None:
        if b"\x00" in head:
            raise ValidationError(_("%(name)s is not a text file.") % {"name": uploaded.name}, field="attachments")
    elif not head.startswith(signature):
        raise ValidationError(
            _("%(name)s does not contain what its extension says.") % {"name": uploaded.name}, field="attachments"
        )
    return content_type
