"""The knowledge pages' forms: they parse input; the services decide what is allowed."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huishang.cases.models import Category
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Region
from huishang.web.forms.fields import RegionChoiceField, RegionsChoiceField
from huishang.knowledge.models import Article

VALIDITY_CHOICES = [("valid", _("in force")), ("expired", _("expired")), ("all", _("all"))]
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=200, required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("every kind")), *Article.Kind.choices])
    category = forms.ModelChoiceField(label=_("Category"), required=False, queryset=Category.objects.all(),
                                      empty_label=_("every category"))
    region = RegionChoiceField(label=_("Applies in"), required=False, queryset=Region.objects.none(),
                               empty_label=_("every region"))
    validity = forms.ChoiceField(label=_("Validity"), required=False, choices=VALIDITY_CHOICES)
    state = forms.ChoiceField(label=_("State"), required=False, choices=[("", _("every state")), *Article.State.choices])

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = jurisdiction_of(user).regions()

    def filters(self) -> dict:
        data = self.cleaned_data if self.is_valid() else {}
        return {"q": data.get("q", ""), "kind": data.get("kind", ""), "category": data.get("category"),
                "region": data.get("region"), "validity": data.get("validity") or "valid", "state": data.get("state", "")}


class ArticleForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=Article.Kind.choices)
    body = forms.CharField(label=_("Body"), widget=forms.Textarea(attrs={"rows": 12}),
                           help_text=_("Plain text; web addresses become links."))
    regions = RegionsChoiceField(label=_("Applies in"), queryset=Region.objects.none(),
                                 help_text=_("An article for a city applies in its districts too."))
    categories = forms.ModelMultipleChoiceField(label=_("Categories"), queryset=Category.objects.all(), required=False)
    issuing_body = forms.CharField(label=_("Issuing body"), max_length=128, required=False)
    document_number = forms.CharField(label=_("Document number"), max_length=64, required=False)
    effective_on = forms.DateField(label=_("Effective from"), required=False, widget=DATE)
    expires_on = forms.DateField(label=_("Expires on"), required=False, widget=DATE)
    industries = forms.CharField(label=_("Industries"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
                                 help_text=_("For policies: one industry per line; empty for every industry."))
    public = forms.BooleanField(label=_("Public"), required=False,
                                help_text=_("Shown on the public policy page once published."))
    note = forms.CharField(label=_("What changed"), max_length=200, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["regions"].queryset = jurisdiction_of(user).regions()


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=500, widget=forms.Textarea(attrs={"rows": 2}))


class ApproveForm(forms.Form):
    note = forms.CharField(label=_("Note"), max_length=500, required=False)


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Policy file"),
                           help_text=_("A Word file (.docx) or a PDF with text is one article; an Excel list (.xlsx) "
                                       "holds one article a row: 标题, 正文, 类型, 发文机关, 文号, 生效日期, 失效日期."))
    kind = forms.ChoiceField(label=_("Kind"), choices=Article.Kind.choices, initial=Article.Kind.POLICY)
    regions = RegionsChoiceField(label=_("Applies in"), queryset=Region.objects.none())
    public = forms.BooleanField(label=_("Public"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["regions"].queryset = jurisdiction_of(user).regions()
