<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActivityGoalsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="411"/>
        <source>Measurable goals of %1</source>
        <translation>Mätbara mål för %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="418"/>
        <source>Measurable goals the activity works towards</source>
        <translation>Mätbara mål som aktiviteten arbetar mot</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="431"/>
        <source>Tick the goals the activity contributes to.</source>
        <translation>Markera de mål som aktiviteten bidrar till.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="433"/>
        <source>There are no measurable goals yet. Add them under Steering ▸ Measurable goals.</source>
        <translation>Det finns inga mätbara mål än. Lägg in dem under Styrning ▸ Mätbara mål.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="458"/>
        <source>Link activity to goals</source>
        <translation>Koppla aktivitet till mål</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="52"/>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="63"/>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="67"/>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="89"/>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="118"/>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="133"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="68"/>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="90"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="69"/>
        <source>Responsible</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="71"/>
        <source>Schedule</source>
        <translation>Tidplan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="73"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="78"/>
        <source>Activities proposed in the focus-area groups, waiting for the steering group&apos;s decision.</source>
        <translation>Aktiviteter som föreslagits i fokusområdesgrupperna och väntar på styrgruppens beslut.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="81"/>
        <source>Approve…</source>
        <translation>Godkänn…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="82"/>
        <source>Cancel the activity…</source>
        <translation>Avbryt aktiviteten…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="83"/>
        <source>Completed…</source>
        <translation>Genomförd…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="84"/>
        <source>Set priority…</source>
        <translation>Prioritera…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="88"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="91"/>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="92"/>
        <source>Recommended action</source>
        <translation>Rekommenderad åtgärd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="93"/>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="134"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="98"/>
        <source>Current deviations (yellow and red) with the recommended action agreed by the process leader and the focus-area lead.</source>
        <translation>Aktuella avvikelser (gula och röda) med den åtgärd som processledaren och fokusområdesansvarig rekommenderar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="102"/>
        <source>Decide action…</source>
        <translation>Besluta åtgärd…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="106"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="107"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="108"/>
        <source>Idea or feedback</source>
        <translation>Idé eller synpunkt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="109"/>
        <source>State</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="113"/>
        <source>Ideas and feedback from the business dialogue forums since the previous meeting.</source>
        <translation>Idéer och synpunkter från näringslivets dialogforum sedan förra mötet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="119"/>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="120"/>
        <source>Last check</source>
        <translation>Senaste avstämning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="120"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="125"/>
        <source>Focus areas whose activity list the process leader and the focus-area lead have not checked since the previous meeting.</source>
        <translation>Fokusområden vars aktivitetslista processledaren och fokusområdesansvarig inte har stämt av sedan förra mötet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="132"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="135"/>
        <source>Followed up by</source>
        <translation>Följs upp av</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="136"/>
        <source>By date</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="137"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="141"/>
        <source>Decisions recorded at this meeting. Undo a decision made by mistake with Edit ▸ Undo.</source>
        <translation>Beslut registrerade vid det här mötet. Ett beslut som registrerats av misstag ångras med Redigera ▸ Ångra.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="143"/>
        <source>Other decision…</source>
        <translation>Annat beslut…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="160"/>
        <source>Agenda for %1</source>
        <translation>Dagordning %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="163"/>
        <source>Prepared from the plan. Previous meeting: %1.</source>
        <translation>Förberedd ur planen. Förra mötet: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="165"/>
        <source>Prepared from the plan. This is the first meeting.</source>
        <translation>Förberedd ur planen. Det här är det första mötet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="168"/>
        <source>Proposed activities (%1)</source>
        <translation>Föreslagna aktiviteter (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="169"/>
        <source>Deviations (%1)</source>
        <translation>Avvikelser (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="170"/>
        <source>Ideas and feedback (%1)</source>
        <translation>Idéer och synpunkter (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="175"/>
        <source>Focus areas not checked (%1)</source>
        <translation>Ej avstämda fokusområden (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="177"/>
        <source>Decisions at this meeting (%1)</source>
        <translation>Beslut vid mötet (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="201"/>
        <source>The steering group approves the activity.</source>
        <translation>Styrgruppen godkänner aktiviteten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="202"/>
        <source>The activity is cancelled.</source>
        <translation>Aktiviteten avbryts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="203"/>
        <source>The activity is completed.</source>
        <translation>Aktiviteten är genomförd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/agenda.py" line="204"/>
        <source>The activity is given priority.</source>
        <translation>Aktiviteten prioriteras.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="162"/>
        <source>Agreed recommended action</source>
        <translation>Överenskommen rekommenderad åtgärd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="168"/>
        <source>Recommended action: %1</source>
        <translation>Rekommenderad åtgärd: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="171"/>
        <source>Process leader and focus-area lead</source>
        <translation>Processledare och fokusområdesansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="173"/>
        <source>Agreed by:</source>
        <translation>Överenskommen av:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="174"/>
        <source>Agreed on:</source>
        <translation>Datum:</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="186"/>
        <source>Record check</source>
        <translation>Registrera avstämning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="188"/>
        <source>&lt;b&gt;Focus area %1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Fokusområde %1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="194"/>
        <source>Process leader and focus-area lead</source>
        <translation>Processledare och fokusområdesansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="198"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="199"/>
        <source>Checked by:</source>
        <translation>Avstämt av:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="200"/>
        <source>Note:</source>
        <translation>Notering:</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="94"/>
        <source>Decision: %1</source>
        <translation>Beslut: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="104"/>
        <source>%1 since %2. Cause: %3. Recommended action: %4</source>
        <translation>%1 sedan %2. Orsak: %3. Rekommenderad åtgärd: %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="115"/>
        <source>Meeting:</source>
        <translation>Möte:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="120"/>
        <source>Priority:</source>
        <translation>Prioritet:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="124"/>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="125"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="126"/>
        <source>Who follows up the decision</source>
        <translation>Vem som följer upp beslutet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="136"/>
        <source>Followed up by:</source>
        <translation>Följs upp av:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="137"/>
        <source>By date:</source>
        <translation>Senast:</translation>
    </message>
</context>
<context>
    <name>DecisionRegisterView</name>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="31"/>
        <source>Only open follow-ups</source>
        <translation>Endast öppna uppföljningar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="34"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="35"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="36"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="37"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="38"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="39"/>
        <source>Followed up by</source>
        <translation>Följs upp av</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="40"/>
        <source>By date</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="42"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="50"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="54"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="56"/>
        <source>Mark follow-up done</source>
        <translation>Markera uppföljning klar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="61"/>
        <source>Meeting:</source>
        <translation>Möte:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="64"/>
        <source>Focus area:</source>
        <translation>Fokusområde:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="72"/>
        <source>Done on:</source>
        <translation>Klar den:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="78"/>
        <source>Decision register</source>
        <translation>Beslutsregister</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="101"/>
        <source>All meetings</source>
        <translation>Alla möten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/register.py" line="106"/>
        <source>All focus areas</source>
        <translation>Alla fokusområden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/steering/register.py" line="129"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n beslut</numerusform>
            <numerusform>%n beslut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviationsView</name>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="31"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="32"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="33"/>
        <source>Responsible</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="34"/>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="35"/>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="36"/>
        <source>Recommended action</source>
        <translation>Rekommenderad åtgärd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="37"/>
        <source>Agreed</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="38"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="40"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="47"/>
        <source>Deviations</source>
        <translation>Avvikelser</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="52"/>
        <source>Record agreed action…</source>
        <translation>Registrera överenskommen åtgärd…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="53"/>
        <source>Decide action…</source>
        <translation>Besluta åtgärd…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="60"/>
        <source>Deviation follow-up</source>
        <translation>Uppföljning av avvikelser</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="64"/>
        <source>Every activity that is yellow or red now. The process leader and the focus-area lead agree on a recommended action; the steering group decides and the decision is followed up.</source>
        <translation>Alla aktiviteter som just nu är gula eller röda. Processledaren och fokusområdesansvarig tar gemensamt fram en rekommenderad åtgärd; styrgruppen fattar beslut och beslutet följs upp.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="82"/>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="88"/>
        <source>No decision</source>
        <translation>Inget beslut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="90"/>
        <source>Open, by %1</source>
        <translation>Öppen, senast %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="92"/>
        <source>Done %1</source>
        <translation>Klar %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="93"/>
        <source>Decided</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="108"/>
        <source>No current deviations.</source>
        <translation>Inga avvikelser just nu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="110"/>
        <source>Select a deviation.</source>
        <translation>Välj en avvikelse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="115"/>
        <source>Cause:</source>
        <translation>Orsak:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="116"/>
        <source>Recommended action:</source>
        <translation>Rekommenderad åtgärd:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="124"/>
        <source>(agreed %1 by %2)</source>
        <translation>(överenskommen %1 av %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="130"/>
        <source>Decision %1: %2 — followed up by %3 by %4</source>
        <translation>Beslut %1: %2 — följs upp av %3 senast %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/deviations.py" line="150"/>
        <source>Create a steering meeting first; decisions are taken at meetings.</source>
        <translation>Skapa ett styrgruppsmöte först; beslut fattas vid möten.</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="60"/>
        <location filename="../../desktop_app/ui/steering/goals.py" line="269"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="61"/>
        <source>Baseline</source>
        <translation>Utgångsläge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="62"/>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="64"/>
        <source>Latest</source>
        <translation>Senaste värde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="71"/>
        <location filename="../../desktop_app/ui/steering/goals.py" line="269"/>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="70"/>
        <location filename="../../desktop_app/ui/steering/goals.py" line="75"/>
        <source>Measurable goals</source>
        <translation>Mätbara mål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="77"/>
        <source>The strategy&apos;s measurable goals. Every activity is linked to the goals it serves.</source>
        <translation>Näringslivsstrategins mätbara mål. Varje aktivitet kopplas till de mål den bidrar till.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="115"/>
        <source>What is measured, e.g. newly registered companies</source>
        <translation>Vad som mäts, t.ex. nyregistrerade företag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="117"/>
        <source>e.g. number, %, place in ranking</source>
        <translation>t.ex. antal, %, placering i ranking</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="119"/>
        <source>Baseline year</source>
        <translation>Utgångsåret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="120"/>
        <source>Target year</source>
        <translation>Målåret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="123"/>
        <location filename="../../desktop_app/ui/steering/goals.py" line="148"/>
        <location filename="../../desktop_app/ui/steering/goals.py" line="156"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="126"/>
        <location filename="../../desktop_app/ui/steering/goals.py" line="149"/>
        <location filename="../../desktop_app/ui/steering/goals.py" line="159"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="127"/>
        <source>Save goal</source>
        <translation>Spara mål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="128"/>
        <source>Delete goal</source>
        <translation>Ta bort mål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="131"/>
        <source>Goal:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="132"/>
        <source>Indicator:</source>
        <translation>Indikator:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="133"/>
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="134"/>
        <source>Baseline:</source>
        <translation>Utgångsläge:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="135"/>
        <source>Target:</source>
        <translation>Målvärde:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="145"/>
        <source>Measured values per year</source>
        <translation>Uppmätta värden per år</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="150"/>
        <source>Note</source>
        <translation>Notering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="154"/>
        <source>Measured values</source>
        <translation>Mätvärden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="155"/>
        <source>Year of the measured value</source>
        <translation>Året för värdet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="161"/>
        <source>Note (source, preliminary …)</source>
        <translation>Notering (källa, preliminärt …)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="162"/>
        <source>Set value</source>
        <translation>Ange värde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="163"/>
        <source>Remove value</source>
        <translation>Ta bort värde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="179"/>
        <location filename="../../desktop_app/ui/steering/goals.py" line="189"/>
        <source>Linked activities</source>
        <translation>Kopplade aktiviteter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="182"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="183"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="184"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="185"/>
        <source>Lifecycle</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="195"/>
        <source>Link</source>
        <translation>Koppla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/goals.py" line="196"/>
        <source>Unlink</source>
        <translation>Koppla bort</translation>
    </message>
</context>
<context>
    <name>IdeasView</name>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="48"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="49"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="50"/>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="51"/>
        <source>Idea or feedback</source>
        <translation>Idé eller synpunkt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="52"/>
        <source>State</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="57"/>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="175"/>
        <source>New idea</source>
        <translation>Ny idé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="56"/>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="61"/>
        <source>Ideas and feedback</source>
        <translation>Idéer och synpunkter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="63"/>
        <source>Raised by businesses in the dialogue forums and reported to the steering group.</source>
        <translation>Framförda av företag i dialogforumen och rapporterade till styrgruppen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="80"/>
        <source>What the business raised, in a sentence or two</source>
        <translation>Vad företagen tog upp, i en eller två meningar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="85"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="86"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="87"/>
        <source>Make activity…</source>
        <translation>Gör till aktivitet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="90"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="91"/>
        <source>Forum:</source>
        <translation>Forum:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="92"/>
        <source>Focus area:</source>
        <translation>Fokusområde:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="93"/>
        <source>Idea or feedback:</source>
        <translation>Idé eller synpunkt:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="94"/>
        <source>State:</source>
        <translation>Behandling:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="95"/>
        <source>Activity:</source>
        <translation>Aktivitet:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="131"/>
        <source>— none —</source>
        <translation>— inget —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="175"/>
        <source>Idea from %1</source>
        <translation>Idé från %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/ideas.py" line="191"/>
        <source>(removed from the plan)</source>
        <translation>(borttagen ur planen)</translation>
    </message>
</context>
<context>
    <name>MakeActivityDialog</name>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="216"/>
        <source>Make idea an activity</source>
        <translation>Gör idén till en aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="219"/>
        <source>The idea becomes a proposed activity that the steering group can approve.</source>
        <translation>Idén blir en föreslagen aktivitet som styrgruppen kan godkänna.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="233"/>
        <source>Initiative:</source>
        <translation>Insatsområde:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/dialogs.py" line="234"/>
        <source>Activity title:</source>
        <translation>Aktivitetens titel:</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="59"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="60"/>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="62"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="69"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="70"/>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="71"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="75"/>
        <source>Steering meetings</source>
        <translation>Styrgruppsmöten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="92"/>
        <source>Create a meeting with “New meeting”. Its agenda is prepared from the plan.</source>
        <translation>Skapa ett möte med ”Nytt möte”. Dagordningen förbereds ur planen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="118"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="121"/>
        <source>e.g. City Hall, room 2</source>
        <translation>t.ex. Stadshuset, sal Tälje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="128"/>
        <source>No one has the role steering-group member yet. Add the members in the register of people.</source>
        <translation>Ingen har rollen styrgruppsledamot än. Lägg in ledamöterna i personregistret.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="133"/>
        <source>Type to add someone from the register of people</source>
        <translation>Skriv för att lägga till någon ur personregistret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="136"/>
        <source>Add someone present</source>
        <translation>Lägg till närvarande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="137"/>
        <source>New person…</source>
        <translation>Ny person…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="139"/>
        <source>Add a steering-group member to the register of people and mark them present</source>
        <translation>Lägg till en styrgruppsledamot i personregistret och markera som närvarande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="144"/>
        <source>Save meeting</source>
        <translation>Spara mötet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="147"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="148"/>
        <source>Location:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="149"/>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="151"/>
        <source>Present from the steering group:</source>
        <translation>Närvarande från styrgruppen:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="188"/>
        <source>“%1” is not in the register of people. “New person…” adds them.</source>
        <translation>”%1” finns inte i personregistret. ”Ny person…” lägger till personen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="212"/>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/meetings.py" line="212"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
</context>
<context>
    <name>RhythmView</name>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="25"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="26"/>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="27"/>
        <source>Last check</source>
        <translation>Senaste avstämning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="27"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="28"/>
        <source>Checked by</source>
        <translation>Avstämt av</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="29"/>
        <source>Note</source>
        <translation>Notering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="31"/>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="38"/>
        <source>Focus areas and their checks</source>
        <translation>Fokusområden och deras avstämningar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="41"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="42"/>
        <source>Days before a check is due</source>
        <translation>Dagar innan en avstämning ska göras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="44"/>
        <source>Record check…</source>
        <translation>Registrera avstämning…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="49"/>
        <source>A focus area is due when it was not checked since the last meeting, or when its last check is older than</source>
        <translation>Ett fokusområde ska stämmas av när det inte stämts av sedan senaste mötet, eller när senaste avstämningen är äldre än</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="60"/>
        <source>Reporting rhythm</source>
        <translation>Rapporteringsrytm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="64"/>
        <source>The process leader checks each focus area&apos;s activity list with its focus-area lead before the steering group meets.</source>
        <translation>Processledaren stämmer av varje fokusområdes aktivitetslista med fokusområdesansvarig inför styrgruppens möte.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="83"/>
        <source>Due: never checked</source>
        <translation>Att stämma av: aldrig avstämt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="85"/>
        <source>Due: not checked since the meeting %1</source>
        <translation>Att stämma av: inte sedan mötet %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="87"/>
        <source>Due: more than %n day(s) ago</source>
        <translation>
            <numerusform>Att stämma av: mer än %n dag sedan</numerusform>
            <numerusform>Att stämma av: mer än %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="88"/>
        <source>Checked</source>
        <translation>Avstämt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="98"/>
        <source>%n focus area(s) due for a check.</source>
        <translation>
            <numerusform>%n fokusområde behöver stämmas av.</numerusform>
            <numerusform>%n fokusområden behöver stämmas av.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="100"/>
        <source>All focus areas are checked.</source>
        <translation>Alla fokusområden är avstämda.</translation>
    </message>
</context>
<context>
    <name>SteeringCommands</name>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="84"/>
        <source>Cannot undo or redo</source>
        <translation>Det går inte att ångra eller göra om</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="147"/>
        <source>New steering meeting</source>
        <translation>Nytt styrgruppsmöte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="161"/>
        <source>Edit steering meeting</source>
        <translation>Ändra styrgruppsmöte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="171"/>
        <source>Delete steering meeting</source>
        <translation>Ta bort styrgruppsmöte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="191"/>
        <source>Record decision</source>
        <translation>Registrera beslut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="202"/>
        <source>Mark follow-up done</source>
        <translation>Markera uppföljning klar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="216"/>
        <source>Record agreed action</source>
        <translation>Registrera överenskommen åtgärd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="230"/>
        <source>New idea</source>
        <translation>Ny idé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="246"/>
        <source>Edit idea</source>
        <translation>Ändra idé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="256"/>
        <source>Delete idea</source>
        <translation>Ta bort idé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="269"/>
        <source>Make idea an activity</source>
        <translation>Gör idén till en aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="284"/>
        <source>New measurable goal</source>
        <translation>Nytt mätbart mål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="297"/>
        <source>Edit measurable goal</source>
        <translation>Ändra mätbart mål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="307"/>
        <source>Delete measurable goal</source>
        <translation>Ta bort mätbart mål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="326"/>
        <source>Set measured value</source>
        <translation>Ange uppmätt värde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="339"/>
        <source>Remove measured value</source>
        <translation>Ta bort uppmätt värde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="351"/>
        <source>Link activity to goal</source>
        <translation>Koppla aktivitet till mål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="353"/>
        <source>Unlink activity from goal</source>
        <translation>Koppla bort aktivitet från mål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/commands.py" line="369"/>
        <source>Record focus-area check</source>
        <translation>Registrera avstämning av fokusområde</translation>
    </message>
</context>
<context>
    <name>SteeringLabels</name>
    <message>
        <location filename="../../desktop_app/ui/steering/labels.py" line="12"/>
        <source>Process leader</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/labels.py" line="13"/>
        <source>Focus-area lead</source>
        <translation>Fokusområdesansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/labels.py" line="14"/>
        <source>Steering group</source>
        <translation>Styrgrupp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/labels.py" line="20"/>
        <source>Activity approved</source>
        <translation>Godkänd aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/labels.py" line="21"/>
        <source>Activity cancelled</source>
        <translation>Avbruten aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/labels.py" line="22"/>
        <source>Activity completed</source>
        <translation>Genomförd aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/labels.py" line="23"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/labels.py" line="24"/>
        <source>Action on deviation</source>
        <translation>Åtgärd på avvikelse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/labels.py" line="25"/>
        <source>Other decision</source>
        <translation>Övrigt beslut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/labels.py" line="32"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/labels.py" line="33"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/labels.py" line="39"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/labels.py" line="40"/>
        <source>Considered</source>
        <translation>Behandlad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/labels.py" line="41"/>
        <source>Became an activity</source>
        <translation>Blev en aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/labels.py" line="42"/>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
</context>
<context>
    <name>SteeringWindow</name>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="31"/>
        <source>Steering – Handlingsplan</source>
        <translation>Styrning – Handlingsplan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="40"/>
        <source>Steering</source>
        <translation>Styrning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="41"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="42"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="43"/>
        <source>Deviations</source>
        <translation>Avvikelser</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="44"/>
        <source>Ideas and feedback</source>
        <translation>Idéer och synpunkter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="45"/>
        <source>Measurable goals</source>
        <translation>Mätbara mål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="46"/>
        <source>Reporting rhythm</source>
        <translation>Rapporteringsrytm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="52"/>
        <source>The plan is open read-only: you can read everything here but change nothing.</source>
        <translation>Planen är öppnad skrivskyddad: du kan läsa allt här men inte ändra något.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="60"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="61"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="63"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="67"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="108"/>
        <source>Steering &amp;meetings…</source>
        <translation>Styrgrupps&amp;möten…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="109"/>
        <source>&amp;Decision register…</source>
        <translation>&amp;Beslutsregister…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="110"/>
        <source>De&amp;viations…</source>
        <translation>&amp;Avvikelser…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="111"/>
        <source>&amp;Ideas and feedback…</source>
        <translation>&amp;Idéer och synpunkter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="112"/>
        <source>Measurable &amp;goals…</source>
        <translation>Mätbara må&amp;l…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/steering/window.py" line="113"/>
        <source>Reporting &amp;rhythm…</source>
        <translation>&amp;Rapporteringsrytm…</translation>
    </message>
</context>
</TS>
