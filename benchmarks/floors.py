"""The floors: the same work as the app, done with nothing but the stack (Qt, SQLite, ReportLab).

Each floor is a program of its own, run as ``python -c SCRIPT ARGS`` so that it
pays exactly the interpreter start-up and the imports it needs, as the app's
own command does. ``benchmarks.run`` runs them interleaved with the app.

- ``TREE_TEXT`` / ``TREE_JSON``: one query reads the plan tree, printed as
  ``handlingsplan tree`` / ``tree --json`` print it.
- ``QT_TREE``: PySide6 and sqlite3 only; one query fills a ``QStandardItemModel``
  in a ``QTreeView`` in a ``QMainWindow``. Mode ``start`` prints ``shown`` after
  the tree's first paint; ``open`` times reading, filling and the first paint;
  ``filter`` then types a word into a ``QLineEdit`` driving a recursive
  ``QSortFilterProxyModel`` and times each keystroke until painted.
- ``REPORT``: the report's text (every table row, as the app's report holds
  it), wrapped at the report's column widths with the report's font, drawn
  straight onto canvas pages, plus the one query that reads the rows.
- ``import_floor``: SQLite alone doing what an import must: a backup of the
  plan, an ``integrity_check`` of the file, and the differing rows of each
  table found with one join.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from pathlib import Path

# The plan tree in one query: focus areas, initiatives and activities in plan order, each
# activity with its responsible office and its latest status report.
TREE_SQL = """
SELECT f.id, f.title, i.id, i.statement, i.description,
       a.id, a.title, a.description, a.lifecycle, a.start_month, a.end_month, a.ongoing, a.owner,
       o.name, s.status, s.reported_on, s.comment, s.cause, s.recommended_action{extra}
FROM focusarea AS f
LEFT JOIN initiative AS i ON i.focus_area_id = f.id AND i.deleted_at IS NULL
LEFT JOIN activity AS a ON a.initiative_id = i.id AND a.deleted_at IS NULL
LEFT JOIN office AS o ON o.id = a.responsible_office_id AND o.deleted_at IS NULL
LEFT JOIN statusreport AS s ON s.id = (
    SELECT id FROM statusreport WHERE activity_id = a.id AND deleted_at IS NULL
    ORDER BY reported_on DESC, created_at DESC, id DESC LIMIT 1)
WHERE f.deleted_at IS NULL
ORDER BY f.position, f.created_at, f.id, i.position, i.created_at, i.id, a.position, a.created_at, a.id
"""
PARTICIPATING = """,
       (SELECT group_concat(name, char(31)) FROM (
           SELECT p.name FROM activityoffice AS ao JOIN office AS p ON p.id = ao.office_id
           WHERE ao.activity_id = a.id AND ao.deleted_at IS NULL AND p.deleted_at IS NULL
           ORDER BY lower(p.name), p.id))"""

_TREE_WALK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
rows = connection.execute(SQL).fetchall()
areas = {}
for row in rows:
    area = areas.setdefault(row[0], [str(len(areas) + 1), row[1], {}])
    if row[2] is None:
        continue
    initiatives = area[2]
    title = row[3][:1].upper() + row[3][1:]
    initiative = initiatives.setdefault(row[2], [f"{area[0]}.{len(initiatives) + 1}", title, row[4], []])
    if row[5] is not None:
        initiative[3].append((f"{initiative[0]}.{len(initiative[3]) + 1}",) + row)
"""

TREE_TEXT = (
    "SQL = "
    + repr(
        TREE_SQL.format(extra=", (SELECT coalesce(plan_name, name) FROM strategy WHERE deleted_at IS NULL)")
    )
    + _TREE_WALK
    + """
marks = {"green": "●G", "yellow": "▲Y", "red": "■R", None: "○-"}
words = {"green": "Grön", "yellow": "Gul", "red": "Röd", None: "Ej rapporterad"}
phases = {"proposed": "Föreslagen", "completed": "Genomförd", "cancelled": "Avbruten"}
out = [rows[0][-1] if rows else ""]
for code, title, initiatives in areas.values():
    out.append(f"\\n{code}  {title}")
    for icode, ititle, _description, activities in initiatives.values():
        out.append(f"  {icode}  {ititle}")
        for a in activities:
            details = [words[a[15]]]
            if a[9] != "decided":
                details.append(phases[a[9]])
            start, end = a[10], a[11]
            if a[12]:
                details.append(f"{start} – löpande" if start else "Löpande")
            elif start or end:
                details.append(f"{start or ''} – {end or ''}".strip())
            out.append(f"    {marks[a[15]]} {a[0]}  {a[7]}  ({', '.join(details)})")
print("\\n".join(out))
"""
)

