"""A text-message gateway that keeps what it was asked to send, so a test reads the code a phone would get."""

import re

SENT: list[dict] = []


class OutboxSmsBackend:
    def send(self, phone: str, *, code: str, params: list[str], text: str) -> None:
        SENT.append({"phone": phone, "template": code, "params": params, "text": text})


def last_code(phone: str) -> str:
    message = next(message for message in reversed(SENT) if message["phone"] == phone)
    return re.search(r"\d{6}", message["text"]).group(0)
