<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupsWindow</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/organizer/backups_window.py" line="+173"/>
        <source>%n check-in(s) made since then will be lost, unless another station or the sync hub holds them: sync afterwards to bring them back.</source>
        <translation>
            <numerusform>%n check-in made since then will be lost, unless another station or the sync hub holds it: sync afterwards to bring it back.</numerusform>
            <numerusform>%n check-ins made since then will be lost, unless another station or the sync hub holds them: sync afterwards to bring them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChosenPerson</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk/chosen.py" line="+122"/>
        <source>badge printed; %n reprint(s) left</source>
        <translation>
            <numerusform>badge printed; %n reprint left</numerusform>
            <numerusform>badge printed; %n reprints left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/organizer/duplicates_window.py" line="+66"/>
        <source>%n ticket(s) checked in a second time on the same day, by stations that could not reach each other. The first check-in counts.</source>
        <translation>
            <numerusform>%n ticket checked in a second time on the same day, by stations that could not reach each other. The first check-in counts.</numerusform>
            <numerusform>%n tickets checked in a second time on the same day, by stations that could not reach each other. The first check-in counts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubStationsDialog</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/organizer/hub_stations.py" line="+158"/>
        <source>%n station(s) have a login on this hub.</source>
        <translation>
            <numerusform>%n station has a login on this hub.</numerusform>
            <numerusform>%n stations have a login on this hub.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizerMenu</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk/organizer_menu.py" line="+249"/>
        <source>The attendance report (%n page(s)) is in %1</source>
        <translation>
            <numerusform>The attendance report (%n page) is in %1</numerusform>
            <numerusform>The attendance report (%n pages) is in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperResults</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/organizer/paper_checkins.py" line="+82"/>
        <source>%n person(s) checked in from the paper list.</source>
        <translation>
            <numerusform>%n person checked in from the paper list.</numerusform>
            <numerusform>%n people checked in from the paper list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already checked in (the same file read twice answers so).</source>
        <translation>
            <numerusform>%n already checked in (the same file read twice answers so).</numerusform>
            <numerusform>%n already checked in (the same file read twice answers so).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n line(s) refused: see why below.</source>
        <translation>
            <numerusform>%n line refused: see why below.</numerusform>
            <numerusform>%n lines refused: see why below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) could not be read: fix them in the file and read it again.</source>
        <translation>
            <numerusform>%n line could not be read: fix it in the file and read it again.</numerusform>
            <numerusform>%n lines could not be read: fix them in the file and read it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Stopped: the event file refused the check-ins (%1). %n line(s) were NOT checked in; once that is fixed, read the same file again.</source>
        <translation>
            <numerusform>Stopped: the event file refused the check-ins (%1). %n line was NOT checked in; once that is fixed, read the same file again.</numerusform>
            <numerusform>Stopped: the event file refused the check-ins (%1). %n lines were NOT checked in; once that is fixed, read the same file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPanel</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pin_dialog.py" line="+228"/>
        <location line="+8"/>
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left.</numerusform>
            <numerusform>Wrong PIN. %n tries left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/organizer/purge_dialog.py" line="+127"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n backup file(s)</source>
        <translation>
            <numerusform>%n backup file</numerusform>
            <numerusform>%n backup files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeWords</name>
    <message numerus="yes">
        <location line="-77"/>
        <source>Personal data deleted: %n person(s) kept only as anonymous counts for the report.</source>
        <translation>
            <numerusform>Personal data deleted: %n person kept only as an anonymous count for the report.</numerusform>
            <numerusform>Personal data deleted: %n people kept only as anonymous counts for the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Personal data deleted: %n person(s) and all their check-ins removed.</source>
        <translation>
            <numerusform>Personal data deleted: %n person and all their check-ins removed.</numerusform>
            <numerusform>Personal data deleted: %n people and all their check-ins removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n backup file(s) deleted.</source>
        <translation>
            <numerusform>%n backup file deleted.</numerusform>
            <numerusform>%n backup files deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/organizer/recovery.py" line="+128"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk/search.py" line="+245"/>
        <source>No exact match; did you mean %1 or %n other(s)? Press Down to choose, then Enter.</source>
        <translation>
            <numerusform>No exact match; did you mean %1 or %n other person? Press Down to choose, then Enter.</numerusform>
            <numerusform>No exact match; did you mean %1 or one of %n others? Press Down to choose, then Enter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/organizer/import_pages.py" line="+338"/>
        <source>%n line(s): %1</source>
        <translation>
            <numerusform>%n line: %1</numerusform>
            <numerusform>%n lines: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/services.py" line="+67"/>
        <source> - %n setting(s) from the hub refused</source>
        <extracomment>How often the background sync runs a round when nothing happens (seconds).</extracomment>
        <translation>
            <numerusform> - %n setting from the hub refused</numerusform>
            <numerusform> - %n settings from the hub refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Sync: not synced yet - %n check-in(s) waiting</source>
        <translation>
            <numerusform>Sync: not synced yet - %n check-in waiting</numerusform>
            <numerusform>Sync: not synced yet - %n check-ins waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sync: offline since %1 - %n check-in(s) waiting</source>
        <translation>
            <numerusform>Sync: offline since %1 - %n check-in waiting</numerusform>
            <numerusform>Sync: offline since %1 - %n check-ins waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sync: online - %n check-in(s) waiting</source>
        <translation>
            <numerusform>Sync: online - %n check-in waiting</numerusform>
            <numerusform>Sync: online - %n check-ins waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketsAction</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/organizer/tickets_action.py" line="+61"/>
        <source>%n ticket(s) written to %1.</source>
        <translation>
            <numerusform>%n ticket written to %1.</numerusform>
            <numerusform>%n tickets written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n person(s) have no email address: print their tickets.</source>
        <translation>
            <numerusform>%n person has no email address: print their ticket.</numerusform>
            <numerusform>%n people have no email address: print their tickets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk/verdict_banner.py" line="+180"/>
        <source>%n people on this ticket&apos;s order: choose the person in the list.</source>
        <translation>
            <numerusform>%n person on this ticket&apos;s order: choose them in the list.</numerusform>
            <numerusform>%n people on this ticket&apos;s order: choose the person in the list.</numerusform>
        </translation>
    </message>
</context>
</TS>
