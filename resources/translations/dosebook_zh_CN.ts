<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged by the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported as beyond a limit (“&lt;” or “&gt;”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above range, beyond a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below range, beyond a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosebook report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Dosebook — records, not medical advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late (+{h} h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doses were due and no injections were logged in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} doses in this period: one line per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites used most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection sites in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are injections per zone ({total}); darker zones were used more. Front view: the person&apos;s left is on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade {g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lab results in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ H above and ↓ L below the range printed with the result; ✓ within it; ! A not the expected result; ? no range to compare with. Tests in bold had a result outside the range in this period. Grades are CTCAE v5 (1 mild, 2 moderate, 3 severe, 4 life-threatening), counted from that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each chart shows every result up to {day}. The shaded band is the range printed by the lab; triangles point up above it and down below it; open markers are results reported as beyond a limit (“&lt;” or “&gt;”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doses were due in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taken} of {due} doses due were taken ({percent}%): {on_time} on time, {late} late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra injections (not matched to a due dose): {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protocol ran in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection-site reactions noted: {n} (highest grade {grade} of 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick: {spells}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sick days in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average ratings (0–10) over {days}: {means}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diary day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diary days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results outside the printed range in this period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result in this period was outside its printed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs due as of {day}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diary entries in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary kept on {logged} of {days} days. Dots are single days; the line is the 7-day average; grey bands are days marked sick; ticks along the bottom are injections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (may go on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sick day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sick day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days marked sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the protocol started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since it started (up to {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to recover = an episode&apos;s length, first to last sick day; one unmarked day between sick days does not end an episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {episodes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> over {days} days of diary ({rate} per 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; on average {days} days to recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {n} may still be going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {n} days at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end} (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, planned until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, paused from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the diary {diary} with the backup {backup}?

Everything written after that backup is left out of the diary; the diary as it is now is kept as a copy in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase for the backup {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not changed. You can restore a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first letter: N, C, F, S or O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cold, the flu, a stomach bug or something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature in °C, if taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 38.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if you took it; leave empty otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble at an injection site today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering about today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own words, separated by commas: travel, poor sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this day&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press {keys} to save from anywhere in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save  ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in bold have an entry. Missing days are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to {day} first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editing the saved entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To describe it (redness, swelling, grade), log a site reaction&lt;br&gt;with the injection in the &lt;a href=&quot;injections&quot;&gt;Injections tab&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the temperature as a number, e.g. 38.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save yet: choose a rating or write a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: please fix what is marked with ⚠.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the protocol started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({n} may still be going on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes per 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days to recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the diary covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An episode is a run of sick days; a single day in between does not end it. Its length counts from the first sick day to the last. An episode counts in the column where it started. These are the diary&apos;s numbers, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may still be going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} day(s) without an entry inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick days logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest temp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sick episodes in the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sick episode in the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sick episodes in the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes and tags — e.g. headache, or #travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sick episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: {kind}, grade {grade}, {zone} (seen {day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatigue / malaise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 none · 10 full of energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 none · 10 constant, severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 very poor · 10 very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stomach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatigue / malaise (higher is worse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well-being (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without an entry are left as gaps; the average needs 3 days in a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dose due and nothing logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the course today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} paused from {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the course?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} ends today. Its injections stay in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press Enter to log it late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the dose due {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaction: {kind}, grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses and injections of the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log for this day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;reaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note redness, swelling or pain at this injection&apos;s site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dose due and nothing logged on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vial {lot}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draw {volume})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks: {recent} · course so far: {course}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log injection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an injection now (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one up under Courses: start from the template or describe your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next for {product}: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (an extra injection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This empties the vial (mark it finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30G 8 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves · Esc closes without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vial recorded for this injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw {volume}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mg} mg in the vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength and water not recorded for this vial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the injection site on the body map or in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {lot}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires {day} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the skin (subcutaneous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the muscle (intramuscular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasts a number of weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours either side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time &amp;within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the dose you and your doctor agreed on. Dosebook never suggests a dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain or tenderness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump under the skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Mild: tender, warm, red or itchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Moderate: painful, swollen, or a lump or dent in the fat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Severe: an open sore or dead skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most reactions settle in a day or two. Talk to a clinician about fever of 38&#xa0;°C or more, pain or redness that spreads or gets worse, blisters, or drainage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seen at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend: taken, late, missed, due, extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dose counts as on time within its window, 12 hours either side by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map of injection zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection logged for {day} {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the injection of {day} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection of {day} {time} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taken} of {due} taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product}: the course has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product}: the course reached its planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product}: nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show finished vials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed (reconstituted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. fridge, 2–8 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been frozen and thawed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished (empty or thrown away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Water added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;torage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the strength and the water added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a zone to see when it was used, or to set it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions come from preferred zones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t use this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a scar, a lump, a tattoo: the zone is greyed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (scar, lump, tattoo…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for not using this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} (not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a test to see its results over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monitoring groups in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some results look unusual. Please compare them with the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s name, as on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. fasting, or the doctor who asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date collected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lab:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a test the list does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type each result as printed (5.2, &lt;20, not detected) with the range the report prints. Return: next row · Ctrl+S: save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the result as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result {n}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test}: the range &apos;{range}&apos; is kept as printed, but not used for the flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved yet. Check the results, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, abbreviation or LOINC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5.2 or &lt;20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this row (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result {n}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the word printed, e.g. negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ng/mL, as on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30–100, &lt;6.4 or &gt;60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is a word, such as positive or negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bbreviation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the test&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test called &apos;{name}&apos; is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab results by panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add results from a report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in a lab report (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the panel of {day} ({lab}) with its {n} results? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lab named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosebook ran into a problem it did not expect ({kind}). What you saved before is safe; the last thing you did may not have been saved. You can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made under another passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary now holds the backup {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary as it was before is kept at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the calendar and the body map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs</source>
        <comment>Diary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs</source>
        <comment>Labs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {n} more (Show the data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} warning signs: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to your doctor about these. Seen: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to your doctor about these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <source>Body map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the arrow keys to move between injection zones, Enter to pick one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateDiaryDialog</name>
    <message>
        <source>Create your diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Dosebook.&lt;/b&gt;&lt;br&gt;Your diary is kept in one encrypted file on this computer:&lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;Nothing is ever sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring was found; Dosebook will ask at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>The data behind this warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen in your diary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosebook records and charts; it never diagnoses and never suggests a dose. Talk to your doctor about what you see here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <source>Lock when away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the diary when I have been away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes away before locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked, Dosebook hides the diary and forgets its key until you type the passphrase. Ctrl+L locks it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Dosebook is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase for {name} to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dosebook — demo diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo diary with made-up data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lives in a temporary folder and is deleted when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when &amp;away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warning rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Dosebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosebook diary (*.dosebook *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosebook diary (*.dosebook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted, verified copy was written to {path}. It opens with the same passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is a plain JSON file that anyone who finds it can read. Keep it safe and delete it when you no longer need it. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Dosebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dosebook&lt;/b&gt;&lt;br&gt;An offline, encrypted diary for an injectable protocol.&lt;br&gt;It records and charts; it never diagnoses and never suggests a dose. Talk to your doctor about what you see here.&lt;br&gt;&lt;br&gt;Diary file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Tabs</source>
        <comment>Injections</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the appointment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Injections and sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymptoms and sick days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put my &amp;name on each page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to ask or tell your doctor. Empty: lines to write on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab tests to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;uestions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs outside their range are charted anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The diary as it is now is kept as a copy in the backups folder first, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backups found beside this diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosebook diary (*.dosebook *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Show this warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset {rule} to default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Warning rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rule looks at your diary and raises a warning with the data behind it. The numbers below are the thresholds; change them with your doctor&apos;s advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show snoozed and dismissed warnings again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Injections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase for &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring was found; Dosebook will ask at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was saved. The screen could not be brought up to date; switch tabs or reopen the diary to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seeds/labs.toml</name>
    <message>
        <source>CBC</source>
        <comment>monitoring group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source article, monitoring table: complete blood count every 3–6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liver</source>
        <comment>monitoring group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source article, monitoring table: liver function tests every 3–6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immune</source>
        <comment>monitoring group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source article, monitoring table: immune markers every 6–12 months, if accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White blood cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBC</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red blood cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBC</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hemoglobin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hb</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hematocrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hct</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLT</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutrophils, absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANC</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lymphocytes, absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALC</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alanine aminotransferase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALT</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspartate aminotransferase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AST</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alkaline phosphatase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALP</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilirubin, total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TBIL</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-glutamyl transferase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGT</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albumin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALB</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD4 T cells, absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD4</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD8 T cells, absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD8</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD4/CD8 ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD4/CD8</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interleukin 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IL-6</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunoglobulin G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IgG</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hepatitis B virus DNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HBV DNA</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hepatitis B e antigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HBeAg</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hepatitis B surface antigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HBsAg</source>
        <comment>abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seeds/protocols.toml</name>
    <message>
        <source>Thymosin Alpha-1 (thymalfasin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subcutaneous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-use 1.6 mg vial reconstituted with 1.0 mL water for injection (1.6 mg/mL). Store at 2–8 °C.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seeds/rules.toml</name>
    <message>
        <source>Liver enzymes and bilirubin both raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALT or AST was at least {alt_ast_multiple:g}× its upper limit on the same day as bilirubin was above {bili_multiple:g}× its upper limit. Doctors watch for this pattern closely. Please talk to your doctor soon and show them these results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FDA guidance on drug-induced liver injury (2009), Hy&apos;s law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lab result far outside its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result reached CTCAE grade {min_grade} or higher against the range on your report. Please talk to your doctor soon and show them this result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCI Common Terminology Criteria for Adverse Events (CTCAE) v5.0, 2017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liver test above its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A liver test was above the range printed on your report. On thymalfasin for hepatitis B a rise can come with the treatment working, but it is still something to talk to your doctor about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TA1 article: lab changes, especially liver tests; NCI CTCAE v5.0 (2017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood count or immune cells low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blood count or immune cell result was below its range, at CTCAE grade {min_grade} or more. Talk to your doctor about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TA1 article: lab changes; NCI CTCAE v5.0 (2017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hepatitis B virus DNA rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HBV DNA rose by {log10_rise:g} log10 or more above its lowest value since the course began. Doctors call this a viral breakthrough and will want to know. Talk to your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canadian Liver Journal, hepatitis B treatment monitoring (viral breakthrough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liver test rising from your baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A liver test rose {percent:g}% or more above its value at the start of the course. Talk to your doctor about the trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TA1 article: lab changes, especially liver tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual fatigue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatigue was high on most of the last {days} days. The article lists unusual fatigue as a sign to talk to your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TA1 article: warning signs (unusual fatigue); Fukuda et al. 1994 on prolonged fatigue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling unwell most days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well-being was low on most of the last {days} days. The article lists constant malaise as a sign to talk to your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TA1 article: warning signs (constant malaise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms getting worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ratings over the last {days} days are worse than over the {days} days before. New or worsening symptoms are worth mentioning to your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TA1 article: warning signs (new or worsening symptoms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lump at an injection site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lump was noted at an injection site. Avoid that zone until it has been looked at, and talk to your doctor about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TA1 article: persistent problems at injection sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection-site reaction that lingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reaction at an injection site lasted {hours:g} hours or more. Check your sites and injection technique, and talk to your doctor about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TA1 article: persistent problems at injection sites; CTCAE v5.0 injection site reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions after several injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions followed {injections} or more injections within {days} days. Check your sites and technique, and talk to your doctor about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vial to check before use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vial is past its expiry or beyond-use time, or was frozen and thawed. Check with your pharmacist or doctor before using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadaxin label: store at 2–8 °C; source article: avoid freeze-thaw cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing caution: immune suppression or transplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label says thymalfasin should be considered contraindicated with deliberate immune suppression, such as after an organ transplant, unless the benefit clearly outweighs the risk. Keep your doctor informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadaxin label (contraindications)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing caution: pregnancy or breastfeeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In pregnancy or while breastfeeding, the label advises use only under close medical supervision. Keep your doctor informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadaxin label (pregnancy category C; nursing mothers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing caution: under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety under 18 has not been established. Keep your doctor informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadaxin label (paediatric use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing caution: autoimmune disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immune modulation may affect an autoimmune disease either way. Keep your doctor informed about the protocol and any change you notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TA1 article: cautions (autoimmune disease)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing caution: other immune-active medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combining immune-active medicines is for medical supervision only. Make sure your doctor knows about all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TA1 article and Zadaxin label: combination with other immune-active drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lab result moved out of its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result was outside its range when the one before it was inside. Worth mentioning to your doctor at your next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TA1 article: lab changes; domain notes on rising trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new kind of sickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You marked a kind of sickness in the last {days} days that your diary has not had before. New symptoms are worth mentioning to your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lab tests are past the interval the article suggests for monitoring. Ask your doctor about the next blood test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TA1 article, monitoring table: blood count and liver every 3–6 months, immune markers every 6–12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} or more doses in the last {days} days have no injection logged. If you are unsure what to do about missed doses, ask your doctor or pharmacist; if they were taken, log them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your protocol&apos;s schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seeds/zones.toml</name>
    <message>
        <source>Left upper abdomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right upper abdomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left lower abdomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right lower abdomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left flank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right flank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left front thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right front thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left outer thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right outer thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of left arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of right arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left upper outer buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right upper outer buttock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.parent</name>
    <message>
        <source>Still opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is still opening. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
