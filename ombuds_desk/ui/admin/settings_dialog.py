"""File → Settings…: every office setting with its label and hint, checked as typed with the
setting's own rule; those the signed-in role may not change are shown read-only.

The dialog is built from ``office_settings.SETTINGS``, as ``ombuds-desk settings`` is, and
saves the settings changed through the operation helper (``Change.SETTINGS``); the service
checks again and records each change in the audit trail. Beside each stalled threshold it
shows how many open cases the numbers typed would make stalled today, counted by the
database off the GUI thread a moment after the typing stops.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.cases.stalled import stalled_by_threshold
from ombuds_desk.services.core.office_settings import (
    BACKUP_FOLDER,
    SETTINGS,
    STALLED_AFTER_DAYS,
    STALLED_KEYS,
    Setting,
    set_setting,
    stalled_days_key,
    stalled_rule,
)
from ombuds_desk.services.core.permissions import allowed
from ombuds_desk.ui.admin import setting_words
from ombuds_desk.ui.admin.choice_field import ChoiceField
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.dialog_parts import (
    accept_buttons,
    place_problems,
    problem_label,
    show_rest,
    stack,
    upper_first,
)
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.form_fields import ValidatedLine, grow_to_fit
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, Loader
from ombuds_desk.ui.common.translators import LANGUAGE_KEY, save_language

HINT_STYLE = "color: palette(dark); font-size: 9pt;"
HINT_GAP = 6  # pixels below a setting's hint, before the next setting
READ_ONLY_STYLE = "QLineEdit { background: palette(window); color: palette(dark); }"
COUNT_STYLE = "color: palette(window-text);"
RECOUNT_MS = 300  # after the last key typed in a threshold, count again


class SettingsDialog(QDialog):
    """The office's settings as they are now (``values``); accepted once saved."""

    def __init__(self, host: Host, values: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._values = dict(values)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        role = host.actor.role
        self.lines: dict[str, ValidatedLine | ChoiceField] = {}
        self.editable = {s.key for s in SETTINGS if allowed(role, s.action)}
        self.choose_folder: QPushButton | None = None
        self.stalled_counts: dict[str, QLabel] = {}
        self.counter = Loader(host, self, self)
        self.recount_timer = QTimer(self)
        self.recount_timer.setSingleShot(True)
        self.recount_timer.setInterval(RECOUNT_MS)
        self.recount_timer.timeout.connect(self.recount)
        form = QFormLayout()
        form.setVerticalSpacing(2)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for setting in SETTINGS:
            field, hint = self._field(setting)
            label = QLabel(self.tr("{label}:").format(label=setting_words.label(setting)), self)
            label.setBuddy(self.lines[setting.key].edit)
            form.addRow(label, field)
            if hint is not None:
                form.addRow(QWidget(self), hint)
            else:
                form.addItem(QSpacerItem(0, HINT_GAP))
        self.problem = problem_label(self)
        parts: list[QWidget | QHBoxLayout | QFormLayout | QDialogButtonBox] = []
        if len(self.editable) < len(SETTINGS):
            intro = QLabel(
                self.tr("Settings in grey can be changed only by the role named under them.")
                if self.editable
                else self.tr("You can read these settings; a supervisor or an admin changes them."),
                self,
            )
            intro.setWordWrap(True)
            parts.append(intro)
        self.save_button: QPushButton | None = None
        if self.editable:
            buttons, self.save_button = accept_buttons(self, self.tr("&Save"), self.on_save_clicked)
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
            buttons.rejected.connect(self.reject)
        stack(self, self._language_box(), *parts, form, self.problem, buttons)
        # Room for the hints beside labels a third longer in Russian and Ukrainian.
        self.setMinimumWidth(780)
        # Hints that wrap need the height of their second line once the width is known.
        QTimer.singleShot(0, lambda: grow_to_fit(self))
        first = next((self.lines[s.key] for s in SETTINGS if s.key in self.editable), None)
        if first is not None:
            first.setFocus()
        self.recount()

    def _language_box(self) -> QGroupBox:
        """The interface language of this computer: saved as soon as chosen, for the next
        start (the window's words are not changed while it is open)."""
        group = QGroupBox(self.tr("Interface language on this computer"), self)
        group.setObjectName("interfaceLanguageBox")
        self.language = QComboBox(group)
        self.language.setObjectName("interfaceLanguage")
        self.language.setAccessibleName(self.tr("Interface language"))
        for language in Language:
            self.language.addItem(language.native_name, language.value)
        # The one saved on this computer, else the one the window speaks now (``--lang``, or
        # the system's: its locale is the language's since the translators were installed).
        saved = self._host.settings().value(LANGUAGE_KEY, "")
        now = Language.from_locale(saved if isinstance(saved, str) and saved else QLocale().name())
        self.language.setCurrentIndex(self.language.findData(now.value))
        self.language_note = QLabel(
            self.tr("Takes effect the next time Ombuds Desk starts."), group
        )
        self.language_note.setObjectName("interfaceLanguageNote")
        self.language_note.setStyleSheet(HINT_STYLE)
        self.language_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self.on_language_chosen)
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addWidget(self.language_note, 1)
        layout = QVBoxLayout(group)
        layout.addLayout(row)
        return group

    @Slot()
    def on_language_chosen(self) -> None:
        language = Language(self.language.currentData())
        save_language(language, self._host.settings())
        self.language_note.setText(
            self.tr("Saved: {language} takes effect the next time Ombuds Desk starts.").format(
                language=language.native_name
            )
        )

    def _field(self, setting: Setting) -> tuple[QWidget, QLabel | None]:
        """The setting's line or list of choices (and Choose… for the backup folder), and its
        hint."""
        box = QWidget(self)
        choices = setting_words.choices(setting)
        editable = setting.key in self.editable
        line: ValidatedLine | ChoiceField
        if choices:
            line = ChoiceField(setting.key, choices, box)
            line.edit.setText(self._values.get(setting.key, setting.default))
            if editable:
                line.edit.currentIndexChanged.connect(lambda _i, s=setting: self.check(s))
        else:
            line = ValidatedLine(setting.key, box)
            line.edit.setText(self._values.get(setting.key, setting.default))
            if editable:
                line.edit.textChanged.connect(lambda _text, s=setting: self.check(s))
        self.lines[setting.key] = line
        hint_text = setting_words.hint(setting)
        if not editable:
            line.edit.setReadOnly(True)
            line.edit.setStyleSheet(READ_ONLY_STYLE if not choices else "")
            if self.editable:  # some may be changed: say who changes the others
                only = setting_words.only_who(setting)
                hint_text = (
                    self.tr("{hint}; {only}").format(hint=hint_text, only=only)
                    if hint_text
                    else upper_first(only)
                )
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(line, 1)
        if setting.key in STALLED_KEYS:
            count = QLabel(self.tr("counting…"), box)
            count.setObjectName(f"{setting.key}_count")
            count.setStyleSheet(COUNT_STYLE)
            widest = self.tr("%n stalled today", "", 88_888)
            count.setMinimumWidth(count.fontMetrics().horizontalAdvance(widest))
            count.setToolTip(
                self.tr("Open cases this number would make stalled today (blocked ones are always)")
            )
            self.stalled_counts[setting.key] = count
            if setting.key != STALLED_AFTER_DAYS:
                line.edit.setPlaceholderText(self.tr("general"))
            if isinstance(line, ValidatedLine):
                line.edit.textChanged.connect(lambda _text: self.recount_timer.start())
            row.addWidget(count, 0, Qt.AlignmentFlag.AlignTop)
        if setting.key == BACKUP_FOLDER and editable:
            self.choose_folder = QPushButton(self.tr("C&hoose…"), box)
            self.choose_folder.clicked.connect(self.on_choose_folder_clicked)
            row.addWidget(self.choose_folder, 0, Qt.AlignmentFlag.AlignTop)
        box.setFocusProxy(line)
        if not hint_text:
            return box, None
        hint = QLabel(hint_text, self)
        hint.setObjectName(f"{setting.key}_hint")
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        hint.setContentsMargins(0, 0, 0, HINT_GAP)
        return box, hint

    # -- how many cases the thresholds make stalled -----------------------------------------

    @Slot()
    def recount(self) -> None:
        """Count, off the GUI thread, the cases the thresholds as typed make stalled today."""
        typed = {key: self.lines[key].text() for key in STALLED_KEYS}
        rule = stalled_rule(typed)
        today = self._host.today()
        self.counter.load(
            lambda session: stalled_by_threshold(session, today=today, threshold=rule),
            lambda counts: self.show_counts(typed, counts),
        )

    def show_counts(
        self, typed: dict[str, str], counts: dict[tuple[Category, CaseStatus], int]
    ) -> None:
        """Each threshold's count; the general number's is of the statuses left to it."""
        general = 0
        for key in STALLED_KEYS[1:]:
            pair = _pair_of(key)
            if typed[key].strip():
                self._show_count(key, counts.get(pair, 0), typed[key])
            else:
                general += counts.get(pair, 0)
                self.stalled_counts[key].setText(self.tr("(general)"))
        self._show_count(STALLED_AFTER_DAYS, general, typed[STALLED_AFTER_DAYS])

    def _show_count(self, key: str, count: int, typed: str) -> None:
        setting = next(s for s in SETTINGS if s.key == key)
        label = self.stalled_counts[key]
        if setting.problem(typed.strip()) is not None:
            label.setText("—")
        else:
            label.setText(self.tr("%n stalled today", "", count))

    def check(self, setting: Setting) -> bool:
        """The setting's own rule on what is typed; its problem under the field."""
        problem = setting.problem(self.lines[setting.key].text().strip())
        self.lines[setting.key].set_problem(upper_first(problem) if problem else None)
        return problem is None

    def changed(self) -> dict[str, str]:
        """The editable settings whose value differs from the one saved."""
        keys = [s.key for s in SETTINGS if s.key in self.editable]  # in the dialog's order
        typed = {key: self.lines[key].text().strip() for key in keys}
        return {key: value for key, value in typed.items() if value != self._values.get(key)}

    @Slot()
    def on_choose_folder_clicked(self) -> QFileDialog:
        line = self.lines[BACKUP_FOLDER]
        start = line.text().strip() or str(Path.home())
        dialog = QFileDialog(self, self.tr("Where backups go"), start)
        dialog.setObjectName("backupFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(line.edit.setText)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot()
    def on_save_clicked(self) -> None:
        checks = [self.check(s) for s in SETTINGS if s.key in self.editable]
        if not all(checks):
            return
        changed, actor = self.changed(), self._host.actor
        if not changed:
            self.accept()
            return

        def save(session: Session) -> list[str]:
            for key, value in changed.items():
                set_setting(session, actor, key, value)
            return list(changed)

        CollectionOp(self._host, self, save, Change.SETTINGS).on_invalid(
            self._show_problems
        ).on_success(self._saved).run()

    def _saved(self, keys: list[str]) -> None:
        labels = [setting_words.label(s) for s in SETTINGS if s.key in keys]
        self._host.show_status(
            self.tr("Settings saved: {settings}.").format(settings=", ".join(labels))
        )
        self.accept()

    def _show_problems(self, exc: ValidationError) -> None:
        if not exc.fields:
            show_error(self, exc)
            return
        show_rest(self.problem, place_problems(exc, self.lines))


def _pair_of(key: str) -> tuple[Category, CaseStatus]:
    """The category and status of a ``stalled_days.<category>.<status>`` setting."""
    _prefix, category, status = key.split(".")
    pair = (Category(category), CaseStatus(status))
    assert stalled_days_key(*pair) == key
    return pair
