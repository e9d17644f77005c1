from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.contrib import admin

from huishang.core.admin import ReadOnlyAdmin
from huishang.core.errors import DomainError
from huishang.ranking import services
from huishang.ranking.models import Commitment, PublishedMonth, Scheme, Talk

SCHEME_FIELDS = ["weights", "fairly_weight", "grouping", "flagged", "closing_day"]


@admin.register(Scheme)
class SchemeAdmin(admin.ModelAdmin):
    """The scheme as the office edits it on its page: checked and saved by ranking.services.update_scheme."""

    list_display = ["__str__", "weights", "grouping", "flagged", "closing_day"]
    list_filter = ["year"]
    fields = ["region", "year", *SCHEME_FIELDS, "updated_at", "updated_by"]

    def get_readonly_fields(self, request, obj=None):
        # A scheme is the one of its region and year: another region or year is another scheme.
        return ["updated_at", "updated_by"] + (["region", "year"] if obj else [])

    def get_form(self, request, obj=None, **kwargs):
        base = super().get_form(request, obj, **kwargs)

        class CheckedByTheService(base):
            def clean(self):
                data = super().clean()
                place = obj or Scheme(region=data.get("region"), year=data.get("year"))
                try:
                    services.checked_scheme(by=request.user, region=place.region, year=place.year,
                                            **{name: data.get(name) for name in SCHEME_FIELDS})
                except DomainError as error:
                    raise forms.ValidationError({error.field if error.field in self.fields else NON_FIELD_ERRORS:
                                                 str(error.message)}) from None
                return data

        return CheckedByTheService

    def save_model(self, request, obj, form, change):
        saved = services.update_scheme(by=request.user, region=obj.region, year=obj.year,
                                       **{name: form.cleaned_data[name] for name in SCHEME_FIELDS})
        obj.pk, obj.updated_at, obj.updated_by = saved.pk, saved.updated_at, saved.updated_by


admin.site.register(PublishedMonth, ReadOnlyAdmin)


class CommitmentInline(admin.TabularInline):
    """A talk's commitments as the unit keeps them; marked done on the talk's page (ranking.talks.mark_done)."""

    model = Commitment
    fields = ["content", "due", "done_at", "done_by", "done_note"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Talk)
class TalkAdmin(ReadOnlyAdmin):
    """约谈 as recorded on the talks page (ranking.talks.record_talk), with their commitments."""

    list_display = ["unit", "month", "region", "held_on", "chaired_by"]
    list_filter = ["month"]
    search_fields = ["unit__name", "chaired_by"]
    inlines = [CommitmentInline]
