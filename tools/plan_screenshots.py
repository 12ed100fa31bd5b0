"""Pictures of the several-plans windows for the README: ``python tools/plan_screenshots.py [FOLDER]``.

New plan, Om planen, the Word preview of the seed document, the open-plan file
dialog and a second plan (made from another municipality's Excel sheet) in its
own window.  Everything is made in a temporary folder; only the PNGs are kept.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(out: Path) -> None:
    home = Path(tempfile.mkdtemp(prefix="handlingsplan-shots-"))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.services.excel import read_spreadsheet
    from desktop_app.services.excel.structure import new_plan_from_sheet
    from desktop_app.services.new_plan import PlanFacts
    from desktop_app.services.word_plan import propose_from_docx, suggested_plan_name
    from desktop_app.services.workspace import open_workspace
    from desktop_app.ui.app import application
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.i18n import install_translators
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.plans.info_dialog import PlanInfoDialog
    from desktop_app.ui.plans.new_plan_dialog import NewPlanDialog
    from desktop_app.ui.plans.windows import open_plan_window
    from desktop_app.ui.plans.word_dialog import WordPlanDialog
    from tests.test_excel_new_plan import norrby_workbook
    from tests.word_helpers import seed_docx

    app = application()
    translators = install_translators(app, "sv")
    out.mkdir(parents=True, exist_ok=True)
    plans = home / "planer"
    workspace = open_workspace(plans / "handlingsplan.sqlite")
    window = MainWindow(AppContext(workspace, "Anna"))
    window.resize(1280, 800)
    window.show()

    def save(widget, name: str) -> None:
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))

    new = NewPlanDialog(window.context, window)
    new.target.name_edit.setText("Miljöplan 2025–2028")
    new.copy_radio.setChecked(True)
    save(new, "ny-plan")
    info = PlanInfoDialog(window.context, window)
    info.organisation_edit.setText("Kommunstyrelsens kontor")
    save(info, "om-planen")
    document = seed_docx(home / "handlingsplan.docx")
    word = WordPlanDialog(
        window.context, document, propose_from_docx(document), suggested_plan_name(document), window
    )
    word.show()
    app.processEvents()
    first_area = next(row for row, line in enumerate(word.lines) if line.level.value == "focus_area")
    word.table.scrollToItem(word.table.item(first_area, 1), word.table.ScrollHint.PositionAtTop)
    save(word, "word-forhandsgranskning")
    sheet = read_spreadsheet(norrby_workbook(home / "norrby.xlsx"))
    facts = PlanFacts("Miljöplan Norrby", reference="KS 2025/14", organisation="Norrby kommun")
    new_plan_from_sheet(sheet, plans / "Miljoplan-Norrby.sqlite", facts, "Lena")
    chooser = QFileDialog(window, "Öppna plan", str(plans), "Planer (*.sqlite *.db);;Alla filer (*)")
    chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.resize(760, 460)
    save(chooser, "oppna-plan")
    second = open_plan_window(plans / "Miljoplan-Norrby.sqlite")
    assert second is not None
    second.resize(1100, 640)
    second.tree_view.expand_all()
    save(second, "andra-planen")
    for translator in translators:
        app.removeTranslator(translator)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
