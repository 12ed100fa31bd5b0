<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>OfficesTab</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/registers_dialog.py" line="89"/>
        <source>(responsible for %n activities)</source>
        <translation>
            <numerusform>(responsible for %n activity)</numerusform>
            <numerusform>(responsible for %n activities)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCounts</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="48"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="50"/>
        <source>%n green</source>
        <translation>
            <numerusform>%n green</numerusform>
            <numerusform>%n green</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="51"/>
        <source>%n yellow</source>
        <translation>
            <numerusform>%n yellow</numerusform>
            <numerusform>%n yellow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="52"/>
        <source>%n red</source>
        <translation>
            <numerusform>%n red</numerusform>
            <numerusform>%n red</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="53"/>
        <source>%n not reported</source>
        <translation>
            <numerusform>%n not reported</numerusform>
            <numerusform>%n not reported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="59"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/plan_editor.py" line="127"/>
        <source>the initiative %1 “%2” and its %n activities</source>
        <translation>
            <numerusform>the initiative %1 “%2” and its %n activity</numerusform>
            <numerusform>the initiative %1 “%2” and its %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/plan_editor.py" line="134"/>
        <source>the focus area %1 “%2” with %3 initiatives and %n activities</source>
        <translation>
            <numerusform>the focus area %1 “%2” with %3 initiatives and %n activity</numerusform>
            <numerusform>the focus area %1 “%2” with %3 initiatives and %n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/plan_tree_model.py" line="514"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
</TS>
