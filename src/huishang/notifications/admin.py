from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from huishang.core.admin import ReadOnlyAdmin
from huishang.notifications import events
from huishang.notifications.models import MessageTemplate, Notification
from huishang.notifications.texts import file_template

EDITING_HELP = _(
    "Template source: variables and filters such as {{ matter.number }}, {{ matter.title }}, {{ note }}, "
    "{{ recipient.name }}, {{ matter.due|date:\"Y-m-d\" }}; {% if %}; and, after {% load i18n %}, "
    "{% translate %} and {% blocktranslate %}. No other tag is accepted."
)


class MessageTemplateForm(forms.ModelForm):
    event = forms.ChoiceField(label=_("kind"))

    class Meta:
        model = MessageTemplate
        fields = ["event", "subject", "body"]
        help_texts = {"subject": EDITING_HELP, "body": EDITING_HELP}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].choices = [(event.name, f"{event.label} ({event.name})") for event in events.every()]


@admin.register(MessageTemplate)
class MessageTemplateAdmin(admin.ModelAdmin):
    """The bell and e-mail text of an event, edited; deleting the row brings back the app's own text."""

    form = MessageTemplateForm
    list_display = ["event", "subject", "replaces"]

    @admin.display(description=_("replaces"))
    def replaces(self, row):
        return file_template(row.event)


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    list_display = ["subject", "recipient", "event", "created_at", "emailed_at", "texted_at"]
    list_filter = ["event"]
