"""The audit trail's events in words: a sign-in, a case opened, a print, an export, a
backup — entries about no record's fields, said as a sentence and then what else they noted
(``Exported in persons list`` / ``Rows: 1,204``), in the reader's language (context
``AuditTrail``). A record's changes are worded by ``audit_words.py``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.core.audit_details import key_word, plain, value_word
from ombuds_desk.services.core.audit_labels import kind_word
from ombuds_desk.services.core.sign_in_words import shown_refusal


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


# Keys of a record-only entry's details that its sentence already says.
# ``redacted_entries``: an anonymisation's checksums, for `audit verify`, not for reading.
_SAID = {"document", "version", "export", "list", "via", "username", "refused", "redacted_entries"}


def _rest(details: Mapping[str, Any]) -> list[str]:
    lines = []
    for key, value in details.items():
        if key in _SAID or value in (None, "", [], {}):
            continue
        if isinstance(value, list | dict):
            if isinstance(value, list):
                value = translate("AuditTrail", "{count} entries").format(count=f"{len(value):,}")
            else:
                value = json.dumps(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            value = f"{value:,}"
        else:
            value = value_word(value)
        said = key_word(key) or upper_first(key.replace("_", " "))
        lines.append(f"{said}: {value}")
    return lines


def event_lines(action: AuditAction, details: Mapping[str, Any], in_case: bool) -> list[str]:
    """A sign-in, a case opened, a print, an export, a backup (``action``): the sentence,
    then whatever else the entry noted in ``details`` (the file, the count); ``in_case``: read
    in one case's history."""
    via = f" ({value_word(details['via'])})" if details.get("via") else ""
    if action is AuditAction.VIEW:
        line = translate("AuditTrail", "Case opened") + via
    elif action is AuditAction.SIGN_IN:
        line = translate("AuditTrail", "Signed in") + via
    elif action is AuditAction.SIGN_IN_FAILED:
        who = ""
        if details.get("username"):
            who = translate("AuditTrail", " for “{username}”").format(username=details["username"])
        why = f": {shown_refusal(str(details['refused']))}" if details.get("refused") else ""
        line = translate("AuditTrail", "Sign-in refused") + who + via + why
    elif action is AuditAction.PRINT:
        document = value_word(details["document"]) if details.get("document") else ""
        version = ""
        if details.get("version"):
            version = translate("AuditTrail", " ({version} version)").format(
                version=value_word(details["version"])
            )
        printed = translate("AuditTrail", "{document} printed").format(
            document=document or translate("AuditTrail", "document")
        )
        line = upper_first(printed) + version + via
    elif action is AuditAction.EXPORT:
        # ``{"export": "persons", "file": …}`` (services/core/disclosures.py)
        what = details.get("export") or details.get("list") or details.get("document")
        listed = plain(what) if what else ""
        if listed and not listed.endswith(("list", "trail")):
            listed += " list"
        listed = value_word(listed)
        if not listed:
            line = translate("AuditTrail", "Exported")
        elif in_case:
            line = translate("AuditTrail", "Exported in {list}").format(list=listed)
        else:
            line = upper_first(translate("AuditTrail", "{list} exported").format(list=listed))
        line += via
    else:
        line = kind_word(action)
    return [line, *_rest(details)]
