"""Meetings as records in the store: the meetings, the votes cast at them, and pruning files
that are gone. :class:`~minutesmine.store.Store` takes these methods from :class:`MeetingRecords`.

A meeting is a council, a committee and a date (:mod:`minutesmine.identity`); its documents
are the distinct contents filed for it (minutes, an agenda pack), and each document has one
or more files (the same minutes as PDF, HTML and text; a copied folder).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from minutesmine.identity import normal_words

__all__ = ["MeetingRecords", "MeetingSummary", "PrunedFile", "VoteRecord"]


class MeetingSummary(BaseModel):
    """A meeting and what the store holds of it."""

    id: int
    date: str | None = None
    council: str | None = None
    committee: str | None = Field(default=None, description="As the first document wrote it")
    documents: int = Field(description="Distinct contents (minutes, agenda pack, ...)")
    files: int = Field(description="Files of those documents (renderings and copies)")
    items: int = 0
    paths: list[str] = []


class VoteRecord(BaseModel):
    """How one member voted on one motion."""

    name: str
    vote: str = Field(description="for, against, abstain or absent")
    motion: str = Field(description="The motion's text")
    kind: str | None = None
    outcome: str | None = None
    mover: str | None = None
    seconder: str | None = None
    ref: str = Field(description="'<document id>/<item index>': pass to `minutesmine show`")
    meeting_id: int | None = None
    date: str | None = None
    council: str | None = None
    committee: str | None = None
    item_title: str | None = None
    document: str


class PrunedFile(BaseModel):
    """A file the store held that is no longer on disk."""

    path: str
    document_id: int
    document_removed: bool = Field(description="The document had no other file, so it goes too")


class MeetingRecords:
    """Queries over meetings and votes, and pruning (mixed into the store)."""

    conn: sqlite3.Connection
    _filters: Callable[..., tuple[list[str], list[Any]]]
    _detach: Callable[[str], bool]
    _transaction: Callable[[], Any]

    def meetings(
        self,
        *,
        council: str | None = None,
        committee: str | None = None,
        since: str | None = None,
        until: str | None = None,
        **_: Any,
    ) -> list[MeetingSummary]:
        """Meetings in date order, with their documents and files (filters as for search)."""
        where, params = self._filters(
            council=council, committee=committee, since=since, until=until, kind_col=None
        )
        rows = self.conn.execute(
            "SELECT m.id, m.date, m.council, m.committee, COUNT(DISTINCT d.id) AS documents,"
            " SUM(d.n_items) AS items, (SELECT COUNT(*) FROM document_files f JOIN documents d2"
            " ON d2.id = f.document_id WHERE d2.meeting_id = m.id) AS files,"
            " (SELECT json_group_array(f.path) FROM document_files f JOIN documents d2"
            " ON d2.id = f.document_id WHERE d2.meeting_id = m.id) AS paths"
            " FROM meetings m JOIN documents d ON d.meeting_id = m.id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " GROUP BY m.id ORDER BY m.date IS NULL, m.date, m.id",
            params,
        ).fetchall()
        return [
            MeetingSummary(
                **{k: r[k] for k in ("id", "date", "council", "committee", "documents", "files")},
                items=r["items"] or 0,
                paths=sorted(json.loads(r["paths"])),
            )
            for r in rows
        ]

    def votes(
        self,
        *,
        member: str | None = None,
        vote: str | None = None,
        council: str | None = None,
        committee: str | None = None,
        since: str | None = None,
        until: str | None = None,
        **_: Any,
    ) -> list[VoteRecord]:
        """Recorded votes in meeting order: ``member`` is a name substring (case-insensitive),
        ``vote`` one of for/against/abstain/absent; the other filters as for search. A vote
        minuted in two files of one meeting is listed once."""
        where, params = self._filters(
            council=council, committee=committee, since=since, until=until, kind_col=None
        )
        if member:
            from minutesmine.store import _like_literal

            where.append("v.name LIKE ? ESCAPE '\\'")
            params.append(f"%{_like_literal(member)}%")
        if vote:
            where.append("v.vote = ?")
            params.append(vote)
        rows = self.conn.execute(
            "SELECT v.name, v.vote, mo.text AS motion, mo.kind, mo.outcome, mo.mover, mo.seconder,"
            " d.id AS document_id, i.idx, i.title AS item_title, i.title_key, d.meeting_id, d.date,"
            " d.council, d.committee, d.path AS document"
            " FROM votes v JOIN motions mo ON mo.id = v.motion_id JOIN items i ON i.id = mo.item_id"
            " JOIN documents d ON d.id = v.document_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY d.date IS NULL, d.date, d.id, i.idx, mo.idx, v.id",
            params,
        ).fetchall()
        seen: set[tuple[Any, ...]] = set()
        out = []
        for r in rows:
            key = (
                r["meeting_id"],
                r["title_key"],
                normal_words(r["motion"]),
                normal_words(r["name"]),
                r["vote"],
            )
            if key in seen:
                continue
            seen.add(key)
            fields = {k: r[k] for k in VoteRecord.model_fields if k != "ref"}
            out.append(VoteRecord(ref=f"{r['document_id']}/{r['idx']}", **fields))
        return out

    def prune(self, *, dry_run: bool = False) -> list[PrunedFile]:
        """Forget the files that are no longer on disk: a document goes with its last file,
        a meeting with its last document. ``dry_run``: report them, change nothing."""
        rows = self.conn.execute("SELECT document_id, path, key FROM document_files ORDER BY id").fetchall()
        gone = [r for r in rows if not Path(r["key"]).exists()]
        left: dict[int, int] = {}
        for r in rows:
            left[r["document_id"]] = left.get(r["document_id"], 0) + 1
        out = []
        for r in gone:
            left[r["document_id"]] -= 1
            out.append(
                PrunedFile(
                    path=r["path"], document_id=r["document_id"], document_removed=not left[r["document_id"]]
                )
            )
        if gone and not dry_run:
            with self._transaction():
                for r in gone:
                    self._detach(r["key"])
        return out
