"""Several plans: each plan its own database file, shown in its own window.

``actions`` adds the File menu's New plan…, New plan from a Word document…,
Open plan…, Recent plans and About the plan…; the dialogs live beside it.
"""

from __future__ import annotations

from desktop_app.ui.plans.actions import (
    add_plan_actions,
    choose_and_open,
    describe_moves,
    edit_plan_info,
    fill_recent,
    move_to_focus_area,
    new_plan,
    new_plan_from_word,
    offer_as_new_plan,
    open_plan,
    plan_file_as_new_plan,
)

__all__ = [
    "add_plan_actions",
    "choose_and_open",
    "describe_moves",
    "edit_plan_info",
    "fill_recent",
    "move_to_focus_area",
    "new_plan",
    "new_plan_from_word",
    "offer_as_new_plan",
    "open_plan",
    "plan_file_as_new_plan",
]
