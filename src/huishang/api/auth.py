"""Token authentication: ``POST /auth/token`` issues one, ``DELETE /auth/token`` revokes it, and
every other operation reads ``Authorization: Bearer <token>``."""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status
from ninja.security import HttpBearer

from huishang.accounts import lockout, second_factor, services
from huishang.accounts.errors import SecondFactorEnrolmentRequired, SignInRefused
from huishang.api.errors import ErrorOut
from huishang.api.schemas import LocalDateTime, RequiredText, StrictSchema
from huishang.api.tokens import issue_token, revoke_token, token_for_key


class BearerToken(HttpBearer):
    """The caller is the active user of a live token; ninja answers 401 otherwise."""

    def authenticate(self, request, token):
        api_token = token_for_key(token)
        if api_token is None:
            return None
        request.api_token = api_token
        request.user = api_token.user
        return api_token.user


class Credentials(StrictSchema):
    # Bounded so that a huge password cannot keep the deliberately slow hasher busy.
    username: RequiredText(150)
    password: str = Field(min_length=1, max_length=1024)
    otp: str | None = Field(None, max_length=16, description="当前一次性验证码（已启用两步验证的账户必填）。"
                            " The current one-time code, required for accounts with two-factor sign-in.")


class TokenOut(Schema):
    token: str
    expires_at: LocalDateTime


class RefusedOut(Schema):
    code: str
    message: str
    detail: str
    retry_after: int


router = Router(tags=["auth"])


def _refused(refusal: SignInRefused) -> JsonResponse:
    """423 for a locked account, 429 for a locked address or too many requests; Retry-After in seconds."""
    body = {"code": refusal.code, "message": refusal.message, "detail": refusal.message,
            "retry_after": refusal.retry_after}
    return JsonResponse(body, status=refusal.http_status, headers={"Retry-After": str(refusal.retry_after)})


@router.post(
    "/token", auth=None, response={200: TokenOut, 401: ErrorOut, 403: ErrorOut, 423: RefusedOut, 429: RefusedOut},
    summary="获取令牌 / Get a token",
    description="Exchange a username and password (and the one-time code, for accounts with two-factor sign-in)"
    " for a bearer token. Locked accounts answer 423, locked addresses and more than"
    " HUISHANG_TOKEN_RATE_PER_MINUTE requests a minute from one address answer 429, with Retry-After."
    " 用户名、密码（已启用两步验证的账户另加一次性验证码）换取访问令牌；账户锁定返回 423，地址锁定或请求过频返回 429。",
)
def obtain_token(request, credentials: Credentials):
    try:
        lockout.check_token_rate(lockout.client_address(request))
        user = services.check_password_step(
            request, username=credentials.username, password=credentials.password, channel="api")
        uses_code = second_factor.confirmed_device(user) is not None
        if uses_code:
            if not credentials.otp:
                services.refuse_missing_code(request, user=user, channel="api")
            services.check_code_step(request, user=user, code=credentials.otp, channel="api")
        elif second_factor.required_for(user):
            raise SecondFactorEnrolmentRequired(
                _("Your role requires two-factor sign-in: set it up first on the web page /account/two-factor/."))
    except SignInRefused as refusal:
        return _refused(refusal)
    key, token = issue_token(user)
    services.record_login(request, user=user, channel="api", second_factor_used=uses_code)
    return {"token": key, "expires_at": token.expires_at}


@router.delete(
    "/token", response={204: None},
    summary="注销令牌 / Revoke the token in use",
    description="The token sent in the Authorization header stops working at once. 当前令牌立即失效。",
)
def revoke_current_token(request):
    revoke_token(request.api_token)
    return Status(204, None)
