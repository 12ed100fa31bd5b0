"""The seeded plan is the seed document's plan, exactly."""

from __future__ import annotations

import json

from database.seed import read_seed
from desktop_app.services.plan import PlanService
from desktop_app.services.workspace import open_workspace

FOCUS_AREAS = [
    "Ett företagsklimat som främjar utveckling, innovation och entreprenörskap",
    "God tillgång på arbetskraft med relevant kompetens",
    "Ett aktivt etableringsarbete som är tydligt kopplat till näringslivets förutsättningar",
    "En enkel och kundfokuserad myndighetsutövning som möter företagens behov",
    "Aktivt arbete med att stärka bilden av Södertälje",
]


def test_counts_and_focus_areas(service: PlanService) -> None:
    tree = service.tree()
    assert [area.title for area in tree.focus_areas] == FOCUS_AREAS
    assert [len(area.initiatives) for area in tree.focus_areas] == [5, 6, 6, 4, 3]
    assert [len(area.activities()) for area in tree.focus_areas] == [11, 12, 12, 13, 10]
    assert len(tree.activities()) == 58
    assert tree.strategy_name == "Utvecklingskraft i Södertälje"


def test_activities_in_document_order(service: PlanService) -> None:
    tree = service.tree()
    assert [a.title for a in tree.find("2.1").activities] == [
        "Driver och utvecklar Campus Telge",
        "Skapa samverkansmodell med lokala/regionala utbildningsaktörer",
        "Identifiera nya utbildningsspår inom yrkeshögskola",
        "Arrangera högre utbildnings- och rekryteringsmässor",
        "Utvärdera behov av samordning inom kompetensförsörjning",
    ]
    assert tree.find("1.1.1").title == "Företagsbesök politiker"
    assert tree.find("5.3.4").title == "Regional samverkan inom besöksnäringen"
    assert tree.find("4.2.5").title == "Intern företagsgrupp för samordning mellan berörda kontor"


def test_genom_bullets_are_initiative_descriptions_not_activities(service: PlanService) -> None:
    tree = service.tree()
    labour = tree.find("3.6")
    assert labour.description.startswith("Genom samverkan mellan kommunens kontor samt arbetsmarknadens")
    assert [a.title for a in labour.activities] == [
        "Skapa samverkansmodell för arbetsmarknadsinsatser till expanderande och etablerade företag"
    ]
    process = tree.find("4.2")
    assert process.description.startswith("Genom att förtydliga och tillgängliggöra arbetssätt")
    assert process.activities[0].title == "Tydliga ärendeprocesser och handläggningstider"
    titles = [a.title for a in tree.activities()]
    assert not any(title.split()[0] == "Genom" for title in titles)


def test_initiative_statement_and_description(service: PlanService) -> None:
    first = service.tree().find("1.1")
    assert first.statement.startswith("erbjuder mötesplatser och möjlighet till dialog")
    assert first.title.startswith("Erbjuder mötesplatser")
    assert first.description.startswith("Genom att finnas hos företagen")
    matching = service.tree().find("2.3")
    assert matching.statement.startswith("arbetar aktivt med ”matchning”")


def test_typos_of_the_document_stay_out(service: PlanService) -> None:
    tree = service.tree()
    texts = [area.title for area in tree.focus_areas]
    texts += [i.statement + i.description for i in tree.initiatives()]
    texts += [a.title for a in tree.activities()]
    joined = "\n".join(texts)
    assert "Fokustområde" not in joined
    assert "tillstånds –" not in joined
    assert "sodertälje.se" not in joined
    assert "Almi," not in [a.title[-5:] for a in tree.activities()]


def test_nothing_invented(service: PlanService) -> None:
    for activity in service.tree().activities():
        assert activity.status is None
        assert activity.owner == ""
        assert activity.responsible_office == ""
        assert activity.start_month is None and activity.end_month is None
    assert {office.name for office in service.offices()} == {
        "Kommunstyrelsens kontor",
        "Destination Södertälje",
    }


def test_seeded_records_have_the_same_ids_everywhere(tmp_path) -> None:
    first = open_workspace(tmp_path / "a.sqlite")
    second = open_workspace(tmp_path / "b.sqlite")
    try:
        ids_a = [a.id for a in PlanService(first.engine, "a").tree().activities()]
        ids_b = [a.id for a in PlanService(second.engine, "b").tree().activities()]
    finally:
        first.close()
        second.close()
    assert ids_a == ids_b
    seed = read_seed()
    assert ids_a[0] == seed["focus_areas"][0]["initiatives"][0]["activities"][0]["id"]


def test_seed_file_is_readable_data() -> None:
    from database.seed import seed_plan_path

    data = json.loads(seed_plan_path().read_text(encoding="utf-8"))
    assert data["strategy"]["period_start"] == 2016
    assert data["strategy"]["period_end"] == 2022
