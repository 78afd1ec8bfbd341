"""Documented SQL views: the questions people ask, readable by any SQL tool.

The views are created with the tables, on SQLite and PostgreSQL alike, so
`sqlite3 minutebook.db 'SELECT * FROM v_actions'` or Datasette work with no
knowledge of the underlying tables. Lists inside a row (owners, agencies,
topics) are joined with "; ".

v_resolutions
    One row per resolution: resolution_id, meeting_date, body, item (number
    or title as the minutes refer to it), item_title, text, proposer,
    seconder, topics, file, page, line_start.
v_actions
    One row per action: action_id, meeting_date, body, item, item_title,
    text, owners (resolved names), owner_as_written, due, status (open |
    done | carried_forward | dropped, as its own minutes state it),
    latest_status (as its latest mention in later minutes states it, a later
    action row or an update in action_updates, else status), mention_of (the earlier action this row reports on, or null),
    overdue (1 when not a mention, still open or carried forward by its
    latest status and due before the body's latest minuted meeting, else 0),
    topics, file, page, line_start.
v_action_history
    One row per later mention of an action: action_id, mention_id,
    mention_date, status (as the mention states it), reason, score, file,
    page, line_start, line_end, update_id. A mention is a later action row
    (mention_id, update_id null) or a matters-arising entry or owner's report
    (update_id, mention_id null: the action_updates row).
v_request_history
    One row per agenda request ("Items for the next agenda" bullets, "this
    matter should be brought back to the next meeting") with the later item
    that took it up, if any: request_id, meeting_date, body, item, topic,
    text, file, page, line_start, line_end (the request), then mention_date,
    mention_item (the later item's title), status (done | carried_forward |
    dropped, as that item states it; null while not taken up), reason (why
    it was linked, or "kept unlinked by hand" for a request a user unlinked),
    score, mention_file, mention_page, mention_line_start, mention_line_end.
v_action_owners
    One row per owner of an action: action_id, owner (name), person_id (the
    person after any merge, or null), person (their name), agency, and the
    action's meeting_date, body, item, text, due, file, page. Filter it by
    person or owner to answer "what does X owe?".
v_attendance
    One row per name in an attendance or apologies list: meeting_date, body,
    status ("present" | "in_attendance" | "also_present" | "apologies"),
    name_as_written, title, role, organisation, person_id, person, file, page.
v_votes
    One row per named voter per vote: vote_id, meeting_date, body, item,
    item_title, motion, mover, seconder, result, count_for, count_against,
    count_abstain, side ("for" | "against" | "abstain"), voter (name as
    written), person_id (after any merge, or null), person, resolution_id
    (the resolution the vote decided, or null), file, page. A vote with no
    named voters gives one row with side, voter and person null, so every vote
    is there: filter on person or voter for "how did X vote?".
v_people
    One row per person (merged people folded in): person_id, name, title,
    meetings_attended, apologies, actions_owned, first_seen, last_seen.
v_person_links
    Why each name was linked to its person: person_id, person, mention,
    record_type, reason, score, file.
v_plan_actions
    One row per numbered plan action: plan_action_id, body, period, number,
    priority, emerging_issue, text, lead_agencies, support_agencies,
    measures (JSON list), topics, file, page.

Three flatter lists, one row per pair, for tools that want no "; " lists:

action_list
    One row per action and owner: action_id, meeting_id, meeting_date, body,
    item, item_title, text, owner, owner_as_written, due, file, page.
plan_action_list
    One row per plan action and agency: plan_action_id, file, body, period,
    number, priority, emerging_issue, text, agency, role, page.
attendance_list
    Who attended which meeting: meeting_id, meeting_date, body, name, title,
    role, organisation, status, person_id, file.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, inspect, text

from .agenda_requests import KEPT_UNLINKED_BY_HAND

# Dialect spellings of "join these values with '; ' in this order".
_AGGREGATE = {
    "sqlite": "group_concat({value}, '; ')",
    "postgresql": "string_agg({value}, '; ' ORDER BY {order})",
}

# An action's latest status: the one its latest mention or update states, else its own (`v_actions` uses it twice).
_LATEST_STATUS = """COALESCE((SELECT x.status FROM (
                    SELECT ma.status, mm.date, 0 AS kind, ma.id FROM action_links k
                        JOIN actions ma ON ma.id = k.mention_id JOIN meetings mm ON mm.id = ma.meeting_id
                        WHERE k.action_id = a.id
                    UNION ALL
                    SELECT u.status, um.date, 1 AS kind, u.id FROM action_updates u
                        JOIN meetings um ON um.id = u.meeting_id WHERE u.action_id = a.id
                ) x ORDER BY x.date DESC, x.kind DESC, x.id DESC LIMIT 1), a.status)"""

_VIEWS: dict[str, str] = {
    "v_resolutions": """
        SELECT r.id AS resolution_id, m.date AS meeting_date, b.name AS body,
            r.item_key AS item, i.title AS item_title, r.text, r.proposer, r.seconder,
            (SELECT {agg_topic} FROM record_topics t
                WHERE t.record_type = 'resolution' AND t.record_id = r.id) AS topics,
            d.file_name AS file, r.page, r.line_start
        FROM resolutions r
        JOIN meetings m ON m.id = r.meeting_id
        JOIN documents d ON d.id = m.document_id
        LEFT JOIN bodies b ON b.id = m.body_id
        LEFT JOIN agenda_items i ON i.id = r.item_id""",
    "v_actions": """
        SELECT a.id AS action_id, m.date AS meeting_date, b.name AS body,
            a.item_key AS item, i.title AS item_title, a.text,
            (SELECT {agg_owner} FROM action_owners o WHERE o.action_id = a.id) AS owners,
            a.owner_as_written, a.due, a.status,
            {latest_status} AS latest_status,
            (SELECT k.action_id FROM action_links k WHERE k.mention_id = a.id) AS mention_of,
            CASE WHEN {latest_status} IN ('open', 'carried_forward')
            AND NOT EXISTS (SELECT 1 FROM action_links k WHERE k.mention_id = a.id)
            AND a.due IS NOT NULL AND a.due < COALESCE(
                (SELECT MAX(lm.date) FROM meetings lm JOIN documents ld ON ld.id = lm.document_id
                    WHERE lm.body_id = m.body_id AND ld.status = 'loaded'
                    AND COALESCE(ld.kind, '') NOT IN ('agenda', 'plan')),
                m.date) THEN 1 ELSE 0 END AS overdue,
            (SELECT {agg_topic} FROM record_topics t
                WHERE t.record_type = 'action' AND t.record_id = a.id) AS topics,
            d.file_name AS file, a.page, a.line_start
        FROM actions a
        JOIN meetings m ON m.id = a.meeting_id
        JOIN documents d ON d.id = m.document_id
        LEFT JOIN bodies b ON b.id = m.body_id
        LEFT JOIN agenda_items i ON i.id = a.item_id""",
    "v_action_history": """
        SELECT k.action_id, k.mention_id, mm.date AS mention_date, k.status, k.reason, k.score,
            d.file_name AS file, k.page, k.line_start, k.line_end, NULL AS update_id
        FROM action_links k
        JOIN actions ma ON ma.id = k.mention_id
        JOIN meetings mm ON mm.id = ma.meeting_id
        JOIN documents d ON d.id = mm.document_id
        UNION ALL
        SELECT u.action_id, NULL, um.date, u.status, u.reason, u.score,
            d.file_name, u.page, u.line_start, u.line_end, u.id
        FROM action_updates u
        JOIN meetings um ON um.id = u.meeting_id
        JOIN documents d ON d.id = um.document_id
        WHERE u.action_id IS NOT NULL""",
    "v_request_history": """
        SELECT r.id AS request_id, m.date AS meeting_date, b.name AS body, r.item_key AS item, r.topic,
            r.text, d.file_name AS file, r.page, r.line_start, r.line_end,
            lm.date AS mention_date, li.title AS mention_item, k.status,
            CASE WHEN k.id IS NULL AND EXISTS (SELECT 1 FROM link_corrections c
                WHERE c.mention_kind = 'request' AND c.kind = 'unlink' AND c.mention_sha256 = d.sha256
                AND c.mention_position = r.position AND COALESCE(c.mention_line_start, -1) = COALESCE(r.line_start, -1)
                AND COALESCE(c.mention_line_end, -1) = COALESCE(r.line_end, -1))
            THEN '{kept_unlinked}' ELSE k.reason END AS reason, k.score,
            ld.file_name AS mention_file, k.page AS mention_page, k.line_start AS mention_line_start,
            k.line_end AS mention_line_end
        FROM agenda_requests r
        JOIN meetings m ON m.id = r.meeting_id
        JOIN documents d ON d.id = m.document_id
        LEFT JOIN bodies b ON b.id = m.body_id
        LEFT JOIN agenda_request_links k ON k.request_id = r.id
        LEFT JOIN agenda_items li ON li.id = k.item_id
        LEFT JOIN meetings lm ON lm.id = li.meeting_id
        LEFT JOIN documents ld ON ld.id = lm.document_id""",
    "v_action_owners": """
        SELECT o.action_id, o.name AS owner,
            COALESCE(p.merged_into_id, p.id) AS person_id, pc.name AS person,
            g.name AS agency, m.date AS meeting_date, b.name AS body, a.item_key AS item,
            a.text, a.due, d.file_name AS file, a.page
        FROM action_owners o
        JOIN actions a ON a.id = o.action_id
        JOIN meetings m ON m.id = a.meeting_id
        JOIN documents d ON d.id = m.document_id
        LEFT JOIN bodies b ON b.id = m.body_id
        LEFT JOIN people p ON p.id = o.person_id
        LEFT JOIN people pc ON pc.id = COALESCE(p.merged_into_id, p.id)
        LEFT JOIN agencies g ON g.id = o.agency_id""",
    "v_attendance": """
        SELECT m.date AS meeting_date, b.name AS body, x.status, x.name AS name_as_written,
            x.title, x.role, x.organisation,
            COALESCE(p.merged_into_id, p.id) AS person_id, pc.name AS person,
            d.file_name AS file, x.page
        FROM (
            SELECT meeting_id, status, name, title, role, organisation, person_id, page, position
                FROM attendances
            UNION ALL
            SELECT meeting_id, 'apologies', name, title, NULL, organisation, person_id, page, position
                FROM apologies
        ) x
        JOIN meetings m ON m.id = x.meeting_id
        JOIN documents d ON d.id = m.document_id
        LEFT JOIN bodies b ON b.id = m.body_id
        LEFT JOIN people p ON p.id = x.person_id
        LEFT JOIN people pc ON pc.id = COALESCE(p.merged_into_id, p.id)""",
    "v_votes": """
        SELECT v.id AS vote_id, m.date AS meeting_date, b.name AS body, v.item_key AS item,
            i.title AS item_title, v.motion, v.mover, v.seconder, v.result,
            v.count_for, v.count_against, v.count_abstain,
            vp.side, vp.name AS voter,
            COALESCE(p.merged_into_id, p.id) AS person_id, pc.name AS person,
            r.id AS resolution_id, d.file_name AS file, v.page
        FROM votes v
        JOIN meetings m ON m.id = v.meeting_id
        JOIN documents d ON d.id = m.document_id
        LEFT JOIN bodies b ON b.id = m.body_id
        LEFT JOIN agenda_items i ON i.id = v.item_id
        LEFT JOIN vote_positions vp ON vp.vote_id = v.id
        LEFT JOIN people p ON p.id = vp.person_id
        LEFT JOIN people pc ON pc.id = COALESCE(p.merged_into_id, p.id)
        LEFT JOIN resolutions r ON r.meeting_id = v.meeting_id AND r.position = v.resolution_position - 1""",
    "v_people": """
        SELECT p.id AS person_id, p.name, p.title,
            (SELECT COUNT(DISTINCT a.meeting_id) FROM attendances a JOIN people q ON q.id = a.person_id
                WHERE COALESCE(q.merged_into_id, q.id) = p.id) AS meetings_attended,
            (SELECT COUNT(DISTINCT a.meeting_id) FROM apologies a JOIN people q ON q.id = a.person_id
                WHERE COALESCE(q.merged_into_id, q.id) = p.id) AS apologies,
            (SELECT COUNT(DISTINCT o.action_id) FROM action_owners o JOIN people q ON q.id = o.person_id
                WHERE COALESCE(q.merged_into_id, q.id) = p.id) AS actions_owned,
            (SELECT MIN(m.date) FROM attendances a JOIN meetings m ON m.id = a.meeting_id
                JOIN people q ON q.id = a.person_id
                WHERE COALESCE(q.merged_into_id, q.id) = p.id) AS first_seen,
            (SELECT MAX(m.date) FROM attendances a JOIN meetings m ON m.id = a.meeting_id
                JOIN people q ON q.id = a.person_id
                WHERE COALESCE(q.merged_into_id, q.id) = p.id) AS last_seen
        FROM people p
        WHERE p.merged_into_id IS NULL""",
    "v_person_links": """
        SELECT COALESCE(p.merged_into_id, p.id) AS person_id, pc.name AS person, l.mention,
            l.record_type, l.reason, l.score, d.file_name AS file
        FROM person_links l
        JOIN people p ON p.id = l.person_id
        JOIN people pc ON pc.id = COALESCE(p.merged_into_id, p.id)
        JOIN documents d ON d.id = l.document_id""",
    "v_plan_actions": """
        SELECT pa.id AS plan_action_id, b.name AS body, d.period, pa.number, pa.priority,
            pa.emerging_issue, pa.text,
            (SELECT {agg_agency} FROM plan_action_agencies x JOIN agencies g ON g.id = x.agency_id
                WHERE x.plan_action_id = pa.id AND x.role = 'lead') AS lead_agencies,
            (SELECT {agg_agency} FROM plan_action_agencies x JOIN agencies g ON g.id = x.agency_id
                WHERE x.plan_action_id = pa.id AND x.role = 'support') AS support_agencies,
            pa.measures,
            (SELECT {agg_topic} FROM record_topics t
                WHERE t.record_type = 'plan_action' AND t.record_id = pa.id) AS topics,
            d.file_name AS file, pa.page
        FROM plan_actions pa
        JOIN documents d ON d.id = pa.document_id
        LEFT JOIN bodies b ON b.id = d.body_id""",
    "action_list": """SELECT actions.id AS action_id, meetings.id AS meeting_id, meetings.date AS meeting_date,
               bodies.name AS body, actions.item_key AS item, agenda_items.title AS item_title,
               actions.text AS text, action_owners.name AS owner, actions.owner_as_written AS owner_as_written,
               actions.due AS due, documents.file_name AS file, actions.page AS page
        FROM actions
        JOIN meetings ON meetings.id = actions.meeting_id
        JOIN documents ON documents.id = meetings.document_id
        LEFT JOIN bodies ON bodies.id = meetings.body_id
        LEFT JOIN agenda_items ON agenda_items.id = actions.item_id
        LEFT JOIN action_owners ON action_owners.action_id = actions.id""",
    "plan_action_list": """SELECT plan_actions.id AS plan_action_id, documents.file_name AS file, bodies.name AS body,
               documents.period AS period, plan_actions.number AS number, plan_actions.priority AS priority,
               plan_actions.emerging_issue AS emerging_issue, plan_actions.text AS text,
               agencies.name AS agency, plan_action_agencies.role AS role, plan_actions.page AS page
        FROM plan_actions
        JOIN documents ON documents.id = plan_actions.document_id
        LEFT JOIN bodies ON bodies.id = documents.body_id
        LEFT JOIN plan_action_agencies ON plan_action_agencies.plan_action_id = plan_actions.id
        LEFT JOIN agencies ON agencies.id = plan_action_agencies.agency_id""",
    "attendance_list": """SELECT meetings.id AS meeting_id, meetings.date AS meeting_date, bodies.name AS body,
               attendances.name AS name, attendances.title AS title, attendances.role AS role,
               attendances.organisation AS organisation, attendances.status AS status,
               attendances.person_id AS person_id, documents.file_name AS file
        FROM attendances
        JOIN meetings ON meetings.id = attendances.meeting_id
        JOIN documents ON documents.id = meetings.document_id
        LEFT JOIN bodies ON bodies.id = meetings.body_id""",
}


def render_view(name: str, dialect: str) -> str:
    """The SELECT behind view `name` in `dialect`'s SQL."""
    aggregate = _AGGREGATE.get(dialect, _AGGREGATE["postgresql"])
    return _VIEWS[name].format(
        agg_topic=aggregate.format(value="t.topic", order="t.id"),
        latest_status=_LATEST_STATUS,
        agg_owner=aggregate.format(value="o.name", order="o.position"),
        agg_agency=aggregate.format(value="g.name", order="x.position"),
        kept_unlinked=KEPT_UNLINKED_BY_HAND,
    )


# Any fixed number: PostgreSQL sessions creating the views take this lock in
# turn, so two processes opening a fresh database never race.
_VIEWS_LOCK_KEY = 7_341_201


def create_views(connection: Connection) -> None:
    """Create any missing view (existing ones are left alone; see `replace_views`)."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        for name in _VIEWS:
            connection.execute(text(f"CREATE VIEW IF NOT EXISTS {name} AS {render_view(name, dialect)}"))
        return
    if dialect == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _VIEWS_LOCK_KEY})
    existing = set(inspect(connection).get_view_names())
    for name in _VIEWS:
        if name not in existing:
            connection.execute(text(f"CREATE VIEW {name} AS {render_view(name, dialect)}"))


VIEW_NAMES = tuple(_VIEWS)
"""Every documented view, as `create_views` makes them."""


def replace_views(engine: Engine) -> None:
    """Drop and re-create every view, e.g. after an upgrade changed their definitions."""
    with engine.begin() as connection:
        for name in _VIEWS:
            connection.execute(text(f"DROP VIEW IF EXISTS {name}"))
            connection.execute(text(f"CREATE VIEW {name} AS {render_view(name, engine.dialect.name)}"))
