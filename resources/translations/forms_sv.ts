<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
  <context>
    <name>ActivityForm</name>
    <message>
      <source>Ongoing – no end</source>
      <translation>Löpande – inget slut</translation>
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
