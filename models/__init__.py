"""SQLAlchemy tables: documents, meetings and everything read from them."""

from .base import Base, EvidenceColumns
from .document import DOCUMENT_STATUSES, Body, Document, LoadError
from .meeting import (
    ActionOwner,
    Action,
    AgendaItem,
    Apology,
    Attendance,
    Meeting,
    Resolution,
    Vote,
    VotePosition,
)
from .meta import StoreInfo
from .person import Person, PersonLink, PersonOverride
from .plan import AGENCY_ROLES, Agency, PlanAction, PlanActionAgency
from .search import SearchRecord
from .topic import RecordTopic
from .tracking import ActionLink, LinkCorrection, ActionUpdate, AgendaRequest, AgendaRequestLink

__all__ = [
    "AGENCY_ROLES",
    "DOCUMENT_STATUSES",
    "Action",
    "ActionLink",
    "ActionUpdate",
    "AgendaRequest",
    "AgendaRequestLink",
    "LinkCorrection",
    "ActionOwner",
    "Agency",
    "AgendaItem",
    "Apology",
    "Attendance",
    "Base",
    "Body",
    "Document",
    "EvidenceColumns",
    "LoadError",
    "Meeting",
    "Person",
    "PersonLink",
    "PersonOverride",
    "PlanAction",
    "PlanActionAgency",
    "RecordTopic",
    "Resolution",
    "SearchRecord",
    "StoreInfo",
    "Vote",
    "VotePosition",
]
