"""Read-only views that answer common questions in plain SQL, for any SQLite or PostgreSQL tool.

- `action_list`: one row per action and owner, with meeting date, body, item and file.
- `plan_action_list`: one row per plan action and agency, with the agency's role.
- `attendance_list`: who attended which meeting, with the meeting date, body and file.
"""

from __future__ import annotations

from sqlalchemy import Engine, text

VIEWS: dict[str, str] = {
    "action_list": """
        SELECT actions.id AS action_id, meetings.id AS meeting_id, meetings.date AS meeting_date,
               bodies.name AS body, actions.item_key AS item, agenda_items.title AS item_title,
               actions.text AS text, action_owners.name AS owner, actions.owner_as_written AS owner_as_written,
               actions.due AS due, documents.file_name AS file, actions.page AS page
        FROM actions
        JOIN meetings ON meetings.id = actions.meeting_id
        JOIN documents ON documents.id = meetings.document_id
        LEFT JOIN bodies ON bodies.id = meetings.body_id
        LEFT JOIN agenda_items ON agenda_items.id = actions.item_id
        LEFT JOIN action_owners ON action_owners.action_id = actions.id
    """,
    "plan_action_list": """
        SELECT plan_actions.id AS plan_action_id, documents.file_name AS file, bodies.name AS body,
               documents.period AS period, plan_actions.number AS number, plan_actions.priority AS priority,
               plan_actions.emerging_issue AS emerging_issue, plan_actions.text AS text,
               agencies.name AS agency, plan_action_agencies.role AS role, plan_actions.page AS page
        FROM plan_actions
        JOIN documents ON documents.id = plan_actions.document_id
        LEFT JOIN bodies ON bodies.id = documents.body_id
        LEFT JOIN plan_action_agencies ON plan_action_agencies.plan_action_id = plan_actions.id
        LEFT JOIN agencies ON agencies.id = plan_action_agencies.agency_id
    """,
    "attendance_list": """
        SELECT meetings.id AS meeting_id, meetings.date AS meeting_date, bodies.name AS body,
               attendances.name AS name, attendances.title AS title, attendances.role AS role,
               attendances.organisation AS organisation, attendances.status AS status,
               attendances.person_id AS person_id, documents.file_name AS file
        FROM attendances
        JOIN meetings ON meetings.id = attendances.meeting_id
        JOIN documents ON documents.id = meetings.document_id
        LEFT JOIN bodies ON bodies.id = meetings.body_id
    """,
}


def create_views(engine: Engine) -> None:
    """Create (or, on PostgreSQL, refresh) every view in VIEWS."""
    verb = "CREATE OR REPLACE VIEW" if engine.dialect.name == "postgresql" else "CREATE VIEW IF NOT EXISTS"
    with engine.begin() as connection:
        for name, body in VIEWS.items():
            connection.execute(text(f"{verb} {name} AS {body.strip()}"))
