"""Token authentication: ``POST /auth/token`` issues one, ``DELETE /auth/token`` revokes it, and
every other operation reads ``Authorization: Bearer <token>``."""

from django.contrib.auth import authenticate
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status
from ninja.security import HttpBearer

from huishang.api.errors import ErrorOut, InvalidCredentials
from huishang.api.schemas import LocalDateTime
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


class Credentials(Schema):
    # Bounded so that a huge password cannot keep the deliberately slow hasher busy.
    username: str = Field(max_length=150)
    password: str = Field(max_length=1024)


class TokenOut(Schema):
    token: str
    expires_at: LocalDateTime


router = Router(tags=["auth"])


@router.post(
    "/token", auth=None, response={200: TokenOut, 401: ErrorOut},
    summary="获取令牌 / Get a token",
    description="Exchange a username and password for a bearer token. 用户名和密码换取访问令牌。",
)
def obtain_token(request, credentials: Credentials):
    user = authenticate(request, username=credentials.username, password=credentials.password)
    if user is None:
        raise InvalidCredentials(_("Wrong username or password."))
    key, token = issue_token(user)
    return {"token": key, "expires_at": token.expires_at}


@router.delete(
    "/token", response={204: None},
    summary="注销令牌 / Revoke the token in use",
    description="The token sent in the Authorization header stops working at once. 当前令牌立即失效。",
)
def revoke_current_token(request):
    revoke_token(request.api_token)
    return Status(204, None)
