"""Errors form one small hierarchy a caller can catch without catching anything else."""

from __future__ import annotations

import pytest

from newsclaims import errors


@pytest.mark.parametrize(
    "kind",
    [errors.InputError, errors.UnsafeInputError, errors.UnsupportedFormatError, errors.SchemaVersionError],
)
def test_every_error_is_a_newsclaims_error(kind: type[errors.NewsclaimsError]) -> None:
    assert issubclass(kind, errors.NewsclaimsError)
    assert not issubclass(kind, (ValueError, KeyError, IndexError))


def test_error_message_names_source_and_position() -> None:
    error = errors.InputError("unclosed tag", source="feed.xml", position=42)
    assert str(error) == "feed.xml@42: unclosed tag"
    assert (error.reason, error.source, error.position) == ("unclosed tag", "feed.xml", 42)
    assert str(errors.InputError("empty input")) == "empty input"
    assert str(errors.InputError("bad byte", position=3)) == "position 3: bad byte"


def test_warnings_share_one_root() -> None:
    assert issubclass(errors.LenientReadWarning, errors.NewsclaimsWarning)
    assert issubclass(errors.NewsclaimsWarning, UserWarning)
