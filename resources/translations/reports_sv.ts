<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>DoneNotice</name>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="372"/>
        <source>The report was saved as {file}.</source>
        <translation>Rapporten sparades som {file}.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop_app/ui/reports/__init__.py" line="45"/>
        <source>&amp;Steering-group report…</source>
        <translation>&amp;Styrgruppsrapport…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/__init__.py" line="49"/>
        <source>&amp;Annual summary…</source>
        <translation>&amp;Årlig sammanställning…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/__init__.py" line="53"/>
        <source>S&amp;tored reports…</source>
        <translation>S&amp;parade rapporter…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="79"/>
        <source>Create report</source>
        <translation>Skapa rapport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="82"/>
        <source>Steering-group report</source>
        <translation>Styrgruppsrapport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="83"/>
        <source>Annual summary to the municipal board</source>
        <translation>Årlig sammanställning till kommunstyrelsen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="96"/>
        <source>No meeting: the plan as it is today</source>
        <translation>Inget möte: planens läge i dag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="100"/>
        <source>Store the report with the meeting</source>
        <translation>Spara rapporten med mötet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="103"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="104"/>
        <source>Word document (.docx), accessible for publishing</source>
        <translation>Word-dokument (.docx), tillgängligt för publicering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="106"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="109"/>
        <source>Meeting:</source>
        <translation>Styrgruppsmöte:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="112"/>
        <source>Year:</source>
        <translation>År:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="113"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="115"/>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="122"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="139"/>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="171"/>
        <source>Create PDF</source>
        <translation>Skapa PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="147"/>
        <source>Save as:</source>
        <translation>Spara som:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="171"/>
        <source>Create Word document</source>
        <translation>Skapa Word-dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="181"/>
        <source>Summary per focus area</source>
        <translation>Sammanfattning per fokusområde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="182"/>
        <source>Changes since the previous meeting</source>
        <translation>Förändringar sedan föregående möte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="183"/>
        <source>Deviations</source>
        <translation>Avvikelser</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="184"/>
        <source>Proposed activities awaiting decision</source>
        <translation>Föreslagna aktiviteter som väntar på beslut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="185"/>
        <source>Ideas and feedback</source>
        <translation>Idéer och synpunkter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="186"/>
        <source>Appendix: the whole action plan</source>
        <translation>Bilaga: hela handlingsplanen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="200"/>
        <source>Status as of %1</source>
        <translation>Status per %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="201"/>
        <source>Status at year end</source>
        <translation>Status vid årets slut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="190"/>
        <source>Activities completed during the year</source>
        <translation>Genomförda aktiviteter under året</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="191"/>
        <source>Deviations during the year</source>
        <translation>Avvikelser under året</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="192"/>
        <source>Measurable goals</source>
        <translation>Mätbara mål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="193"/>
        <source>Status development during the year</source>
        <translation>Statusutveckling under året</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="194"/>
        <source>Steering-group meetings during the year</source>
        <translation>Styrgruppens möten under året</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="249"/>
        <source>Annual summary %1.pdf</source>
        <translation>Årlig sammanställning %1.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="252"/>
        <source>Steering report %1.pdf</source>
        <translation>Styrgruppsrapport %1.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="260"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="262"/>
        <source>Save report as</source>
        <translation>Spara rapporten som</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="260"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="278"/>
        <source>Choose where to save the report.</source>
        <translation>Välj var rapporten ska sparas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="285"/>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 är en mapp; ange ett filnamn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="288"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="298"/>
        <source>Choose at least one section.</source>
        <translation>Välj minst ett avsnitt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="346"/>
        <source>Creating the report…</source>
        <translation>Rapporten skapas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="364"/>
        <source>The report was saved but could not be stored with the meeting: %1</source>
        <translation>Rapporten sparades men kunde inte sparas med mötet: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/dialog.py" line="369"/>
        <source>Saved to %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
</context>
<context>
    <name>StoredReportsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/reports/stored.py" line="50"/>
        <location filename="../../desktop_app/ui/reports/stored.py" line="54"/>
        <source>Stored reports</source>
        <translation>Sparade rapporter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/stored.py" line="58"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/stored.py" line="58"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/stored.py" line="58"/>
        <source>Stored</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/stored.py" line="58"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/stored.py" line="58"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/stored.py" line="66"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/stored.py" line="71"/>
        <source>Reports as they were presented to the steering group:</source>
        <translation>Rapporterna så som de presenterades för styrgruppen:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports/stored.py" line="93"/>
        <source>No report has been stored with a meeting yet.</source>
        <translation>Ingen rapport har sparats med ett möte ännu.</translation>
    </message>
</context>
</TS>
