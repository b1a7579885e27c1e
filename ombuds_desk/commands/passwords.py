"""Passwords on the command line: typed at the terminal (never echoed), or, for scripts, the
first line of a file that only its owner can read.

A password is never taken from an argument (it would show in ``ps`` and in the shell's
history) nor from a pipe (``getpass`` would echo it): with no terminal and no file the
command says how to give one.
"""

from __future__ import annotations

import getpass
import os
import stat
import warnings
from pathlib import Path

from ombuds_desk.domain.errors import DomainError
from ombuds_desk.domain.i18n import translate

# Group and others may neither read nor write a password file: `chmod 600` is the fix.
OPEN_TO_OTHERS = stat.S_IRWXG | stat.S_IRWXO


class PasswordInputError(DomainError):
    """A password that could not be had: no terminal, an unsafe or unreadable file, a typo."""

    title = "No password"


def read_password_file(path: Path) -> str:
    """The first line of ``path``, once the file is known to be private to its owner."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise PasswordInputError(
            translate(
                "Passwords",
                "The password file {path} does not exist: put the password on its "
                "first line and make it private with chmod 600 {path}.",
            ).format(path=path)
        ) from None
    except OSError as exc:
        raise PasswordInputError(
            translate("Passwords", "Cannot read the password file {path}: {why}.").format(
                path=path, why=(exc.strerror or str(exc)).lower()
            )
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise PasswordInputError(
            translate("Passwords", "The password file {path} is not a file.").format(path=path)
        )
    # Windows has no such permission bits; its files are private through their folder.
    if os.name == "posix" and info.st_mode & OPEN_TO_OTHERS:
        raise PasswordInputError(
            translate(
                "Passwords",
                "The password file {path} can be read or changed by other users: "
                "make it private with chmod 600 {path} and try again.",
            ).format(path=path)
        )
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PasswordInputError(
            translate("Passwords", "The password file {path} is not UTF-8 text.").format(path=path)
        ) from None
    except OSError as exc:
        raise PasswordInputError(
            translate("Passwords", "Cannot read the password file {path}: {why}.").format(
                path=path, why=(exc.strerror or str(exc)).lower()
            )
        ) from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise PasswordInputError(
            translate(
                "Passwords",
                "The password file {path} is empty: put the password on its first line.",
            ).format(path=path)
        )
    return lines[0]


def ask_password(prompt: str, file_option: str = "--password-file") -> str:
    """A password typed at the terminal, not echoed; refused when there is no terminal."""
    with warnings.catch_warnings():
        # getpass falls back to reading stdin, echoing, with this warning: refuse instead.
        warnings.simplefilter("error", getpass.GetPassWarning)
        try:
            password = getpass.getpass(prompt)
        except getpass.GetPassWarning:
            raise PasswordInputError(
                translate(
                    "Passwords",
                    "There is no terminal to type the password on: give it on the first "
                    "line of a file only you can read, with {file_option} FILE.",
                ).format(file_option=file_option)
            ) from None
        except EOFError:
            raise PasswordInputError(
                translate("Passwords", "No password was typed; nothing was done.")
            ) from None
    if not password:
        raise PasswordInputError(translate("Passwords", "No password was typed; nothing was done."))
    return password


def new_password(file: Path | None, prompt: str, file_option: str = "--new-password-file") -> str:
    """A new password: the first line of ``file``, or typed twice at the terminal, first
    after ``prompt``."""
    if file is not None:
        return read_password_file(file)
    first = ask_password(prompt, file_option)
    again = ask_password(translate("Passwords", "The same password again: "), file_option)
    if first != again:
        raise PasswordInputError(
            translate("Passwords", "The two passwords differ; nothing was changed. Try again.")
        )
    return first
