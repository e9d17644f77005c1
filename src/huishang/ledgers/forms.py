from django import forms
from django.utils.translation import gettext_lazy as _


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Ledger sheet (.xlsx)"),
                           help_text=_("Columns 企业名称 and 问题描述 are required; 问题标题, 问题类别, 责任单位 and 办理时限 "
                                       "are read when present."))
    partial = forms.BooleanField(label=_("Import the good rows even if some rows are bad"), required=False)
