"""A code is the plan position exactly as shown; anything that merely parses as numbers names nothing."""

from __future__ import annotations

import pytest

from desktop_app.main import main
from desktop_app.services.errors import NotFoundError


@pytest.mark.parametrize(
    "code", ["+1.1.1", "01.01.01", "1.01.1", "１.1.1", "1_0.1.1", "1..1", "1.1.1.", "0.1.1", " "]
)
def test_only_a_code_as_shown_names_an_activity(service, workspace, capsys, code) -> None:
    with pytest.raises(NotFoundError, match="ingen giltig kod"):
        service.tree().find(code)
    assert main(["--db", str(workspace.path), "status", code, "green"]) == 1
    _, err = capsys.readouterr()
    assert "ingen giltig kod" in err
    assert service.tree().find_activity("1.1.1").status is None


def test_codes_as_shown_still_work(service) -> None:
    tree = service.tree()
    assert tree.find(" 1.1.1 ").id == tree.focus_areas[0].initiatives[0].activities[0].id
    with pytest.raises(NotFoundError, match=r"ingen punkt med koden 1\.1\.99"):
        tree.find("1.1.99")
    assert tree.find("2").id == tree.focus_areas[1].id
