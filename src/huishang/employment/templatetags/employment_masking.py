"""Template filters that show personal data masked, as every employment page must."""

from django import template

from huishang.core.masking import mask_id_number, mask_phone

register = template.Library()
register.filter("masked_id", mask_id_number)
register.filter("masked_phone", mask_phone)
