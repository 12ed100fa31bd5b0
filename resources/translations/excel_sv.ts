<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>DoneNotice</name>
    <message>
        <location filename="../../desktop_app/ui/excel/import_dialog.py" line="226"/>
        <source>{file} was imported. New activities: {added}, changed: {changed}, status reports: {reports}.</source>
        <translation>{file} importerades. Nya aktiviteter: {added}, ändrade: {changed}, statusrapporter: {reports}.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="416"/>
        <source>Import done</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="428"/>
        <source>Imported from {file}. New activities (proposed): {added}. Changed activities: {changed}. New status reports: {reports}.</source>
        <translation>Importerat från {file}. Nya aktiviteter (föreslagna): {added}. Ändrade aktiviteter: {changed}. Nya statusrapporter: {reports}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="439"/>
        <source>The plan as it was before the import is kept in the backup {backup}. To undo the import, restore that backup.</source>
        <translation>Planen som den var före importen finns kvar i säkerhetskopian {backup}. Återställ den säkerhetskopian för att ångra importen.</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../../desktop_app/ui/excel/actions.py" line="26"/>
        <source>Save the activity plan, its status history and a summary as an Excel workbook</source>
        <translation>Spara aktivitetsplanen, statushistoriken och en sammanställning som en Excel-arbetsbok</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/actions.py" line="23"/>
        <source>Export to E&amp;xcel…</source>
        <translation>Exportera till E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/actions.py" line="33"/>
        <source>Import from Exce&amp;l…</source>
        <translation>Importera från Exce&amp;l…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/actions.py" line="36"/>
        <source>Read activities and status from an edited export or an office&apos;s own spreadsheet</source>
        <translation>Läs in aktiviteter och status från en redigerad export eller ett kontors eget kalkylark</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/actions.py" line="61"/>
        <location filename="../../desktop_app/ui/excel/actions.py" line="73"/>
        <location filename="../../desktop_app/ui/excel/actions.py" line="79"/>
        <source>Export to Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/actions.py" line="63"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/actions.py" line="75"/>
        <source>The activity plan was exported to {file} ({activities} activities).</source>
        <translation>Aktivitetsplanen exporterades till {file} ({activities} aktiviteter).</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="75"/>
        <source>Choose a workbook</source>
        <translation>Välj arbetsbok</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="79"/>
        <source>Choose an Excel workbook (.xlsx) with activities: an export from Handlingsplan that someone has edited, or an office&apos;s own activity plan. Nothing in the plan changes until you have seen a preview and chosen Import.</source>
        <translation>Välj en Excel-arbetsbok (.xlsx) med aktiviteter: en export från Handlingsplan som någon har redigerat, eller ett kontors egen aktivitetsplan. Ingenting i planen ändras förrän du har sett en förhandsgranskning och valt Importera.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="88"/>
        <source>Workbook to import</source>
        <translation>Arbetsbok att importera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="89"/>
        <source>Path to an .xlsx file</source>
        <translation>Sökväg till en .xlsx-fil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="91"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="105"/>
        <source>Columns are found by their headings, in Swedish (such as Aktivitet, Insatsområde, Ansvarig, Status and Orsak) or as an English export names them; headings that are not recognised can be chosen in the next step.</source>
        <translation>Kolumnerna känns igen på sina rubriker, t.ex. Aktivitet, Insatsområde, Ansvarig, Status och Orsak, eller på de engelska rubrikerna i en engelsk export. Rubriker som inte känns igen kan du välja i nästa steg.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="118"/>
        <source>Import from Excel</source>
        <translation>Importera från Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="118"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/excel/import_dialog.py" line="55"/>
        <source>Import from Excel</source>
        <translation>Importera från Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/import_dialog.py" line="61"/>
        <source>1  File</source>
        <translation>1  Fil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/import_dialog.py" line="61"/>
        <source>2  Columns</source>
        <translation>2  Kolumner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/import_dialog.py" line="61"/>
        <source>3  Preview</source>
        <translation>3  Förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/import_dialog.py" line="61"/>
        <source>4  Done</source>
        <translation>4  Klart</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/import_dialog.py" line="81"/>
        <source>&lt; Back</source>
        <translation>&lt; Tillbaka</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/import_dialog.py" line="83"/>
        <source>Next &gt;</source>
        <translation>Nästa &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/import_dialog.py" line="86"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/import_dialog.py" line="88"/>
        <location filename="../../desktop_app/ui/excel/import_dialog.py" line="150"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/import_dialog.py" line="150"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="137"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="144"/>
        <source>Sheet:</source>
        <translation>Blad:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="150"/>
        <source>Columns of the sheet and what they mean</source>
        <translation>Bladets kolumner och vad de betyder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="152"/>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="152"/>
        <source>Example</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="152"/>
        <source>Means</source>
        <translation>Betyder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="174"/>
        <source>Headings in row {row}; {count} rows below them. Choose what each column means.</source>
        <translation>Rubrikerna står på rad {row}, med {count} rader under. Välj vad varje kolumn betyder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="187"/>
        <source>(not used)</source>
        <translation>(används inte)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="213"/>
        <source>The activity column is chosen; the preview shows what the rest means.</source>
        <translation>Kolumnen för aktiviteten är vald; förhandsgranskningen visar vad resten betyder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="218"/>
        <source>Choose which column holds the activity ({name}).</source>
        <translation>Välj vilken kolumn som innehåller aktiviteten ({name}).</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="243"/>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="251"/>
        <source>Changes in the workbook</source>
        <translation>Ändringar i arbetsboken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="265"/>
        <source>Read the file again</source>
        <translation>Läs in filen igen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="273"/>
        <source>Before the import, a backup of the plan&apos;s database is made. The import cannot be undone with Undo: to go back, restore the backup made before it.</source>
        <translation>Före importen sparas en säkerhetskopia av planens databas. Importen kan inte ångras med Ångra: för att gå tillbaka återställer du säkerhetskopian som gjordes före den.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="283"/>
        <source>New: {added} · Changed: {changed} · New status reports: {reports} · Unchanged: {unchanged} · Problems: {problems}</source>
        <translation>Nya: {added} · Ändrade: {changed} · Nya statusrapporter: {reports} · Oförändrade: {unchanged} · Problem: {problems}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="297"/>
        <source>Problems ({count})</source>
        <translation>Problem ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="299"/>
        <source>Row {row}</source>
        <translation>Rad {row}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="302"/>
        <source>New activities ({count})</source>
        <translation>Nya aktiviteter ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="304"/>
        <source>Row {row}: {title} – proposed, under {code}</source>
        <translation>Rad {row}: {title} – föreslagen, under {code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="309"/>
        <source>Changed activities ({count})</source>
        <translation>Ändrade aktiviteter ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="313"/>
        <source>Row {row}: {code} {title}</source>
        <translation>Rad {row}: {code} {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="324"/>
        <source>New status reports ({count})</source>
        <translation>Nya statusrapporter ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="330"/>
        <source>Row {row}: {name}: {change}</source>
        <translation>Rad {row}: {name}: {change}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="338"/>
        <source>New offices/units ({count})</source>
        <translation>Nya kontor/enheter ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="343"/>
        <source>Owners not in the register of people, kept as text ({count})</source>
        <translation>Ansvariga som inte finns i personregistret, sparas som text ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="350"/>
        <source>{name} (row {rows})</source>
        <translation>{name} (rad {rows})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="353"/>
        <source>The file matches the plan: there is nothing to import.</source>
        <translation>Filen stämmer med planen: det finns inget att importera.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="356"/>
        <source>Correct the problems in the file (or the column choices), then read it again.</source>
        <translation>Rätta problemen i filen (eller kolumnvalen) och läs sedan in den igen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/excel/pages.py" line="363"/>
        <source>%n row(s) hold values older than the plan&apos;s: the plan changed after the workbook was exported. They are left as the plan has them unless you tick them.</source>
        <translation>
            <numerusform>%n rad har värden som är äldre än planens: planen ändrades efter att arbetsboken exporterades. Den lämnas som planen har den om du inte bockar för den.</numerusform>
            <numerusform>%n rader har värden som är äldre än planens: planen ändrades efter att arbetsboken exporterades. De lämnas som planen har dem om du inte bockar för dem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/excel/pages.py" line="376"/>
        <source>older than the plan; tick to take it anyway</source>
        <translation>äldre än planen; bocka för för att ta den ändå</translation>
    </message>
</context>
</TS>
