"""The forms of the login steps, the password change and the two-factor enrolment."""

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from huishang.accounts import services
from huishang.accounts.errors import InvalidCredentials, SignInRefused


class SignInForm(AuthenticationForm):
    """Django's login form, with the lockout and the attempt record of ``services.check_password_step``."""

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is not None and password:
            try:
                self.user_cache = services.check_password_step(
                    self.request, username=username, password=password, channel="web")
            except SignInRefused as refusal:
                raise ValidationError(refusal.message, code=refusal.code) from refusal
            except InvalidCredentials as error:
                raise self.get_invalid_login_error() from error
        return self.cleaned_data


class CodeField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("One-time code"), max_length=16,
            help_text=_("The 6-digit code your authenticator app shows now."),
            widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
            **kwargs,
        )


class CodeForm(forms.Form):
    otp = CodeField()


class UnlockForm(forms.Form):
    """A locked-out owner proves both factors at once."""

    username = forms.CharField(label=_("Username"), max_length=150,
                               widget=forms.TextInput(attrs={"autocomplete": "username", "autofocus": True}))
    password = forms.CharField(label=_("Password"), strip=False,
                               widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))
    otp = CodeField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["otp"].widget.attrs.pop("autofocus", None)


class PasswordChangeForm(forms.Form):
    old_password = forms.CharField(
        label=_("Current password"), strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password", "autofocus": True}))
    new_password1 = forms.CharField(
        label=_("New password"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    new_password2 = forms.CharField(
        label=_("New password again"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("new_password1"), cleaned.get("new_password2")
        if first and second and first != second:
            self.add_error("new_password2", _("The two new passwords differ."))
        return cleaned
