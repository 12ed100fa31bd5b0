<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../desktop_app/ui/plans/new_plan_dialog.py" line="32"/>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/new_plan_dialog.py" line="37"/>
        <source>&amp;Empty plan: focus areas and initiatives are added later</source>
        <translation>&amp;Tom plan: fokusområden och insatsområden läggs till sedan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/new_plan_dialog.py" line="40"/>
        <source>&amp;Copy the structure of “%1” (%2 focus areas, %3 initiatives, %4 activities)</source>
        <translation>&amp;Kopiera strukturen i ”%1” (%2 fokusområden, %3 insatsområden, %4 aktiviteter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/new_plan_dialog.py" line="53"/>
        <source>A copy takes the focus areas, initiatives, activities and offices, as proposed activities without status. The new plan is a plan of its own: its plan files are never mixed with this plan&apos;s.</source>
        <translation>En kopia tar med fokusområden, insatsområden, aktiviteter och kontor, som föreslagna aktiviteter utan status. Den nya planen är en egen plan: dess planfiler blandas aldrig ihop med den här planens.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/new_plan_dialog.py" line="68"/>
        <source>Create plan</source>
        <translation>Skapa planen</translation>
    </message>
</context>
<context>
    <name>NewPlanFromSheetDialog</name>
    <message>
        <location filename="../../desktop_app/ui/plans/excel_choices.py" line="112"/>
        <source>Import as a new plan</source>
        <translation>Importera som ny plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/excel_choices.py" line="117"/>
        <source>The sheet becomes a plan of its own: its focus areas and initiatives (placed by their codes, numbered in order where it has none), activities, statuses, offices and people. The open plan is not changed.</source>
        <translation>Bladet blir en egen plan: dess fokusområden och insatsområden (placerade efter sina koder, numrerade i ordning där bladet saknar koder), aktiviteter, status, kontor och personer. Den öppna planen ändras inte.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/excel_choices.py" line="126"/>
        <source>Create plan</source>
        <translation>Skapa planen</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="23"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Ny plan…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="27"/>
        <source>New plan from a &amp;Word document…</source>
        <translation>Ny plan från &amp;Word-dokument…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="30"/>
        <source>Propose a new plan from a handlingsplan written in Word (.docx) and check it line by line</source>
        <translation>Föreslå en ny plan ur en handlingsplan skriven i Word (.docx) och granska den rad för rad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="36"/>
        <source>&amp;Open plan…</source>
        <translation>Ö&amp;ppna plan…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="40"/>
        <source>&amp;Recent plans</source>
        <translation>&amp;Senaste planer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="43"/>
        <source>&amp;About the plan…</source>
        <translation>&amp;Om planen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="46"/>
        <source>The plan&apos;s name, strategy, decision reference, period and owner</source>
        <translation>Planens namn, strategi, diarienummer, period och ägare</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="67"/>
        <source>No other plans opened yet</source>
        <translation>Inga andra planer öppnade ännu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="81"/>
        <location filename="../../desktop_app/ui/plans/actions.py" line="93"/>
        <source>Open plan</source>
        <translation>Öppna plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="83"/>
        <source>Plans (*.sqlite *.db);;All files (*)</source>
        <translation>Planer (*.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="94"/>
        <source>%1 is a plan file for sharing a plan; it is imported (File › Import plan…), not opened. Make a new plan of it instead?</source>
        <translation>%1 är en planfil för att dela en plan; den importeras (Arkiv › Importera plan…), den öppnas inte. Vill du skapa en ny plan av den i stället?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="129"/>
        <location filename="../../desktop_app/ui/plans/actions.py" line="140"/>
        <source>New plan from a Word document</source>
        <translation>Ny plan från Word-dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="131"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="165"/>
        <source>Move the focus area up</source>
        <translation>Flytta upp fokusområdet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="166"/>
        <source>Move the focus area down</source>
        <translation>Flytta ned fokusområdet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="168"/>
        <source>Move the initiative up</source>
        <translation>Flytta upp insatsområdet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="169"/>
        <source>Move the initiative down</source>
        <translation>Flytta ned insatsområdet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="170"/>
        <source>Move to &amp;focus area…</source>
        <translation>Flytta till &amp;fokusområde…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="172"/>
        <source>Move the initiative to another focus area</source>
        <translation>Flytta insatsområdet till ett annat fokusområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="176"/>
        <source>Move the activity up</source>
        <translation>Flytta upp aktiviteten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="177"/>
        <source>Move the activity down</source>
        <translation>Flytta ned aktiviteten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="179"/>
        <source>Move to &amp;initiative…</source>
        <translation>Flytta till &amp;insatsområde…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="181"/>
        <source>Move the activity to another initiative</source>
        <translation>Flytta aktiviteten till ett annat insatsområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="202"/>
        <source>Move to focus area</source>
        <translation>Flytta till fokusområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="203"/>
        <source>Move “%1” to:</source>
        <translation>Flytta ”%1” till:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="219"/>
        <source>Plan file of another plan</source>
        <translation>Planfil från en annan plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="222"/>
        <source>Open as a new plan…</source>
        <translation>Öppna som ny plan…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="242"/>
        <location filename="../../desktop_app/ui/plans/actions.py" line="252"/>
        <source>Open as a new plan</source>
        <translation>Öppna som ny plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/actions.py" line="244"/>
        <source>Plans (*.sqlite)</source>
        <translation>Planer (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <location filename="../../desktop_app/ui/plans/commands.py" line="18"/>
        <source>Change the plan&apos;s information</source>
        <translation>Ändra uppgifterna om planen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/commands.py" line="36"/>
        <source>Move focus area</source>
        <translation>Flytta fokusområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/commands.py" line="55"/>
        <source>Move initiative</source>
        <translation>Flytta insatsområde</translation>
    </message>
</context>
<context>
    <name>PlanInfoDialog</name>
    <message>
        <location filename="../../desktop_app/ui/plans/info_dialog.py" line="31"/>
        <source>About the plan</source>
        <translation>Om planen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/info_dialog.py" line="41"/>
        <source>e.g. KS 16/70</source>
        <translation>t.ex. KS 16/70</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/info_dialog.py" line="46"/>
        <source>e.g. Municipal Executive Office</source>
        <translation>t.ex. Kommunstyrelsens kontor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/info_dialog.py" line="56"/>
        <source>Plan &amp;name:</source>
        <translation>Planens &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/info_dialog.py" line="57"/>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/info_dialog.py" line="58"/>
        <source>&amp;Decision reference:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/info_dialog.py" line="59"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/info_dialog.py" line="62"/>
        <source>&amp;Owner organisation:</source>
        <translation>&amp;Ägare (organisation):</translation>
    </message>
</context>
<context>
    <name>PlanTargetFields</name>
    <message>
        <location filename="../../desktop_app/ui/plans/target_fields.py" line="31"/>
        <source>e.g. Environmental plan 2025–2028</source>
        <translation>t.ex. Miljöplan 2025–2028</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/target_fields.py" line="35"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/target_fields.py" line="43"/>
        <source>Plan &amp;name:</source>
        <translation>Planens &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/target_fields.py" line="44"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/target_fields.py" line="62"/>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/target_fields.py" line="62"/>
        <source>Plans (*.sqlite)</source>
        <translation>Planer (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>UnknownNodesBar</name>
    <message>
        <location filename="../../desktop_app/ui/plans/excel_choices.py" line="50"/>
        <source>The sheet names focus areas or initiatives the plan does not have. Create those that belong to the plan (Edit › Undo takes them away again); the preview is then made again.</source>
        <translation>Bladet nämner fokusområden eller insatsområden som planen inte har. Skapa de som hör till planen (Redigera › Ångra tar bort dem igen); förhandsgranskningen görs sedan om.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/excel_choices.py" line="72"/>
        <source>Create the focus area “%1”</source>
        <translation>Skapa fokusområdet ”%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/excel_choices.py" line="77"/>
        <source>Create the initiative “%1”</source>
        <translation>Skapa insatsområdet ”%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/excel_choices.py" line="88"/>
        <source>Import as a new plan…</source>
        <translation>Importera som ny plan…</translation>
    </message>
</context>
<context>
    <name>WordPlanDialog</name>
    <message>
        <location filename="../../desktop_app/ui/plans/word_dialog.py" line="50"/>
        <source>New plan from a Word document</source>
        <translation>Ny plan från Word-dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/word_dialog.py" line="53"/>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/word_dialog.py" line="54"/>
        <source>Initiative</source>
        <translation>Insatsområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/word_dialog.py" line="55"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/word_dialog.py" line="56"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/word_dialog.py" line="57"/>
        <source>Not part of the plan</source>
        <translation>Inte en del av planen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/word_dialog.py" line="61"/>
        <source>The plan proposed from %1: its headings, numbered lists and bullet levels. Check each line and change its level where the proposal is wrong (or select lines and press 1–5); “Genom …” sentences describe the initiative above them.</source>
        <translation>Planen som föreslås ur %1: dess rubriker, numrerade listor och punktnivåer. Granska varje rad och ändra dess nivå där förslaget är fel (eller markera rader och tryck 1–5); meningar som börjar ”Genom …” beskriver insatsområdet ovanför.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/word_dialog.py" line="69"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/word_dialog.py" line="69"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/word_dialog.py" line="69"/>
        <source>In the document</source>
        <translation>I dokumentet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/word_dialog.py" line="84"/>
        <source>Level of line %1</source>
        <translation>Nivå för rad %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/word_dialog.py" line="105"/>
        <source>The plan is adopted: its activities are &amp;decided</source>
        <translation>Planen är antagen: aktiviteterna är &amp;beslutade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/word_dialog.py" line="108"/>
        <source>Otherwise the activities are proposed, waiting for a decision</source>
        <translation>Annars blir aktiviteterna föreslagna och väntar på beslut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/word_dialog.py" line="114"/>
        <source>Create plan</source>
        <translation>Skapa planen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plans/word_dialog.py" line="172"/>
        <source>The plan: %1 focus areas, %2 initiatives, %3 activities</source>
        <translation>Planen: %1 fokusområden, %2 insatsområden, %3 aktiviteter</translation>
    </message>
</context>
</TS>
