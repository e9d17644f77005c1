from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import pgettext_lazy


class InsightConfig(AppConfig):
    name = "huishang.insight"
    label = "insight"
    verbose_name = pgettext_lazy("app", "Insight")

    def ready(self):
        from huishang.directory.models import Organization, Region
        from huishang.insight.vocabulary import count_a_change

        for model in (Organization, Region):
            post_save.connect(count_a_change, sender=model, dispatch_uid=f"names-{model.__name__}-saved")
            post_delete.connect(count_a_change, sender=model, dispatch_uid=f"names-{model.__name__}-deleted")