TREE_JSON = (
    "SQL = "
    + repr(TREE_SQL.format(extra=PARTICIPATING))
    + _TREE_WALK
    + """
import json
print(json.dumps([
    {"code": code, "id": area_id, "title": title, "initiatives": [
        {"code": icode, "id": initiative_id, "title": ititle, "description": description, "activities": [
            {"code": a[0], "id": a[6], "title": a[7], "status": a[15],
             "status_date": a[16][:10] if a[16] else None, "comment": a[17] or "",
             "cause": a[18] or "", "recommended_action": a[19] or "", "lifecycle": a[9],
             "responsible_office": a[14] or "", "owner": a[13],
             "participating_offices": a[20].split(chr(31)) if a[20] else [],
             "start": a[10], "end": a[11], "ongoing": bool(a[12])}
            for a in activities]}
        for initiative_id, (icode, ititle, description, activities) in initiatives.items()]}
    for area_id, (code, title, initiatives) in areas.items()
], ensure_ascii=False, indent=2))
"""
)

QT_TREE = (
    "SQL = "
    + repr(TREE_SQL.format(extra=""))
    + """
import json, sqlite3, sys, time
from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTreeView, QVBoxLayout, QWidget

mode, path = sys.argv[1], sys.argv[2]


class Paints(QObject):
    count = 0

    def eventFilter(self, _watched, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


app = QApplication(sys.argv[:1])
started = time.perf_counter()
rows = sqlite3.connect(path).execute(SQL).fetchall()
model = QStandardItemModel()
model.setHorizontalHeaderLabels(["Plan", "Status", "Ansvarigt kontor", "Tidplan"])
root = model.invisibleRootItem()
areas, initiatives = {}, {}


def add(parent, code, title, search, status="", office="", schedule=""):
    first = QStandardItem(f"{code}  {title}")
    first.setData(f"{code} {search}".lower(), Qt.ItemDataRole.UserRole)
    parent.appendRow([first, QStandardItem(status), QStandardItem(office), QStandardItem(schedule)])
    return first


for row in rows:
    area = areas.get(row[0])
    if area is None:
        area = areas[row[0]] = [add(root, str(len(areas) + 1), row[1], row[1]), 0, str(len(areas) + 1)]
    if row[2] is None:
        continue
    initiative = initiatives.get(row[2])
    if initiative is None:
        area[1] += 1
        code = f"{area[2]}.{area[1]}"
        initiative = initiatives[row[2]] = [add(area[0], code, row[3], f"{row[3]}\\n{row[4]}"), 0, code]
    if row[5] is None:
        continue
    initiative[1] += 1
    texts = (row[6], row[7], row[12], row[13], row[16], row[17], row[18])
    search = "\\n".join(value or "" for value in texts)
    schedule = f"{row[9] or ''} – {row[10] or ''}" if not row[11] else "Löpande"
    code = f"{initiative[2]}.{initiative[1]}"
    add(initiative[0], code, row[6], search, row[14] or "", row[13] or "", schedule)
proxy = QSortFilterProxyModel()
proxy.setSourceModel(model)
proxy.setRecursiveFilteringEnabled(True)
proxy.setFilterRole(Qt.ItemDataRole.UserRole)
proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
window = QMainWindow()
central = QWidget()
layout = QVBoxLayout(central)
search = QLineEdit()
search.textChanged.connect(proxy.setFilterFixedString)
view = QTreeView()
view.setUniformRowHeights(True)
view.setModel(proxy)
view.expandToDepth(0)
layout.addWidget(search)
layout.addWidget(view)
window.setCentralWidget(central)
window.resize(1200, 800)
paints = Paints()
view.viewport().installEventFilter(paints)
window.show()
while not paints.count:
    app.processEvents()
opened = time.perf_counter() - started
if mode == "start":
    print("shown", flush=True)
elif mode == "open":
    print(json.dumps({"open_s": opened}), flush=True)
else:
    search.setFocus()
    app.processEvents()
    keystrokes = []
    for letter in sys.argv[3]:
        before = paints.count
        began = time.perf_counter()
        key = Qt.Key(ord(letter.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(search, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, letter))
        app.processEvents()
        if paints.count == before:
            view.viewport().repaint()
        keystrokes.append(time.perf_counter() - began)
    assert search.text() == sys.argv[3], search.text()
    print(json.dumps({"keystrokes_s": keystrokes}), flush=True)
"""
)

