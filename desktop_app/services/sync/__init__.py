"""Sync by a shared plan file: export, inspect, three-way merge, apply, undo and backups.

How the common state (the *base*) is kept, and why
--------------------------------------------------
A three-way merge needs, per peer, the last state both sides had in common.
It is kept as **base snapshot files in the data folder** (``sync/``), one per
imported plan file: after a file from installation X is imported, its
checked (and, if older, upgraded) temporary copy is stored as
``base-<X>-<export id>.sqlite`` and the local ``Setting`` table points to it.
A file is used rather than a table of record versions because

* the base is then read by exactly the same set-based code as the incoming
  file (one ``SELECT`` per table), with no per-row bookkeeping on every edit;
* the schema stays untouched, so no migration is needed and the base is
  upgraded together with the incoming file when the schema moves on;
* "Undo last import" restores the database, and with it the ``Setting`` that
  names the previous base file, so the sync state goes back with the data.

A plan file also says which of *our* exports its sender had merged (the
``acknowledged`` export times); our copy of that export (``sent-<id>``) is the
base when it is the newer one. When the newest common state's copy is gone,
or there is none (two installations that never exchanged files), the plan
both installations started from is the base if the file says it started from
the same one (``origin``: the seed or the bundled plan, kept when the
database was made). Only without any of these are records compared by time.

A file older than the last one merged from the same sender is refused: its
values were settled by the newer file. One's own export is merged against
itself, so it changes nothing. Every value to be written is checked first
(``stored_values``), a record left under a parent the other side deleted is a
conflict (``orphans``), and link rows have the id of what they link
(``database.models.link_id``), so a removal on one side is a removal.

What ``modified_at``/``modified_by`` become after a merge
---------------------------------------------------------
A merged record that equals the incoming one takes the incoming modification
data; one that is unchanged keeps its own. A record that became a
combination of both sides, or where a conflict was decided for the local
value, is new content: it gets the time of the import and the importing
person. That makes the next exchange see it as changed here, so a decision
made in a conflict travels back instead of being silently undone.
"""
