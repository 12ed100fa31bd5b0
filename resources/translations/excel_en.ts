<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/excel/pages.py" line="363"/>
        <source>%n row(s) hold values older than the plan&apos;s: the plan changed after the workbook was exported. They are left as the plan has them unless you tick them.</source>
        <translation>
            <numerusform>%n row holds values older than the plan&apos;s: the plan changed after the workbook was exported. It is left as the plan has it unless you tick it.</numerusform>
            <numerusform>%n rows hold values older than the plan&apos;s: the plan changed after the workbook was exported. They are left as the plan has them unless you tick them.</numerusform>
        </translation>
    </message>
</context>
</TS>
