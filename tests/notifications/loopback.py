"""Real servers on loopback for the notifications to reach: an SMTP server (aiosmtpd) and an SMS provider
speaking Tencent Cloud's API 3.0 (the JSON POST that SmsClient.SendSms makes), each a pytest fixture."""

import json
import socket
import threading
from email import message_from_bytes
from email.header import decode_header, make_header
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 OK"

    def subjects(self, to):
        return [str(make_header(decode_header(message["Subject"]))) for rcpt, message in self.messages if to in rcpt]

    def bodies(self, to):
        return [message.get_payload(decode=True).decode("utf-8") for rcpt, message in self.messages if to in rcpt]


@pytest.fixture
def inbox(settings):
    """Mail goes to a real SMTP server on 127.0.0.1; ``inbox.messages`` holds what it received."""
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = controller.hostname, controller.port
    yield handler
    controller.stop()


class SmsProvider:
    """What the loopback provider received, and whether it accepts the next requests (``failing``)."""

    def __init__(self, port: int):
        self.port = port
        self.requests = []  # (headers, body) of every well-formed SendSms request
        self.failing = False

    @property
    def sent(self) -> list[dict]:
        return [body for _headers, body in self.requests]


def _handler(provider: SmsProvider):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            headers = {name.lower(): value for name, value in self.headers.items()}
            request_id = f"loopback-{len(provider.requests) + 1}"
            well_formed = (
                headers.get("x-tc-action") == "SendSms" and headers.get("x-tc-version") == "2021-01-11"
                and headers.get("authorization", "").startswith("TC3-HMAC-SHA256 Credential=")
                and {"PhoneNumberSet", "SmsSdkAppId", "TemplateId", "SignName"} <= body.keys()
            )
            if not well_formed:
                answer = {"Error": {"Code": "InvalidParameter", "Message": "not a SendSms request"}}
            elif provider.failing:
                provider.requests.append((headers, body))
                answer = {"Error": {"Code": "FailedOperation.TemplateIncorrectOrUnapproved",
                                    "Message": "template is not approved"}}
            else:
                provider.requests.append((headers, body))
                answer = {"SendStatusSet": [
                    {"SerialNo": f"2433:{request_id}", "PhoneNumber": phone, "Fee": 1, "SessionContext": "",
                     "Code": "Ok", "Message": "send success", "IsoCode": "CN"}
                    for phone in body["PhoneNumberSet"]]}
            payload = json.dumps({"Response": {**answer, "RequestId": request_id}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    return Handler


@pytest.fixture
def sms_provider(settings):
    """Notifications are texted through Tencent Cloud's SDK to a provider on 127.0.0.1 (plain HTTP)."""
    provider = SmsProvider(free_port())
    server = ThreadingHTTPServer(("127.0.0.1", provider.port), _handler(provider))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.HUISHANG_SMS_BACKEND = "huishang.notifications.sms.TencentSmsBackend"
    settings.HUISHANG_SMS_ENDPOINT = f"http://127.0.0.1:{provider.port}"
    settings.HUISHANG_SMS_SECRET_ID, settings.HUISHANG_SMS_SECRET_KEY = "AKIDloopback", "loopback-secret"
    settings.HUISHANG_SMS_APP_ID, settings.HUISHANG_SMS_SIGN = "1400000001", "会商平台"
    yield provider
    server.shutdown()
    server.server_close()
