"""The user's name is kept in the user's config folder and never taken from the login name."""

from __future__ import annotations

from desktop_app.services import user_profile


def test_no_name_until_one_is_given():
    assert user_profile.user_name() == ""
    assert user_profile.acting_user() == ""


def test_name_is_kept_cleaned_and_explicit_wins():
    user_profile.set_user_name("  Anna   Andersson \n")
    assert user_profile.user_name() == "Anna Andersson"
    assert user_profile.acting_user() == "Anna Andersson"
    assert user_profile.acting_user("Bo Berg") == "Bo Berg"
    assert user_profile.profile_path().read_text(encoding="utf-8") == '{"name": "Anna Andersson"}'


def test_unreadable_file_means_no_name():
    path = user_profile.profile_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xff not json")
    assert user_profile.user_name() == ""
