"""Chinese numerals for meeting titles (第十二次)."""

DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1..99 as written in a meeting's title: 1 一, 10 十, 12 十二, 20 二十, 35 三十五."""
    if not 0 < n < 100:
        return str(n)
    tens, units = divmod(n, 10)
    if tens == 0:
        return DIGITS[units]
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[units] if units else "")