# The steering report's rows in one query: every live activity in plan order with its office and
# its status on the report's date, the status before it, and the status at the previous meeting.
REPORT_SQL = """
SELECT f.title, i.statement, a.id, a.title, a.owner, o.name, a.lifecycle, a.start_month, a.end_month,
       a.ongoing, s.status, s.reported_on, s.cause, s.recommended_action, s.before
FROM focusarea AS f
JOIN initiative AS i ON i.focus_area_id = f.id AND i.deleted_at IS NULL
JOIN activity AS a ON a.initiative_id = i.id AND a.deleted_at IS NULL
LEFT JOIN office AS o ON o.id = a.responsible_office_id
LEFT JOIN (
    SELECT activity_id, status, reported_on, cause, recommended_action,
           LAG(status) OVER (PARTITION BY activity_id ORDER BY reported_on, created_at, id) AS before,
           ROW_NUMBER() OVER (
               PARTITION BY activity_id ORDER BY reported_on DESC, created_at DESC, id DESC) AS n
    FROM statusreport WHERE deleted_at IS NULL AND reported_on <= ?
) AS s ON s.activity_id = a.id AND s.n = 1
WHERE f.deleted_at IS NULL
ORDER BY f.position, f.created_at, f.id, i.position, i.created_at, i.id, a.position, a.created_at, a.id
"""

REPORT = (
    "SQL = "
    + repr(REPORT_SQL)
    + """
import json, sqlite3, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

db, texts, font_file, day, out = sys.argv[1:6]
rows = sqlite3.connect(db).execute(SQL, (day,)).fetchall()
with open(texts, encoding="utf-8") as handle:
    tables = json.load(handle)
pdfmetrics.registerFont(TTFont("DejaVuSans", font_file))
width, height = A4
margin_x, top, bottom = 2.2 * cm, 2.6 * cm, 2.2 * cm
padding, leading = 4, 10.2
canvas = Canvas(out, pagesize=A4, pageCompression=1)
canvas.setFont("DejaVuSans", 8)
y = height - top
for table in tables:
    widths = table["widths"]
    for cells in table["rows"]:
        wrapped = [
            simpleSplit(text, "DejaVuSans", 8, w - 2 * padding) or [""] for text, w in zip(cells, widths)
        ]
        needed = max(len(lines) for lines in wrapped) * leading + 7
        if y - needed < bottom:
            canvas.showPage()
            canvas.setFont("DejaVuSans", 8)
            y = height - top
        x = margin_x
        for lines, w in zip(wrapped, widths):
            text = canvas.beginText(x + padding, y - 3 - 8)
            text.setLeading(leading)
            text.textLines(lines)
            canvas.drawText(text)
            x += w
        y -= needed
canvas.showPage()
canvas.save()
print(len(rows))
"""
)


def import_floor(plan: Path, plan_file: Path, backup: Path) -> float:
    """SQLite alone doing an import's work; returns the seconds it took."""
    backup.unlink(missing_ok=True)
    started = time.perf_counter()
    with closing(sqlite3.connect(plan)) as connection:
        with closing(sqlite3.connect(backup)) as copy:
            connection.backup(copy)
        connection.execute("ATTACH DATABASE ? AS theirs", (str(plan_file),))
        problems = connection.execute("PRAGMA theirs.integrity_check").fetchall()
        assert problems == [("ok",)], problems
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM theirs.sqlite_master WHERE type = 'table' AND sql LIKE '%modified_at%'"
            )
        ]
        for table in tables:
            connection.execute(
                f"SELECT t.* FROM theirs.{table} AS t LEFT JOIN main.{table} AS m ON m.id = t.id"
                " WHERE m.id IS NULL OR m.modified_at IS NOT t.modified_at"
                " OR m.deleted_at IS NOT t.deleted_at"
            ).fetchall()
    return time.perf_counter() - started
