"""Sign-in in two steps (password, then the one-time code if the account has a device), password change,
two-factor enrolment. Each view parses the form and calls ``services``."""

import time

import segno
from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import password_validation, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login

from huishang.accounts import second_factor, services
from huishang.accounts.errors import AccountLocked, InvalidCredentials, SignInDelayed, SignInRefused
from huishang.accounts.forms import CodeForm, PasswordChangeForm, SignInForm, UnlockForm
from huishang.core.errors import ValidationError
from huishang.directory.models import User

PENDING_KEY = "huishang_pending_sign_in"
# The code step must follow the password step soon; an abandoned half sign-in does not linger.
PENDING_SECONDS = 300
UNLOCKABLE = {AccountLocked.code, SignInDelayed.code}


class SignInView(LoginView):
    """Step one: the password. An account with a device is not signed in yet; it goes on to the code step."""

    template_name = "web/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        user = form.get_user()
        if second_factor.confirmed_device(user) is not None:
            self.request.session[PENDING_KEY] = {"user": user.pk, "backend": user.backend, "at": time.time()}
            return redirect(f"{reverse('accounts:sign-in-code')}?{urlencode({'next': self.get_success_url()})}")
        auth_login(self.request, user)
        services.record_login(self.request, user=user, channel="web", second_factor_used=False)
        return redirect(self.get_success_url())

    def form_invalid(self, form):
        # Someone locked out (or kept waiting) at this address may lift it with the second factor.
        offer_unlock = any(error.code in UNLOCKABLE for error in form.non_field_errors().as_data())
        return self.render_to_response(self.get_context_data(form=form, offer_unlock=offer_unlock))


def _safe_next(request, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                              require_https=request.is_secure())
    return target if allowed else fallback


def _pending_user(request) -> User | None:
    pending = request.session.get(PENDING_KEY)
    if not pending or time.time() - pending["at"] > PENDING_SECONDS:
        return None
    user = User.objects.filter(pk=pending["user"], is_active=True).first()
    if user is not None:
        user.backend = pending["backend"]
    return user


@sensitive_post_parameters("otp")
@csrf_protect
@never_cache
def sign_in_code(request):
    """Step two: the one-time code; only now is the person signed in."""
    user = _pending_user(request)
    if user is None:
        request.session.pop(PENDING_KEY, None)
        messages.info(request, _("Please sign in again."))
        return redirect("web:login")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = services.check_code_step(request, user=user, code=form.cleaned_data["otp"], channel="web")
        except SignInRefused as refusal:
            request.session.pop(PENDING_KEY, None)
            messages.error(request, refusal.message)
            return redirect("web:login")
        except InvalidCredentials as error:
            form.add_error("otp", error.message)
        else:
            next_url = _safe_next(request, reverse("web:workbench"))
            request.session.pop(PENDING_KEY, None)
            auth_login(request, user, backend=user.backend)
            otp_login(request, device)
            services.record_login(request, user=user, channel="web", second_factor_used=True)
            return redirect(next_url)
    return render(request, "accounts/sign_in_code.html", {"form": form, "next": _safe_next(request, "")})


@sensitive_post_parameters("password", "otp")
@csrf_protect
@never_cache
def unlock(request):
    """解锁: the owner of an account locked at this address signs in with password and one-time code together."""
    form = UnlockForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            user, device = services.unlock_with_second_factor(
                request, username=form.cleaned_data["username"], password=form.cleaned_data["password"],
                code=form.cleaned_data["otp"])
        except (SignInRefused, InvalidCredentials) as refusal:
            form.add_error(None, refusal.message)
        else:
            auth_login(request, user, backend=user.backend)
            otp_login(request, device)
            services.record_login(request, user=user, channel="web", second_factor_used=True)
            return redirect(_safe_next(request, reverse("web:workbench")))
    status = 422 if form.errors else 200
    return render(request, "accounts/unlock.html", {"form": form, "next": _safe_next(request, "")}, status=status)


@sensitive_post_parameters("old_password", "new_password1", "new_password2")
@login_required
def password_change(request):
    """修改密码: the old password, then a new one that passes every password rule."""
    form = PasswordChangeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.change_password(request, user=request.user, old_password=form.cleaned_data["old_password"],
                                     new_password=form.cleaned_data["new_password1"])
        except ValidationError as error:
            form.add_error(error.field, error.message)
        else:
            update_session_auth_hash(request, request.user)
            messages.success(request, _("Your password was changed."))
            return redirect("web:workbench")
    return render(request, "accounts/password_change.html", {
        "form": form, "rules": password_validation.password_validators_help_texts()})


@login_required
def two_factor(request):
    """两步验证: enrol an authenticator app by its QR code and confirm with the code it shows."""
    device = second_factor.confirmed_device(request.user)
    if device is not None:
        return render(request, "accounts/two_factor.html", {"enrolled": True})
    pending = second_factor.pending_device(request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.enrol_device(request, user=request.user, code=form.cleaned_data["otp"])
        except ValidationError as error:
            form.add_error("otp", error.message)
        else:
            messages.success(request, _("Two-factor sign-in is on: from now on you sign in with a code as well."))
            return redirect(_safe_next(request, reverse("web:workbench")))
    secret = second_factor.key_as_base32(pending.key)
    return render(request, "accounts/two_factor.html", {
        "enrolled": False, "form": form, "next": _safe_next(request, ""),
        "required": second_factor.required_for(request.user),
        "qr_code": segno.make(pending.config_url, error="m").svg_data_uri(scale=5, border=2),
        "secret_groups": [secret[i:i + 4] for i in range(0, len(secret), 4)],
    })
