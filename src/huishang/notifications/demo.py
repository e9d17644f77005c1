"""Notifications in the demo: the seeds' steps tell their next actors when the world is committed
(cases/notices.py); here an administrator has reworded one text and the demo unit handler has chosen
not to be texted about reminders, so the admin page and the settings page show a choice made."""

from huishang.directory.models import User
from huishang.notifications import services
from huishang.notifications.models import MessageTemplate

DEMO_USERNAMES: set[str] = set()


def build_demo(accounts, rng) -> None:
    del accounts, rng
    MessageTemplate.objects.create(
        event="cases.accept",
        subject="【会商平台】您反映的事项 {{ matter.number }} 已受理",
        body="{{ recipient.name }}，您好：\n您反映的“{{ matter.title }}”已由工作专班受理，"
             "交办责任单位后会再通知您。\n{% if note %}受理意见：{{ note }}{% endif %}",
    )
    handler = User.objects.filter(username="unit").first()
    if handler is not None:
        services.set_preferences(handler, [{"event": "supervision.reminder", "sms": False}])
