"""Numbers as figures write them: true minus signs, small counts in words, powers."""

WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def number(x, spec="g"):
    """``x`` formatted with ``spec``, with a true minus sign (−) as on the axes' tick labels."""
    return format(x, spec).replace("-", "\u2212")


def count(n):
    """A small count in words (``count(3)`` is "three"), as prose writes it."""
    return WORDS[n]


def power(base, exponent):
    """``base`` to a whole ``exponent``, written as text: h², h³."""
    return base + str(exponent).translate(SUPERSCRIPTS)
