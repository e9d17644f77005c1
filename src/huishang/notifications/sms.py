"""Text messages through a pluggable gateway, with the provider's pre-approved templates.

SMS providers in China send only templates they approved beforehand: a template code and the values of
its parameters, never free text. So each event maps to a template code and the names of the values it
takes (``HUISHANG_SMS_TEMPLATES``, JSON, e.g. ``{"cases.assign": {"code": "1234567", "params": ["number",
"title"]}}``; unset, ``DEFAULT_TEMPLATES``). A parameter names a value of the notification's context as a
template would (``matter.number``, ``note``), or one of the short names ``number``, ``title``, ``due``
(of its matter) and ``subject``. An event without a mapping sends no SMS (it is logged).

The gateway class is named in ``HUISHANG_SMS_BACKEND`` (dotted path). The default, ``LoggingSmsBackend``,
only writes each message to the log ``huishang.sms``. ``TencentSmsBackend`` sends through Tencent Cloud
SMS with its official SDK. A gateway raises ``SmsFailed`` (or OSError) when it could not send, so the
notification stays unsent and the worker retries it (services.deliver_pending).
"""

import json
import logging
import re
from dataclasses import dataclass
from typing import Protocol

from django.conf import settings
from django.template import Variable, VariableDoesNotExist
from django.utils.module_loading import import_string

logger = logging.getLogger("huishang.sms")

# Until a deployment maps its events to the template IDs its provider approved, each template is named
# after its event; the parameters are those the texts of docs/deployment.md take.
DEFAULT_TEMPLATES = {
    "cases.submit": {"code": "cases.submit", "params": ["number", "title"]},
    "cases.accept": {"code": "cases.accept", "params": ["number"]},
    "cases.reject": {"code": "cases.reject", "params": ["number"]},
    "cases.assign": {"code": "cases.assign", "params": ["number", "title"]},
    "cases.reassign": {"code": "cases.reassign", "params": ["number", "title"]},
    "cases.respond": {"code": "cases.respond", "params": ["number"]},
    "cases.resolve": {"code": "cases.resolve", "params": ["number"]},
    "cases.continue": {"code": "cases.continue", "params": ["number"]},
    "cases.reopen": {"code": "cases.reopen", "params": ["number"]},
    "cases.send_back": {"code": "cases.send_back", "params": ["number"]},
    "supervision.reminder": {"code": "supervision.reminder", "params": ["number", "due"]},
    "supervision.escalation": {"code": "supervision.escalation", "params": ["number"]},
    "supervision.follow_up_due": {"code": "supervision.follow_up_due", "params": ["number"]},
    "recruitment.ticket_issued": {"code": "recruitment.ticket_issued", "params": ["ticket.number", "session.starts_at"]},
}


class SmsFailed(Exception):
    """The provider refused or could not be reached; the message stays unsent."""


@dataclass(frozen=True)
class SmsTemplate:
    code: str
    params: tuple[str, ...]

    def values(self, context: dict) -> list[str]:
        """The template's parameter values, in its order, from a notification's context."""
        return [_value(name, context) for name in self.params]


class SmsBackend(Protocol):
    """What a gateway offers: send one templated message, raising when it could not."""

    def send(self, phone: str, *, code: str, params: list[str], text: str) -> None: ...


class LoggingSmsBackend:
    """Writes the message to the log instead of sending it."""

    def send(self, phone: str, *, code: str, params: list[str], text: str) -> None:
        logger.info("SMS to %s: template %s %s (%s)", phone, code, params, text)


class TencentSmsBackend:
    """Tencent Cloud SMS (SendSms, API 2021-01-11) through its official Python SDK.

    Reads the account from settings: HUISHANG_SMS_SECRET_ID / _SECRET_KEY, HUISHANG_SMS_APP_ID (SmsSdkAppId),
    HUISHANG_SMS_SIGN (SignName), HUISHANG_SMS_REGION; HUISHANG_SMS_ENDPOINT (e.g. ``http://127.0.0.1:8080``
    or ``sms.tencentcloudapi.com``, https unless the address says http) replaces the provider's address.
    """

    def send(self, phone: str, *, code: str, params: list[str], text: str) -> None:
        from tencentcloud.common import credential
        from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
        from tencentcloud.common.profile.client_profile import ClientProfile
        from tencentcloud.common.profile.http_profile import HttpProfile
        from tencentcloud.sms.v20210111 import models, sms_client

        http = HttpProfile(reqTimeout=10)
        scheme, _sep, host = settings.HUISHANG_SMS_ENDPOINT.rpartition("://")
        if host:
            http.endpoint = host.rstrip("/")
            http.scheme = http.protocol = scheme or "https"
        request = models.SendSmsRequest()
        request.PhoneNumberSet = [international(phone)]
        request.SmsSdkAppId = settings.HUISHANG_SMS_APP_ID
        request.SignName = settings.HUISHANG_SMS_SIGN
        request.TemplateId = code
        request.TemplateParamSet = list(params)
        try:
            client = sms_client.SmsClient(
                credential.Credential(settings.HUISHANG_SMS_SECRET_ID, settings.HUISHANG_SMS_SECRET_KEY),
                settings.HUISHANG_SMS_REGION, ClientProfile(httpProfile=http),
            )
            response = client.SendSms(request)
        except TencentCloudSDKException as error:
            raise SmsFailed(f"{error.get_code()}: {error.get_message()}") from error
        refused = [status for status in response.SendStatusSet or [] if status.Code != "Ok"]
        if refused or not response.SendStatusSet:
            reason = f"{refused[0].Code}: {refused[0].Message}" if refused else "no send status"
            raise SmsFailed(reason)


def international(phone: str) -> str:
    """A mainland number as the providers want it, +86 before the 11 digits; other numbers keep their +."""
    digits = re.sub(r"[\s()-]", "", phone)
    if digits.startswith("+"):
        return digits
    if digits.startswith("0086"):
        return "+" + digits[2:]
    if digits.startswith("86") and len(digits) == 13:
        return "+" + digits
    return "+86" + digits


def templates() -> dict[str, SmsTemplate]:
    configured = json.loads(settings.HUISHANG_SMS_TEMPLATES) if settings.HUISHANG_SMS_TEMPLATES else DEFAULT_TEMPLATES
    return {event: SmsTemplate(code=str(spec["code"]), params=tuple(spec.get("params", ())))
            for event, spec in configured.items()}


def template_for(event: str) -> SmsTemplate | None:
    found = templates().get(event)
    if found is None:
        logger.info("no SMS template is mapped to %s: no SMS is sent for it", event)
    return found


def _value(name: str, context: dict) -> str:
    matter = context.get("matter")
    short = {"number": "matter.number", "title": "matter.title", "due": "matter.due"} if matter is not None else {}
    try:
        value = Variable(short.get(name, name)).resolve(context)
    except VariableDoesNotExist:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value if value is not None else "")


def backend() -> SmsBackend:
    return import_string(settings.HUISHANG_SMS_BACKEND)()
