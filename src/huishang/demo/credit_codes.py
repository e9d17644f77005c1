"""Believable unified social credit codes for the demo's invented enterprises.

A code is: registration authority and kind (``91`` company, ``12`` public institution), the
registering region's GB/T 2260 code, a 9-character organisation code whose last character is its
own GB 11714 check, and the GB 32100 check character computed by ``directory.credit_code``.
"""

from huishang.directory.credit_code import ALPHABET, check_character

# Organisation-code characters and their values (GB 11714: digits 0-9, letters A=10 … Z=35).
_ORG_VALUES = {char: int(char, 36) for char in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def organisation_check(first8: str) -> str:
    """The 9th character of a GB 11714 organisation code."""
    remainder = 11 - sum(_ORG_VALUES[char] * weight for char, weight in zip(first8, _ORG_WEIGHTS)) % 11
    return {10: "X", 11: "0"}.get(remainder, str(remainder))


def new_credit_code(rng, *, region_code: str, prefix: str = "91") -> str:
    """A valid 18-character code registered in ``region_code``; newer registrations start ``MA``."""
    # Only characters that GB 32100 admits (no I, O, S, V, Z) may appear anywhere in the code.
    letters = [char for char in ALPHABET if char.isalpha()]
    if rng.random() < 0.6:
        body = "MA" + rng.choice("56789") + "".join(rng.choice(ALPHABET) for _ in range(5))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(7)) + rng.choice("0123456789" + "".join(letters))
    first17 = prefix + region_code + body + organisation_check(body)
    return first17 + check_character(first17)
