"""Everyone's assent after a decision word is one pattern, read by votes and resolutions alike."""

from __future__ import annotations

import re

from minutebook.extract.votes import BY_ALL, UNANIMOUS


def test_assent_by_all_is_one_pattern() -> None:
    assent = re.compile(rf"^agreed\s+{UNANIMOUS}$")
    for text in ("agreed unanimously", "agreed by all", "agreed by  all present", "agreed by all members"):
        assert assent.match(text), text
    assert not assent.match("agreed by all means")
    assert re.fullmatch(BY_ALL, "by all councillors") and not re.fullmatch(BY_ALL, "by Cllr Quillfeather")
