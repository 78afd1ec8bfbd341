"""The questions people ask of the database, one module per question.

Every function takes a `Store` and returns plain dataclasses or dicts, so the
CLI (or any caller) only formats them; nothing here writes.

- `meetings`: the list of meetings (`meetings`), one meeting or plan in full (`show`)
- `actions`: actions by owner, body, dates and item, a page at a time (`actions`)
- `resolutions`: resolutions by topic or one of its aliases (`resolutions`)
- `people`: everyone named (`people`), one person over time (`person`)
- `votes`: motions put to a vote by person, item, topic, body, dates and result (`votes`)
- `requests`: matters asked to come back at a later meeting, and whether they did (`requests`)
- `failures`: files that could not be read (`errors`)
- `filters`: the body and date conditions they share

Full-text search is `store.search`; the export shape is `store.export`.
"""

from .actions import ActionPage, ActionRow, list_actions, read_actions
from .failures import FailureRow, list_failures, list_warnings
from .meetings import ItemSection, MeetingDetail, MeetingRow, get_meeting, group_by_item, list_meetings
from .people import PersonRecord, PersonSummary, get_person, list_people
from .requests import RequestRow, list_requests
from .resolutions import TaggedRecord, list_resolutions, list_tagged, resolve_topic
from .votes import VOTE_RESULTS, VoteRow, list_votes

__all__ = [
    "ActionPage",
    "ActionRow",
    "FailureRow",
    "ItemSection",
    "MeetingDetail",
    "MeetingRow",
    "PersonRecord",
    "PersonSummary",
    "RequestRow",
    "TaggedRecord",
    "VOTE_RESULTS",
    "VoteRow",
    "get_meeting",
    "get_person",
    "group_by_item",
    "list_actions",
    "list_failures",
    "list_requests",
    "list_warnings",
    "list_meetings",
    "list_people",
    "list_resolutions",
    "list_tagged",
    "list_votes",
    "read_actions",
    "resolve_topic",
]
