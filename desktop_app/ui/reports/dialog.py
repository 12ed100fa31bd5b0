"""The report dialog: which report, for which meeting or year, which sections, and where to save it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.reports import annual, steering
from desktop_app.services import meeting_reports
from desktop_app.services.errors import PlanError, ValidationError
from desktop_app.services.report_data import (
    FIRST_YEAR,
    LAST_YEAR,
    check_year,
    gather_annual,
    gather_steering,
)
from desktop_app.services.user_profile import acting_user
from desktop_app.ui.context import AppContext
from desktop_app.ui.done_notice import announce
from desktop_app.ui.reports.worker import ReportWorker

Opener = Callable[[QUrl], object]

STEERING = "steering"
ANNUAL = "annual"
PDF = "pdf"
DOCX = "docx"


def default_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


class ReportDialog(QDialog):
    """Choose and generate the steering report or the annual summary; the PDF opens when done."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        kind: str = STEERING,
        opener: Opener | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._opener = opener or QDesktopServices.openUrl
        self._today = today or date.today()
        self._worker: ReportWorker | None = None
        self._path_edited = False
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Create report"))
        self.setMinimumWidth(520)

        self.steering_choice = QRadioButton(self.tr("Steering-group report"))
        self.annual_choice = QRadioButton(self.tr("Annual summary to the municipal board"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.steering_choice)
        kinds.addButton(self.annual_choice)
        (self.annual_choice if kind == ANNUAL else self.steering_choice).setChecked(True)

        self.meeting = QComboBox()
        self._meetings = meeting_reports.meetings(context.engine)
        for meeting in self._meetings:
            label = meeting.meeting_date.isoformat()
            if meeting.location:
                label += f" – {meeting.location}"
            self.meeting.addItem(label, meeting.id)
        self.meeting.addItem(self.tr("No meeting: the plan as it is today"), None)
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(self._today.year)
        self.store = QCheckBox(self.tr("Store the report with the meeting"))
        self.store.setChecked(bool(self._meetings))
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF"), PDF)
        self.format.addItem(self.tr("Word document (.docx), accessible for publishing"), DOCX)

        choice = QGroupBox(self.tr("Report"))
        choice_layout = QFormLayout(choice)
        choice_layout.addRow(self.steering_choice)
        choice_layout.addRow(self.tr("Meeting:"), self.meeting)
        choice_layout.addRow("", self.store)
        choice_layout.addRow(self.annual_choice)
        choice_layout.addRow(self.tr("Year:"), self.year)
        choice_layout.addRow(self.tr("Format:"), self.format)

        self.sections_box = QGroupBox(self.tr("Sections"))
        self._section_layout = QGridLayout(self.sections_box)
        self.section_boxes: dict[str, QCheckBox] = {}

        self.path = QLineEdit()
        self.path.setObjectName("reportPath")
        self.path.textEdited.connect(self._path_typed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)

        # Ok renamed, not a button added after Close: Tab meets the buttons in the order they stand.
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create PDF"))
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.generate)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(choice)
        layout.addWidget(self.sections_box)
        save = QLabel(self.tr("Save as:"))
        save.setBuddy(self.path)
        layout.addWidget(save)
        layout.addLayout(path_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.steering_choice.toggled.connect(self._kind_changed)
        self.meeting.currentIndexChanged.connect(self._choice_changed)
        self.year.valueChanged.connect(self._choice_changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._kind_changed()

    # --- choices ------------------------------------------------------------------------

    def kind(self) -> str:
        return STEERING if self.steering_choice.isChecked() else ANNUAL

    def file_format(self) -> str:
        return self.format.currentData()

    def _format_changed(self) -> None:
        word = self.file_format() == DOCX
        self.create_button.setText(self.tr("Create Word document") if word else self.tr("Create PDF"))
        if self._path_edited:
            text = self.path.text().strip()
            if text:
                self.path.setText(str(Path(text).with_suffix(f".{self.file_format()}")))
        self._choice_changed()

    def _section_titles(self) -> dict[str, str]:
        if self.kind() == STEERING:
            return {
                "summary": self.tr("Summary per focus area"),
                "changes": self.tr("Changes since the previous meeting"),
                "deviations": self.tr("Deviations"),
                "proposed": self.tr("Proposed activities awaiting decision"),
                "ideas": self.tr("Ideas and feedback"),
                "plan": self.tr("Appendix: the whole action plan"),
            }
        return {
            "year_end": self._year_end_title(),
            "completed": self.tr("Activities completed during the year"),
            "deviations": self.tr("Deviations during the year"),
            "goals": self.tr("Measurable goals"),
            "development": self.tr("Status development during the year"),
            "meetings": self.tr("Steering-group meetings during the year"),
        }

    def _year_end_title(self) -> str:
        """The status section's name, in the summary's own words: the running year's is "as of" today."""
        if self.year.value() >= self._today.year:
            return self.tr("Status as of %1").replace("%1", self._today.isoformat())
        return self.tr("Status at year end")

    def _kind_changed(self) -> None:
        steering_chosen = self.kind() == STEERING
        self.meeting.setEnabled(steering_chosen)
        self.year.setEnabled(not steering_chosen)
        for box in self.section_boxes.values():
            self._section_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.section_boxes = {}
        previous: QWidget = self.format
        for index, (key, title) in enumerate(self._section_titles().items()):
            box = QCheckBox(title)
            box.setChecked(True)
            self.section_boxes[key] = box
            self._section_layout.addWidget(box, index, 0)
            box.show()  # a layout shows a new child of a visible window only later
            QWidget.setTabOrder(previous, box)  # Tab meets the sections where they stand, not last
            previous = box
        QWidget.setTabOrder(previous, self.path)
        self._choice_changed()

    def _meeting_id(self) -> str | None:
        return self.meeting.currentData()

    def _meeting_date(self) -> date | None:
        meeting_id = self._meeting_id()
        return next((m.meeting_date for m in self._meetings if m.id == meeting_id), None)

    def _choice_changed(self) -> None:
        steering_chosen = self.kind() == STEERING
        if "year_end" in self.section_boxes:
            self.section_boxes["year_end"].setText(self._year_end_title())
        can_store = (
            steering_chosen
            and self._meeting_id() is not None
            and not self.context.read_only
            and self.file_format() == PDF  # a meeting keeps the PDF as it was handed out
        )
        self.store.setEnabled(can_store)
        if not can_store:
            self.store.setChecked(False)
        if not self._path_edited:
            self.path.setText(str(default_folder() / self.default_name()))

    def default_name(self) -> str:
        if self.kind() == ANNUAL:
            name = self.tr("Annual summary %1.pdf").replace("%1", str(self.year.value()))
        else:
            day = self._meeting_date() or self._today
            name = self.tr("Steering report %1.pdf").replace("%1", day.isoformat())
        return name.removesuffix(".pdf") + f".{self.file_format()}"

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True

    def _browse(self) -> None:
        suffix = f".{self.file_format()}"
        kinds = self.tr("PDF documents (*.pdf)") if suffix == ".pdf" else self.tr("Word documents (*.docx)")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report as"), self.path.text(), kinds
        )
        if chosen:
            if not chosen.lower().endswith(suffix):
                chosen += suffix
            self.path.setText(chosen)
            self._path_edited = True

    def sections(self) -> list[str]:
        return [key for key, box in self.section_boxes.items() if box.isChecked()]

    # --- generating -------------------------------------------------------------------------

    def _target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            self._fail(self.tr("Choose where to save the report."))
            return None
        path = Path(text).expanduser()
        suffix = f".{self.file_format()}"
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        if path.is_dir():
            self._fail(self.tr("%1 is a folder; give a file name.").replace("%1", str(path)))
            return None
        if not path.parent.is_dir():
            self._fail(self.tr("The folder %1 does not exist.").replace("%1", str(path.parent)))
            return None
        return path

    def generate(self) -> None:
        """Gather and lay out the report in a worker thread; the dialog stays responsive."""
        if self._worker is not None:
            return
        sections = self.sections()
        if not sections:
            self._fail(self.tr("Choose at least one section."))
            return
        path = self._target()
        if path is None:
            return
        # "Upprättad av": the process leader (the report finds them), else the name given in the app.
        # The plan's file, read with sqlite3 alone: the report needs no SQLAlchemy engine (≈ 20 MB).
        engine, actor, today = self.context.workspace.path, acting_user(), self._today
        file_format = self.file_format()
        word = file_format == DOCX
        if self.kind() == STEERING:
            meeting_date = self._meeting_date()

            def job(progress: Callable[[int, int], None]) -> None:
                data = gather_steering(engine, meeting_date, today=today, prepared_by=actor)
                if word:
                    from desktop_app.reports.word import write_steering_docx  # python-docx when needed

                    write_steering_docx(data, path, sections=sections)
                else:
                    steering.write_steering_report(data, path, sections=sections, progress=progress)

        else:
            year = self.year.value()
            try:
                check_year(year, today)
            except ValidationError as error:
                self._fail(str(error))
                return

            def job(progress: Callable[[int, int], None]) -> None:
                data = gather_annual(engine, year, today=today, prepared_by=actor)
                if word:
                    from desktop_app.reports.word import write_annual_docx

                    write_annual_docx(data, path, sections=sections)
                else:
                    annual.write_annual_report(data, path, sections=sections, progress=progress)

        self._worker = ReportWorker(job, path, self)
        self._worker.progressed.connect(self._progressed)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._fail)
        self._worker.finished.connect(self._worker_done)
        self.create_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Creating the report…"))
        self._worker.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _succeeded(self, written: str) -> None:
        path = Path(written)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        meeting_id = self._meeting_id()
        if self.kind() == STEERING and self.store.isChecked() and meeting_id is not None:
            try:
                meeting_reports.store_report(
                    self.context.engine, meeting_id, path.name, path.read_bytes(), self.context.actor
                )
            except (PlanError, OSError) as error:
                message = self.tr("The report was saved but could not be stored with the meeting: %1")
                self._fail(message.replace("%1", str(error)))
                return
            self.context.plan_changed.emit()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved to %1.").replace("%1", str(path)))
        announce(
            self,
            QCoreApplication.translate("DoneNotice", "The report was saved as {file}.").format(
                file=path.name
            ),
            path.parent,
        )
        self.written = path
        self._opener(QUrl.fromLocalFile(str(path)))

    def _fail(self, message: str) -> None:
        self.progress.hide()
        self.message.setStyleSheet("color: #B03A2E;")
        self.message.setText(message)

    def _worker_done(self) -> None:
        self._worker = None
        self.create_button.setEnabled(True)

    def reject(self) -> None:
        if self._worker is not None:
            self._worker.wait()
        super().reject()
