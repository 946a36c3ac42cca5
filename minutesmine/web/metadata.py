"""Datasette metadata for a minutesmine store: descriptions, facets and canned queries."""

from __future__ import annotations

from typing import Any

__all__ = ["CANNED_QUERIES", "TABLES", "metadata"]

_FROM_THEME = " FROM item_themes t JOIN items i ON i.id = t.item_id JOIN documents d ON d.id = i.document_id"

#: Queries over one theme (a taxonomy id such as ``foster_carers``), in meeting date order.
CANNED_QUERIES: dict[str, dict[str, Any]] = {
    "theme_timeline": {
        "title": "A theme's timeline",
        "description": "Every agenda item on a theme, per meeting in date order, with counts of the"
        " questions, resolutions and sentences on it.",
        "sql": "SELECT d.date, d.council, d.committee, i.title AS item, d.id || '/' || i.idx AS ref,"
        " (SELECT COUNT(*) FROM exchanges e WHERE e.item_id = i.id) AS questions,"
        " json_array_length(i.resolutions) AS resolutions,"
        " (SELECT COUNT(*) FROM mentions m WHERE m.item_id = i.id AND m.theme = t.theme) AS mentions,"
        " d.path AS document" + _FROM_THEME + " WHERE t.theme = :theme"
        " ORDER BY d.date IS NULL, d.date, d.id, i.idx",
    },
    "theme_questions": {
        "title": "Questions on a theme",
        "description": "Members' questions and officers' answers minuted under items on a theme.",
        "sql": "SELECT d.date, d.council, d.committee, i.title AS item, e.question_speaker AS asked_by,"
        " e.question, e.response_speaker AS answered_by, e.response, d.id || '/' || i.idx AS ref"
        + _FROM_THEME
        + " JOIN exchanges e ON e.item_id = i.id WHERE t.theme = :theme"
        " ORDER BY d.date IS NULL, d.date, d.id, i.idx, e.idx",
    },
    "theme_resolutions": {
        "title": "Resolutions on a theme",
        "description": "What committees resolved under items on a theme, one row per resolution point.",
        "sql": "SELECT d.date, d.council, d.committee, i.title AS item, r.value AS resolution,"
        " d.id || '/' || i.idx AS ref" + _FROM_THEME + ", json_each(i.resolutions) r"
        " WHERE t.theme = :theme ORDER BY d.date IS NULL, d.date, d.id, i.idx, r.key",
    },
    "theme_figures": {
        "title": "Figures quoted on a theme",
        "description": "Money, percentages and counts quoted in sentences on a theme.",
        "sql": "SELECT d.date, d.council, json_extract(f.value, '$.text') AS figure,"
        " json_extract(f.value, '$.label') AS label, json_extract(f.value, '$.value') AS value,"
        " json_extract(f.value, '$.unit') AS unit, m.text AS sentence,"
        " d.id || '/' || i.idx AS ref FROM mentions m JOIN items i ON i.id = m.item_id"
        " JOIN documents d ON d.id = m.document_id, json_each(m.figures) f"
        " WHERE m.theme = :theme ORDER BY d.date IS NULL, d.date, d.id, i.idx, m.id",
    },
}

#: Table descriptions, column descriptions and facets (the schema of docs/store.md).
TABLES: dict[str, dict[str, Any]] = {
    "meetings": {
        "description": "One row per meeting: a council, a committee and a date. A document without"
        " all three is a meeting of its own.",
        "facets": ["council", "year"],
        "label_column": "committee",
        "columns": {
            "key": "council|committee key|date, or document:<content digest>",
            "committee": "As the first document wrote it",
            "committee_key": "The name as compared: case, '&'/'and', punctuation, 'Committee' aside",
        },
    },
    "documents": {
        "description": "One row per distinct content (the txt, PDF and HTML renderings of one"
        " minutes are one document): its meeting and the full extraction record.",
        "facets": ["council", "committee", "year", "kind", "status"],
        "label_column": "title",
        "columns": {
            "meeting_id": "The meeting (meetings.id)",
            "content_sha256": "SHA-256 of the item titles and section texts as normal words",
            "path": "The file the record was extracted from (document_files lists them all)",
            "key": "Absolute path (unique)",
            "kind": "minutes or report",
            "date": "Meeting date, YYYY-MM-DD",
            "status": "ok, or failed (see errors)",
            "record_json": "The full extraction record (JSON)",
        },
    },
    "document_files": {
        "description": "One row per file on disk: the renderings and copies of a document.",
        "facets": ["format", "document_id"],
        "columns": {"key": "Absolute path (unique)", "sha256": "SHA-256 of the file's bytes"},
    },
    "items": {
        "description": "One row per agenda item; JSON lists of its resolutions, recommendations, actions.",
        "facets": ["document_id"],
        "label_column": "title",
        "columns": {
            "idx": "Index in the record's items (the REF is document_id/idx)",
            "themes": "Theme ids of the item (JSON list)",
            "resolutions": "What was resolved, one entry per point (JSON list)",
        },
    },
    "resolutions": {
        "description": "A view: one row per resolution point of an item (from items.resolutions),"
        " with its document and meeting.",
        "columns": {"idx": "Index in the item's resolutions", "text": "What was resolved"},
    },
    "item_themes": {
        "description": "The themes of each item, with the weighed evidence.",
        "facets": ["theme"],
        "columns": {"theme": "Taxonomy theme id", "score": "Weighed evidence for the theme"},
    },
    "sections": {
        "description": "The text of every item, typed by section kind, searchable (sections_fts).",
        "facets": ["kind", "origin"],
        "columns": {
            "kind": "Section kind: narrative, question, response, resolution, purpose, ...",
            "origin": "section; exchange and resolution rows are copies indexed for --kind searches",
            "page": "PDF page of the section",
        },
    },
    "exchanges": {
        "description": "Members' questions paired with officers' answers.",
        "facets": ["answered", "question_speaker", "response_speaker"],
    },
    "entities": {
        "description": "Entities with normalised values (money in pounds, percentages, counts with units).",
        "facets": ["label", "unit"],
        "columns": {"start": "Offset in the section text", "value": "Normalised value"},
    },
    "mentions": {
        "description": "Sentences linked to a theme, with the figures they quote.",
        "facets": ["theme"],
        "columns": {"figures": "Entities in the sentence (JSON list)", "matched": "The words that matched"},
    },
}


def metadata(database: str) -> dict[str, Any]:
    """Datasette metadata for a store opened under the name ``database`` (the canned queries
    come from the plugin's ``canned_queries`` hook, so plain ``datasette`` gets them too).

    >>> sorted(metadata("minutes")["databases"]["minutes"]["tables"])[:2]
    ['document_files', 'documents']
    """
    return {
        "title": "minutesmine",
        "description_html": 'Committee minutes and officer reports: <a href="/-/search">search</a>,'
        ' <a href="/-/themes">themes over the years</a>, or browse the tables below.',
        "databases": {
            database: {
                "description": "The minutesmine store (docs/store.md).",
                "tables": TABLES,
            }
        },
    }
