"""Text messages through a pluggable gateway.

A deployment names its gateway class in the environment variable ``HUISHANG_SMS_BACKEND`` (dotted path).
The default, ``LoggingSmsBackend``, only writes each message to the log ``huishang.sms``. A real provider
(e.g. Alibaba Cloud SMS or Tencent Cloud SMS) is a class with the same ``send(phone, text)`` method that
calls the provider's HTTP API with the signature and template it was given, reading its keys from the
environment, and raises on failure so the notification stays marked unsent.
"""

import logging
import os
from typing import Protocol

from django.utils.module_loading import import_string

logger = logging.getLogger("huishang.sms")


class SmsBackend(Protocol):
    """What a gateway offers: send one message, raising when it could not."""

    def send(self, phone: str, text: str) -> None: ...


class LoggingSmsBackend:
    """Writes the message to the log instead of sending it."""

    def send(self, phone: str, text: str) -> None:
        logger.info("SMS to %s: %s", phone, text)


def backend() -> SmsBackend:
    path = os.environ.get("HUISHANG_SMS_BACKEND", "huishang.notifications.sms.LoggingSmsBackend")
    return import_string(path)()
