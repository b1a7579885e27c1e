"""The errors services raise carry a message a user can be shown, a title, and for a form
what is wrong with each field."""

from __future__ import annotations

import pytest

from ombuds_desk.domain.errors import (
    DatabaseUnavailableError,
    DomainError,
    EditConflictError,
    NotFoundError,
    PermissionDeniedError,
    TransitionError,
    ValidationError,
)


def test_a_form_error_says_every_field_when_no_message_is_given() -> None:
    error = ValidationError("", {"family_name": "is required", "date_of_birth": "is in the future"})
    assert error.message == "family_name: is required; date_of_birth: is in the future"
    assert str(error) == error.message
    assert error.fields == {"family_name": "is required", "date_of_birth": "is in the future"}


def test_a_message_given_is_kept_beside_the_fields() -> None:
    error = ValidationError("Перевірте форму.", {"email": "is not an e-mail address"})
    assert error.message == "Перевірте форму." and error.fields == {
        "email": "is not an e-mail address"
    }


def test_the_fields_are_the_errors_own_copy() -> None:
    fields = {"pages": "must be a whole number"}
    error = ValidationError("", fields)
    fields["pages"] = "changed later"
    assert error.fields == {"pages": "must be a whole number"}
    assert ValidationError("Нічого не збережено.").fields == {}


@pytest.mark.parametrize(
    ("error", "title"),
    [
        (DomainError("x"), "Cannot do that"),
        (ValidationError("x"), "Please correct the form"),
        (NotFoundError("x"), "Not found"),
        (PermissionDeniedError("x"), "Not allowed"),
        (EditConflictError("x"), "Changed by someone else"),
        (TransitionError("x"), "Status change not allowed"),
        (DatabaseUnavailableError("x"), "Database problem"),
    ],
)
def test_every_error_is_a_domain_error_with_its_title(error: DomainError, title: str) -> None:
    assert isinstance(error, DomainError) and error.title == title and error.message == "x"
