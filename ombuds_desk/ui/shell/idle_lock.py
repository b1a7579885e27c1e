"""The idle lock: after the office's idle time with no key pressed and no mouse moved
anywhere in the app, the window hides what it shows and asks for the password again.

An application-wide event filter notes the last key press or mouse move; a timer looks
when the idle time may have passed. Locking puts a lock screen in front of the window's
contents (they stay underneath, as they were), hides the menus, the status line and every
other open window (a half-filled form, a message), and ignores every shortcut but the lock
screen's own. Unlocking is a sign-in with the same user name (``auth.sign_in``): a wrong
password counts like any other, and five lock the account. Sign out closes the app.

Idle time is counted on the wall clock as well as the monotonic one, so a laptop that slept
through its idle time locks at the first key or move after waking, before that key acts.
The idle time is :attr:`IdleLock.idle_ms`, settable by a test.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DomainError
from ombuds_desk.services.core import auth
from ombuds_desk.ui.common.dialog_parts import problem_label, show_problem
from ombuds_desk.ui.common.palette import muted_style
from ombuds_desk.ui.common.password_field import PasswordField
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.shell.sign_in_dialog import heading_label

log = logging.getLogger(__name__)

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseMove,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)
# What is hidden while locked but not shown again afterwards: menus, tooltips, completers.
_TRANSIENT = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth


@dataclass(frozen=True)
class _Cursor:
    """Where the cursor of a line edit was, and what was selected."""

    edit: QLineEdit
    position: int
    selection_start: int
    selection_length: int

    @classmethod
    def of(cls, edit: QLineEdit) -> _Cursor:
        return cls(edit, edit.cursorPosition(), edit.selectionStart(), len(edit.selectedText()))

    def put_back(self) -> None:
        if not shiboken6.isValid(self.edit):
            return
        if self.selection_length:
            self.edit.setSelection(self.selection_start, self.selection_length)
        else:
            self.edit.deselect()
            self.edit.setCursorPosition(self.position)


class LockScreen(QWidget):
    """What the locked window shows: who is signed in, the password, Unlock and Sign out."""

    unlock_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, actor: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._actor = actor
        panel = QFrame(self)
        panel.setObjectName("lockPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(520)
        self.heading = heading_label(
            QCoreApplication.translate("IdleLock", "Ombuds Desk is locked"), panel
        )
        self.explanation = QLabel(panel)
        self.explanation.setObjectName("lockExplanation")
        self.explanation.setWordWrap(True)
        who = QLabel(
            QCoreApplication.translate(
                "IdleLock", "Signed in: {name} ({role}, user name {username})"
            ).format(name=actor.full_name, role=actor.role.label.lower(), username=actor.username),
            panel,
        )
        who.setObjectName("lockWho")
        who.setWordWrap(True)
        self.password = PasswordField("unlockPassword", panel)
        self.password.edit.returnPressed.connect(self.on_unlock_clicked)
        self.problem = problem_label(panel, "unlockProblem")
        self.unlock_button = QPushButton(QCoreApplication.translate("IdleLock", "&Unlock"), panel)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.clicked.connect(self.on_unlock_clicked)
        self.sign_out_button = QPushButton(
            QCoreApplication.translate("IdleLock", "Sign &out"), panel
        )
        self.sign_out_button.setObjectName("signOut")
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        sign_out_note = QLabel(
            QCoreApplication.translate(
                "IdleLock",
                "Someone else? Sign out closes Ombuds Desk; what is typed in forms left open "
                "is not saved.",
            ),
            panel,
        )
        sign_out_note.setObjectName("signOutNote")
        sign_out_note.setStyleSheet(muted_style())
        sign_out_note.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out_button)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(28, 24, 28, 20)
        inner.setSpacing(10)
        inner.addWidget(self.heading)
        inner.addWidget(self.explanation)
        inner.addWidget(who)
        inner.addSpacing(6)
        password_label = QLabel(QCoreApplication.translate("IdleLock", "&Password:"), panel)
        password_label.setBuddy(self.password.edit)  # Alt+P goes to the password
        inner.addWidget(password_label)
        inner.addWidget(self.password)
        inner.addWidget(self.problem)
        inner.addSpacing(6)
        inner.addLayout(buttons)
        inner.addWidget(sign_out_note)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setFocusProxy(self.password)

    def reset(self, idle_minutes: float) -> None:
        """Ready for a new lock: no password, no message, the idle time said."""
        minutes = max(1, round(idle_minutes))
        self.explanation.setText(
            self.tr(
                "Nobody used Ombuds Desk for %n minutes, so what it shows is hidden. Type your "
                "password to go on: everything open stays as you left it.",
                "",
                minutes,
            )
        )
        self.password.clear()
        self.problem.hide()

    def refuse(self, message: str) -> None:
        show_problem(self.problem, message)
        self.password.clear()
        self.password.setFocus()

    @Slot()
    def on_unlock_clicked(self) -> None:
        if not self.password.text():
            self.refuse(QCoreApplication.translate("IdleLock", "Type your password."))
            return
        self.unlock_requested.emit(self.password.text())


class IdleLock(QObject):
    """Locks ``window`` after ``minutes`` without a key press or a mouse move in the app."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: MainWindow, minutes: int) -> None:
        super().__init__(window)
        self.setObjectName("idleLock")
        self._window = window
        self._idle_ms = max(1, minutes) * 60_000
        self._locked = False
        self._hidden: list[QWidget] = []
        self._active: QWidget | None = None
        self._focus: QWidget | None = None
        self._focus_in: list[QWidget] = []
        self._cursors: list[_Cursor] = []
        self._touch()
        self.screen = LockScreen(window.actor, window.screens)
        window.screens.addWidget(self.screen)
        self.screen.unlock_requested.connect(self.on_unlock_requested)
        self.screen.sign_out_requested.connect(self.on_sign_out_requested)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.on_timer)
        app = QCoreApplication.instance()
        assert app is not None, "the idle lock watches a running application"
        app.installEventFilter(self)  # Qt drops it when this lock goes with its window
        self._arm()

    # -- the idle time ---------------------------------------------------------------------

    @property
    def idle_ms(self) -> int:
        """How long without a key or a move before the window locks (ms)."""
        return self._idle_ms

    @idle_ms.setter
    def idle_ms(self, value: int) -> None:
        self._idle_ms = max(1, value)
        if not self._locked:
            self._arm()

    @property
    def is_locked(self) -> bool:
        return self._locked

    def idle_for_ms(self) -> int:
        """Since the last key press or mouse move, by whichever clock says longer."""
        monotonic = time.monotonic() - self._last_monotonic
        wall = time.time() - self._last_wall
        return int(max(monotonic, wall) * 1000)

    def _touch(self) -> None:
        self._last_monotonic = time.monotonic()
        self._last_wall = time.time()

    def _arm(self) -> None:
        self._timer.start(max(0, self._idle_ms - self.idle_for_ms()))

    @Slot()
    def on_timer(self) -> None:
        if self._locked or not self._window.isVisible():
            return  # a closed window has nothing to hide
        if self.idle_for_ms() >= self._idle_ms:
            self.lock()
        else:
            self._arm()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._locked:
            if kind == QEvent.Type.Shortcut:
                return not self._on_screen(watched)  # no menu entry acts behind the lock
            if kind == QEvent.Type.Show and self._stray_window(watched):
                # A message that opens while locked (a read that failed) waits too.
                assert isinstance(watched, QWidget)
                self._hidden.append(watched)
                QTimer.singleShot(0, watched.hide)
            return False
        if kind in ACTIVITY and self._window.isVisible():
            if self.idle_for_ms() >= self._idle_ms:
                self.lock()  # woken from sleep: lock before this key or click acts
                return True
            self._touch()
        return False

    def _on_screen(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and (
            watched is self.screen or self.screen.isAncestorOf(watched)
        )

    def _stray_window(self, watched: QObject) -> bool:
        return (
            isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self._window
            and watched.windowType() not in _TRANSIENT
        )

    # -- locking and unlocking -------------------------------------------------------------

    def lock(self) -> None:
        """Hide everything the app shows behind the lock screen."""
        if self._locked:
            return
        self._locked = True
        self._timer.stop()
        self._active = QApplication.activeWindow()
        self._focus = QApplication.focusWidget()
        others = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not self._window
        ]
        # Each window's own field too: the app's focus is only the active window's, and a
        # window whose activation has not arrived yet would otherwise lose its place.
        self._focus_in = [
            edit for edit in (w.focusWidget() for w in (self._window, *others)) if edit is not None
        ]
        self._cursors = [_Cursor.of(edit) for edit in self._focus_in if isinstance(edit, QLineEdit)]
        # Children before parents: a question over a form goes before the form.
        for widget in sorted(others, key=_depth, reverse=True):
            widget.hide()
        self._hidden = [w for w in others if w.windowType() not in _TRANSIENT]
        self._window.menuBar().hide()
        self._window.statusBar().hide()
        self.screen.reset(self._idle_ms / 60_000)
        self._window.screens.setCurrentWidget(self.screen)
        self._window.activateWindow()
        self.screen.password.setFocus()
        log.info("Window locked after %d s idle (%s)", self._idle_ms // 1000, self._username)
        self.locked.emit()

    def unlock(self) -> None:
        """Show again what was shown, as it was: the contents, the menus, the open windows."""
        if not self._locked:
            return
        # Unlocked first: while locked, a window being shown is a stray one to hide again,
        # and the forms shown again below would vanish a moment later.
        self._locked = False
        self._window.screens.setCurrentWidget(self._window.contents)
        self._window.menuBar().show()
        self._window.statusBar().show()
        self.screen.password.clear()
        # Parents before children: a form is shown again before the question over it.
        for widget in sorted(self._hidden, key=_depth):
            if shiboken6.isValid(widget):
                widget.show()
        self._hidden = []
        for edit in self._focus_in:
            if shiboken6.isValid(edit) and edit.isVisible():
                edit.setFocus()  # in a window not active, it waits there for its activation
        self._focus_in = []
        active, focus = self._active, self._focus
        if active is not None and shiboken6.isValid(active):
            active.activateWindow()
        if focus is not None and shiboken6.isValid(focus):
            focus.setFocus()
        # A dialog shown again gives its field focus "as by Tab", which selects the whole
        # text: the next key typed would replace it. Put each cursor back where it was.
        for cursor in self._cursors:
            cursor.put_back()
        self._cursors = []
        self._touch()
        self._arm()
        log.info("Window unlocked (%s)", self._username)
        self.unlocked.emit()

    @property
    def _username(self) -> str:
        return self._window.actor.username

    @Slot(str)
    def on_unlock_requested(self, password: str) -> None:
        # A sign-in like the first: audited, counted, five wrong lock the account. Its
        # refusal (a DomainError, the database's too) is shown on the lock screen.
        try:
            auth.sign_in(self._window.db, self._username, password, via="idle lock")
        except DomainError as exc:
            self.screen.refuse(exc.message)
            return
        self.unlock()

    @Slot()
    def on_sign_out_requested(self) -> None:
        log.info("Signed out at the lock screen (%s)", self._username)
        self._hidden = []
        self._window.close()
