<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sync/backups_dialog.py" line="37"/>
        <location filename="../../desktop_app/ui/sync/backups_dialog.py" line="49"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/backups_dialog.py" line="41"/>
        <source>A backup is taken automatically before every import, program upgrade and restore. Restoring one first backs up the plan as it is now.</source>
        <translation>En säkerhetskopia tas automatiskt före varje import, uppgradering av programmet och återställning. Innan en kopia återställs säkerhetskopieras planen som den är nu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/backups_dialog.py" line="50"/>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/backups_dialog.py" line="50"/>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/backups_dialog.py" line="50"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/backups_dialog.py" line="61"/>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sync/backups_dialog.py" line="92"/>
        <source>Kept: the %1 newest, %2 in all at most; the %3 newest and those taken before the %3 latest imports are always kept. Now: %n backup(s), %4.</source>
        <translation>
            <numerusform>Sparas: de %1 senaste, högst %2 sammanlagt; de %3 senaste och de som togs före de %3 senaste importerna sparas alltid. Nu: %n kopia, %4.</numerusform>
            <numerusform>Sparas: de %1 senaste, högst %2 sammanlagt; de %3 senaste och de som togs före de %3 senaste importerna sparas alltid. Nu: %n kopior, %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/backups_dialog.py" line="103"/>
        <source>There are no backups yet.</source>
        <translation>Det finns inga säkerhetskopior ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/backups_dialog.py" line="118"/>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/backups_dialog.py" line="120"/>
        <source>Replace the plan with the backup from %1? The plan as it is now is backed up first.</source>
        <translation>Ersätta planen med säkerhetskopian från %1? Planen som den är nu säkerhetskopieras först.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/backups_dialog.py" line="132"/>
        <source>The backup was restored.</source>
        <translation>Säkerhetskopian är återställd.</translation>
    </message>
