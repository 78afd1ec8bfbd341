"""The hour and the half of the day are one pattern each, in the dates module, for every rule that finds a time."""

from __future__ import annotations

import re

from minutebook.extract.dates import CLOCK, MERIDIEM


def test_clock_and_meridiem_are_one_pattern() -> None:
    time = re.compile(rf"^{CLOCK}\s*(?:{MERIDIEM}\.?)?$")
    for text in ("7", "7.30pm", "19:15", "8:40 P.M.", "10 a.m."):
        assert time.match(text), text
    assert not time.match("7.3pm") and not time.match("123 pm") and not time.match("7 amendments")
