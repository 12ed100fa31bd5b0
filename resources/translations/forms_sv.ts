<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
  <context>
    <name>ActivityForm</name>
    <message>
      <source>Add the name typed as owner to the register of people</source>
      <translation>Lägg till namnet som skrivits som ansvarig i personregistret</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>Ny person</translation>
    </message>
    <message>
      <source>New person…</source>
      <translation>Ny person…</translation>
    </message>
    <message>
      <source>Type to search the register of people</source>
      <translation>Skriv för att söka i personregistret</translation>
    </message>
  </context>
  <context>
    <name>DoneNotice</name>
    <message>
      <source>Open folder</source>
      <translation>Öppna mappen</translation>
    </message>
    <message>
      <source>The plan file {file} was imported. New: {added}, changed: {changed}.</source>
      <translation>Planfilen {file} importerades. Nya: {added}, ändrade: {changed}.</translation>
    </message>
    <message>
      <source>The plan was exported to {file} (activities: {activities}).</source>
      <translation>Planen exporterades till {file} (aktiviteter: {activities}).</translation>
    </message>
    <message>
      <source>The report was saved as {file}.</source>
      <translation>Rapporten sparades som {file}.</translation>
    </message>
    <message>
      <source>{file} was imported. New activities: {added}, changed: {changed}, status reports: {reports}.</source>
      <translation>{file} importerades. Nya aktiviteter: {added}, ändrade: {changed}, statusrapporter: {reports}.</translation>
    </message>
  </context>
  <context>
    <name>MeetingsView</name>
    <message>
      <source>Add a steering-group member to the register of people and mark them present</source>
      <translation>Lägg till en styrgruppsledamot i personregistret och markera som närvarande</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>Ny person</translation>
    </message>
    <message>
      <source>New person…</source>
      <translation>Ny person…</translation>
    </message>
  </context>
  <context>
    <name>MonthField</name>
    <message>
      <source>Not set</source>
      <translation>Ej angiven</translation>
    </message>
    <message>
      <source>Remove the month (not set)</source>
      <translation>Ta bort månaden (ej angiven)</translation>
    </message>
  </context>
  <context>
    <name>NoHits</name>
    <message>
      <source>Clear search and filters</source>
      <translation>Rensa sökning och filter</translation>
    </message>
    <message>
      <source>No hits</source>
      <translation>Inga träffar</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Shown as who reported, changed, decided or prepared something; never your login name</source>
      <translation>Visas som den som rapporterat, ändrat, beslutat eller upprättat något; aldrig ditt inloggningsnamn</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Ditt namn</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>Your name cannot be saved</source>
      <translation>Ditt namn kan inte sparas</translation>
    </message>
  </context>
  <context>
    <name>Unsaved</name>
    <message>
      <source>A field has a value that cannot be saved (see the message under it). Close anyway and lose that change?</source>
      <translation>Ett fält har ett värde som inte kan sparas (se meddelandet under fältet). Stänga ändå och förlora den ändringen?</translation>
    </message>
    <message>
      <source>Unsaved change</source>
      <translation>Osparad ändring</translation>
    </message>
  </context>
  <context>
    <name>UserNameDialog</name>
    <message>
      <source>Handlingsplan notes who reports a status, makes a change or prepares a report. Write your name, or choose yourself among the people in the register. You can change it later under Settings.</source>
      <translation>Handlingsplan noterar vem som rapporterar status, gör en ändring eller upprättar en rapport. Skriv ditt namn, eller välj dig själv bland personerna i registret. Du kan ändra det senare under Inställningar.</translation>
    </message>
    <message>
      <source>Who are you?</source>
      <translation>Vem är du?</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Ditt namn</translation>
    </message>
  </context>
  <context>
    <name>_TypedField</name>
    <message>
      <source>Choose in the calendar (Alt+Down)</source>
      <translation>Välj i kalendern (Alt+Nedpil)</translation>
    </message>
    <message>
      <source>Not set</source>
      <translation>Ej angiven</translation>
    </message>
    <message>
      <source>Remove the date (not set)</source>
      <translation>Ta bort datumet (ej angivet)</translation>
    </message>
  </context>
</TS>
