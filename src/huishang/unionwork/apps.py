from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UnionWorkConfig(AppConfig):
    """Union work (工会工作) of seed 000 beside the assessment: the year's plan (年度工作计划) adopted at the
    plenary (全委会), the industrial-worker reform (产业工人队伍建设改革) with its leading group and member units'
    tasks, the campaigns (渝工五大行动) and skills competitions (劳动和技能竞赛), and cooperation agreements
    (合作协议) between regions or organisations."""

    name = "huishang.unionwork"
    label = "unionwork"
    verbose_name = _("Union work")