</context>
<context>
    <name>DoneNotice</name>
    <message>
        <location filename="../../desktop_app/ui/sync/actions.py" line="53"/>
        <source>The plan was exported to {file} (activities: {activities}).</source>
        <translation>Planen exporterades till {file} (aktiviteter: {activities}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/actions.py" line="111"/>
        <source>The plan file {file} was imported. New: {added}, changed: {changed}.</source>
        <translation>Planfilen {file} importerades. Nya: {added}, ändrade: {changed}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sync/export_dialog.py" line="42"/>
        <location filename="../../desktop_app/ui/sync/export_dialog.py" line="112"/>
        <source>Export plan</source>
        <translation>Exportera plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/export_dialog.py" line="47"/>
        <source>A plan file holds a copy of the plan that a colleague imports with File &gt; Import plan. Nothing in your plan changes.</source>
        <translation>En planfil innehåller en kopia av planen som en kollega importerar med Arkiv &gt; Importera plan. Ingenting i din plan ändras.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/export_dialog.py" line="53"/>
        <source>The whole plan</source>
        <translation>Hela planen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/export_dialog.py" line="54"/>
        <source>One focus area (for its lead):</source>
        <translation>Ett fokusområde (för fokusområdesansvarig):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/export_dialog.py" line="67"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/export_dialog.py" line="80"/>
        <source>Export:</source>
        <translation>Exportera:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/export_dialog.py" line="83"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/export_dialog.py" line="90"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/export_dialog.py" line="112"/>
        <source>Plan files (*.hplan)</source>
        <translation>Planfiler (*.hplan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/export_dialog.py" line="119"/>
        <source>Choose a file to export to.</source>
        <translation>Välj en fil att exportera till.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="53"/>
        <source>Import plan file</source>
        <translation>Importera planfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="57"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="58"/>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="59"/>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="60"/>
        <source>Restored</source>
        <translation>Återställd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="61"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="72"/>
        <source>%n new, </source>
        <translation>
            <numerusform>%n ny, </numerusform>
            <numerusform>%n nya, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="73"/>
        <source>%n changed, </source>
        <translation>
            <numerusform>%n ändrad, </numerusform>
            <numerusform>%n ändrade, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="75"/>
        <source>%n deleted, </source>
        <translation>
            <numerusform>%n borttagen, </numerusform>
            <numerusform>%n borttagna, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="77"/>
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="86"/>
        <source>The file was exported for the focus area %1 only, but %n change(s) lie outside it (marked ⚠). Check them before applying.</source>
        <translation>
            <numerusform>Filen exporterades bara för fokusområdet %1, men %n ändring ligger utanför det (märkt ⚠). Kontrollera den innan du genomför importen.</numerusform>
            <numerusform>Filen exporterades bara för fokusområdet %1, men %n ändringar ligger utanför det (märkta ⚠). Kontrollera dem innan du genomför importen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="103"/>
        <source>This file was exported from this installation.</source>
        <translation>Filen är exporterad från den här installationen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="107"/>
        <source>Your plan changed while the previous preview was open, so nothing was imported. This preview is worked out again from the plan as it is now: check it and choose again.</source>
        <translation>Din plan ändrades medan den förra förhandsgranskningen var öppen, så ingenting importerades. Den här förhandsgranskningen är gjord på nytt utifrån planen som den är nu: granska den och välj igen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="116"/>
        <source>Changes in the file</source>
        <translation>Ändringar i filen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="119"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="119"/>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="205"/>
        <source>Mine</source>
        <translation>Mina</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="119"/>
        <source>Theirs (the file)</source>
        <translation>Deras (filens)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="119"/>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="134"/>
        <source>The file holds nothing that your plan does not already have.</source>
        <translation>Filen innehåller inget som inte redan finns i din plan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="140"/>
        <source>Mine for all</source>
        <translation>Mina för alla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="141"/>
        <source>Theirs for all</source>
        <translation>Deras för alla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="153"/>
        <source>Your plan is backed up before the import, which is applied all or nothing. Undo it with File &gt; Undo last import (Edit &gt; Undo does not undo an import).</source>
        <translation>Din plan säkerhetskopieras före importen, som genomförs helt eller inte alls. Ångra den med Arkiv &gt; Ångra senaste import (Redigera &gt; Ångra ångrar inte en import).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="163"/>
        <source>Apply import</source>
        <translation>Genomför importen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="197"/>
        <source>Outside the focus area the file was exported for</source>
        <translation>Utanför fokusområdet som filen exporterades för</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="204"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="206"/>
        <source>Theirs</source>
        <translation>Deras</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="240"/>
        <source>%n conflict(s) left to decide.</source>
        <translation>
            <numerusform>%n konflikt återstår att avgöra.</numerusform>
            <numerusform>%n konflikter återstår att avgöra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="244"/>
        <source>Applying the import…</source>
        <translation>Importen genomförs…</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../desktop_app/ui/sync/actions.py" line="133"/>
        <location filename="../../desktop_app/ui/sync/actions.py" line="139"/>
        <location filename="../../desktop_app/ui/sync/actions.py" line="151"/>
        <source>Undo last import</source>
        <translation>Ångra senaste import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/actions.py" line="25"/>
        <source>&amp;Export plan…</source>
        <translation>&amp;Exportera plan…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/actions.py" line="28"/>
        <source>&amp;Import plan…</source>
        <translation>Im&amp;portera plan…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/actions.py" line="31"/>
        <source>&amp;Undo last import</source>
        <translation>Ån&amp;gra senaste import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/actions.py" line="33"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Säkerhetskopior…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/actions.py" line="68"/>
        <location filename="../../desktop_app/ui/sync/actions.py" line="101"/>
        <location filename="../../desktop_app/ui/sync/actions.py" line="120"/>
        <source>Import plan</source>
        <translation>Importera plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/actions.py" line="70"/>
        <source>Plan files (*.hplan)</source>
        <translation>Planfiler (*.hplan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/actions.py" line="134"/>
        <source>There is no import to undo.</source>
        <translation>Det finns ingen import att ångra.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/actions.py" line="140"/>
        <source>Put the plan back as it was before importing %1? Everything changed since then is undone too; the plan as it is now is backed up first.</source>
        <translation>Återställa planen som den var före importen av %1? Allt som ändrats sedan dess ångras också; planen som den är nu säkerhetskopieras först.</translation>
    </message>
</context>
</TS>
