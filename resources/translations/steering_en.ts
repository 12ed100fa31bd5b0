<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DecisionRegisterView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/steering/register.py" line="129"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RhythmView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="87"/>
        <source>Due: more than %n day(s) ago</source>
        <translation>
            <numerusform>Due: more than %n day ago</numerusform>
            <numerusform>Due: more than %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/steering/rhythm.py" line="98"/>
        <source>%n focus area(s) due for a check.</source>
        <translation>
            <numerusform>%n focus area due for a check.</numerusform>
            <numerusform>%n focus areas due for a check.</numerusform>
        </translation>
    </message>
</context>
</TS>
