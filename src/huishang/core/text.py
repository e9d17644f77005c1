"""Making text printable before it is stored: what people and systems send may carry characters that no
screen shows and that XML and spreadsheets refuse (one U+0001 in a title broke every ledger export and every
Open311 XML list that held it)."""

import re

# C0 controls but tab and newline, DEL, C1 controls, lone surrogates (which no UTF-8 can hold) and the two
# non-characters XML 1.0 excludes. A carriage return is a line break written the old way and becomes one.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_RETURNS = re.compile("\r\n?")


def printable(text):
    """``text`` with line breaks written as "\\n" and no character that cannot be shown or written as XML;
    anything but a str (None, a number) comes back as it was."""
    if not isinstance(text, str):
        return text
    return _UNPRINTABLE.sub("", _RETURNS.sub("\n", text))


def cleaned(value) -> str:
    """What a person typed, as the services store it: printable, without the spaces around it; nothing (None)
    is ""."""
    return printable(value or "").strip()
