"""The words that state an action's status, read once from `data/status_words.toml` for the two
modules that read statuses: extract/action_status.py (status cells, a word beside an action) and
extract/action_updates.py (a later meeting's report on an earlier action)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from .records import ActionStatus

STATUS_WORDS_FILE = "status_words.toml"
STATUSES: tuple[ActionStatus, ...] = ("done", "carried_forward", "dropped", "open")


@lru_cache(maxsize=1)
def _load() -> dict[str, dict[str, list[str]]]:
    text = resources.files(__package__).joinpath("data", STATUS_WORDS_FILE).read_text(encoding="utf-8")
    data = tomllib.loads(text)
    for part in ("cell", "report"):
        missing = [status for status in STATUSES if not data.get(part, {}).get(status)]
        if missing:
            raise ValueError(f"{STATUS_WORDS_FILE}: [{part}] lacks words for {', '.join(missing)}")
    return data


def cell_words(status: ActionStatus) -> str:
    """The words of a status cell or a word beside an action that state `status`, as one alternation."""
    return "|".join(_load()["cell"][status])


def report_words(status: ActionStatus) -> str:
    """The words of a report on an earlier action that state `status`, as one alternation."""
    return "|".join(_load()["report"][status])


def taken_up_words(status: ActionStatus) -> str:
    """The words of what a later item records of an agenda request it took up that state `status` (only `open`)."""
    return "|".join(_load().get("taken_up", {}).get(status, []) or ["(?!)"])
