<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="55"/>
        <source>The activity&apos;s name as it appears in the plan and in reports</source>
        <translation>Aktivitetens namn som det står i planen och i rapporterna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="59"/>
        <source>Move the activity to another initiative</source>
        <translation>Flytta aktiviteten till ett annat insatsområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="311"/>
        <source>Not set</source>
        <translation>Ej angiven</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="68"/>
        <source>When the steering group decided the activity</source>
        <translation>När styrgruppen beslutade om aktiviteten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="73"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="74"/>
        <source>1 is the highest priority; “None” when not prioritised</source>
        <translation>1 är högsta prioritet; ”Ingen” när aktiviteten inte är prioriterad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="82"/>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="83"/>
        <source>Add an office or unit to the register</source>
        <translation>Lägg till ett kontor eller en enhet i registret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="89"/>
        <source>Tick every office or unit that takes part</source>
        <translation>Markera varje kontor eller enhet som deltar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="95"/>
        <location filename="../../desktop_app/ui/activity_form.py" line="311"/>
        <source>Ongoing</source>
        <translation>Löpande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="96"/>
        <source>The activity has no end date (ongoing)</source>
        <translation>Aktiviteten har inget slutdatum (löpande)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="101"/>
        <source>Link goals…</source>
        <translation>Koppla mål…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="102"/>
        <source>Choose the measurable goals this activity works towards</source>
        <translation>Välj de mätbara mål som aktiviteten bidrar till</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="110"/>
        <source>Report status…</source>
        <translation>Rapportera status…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="111"/>
        <source>Add a status report to the history (Ctrl+R)</source>
        <translation>Lägg till en statusrapport i historiken (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="135"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="136"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="137"/>
        <source>Initiative</source>
        <translation>Insatsområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="138"/>
        <source>Lifecycle</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="142"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="67"/>
        <location filename="../../desktop_app/ui/activity_form.py" line="152"/>
        <source>Decided on</source>
        <translation>Beslutad den</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="158"/>
        <source>Responsible office</source>
        <translation>Ansvarigt kontor/enhet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="162"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="163"/>
        <source>Participating offices</source>
        <translation>Deltagande kontor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="91"/>
        <location filename="../../desktop_app/ui/activity_form.py" line="169"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="84"/>
        <source>Type to search the register of people</source>
        <translation>Skriv för att söka i personregistret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="87"/>
        <source>Add the name typed as owner to the register of people</source>
        <translation>Lägg till namnet som skrivits som ansvarig i personregistret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="92"/>
        <location filename="../../desktop_app/ui/activity_form.py" line="179"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="183"/>
        <source>Measurable goals</source>
        <translation>Mätbara mål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="198"/>
        <source>Current status</source>
        <translation>Aktuell status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="200"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="202"/>
        <source>Responsibility</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="204"/>
        <source>Schedule and goals</source>
        <translation>Tidplan och mål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="206"/>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="264"/>
        <source>None linked</source>
        <translation>Inga kopplade mål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="330"/>
        <source>— none —</source>
        <translation>— inget —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="354"/>
        <source>Report the first status with “Report status…”.</source>
        <translation>Rapportera den första statusen med ”Rapportera status…”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="363"/>
        <source>Cause: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="365"/>
        <source>Recommended action: %1</source>
        <translation>Rekommenderad åtgärd: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="387"/>
        <location filename="../../desktop_app/ui/activity_form.py" line="501"/>
        <source>The activity must have a title.</source>
        <translation>Aktiviteten måste ha en titel.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="393"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="406"/>
        <source>owner</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="393"/>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="414"/>
        <source>lifecycle</source>
        <translation>läge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="424"/>
        <source>decision date</source>
        <translation>beslutsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="430"/>
        <source>priority</source>
        <translation>prioritet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="434"/>
        <location filename="../../desktop_app/ui/activity_form.py" line="521"/>
        <source>responsible office</source>
        <translation>ansvarigt kontor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="445"/>
        <source>participating offices</source>
        <translation>deltagande kontor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="463"/>
        <source>schedule</source>
        <translation>tidplan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="509"/>
        <source>New office or unit</source>
        <translation>Nytt kontor eller ny enhet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="509"/>
        <source>Name of the office or unit:</source>
        <translation>Kontorets eller enhetens namn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="528"/>
        <source>Move activity to another initiative</source>
        <translation>Flytta aktivitet till annat insatsområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="535"/>
        <source>initiative</source>
        <translation>insatsområde</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop_app/ui/commands.py" line="42"/>
        <source>The plan is open read-only in this window; changes cannot be saved.</source>
        <translation>Planen är skrivskyddad i det här fönstret; ändringar kan inte sparas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commands.py" line="98"/>
        <source>Could not be undone or redone</source>
        <translation>Kunde inte ångras eller göras om</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commands.py" line="115"/>
        <source>Change %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commands.py" line="174"/>
        <source>Report status</source>
        <translation>Rapportera status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commands.py" line="201"/>
        <source>Add focus area</source>
        <translation>Lägg till fokusområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commands.py" line="202"/>
        <source>Add initiative</source>
        <translation>Lägg till insatsområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commands.py" line="203"/>
        <source>Add activity</source>
        <translation>Lägg till aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commands.py" line="253"/>
        <source>Delete %1</source>
        <translation>Ta bort %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="192"/>
        <source>Select a focus area, initiative or activity in the plan.</source>
        <translation>Välj ett fokusområde, insatsområde eller en aktivitet i planen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="213"/>
        <source>Details of the selected item</source>
        <translation>Uppgifter om den valda punkten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="243"/>
        <source>NOTHING SELECTED</source>
        <translation>INGET VALT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="244"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="250"/>
        <source>ACTIVITY %1</source>
        <translation>AKTIVITET %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="256"/>
        <source>INITIATIVE %1</source>
        <translation>INSATSOMRÅDE %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="261"/>
        <source>FOCUS AREA %1</source>
        <translation>FOKUSOMRÅDE %1</translation>
    </message>
</context>
<context>
    <name>DoneNotice</name>
    <message>
        <location filename="../../desktop_app/ui/done_notice.py" line="41"/>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="37"/>
        <source>Search titles, descriptions and comments (Ctrl+F)</source>
        <translation>Sök i titlar, beskrivningar och kommentarer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="39"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="40"/>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="41"/>
        <source>Show the whole plan again</source>
        <translation>Visa hela planen igen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="43"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="49"/>
        <source>All lifecycles</source>
        <translation>Alla lägen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="53"/>
        <source>Responsible office or unit</source>
        <translation>Ansvarigt kontor eller enhet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="55"/>
        <source>Owner of the activity</source>
        <translation>Aktivitetens ansvarige</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="59"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="60"/>
        <source>Only activities whose end month has passed</source>
        <translation>Bara aktiviteter vars slutmånad har passerat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="61"/>
        <source>Not reported for</source>
        <translation>Ej rapporterade på</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="65"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="66"/>
        <source>Days without a status report</source>
        <translation>Dagar utan statusrapport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="116"/>
        <source>All offices</source>
        <translation>Alla kontor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="119"/>
        <source>All owners</source>
        <translation>Alla ansvariga</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <location filename="../../desktop_app/ui/follow_up_box.py" line="25"/>
        <location filename="../../desktop_app/ui/follow_up_box.py" line="63"/>
        <source>Mark as resolved</source>
        <translation>Markera som åtgärdad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/follow_up_box.py" line="49"/>
        <source>⚑ For follow-up</source>
        <translation>⚑ För uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/follow_up_box.py" line="57"/>
        <source>The value came in as it was with a plan file from an older version. Correct it and the mark goes; or keep it as it is and mark the follow-up as resolved.</source>
        <translation>Värdet kom in som det var med en planfil från en äldre version. Rätta det, så försvinner markeringen; eller behåll det som det är och markera uppföljningen som åtgärdad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/follow_up_box.py" line="64"/>
        <source>Keep the values as they are and remove the follow-up mark</source>
        <translation>Behåll värdena som de är och ta bort markeringen för uppföljning</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../desktop_app/ui/status_light.py" line="57"/>
        <source>Proposed</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_light.py" line="58"/>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_light.py" line="59"/>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_light.py" line="60"/>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_light.py" line="66"/>
        <source>Ongoing</source>
        <translation>Löpande</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="102"/>
        <source>Read-only: %1</source>
        <translation>Skrivskyddad: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="105"/>
        <source>Read-only: this plan is already open in another window. You can read it here, but changes can only be made in the window that opened it first.</source>
        <translation>Skrivskyddad: planen är redan öppen i ett annat fönster. Här kan du läsa den, men ändringar kan bara göras i fönstret som öppnade den först.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="141"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="142"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="143"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="144"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>&amp;Steering</source>
        <translation>&amp;Styrning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>&amp;Reports</source>
        <translation>Rapp&amp;orter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="147"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="172"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="174"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="177"/>
        <source>New &amp;activity</source>
        <translation>Ny &amp;aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="180"/>
        <source>Add an activity to the selected initiative</source>
        <translation>Lägg till en aktivitet i det valda insatsområdet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="183"/>
        <source>New &amp;initiative</source>
        <translation>Nytt &amp;insatsområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="186"/>
        <source>Add an initiative to the selected focus area</source>
        <translation>Lägg till ett insatsområde i det valda fokusområdet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="189"/>
        <source>New &amp;focus area</source>
        <translation>Nytt &amp;fokusområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="192"/>
        <source>Add a focus area to the plan</source>
        <translation>Lägg till ett fokusområde i planen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="195"/>
        <source>&amp;Report status…</source>
        <translation>&amp;Rapportera status…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="198"/>
        <source>Report the status of the activity</source>
        <translation>Rapportera aktivitetens status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="201"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="204"/>
        <source>Delete the selection</source>
        <translation>Ta bort det valda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="209"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="212"/>
        <source>Move the activity up</source>
        <translation>Flytta upp aktiviteten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="215"/>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="218"/>
        <source>Move the activity down</source>
        <translation>Flytta ned aktiviteten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="221"/>
        <source>Move to &amp;initiative…</source>
        <translation>Flytta till &amp;insatsområde…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="224"/>
        <source>Move the activity to another initiative</source>
        <translation>Flytta aktiviteten till ett annat insatsområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="227"/>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="227"/>
        <source>Search the plan</source>
        <translation>Sök i planen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="230"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Rensa filter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="232"/>
        <source>&amp;Expand all</source>
        <translation>&amp;Expandera alla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="234"/>
        <source>&amp;Collapse all</source>
        <translation>&amp;Fäll ihop alla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="237"/>
        <source>Re&amp;load</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="240"/>
        <source>Read the plan again from the file</source>
        <translation>Läs in planen igen från filen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="244"/>
        <source>Offices and &amp;people…</source>
        <translation>Kontor och &amp;personer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="247"/>
        <source>Offices, units, people and roles</source>
        <translation>Kontor, enheter, personer och roller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="249"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="250"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="251"/>
        <source>&amp;About Handlingsplan</source>
        <translation>&amp;Om Handlingsplan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="295"/>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="415"/>
        <source> (read-only)</source>
        <translation> (skrivskyddad)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="419"/>
        <source>Saved: %1</source>
        <translation>Sparat: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="458"/>
        <source>About Handlingsplan</source>
        <translation>Om Handlingsplan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="463"/>
        <source>The municipality&apos;s action plan for the business strategy, followed up with traffic-light status.

Plan file: %1

Licence: MIT. The program includes Qt (LGPL-3.0) through PySide6, Python (PSF) and ReportLab (BSD); the licences of every bundled part are listed in the package&apos;s copyright file.</source>
        <translation>Kommunens handlingsplan för näringslivsstrategin, med uppföljning i trafikljus.

Planfil: %1

Licens: MIT. Programmet innehåller Qt (LGPL-3.0) genom PySide6, Python (PSF) och ReportLab (BSD); licenserna för alla medföljande delar står i paketets copyright-fil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="505"/>
        <source>Unsaved change</source>
        <translation>Osparad ändring</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="507"/>
        <source>A field has a value that cannot be saved (see the message under it). Close anyway and lose that change?</source>
        <translation>Ett fält har ett värde som inte kan sparas (se meddelandet under fältet). Stänga ändå och förlora den ändringen?</translation>
    </message>
</context>
<context>
    <name>MonthField</name>
    <message>
        <location filename="../../desktop_app/ui/date_fields.py" line="268"/>
        <source>Not set</source>
        <translation>Ej angiven</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/date_fields.py" line="270"/>
        <source>Remove the month (not set)</source>
        <translation>Ta bort månaden (ej angiven)</translation>
    </message>
</context>
<context>
    <name>NoHits</name>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="163"/>
        <source>No hits</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="165"/>
        <source>Clear search and filters</source>
        <translation>Rensa sökning och filter</translation>
    </message>
</context>
<context>
    <name>OfficesTab</name>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="63"/>
        <source>Offices and units</source>
        <translation>Kontor och enheter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="64"/>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="65"/>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="66"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/registers_dialog.py" line="89"/>
        <source>(responsible for %n activities)</source>
        <translation>
            <numerusform>(ansvarar för %n aktivitet)</numerusform>
            <numerusform>(ansvarar för %n aktiviteter)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="106"/>
        <source>New office or unit</source>
        <translation>Nytt kontor eller ny enhet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="106"/>
        <source>Name of the office or unit:</source>
        <translation>Kontorets eller enhetens namn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="117"/>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="117"/>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="128"/>
        <source>Delete office or unit</source>
        <translation>Ta bort kontor eller enhet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="130"/>
        <source>Delete “%1” from the register? Activities it is responsible for keep their data.</source>
        <translation>Ta bort ”%1” ur registret? Aktiviteter som kontoret ansvarar för behåller sina uppgifter.</translation>
    </message>
</context>
<context>
    <name>ParentForm</name>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="62"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="63"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="64"/>
        <source>What the focus area is about</source>
        <translation>Vad fokusområdet handlar om</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="66"/>
        <source>The municipality …</source>
        <translation>Kommunen …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="67"/>
        <source>By …</source>
        <translation>Genom att …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="68"/>
        <source>How: the “By …” text of the initiative</source>
        <translation>Hur: insatsområdets text ”Genom att …”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="71"/>
        <source>Status of the activities</source>
        <translation>Aktiviteternas status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="74"/>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="74"/>
        <source>Initiative</source>
        <translation>Insatsområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="115"/>
        <source>The focus area must have a title.</source>
        <translation>Fokusområdet måste ha en titel.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="116"/>
        <source>The initiative must have a text.</source>
        <translation>Insatsområdet måste ha en text.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="134"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="139"/>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="167"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="173"/>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="257"/>
        <source>Process leader</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="174"/>
        <source>Steering-group member</source>
        <translation>Ledamot i styrgruppen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="187"/>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="309"/>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="188"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="190"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="194"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="195"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="196"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="197"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="198"/>
        <source>Office/unit</source>
        <translation>Kontor/enhet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="202"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="203"/>
        <source>Focus-area lead for</source>
        <translation>Fokusområdesansvarig för</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="239"/>
        <source>— none —</source>
        <translation>— inget —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="259"/>
        <source>Focus-area lead</source>
        <translation>Fokusområdesansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="261"/>
        <source>Steering group</source>
        <translation>Styrgrupp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="309"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="363"/>
        <source>Delete person</source>
        <translation>Ta bort person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="361"/>
        <source>Delete “%1” from the register?</source>
        <translation>Ta bort ”%1” ur registret?</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="39"/>
        <source>New person…</source>
        <translation>Ny person…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="40"/>
        <source>Add the name typed to the register of people</source>
        <translation>Lägg till det skrivna namnet i personregistret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="87"/>
        <source>Not in the register of people: kept as text. “New person…” adds it.</source>
        <translation>Finns inte i personregistret: sparas som text. ”Ny person…” lägger till namnet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="89"/>
        <source>No longer in the register of people.</source>
        <translation>Finns inte längre i personregistret.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="141"/>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/person_picker.py" line="141"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
</context>
<context>
    <name>PlanCounts</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="48"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="50"/>
        <source>%n green</source>
        <translation>
            <numerusform>%n grön</numerusform>
            <numerusform>%n gröna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="51"/>
        <source>%n yellow</source>
        <translation>
            <numerusform>%n gul</numerusform>
            <numerusform>%n gula</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="52"/>
        <source>%n red</source>
        <translation>
            <numerusform>%n röd</numerusform>
            <numerusform>%n röda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="53"/>
        <source>%n not reported</source>
        <translation>
            <numerusform>%n ej rapporterad</numerusform>
            <numerusform>%n ej rapporterade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="59"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../desktop_app/ui/plan_editor.py" line="35"/>
        <source>Could not be done</source>
        <translation>Kunde inte genomföras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_editor.py" line="43"/>
        <source>Saved: %1</source>
        <translation>Sparat: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_editor.py" line="53"/>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_editor.py" line="60"/>
        <source>New initiative</source>
        <translation>Nytt insatsområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_editor.py" line="63"/>
        <source>New focus area</source>
        <translation>Nytt fokusområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_editor.py" line="123"/>
        <source>the activity %1 “%2”</source>
        <translation>aktiviteten %1 ”%2”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/plan_editor.py" line="127"/>
        <source>the initiative %1 “%2” and its %n activities</source>
        <translation>
            <numerusform>insatsområdet %1 ”%2” och dess %n aktivitet</numerusform>
            <numerusform>insatsområdet %1 ”%2” och dess %n aktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/plan_editor.py" line="134"/>
        <source>the focus area %1 “%2” with %3 initiatives and %n activities</source>
        <translation>
            <numerusform>fokusområdet %1 ”%2” med %3 insatsområden och %n aktivitet</numerusform>
            <numerusform>fokusområdet %1 ”%2” med %3 insatsområden och %n aktiviteter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_editor.py" line="141"/>
        <location filename="../../desktop_app/ui/plan_editor.py" line="148"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_editor.py" line="142"/>
        <source>Delete %1?</source>
        <translation>Ta bort %1?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_editor.py" line="147"/>
        <source>The status history is kept. You can undo this with Edit › Undo.</source>
        <translation>Statushistoriken sparas. Du kan ångra med Redigera › Ångra.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_editor.py" line="169"/>
        <source>Move activity up</source>
        <translation>Flytta upp aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_editor.py" line="169"/>
        <source>Move activity down</source>
        <translation>Flytta ned aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_editor.py" line="195"/>
        <source>Move activity</source>
        <translation>Flytta aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_editor.py" line="212"/>
        <source>Move to initiative</source>
        <translation>Flytta till insatsområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_editor.py" line="213"/>
        <source>Move “%1” to:</source>
        <translation>Flytta ”%1” till:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_editor.py" line="221"/>
        <source>Move activity to another initiative</source>
        <translation>Flytta aktivitet till annat insatsområde</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="154"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="154"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="154"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="154"/>
        <source>Schedule</source>
        <translation>Tidplan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="514"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="527"/>
        <source>marked for follow-up</source>
        <translation>markerad för uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="529"/>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="531"/>
        <source>not reported for %1 days</source>
        <translation>inte rapporterad på %1 dagar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="540"/>
        <source>%1 green, %2 yellow, %3 red, %4 not reported</source>
        <translation>%1 gröna, %2 gula, %3 röda, %4 ej rapporterade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="549"/>
        <source>Cause: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="553"/>
        <source>Overdue: the end month %1 has passed</source>
        <translation>Försenad: slutmånaden %1 har passerat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="556"/>
        <source>No report for %1 days</source>
        <translation>Ingen rapport på %1 dagar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="558"/>
        <source>⚑ For follow-up: %1</source>
        <translation>⚑ För uppföljning: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="560"/>
        <source>Responsible office: %1</source>
        <translation>Ansvarigt kontor: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="563"/>
        <source>Schedule: %1</source>
        <translation>Tidplan: %1</translation>
    </message>
</context>
<context>
    <name>PlanTreeView</name>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_view.py" line="137"/>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plan_tree_view.py" line="138"/>
        <source>Focus areas, initiatives and activities with their status; Enter opens the form</source>
        <translation>Fokusområden, insatsområden och aktiviteter med sin status; Retur öppnar formuläret</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <location filename="../../desktop_app/ui/register_commands.py" line="54"/>
        <source>Add office or unit %1</source>
        <translation>Lägg till kontor/enhet %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_commands.py" line="77"/>
        <source>Rename office or unit %1</source>
        <translation>Byt namn på kontor/enhet %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_commands.py" line="99"/>
        <source>Delete office or unit %1</source>
        <translation>Ta bort kontor/enhet %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_commands.py" line="101"/>
        <source>Delete person %1</source>
        <translation>Ta bort person %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_commands.py" line="121"/>
        <source>Add person %1</source>
        <translation>Lägg till person %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_commands.py" line="150"/>
        <source>Change person %1</source>
        <translation>Ändra person %1</translation>
    </message>
</context>
<context>
    <name>RegistersDialog</name>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="384"/>
        <source>Offices and people</source>
        <translation>Kontor och personer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="391"/>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="392"/>
        <source>Offices and units</source>
        <translation>Kontor och enheter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="393"/>
        <source>People and roles</source>
        <translation>Personer och roller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="397"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="399"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="439"/>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="448"/>
        <source>Undo: %1</source>
        <translation>Ångra: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="440"/>
        <source>Redo: %1</source>
        <translation>Gör om: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_dialog.py" line="446"/>
        <source>Change person %1</source>
        <translation>Ändra person %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="31"/>
        <source>Shown as who reported, changed, decided or prepared something; never your login name</source>
        <translation>Visas som den som rapporterat, ändrat, beslutat eller upprättat något; aldrig ditt inloggningsnamn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="43"/>
        <source>A new language is used the next time Handlingsplan starts.</source>
        <translation>Ett nytt språk används nästa gång Handlingsplan startas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="48"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="51"/>
        <source>Activities without a status report for this long are marked in the plan</source>
        <translation>Aktiviteter utan statusrapport så här länge markeras i planen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="56"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="58"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="60"/>
        <source>Mark as not reported after</source>
        <translation>Markera som ej rapporterad efter</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="86"/>
        <location filename="../../desktop_app/ui/app.py" line="127"/>
        <source>The plan cannot be opened</source>
        <translation>Planen kan inte öppnas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="105"/>
        <source>Create a new plan?</source>
        <translation>Skapa en ny plan?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="106"/>
        <source>There is no plan at %1. Create a new plan there, from the default plan?</source>
        <translation>Det finns ingen plan i %1. Vill du skapa en ny plan där, utifrån standardplanen?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="131"/>
        <source>The file has not been changed.</source>
        <translation>Filen har inte ändrats.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="162"/>
        <source>Your name cannot be saved</source>
        <translation>Ditt namn kan inte sparas</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop_app/ui/status_light.py" line="38"/>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_light.py" line="39"/>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_light.py" line="40"/>
        <source>Red</source>
        <translation>Röd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_light.py" line="41"/>
        <source>Not reported</source>
        <translation>Ej rapporterad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_light.py" line="48"/>
        <source>On plan</source>
        <translation>Fortskrider enligt plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_light.py" line="49"/>
        <source>Deviation from the plan</source>
        <translation>Avvikelse i planen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_light.py" line="50"/>
        <source>Considerable deviation</source>
        <translation>Avviker avsevärt</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop_app/ui/status_dialog.py" line="47"/>
        <source>Report status</source>
        <translation>Rapportera status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_dialog.py" line="82"/>
        <source>What has been done, what is next</source>
        <translation>Vad som har gjorts och vad som händer härnäst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_dialog.py" line="85"/>
        <source>Why the activity deviates from the plan</source>
        <translation>Varför aktiviteten avviker från planen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_dialog.py" line="88"/>
        <source>Agreed by the process leader and the focus-area lead</source>
        <translation>Överenskommen av processledare och fokusområdesansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_dialog.py" line="78"/>
        <location filename="../../desktop_app/ui/status_dialog.py" line="95"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_dialog.py" line="96"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_dialog.py" line="97"/>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_dialog.py" line="98"/>
        <source>Recommended action</source>
        <translation>Rekommenderad åtgärd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_dialog.py" line="113"/>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_dialog.py" line="145"/>
        <source>Choose green, yellow or red.</source>
        <translation>Välj grön, gul eller röd.</translation>
    </message>
</context>
<context>
    <name>StatusHistory</name>
    <message>
        <location filename="../../desktop_app/ui/status_history.py" line="33"/>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_history.py" line="33"/>
        <source>Every status report, newest first</source>
        <translation>Alla statusrapporter, nyast först</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_history.py" line="35"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_history.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_history.py" line="35"/>
        <source>Reported by</source>
        <translation>Rapporterad av</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_history.py" line="35"/>
        <source>Comment, cause and action</source>
        <translation>Kommentar, orsak och åtgärd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_history.py" line="47"/>
        <source>No status has been reported yet.</source>
        <translation>Ingen status har rapporterats ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_history.py" line="58"/>
        <source>Cause: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_history.py" line="60"/>
        <source>Recommended action: %1</source>
        <translation>Rekommenderad åtgärd: %1</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../desktop_app/ui/unsaved.py" line="87"/>
        <source>Unsaved change</source>
        <translation>Osparad ändring</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unsaved.py" line="88"/>
        <source>A field has a value that cannot be saved (see the message under it). Close anyway and lose that change?</source>
        <translation>Ett fält har ett värde som inte kan sparas (se meddelandet under fältet). Stänga ändå och förlora den ändringen?</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <location filename="../../desktop_app/ui/user_dialog.py" line="45"/>
        <source>Who are you?</source>
        <translation>Vem är du?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_dialog.py" line="48"/>
        <source>Handlingsplan notes who reports a status, makes a change or prepares a report. Write your name, or choose yourself among the people in the register. You can change it later under Settings.</source>
        <translation>Handlingsplan noterar vem som rapporterar status, gör en ändring eller upprättar en rapport. Skriv ditt namn, eller välj dig själv bland personerna i registret. Du kan ändra det senare under Inställningar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_dialog.py" line="55"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
</context>
<context>
    <name>_TypedField</name>
    <message>
        <location filename="../../desktop_app/ui/date_fields.py" line="85"/>
        <source>Not set</source>
        <translation>Ej angiven</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/date_fields.py" line="89"/>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>Välj i kalendern (Alt+Nedpil)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/date_fields.py" line="93"/>
        <source>Remove the date (not set)</source>
        <translation>Ta bort datumet (ej angivet)</translation>
    </message>
</context>
</TS>
