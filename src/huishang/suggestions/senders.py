"""Who sends a suggestion, as they say on the form, and the categories each may file it under: a resident
writes about the neighbourhood (residents' categories); an enterprise may also raise an enterprise's
concern (融资信贷, 用地规划)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from huishang.cases.models import Category
from huishang.core.errors import ValidationError


class Sender(models.TextChoices):
    RESIDENT = "resident", _("a resident")
    ENTERPRISE = "enterprise", _("an enterprise")


AUDIENCES_FOR = {
    Sender.RESIDENT: (Category.Audience.RESIDENTS,),
    Sender.ENTERPRISE: (Category.Audience.RESIDENTS, Category.Audience.ENTERPRISES),
}


def categories_for(sender):
    """The categories offered to ``sender``, in their order."""
    return Category.objects.filter(audience__in=AUDIENCES_FOR[Sender(sender)])


def check_category(sender, category: Category) -> None:
    """Refuse a category that is not the sender's (an enterprise's category sent as a resident)."""
    if sender not in Sender.values:
        raise ValidationError(_("Say whether you write as a resident or as an enterprise."), field="sender")
    if category.audience not in AUDIENCES_FOR[Sender(sender)]:
        raise ValidationError(_("This category is for enterprises; choose one of the residents' categories."),
                              field="category")
