"""An arithmetic captcha made on the server, drawn as SVG, needing nothing from outside.

The token carries a nonce and a keyed hash of the answer, signed: the page cannot read the answer
from it, the server needs no storage until it is answered, and a nonce answered once is refused.
"""

import hashlib
import hmac
import random
import secrets

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from huishang.core import clock
from huishang.core.errors import ValidationError
from huishang.suggestions.models import UsedCaptcha

MAX_AGE_SECONDS = 15 * 60
SALT = "huishang.suggestions.captcha"


def _answer_hash(nonce: str, answer: int) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), f"{nonce}:{answer}".encode(), hashlib.sha256).hexdigest()


def new_challenge() -> dict:
    """A random question, its token and its SVG picture."""
    rng = random.SystemRandom()
    a, b = rng.randint(2, 19), rng.randint(1, 9)
    return challenge(a, b, plus=rng.random() < 0.6 or a < b)


def challenge(a: int, b: int, *, plus: bool = True) -> dict:
    """The question a + b (or a − b), its token and its SVG picture."""
    rng = random.SystemRandom()
    answer = a + b if plus else a - b
    nonce = secrets.token_hex(8)
    question = f"{a} {'+' if plus else '−'} {b} = ?"
    token = signing.dumps({"n": nonce, "h": _answer_hash(nonce, answer)}, salt=SALT)
    return {"token": token, "svg": _svg(question, rng)}


def _svg(question: str, rng) -> str:
    noise = "".join(
        f'<line x1="{rng.randint(0, 160)}" y1="{rng.randint(0, 48)}" x2="{rng.randint(0, 160)}" '
        f'y2="{rng.randint(0, 48)}" stroke="#9aa" stroke-width="1"/>' for _ in range(6)
    )
    letters = "".join(
        f'<text x="{14 + i * 16}" y="{30 + rng.randint(-5, 5)}" transform="rotate({rng.randint(-15, 15)} '
        f'{14 + i * 16} 30)">{char}</text>' for i, char in enumerate(question) if char != " "
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="48" viewBox="0 0 160 48" role="img" '
        f'aria-label="captcha"><rect width="160" height="48" fill="#f4f6f8"/>{noise}'
        f'<g font-family="monospace" font-size="22" fill="#234">{letters}</g></svg>'
    )


def check_answer(token: str, answer) -> None:
    """Accept a right, fresh, unused answer; anything else is a ValidationError on ``captcha``."""
    wrong = ValidationError(_("The answer to the check question is wrong; try the new question."), field="captcha")
    try:
        payload = signing.loads(token or "", salt=SALT, max_age=MAX_AGE_SECONDS)
        number = int(str(answer).strip())
    except (signing.BadSignature, ValueError, TypeError):
        raise wrong
    if not hmac.compare_digest(payload["h"], _answer_hash(payload["n"], number)):
        raise wrong
    try:
        with transaction.atomic():
            UsedCaptcha.objects.create(nonce=payload["n"], at=clock.now())
    except IntegrityError:
        raise wrong
