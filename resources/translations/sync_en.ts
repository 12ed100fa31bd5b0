<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sync/backups_dialog.py" line="92"/>
        <source>Kept: the %1 newest, %2 in all at most; the %3 newest and those taken before the %3 latest imports are always kept. Now: %n backup(s), %4.</source>
        <translation>
            <numerusform>Kept: the %1 newest, %2 in all at most; the %3 newest and those taken before the %3 latest imports are always kept. Now: %n backup, %4.</numerusform>
            <numerusform>Kept: the %1 newest, %2 in all at most; the %3 newest and those taken before the %3 latest imports are always kept. Now: %n backups, %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="72"/>
        <source>%n new, </source>
        <translation>
            <numerusform>%n new, </numerusform>
            <numerusform>%n new, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="73"/>
        <source>%n changed, </source>
        <translation>
            <numerusform>%n changed, </numerusform>
            <numerusform>%n changed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="75"/>
        <source>%n deleted, </source>
        <translation>
            <numerusform>%n deleted, </numerusform>
            <numerusform>%n deleted, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="77"/>
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="86"/>
        <source>The file was exported for the focus area %1 only, but %n change(s) lie outside it (marked ⚠). Check them before applying.</source>
        <translation>
            <numerusform>The file was exported for the focus area %1 only, but %n change lies outside it (marked ⚠). Check it before applying.</numerusform>
            <numerusform>The file was exported for the focus area %1 only, but %n changes lie outside it (marked ⚠). Check them before applying.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sync/preview_dialog.py" line="240"/>
        <source>%n conflict(s) left to decide.</source>
        <translation>
            <numerusform>%n conflict left to decide.</numerusform>
            <numerusform>%n conflicts left to decide.</numerusform>
        </translation>
    </message>
</context>
</TS>
