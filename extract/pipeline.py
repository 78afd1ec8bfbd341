"""The registry of extractors and the one function that runs them in order."""

from __future__ import annotations

from ..ingest.document import ParsedDocument
from .action_status import action_log_sections, read_action_statuses
from .actions import extract_actions
from .agencies import load_agency_directory, name_agencies
from .apologies import extract_apologies
from .attendance import extract_attendees
from .items import read_items_and_sections
from .kind import classify_document
from .meeting import extract_meeting
from .nlp import load_nlp
from .plan import extract_plan
from .records import Extraction
from .resolutions import extract_resolutions
from .topics import TopicVocabulary, tag_topics
from .votes import extract_votes


def extract_document(
    document: ParsedDocument,
    *,
    spacy_model: str | None = None,
    topics: TopicVocabulary | None = None,
) -> Extraction:
    """Run every extractor over `document` and return what they found."""
    nlp = load_nlp(spacy_model)
    kind = classify_document(document)
    meeting = extract_meeting(document, kind=kind)
    if kind == "plan":
        plan_actions = extract_plan(document, meeting=meeting)
        name_agencies(plan_actions, load_agency_directory(document), nlp=nlp)
        extraction = Extraction(meeting=meeting, plan_actions=plan_actions)
    else:
        attendees = extract_attendees(document, nlp=nlp)
        # Items and their sections are read once here and handed to the readers that need them.
        items, sections = read_items_and_sections(document)
        resolutions = extract_resolutions(sections, nlp=nlp)
        # A document that is only an action log has no items: its table rows are read as one section.
        actions = extract_actions(action_log_sections(document, sections), attendees=attendees, meeting=meeting, nlp=nlp)
        read_action_statuses(document, actions)
        extraction = Extraction(
            meeting=meeting,
            attendees=attendees,
            apologies=extract_apologies(document, nlp=nlp),
            items=items,
            resolutions=resolutions,
            actions=actions,
            # Votes fill in the mover and seconder of the resolution each one decided.
            votes=extract_votes(document, sections, attendees=attendees, resolutions=resolutions),
        )
    tag_topics(extraction, topics, nlp=nlp)
    return extraction
