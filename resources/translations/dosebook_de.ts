<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Appearance</name>
    <message>
        <source>Like the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Attach a photo or PDF</source>
        <translation>Foto oder PDF anhängen</translation>
    </message>
    <message>
        <source>Photos and PDFs ({patterns} *.pdf);;All files (*)</source>
        <translation>Fotos und PDFs ({patterns} *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>The attached file</source>
        <translation>Die angehängte Datei</translation>
    </message>
    <message>
        <source>Kept encrypted inside the diary, and in its backups. Photos are stored without their hidden details (such as where they were taken).</source>
        <translation>Verschlüsselt im Tagebuch und in seinen Sicherungen aufbewahrt. Fotos werden ohne ihre versteckten Angaben gespeichert (etwa wo sie aufgenommen wurden).</translation>
    </message>
    <message>
        <source>&amp;Add a photo or PDF…</source>
        <translation>Foto oder PDF &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Kopie &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing attached yet. Add a photo of the report, or its PDF.</source>
        <translation>Noch nichts angehängt. Fügen Sie ein Foto des Befunds oder sein PDF hinzu.</translation>
    </message>
    <message>
        <source>{name}: a PDF of {size}. Dosebook keeps it, but cannot show PDF pages; save a copy to open it.</source>
        <translation>{name}: ein PDF mit {size}. Dosebook bewahrt es auf, kann PDF-Seiten aber nicht anzeigen; speichern Sie eine Kopie, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved a copy to {path}. It is NOT encrypted.</source>
        <translation>Kopie unter {path} gespeichert. Sie ist NICHT verschlüsselt.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Anhang entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from the diary? This cannot be undone.</source>
        <translation>{name} aus dem Tagebuch entfernen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The picture could not be prepared for keeping.</source>
        <translation>Das Bild konnte nicht zum Aufbewahren vorbereitet werden.</translation>
    </message>
    <message>
        <source>That file is not a photo or PDF Dosebook can read.</source>
        <translation>Diese Datei ist kein Foto und kein PDF, das Dosebook lesen kann.</translation>
    </message>
    <message>
        <source>{name} is {size}; an attachment can be at most {most}.</source>
        <translation>{name} ist {size} groß; ein Anhang darf höchstens {most} groß sein.</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Less about {title}</source>
        <translation>Weniger zu {title}</translation>
    </message>
    <message>
        <source>More about {title}</source>
        <translation>Mehr zu {title}</translation>
    </message>
    <message>
        <source>Warning signs and notes</source>
        <translation>Warnzeichen und Hinweise</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Never used</source>
        <translation>Nie genutzt</translation>
    </message>
    <message>
        <source>0–7 days</source>
        <translation>0–7 Tage</translation>
    </message>
    <message>
        <source>8–14</source>
        <translation>8–14</translation>
    </message>
    <message>
        <source>15–28</source>
        <translation>15–28</translation>
    </message>
    <message>
        <source>29+ days</source>
        <translation>29+ Tage</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Used last time</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Nicht genutzt</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>noch nicht genutzt</translation>
    </message>
    <message>
        <source>last used today</source>
        <translation>zuletzt heute genutzt</translation>
    </message>
    <message>
        <source>last used yesterday</source>
        <translation>zuletzt gestern genutzt</translation>
    </message>
    <message>
        <source>last used {n} days ago</source>
        <translation>zuletzt vor {n} Tagen genutzt</translation>
    </message>
    <message>
        <source>used once</source>
        <translation>einmal genutzt</translation>
    </message>
    <message>
        <source>used {n} times</source>
        <translation>{n}-mal genutzt</translation>
    </message>
    <message>
        <source>not in use: {reason}</source>
        <translation>nicht genutzt: {reason}</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>nicht genutzt</translation>
    </message>
    <message>
        <source>Recent: {dates}</source>
        <translation>Zuletzt: {dates}</translation>
    </message>
    <message>
        <source>Suggested for the next injection</source>
        <translation>Für die nächste Injektion vorgeschlagen</translation>
    </message>
    <message>
        <source>A site reaction was noted here</source>
        <translation>Hier wurde eine Reaktion eingetragen</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>used last time</source>
        <translation>zuletzt genutzt</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>site reaction noted</source>
        <translation>Reaktion eingetragen</translation>
    </message>
    <message>
        <source>Front</source>
        <comment>view of the body</comment>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>view of the body</comment>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the person&apos;s right side</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>L</source>
        <comment>the person&apos;s left side</comment>
        <translation>L</translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>Use the arrow keys to move between injection zones, Enter to pick one.</source>
        <translation>Mit den Pfeiltasten wechseln Sie zwischen Injektionsbereichen, mit Enter wählen Sie einen.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>JPEG picture</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG) and PDF files can be attached.</source>
        <translation>Nur Fotos (JPEG, PNG) und PDF-Dateien können angehängt werden.</translation>
    </message>
    <message>
        <source>An attachment belongs to one lab panel or one site reaction.</source>
        <translation>Ein Anhang gehört zu einem Laborbefund oder einer Reaktion an einer Stelle.</translation>
    </message>
    <message>
        <source>An attached file cannot be empty.</source>
        <translation>Eine angehängte Datei darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The file is {size}; an attachment can be at most {most}.</source>
        <translation>Die Datei ist {size} groß; ein Anhang darf höchstens {most} groß sein.</translation>
    </message>
    <message>
        <source>The attached file&apos;s size does not match its record.</source>
        <translation>Die Größe der angehängten Datei passt nicht zu ihrem Eintrag.</translation>
    </message>
    <message>
        <source>The file is not a {kind}, as its record says.</source>
        <translation>Die Datei ist kein {kind}, wie ihr Eintrag angibt.</translation>
    </message>
    <message>
        <source>The photo still holds EXIF data (it can hold where it was taken); add it again so Dosebook can remove it.</source>
        <translation>Das Foto enthält noch EXIF-Daten (darin kann stehen, wo es aufgenommen wurde); fügen Sie es erneut hinzu, damit Dosebook sie entfernen kann.</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>keine Einheit</translation>
    </message>
    <message>
        <source>The range &apos;{range}&apos; is in {unit} but the result is in {result_unit}; type the range printed for the result&apos;s unit.</source>
        <translation>Der Bereich „{range}“ ist in {unit}, das Ergebnis aber in {result_unit}; geben Sie den für die Einheit des Ergebnisses gedruckten Bereich ein.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a test in the catalogue.</source>
        <translation>„{code}“ ist kein Test im Katalog.</translation>
    </message>
    <message>
        <source>&apos;{sign}&apos; is not a comparison Dosebook understands.</source>
        <translation>„{sign}“ ist kein Vergleich, den Dosebook versteht.</translation>
    </message>
    <message>
        <source>Each result needs a value, or a word such as &apos;negative&apos;.</source>
        <translation>Jedes Ergebnis braucht einen Wert oder ein Wort wie „negativ“.</translation>
    </message>
    <message>
        <source>Numbers must be ordinary finite numbers.</source>
        <translation>Zahlen müssen gewöhnliche endliche Zahlen sein.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>The range&apos;s low end is above its high end.</source>
        <translation>Das untere Ende des Bereichs liegt über dem oberen.</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is not where a range comes from ({known}).</source>
        <translation>„{source}“ ist keine Herkunft eines Bereichs ({known}).</translation>
    </message>
    <message>
        <source>The collection date is in the future.</source>
        <translation>Das Abnahmedatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Add at least one result to the panel.</source>
        <translation>Fügen Sie dem Befund mindestens ein Ergebnis hinzu.</translation>
    </message>
    <message>
        <source>A test needs a name.</source>
        <translation>Ein Test braucht einen Namen.</translation>
    </message>
    <message>
        <source>Each other unit needs a name.</source>
        <translation>Jede weitere Einheit braucht einen Namen.</translation>
    </message>
    <message>
        <source>The factor for {unit} must be a number above zero.</source>
        <translation>Der Faktor für {unit} muss eine Zahl über null sein.</translation>
    </message>
    <message>
        <source>range end</source>
        <translation>Bereichsgrenze</translation>
    </message>
    <message>
        <source>The SI unit {unit} needs a factor among the test&apos;s other units.</source>
        <translation>Die SI-Einheit {unit} braucht einen Faktor unter den weiteren Einheiten des Tests.</translation>
    </message>
    <message>
        <source>A monitoring group needs a name.</source>
        <translation>Eine Kontrollgruppe braucht einen Namen.</translation>
    </message>
    <message>
        <source>Months between tests must be between 0 and 120.</source>
        <translation>Die Monate zwischen Tests müssen zwischen 0 und 120 liegen.</translation>
    </message>
    <message>
        <source>The shortest interval is longer than the longest.</source>
        <translation>Der kürzeste Abstand ist länger als der längste.</translation>
    </message>
    <message>
        <source>Choose cold, flu, stomach or other for the kind of sickness.</source>
        <translation>Wählen Sie Erkältung, Grippe, Magen-Darm oder Sonstiges als Art der Erkrankung.</translation>
    </message>
    <message>
        <source>Tags cannot contain commas or be empty.</source>
        <translation>Schlagwörter dürfen keine Kommas enthalten und nicht leer sein.</translation>
    </message>
    <message>
        <source>Give the product a name.</source>
        <translation>Geben Sie dem Präparat einen Namen.</translation>
    </message>
    <message>
        <source>The dose must be more than zero.</source>
        <translation>Die Dosis muss größer als null sein.</translation>
    </message>
    <message>
        <source>Choose the dose unit (for example mg).</source>
        <translation>Wählen Sie die Einheit der Dosis (zum Beispiel mg).</translation>
    </message>
    <message>
        <source>Choose the route (for example subcutaneous).</source>
        <translation>Wählen Sie den Verabreichungsweg (zum Beispiel subkutan).</translation>
    </message>
    <message>
        <source>&apos;Every N days&apos; must be between 1 and 365.</source>
        <translation>„Alle N Tage“ muss zwischen 1 und 365 liegen.</translation>
    </message>
    <message>
        <source>Choose weekdays or &apos;every N days&apos; for the schedule (one of them).</source>
        <translation>Wählen Sie für den Plan Wochentage oder „alle N Tage“ (eines von beiden).</translation>
    </message>
    <message>
        <source>Weekdays run from Monday (0) to Sunday (6).</source>
        <translation>Wochentage gehen von Montag (0) bis Sonntag (6).</translation>
    </message>
    <message>
        <source>Each weekday can be chosen once.</source>
        <translation>Jeder Wochentag kann nur einmal gewählt werden.</translation>
    </message>
    <message>
        <source>The planned end is before the start.</source>
        <translation>Das geplante Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <source>The pause is before the start.</source>
        <translation>Die Pause liegt vor dem Beginn.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <source>The on-time window must be between 0 and {hours:g} hours.</source>
        <translation>Das Zeitfenster für „pünktlich“ muss zwischen 0 und {hours:g} Stunden liegen.</translation>
    </message>
    <message>
        <source>Give the vial&apos;s product a name.</source>
        <translation>Geben Sie das Präparat der Durchstechflasche an.</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Wirkstoffmenge</translation>
    </message>
    <message>
        <source>diluent volume</source>
        <translation>Lösungsmittelmenge</translation>
    </message>
    <message>
        <source>beyond-use time</source>
        <translation>Haltbarkeit nach Anbruch</translation>
    </message>
    <message>
        <source>The vial&apos;s {what} must be more than zero.</source>
        <translation>Der Wert „{what}“ der Durchstechflasche muss größer als null sein.</translation>
    </message>
    <message>
        <source>vial&apos;s {what}</source>
        <translation>{what} der Durchstechflasche</translation>
    </message>
    <message>
        <source>The {what} time needs a named time zone (for example Europe/Berlin).</source>
        <translation>Die Zeit ({what}) braucht eine benannte Zeitzone (zum Beispiel Europe/Berlin).</translation>
    </message>
    <message>
        <source>Pick the injection site on the body map.</source>
        <translation>Wählen Sie die Injektionsstelle auf der Körperkarte.</translation>
    </message>
    <message>
        <source>A dose counts either for a scheduled dose or as an extra one, not both.</source>
        <translation>Eine Dosis zählt entweder für eine geplante Dosis oder als zusätzliche, nicht beides.</translation>
    </message>
    <message>
        <source>Only a dose of a course can count for one of its scheduled doses.</source>
        <translation>Nur eine Dosis eines Behandlungsplans kann für eine seiner geplanten Dosen zählen.</translation>
    </message>
    <message>
        <source>Grade the reaction 1, 2 or 3.</source>
        <translation>Stufen Sie die Reaktion mit 1, 2 oder 3 ein.</translation>
    </message>
    <message>
        <source>Choose what the reaction looks like from the list.</source>
        <translation>Wählen Sie aus der Liste, wie die Reaktion aussieht.</translation>
    </message>
    <message>
        <source>Pick the zone where the reaction is.</source>
        <translation>Wählen Sie die Zone, in der die Reaktion ist.</translation>
    </message>
    <message>
        <source>The reaction cannot have settled before it was seen.</source>
        <translation>Die Reaktion kann nicht abgeklungen sein, bevor sie bemerkt wurde.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a time zone this computer knows.</source>
        <translation>„{name}“ ist keine Zeitzone, die dieser Computer kennt.</translation>
    </message>
    <message>
        <source>The birth year does not look right; type four digits, e.g. 1980.</source>
        <translation>Das Geburtsjahr sieht nicht richtig aus; geben Sie vier Ziffern ein, z. B. 1980.</translation>
    </message>
    <message>
        <source>A body zone needs its {field}.</source>
        <translation>Eine Körperzone braucht ihr Feld {field}.</translation>
    </message>
    <message>
        <source>&apos;{view}&apos; is not front or back.</source>
        <translation>„{view}“ ist weder vorne noch hinten.</translation>
    </message>
    <message>
        <source>&apos;{side}&apos; is not left or right.</source>
        <translation>„{side}“ ist weder links noch rechts.</translation>
    </message>
    <message>
        <source>&apos;{rule_id}&apos; is not a rule id.</source>
        <translation>„{rule_id}“ ist keine Regel-ID.</translation>
    </message>
    <message>
        <source>A snooze needs a time with a time zone.</source>
        <translation>Ein Zurückstellen braucht eine Zeit mit Zeitzone.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting Dosebook knows.</source>
        <translation>„{key}“ ist keine Einstellung, die Dosebook kennt.</translation>
    </message>
    <message>
        <source>The setting {key}: {err}.</source>
        <translation>Die Einstellung {key}: {err}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting of a warning rule Dosebook knows.</source>
        <translation>„{key}“ ist keine Einstellung einer Warnregel, die Dosebook kennt.</translation>
    </message>
    <message>
        <source>The setting {key} is 1 (on) or 0 (off), not &apos;{value}&apos;.</source>
        <translation>Die Einstellung {key} ist 1 (an) oder 0 (aus), nicht „{value}“.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a threshold that can be changed.</source>
        <translation>„{key}“ ist kein Schwellenwert, der sich ändern lässt.</translation>
    </message>
    <message>
        <source>Keep the {what} to one line of at most {MAX_SHORT_TEXT} characters.</source>
        <translation>Halten Sie {what} auf einer Zeile mit höchstens {MAX_SHORT_TEXT} Zeichen.</translation>
    </message>
    <message>
        <source>Give the medicine a name.</source>
        <translation>Geben Sie dem Arzneimittel einen Namen.</translation>
    </message>
    <message>
        <source>The day it was stopped is before the day it was started.</source>
        <translation>Der Tag des Absetzens liegt vor dem Tag des Beginns.</translation>
    </message>
    <message>
        <source>&apos;Acts on the immune system&apos; is yes or no.</source>
        <translation>„Wirkt auf das Immunsystem“ ist ja oder nein.</translation>
    </message>
    <message>
        <source>Say who the appointment is with (a doctor, a clinic, a lab).</source>
        <translation>Geben Sie an, mit wem der Termin ist (Arzt, Klinik, Labor).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{path} already exists; choose another name so nothing is overwritten.</source>
        <translation>{path} gibt es bereits; wählen Sie einen anderen Namen, damit nichts überschrieben wird.</translation>
    </message>
    <message>
        <source>Created an empty diary at {path}.</source>
        <translation>Leeres Tagebuch angelegt: {path}.</translation>
    </message>
    <message>
        <source>Wrote a demo diary to {path} (passphrase: demo): {injection} injections, {diary_entry} diary days, {lab_panel} lab panels.</source>
        <translation>Demo-Tagebuch nach {path} geschrieben (Passphrase: demo): {injection} Injektionen, {diary_entry} Tagebuchtage, {lab_panel} Laborbefunde.</translation>
    </message>
    <message>
        <source>Diary: {path}</source>
        <translation>Tagebuch: {path}</translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation>Integrität: {result}</translation>
    </message>
    <message>
        <source>Schema revision: {revision}</source>
        <translation>Schema-Version: {revision}</translation>
    </message>
    <message>
        <source>Wrote {count} CSV files to {out}. They are NOT encrypted: keep them safe.</source>
        <translation>{count} CSV-Dateien nach {out} geschrieben. Sie sind NICHT verschlüsselt: bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>{out} already exists; choose another name so nothing is overwritten.</source>
        <translation>{out} gibt es schon; wählen Sie einen anderen Namen, damit nichts überschrieben wird.</translation>
    </message>
    <message>
        <source>Wrote {out}. This export is NOT encrypted: keep it safe, delete it when done.</source>
        <translation>{out} geschrieben. Dieser Export ist NICHT verschlüsselt: bewahren Sie ihn sicher auf und löschen Sie ihn, wenn er nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>Could not read {file}: {err}.</source>
        <translation>{file} konnte nicht gelesen werden: {err}.</translation>
    </message>
    <message>
        <source>{path} is read-only; nothing was imported.</source>
        <translation>{path} ist schreibgeschützt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Imported {rows} records into {path}.</source>
        <translation>{rows} Einträge in {path} importiert.</translation>
    </message>
    <message>
        <source>Wrote an encrypted, verified backup to {target}. It opens with the same passphrase.</source>
        <translation>Verschlüsselte, geprüfte Sicherung nach {target} geschrieben. Sie öffnet sich mit derselben Passphrase.</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}: {injection} injections, {diary_entry} diary days, {lab_panel} lab panels.</source>
        <translation>{path} aus {backup} wiederhergestellt: {injection} Injektionen, {diary_entry} Tagebuchtage, {lab_panel} Laborbefunde.</translation>
    </message>
    <message>
        <source>The diary as it was before is kept at {kept_copy}.</source>
        <translation>Das Tagebuch im vorigen Zustand liegt unter {kept_copy}.</translation>
    </message>
    <message>
        <source>dosebook: stopped.</source>
        <translation>dosebook: angehalten.</translation>
    </message>
    <message>
        <source>dosebook: unexpected problem ({kind}); nothing was changed.</source>
        <translation>dosebook: unerwartetes Problem ({kind}); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>dosebook: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it in a desktop session, or set QT_QPA_PLATFORM=offscreen for tests.</source>
        <translation>dosebook: keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); starten Sie es in einer Desktop-Sitzung oder setzen Sie für Tests QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>The report&apos;s first day (--from) is after its last day (--to).</source>
        <translation>Der erste Tag des Berichts (--from) liegt nach seinem letzten (--to).</translation>
    </message>
    <message>
        <source>Wrote {out} (1 page, {days}).</source>
        <translation>{out} geschrieben (1 Seite, {days}).</translation>
    </message>
    <message>
        <source>Wrote {out} ({pages} pages, {days}).</source>
        <translation>{out} geschrieben ({pages} Seiten, {days}).</translation>
    </message>
    <message>
        <source>Could not write {out}: {reason}.</source>
        <translation>{out} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>not given (lab ranges use both)</source>
        <translation>nicht angegeben (Laborbereiche nutzen beide)</translation>
    </message>
    <message>
        <source>Name: {value}</source>
        <translation>Name: {value}</translation>
    </message>
    <message>
        <source>Sex: {value}</source>
        <translation>Geschlecht: {value}</translation>
    </message>
    <message>
        <source>Birth year: {value}</source>
        <translation>Geburtsjahr: {value}</translation>
    </message>
    <message>
        <source>Time zone: {value}</source>
        <translation>Zeitzone: {value}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>What the protocol is for: {value}</source>
        <translation>Wofür die Behandlung ist: {value}</translation>
    </message>
    <message>
        <source>Allergies: {value}</source>
        <translation>Allergien: {value}</translation>
    </message>
    <message>
        <source>(none noted)</source>
        <translation>(keine eingetragen)</translation>
    </message>
    <message>
        <source>Standing cautions: none</source>
        <translation>Dauerhafte Hinweise: keine</translation>
    </message>
    <message>
        <source>Standing cautions:</source>
        <translation>Dauerhafte Hinweise:</translation>
    </message>
    <message>
        <source> (from your medicines: {names})</source>
        <translation> (aus Ihren Arzneimitteln: {names})</translation>
    </message>
    <message>
        <source>  - {name}: {why} Source: {source}.</source>
        <translation>  - {name}: {why} Quelle: {source}.</translation>
    </message>
    <message>
        <source>Other medicines:</source>
        <translation>Andere Arzneimittel:</translation>
    </message>
    <message>
        <source>Other medicines: none listed</source>
        <translation>Andere Arzneimittel: keine eingetragen</translation>
    </message>
    <message>
        <source>Status as of {day}</source>
        <translation>Stand am {day}</translation>
    </message>
    <message>
        <source>(acts on the immune system)</source>
        <translation>(wirkt auf das Immunsystem)</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Dosebook ran into a problem it did not expect ({kind}). What you saved before is safe; the last thing you did may not have been saved. You can keep working.</source>
        <translation>Dosebook ist auf ein unerwartetes Problem gestoßen ({kind}). Was Sie vorher gespeichert haben, ist sicher; Ihre letzte Aktion wurde eventuell nicht gespeichert. Sie können weiterarbeiten.</translation>
    </message>
</context>
<context>
    <name>CreateDiaryDialog</name>
    <message>
        <source>Create your diary</source>
        <translation>Ihr Tagebuch anlegen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Dosebook.&lt;/b&gt;&lt;br&gt;Your diary is kept in one encrypted file on this computer:&lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;Nothing is ever sent anywhere.</source>
        <translation>&lt;b&gt;Willkommen bei Dosebook.&lt;/b&gt;&lt;br&gt;Ihr Tagebuch liegt in einer verschlüsselten Datei auf diesem Computer:&lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;Nichts wird je irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>mindestens {n} Zeichen</translation>
    </message>
    <message>
        <source>the same again</source>
        <translation>dasselbe noch einmal</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Create diary</source>
        <translation>Tagebuch anlegen</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Mon</source>
        <comment>weekday, short</comment>
        <translation>Mo.</translation>
    </message>
    <message>
        <source>Tue</source>
        <comment>weekday, short</comment>
        <translation>Di.</translation>
    </message>
    <message>
        <source>Wed</source>
        <comment>weekday, short</comment>
        <translation>Mi.</translation>
    </message>
    <message>
        <source>Thu</source>
        <comment>weekday, short</comment>
        <translation>Do.</translation>
    </message>
    <message>
        <source>Fri</source>
        <comment>weekday, short</comment>
        <translation>Fr.</translation>
    </message>
    <message>
        <source>Sat</source>
        <comment>weekday, short</comment>
        <translation>Sa.</translation>
    </message>
    <message>
        <source>Sun</source>
        <comment>weekday, short</comment>
        <translation>So.</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>weekday</comment>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>weekday</comment>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>weekday</comment>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>weekday</comment>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>weekday</comment>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>weekday</comment>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>weekday</comment>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>month, short</comment>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>month, short</comment>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>month, short</comment>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>month, short</comment>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month, short</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>month, short</comment>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>month, short</comment>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>month, short</comment>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>month, short</comment>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>month, short</comment>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>month, short</comment>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>month, short</comment>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <extracomment>A day of the month and a short month name: &quot;27 Jul&quot;. German &quot;27. Juli&quot;.</extracomment>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <extracomment>A date with a short month name: &quot;24 Nov 2026&quot;.</extracomment>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <extracomment>A short month name and a year: &quot;Nov 2026&quot;.</extracomment>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <extracomment>A short weekday name before a date: &quot;Thu 12 Mar&quot;.</extracomment>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <extracomment>A date and a time of day: &quot;Thu 12 Mar 20:00&quot;.</extracomment>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>Between items of a list but the last two: &quot;Mon, Wed and Fri&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source> and </source>
        <comment>list separator</comment>
        <extracomment>Between the last two items of a list: &quot;Mon, Wed and Fri&quot;.</extracomment>
        <translation> und </translation>
    </message>
    <message>
        <source>every day at {time}</source>
        <translation>täglich um {time}</translation>
    </message>
    <message>
        <source>every {n} days at {time}</source>
        <translation>alle {n} Tage um {time}</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <extracomment>Days of the week and a time: &quot;Mon and Thu at 20:00&quot;.</extracomment>
        <translation>{days} um {time}</translation>
    </message>
</context>
<context>
    <name>DiaryTab</name>
    <message>
        <source>Before the protocol</source>
        <translation>Vor dem Behandlungsschema</translation>
    </message>
    <message>
        <source>Since the protocol started</source>
        <translation>Seit Beginn des Behandlungsschemas</translation>
    </message>
    <message>
        <source>Whole diary</source>
        <translation>Ganzes Tagebuch</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>({n} may still be going on)</source>
        <translation>({n} evtl. noch andauernd)</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Episodes per 90 days</source>
        <translation>Phasen pro 90 Tage</translation>
    </message>
    <message>
        <source>Average days to recover</source>
        <translation>Mittlere Tage bis zur Erholung</translation>
    </message>
    <message>
        <source>Days the diary covers</source>
        <translation>Vom Tagebuch erfasste Tage</translation>
    </message>
    <message>
        <source>Sick episodes</source>
        <translation>Krankheitsphasen</translation>
    </message>
    <message>
        <source>An episode is a run of sick days; a single day in between does not end it. Its length counts from the first sick day to the last. An episode counts in the column where it started. These are the diary&apos;s numbers, not a diagnosis.</source>
        <translation>Eine Phase ist eine Folge von Krankheitstagen; ein einzelner Tag dazwischen beendet sie nicht. Ihre Dauer zählt vom ersten bis zum letzten Krankheitstag. Eine Phase zählt in der Spalte, in der sie begann. Das sind Zahlen aus dem Tagebuch, keine Diagnose.</translation>
    </message>
    <message>
        <source>may still be going on</source>
        <translation>evtl. noch andauernd</translation>
    </message>
    <message>
        <source>{n} day(s) without an entry inside</source>
        <translation>{n} Tag(e) ohne Eintrag darin</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Last sick day</source>
        <translation>Letzter Krankheitstag</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Sick days logged</source>
        <translation>Eingetragene Krankheitstage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Highest temp.</source>
        <translation>Höchste Temp.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No sick episodes in the diary</source>
        <translation>Keine Krankheitsphasen im Tagebuch</translation>
    </message>
    <message>
        <source>1 sick episode in the diary</source>
        <translation>1 Krankheitsphase im Tagebuch</translation>
    </message>
    <message>
        <source>{n} sick episodes in the diary</source>
        <translation>{n} Krankheitsphasen im Tagebuch</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>krank</translation>
    </message>
    <message>
        <source>Search notes and tags — e.g. headache, or #travel</source>
        <translation>Notizen und Schlagwörter durchsuchen – z. B. Kopfschmerzen oder #Reise</translation>
    </message>
    <message>
        <source>Search the diary</source>
        <translation>Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Erschöpfung</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Wohlbefinden</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Krank</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>trouble</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Sick today</source>
        <translation>Heute krank</translation>
    </message>
    <message>
        <source>Type the first letter: N, C, F, S or O.</source>
        <translation>Tippen Sie den Anfangsbuchstaben: N, C, F, S oder O.</translation>
    </message>
    <message>
        <source>a cold, the flu, a stomach bug or something else</source>
        <translation>eine Erkältung, Grippe, ein Magen-Darm-Infekt oder etwas anderes</translation>
    </message>
    <message>
        <source>Temperature in °C, if taken</source>
        <translation>Temperatur in °C, falls gemessen</translation>
    </message>
    <message>
        <source>e.g. 38.2</source>
        <translation>z. B. 38,2</translation>
    </message>
    <message>
        <source>if you took it; leave empty otherwise</source>
        <translation>falls gemessen; sonst leer lassen</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>reactions the label names, and any of your own</source>
        <translation>Reaktionen, die die Packungsbeilage nennt, und eigene</translation>
    </message>
    <message>
        <source>Discomfort or trouble at an injection site today</source>
        <translation>Heute Beschwerden oder Probleme an einer Injektionsstelle</translation>
    </message>
    <message>
        <source>Injection site</source>
        <translation>Injektionsstelle</translation>
    </message>
    <message>
        <source>Anything worth remembering about today</source>
        <translation>Was heute erwähnenswert war</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>your own words, separated by commas: travel, poor sleep</source>
        <translation>eigene Wörter, durch Kommas getrennt: Reise, schlecht geschlafen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{shown} of {n} days</source>
        <translation>{shown} von {n} Tagen</translation>
    </message>
    <message>
        <source>Fatigue / malaise</source>
        <translation>Erschöpfung / Unwohlsein</translation>
    </message>
    <message>
        <source>0 none · 10 full of energy</source>
        <translation>0 keine · 10 voller Energie</translation>
    </message>
    <message>
        <source>0 none · 10 constant, severe</source>
        <translation>0 keine · 10 ständig, stark</translation>
    </message>
    <message>
        <source>0 very poor · 10 very good</source>
        <translation>0 sehr schlecht · 10 sehr gut</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Erkältung</translation>
    </message>
    <message>
        <source>Flu</source>
        <translation>Grippe</translation>
    </message>
    <message>
        <source>Stomach</source>
        <translation>Magen-Darm</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Diagramme werden gezeichnet…</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Energy (higher is better)</source>
        <translation>Energie (höher ist besser)</translation>
    </message>
    <message>
        <source>Fatigue / malaise (higher is worse)</source>
        <translation>Erschöpfung / Unwohlsein (höher ist schlechter)</translation>
    </message>
    <message>
        <source>Well-being (higher is better)</source>
        <translation>Wohlbefinden (höher ist besser)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Alt+{n}</source>
        <translation>Alt+{n}</translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation>{range} zeigen</translation>
    </message>
    <message>
        <source>Days without an entry are left as gaps; the average needs 3 days in a week.</source>
        <translation>Tage ohne Eintrag bleiben Lücken; das Mittel braucht 3 Tage in einer Woche.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Tag wählen</translation>
    </message>
    <message>
        <source>Day of this entry</source>
        <translation>Tag dieses Eintrags</translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Vorheriger Tag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Nächster Tag ▶</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this day&apos;s entry</source>
        <translation>Eintrag dieses Tages speichern</translation>
    </message>
    <message>
        <source>Press {keys} to save from anywhere in the form.</source>
        <translation>Mit {keys} speichern Sie von überall im Formular.</translation>
    </message>
    <message>
        <source>Save  ({key})</source>
        <translation>Speichern  ({key})</translation>
    </message>
    <message>
        <source>Days in bold have an entry. Missing days are fine.</source>
        <translation>Fett gedruckte Tage haben einen Eintrag. Fehlende Tage sind in Ordnung.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {day} first?</source>
        <translation>Zuerst die Änderungen für {day} speichern?</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · heute</translation>
    </message>
    <message>
        <source>editing the saved entry</source>
        <translation>gespeicherter Eintrag wird bearbeitet</translation>
    </message>
    <message>
        <source>new entry</source>
        <translation>neuer Eintrag</translation>
    </message>
    <message>
        <source>To describe it (redness, swelling, grade), log a site reaction&lt;br&gt;with the injection in the &lt;a href=&quot;injections&quot;&gt;Injections tab&lt;/a&gt;.</source>
        <translation>Um sie zu beschreiben (Rötung, Schwellung, Grad), tragen Sie eine Reaktion&lt;br&gt;bei der Injektion im Reiter &lt;a href=&quot;injections&quot;&gt;Injektionen&lt;/a&gt; ein.</translation>
    </message>
    <message>
        <source>Type the temperature as a number, e.g. 38.2.</source>
        <translation>Geben Sie die Temperatur als Zahl ein, z. B. 38,2.</translation>
    </message>
    <message>
        <source>Nothing to save yet: choose a rating or write a note.</source>
        <translation>Noch nichts zu speichern: Wählen Sie eine Bewertung oder schreiben Sie eine Notiz.</translation>
    </message>
    <message>
        <source>Save this entry?</source>
        <translation>Diesen Eintrag speichern?</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved {day}.</source>
        <translation>{day} gespeichert.</translation>
    </message>
    <message>
        <source>Not saved yet: please fix what is marked with ⚠.</source>
        <translation>Noch nicht gespeichert: Bitte korrigieren Sie, was mit ⚠ markiert ist.</translation>
    </message>
    <message>
        <source>Diary pages</source>
        <translation>Tagebuchseiten</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>T&amp;rends</translation>
    </message>
    <message>
        <source>&amp;Sick episodes</source>
        <translation>&amp;Krankheitsphasen</translation>
    </message>
    <message>
        <source>Logged: {kind}, grade {grade}, {zone} (seen {day}).</source>
        <translation>Eingetragen: {kind}, Grad {grade}, {zone} (bemerkt {day}).</translation>
    </message>
    <message>
        <source>Rash</source>
        <translation>Hautausschlag</translation>
    </message>
    <message>
        <source>Joint pain</source>
        <translation>Gelenkschmerzen</translation>
    </message>
    <message>
        <source>Swollen hands</source>
        <translation>Geschwollene Hände</translation>
    </message>
    <message>
        <source>Arrow keys move between these boxes; Space ticks one.</source>
        <translation>Pfeiltasten wechseln zwischen diesen Feldern; die Leertaste setzt ein Häkchen.</translation>
    </message>
    <message>
        <source>Other symptoms, separated by commas</source>
        <translation>Andere Beschwerden, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>other symptoms: headache, sore throat</source>
        <translation>andere Beschwerden: Kopfschmerzen, Halsschmerzen</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>The data behind this warning</source>
        <translation>Die Daten hinter dieser Warnung</translation>
    </message>
    <message>
        <source>What was seen in your diary:</source>
        <translation>Was in Ihrem Tagebuch gesehen wurde:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Thresholds: {list}</source>
        <translation>Schwellenwerte: {list}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Dosebook records and charts; it never diagnoses and never suggests a dose. Talk to your doctor about what you see here.</source>
        <translation>Dosebook zeichnet auf und stellt dar; es stellt keine Diagnosen und schlägt nie eine Dosis vor. Sprechen Sie mit Ihrem Arzt über das, was Sie hier sehen.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Präparat</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>Ch.-B.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>Abkürzung</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>dose unit</source>
        <translation>Dosiseinheit</translation>
    </message>
    <message>
        <source>needle</source>
        <translation>Nadel</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>Lagerung</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>The {field} field is too long ({n} characters; at most {most}).</source>
        <translation>Das Feld „{field}“ ist zu lang ({n} Zeichen; höchstens {most}).</translation>
    </message>
    <message>
        <source>The {field} field holds a character that cannot be saved.</source>
        <translation>Das Feld „{field}“ enthält ein Zeichen, das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <source>The {field} field holds a broken character; retype that part.</source>
        <translation>Das Feld „{field}“ enthält ein beschädigtes Zeichen; tippen Sie diesen Teil neu.</translation>
    </message>
    <message>
        <source>The {field} field must be an ordinary number.</source>
        <translation>Das Feld „{field}“ muss eine gewöhnliche Zahl sein.</translation>
    </message>
    <message>
        <source>The {field} field must be a date between {first} and {last}.</source>
        <translation>Das Feld „{field}“ muss ein Datum zwischen {first} und {last} sein.</translation>
    </message>
    <message>
        <source>The {what} time needs a time zone.</source>
        <translation>Der Zeitpunkt „{what}“ braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>The {what} time is out of range.</source>
        <translation>Der Zeitpunkt „{what}“ liegt außerhalb des möglichen Bereichs.</translation>
    </message>
    <message>
        <source>The {what} must be an ordinary number.</source>
        <translation>„{what}“ muss eine gewöhnliche Zahl sein.</translation>
    </message>
    <message>
        <source>The {what} must be between {low} and {high}{unit}.</source>
        <translation>„{what}“ muss zwischen {low} und {high}{unit} liegen.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} already exists; choose another name so nothing is overwritten.</source>
        <translation>{path} gibt es bereits; wählen Sie einen anderen Namen, damit nichts überschrieben wird.</translation>
    </message>
    <message>
        <source>Wrote {path}. A calendar program that imports it keeps its own copy, outside Dosebook&apos;s encryption.</source>
        <translation>{path} geschrieben. Ein Kalenderprogramm, das die Datei importiert, behält eine eigene Kopie außerhalb der Verschlüsselung von Dosebook.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation>{path} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not Dosebook&apos;s lock file; remove it.</source>
        <translation>{path} ist nicht die Sperrdatei von Dosebook; entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>{name} is being changed by a Dosebook command (an import or a restore). Open it again when that has finished.</source>
        <translation>{name} wird gerade von einem Dosebook-Befehl verändert (Import oder Wiederherstellung). Öffnen Sie es wieder, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>{name} is open in another Dosebook window.</source>
        <translation>{name} ist in einem anderen Dosebook-Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Dosebook</source>
        <translation>Dosebook</translation>
    </message>
    <message>
        <source>Diary not opened</source>
        <translation>Tagebuch nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <source>Lock when away</source>
        <translation>Sperren bei Abwesenheit</translation>
    </message>
    <message>
        <source>Lock the diary when I have been away</source>
        <translation>Tagebuch sperren, wenn ich weg war</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes away before locking</source>
        <translation>Minuten Abwesenheit bis zur Sperre</translation>
    </message>
    <message>
        <source>Locked, Dosebook hides the diary and forgets its key until you type the passphrase. Ctrl+L locks it at any time.</source>
        <translation>Gesperrt verbirgt Dosebook das Tagebuch und vergisst den Schlüssel, bis Sie die Passphrase eingeben. Strg+L sperrt jederzeit.</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nach:</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>cannot be null; write &quot;&quot; for none</source>
        <translation>darf nicht null sein; schreiben Sie &quot;&quot; für keine</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} ist weder true noch false</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} ist keine Zahl</translation>
    </message>
    <message>
        <source>{value} is not an ordinary number</source>
        <translation>{value} ist keine gewöhnliche Zahl</translation>
    </message>
    <message>
        <source>{value} is not a date like 2026-03-01</source>
        <translation>{value} ist kein Datum wie 2026-03-01</translation>
    </message>
    <message>
        <source>{value} is not a date and time with a UTC offset (2026-03-01T20:00:00+01:00)</source>
        <translation>{value} ist kein Datum mit Uhrzeit und UTC-Abstand (2026-03-01T20:00:00+01:00)</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} ist kein Text</translation>
    </message>
    <message>
        <source>is not a file encoded in base64</source>
        <translation>ist keine base64-kodierte Datei</translation>
    </message>
    <message>
        <source>expected an object with the record&apos;s fields</source>
        <translation>erwartet wurde ein Objekt mit den Feldern des Eintrags</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>Injections</name>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Resume today</source>
        <translation>Heute fortsetzen</translation>
    </message>
    <message>
        <source>Pause from today</source>
        <translation>Ab heute pausieren</translation>
    </message>
    <message>
        <source>End the course today…</source>
        <translation>Behandlung heute beenden…</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>Neue Behandlung…</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>{product} paused from {day}.</source>
        <translation>{product} ab {day} pausiert.</translation>
    </message>
    <message>
        <source>End the course?</source>
        <translation>Behandlung beenden?</translation>
    </message>
    <message>
        <source>{product} ends today. Its injections stay in the diary.</source>
        <translation>{product} endet heute. Die Injektionen bleiben im Tagebuch.</translation>
    </message>
    <message>
        <source>{product} ended.</source>
        <translation>{product} beendet.</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>today&apos;s {time} dose</source>
        <translation>die heutige Dosis um {time}</translation>
    </message>
    <message>
        <source>yesterday&apos;s {time} dose</source>
        <translation>die gestrige Dosis um {time}</translation>
    </message>
    <message>
        <source>tomorrow&apos;s {time} dose</source>
        <translation>die morgige Dosis um {time}</translation>
    </message>
    <message>
        <source>{day}&apos;s {time} dose</source>
        <translation>die Dosis vom {day} um {time}</translation>
    </message>
    <message>
        <source>This will count as {dose}, taken on the minute.</source>
        <translation>Das zählt als {dose}, auf die Minute genau genommen.</translation>
    </message>
    <message>
        <source>This will count as {dose}, taken {span} early.</source>
        <translation>Das zählt als {dose}, {span} zu früh genommen.</translation>
    </message>
    <message>
        <source>This will count as {dose}, taken {span} late.</source>
        <translation>Das zählt als {dose}, {span} zu spät genommen.</translation>
    </message>
    <message>
        <source>You logged {dose} at {time} today. Log another?</source>
        <translation>Sie haben heute um {time} {dose} eingetragen. Noch eine eintragen?</translation>
    </message>
    <message>
        <source>You logged {dose} at {time} yesterday. Log another?</source>
        <translation>Sie haben gestern um {time} {dose} eingetragen. Noch eine eintragen?</translation>
    </message>
    <message>
        <source>You logged {dose} on {day} at {time}. Log another?</source>
        <translation>Sie haben am {day} um {time} {dose} eingetragen. Noch eine eintragen?</translation>
    </message>
    <message>
        <source>An e&amp;xtra dose</source>
        <translation>Eine &amp;zusätzliche Dosis</translation>
    </message>
    <message>
        <source>&amp;{dose}</source>
        <translation>&amp;{dose}</translation>
    </message>
    <message>
        <source>This will be an extra dose; {dose} stays due.</source>
        <translation>Das wird eine zusätzliche Dosis; {dose} bleibt fällig.</translation>
    </message>
    <message>
        <source>Log &amp;another</source>
        <translation>&amp;Noch eine eintragen</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Change course</source>
        <translation>Behandlung ändern</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Neue Behandlung</translation>
    </message>
    <message>
        <source>Your own</source>
        <translation>Eigene Angaben</translation>
    </message>
    <message>
        <source>press Enter to log it late</source>
        <translation>Enter drücken, um sie verspätet einzutragen</translation>
    </message>
    <message>
        <source>for the dose due {day} {time}</source>
        <translation>für die Dosis fällig {day} {time}</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>Ch.-B. {lot}</translation>
    </message>
    <message>
        <source>reaction: {kind}, grade {grade}</source>
        <translation>Reaktion: {kind}, Grad {grade}</translation>
    </message>
    <message>
        <source>Doses and injections of the chosen day</source>
        <translation>Dosen und Injektionen des gewählten Tages</translation>
    </message>
    <message>
        <source>All injections</source>
        <translation>Alle Injektionen</translation>
    </message>
    <message>
        <source>Chosen day</source>
        <translation>Gewählter Tag</translation>
    </message>
    <message>
        <source>Log for this day…</source>
        <translation>Für diesen Tag eintragen…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Site &amp;reaction…</source>
        <translation>&amp;Reaktion an der Stelle…</translation>
    </message>
    <message>
        <source>Note redness, swelling or pain at this injection&apos;s site</source>
        <translation>Rötung, Schwellung oder Schmerz an der Stelle dieser Injektion eintragen</translation>
    </message>
    <message>
        <source>No dose due and nothing logged on this day.</source>
        <translation>An diesem Tag war keine Dosis fällig und nichts wurde eingetragen.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Präparat</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Vial lot</source>
        <translation>Ch.-B. der Flasche</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Under the skin (subcutaneous)</source>
        <translation>Unter die Haut (subkutan)</translation>
    </message>
    <message>
        <source>Into the muscle (intramuscular)</source>
        <translation>In den Muskel (intramuskulär)</translation>
    </message>
    <message>
        <source>On &amp;weekdays</source>
        <translation>An &amp;Wochentagen</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No planned end</source>
        <translation>Kein geplantes Ende</translation>
    </message>
    <message>
        <source>Ends on a date</source>
        <translation>Endet an einem Datum</translation>
    </message>
    <message>
        <source>Lasts a number of weeks</source>
        <translation>Dauert eine Anzahl Wochen</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source> hours either side</source>
        <translation> Stunden davor oder danach</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Präparat</translation>
    </message>
    <message>
        <source>Change injection</source>
        <translation>Injektion ändern</translation>
    </message>
    <message>
        <source>Log injection</source>
        <translation>Injektion eintragen</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Behandlungsschema</translation>
    </message>
    <message>
        <source>None (an extra injection)</source>
        <translation>Keines (zusätzliche Injektion)</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Genommen um</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Dosiseinheit</translation>
    </message>
    <message>
        <source>Injection site</source>
        <translation>Injektionsstelle</translation>
    </message>
    <message>
        <source>Vial</source>
        <translation>Flasche</translation>
    </message>
    <message>
        <source>This empties the vial (mark it finished)</source>
        <translation>Damit ist die Flasche leer (als aufgebraucht markieren)</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Nadel</translation>
    </message>
    <message>
        <source>e.g. 30G 8 mm</source>
        <translation>z. B. 30G 8 mm</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Behandlungsschema</translation>
    </message>
    <message>
        <source>&amp;Taken at</source>
        <translation>&amp;Genommen um</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Stelle</translation>
    </message>
    <message>
        <source>&amp;Vial</source>
        <translation>F&amp;lasche</translation>
    </message>
    <message>
        <source>&amp;Needle</source>
        <translation>&amp;Nadel</translation>
    </message>
    <message>
        <source>Enter saves · Esc closes without saving</source>
        <translation>Enter speichert · Esc schließt ohne Speichern</translation>
    </message>
    <message>
        <source>No vial</source>
        <translation>Keine Flasche</translation>
    </message>
    <message>
        <source>No vial recorded for this injection.</source>
        <translation>Für diese Injektion ist keine Flasche eingetragen.</translation>
    </message>
    <message>
        <source>Draw {volume}</source>
        <translation>{volume} aufziehen</translation>
    </message>
    <message>
        <source>{mg} mg in the vial</source>
        <translation>{mg} mg in der Flasche</translation>
    </message>
    <message>
        <source>Strength and water not recorded for this vial.</source>
        <translation>Stärke und Wassermenge sind für diese Flasche nicht eingetragen.</translation>
    </message>
    <message>
        <source>Type the dose you took.</source>
        <translation>Geben Sie die Dosis ein, die Sie genommen haben.</translation>
    </message>
    <message>
        <source>Pick the injection site on the body map or in the list.</source>
        <translation>Wählen Sie die Injektionsstelle auf der Körperkarte oder in der Liste.</translation>
    </message>
    <message>
        <source>Lot {lot}</source>
        <translation>Ch.-B. {lot}</translation>
    </message>
    <message>
        <source>expires {day} {year}</source>
        <translation>verwendbar bis {day} {year}</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Art der Anwendung</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>T&amp;ime of day</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>E&amp;nde</translation>
    </message>
    <message>
        <source>On time &amp;within</source>
        <translation>Pünktlich &amp;innerhalb von</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Record the dose you and your doctor agreed on. Dosebook never suggests a dose.</source>
        <translation>Tragen Sie die Dosis ein, die Sie mit Ihrem Arzt vereinbart haben. Dosebook schlägt nie eine Dosis vor.</translation>
    </message>
    <message>
        <source>Type the dose you and your doctor agreed on.</source>
        <translation>Geben Sie die Dosis ein, die Sie mit Ihrem Arzt vereinbart haben.</translation>
    </message>
    <message>
        <source>Vials</source>
        <translation>Flaschen</translation>
    </message>
    <message>
        <source>Show finished vials</source>
        <translation>Aufgebrauchte Flaschen zeigen</translation>
    </message>
    <message>
        <source>&amp;New vial</source>
        <translation>&amp;Neue Flasche</translation>
    </message>
    <message>
        <source>Has an expiry date</source>
        <translation>Hat ein Verfallsdatum</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>Mixed (reconstituted)</source>
        <translation>Aufgelöst (zubereitet)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>e.g. fridge, 2–8 °C</source>
        <translation>z. B. Kühlschrank, 2–8 °C</translation>
    </message>
    <message>
        <source>It has been frozen and thawed</source>
        <translation>Sie war gefroren und wurde aufgetaut</translation>
    </message>
    <message>
        <source>Finished (empty or thrown away)</source>
        <translation>Aufgebraucht (leer oder entsorgt)</translation>
    </message>
    <message>
        <source>&amp;Save vial</source>
        <translation>Flasche &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>&amp;Ch.-B.</translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation>&amp;Stärke</translation>
    </message>
    <message>
        <source>&amp;Water added</source>
        <translation>&amp;Zugegebenes Wasser</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Konzentration</translation>
    </message>
    <message>
        <source>&amp;Use within</source>
        <translation>Ver&amp;wenden innerhalb von</translation>
    </message>
    <message>
        <source>S&amp;torage</source>
        <translation>&amp;Lagerung</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>aufgebraucht</translation>
    </message>
    <message>
        <source>needs the strength and the water added</source>
        <translation>braucht Stärke und zugegebenes Wasser</translation>
    </message>
    <message>
        <source>Injection calendar</source>
        <translation>Injektionskalender</translation>
    </message>
    <message>
        <source>{day}, today</source>
        <translation>{day}, heute</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>+{n} weitere</translation>
    </message>
    <message>
        <source>No dose due and nothing logged</source>
        <translation>Keine Dosis fällig, nichts eingetragen</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>versäumt</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>genommen</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>zusätzlich</translation>
    </message>
    <message>
        <source>taken {day} {time}</source>
        <translation>genommen {day} {time}</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>genommen {time}</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>Qt date format</comment>
        <extracomment>A Qt date format (QDate::toString): German &quot;dddd, d. MMMM yyyy&quot;, Chinese &quot;yyyy年M月d日 dddd&quot;.</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>Qt date format</comment>
        <extracomment>A Qt date format (QDate::toString) of a month&apos;s title: Chinese &quot;yyyy年M月&quot;.</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation>Verspätet genommen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Extra injection</source>
        <translation>Zusätzliche Injektion</translation>
    </message>
    <message>
        <source>Due {time}</source>
        <translation>Fällig {time}</translation>
    </message>
    <message>
        <source>due {time}</source>
        <translation>fällig {time}</translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation>noch nichts fällig</translation>
    </message>
    <message>
        <source>{taken} of {due} taken</source>
        <translation>{taken} von {due} genommen</translation>
    </message>
    <message>
        <source>, {n} late</source>
        <translation>, {n} verspätet</translation>
    </message>
    <message>
        <source>{product} is paused</source>
        <translation>{product} ist pausiert</translation>
    </message>
    <message>
        <source>{product}: the course has ended</source>
        <translation>{product}: Die Behandlung ist beendet</translation>
    </message>
    <message>
        <source>{product}: the course reached its planned end</source>
        <translation>{product}: Die Behandlung hat ihr geplantes Ende erreicht</translation>
    </message>
    <message>
        <source>{product}: nothing due</source>
        <translation>{product}: nichts fällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>suggested: {zone}</source>
        <translation>vorgeschlagen: {zone}</translation>
    </message>
    <message>
        <source>Times here are in the diary&apos;s time zone, {zone}: {there} there, {here} on this computer. Travelling? Change the zone under Settings → Profile.</source>
        <translation>Die Zeiten hier gelten in der Zeitzone des Tagebuchs, {zone}: dort {there}, auf diesem Computer {here}. Auf Reisen? Ändern Sie die Zone unter Einstellungen → Profil.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Click a zone to see when it was used, or to set it aside.</source>
        <translation>Klicken Sie auf einen Bereich, um zu sehen, wann er genutzt wurde, oder um ihn zurückzustellen.</translation>
    </message>
    <message>
        <source>&amp;Preferred area</source>
        <translation>&amp;Bevorzugte Region</translation>
    </message>
    <message>
        <source>Suggestions come from preferred zones first</source>
        <translation>Vorschläge kommen zuerst aus bevorzugten Bereichen</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t use this zone</source>
        <translation>Diesen Bereich &amp;nicht nutzen</translation>
    </message>
    <message>
        <source>For a scar, a lump, a tattoo: the zone is greyed out</source>
        <translation>Bei einer Narbe, einem Knoten, einer Tätowierung: Der Bereich wird ausgegraut</translation>
    </message>
    <message>
        <source>Why (scar, lump, tattoo…)</source>
        <translation>Warum (Narbe, Knoten, Tätowierung …)</translation>
    </message>
    <message>
        <source>Reason for not using this zone</source>
        <translation>Grund, diesen Bereich nicht zu nutzen</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>Choose a zone…</source>
        <translation>Bereich wählen…</translation>
    </message>
    <message>
        <source>{zone} (not used)</source>
        <translation>{zone} (nicht genutzt)</translation>
    </message>
    <message>
        <source>vial {lot}</source>
        <translation>Flasche {lot}</translation>
    </message>
    <message>
        <source>vial</source>
        <translation>Flasche</translation>
    </message>
    <message>
        <source>(draw {volume})</source>
        <translation>({volume} aufziehen)</translation>
    </message>
    <message>
        <source>Last 4 weeks: {recent} · course so far: {course}</source>
        <translation>Letzte 4 Wochen: {recent} · bisherige Behandlung: {course}</translation>
    </message>
    <message>
        <source>Next: {line}</source>
        <translation>Nächste: {line}</translation>
    </message>
    <message>
        <source>Taken today {time} · next: {line}</source>
        <translation>Heute um {time} genommen · nächste: {line}</translation>
    </message>
    <message>
        <source>&amp;Log injection…</source>
        <translation>Injektion &amp;eintragen…</translation>
    </message>
    <message>
        <source>Log an injection now (Ctrl+I)</source>
        <translation>Jetzt eine Injektion eintragen (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation>&amp;Behandlungen</translation>
    </message>
    <message>
        <source>&amp;Vials…</source>
        <translation>&amp;Flaschen…</translation>
    </message>
    <message>
        <source>No course yet</source>
        <translation>Noch keine Behandlung</translation>
    </message>
    <message>
        <source>Set one up under Courses: start from the template or describe your own.</source>
        <translation>Legen Sie eine unter „Behandlungen“ an: aus der Vorlage oder mit eigenen Angaben.</translation>
    </message>
    <message>
        <source>{product}: {line}</source>
        <translation>{product}: {line}</translation>
    </message>
    <message>
        <source>Next appointment: {line}</source>
        <translation>Nächster Termin: {line}</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Rötung</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>Pain or tenderness</source>
        <translation>Schmerz oder Druckempfindlichkeit</translation>
    </message>
    <message>
        <source>Itching</source>
        <translation>Juckreiz</translation>
    </message>
    <message>
        <source>Lump under the skin</source>
        <translation>Knoten unter der Haut</translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation>Bluterguss</translation>
    </message>
    <message>
        <source>Open sore</source>
        <translation>Offene Wunde</translation>
    </message>
    <message>
        <source>Dark or dead-looking skin</source>
        <translation>Dunkle oder abgestorben aussehende Haut</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>1 · Mild: tender, warm, red or itchy</source>
        <translation>1 · Leicht: druckempfindlich, warm, gerötet oder juckend</translation>
    </message>
    <message>
        <source>2 · Moderate: painful, swollen, or a lump or dent in the fat</source>
        <translation>2 · Mäßig: schmerzhaft, geschwollen oder ein Knoten bzw. eine Delle im Fettgewebe</translation>
    </message>
    <message>
        <source>3 · Severe: an open sore or dead skin</source>
        <translation>3 · Schwer: offene Wunde oder abgestorbene Haut</translation>
    </message>
    <message>
        <source>Site reaction</source>
        <translation>Reaktion an der Stelle</translation>
    </message>
    <message>
        <source>It has settled</source>
        <translation>Sie ist abgeklungen</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>&amp;Seen at</source>
        <translation>&amp;Bemerkt am</translation>
    </message>
    <message>
        <source>Settled at</source>
        <translation>Abgeklungen am</translation>
    </message>
    <message>
        <source>&amp;Photos…</source>
        <translation>&amp;Fotos…</translation>
    </message>
    <message>
        <source>Keep photos of the reaction with it</source>
        <translation>Fotos der Reaktion dazu aufbewahren</translation>
    </message>
    <message>
        <source>Save the reaction first, then add photos</source>
        <translation>Speichern Sie zuerst die Reaktion, dann fügen Sie Fotos hinzu</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Vorheriger Monat (Bild ↑)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Nächster Monat (Bild ↓)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Legend: taken, late, missed, due, extra</source>
        <translation>Legende: genommen, verspätet, versäumt, fällig, zusätzlich</translation>
    </message>
    <message>
        <source>A dose counts as on time within its window, 12 hours either side by default</source>
        <translation>Eine Dosis gilt innerhalb ihres Zeitfensters als pünktlich, standardmäßig 12 Stunden davor oder danach</translation>
    </message>
    <message>
        <source>Body map of injection zones</source>
        <translation>Körperkarte der Injektionsbereiche</translation>
    </message>
    <message>
        <source>Injection logged for {day} {time}.</source>
        <translation>Injektion für {day} {time} eingetragen.</translation>
    </message>
    <message>
        <source>Changes to the injection of {day} saved.</source>
        <translation>Änderungen an der Injektion vom {day} gespeichert.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Injection of {day} {time} deleted.</source>
        <translation>Injektion vom {day} {time} gelöscht.</translation>
    </message>
    <message>
        <source>Photos of the site reaction</source>
        <translation>Fotos der Reaktion an der Stelle</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>The passphrase is longer than {n} bytes; nothing was read further.</source>
        <translation>Die Passphrase ist länger als {n} Bytes; es wurde nichts weiter gelesen.</translation>
    </message>
    <message>
        <source>No passphrase was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde keine Passphrase übergeben.</translation>
    </message>
    <message>
        <source>The passphrase on standard input is not UTF-8 text; check how it was written.</source>
        <translation>Die Passphrase auf der Standardeingabe ist kein UTF-8-Text; prüfen Sie, wie sie geschrieben wurde.</translation>
    </message>
    <message>
        <source>A passphrase is needed: run this in a terminal, or pass it with --passphrase-stdin.</source>
        <translation>Eine Passphrase wird benötigt: Führen Sie dies in einem Terminal aus oder übergeben Sie sie mit --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Passphrase for {name}: </source>
        <translation>Passphrase für {name}: </translation>
    </message>
    <message>
        <source>{path} is read-only; it was opened for reading only.</source>
        <translation>{path} ist schreibgeschützt; es wurde nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>New passphrase (at least {n} characters): </source>
        <translation>Neue Passphrase (mindestens {n} Zeichen): </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Noch einmal eingeben: </translation>
    </message>
    <message>
        <source>The backup and the diary are the same file; choose another backup.</source>
        <translation>Sicherung und Tagebuch sind dieselbe Datei; wählen Sie eine andere Sicherung.</translation>
    </message>
</context>
<context>
    <name>LabFiles</name>
    <message>
        <source>1 result</source>
        <translation>1 Ergebnis</translation>
    </message>
    <message>
        <source>{n} results</source>
        <translation>{n} Ergebnisse</translation>
    </message>
    <message>
        <source>1 panel</source>
        <translation>1 Befund</translation>
    </message>
    <message>
        <source>{n} panels</source>
        <translation>{n} Befunde</translation>
    </message>
    <message>
        <source>no lab named</source>
        <translation>kein Labor angegeben</translation>
    </message>
    <message>
        <source>(range {range})</source>
        <translation>(Bereich {range})</translation>
    </message>
    <message>
        <source>(no range)</source>
        <translation>(kein Bereich)</translation>
    </message>
    <message>
        <source>[new test]</source>
        <translation>[neuer Test]</translation>
    </message>
    <message>
        <source>New test: {name}</source>
        <translation>Neuer Test: {name}</translation>
    </message>
    <message>
        <source>Already in the diary, skipped: {results}</source>
        <translation>Bereits im Tagebuch, übersprungen: {results}</translation>
    </message>
    <message>
        <source>Left out: {note}</source>
        <translation>Ausgelassen: {note}</translation>
    </message>
    <message>
        <source>--map is for CSV files; a FHIR file names its own fields.</source>
        <translation>--map ist für CSV-Dateien; eine FHIR-Datei benennt ihre Felder selbst.</translation>
    </message>
    <message>
        <source>{path} is read-only; nothing was imported.</source>
        <translation>{path} ist schreibgeschützt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Read {results} from {name} ({kind}).</source>
        <translation>{results} aus {name} gelesen ({kind}).</translation>
    </message>
    <message>
        <source>Nothing was saved (--dry-run).</source>
        <translation>Nichts wurde gespeichert (--dry-run).</translation>
    </message>
    <message>
        <source>Nothing new to import: every result is already in the diary.</source>
        <translation>Nichts Neues zu importieren: Jedes Ergebnis ist bereits im Tagebuch.</translation>
    </message>
    <message>
        <source>Imported {results} in {panels} into {path}.</source>
        <translation>{results} in {panels} nach {path} importiert.</translation>
    </message>
    <message>
        <source>--share takes some of {names} (or none), comma-separated.</source>
        <translation>--share nimmt einige von {names} (oder none), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihren Namen</translation>
    </message>
    <message>
        <source>your sex</source>
        <translation>Ihr Geschlecht</translation>
    </message>
    <message>
        <source>your birth year</source>
        <translation>Ihr Geburtsjahr</translation>
    </message>
    <message>
        <source>nothing about you but the data</source>
        <translation>nichts über Sie außer den Daten</translation>
    </message>
    <message>
        <source>Wrote {path} (FHIR R4 Bundle; shares {shared}). It is NOT encrypted: give it only to your doctor, and delete it when done.</source>
        <translation>{path} geschrieben (FHIR-R4-Bundle; enthält {shared}). Die Datei ist NICHT verschlüsselt: Geben Sie sie nur Ihrem Arzt und löschen Sie sie danach.</translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation>Die CSV-Datei ist leer.</translation>
    </message>
    <message>
        <source>The CSV file has only one column; Dosebook needs at least a date, a test and a result in columns separated by commas or semicolons.</source>
        <translation>Die CSV-Datei hat nur eine Spalte; Dosebook braucht mindestens ein Datum, einen Test und ein Ergebnis in Spalten, die durch Kommas oder Semikolons getrennt sind.</translation>
    </message>
    <message>
        <source>The CSV file&apos;s first line must name each column once.</source>
        <translation>Die erste Zeile der CSV-Datei muss jede Spalte genau einmal benennen.</translation>
    </message>
    <message>
        <source>The dates in the file are written in two different orders.</source>
        <translation>Die Daten in der Datei sind in zwei verschiedenen Reihenfolgen geschrieben.</translation>
    </message>
    <message>
        <source>Dates like 03/04/2026 could mean 3 April or 4 March. Say which with dates=day-first or dates=month-first.</source>
        <translation>Ein Datum wie 03/04/2026 kann 3. April oder 4. März heißen. Geben Sie es mit dates=day-first oder dates=month-first an.</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date Dosebook can read (like 2026-03-03 or 03.03.2026).</source>
        <translation>{where}: '{text}' ist kein Datum, das Dosebook lesen kann (wie 2026-03-03 oder 03.03.2026).</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is not a test in the diary; add it with New test… first, or use the test&apos;s name, abbreviation or LOINC code.</source>
        <translation>{where}: '{test}' ist kein Test im Tagebuch; legen Sie ihn zuerst mit „Neuer Test…“ an, oder verwenden Sie den Namen, die Abkürzung oder den LOINC-Code des Tests.</translation>
    </message>
    <message>
        <source>the result is empty.</source>
        <translation>das Ergebnis ist leer.</translation>
    </message>
    <message>
        <source>{where}: Dosebook does not know the unit &apos;{unit}&apos; for {test}, so the result could not be compared or charted.</source>
        <translation>{where}: Dosebook kennt die Einheit '{unit}' für {test} nicht, daher konnte das Ergebnis weder verglichen noch als Diagramm gezeigt werden.</translation>
    </message>
    <message>
        <source>{where}: the result has no unit (usually {unit}); add a unit column, or say which one it is.</source>
        <translation>{where}: Das Ergebnis hat keine Einheit (meist {unit}); fügen Sie eine Spalte für die Einheit hinzu oder geben Sie an, welche es ist.</translation>
    </message>
    <message>
        <source>The CSV file has a header but no results.</source>
        <translation>Die CSV-Datei hat eine Kopfzeile, aber keine Ergebnisse.</translation>
    </message>
</context>
<context>
    <name>LabValues</name>
    <message>
        <source>Could not read &apos;{typed}&apos; as a number. Type it as printed, e.g. 5.2, &lt;20 or not detected.</source>
        <translation>„{typed}“ konnte nicht als Zahl gelesen werden. Geben Sie es wie gedruckt ein, z. B. 5,2, &lt;20 oder nicht nachweisbar.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; could mean {whole} or {decimal}. Type it without the comma: {whole} or {decimal}.</source>
        <translation>„{typed}“ kann {whole} oder {decimal} bedeuten. Geben Sie es ohne Komma ein: {whole} oder {decimal}.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; could mean {whole} or {decimal}. Type it without the point: {whole} or {decimal}.</source>
        <translation>„{typed}“ kann {whole} oder {decimal} bedeuten. Geben Sie es ohne Punkt ein: {whole} oder {decimal}.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is too large a number to keep. Check it is typed as printed.</source>
        <translation>„{typed}“ ist eine zu große Zahl zum Speichern. Prüfen Sie, ob sie wie gedruckt eingegeben ist.</translation>
    </message>
    <message>
        <source>That is too long for one result. Type just the value, e.g. 5.2, &lt;20 or not detected.</source>
        <translation>Das ist zu lang für ein Ergebnis. Geben Sie nur den Wert ein, z. B. 5,2, &lt;20 oder nicht nachweisbar.</translation>
    </message>
    <message>
        <source>Type the result as printed, e.g. 5.2, &lt;20 or not detected.</source>
        <translation>Geben Sie das Ergebnis wie gedruckt ein, z. B. 5,2, &lt;20 oder nicht nachweisbar.</translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <source>Blood count</source>
        <translation>Blutbild</translation>
    </message>
    <message>
        <source>Liver tests</source>
        <translation>Leberwerte</translation>
    </message>
    <message>
        <source>Immune markers</source>
        <translation>Immunmarker</translation>
    </message>
    <message>
        <source>Hepatitis B tests</source>
        <translation>Hepatitis-B-Tests</translation>
    </message>
    <message>
        <source>{group}: no results yet; usually every {low}–{high} months</source>
        <translation>{group}: noch keine Ergebnisse; üblich alle {low}–{high} Monate</translation>
    </message>
    <message>
        <source>{group}: last {last}, next due from {when}</source>
        <translation>{group}: zuletzt {last}, wieder fällig ab {when}</translation>
    </message>
    <message>
        <source>{group}: last {last}, due by {when}</source>
        <translation>{group}: zuletzt {last}, fällig bis {when}</translation>
    </message>
    <message>
        <source>{group}: last {last}, was due by {when}</source>
        <translation>{group}: zuletzt {last}, war fällig bis {when}</translation>
    </message>
    <message>
        <source>Below range</source>
        <translation>Unter dem Bereich</translation>
    </message>
    <message>
        <source>Above range</source>
        <translation>Über dem Bereich</translation>
    </message>
    <message>
        <source>In range</source>
        <translation>Im Bereich</translation>
    </message>
    <message>
        <source>Not the expected result</source>
        <translation>Nicht das erwartete Ergebnis</translation>
    </message>
    <message>
        <source>Cannot compare with the range</source>
        <translation>Nicht mit dem Bereich vergleichbar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>Labs due</source>
        <translation>Fällige Laborwerte</translation>
    </message>
    <message>
        <source>No monitoring groups in the catalogue.</source>
        <translation>Keine Kontrollgruppen im Katalog.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Already in the diary: skipped</source>
        <translation>Bereits im Tagebuch: übersprungen</translation>
    </message>
    <message>
        <source>New test</source>
        <translation>Neuer Test</translation>
    </message>
    <message>
        <source>Import lab results from {name}</source>
        <translation>Laborwerte aus {name} importieren</translation>
    </message>
    <message>
        <source>Results to import</source>
        <translation>Zu importierende Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Import 1 result</source>
        <translation>1 Ergebnis &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Import {n} results</source>
        <translation>{n} Ergebnisse &amp;importieren</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file yet.</source>
        <translation>Aus dieser Datei kann noch nichts importiert werden.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>1 result to import</source>
        <translation>1 Ergebnis zu importieren</translation>
    </message>
    <message>
        <source>{n} results to import</source>
        <translation>{n} Ergebnisse zu importieren</translation>
    </message>
    <message>
        <source>in 1 panel</source>
        <translation>in 1 Befund</translation>
    </message>
    <message>
        <source>in {n} panels</source>
        <translation>in {n} Befunden</translation>
    </message>
    <message>
        <source>new tests: {names}</source>
        <translation>neue Tests: {names}</translation>
    </message>
    <message>
        <source>1 already in the diary (skipped)</source>
        <translation>1 bereits im Tagebuch (übersprungen)</translation>
    </message>
    <message>
        <source>{n} already in the diary (skipped)</source>
        <translation>{n} bereits im Tagebuch (übersprungen)</translation>
    </message>
    <message>
        <source>1 left out</source>
        <translation>1 ausgelassen</translation>
    </message>
    <message>
        <source>{n} left out</source>
        <translation>{n} ausgelassen</translation>
    </message>
    <message>
        <source>Check them against the report, then import.</source>
        <translation>Prüfen Sie sie anhand des Befunds, dann importieren Sie.</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>e.g. ng/mL, as on the report</source>
        <translation>z. B. ng/mL, wie auf dem Befund</translation>
    </message>
    <message>
        <source>e.g. 30–100, &lt;6.4 or &gt;60</source>
        <translation>z. B. 30–100, &lt;6,4 oder &gt;60</translation>
    </message>
    <message>
        <source>The result is a word, such as positive or negative</source>
        <translation>Das Ergebnis ist ein Wort, etwa positiv oder negativ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;bbreviation:</source>
        <translation>A&amp;bkürzung:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Type the test&apos;s name.</source>
        <translation>Geben Sie den Namen des Tests ein.</translation>
    </message>
    <message>
        <source>A test called &apos;{name}&apos; is already in the list.</source>
        <translation>Ein Test namens „{name}“ ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Diagramm: {title}</translation>
    </message>
    <message>
        <source>Pick a test to see its results over time.</source>
        <translation>Wählen Sie einen Test, um seine Ergebnisse im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Results in words</source>
        <translation>Ergebnisse in Worten</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>Your &amp;sex (for reference ranges)</source>
        <translation>Ihr &amp;Geschlecht (für Referenzbereiche)</translation>
    </message>
    <message>
        <source>Your &amp;birth year</source>
        <translation>Ihr Geburts&amp;jahr</translation>
    </message>
    <message>
        <source>Export for a doctor (FHIR)</source>
        <translation>Export für einen Arzt (FHIR)</translation>
    </message>
    <message>
        <source>Writes your lab results (with the range each lab printed) and your doses as a FHIR R4 file, which many clinic systems can read. Include about you:</source>
        <translation>Schreibt Ihre Laborwerte (mit dem Bereich, den jedes Labor gedruckt hat) und Ihre Dosen als FHIR-R4-Datei, die viele Praxissysteme lesen können. Über Sie aufnehmen:</translation>
    </message>
    <message>
        <source>The file is NOT encrypted: anyone who gets it can read it. Give it only to your doctor, and delete it when done.</source>
        <translation>Die Datei ist NICHT verschlüsselt: Jeder, der sie erhält, kann sie lesen. Geben Sie sie nur Ihrem Arzt und löschen Sie sie danach.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export for a doctor</source>
        <translation>Export für einen Arzt</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation>Vor dem Speichern prüfen</translation>
    </message>
    <message>
        <source>Some results look unusual. Please compare them with the report.</source>
        <translation>Einige Ergebnisse sehen ungewöhnlich aus. Bitte vergleichen Sie sie mit dem Befund.</translation>
    </message>
    <message>
        <source>Save as typed</source>
        <translation>Wie eingegeben speichern</translation>
    </message>
    <message>
        <source>Go back and check</source>
        <translation>Zurück und prüfen</translation>
    </message>
    <message>
        <source>Discard these results?</source>
        <translation>Diese Ergebnisse verwerfen?</translation>
    </message>
    <message>
        <source>The results you typed are not saved yet.</source>
        <translation>Die eingegebenen Ergebnisse sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Edit lab results</source>
        <translation>Laborwerte bearbeiten</translation>
    </message>
    <message>
        <source>Add lab results</source>
        <translation>Laborwerte hinzufügen</translation>
    </message>
    <message>
        <source>Date collected</source>
        <translation>Abnahmedatum</translation>
    </message>
    <message>
        <source>The lab&apos;s name, as on the report</source>
        <translation>Name des Labors, wie auf dem Befund</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Optional, e.g. fasting, or the doctor who asked</source>
        <translation>Optional, z. B. nüchtern, oder der anfordernde Arzt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Date collected:</source>
        <translation>&amp;Abnahmedatum:</translation>
    </message>
    <message>
        <source>&amp;Lab:</source>
        <translation>&amp;Labor:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Range as printed</source>
        <translation>Bereich wie gedruckt</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;New test…</source>
        <translation>&amp;Neuer Test…</translation>
    </message>
    <message>
        <source>Add a test the list does not have</source>
        <translation>Einen Test hinzufügen, den die Liste nicht hat</translation>
    </message>
    <message>
        <source>&amp;Ranges as last time</source>
        <translation>&amp;Bereiche wie beim letzten Mal</translation>
    </message>
    <message>
        <source>Fill each empty range with the one this lab printed for that test last time</source>
        <translation>Jeden leeren Bereich mit dem füllen, den dieses Labor beim letzten Mal für diesen Test gedruckt hat</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Type each result as printed (5.2, &lt;20, not detected) with the range the report prints; grey ranges are only the usual ones and are not saved. Return: next row · Ctrl+R: range as last time · Ctrl+S: save</source>
        <translation>Geben Sie jedes Ergebnis wie gedruckt ein (5,2, &lt;20, nicht nachweisbar) mit dem Bereich, den der Befund angibt; graue Bereiche sind nur die üblichen und werden nicht gespeichert. Eingabe: nächste Zeile · Strg+R: Bereich wie beim letzten Mal · Strg+S: speichern</translation>
    </message>
    <message>
        <source>Copied {n} ranges from last time; check them against the report.</source>
        <translation>{n} Bereiche vom letzten Mal übernommen; prüfen Sie sie anhand des Befunds.</translation>
    </message>
    <message>
        <source>This lab has no earlier ranges for these tests.</source>
        <translation>Dieses Labor hat für diese Tests keine früheren Bereiche.</translation>
    </message>
    <message>
        <source>Type the result as printed.</source>
        <translation>Geben Sie das Ergebnis wie gedruckt ein.</translation>
    </message>
    <message>
        <source>Result {n}: {problem}</source>
        <translation>Ergebnis {n}: {problem}</translation>
    </message>
    <message>
        <source>{test}: the range &apos;{range}&apos; is kept as printed, but not used for the flag.</source>
        <translation>{test}: Der Bereich „{range}“ wird wie gedruckt gespeichert, aber nicht für die Markierung verwendet.</translation>
    </message>
    <message>
        <source>Add at least one result.</source>
        <translation>Fügen Sie mindestens ein Ergebnis hinzu.</translation>
    </message>
    <message>
        <source>Nothing saved yet. Check the results, then save again.</source>
        <translation>Noch nichts gespeichert. Prüfen Sie die Ergebnisse und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Name, abbreviation or LOINC</source>
        <translation>Name, Abkürzung oder LOINC</translation>
    </message>
    <message>
        <source>e.g. 5.2 or &lt;20</source>
        <translation>z. B. 5,2 oder &lt;20</translation>
    </message>
    <message>
        <source>as printed</source>
        <translation>wie gedruckt</translation>
    </message>
    <message>
        <source>Remove this row (Ctrl+D)</source>
        <translation>Diese Zeile entfernen (Strg+D)</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>value as printed</source>
        <translation>Wert wie gedruckt</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>range as printed</source>
        <translation>Bereich wie gedruckt</translation>
    </message>
    <message>
        <source>same range as last time</source>
        <translation>gleicher Bereich wie beim letzten Mal</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Result {n}: {what}</source>
        <translation>Ergebnis {n}: {what}</translation>
    </message>
    <message>
        <source>The range was for {unit}: type the range printed for this unit.</source>
        <translation>Der Bereich galt für {unit}: Geben Sie den für diese Einheit gedruckten Bereich ein.</translation>
    </message>
    <message>
        <source>Range converted from {range} {unit}.</source>
        <translation>Bereich umgerechnet aus {range} {unit}.</translation>
    </message>
    <message>
        <source>Type the range printed next to this result. The grey text is only the usual range, for comparison; it is not saved.</source>
        <translation>Geben Sie den neben diesem Ergebnis gedruckten Bereich ein. Der graue Text ist nur der übliche Bereich zum Vergleich; er wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>No range from this lab for this test yet</source>
        <translation>Noch kein Bereich dieses Labors für diesen Test</translation>
    </message>
    <message>
        <source>Same range as last time (Ctrl+R): {range} {unit}, {lab}, {day}</source>
        <translation>Gleicher Bereich wie beim letzten Mal (Strg+R): {range} {unit}, {lab}, {day}</translation>
    </message>
    <message>
        <source>no lab named</source>
        <translation>kein Labor angegeben</translation>
    </message>
    <message>
        <source>Last time&apos;s range ({range} {unit}) cannot be converted exactly to this unit.</source>
        <translation>Der letzte Bereich ({range} {unit}) lässt sich nicht genau in diese Einheit umrechnen.</translation>
    </message>
    <message>
        <source>Range copied from {day}.</source>
        <translation>Bereich vom {day} übernommen.</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>keine Einheit</translation>
    </message>
    <message>
        <source>The range was typed for {before}, the result is in {unit}: retype the range, or pick {before} again.</source>
        <translation>Der Bereich wurde für {before} eingegeben, das Ergebnis ist in {unit}: Geben Sie den Bereich neu ein oder wählen Sie wieder {before}.</translation>
    </message>
    <message>
        <source>Type the word printed, e.g. negative</source>
        <translation>Geben Sie das gedruckte Wort ein, z. B. negativ</translation>
    </message>
    <message>
        <source>Import lab results</source>
        <translation>Laborwerte importieren</translation>
    </message>
    <message>
        <source>Lab results (*.json *.csv *.txt);;FHIR JSON (*.json);;CSV (*.csv *.txt);;All files (*)</source>
        <translation>Laborwerte (*.json *.csv *.txt);;FHIR-JSON (*.json);;CSV (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Nichts Neues</translation>
    </message>
    <message>
        <source>Every result in the file is already in the diary.</source>
        <translation>Jedes Ergebnis in der Datei ist bereits im Tagebuch.</translation>
    </message>
    <message>
        <source>&amp;Date collected</source>
        <translation>&amp;Abnahmedatum</translation>
    </message>
    <message>
        <source>&amp;Test (name, abbreviation or LOINC)</source>
        <translation>&amp;Test (Name, Abkürzung oder LOINC)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Ein&amp;heit</translation>
    </message>
    <message>
        <source>Ran&amp;ge as printed</source>
        <translation>&amp;Bereich wie gedruckt</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>&amp;Labor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Day first (03/04 is 3 April)</source>
        <translation>Tag zuerst (03/04 ist der 3. April)</translation>
    </message>
    <message>
        <source>Month first (03/04 is 4 March)</source>
        <translation>Monat zuerst (03/04 ist der 4. März)</translation>
    </message>
    <message>
        <source>Which column holds what? Dosebook guessed from the column names; check them against the first rows below. Columns marked * are needed.</source>
        <translation>Welche Spalte enthält was? Dosebook hat es aus den Spaltennamen geraten; prüfen Sie es anhand der ersten Zeilen unten. Mit * markierte Spalten werden benötigt.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Dates like 03/04/2026:</source>
        <translation>Daten wie 03/04/2026:</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Erste Zeilen der Datei:</translation>
    </message>
    <message>
        <source>Copied from this lab&apos;s previous report, not typed from this one</source>
        <translation>Aus dem vorherigen Befund dieses Labors übernommen, nicht aus diesem eingegeben</translation>
    </message>
    <message>
        <source>Converted exactly from the unit it was typed in</source>
        <translation>Genau aus der Einheit umgerechnet, in der er eingegeben wurde</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 Ergebnis</translation>
    </message>
    <message>
        <source>{n} results</source>
        <translation>{n} Ergebnisse</translation>
    </message>
    <message>
        <source>1 attachment</source>
        <translation>1 Anhang</translation>
    </message>
    <message>
        <source>{n} attachments</source>
        <translation>{n} Anhänge</translation>
    </message>
    <message>
        <source>Lab results by panel</source>
        <translation>Laborwerte nach Befund</translation>
    </message>
    <message>
        <source>&amp;Add results from a report…</source>
        <translation>Ergebnisse aus einem Befund &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Type in a lab report (Ctrl+Shift+L)</source>
        <translation>Einen Laborbefund eintippen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>&amp;Edit panel…</source>
        <translation>Befund &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete panel…</source>
        <translation>Befund &amp;löschen…</translation>
    </message>
    <message>
        <source>Paper re&amp;port…</source>
        <translation>Papier&amp;befund…</translation>
    </message>
    <message>
        <source>Keep a photo or PDF of the report with its panel</source>
        <translation>Ein Foto oder PDF des Befunds beim Befund aufbewahren</translation>
    </message>
    <message>
        <source>Test to chart</source>
        <translation>Test für das Diagramm</translation>
    </message>
    <message>
        <source>&amp;Chart of:</source>
        <translation>&amp;Diagramm von:</translation>
    </message>
    <message>
        <source>Report of {title}</source>
        <translation>Befund vom {title}</translation>
    </message>
    <message>
        <source>Delete panel</source>
        <translation>Befund löschen</translation>
    </message>
    <message>
        <source>Delete the panel of {day} ({lab}) with its {n} results, and the report kept with it? This cannot be undone.</source>
        <translation>Den Befund vom {day} ({lab}) mit seinen {n} Ergebnissen und dem dazu aufbewahrten Befunddokument löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Lab units</source>
        <translation>Laboreinheiten</translation>
    </message>
    <message>
        <source>Which units do your lab reports print? Lab entry offers these first, and charts are drawn in them. Each result keeps the unit it was typed in.</source>
        <translation>Welche Einheiten drucken Ihre Laborbefunde? Die Eingabe bietet diese zuerst an, und Diagramme werden darin gezeichnet. Jedes Ergebnis behält die Einheit, in der es eingegeben wurde.</translation>
    </message>
    <message>
        <source>&amp;Conventional: g/dL, mg/dL, ×10³/µL, U/L</source>
        <translation>&amp;Konventionell: g/dL, mg/dL, ×10³/µL, U/L</translation>
    </message>
    <message>
        <source>&amp;SI (international): g/L, µmol/L, ×10⁹/L, µkat/L</source>
        <translation>&amp;SI (international): g/L, µmol/L, ×10⁹/L, µkat/L</translation>
    </message>
    <message>
        <source>Pick a test from the list, or add it as a new test.</source>
        <translation>Wählen Sie einen Test aus der Liste oder fügen Sie ihn als neuen Test hinzu.</translation>
    </message>
    <message>
        <source>The range is kept as printed, but its numbers could not be read for the flag.</source>
        <translation>Der Bereich wird wie gedruckt gespeichert, seine Zahlen ließen sich aber für die Markierung nicht lesen.</translation>
    </message>
    <message>
        <source>Results in {unit} are charted apart, as entered: {test} is never converted between {unit} and {chart}, because the factor depends on the lab&apos;s test kit.</source>
        <translation>Ergebnisse in {unit} werden getrennt und wie eingegeben dargestellt: {test} wird nie zwischen {unit} und {chart} umgerechnet, weil der Faktor vom Testkit des Labors abhängt.</translation>
    </message>
    <message>
        <source>Results in &apos;{unit}&apos; are charted apart, as entered: the diary knows no exact factor to convert them to {chart}.</source>
        <translation>Ergebnisse in „{unit}“ werden getrennt und wie eingegeben dargestellt: Das Tagebuch kennt keinen genauen Faktor, um sie in {chart} umzurechnen.</translation>
    </message>
    <message>
        <source>No range</source>
        <translation>Kein Bereich</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Unexpected</source>
        <translation>Unerwartet</translation>
    </message>
    <message>
        <source>gr. {n}</source>
        <translation>Gr. {n}</translation>
    </message>
    <message>
        <source>No range printed</source>
        <translation>Kein Referenzbereich angegeben</translation>
    </message>
    <message>
        <source>grade {grade} of {top} on the CTCAE scale</source>
        <translation>Grad {grade} von {top} auf der CTCAE-Skala</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Like the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Dosebook speaks {language} from its next start.</source>
        <translation>Dosebook spricht ab dem nächsten Start {language}.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>New diary</source>
        <translation>Neues Tagebuch</translation>
    </message>
    <message>
        <source>Diary not created</source>
        <translation>Tagebuch nicht angelegt</translation>
    </message>
    <message>
        <source>Diary not opened</source>
        <translation>Tagebuch nicht geöffnet</translation>
    </message>
    <message>
        <source>Dosebook</source>
        <translation>Dosebook</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Lock after {low} to {high} minutes away; {value} is outside that.</source>
        <translation>Sperren nach {low} bis {high} Minuten Abwesenheit; {value} liegt außerhalb davon.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Dosebook is locked</source>
        <translation>Dosebook ist gesperrt</translation>
    </message>
    <message>
        <source>Type the passphrase for {name} to go on.</source>
        <translation>Geben Sie die Passphrase für {name} ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dosebook — demo diary</source>
        <translation>Dosebook – Demo-Tagebuch</translation>
    </message>
    <message>
        <source>This is a demo diary with made-up data.</source>
        <translation>Dies ist ein Demo-Tagebuch mit erfundenen Daten.</translation>
    </message>
    <message>
        <source>It lives in a temporary folder and is deleted when you quit.</source>
        <translation>Es liegt in einem temporären Ordner und wird beim Beenden gelöscht.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New diary…</source>
        <translation>&amp;Neues Tagebuch…</translation>
    </message>
    <message>
        <source>&amp;Open diary…</source>
        <translation>Tagebuch ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import lab results…</source>
        <translation>Laborwerte &amp;importieren…</translation>
    </message>
    <message>
        <source>Export for a &amp;doctor…</source>
        <translation>Export für einen &amp;Arzt…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>Lock when &amp;away…</source>
        <translation>Sperren bei &amp;Abwesenheit…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Warning rules…</source>
        <translation>&amp;Warnregeln…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>Lab &amp;units…</source>
        <translation>Labor&amp;einheiten…</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Warning signs and emergencies</source>
        <translation>&amp;Warnzeichen und Notfälle</translation>
    </message>
    <message>
        <source>&amp;About Dosebook</source>
        <translation>Ü&amp;ber Dosebook</translation>
    </message>
    <message>
        <source>Open diary</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <source>Dosebook diary (*.dosebook *.db);;All files (*)</source>
        <translation>Dosebook-Tagebuch (*.dosebook *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Back up diary</source>
        <translation>Tagebuch sichern</translation>
    </message>
    <message>
        <source>Dosebook diary (*.dosebook)</source>
        <translation>Dosebook-Tagebuch (*.dosebook)</translation>
    </message>
    <message>
        <source>Backup not written</source>
        <translation>Sicherung nicht geschrieben</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sicherung geschrieben</translation>
    </message>
    <message>
        <source>An encrypted, verified copy was written to {path}. It opens with the same passphrase.</source>
        <translation>Eine verschlüsselte, geprüfte Kopie wurde nach {path} geschrieben. Sie öffnet sich mit derselben Passphrase.</translation>
    </message>
    <message>
        <source>Export is not encrypted</source>
        <translation>Der Export ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>The export is a plain JSON file that anyone who finds it can read. Keep it safe and delete it when you no longer need it. Continue?</source>
        <translation>Der Export ist eine einfache JSON-Datei, die jeder lesen kann, der sie findet. Bewahren Sie sie sicher auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen. Fortfahren?</translation>
    </message>
    <message>
        <source>Export diary</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export not written</source>
        <translation>Export nicht geschrieben</translation>
    </message>
    <message>
        <source>About Dosebook</source>
        <translation>Über Dosebook</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dosebook&lt;/b&gt;&lt;br&gt;An offline, encrypted diary for an injectable protocol.&lt;br&gt;It records and charts; it never diagnoses and never suggests a dose. Talk to your doctor about what you see here.&lt;br&gt;&lt;br&gt;Diary file: {path}</source>
        <translation>&lt;b&gt;Dosebook&lt;/b&gt;&lt;br&gt;Ein verschlüsseltes Offline-Tagebuch für eine Injektionsbehandlung.&lt;br&gt;Es zeichnet auf und stellt dar; es stellt keine Diagnosen und schlägt nie eine Dosis vor. Sprechen Sie mit Ihrem Arzt über das, was Sie hier sehen.&lt;br&gt;&lt;br&gt;Tagebuchdatei: {path}</translation>
    </message>
</context>
<context>
    <name>Pacing</name>
    <message>
        <source>Wait {n} s before the next try.</source>
        <translation>Warten Sie {n} s bis zum nächsten Versuch.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Your diary is encrypted with this passphrase. Nobody, including the makers of Dosebook, can open it without the passphrase: if you forget it, the diary and its backups are lost for good. Write it down and keep it somewhere safe.</source>
        <translation>Ihr Tagebuch wird mit dieser Passphrase verschlüsselt. Niemand, auch nicht die Entwickler von Dosebook, kann es ohne die Passphrase öffnen: Wenn Sie sie vergessen, sind das Tagebuch und seine Sicherungen für immer verloren. Schreiben Sie sie auf und bewahren Sie sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {n} characters.</source>
        <translation>Die Passphrase ist zu kurz: Verwenden Sie mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <source>The passphrase cannot be only spaces.</source>
        <translation>Die Passphrase darf nicht nur aus Leerzeichen bestehen.</translation>
    </message>
    <message>
        <source>The passphrase holds a character that is not text (a broken paste?); type it again.</source>
        <translation>Die Passphrase enthält ein Zeichen, das kein Text ist (ein fehlerhaftes Einfügen?); geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keyring)</source>
        <translation>Auf diesem Computer merken (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>No secure keyring was found, so Dosebook asks for the passphrase at every start.</source>
        <translation>Es wurde kein sicherer Schlüsselbund gefunden, daher fragt Dosebook bei jedem Start nach der Passphrase.</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>An autoimmune disease</source>
        <translation>Eine Autoimmunerkrankung</translation>
    </message>
    <message>
        <source>A transplant, or treatment that suppresses the immune system</source>
        <translation>Eine Transplantation oder eine Behandlung, die das Immunsystem unterdrückt</translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation>Schwanger oder stillend</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Unter 18</translation>
    </message>
    <message>
        <source>Other medicines that act on the immune system</source>
        <translation>Andere Arzneimittel, die auf das Immunsystem wirken</translation>
    </message>
    <message>
        <source>Changing how the immune system works can push an autoimmune disease either way.</source>
        <translation>Eine Veränderung der Immunabwehr kann eine Autoimmunerkrankung in beide Richtungen beeinflussen.</translation>
    </message>
    <message>
        <source>TA1 article, use with caution</source>
        <translation>TA1-Artikel, Anwendung mit Vorsicht</translation>
    </message>
    <message>
        <source>After a transplant, or while the immune system is held down on purpose, boosting it may be risky; the label advises against it unless the benefit clearly outweighs the risk.</source>
        <translation>Nach einer Transplantation oder während das Immunsystem absichtlich unterdrückt wird, kann eine Stärkung riskant sein; die Fachinformation rät davon ab, außer der Nutzen überwiegt das Risiko klar.</translation>
    </message>
    <message>
        <source>TA1 article, use with caution; Zadaxin label, contraindications</source>
        <translation>TA1-Artikel, Anwendung mit Vorsicht; Fachinformation Zadaxin, Gegenanzeigen</translation>
    </message>
    <message>
        <source>Safety in pregnancy and while breastfeeding has not been established, so it is for very close medical supervision only.</source>
        <translation>Die Sicherheit in Schwangerschaft und Stillzeit ist nicht belegt; daher nur unter sehr enger ärztlicher Aufsicht.</translation>
    </message>
    <message>
        <source>TA1 article, use with caution; Zadaxin label</source>
        <translation>TA1-Artikel, Anwendung mit Vorsicht; Fachinformation Zadaxin</translation>
    </message>
    <message>
        <source>Use in children and teenagers has not been well studied.</source>
        <translation>Die Anwendung bei Kindern und Jugendlichen ist kaum untersucht.</translation>
    </message>
    <message>
        <source>TA1 article, use with caution; Zadaxin label, paediatric use</source>
        <translation>TA1-Artikel, Anwendung mit Vorsicht; Fachinformation Zadaxin, Anwendung bei Kindern</translation>
    </message>
    <message>
        <source>Thymalfasin acts on immune signalling, so combining it with other immune-active medicines belongs under medical supervision.</source>
        <translation>Thymalfasin wirkt auf die Signalübertragung des Immunsystems; die Kombination mit anderen immunwirksamen Arzneimitteln gehört daher unter ärztliche Aufsicht.</translation>
    </message>
    <message>
        <source>TA1 article, safety</source>
        <translation>TA1-Artikel, Sicherheit</translation>
    </message>
    <message>
        <source>Hepatitis B</source>
        <translation>Hepatitis B</translation>
    </message>
    <message>
        <source>Hepatitis C</source>
        <translation>Hepatitis C</translation>
    </message>
    <message>
        <source>Another infection</source>
        <translation>Eine andere Infektion</translation>
    </message>
    <message>
        <source>Support during cancer treatment</source>
        <translation>Unterstützung während einer Krebsbehandlung</translation>
    </message>
    <message>
        <source>Immune support</source>
        <translation>Unterstützung des Immunsystems</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>For example interferon, chemotherapy or other cancer treatment, steroid tablets such as prednisolone, transplant medicines such as ciclosporin or tacrolimus, and biologics for an autoimmune disease.</source>
        <translation>Zum Beispiel Interferon, Chemotherapie oder andere Krebsbehandlung, Kortison-Tabletten wie Prednisolon, Transplantationsmedikamente wie Ciclosporin oder Tacrolimus und Biologika bei einer Autoimmunerkrankung.</translation>
    </message>
    <message>
        <source>Change appointment</source>
        <translation>Termin ändern</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Termin hinzufügen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>for example: Liver clinic, Dr Weber</source>
        <translation>zum Beispiel: Leberambulanz, Dr. Weber</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Eine Frage pro Zeile</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Fragen, die Sie stellen möchten</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>With &amp;whom:</source>
        <translation>Mit &amp;wem:</translation>
    </message>
    <message>
        <source>Wh&amp;ere:</source>
        <translation>W&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <source>They are printed on the report&apos;s questions page.</source>
        <translation>Sie werden auf der Fragenseite des Berichts gedruckt.</translation>
    </message>
    <message>
        <source>{first} (+{n} more)</source>
        <translation>{first} (+{n} weitere)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Other medicines and supplements</source>
        <translation>Andere Arzneimittel und Nahrungsergänzungsmittel</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Arzneimittel</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Immune system</source>
        <translation>Immunsystem</translation>
    </message>
    <message>
        <source>acts on it</source>
        <translation>wirkt darauf</translation>
    </message>
    <message>
        <source>&amp;Stopped today</source>
        <translation>Heute &amp;abgesetzt</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>next: {line}</source>
        <translation>nächster: {line}</translation>
    </message>
    <message>
        <source>{name} marked as stopped today.</source>
        <translation>{name} als heute abgesetzt markiert.</translation>
    </message>
    <message>
        <source>{name} taken off the list.</source>
        <translation>{name} von der Liste genommen.</translation>
    </message>
    <message>
        <source>Appointment {line} deleted.</source>
        <translation>Termin {line} gelöscht.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>You can skip this page and fill it in later.</source>
        <translation>Sie können diese Seite überspringen und später ausfüllen.</translation>
    </message>
    <message>
        <source>Other medicines</source>
        <translation>Andere Arzneimittel</translation>
    </message>
    <message>
        <source>Medicines and supplements you take besides the protocol. </source>
        <translation>Arzneimittel und Nahrungsergänzungsmittel, die Sie neben der Behandlung nehmen. </translation>
    </message>
    <message>
        <source>&amp;Add a medicine…</source>
        <translation>Arzneimittel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Tick &apos;acts on the immune system&apos; where it applies: it shows as a standing caution.</source>
        <translation>Setzen Sie, wo zutreffend, ein Häkchen bei „wirkt auf das Immunsystem“: Es erscheint als dauerhafter Hinweis.</translation>
    </message>
    <message>
        <source>On your list: {names}</source>
        <translation>Auf Ihrer Liste: {names}</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>Your course</source>
        <translation>Ihre Behandlung</translation>
    </message>
    <message>
        <source>What you inject and when, as agreed with your doctor. </source>
        <translation>Was Sie wann injizieren, wie mit Ihrem Arzt vereinbart. </translation>
    </message>
    <message>
        <source>&amp;Start from the template: {product}…</source>
        <translation>Mit der &amp;Vorlage beginnen: {product}…</translation>
    </message>
    <message>
        <source>&amp;Describe my own course…</source>
        <translation>Eigene Behandlung &amp;beschreiben…</translation>
    </message>
    <message>
        <source>Set up: {products}.</source>
        <translation>Eingerichtet: {products}.</translation>
    </message>
    <message>
        <source>No course yet.</source>
        <translation>Noch keine Behandlung.</translation>
    </message>
    <message>
        <source>Welcome to Dosebook</source>
        <translation>Willkommen bei Dosebook</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>A few questions so the diary fits you. </source>
        <translation>Ein paar Fragen, damit das Tagebuch zu Ihnen passt. </translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>What the protocol is for</source>
        <translation>Wofür die Behandlung ist</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>einmal täglich</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>zweimal täglich</translation>
    </message>
    <message>
        <source>three times a day</source>
        <translation>dreimal täglich</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>einmal pro Woche</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <source>Change medicine</source>
        <translation>Arzneimittel ändern</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Arzneimittel hinzufügen</translation>
    </message>
    <message>
        <source>for example: Tenofovir, Vitamin D3</source>
        <translation>zum Beispiel: Tenofovir, Vitamin D3</translation>
    </message>
    <message>
        <source>Medicine or supplement</source>
        <translation>Arzneimittel oder Nahrungsergänzungsmittel</translation>
    </message>
    <message>
        <source>as on the pack, for example 245 mg</source>
        <translation>wie auf der Packung, zum Beispiel 245 mg</translation>
    </message>
    <message>
        <source>S&amp;tarted on</source>
        <translation>Be&amp;gonnen am</translation>
    </message>
    <message>
        <source>St&amp;opped on</source>
        <translation>Ab&amp;gesetzt am</translation>
    </message>
    <message>
        <source>Acts on the &amp;immune system</source>
        <translation>Wirkt auf das &amp;Immunsystem</translation>
    </message>
    <message>
        <source>The article advises combining such medicines only under medical supervision; ticked, it shows as a standing caution.</source>
        <translation>Der Artikel rät, solche Arzneimittel nur unter ärztlicher Aufsicht zu kombinieren; angehakt erscheint es als dauerhafter Hinweis.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Wie oft:</translation>
    </message>
    <message>
        <source>Backups made before this change still open only with the old passphrase. Keep the old passphrase with them, or make a new backup afterwards.</source>
        <translation>Sicherungen von vor dieser Änderung öffnen sich weiterhin nur mit der alten Passphrase. Bewahren Sie die alte Passphrase bei ihnen auf oder erstellen Sie danach eine neue Sicherung.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>mindestens {n} Zeichen</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>the same again</source>
        <translation>dasselbe noch einmal</translation>
    </message>
    <message>
        <source>If you forget the new passphrase, the diary cannot be opened again.</source>
        <translation>Wenn Sie die neue Passphrase vergessen, lässt sich das Tagebuch nicht mehr öffnen.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Sex, for reference ranges</source>
        <translation>Geschlecht, für Referenzbereiche</translation>
    </message>
    <message>
        <source>for example 1980</source>
        <translation>zum Beispiel 1980</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>Zeitzone dieses Computers</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Geschlecht:</translation>
    </message>
    <message>
        <source>Used for the reference ranges offered in lab entry. Not given: the wider of the two ranges.</source>
        <translation>Für die Referenzbereiche, die bei der Laboreingabe angeboten werden. Nicht angegeben: der weitere der beiden Bereiche.</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Geburts&amp;jahr:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Doses and appointments are shown in this zone.</source>
        <translation>Dosen und Termine werden in dieser Zeitzone angezeigt.</translation>
    </message>
    <message>
        <source>Tick what applies. Warning texts that only fit one condition (such as hepatitis B) are shown only when it is ticked.</source>
        <translation>Haken Sie an, was zutrifft. Warntexte, die nur zu einer Erkrankung passen (etwa Hepatitis B), erscheinen nur, wenn diese angehakt ist.</translation>
    </message>
    <message>
        <source>for example: chronic, since 2019</source>
        <translation>zum Beispiel: chronisch, seit 2019</translation>
    </message>
    <message>
        <source>What it is for, in your own words</source>
        <translation>Wofür, in Ihren eigenen Worten</translation>
    </message>
    <message>
        <source>In your own &amp;words:</source>
        <translation>In Ihren &amp;eigenen Worten:</translation>
    </message>
    <message>
        <source>for example: penicillin (rash)</source>
        <translation>zum Beispiel: Penicillin (Ausschlag)</translation>
    </message>
    <message>
        <source>Known allergies</source>
        <translation>Bekannte Allergien</translation>
    </message>
    <message>
        <source>Known &amp;allergies:</source>
        <translation>Bekannte &amp;Allergien:</translation>
    </message>
    <message>
        <source>Printed on the appointment report. Leave empty if none.</source>
        <translation>Wird auf den Bericht für den Arzttermin gedruckt. Leer lassen, wenn keine.</translation>
    </message>
    <message>
        <source>Also noted from the birth year.</source>
        <translation>Auch aus dem Geburtsjahr vermerkt.</translation>
    </message>
    <message>
        <source>Also noted when a medicine on your list is ticked as acting on the immune system.</source>
        <translation>Auch vermerkt, wenn ein Arzneimittel auf Ihrer Liste als immunwirksam angehakt ist.</translation>
    </message>
    <message>
        <source>Tick any that apply. Each shows as a standing note above the tabs and on the report, for you and your doctor to keep in mind; Dosebook never decides anything from them.</source>
        <translation>Haken Sie an, was zutrifft. Jeder erscheint als dauerhafter Hinweis über den Reitern und im Bericht, damit Sie und Ihr Arzt daran denken; Dosebook entscheidet nie etwas daraus.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>Passphrase &amp;ändern…</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keyring)</source>
        <translation>Auf diesem Computer &amp;merken (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>The diary is re-encrypted under the new passphrase.</source>
        <translation>Das Tagebuch wird mit der neuen Passphrase neu verschlüsselt.</translation>
    </message>
    <message>
        <source>Remembered, the diary opens without asking. Forgotten, the passphrase is asked at every start.</source>
        <translation>Gemerkt öffnet sich das Tagebuch ohne Nachfrage. Nicht gemerkt wird die Passphrase bei jedem Start abgefragt.</translation>
    </message>
    <message>
        <source>No secure keyring was found; Dosebook asks at every start.</source>
        <translation>Kein sicherer Schlüsselbund gefunden; Dosebook fragt bei jedem Start.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>From the last &amp;appointment (else the last report)</source>
        <translation>Ab dem letzten &amp;Termin (sonst dem letzten Bericht)</translation>
    </message>
    <message>
        <source>From the last &amp;report</source>
        <translation>Ab dem letzten &amp;Bericht</translation>
    </message>
    <message>
        <source>The last &amp;months:</source>
        <translation>Die letzten &amp;Monate:</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Without an earlier appointment or report, the report covers the last months given here.</source>
        <translation>Ohne früheren Termin oder Bericht umfasst der Bericht die hier angegebenen letzten Monate.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>{why} (Source: {source}.)</source>
        <translation>{why} (Quelle: {source}.)</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Dosebook — {name} (read-only)</source>
        <translation>Dosebook – {name} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>This diary is read-only: you can look, but not change it.</source>
        <translation>Dieses Tagebuch ist schreibgeschützt: Sie können es ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Its file or its folder cannot be written. To change it, make it writable, or copy it to a folder you can write to, and open it again.</source>
        <translation>Seine Datei oder sein Ordner ist nicht beschreibbar. Um es zu ändern, machen Sie es beschreibbar oder kopieren Sie es in einen beschreibbaren Ordner und öffnen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Remind me of doses, labs due and appointments</source>
        <translation>An Dosen, fällige Laborwerte und Termine &amp;erinnern</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <source>At the dose time</source>
        <translation>Zur Dosiszeit</translation>
    </message>
    <message>
        <source>A notification says</source>
        <translation>Eine Benachrichtigung lautet</translation>
    </message>
    <message>
        <source>Notifications can show on a locked screen, and an exported calendar may be shared. The first two never name the product or the dose.</source>
        <translation>Benachrichtigungen können auf einem gesperrten Bildschirm erscheinen, und ein exportierter Kalender wird vielleicht geteilt. Die ersten beiden nennen nie das Präparat oder die Dosis.</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Mich fragen</translation>
    </message>
    <message>
        <source>Keep Dosebook in the tray</source>
        <translation>Dosebook im Infobereich behalten</translation>
    </message>
    <message>
        <source>Quit Dosebook</source>
        <translation>Dosebook beenden</translation>
    </message>
    <message>
        <source>Start Dosebook in the tray when I &amp;log in</source>
        <translation>Dosebook beim &amp;Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <source>Set this up in your system&apos;s settings on this computer.</source>
        <translation>Richten Sie das auf diesem Computer in den Systemeinstellungen ein.</translation>
    </message>
    <message>
        <source> hours away</source>
        <translation> Stunden entfernt</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Never ask</source>
        <translation>Nie fragen</translation>
    </message>
    <message>
        <source>Remind &amp;me</source>
        <translation>&amp;Erinnern</translation>
    </message>
    <message>
        <source>&amp;Closing the window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>Logging a dose</source>
        <translation>Eine Dosis eintragen</translation>
    </message>
    <message>
        <source>Offer a scheduled dose up to</source>
        <translation>Eine geplante Dosis anbieten bis zu</translation>
    </message>
    <message>
        <source>Ask before a second dose within</source>
        <translation>Vor einer zweiten Dosis fragen innerhalb von</translation>
    </message>
    <message>
        <source>Start at login not set</source>
        <translation>Start bei der Anmeldung nicht eingerichtet</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not written</source>
        <translation>Kalender nicht geschrieben</translation>
    </message>
    <message>
        <source>A reminder at {time}</source>
        <translation>Eine Erinnerung um {time}</translation>
    </message>
    <message>
        <source>{dose} is due at {time}</source>
        <translation>{dose} ist um {time} fällig</translation>
    </message>
    <message>
        <source>A dose is due at {time}</source>
        <translation>Eine Dosis ist um {time} fällig</translation>
    </message>
    <message>
        <source>A reminder for today</source>
        <translation>Eine Erinnerung für heute</translation>
    </message>
    <message>
        <source>Lab tests are due: {groups}</source>
        <translation>Laborwerte sind fällig: {groups}</translation>
    </message>
    <message>
        <source>Lab tests are due</source>
        <translation>Laborwerte sind fällig</translation>
    </message>
    <message>
        <source>A reminder for {day} at {time}</source>
        <translation>Eine Erinnerung für {day} um {time}</translation>
    </message>
    <message>
        <source>{label}: {day} at {time}</source>
        <translation>{label}: {day} um {time}</translation>
    </message>
    <message>
        <source>An appointment on {day} at {time}</source>
        <translation>Ein Termin am {day} um {time}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>{app}: dose due</source>
        <translation>{app}: Dosis fällig</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Print the appointment report</source>
        <translation>Bericht für den Arzttermin drucken</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Erster Tag des Berichts</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Letzter Tag des Berichts</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Injections and sites</source>
        <translation>&amp;Injektionen und Stellen</translation>
    </message>
    <message>
        <source>S&amp;ymptoms and sick days</source>
        <translation>S&amp;ymptome und Krankheitstage</translation>
    </message>
    <message>
        <source>&amp;Labs</source>
        <translation>&amp;Laborwerte</translation>
    </message>
    <message>
        <source>&amp;Questions for my doctor</source>
        <translation>&amp;Fragen an meinen Arzt</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Put my &amp;name on each page</source>
        <translation>Meinen &amp;Namen auf jede Seite setzen</translation>
    </message>
    <message>
        <source>Add the paper lab reports and reaction &amp;photos</source>
        <translation>Papierbefunde und &amp;Fotos der Reaktionen beilegen</translation>
    </message>
    <message>
        <source>Anything you want to ask or tell your doctor. Empty: lines to write on.</source>
        <translation>Was Sie Ihren Arzt fragen oder ihm sagen möchten. Leer: Linien zum Schreiben.</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>Fragen an meinen Arzt</translation>
    </message>
    <message>
        <source>Lab tests to chart</source>
        <translation>Laborwerte für Diagramme</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>The questions saved with your appointment ({who}) are printed too.</source>
        <translation>Die mit Ihrem Termin ({who}) gespeicherten Fragen werden mitgedruckt.</translation>
    </message>
    <message>
        <source>Save PD&amp;F…</source>
        <translation>Als PD&amp;F speichern…</translation>
    </message>
    <message>
        <source>Q&amp;uestions:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <source>Also &amp;chart:</source>
        <translation>Auch als &amp;Diagramm:</translation>
    </message>
    <message>
        <source>Labs outside their range are charted anyway.</source>
        <translation>Laborwerte außerhalb ihres Bereichs werden ohnehin als Diagramm gezeigt.</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>{n} days.</source>
        <translation>{n} Tage.</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Replace the diary {diary} with the backup {backup}?

Everything written after that backup is left out of the diary; the diary as it is now is kept as a copy in {folder}.</source>
        <translation>Das Tagebuch {diary} durch die Sicherung {backup} ersetzen?

Alles, was nach dieser Sicherung eingetragen wurde, fehlt danach im Tagebuch; das Tagebuch in seinem jetzigen Zustand wird als Kopie in {folder} aufbewahrt.</translation>
    </message>
    <message>
        <source>Type the passphrase for the backup {name}.</source>
        <translation>Geben Sie die Passphrase für die Sicherung {name} ein.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>Diary not opened</source>
        <translation>Tagebuch nicht geöffnet</translation>
    </message>
    <message>
        <source>The file was not changed. You can restore a backup of it.</source>
        <translation>Die Datei wurde nicht verändert. Sie können eine Sicherung davon wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The diary as it is now is kept as a copy in the backups folder first, so nothing is lost.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Das Tagebuch in seinem jetzigen Zustand wird zuerst als Kopie im Sicherungsordner aufbewahrt, damit nichts verloren geht.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>No automatic backups found beside this diary.</source>
        <translation>Neben diesem Tagebuch wurden keine automatischen Sicherungen gefunden.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <source>Dosebook diary (*.dosebook *.db);;All files (*)</source>
        <translation>Dosebook-Tagebuch (*.dosebook *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Show this warning</source>
        <translation>Diese Warnung zeigen</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset {rule} to default</source>
        <translation>{rule} auf Standard zurücksetzen</translation>
    </message>
</context>
<context>
    <name>RuleEvidence</name>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Erschöpfung</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Wohlbefinden</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>Erkältung</translation>
    </message>
    <message>
        <source>flu</source>
        <translation>Grippe</translation>
    </message>
    <message>
        <source>stomach bug</source>
        <translation>Magen-Darm-Infekt</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anderes</translation>
    </message>
    <message>
        <source>{rating} rated {level} or more on {n} of the last {days} days ({first} to {last})</source>
        <translation>{rating} mit {level} oder mehr bewertet an {n} der letzten {days} Tage ({first} bis {last})</translation>
    </message>
    <message>
        <source>{rating} rated {level} or less on {n} of the last {days} days ({first} to {last})</source>
        <translation>{rating} mit {level} oder weniger bewertet an {n} der letzten {days} Tage ({first} bis {last})</translation>
    </message>
    <message>
        <source>{rating} averaged {recent} over the last {days} days, up from {previous} in the {days} days before</source>
        <translation>{rating} lag in den letzten {days} Tagen im Mittel bei {recent}, gestiegen von {previous} in den {days} Tagen davor</translation>
    </message>
    <message>
        <source>{rating} averaged {recent} over the last {days} days, down from {previous} in the {days} days before</source>
        <translation>{rating} lag in den letzten {days} Tagen im Mittel bei {recent}, gesunken von {previous} in den {days} Tagen davor</translation>
    </message>
    <message>
        <source>Marked sick ({kind}) on {day}, a kind of sickness not in your diary before</source>
        <translation>Am {day} als krank markiert ({kind}), eine Art von Krankheit, die Ihr Tagebuch bisher nicht hatte</translation>
    </message>
    <message>
        <source>Your profile notes an autoimmune disease</source>
        <translation>Ihr Profil vermerkt eine Autoimmunerkrankung</translation>
    </message>
    <message>
        <source>Your profile notes a transplant or treatment that suppresses the immune system</source>
        <translation>Ihr Profil vermerkt eine Transplantation oder eine Behandlung, die das Immunsystem unterdrückt</translation>
    </message>
    <message>
        <source>Your profile notes pregnancy or breastfeeding</source>
        <translation>Ihr Profil vermerkt Schwangerschaft oder Stillzeit</translation>
    </message>
    <message>
        <source>Your profile notes being under 18</source>
        <translation>Ihr Profil vermerkt ein Alter unter 18 Jahren</translation>
    </message>
    <message>
        <source>Your profile notes other medicines that act on the immune system</source>
        <translation>Ihr Profil vermerkt andere Arzneimittel, die auf das Immunsystem wirken</translation>
    </message>
    <message>
        <source>{group}: no results since the course began on {day}; usually every {least}–{most} months</source>
        <translation>{group}: keine Werte seit Beginn der Behandlung am {day}; üblich alle {least}–{most} Monate</translation>
    </message>
    <message>
        <source>{product}: 1 dose with no injection logged in the last {days} days</source>
        <translation>{product}: 1 Dosis ohne eingetragene Injektion in den letzten {days} Tagen</translation>
    </message>
    <message>
        <source>{product}: {n} doses with no injection logged in the last {days} days</source>
        <translation>{product}: {n} Dosen ohne eingetragene Injektion in den letzten {days} Tagen</translation>
    </message>
    <message>
        <source>Used {when}: {problem}</source>
        <translation>Verwendet {when}: {problem}</translation>
    </message>
    <message>
        <source>Vial {lot}</source>
        <translation>Durchstechflasche {lot}</translation>
    </message>
    <message>
        <source>Vial of {product}</source>
        <translation>Durchstechflasche {product}</translation>
    </message>
    <message>
        <source>Your medicines list includes {names}, ticked as acting on the immune system</source>
        <translation>Ihre Arzneimittelliste enthält {names}, angehakt als immunwirksam</translation>
    </message>
    <message>
        <source>Your profile gives the birth year {year}: under 18</source>
        <translation>Ihr Profil nennt das Geburtsjahr {year}: unter 18</translation>
    </message>
    <message>
        <source>your course baseline ({value} on {day}), which was already above its range</source>
        <translation>Ihrem Ausgangswert der Behandlung ({value} am {day}), der schon über dem Referenzbereich lag</translation>
    </message>
    <message>
        <source>, {grade}</source>
        <translation>, {grade}</translation>
    </message>
    <message>
        <source>, {grade} counted from {baseline}</source>
        <translation>, {grade}, gerechnet ab {baseline}</translation>
    </message>
    <message>
        <source>, not graded: CTCAE counts this test from {baseline}</source>
        <translation>, nicht eingestuft: CTCAE rechnet diesen Test ab {baseline}</translation>
    </message>
    <message>
        <source>{times} the upper limit ({limit})</source>
        <translation>{times} die obere Grenze ({limit})</translation>
    </message>
    <message>
        <source>below the lower limit ({limit})</source>
        <translation>unter der unteren Grenze ({limit})</translation>
    </message>
    <message>
        <source>outside the range</source>
        <translation>außerhalb des Referenzbereichs</translation>
    </message>
    <message>
        <source>; back in range since {day} ({value})</source>
        <translation>; seit {day} wieder im Referenzbereich ({value})</translation>
    </message>
    <message>
        <source>within its range</source>
        <translation>im Referenzbereich</translation>
    </message>
    <message>
        <source>still above its range</source>
        <translation>weiterhin über dem Referenzbereich</translation>
    </message>
    <message>
        <source>still below its range</source>
        <translation>weiterhin unter dem Referenzbereich</translation>
    </message>
    <message>
        <source>; since then {value} on {day}</source>
        <translation>; seitdem {value} am {day}</translation>
    </message>
    <message>
        <source>{since_then}, {where}</source>
        <translation>{since_then}, {where}</translation>
    </message>
    <message>
        <source>{result} on {day}, {versus}{graded}</source>
        <translation>{result} am {day}, {versus}{graded}</translation>
    </message>
    <message>
        <source>, {times} the upper limit</source>
        <translation>, {times} die obere Grenze</translation>
    </message>
    <message>
        <source>{result} on {day}, above its range{range}</source>
        <translation>{result} am {day}, über dem Referenzbereich{range}</translation>
    </message>
    <message>
        <source>{result} on {day}, below its range{range}</source>
        <translation>{result} am {day}, unter dem Referenzbereich{range}</translation>
    </message>
    <message>
        <source>; it was {value} on {day}, within range</source>
        <translation>; am {day} war es {value}, im Bereich</translation>
    </message>
    <message>
        <source>{result} on {day}, where the report expects {expected}</source>
        <translation>{result} am {day}, wo der Befund {expected} erwartet</translation>
    </message>
    <message>
        <source>; {result} since {day}</source>
        <translation>; seit {day} {result}</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>wie erwartet</translation>
    </message>
    <message>
        <source>, within its range</source>
        <translation>, im Referenzbereich</translation>
    </message>
    <message>
        <source>{result} on {day}{inside}, {percent}% above the course baseline of {baseline} ({baseline_day})</source>
        <translation>{result} am {day}{inside}, {percent} % über dem Ausgangswert der Behandlung von {baseline} ({baseline_day})</translation>
    </message>
    <message>
        <source>{result} on {day}, {rise} log10 above the lowest value since the course began ({lowest} on {lowest_day})</source>
        <translation>{result} am {day}, {rise} log10 über dem niedrigsten Wert seit Beginn der Behandlung ({lowest} am {lowest_day})</translation>
    </message>
    <message>
        <source>{result} ({times} the upper limit)</source>
        <translation>{result} ({times} die obere Grenze)</translation>
    </message>
    <message>
        <source>{result} on {day} ({times} the upper limit)</source>
        <translation>{result} am {day} ({times} die obere Grenze)</translation>
    </message>
    <message>
        <source>{enzymes} with {bilirubin}</source>
        <translation>{enzymes} mit {bilirubin}</translation>
    </message>
    <message>
        <source>On {day}: {text}</source>
        <translation>Am {day}: {text}</translation>
    </message>
    <message>
        <source>; no ALP measured within {days} days</source>
        <translation>; keine AP innerhalb von {days} Tagen gemessen</translation>
    </message>
    <message>
        <source>; all back in range since {day}</source>
        <translation>; seit {day} alle wieder im Referenzbereich</translation>
    </message>
    <message>
        <source>{kind} ({grade}) at {zone}, seen {when}</source>
        <translation>{kind} ({grade}) an {zone}, bemerkt {when}</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Rötung</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Itching</source>
        <translation>Juckreiz</translation>
    </message>
    <message>
        <source>Lump</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation>Bluterguss</translation>
    </message>
    <message>
        <source>Open sore</source>
        <translation>Offene Wunde</translation>
    </message>
    <message>
        <source>Dead skin</source>
        <translation>Abgestorbene Haut</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>{what}; not marked settled</source>
        <translation>{what}; nicht als abgeklungen markiert</translation>
    </message>
    <message>
        <source>{what}; marked settled {when}</source>
        <translation>{what}; als abgeklungen markiert {when}</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>{what}; not marked settled after {time}</source>
        <translation>{what}; nach {time} nicht als abgeklungen markiert</translation>
    </message>
    <message>
        <source>{what}; it took {time} to settle</source>
        <translation>{what}; nach {time} abgeklungen</translation>
    </message>
    <message>
        <source>not yet marked settled</source>
        <translation>noch nicht als abgeklungen markiert</translation>
    </message>
    <message>
        <source>since settled</source>
        <translation>inzwischen abgeklungen</translation>
    </message>
    <message>
        <source>{temperature} on {day} is above {limit}</source>
        <translation>{temperature} am {day} liegt über {limit}</translation>
    </message>
    <message>
        <source>{limit} or more on {n} of the last {days} days</source>
        <translation>{limit} oder mehr an {n} der letzten {days} Tage</translation>
    </message>
    <message>
        <source>{limit} or more on {day} while a reaction at an injection site ({zone}) had not settled</source>
        <translation>{limit} oder mehr am {day}, während eine Reaktion an einer Injektionsstelle ({zone}) noch nicht abgeklungen war</translation>
    </message>
    <message>
        <source>{temperature} on {day}</source>
        <translation>{temperature} am {day}</translation>
    </message>
    <message>
        <source>Temperature {days}: {why}</source>
        <translation>Temperatur {days}: {why}</translation>
    </message>
    <message>
        <source>{symptom} on {days}, not in your diary before</source>
        <translation>{symptom} am {days}, bisher nicht in Ihrem Tagebuch</translation>
    </message>
    <message>
        <source>{symptom} on 1 day of the last {days}, up from {before} in the {days} days before</source>
        <translation>{symptom} an 1 der letzten {days} Tage, nach {before} in den {days} Tagen davor</translation>
    </message>
    <message>
        <source>{symptom} on {n} days of the last {days}, up from {before} in the {days} days before</source>
        <translation>{symptom} an {n} der letzten {days} Tage, nach {before} in den {days} Tagen davor</translation>
    </message>
    <message>
        <source>up to {high}</source>
        <translation>bis {high}</translation>
    </message>
    <message>
        <source>from {low}</source>
        <translation>ab {low}</translation>
    </message>
    <message>
        <source>usual range {range}</source>
        <translation>üblicher Bereich {range}</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Warning rules</source>
        <translation>Warnregeln</translation>
    </message>
    <message>
        <source>Each rule looks at your diary and raises a warning with the data behind it. The numbers below are the thresholds; change them with your doctor&apos;s advice.</source>
        <translation>Jede Regel prüft Ihr Tagebuch und zeigt eine Warnung mit den zugrunde liegenden Daten. Die Zahlen unten sind die Schwellenwerte; ändern Sie sie nach Rücksprache mit Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Reset all to defaults</source>
        <translation>Alle auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Show snoozed and dismissed warnings again</source>
        <translation>Ausgeblendete und geschlossene Warnungen wieder zeigen</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Backup not written</source>
        <translation>Sicherung nicht geschrieben</translation>
    </message>
    <message>
        <source>Today&apos;s backup: {err}</source>
        <translation>Heutige Sicherung: {err}</translation>
    </message>
    <message>
        <source>This backup was made under another passphrase.</source>
        <translation>Diese Sicherung wurde mit einer anderen Passphrase erstellt.</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Sicherung nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The diary now holds the backup {name}.</source>
        <translation>Das Tagebuch enthält jetzt die Sicherung {name}.</translation>
    </message>
    <message>
        <source>The diary as it was before is kept at {path}.</source>
        <translation>Das Tagebuch im vorherigen Zustand liegt unter {path}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <source>Not used yet</source>
        <translation>Noch nicht genutzt</translation>
    </message>
    <message>
        <source>7 days or less</source>
        <translation>7 Tage oder weniger</translation>
    </message>
    <message>
        <source>8 to 14 days</source>
        <translation>8 bis 14 Tage</translation>
    </message>
    <message>
        <source>15 to 28 days</source>
        <translation>15 bis 28 Tage</translation>
    </message>
    <message>
        <source>More than 28 days</source>
        <translation>Mehr als 28 Tage</translation>
    </message>
    <message>
        <source>{zone} was used earlier today ({day}).</source>
        <translation>{zone} wurde heute schon genutzt ({day}).</translation>
    </message>
    <message>
        <source>{zone} was used yesterday ({day}).</source>
        <translation>{zone} wurde gestern genutzt ({day}).</translation>
    </message>
    <message>
        <source>{zone} was used {n} days ago ({day}).</source>
        <translation>{zone} wurde vor {n} Tagen genutzt ({day}).</translation>
    </message>
    <message>
        <source>This zone</source>
        <translation>Dieser Bereich</translation>
    </message>
    <message>
        <source>If you use it again, keep at least a finger-width from the last spot: the same spot heals best when it is used no more than once every 4 weeks.</source>
        <translation>Wenn Sie ihn wieder nutzen, halten Sie mindestens eine Fingerbreite Abstand zur letzten Stelle: Dieselbe Stelle heilt am besten, wenn sie höchstens alle 4 Wochen genutzt wird.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Writing the demo diary…</source>
        <translation>Das Demo-Tagebuch wird geschrieben…</translation>
    </message>
    <message>
        <source>Opening your diary…</source>
        <translation>Ihr Tagebuch wird geöffnet…</translation>
    </message>
    <message>
        <source>Waiting for the passphrase to open your diary…</source>
        <translation>Warte auf die Passphrase, um Ihr Tagebuch zu öffnen…</translation>
    </message>
    <message>
        <source>Loading the calendar and the body map…</source>
        <translation>Kalender und Körperkarte werden geladen…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Sick episodes in the last 90 days: {n}</source>
        <translation>Krankheitsphasen in den letzten 90 Tagen: {n}</translation>
    </message>
    <message>
        <source> ({n} may still be going on)</source>
        <translation> ({n} evtl. noch andauernd)</translation>
    </message>
    <message>
        <source>; average {days} days to recover</source>
        <translation>; im Mittel {days} Tage bis zur Erholung</translation>
    </message>
    <message>
        <source>No diary entries yet.</source>
        <translation>Noch keine Tagebucheinträge.</translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation>noch nichts fällig</translation>
    </message>
    <message>
        <source>{taken} of {due} taken ({late} late)</source>
        <translation>{taken} von {due} genommen ({late} verspätet)</translation>
    </message>
    <message>
        <source>{taken} of {due} taken</source>
        <translation>{taken} von {due} genommen</translation>
    </message>
    <message>
        <source>No dose due: the course has not started</source>
        <translation>Keine Dosis fällig: Die Behandlung hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>No dose due: the course is paused</source>
        <translation>Keine Dosis fällig: Die Behandlung ist pausiert</translation>
    </message>
    <message>
        <source>No dose due: the course has ended</source>
        <translation>Keine Dosis fällig: Die Behandlung ist beendet</translation>
    </message>
    <message>
        <source>No dose due: the course is completed</source>
        <translation>Keine Dosis fällig: Die Behandlung ist abgeschlossen</translation>
    </message>
    <message>
        <source>No dose due</source>
        <translation>Keine Dosis fällig</translation>
    </message>
    <message>
        <source>{product}: {dose} {unit}, {schedule}; {n} injections logged, last {when} in {zone}</source>
        <translation>{product}: {dose} {unit}, {schedule}; {n} Injektionen eingetragen, zuletzt {when}, Bereich: {zone}</translation>
    </message>
    <message>
        <source>{product}: {dose} {unit}, {schedule}; {n} injections logged</source>
        <translation>{product}: {dose} {unit}, {schedule}; {n} Injektionen eingetragen</translation>
    </message>
    <message>
        <source>Next dose: {when}; suggested: {zone}</source>
        <translation>Nächste Dosis: {when}; vorgeschlagen: {zone}</translation>
    </message>
    <message>
        <source>Next dose: {when}</source>
        <translation>Nächste Dosis: {when}</translation>
    </message>
    <message>
        <source>Last 4 weeks: {recent}; course so far: {course}</source>
        <translation>Letzte 4 Wochen: {recent}; bisherige Behandlung: {course}</translation>
    </message>
    <message>
        <source>Vial: lot {lot}, draw {volume}</source>
        <translation>Flasche: Ch.-B. {lot}, {volume} aufziehen</translation>
    </message>
    <message>
        <source>Vial: lot {lot}</source>
        <translation>Flasche: Ch.-B. {lot}</translation>
    </message>
    <message>
        <source>Note: {problem}</source>
        <translation>Hinweis: {problem}</translation>
    </message>
    <message>
        <source>No protocol yet.</source>
        <translation>Noch kein Behandlungsschema.</translation>
    </message>
    <message>
        <source>Current vial: lot {lot}, expires {day}</source>
        <translation>Aktuelle Flasche: Ch.-B. {lot}, verwendbar bis {day}</translation>
    </message>
    <message>
        <source>Current vial: lot {lot}</source>
        <translation>Aktuelle Flasche: Ch.-B. {lot}</translation>
    </message>
    <message>
        <source>Labs:</source>
        <translation>Laborwerte:</translation>
    </message>
    <message>
        <source>Warnings: {n} (most serious: {title}); see `dosebook warnings`</source>
        <translation>Warnungen: {n} (die wichtigste: {title}); siehe `dosebook warnings`</translation>
    </message>
    <message>
        <source>Warnings: none</source>
        <translation>Warnungen: keine</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Wrong passphrase for this diary. Nothing was changed; try again.</source>
        <translation>Falsche Passphrase für dieses Tagebuch. Nichts wurde verändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} is not a Dosebook diary, or it is damaged ({detail}). It was not changed. You can restore a backup instead.</source>
        <translation>{path} ist kein Dosebook-Tagebuch oder beschädigt ({detail}). Die Datei wurde nicht verändert. Sie können stattdessen eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>{path} is not a Dosebook diary, or it is damaged. It was not changed. You can restore a backup instead.</source>
        <translation>{path} ist kein Dosebook-Tagebuch oder beschädigt. Die Datei wurde nicht verändert. Sie können stattdessen eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>This diary was saved by a newer version of Dosebook (schema {revision}). Update Dosebook to open it; the file was not changed.</source>
        <translation>Dieses Tagebuch wurde von einer neueren Version von Dosebook gespeichert (Schema {revision}). Aktualisieren Sie Dosebook, um es zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>There is no diary at {path}.</source>
        <translation>Unter {path} gibt es kein Tagebuch.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name so nothing is overwritten.</source>
        <translation>{path} gibt es bereits; wählen Sie einen anderen Namen, damit nichts überschrieben wird.</translation>
    </message>
    <message>
        <source>{path} is damaged: part of it no longer reads back as it was written. The newest backup is {backup}; restore it (File → Restore from backup…, or dosebook restore). Nothing was changed.</source>
        <translation>{path} ist beschädigt: Ein Teil lässt sich nicht mehr so lesen, wie er geschrieben wurde. Die neueste Sicherung ist {backup}; stellen Sie sie wieder her (Datei → Aus Sicherung wiederherstellen… oder dosebook restore). Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>{path} is damaged: part of it no longer reads back as it was written. Restore a backup if you have one (File → Restore from backup…). Nothing was changed.</source>
        <translation>{path} ist beschädigt: Ein Teil lässt sich nicht mehr so lesen, wie er geschrieben wurde. Stellen Sie eine Sicherung wieder her, falls Sie eine haben (Datei → Aus Sicherung wiederherstellen…). Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>The diary&apos;s folder or file is read-only.</source>
        <translation>Der Ordner oder die Datei des Tagebuchs ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The diary file cannot be reached (was it moved or its drive removed?).</source>
        <translation>Die Tagebuchdatei ist nicht erreichbar (wurde sie verschoben oder das Laufwerk entfernt?).</translation>
    </message>
    <message>
        <source>Another program is using the diary file.</source>
        <translation>Ein anderes Programm verwendet die Tagebuchdatei.</translation>
    </message>
    <message>
        <source>The disk reported an error.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>Dem Computer ist der Arbeitsspeicher ausgegangen.</translation>
    </message>
    <message>
        <source>The disk is full (your quota is used up).</source>
        <translation>Der Datenträger ist voll (Ihr Kontingent ist aufgebraucht).</translation>
    </message>
    <message>
        <source>A record this change refers to no longer exists.</source>
        <translation>Ein Eintrag, auf den sich diese Änderung bezieht, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A record like this one already exists.</source>
        <translation>Ein solcher Eintrag existiert bereits.</translation>
    </message>
    <message>
        <source>A value in this change is not allowed.</source>
        <translation>Ein Wert in dieser Änderung ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The diary file could not be written.</source>
        <translation>Die Tagebuchdatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Nothing from this change was saved; what was saved before is safe.</source>
        <translation>Von dieser Änderung wurde nichts gespeichert; was vorher gespeichert war, ist sicher.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>The diary file could not be read; it may be damaged. Nothing was changed. You can restore a backup (File → Restore from backup…).</source>
        <translation>Die Tagebuchdatei konnte nicht gelesen werden; sie ist eventuell beschädigt. Nichts wurde verändert. Sie können eine Sicherung wiederherstellen (Datei → Aus Sicherung wiederherstellen…).</translation>
    </message>
    <message>
        <source>That vial no longer exists.</source>
        <translation>Diese Flasche existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That protocol no longer exists.</source>
        <translation>Dieses Behandlungsschema existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That injection no longer exists.</source>
        <translation>Diese Injektion existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That reaction no longer exists.</source>
        <translation>Diese Reaktion existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A course cannot be paused before it starts.</source>
        <translation>Eine Behandlung kann nicht vor ihrem Beginn pausiert werden.</translation>
    </message>
    <message>
        <source>Resume on or after the day the pause began.</source>
        <translation>Setzen Sie am Tag des Pausenbeginns oder danach fort.</translation>
    </message>
    <message>
        <source>The course&apos;s planned end has passed; start a new course.</source>
        <translation>Das geplante Ende der Behandlung ist vorbei; beginnen Sie eine neue Behandlung.</translation>
    </message>
    <message>
        <source>A course cannot end before it starts.</source>
        <translation>Eine Behandlung kann nicht vor ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>There is no entry for that day.</source>
        <translation>Für diesen Tag gibt es keinen Eintrag.</translation>
    </message>
    <message>
        <source>{name} holds a record Dosebook would not accept ({problem}); it was not restored.</source>
        <translation>{name} enthält einen Eintrag, den Dosebook nicht annehmen würde ({problem}); die Sicherung wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a rule setting.</source>
        <translation>„{key}“ ist keine Einstellung einer Regel.</translation>
    </message>
    <message>
        <source>That lab panel no longer exists.</source>
        <translation>Dieser Laborbefund existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That site reaction no longer exists.</source>
        <translation>Diese Reaktion an der Stelle existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That attachment no longer exists.</source>
        <translation>Dieser Anhang existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That panel no longer exists.</source>
        <translation>Dieser Befund existiert nicht mehr.</translation>
    </message>
    <message>
        <source>{folder} is not a folder; CSV files go into a folder.</source>
        <translation>{folder} ist kein Ordner; CSV-Dateien kommen in einen Ordner.</translation>
    </message>
    <message>
        <source>{target} already exists; choose an empty folder.</source>
        <translation>{target} gibt es schon; wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>The import file is not valid JSON ({err}).</source>
        <translation>Die Importdatei ist kein gültiges JSON ({err}).</translation>
    </message>
    <message>
        <source>This file is not a Dosebook export.</source>
        <translation>Diese Datei ist kein Dosebook-Export.</translation>
    </message>
    <message>
        <source>The export has no version number.</source>
        <translation>Der Export hat keine Versionsnummer.</translation>
    </message>
    <message>
        <source>version: {value} is not a whole number like 2.</source>
        <translation>version: {value} ist keine ganze Zahl wie 2.</translation>
    </message>
    <message>
        <source>This export was written by a newer Dosebook (format {version}); update Dosebook.</source>
        <translation>Dieser Export stammt von einem neueren Dosebook (Format {version}); aktualisieren Sie Dosebook.</translation>
    </message>
    <message>
        <source>The import file has a part Dosebook does not know: &apos;{value}&apos;.</source>
        <translation>Die Importdatei hat einen Teil, den Dosebook nicht kennt: „{value}“.</translation>
    </message>
    <message>
        <source>{name}: expected a list of records.</source>
        <translation>{name}: eine Liste von Einträgen erwartet.</translation>
    </message>
    <message>
        <source>This diary already has data. Import into a new, empty diary (create one with &apos;dosebook new&apos;).</source>
        <translation>Dieses Tagebuch enthält schon Daten. Importieren Sie in ein neues, leeres Tagebuch (anlegen mit „dosebook new“).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a list of weekdays 0–6 (like &quot;0,3&quot;).</source>
        <translation>„{text}“ ist keine Liste von Wochentagen 0–6 (wie „0,3“).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day like 20:00.</source>
        <translation>„{text}“ ist keine Uhrzeit wie 20:00.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of {names}.</source>
        <translation>„{text}“ ist keiner der Werte {names}.</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not a {what} Dosebook knows ({names}).</source>
        <translation>„{part}“ ist kein Wert ({what}), den Dosebook kennt ({names}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a list of units with factors above zero.</source>
        <translation>„{text}“ ist keine Liste von Einheiten mit Faktoren über null.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a comma-separated list.</source>
        <translation>„{text}“ ist keine durch Kommas getrennte Liste.</translation>
    </message>
    <message>
        <source>There is no body zone called &apos;{id}&apos;.</source>
        <translation>Es gibt keine Körperzone namens „{id}“.</translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <source>Rash</source>
        <translation>Hautausschlag</translation>
    </message>
    <message>
        <source>Joint pain</source>
        <translation>Gelenkschmerzen</translation>
    </message>
    <message>
        <source>Swollen hands</source>
        <translation>Geschwollene Hände</translation>
    </message>
    <message>
        <source>Discomfort at an injection site</source>
        <translation>Beschwerden an einer Injektionsstelle</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Injections</source>
        <translation>Injektionen</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Versorgung</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Log now</source>
        <translation>Jetzt eintragen</translation>
    </message>
    <message>
        <source>Remind me in 30 min</source>
        <translation>In 30 Min. erinnern</translation>
    </message>
    <message>
        <source>&amp;Log injection…</source>
        <translation>Injektion &amp;eintragen…</translation>
    </message>
    <message>
        <source>&amp;Open Dosebook</source>
        <translation>Dosebook ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit Dosebook</source>
        <translation>Dosebook &amp;beenden</translation>
    </message>
    <message>
        <source>Locked — reminders paused</source>
        <translation>Gesperrt – Erinnerungen pausiert</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Erinnerungen sind aus</translation>
    </message>
    <message>
        <source>No dose planned</source>
        <translation>Keine Dosis geplant</translation>
    </message>
    <message>
        <source>Next dose: {when}</source>
        <translation>Nächste Dosis: {when}</translation>
    </message>
    <message>
        <source>Locked · next dose {when}</source>
        <translation>Gesperrt · nächste Dosis {when}</translation>
    </message>
    <message>
        <source>Keep reminders when the window is closed?</source>
        <translation>Erinnerungen behalten, wenn das Fenster geschlossen ist?</translation>
    </message>
    <message>
        <source>Dosebook can stay in the tray after you close its window, so dose reminders still come. Quit from the tray icon&apos;s menu. Keep it in the tray?</source>
        <translation>Dosebook kann nach dem Schließen des Fensters im Infobereich bleiben, damit Dosis-Erinnerungen weiterhin kommen. Beenden Sie es über das Menü des Symbols im Infobereich. Im Infobereich behalten?</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>morgen {time}</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>The system keyring did not answer ({kind}); type the passphrase.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet ({kind}); geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Key not remembered</source>
        <translation>Schlüssel nicht gemerkt</translation>
    </message>
    <message>
        <source>The system keyring did not answer, so the key was not remembered. Dosebook will ask for the passphrase next time.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet, daher wurde der Schlüssel nicht gemerkt. Dosebook fragt beim nächsten Mal nach der Passphrase.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock diary</source>
        <translation>Tagebuch entsperren</translation>
    </message>
    <message>
        <source>Type the passphrase for &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Geben Sie die Passphrase für &lt;b&gt;{name}&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>Vials</name>
    <message>
        <source>The expiry date printed on this vial ({day}) has passed.</source>
        <translation>Das auf dieser Flasche gedruckte Verfallsdatum ({day}) ist überschritten.</translation>
    </message>
    <message>
        <source>This vial was mixed {elapsed} ago, longer than its beyond-use time of {limit}.</source>
        <translation>Diese Flasche wurde vor {elapsed} aufgelöst, länger als ihre Haltbarkeit nach dem Auflösen von {limit}.</translation>
    </message>
    <message>
        <source>This vial has been frozen and thawed. Storage guidance says to avoid freeze-thaw cycles; check with your pharmacist or doctor whether it can still be used.</source>
        <translation>Diese Flasche war gefroren und wurde aufgetaut. Laut Lagerungshinweisen soll Einfrieren und Auftauen vermieden werden; fragen Sie Ihren Apotheker oder Arzt, ob sie noch verwendet werden kann.</translation>
    </message>
    <message>
        <source>{volume} mL</source>
        <translation>{volume} ml</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} Stunden</translation>
    </message>
</context>
<context>
    <name>WarningBanners</name>
    <message>
        <source>and {n} more (Show the data)</source>
        <translation>und {n} weitere (Daten zeigen)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>{n} urgent</source>
        <translation>{n} dringend</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} Warnung</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} Warnungen</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} Hinweis</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} Hinweise</translation>
    </message>
    <message>
        <source>{n} warning signs: {parts}</source>
        <translation>{n} Warnzeichen: {parts}</translation>
    </message>
    <message>
        <source>Talk to your doctor about these. Seen: {titles}</source>
        <translation>Sprechen Sie mit Ihrem Arzt darüber. Gesehen: {titles}</translation>
    </message>
    <message>
        <source>Talk to your doctor about these.</source>
        <translation>Sprechen Sie mit Ihrem Arzt darüber.</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Einklappen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Show the data</source>
        <translation>Daten zeigen</translation>
    </message>
    <message>
        <source>Snooze 7 days</source>
        <translation>7 Tage ausblenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Still opening</source>
        <translation>Wird noch geöffnet</translation>
    </message>
    <message>
        <source>Your diary is still opening. Try again in a moment.</source>
        <translation>Ihr Tagebuch wird noch geöffnet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>WarningGuidance</name>
    <message>
        <source>Emergency: signs of an allergic reaction</source>
        <translation>Notfall: Anzeichen einer allergischen Reaktion</translation>
    </message>
    <message>
        <source>Hives (raised, itchy welts on the skin), swelling of the face or lips, or trouble breathing after an injection can be a serious allergic reaction. Call emergency services now (112 in Europe, 911 in North America). Do not wait for Dosebook or a warning.</source>
        <translation>Nesselsucht (erhabene, juckende Quaddeln auf der Haut), Schwellung von Gesicht oder Lippen oder Atemnot nach einer Injektion können eine schwere allergische Reaktion sein. Rufen Sie sofort den Notruf (112 in Europa, 911 in Nordamerika). Warten Sie nicht auf Dosebook oder eine Warnung.</translation>
    </message>
    <message>
        <source>Sources: post-injection care sheets (hives or trouble breathing is an emergency); NCI CTCAE v5.0, anaphylaxis (hives, allergy-related swelling, trouble breathing); the Zadaxin label (not for anyone who has had an allergic reaction to thymalfasin).</source>
        <translation>Quellen: Merkblätter zur Pflege nach Injektionen (Nesselsucht oder Atemnot ist ein Notfall); NCI CTCAE v5.0, Anaphylaxie (Nesselsucht, allergische Schwellung, Atemnot); Fachinformation Zadaxin (nicht für Personen, die allergisch auf Thymalfasin reagiert haben).</translation>
    </message>
    <message>
        <source>Most reactions at an injection site settle in a day or two. Contact your doctor about an open sore or dark, dead-looking skin; a fever of 38&#xa0;°C or more; pain that is severe or getting worse; blisters; redness or warmth that stays or spreads; swelling that spreads; or drainage that is discoloured or smells.</source>
        <translation>Die meisten Reaktionen an einer Injektionsstelle klingen in ein bis zwei Tagen ab. Wenden Sie sich an Ihren Arzt bei einer offenen Wunde oder dunkler, abgestorben aussehender Haut; Fieber ab 38&#xa0;°C; starken oder zunehmenden Schmerzen; Blasen; Rötung oder Wärme, die bleibt oder sich ausbreitet; Schwellung, die sich ausbreitet; oder verfärbter oder übel riechender Absonderung.</translation>
    </message>
    <message>
        <source>Sources: post-injection care sheets; NCI CTCAE v5.0, injection site reaction (grade 3: an open sore or dead skin).</source>
        <translation>Quellen: Merkblätter zur Pflege nach Injektionen; NCI CTCAE v5.0, Reaktion an der Injektionsstelle (Grad 3: offene Wunde oder abgestorbene Haut).</translation>
    </message>
    <message>
        <source>About the grades: the CTCAE (Common Terminology Criteria for Adverse Events, version 5.0, from the US National Cancer Institute) is the scale doctors use in trials to say how far a side effect or a lab result has gone. It runs from 1 to 5: 1 mild, 2 moderate, 3 severe, 4 life-threatening, and 5 death, which is never given to a lab value. Dosebook counts a lab grade only from how far your number is from the range printed on your report (or from your result before the course, when that was already outside its range). It describes the number, not how you are: only your doctor can say what it means for you. Some tests have no CTCAE grade; a result outside its range is then shown as a note.</source>
        <translation>Zu den Graden: Die CTCAE (Common Terminology Criteria for Adverse Events, Version 5.0, des US National Cancer Institute) ist die Skala, mit der Ärzte in Studien angeben, wie weit eine Nebenwirkung oder ein Laborwert gegangen ist. Sie reicht von 1 bis 5: 1 leicht, 2 mäßig, 3 schwer, 4 lebensbedrohlich und 5 Tod, der nie einem Laborwert gegeben wird. Dosebook ermittelt einen Laborgrad nur daraus, wie weit Ihr Wert vom Referenzbereich auf Ihrem Befund entfernt ist (oder von Ihrem Wert vor der Behandlung, wenn dieser schon außerhalb seines Bereichs lag). Er beschreibt den Wert, nicht Ihr Befinden: Nur Ihr Arzt kann sagen, was er für Sie bedeutet. Manche Tests haben keinen CTCAE-Grad; ein Wert außerhalb des Bereichs wird dann als Hinweis gezeigt.</translation>
    </message>
</context>
<context>
    <name>WarningRules</name>
    <message>
        <source>Look back (days)</source>
        <translation>Rückblick (Tage)</translation>
    </message>
    <message>
        <source>From CTCAE grade</source>
        <translation>Ab CTCAE-Grad</translation>
    </message>
    <message>
        <source>Rise of at least (%)</source>
        <translation>Anstieg um mindestens (%)</translation>
    </message>
    <message>
        <source>Rise of at least (log10)</source>
        <translation>Anstieg um mindestens (log10)</translation>
    </message>
    <message>
        <source>Up to CTCAE grade</source>
        <translation>Bis CTCAE-Grad</translation>
    </message>
    <message>
        <source>ALT or AST above (× upper limit)</source>
        <translation>ALT oder AST über (× obere Grenze)</translation>
    </message>
    <message>
        <source>Bilirubin above (× upper limit)</source>
        <translation>Bilirubin über (× obere Grenze)</translation>
    </message>
    <message>
        <source>Unless ALP is at least (× upper limit)</source>
        <translation>Außer AP beträgt mindestens (× obere Grenze)</translation>
    </message>
    <message>
        <source>Results at most this many days apart</source>
        <translation>Werte höchstens so viele Tage auseinander</translation>
    </message>
    <message>
        <source>Fever from (°C)</source>
        <translation>Fieber ab (°C)</translation>
    </message>
    <message>
        <source>High fever above (°C)</source>
        <translation>Hohes Fieber über (°C)</translation>
    </message>
    <message>
        <source>Rating level (0–10)</source>
        <translation>Bewertungsstufe (0–10)</translation>
    </message>
    <message>
        <source>On at least (days)</source>
        <translation>An mindestens (Tagen)</translation>
    </message>
    <message>
        <source>Out of the last (days)</source>
        <translation>Innerhalb der letzten (Tage)</translation>
    </message>
    <message>
        <source>Worse by at least (points)</source>
        <translation>Schlechter um mindestens (Punkte)</translation>
    </message>
    <message>
        <source>Ratings needed in each stretch</source>
        <translation>Nötige Bewertungen je Zeitraum</translation>
    </message>
    <message>
        <source>Present for at least (hours)</source>
        <translation>Vorhanden seit mindestens (Stunden)</translation>
    </message>
    <message>
        <source>Reactions after this many injections</source>
        <translation>Reaktionen nach so vielen Injektionen</translation>
    </message>
    <message>
        <source>Missed doses</source>
        <translation>Verpasste Dosen</translation>
    </message>
    <message>
        <source>Grace after the due date (days)</source>
        <translation>Nachfrist nach dem Fälligkeitstag (Tage)</translation>
    </message>
    <message>
        <source>Counts if done within (days either side)</source>
        <translation>Zählt, wenn gemacht innerhalb von (Tagen davor oder danach)</translation>
    </message>
    <message>
        <source>Months after the course ended</source>
        <translation>Monate nach Ende der Behandlung</translation>
    </message>
    <message>
        <source>Group of tests</source>
        <translation>Gruppe von Tests</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Groups of tests</source>
        <translation>Gruppen von Tests</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>WarningSignsHelp</name>
    <message>
        <source>Warning signs and emergencies</source>
        <translation>Warnzeichen und Notfälle</translation>
    </message>
    <message>
        <source>Dosebook looks at your diary and shows a banner when it sees something worth talking to your doctor about, with the data behind it. Urgent: talk to your doctor soon. Warning: talk to your doctor about it. Note: mention it at your next visit. A warning whose results have since come back within range becomes a note. Dosebook never diagnoses and never suggests a dose, and it cannot see you: if you feel unwell, do not wait for a banner.</source>
        <translation>Dosebook sieht Ihr Tagebuch durch und zeigt ein Banner, wenn es etwas bemerkt, worüber Sie mit Ihrem Arzt sprechen sollten, mit den Daten dahinter. Dringend: sprechen Sie bald mit Ihrem Arzt. Warnung: sprechen Sie mit Ihrem Arzt darüber. Hinweis: erwähnen Sie es beim nächsten Besuch. Eine Warnung, deren Werte inzwischen wieder im Bereich liegen, wird zum Hinweis. Dosebook stellt nie Diagnosen und schlägt nie eine Dosis vor, und es kann Sie nicht sehen: Wenn Sie sich unwohl fühlen, warten Sie nicht auf ein Banner.</translation>
    </message>
    <message>
        <source>Contact your doctor about an injection site</source>
        <translation>Wann Sie sich wegen einer Injektionsstelle an Ihren Arzt wenden</translation>
    </message>
    <message>
        <source>How the warnings work</source>
        <translation>Wie die Warnungen funktionieren</translation>
    </message>
    <message>
        <source>What the CTCAE grades mean</source>
        <translation>Was die CTCAE-Grade bedeuten</translation>
    </message>
    <message>
        <source>Source: NCI Common Terminology Criteria for Adverse Events (CTCAE) v5.0, 2017.</source>
        <translation>Quelle: NCI Common Terminology Criteria for Adverse Events (CTCAE) v5.0, 2017.</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>URGENT</source>
        <translation>DRINGEND</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>{severity}: {title}</source>
        <extracomment>A warning&apos;s first line on the command line: &quot;WARNING: Liver test above its range&quot;.</extracomment>
        <translation>{severity}: {title}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Warnings as of {day}: {n}</source>
        <translation>Warnungen am {day}: {n}</translation>
    </message>
    <message>
        <source>1 more snoozed or dismissed in the app.</source>
        <translation>1 weitere ist in der App ausgeblendet oder geschlossen.</translation>
    </message>
    <message>
        <source>{n} more snoozed or dismissed in the app.</source>
        <translation>{n} weitere sind in der App ausgeblendet oder geschlossen.</translation>
    </message>
    <message>
        <source>Talk to your doctor about what you see here; Dosebook never diagnoses.</source>
        <translation>Sprechen Sie mit Ihrem Arzt über das, was Sie hier sehen; Dosebook stellt keine Diagnosen.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved, but not shown</source>
        <translation>Gespeichert, aber nicht angezeigt</translation>
    </message>
    <message>
        <source>Your change was saved. The screen could not be brought up to date; switch tabs or reopen the diary to see it.</source>
        <translation>Ihre Änderung wurde gespeichert. Die Anzeige konnte nicht aktualisiert werden; wechseln Sie den Reiter oder öffnen Sie das Tagebuch erneut, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Each day</source>
        <translation>Einzelne Tage</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injektion</translation>
    </message>
    <message>
        <source>Injection, {day}</source>
        <translation>Injektion, {day}</translation>
    </message>
    <message>
        <source>Sick day</source>
        <translation>Krankheitstag</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Nicht markiert</translation>
    </message>
    <message>
        <source>Flagged by the lab</source>
        <translation>Vom Labor markiert</translation>
    </message>
    <message>
        <source>Reference range</source>
        <translation>Referenzbereich</translation>
    </message>
    <message>
        <source>Reported as beyond a limit (“&lt;” or “&gt;”)</source>
        <translation>Als jenseits einer Grenze angegeben („&lt;“ oder „&gt;“)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Above range</source>
        <translation>Über dem Bereich</translation>
    </message>
    <message>
        <source>Below range</source>
        <translation>Unter dem Bereich</translation>
    </message>
    <message>
        <source>Above range, beyond a limit</source>
        <translation>Über dem Bereich, jenseits einer Grenze</translation>
    </message>
    <message>
        <source>Below range, beyond a limit</source>
        <translation>Unter dem Bereich, jenseits einer Grenze</translation>
    </message>
    <message>
        <source>above the range</source>
        <translation>über dem Bereich</translation>
    </message>
    <message>
        <source>below the range</source>
        <translation>unter dem Bereich</translation>
    </message>
    <message>
        <source>in range</source>
        <translation>im Bereich</translation>
    </message>
    <message>
        <source>{title}, {start} to {end}</source>
        <translation>{title}, {start} bis {end}</translation>
    </message>
    <message>
        <source>{span}: no ratings yet.</source>
        <translation>{span}: noch keine Bewertungen.</translation>
    </message>
    <message>
        <source>{span}: rated on {n} days, average {mean}, lowest {low}, highest {high}; latest {last} on {day}.</source>
        <translation>{span}: an {n} Tagen bewertet, Mittel {mean}, niedrigster Wert {low}, höchster {high}; zuletzt {last} am {day}.</translation>
    </message>
    <message>
        <source>{n} sick days</source>
        <translation>{n} Krankheitstage</translation>
    </message>
    <message>
        <source>{n} injections</source>
        <translation>{n} Injektionen</translation>
    </message>
    <message>
        <source>{title}: no results yet.</source>
        <translation>{title}: noch keine Ergebnisse.</translation>
    </message>
    <message>
        <source>{title}: one result, on {day}: {latest}.</source>
        <translation>{title}: ein Ergebnis, am {day}: {latest}.</translation>
    </message>
    <message>
        <source>{title}: {n} results from {first} to {last}; latest {latest}.</source>
        <translation>{title}: {n} Ergebnisse von {first} bis {last}; zuletzt {latest}.</translation>
    </message>
    <message>
        <source>{n} above the range</source>
        <translation>{n} über dem Bereich</translation>
    </message>
    <message>
        <source>{n} below the range</source>
        <translation>{n} unter dem Bereich</translation>
    </message>
    <message>
        <source>{title}: {n} results; latest {text} on {day}.</source>
        <translation>{title}: {n} Ergebnisse; zuletzt {text} am {day}.</translation>
    </message>
    <message>
        <source>{n} flagged by the lab.</source>
        <translation>{n} vom Labor markiert.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Late (+{h} h)</source>
        <translation>Verspätet (+{h} h)</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>VERSÄUMT</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Zusätzlich</translation>
    </message>
    <message>
        <source>Injections</source>
        <translation>Injektionen</translation>
    </message>
    <message>
        <source>No doses were due and no injections were logged in this period.</source>
        <translation>In diesem Zeitraum war keine Dosis fällig und keine Injektion wurde eingetragen.</translation>
    </message>
    <message>
        <source>{kind}, grade {grade} of 5</source>
        <translation>{kind}, Grad {grade} von 5</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Site reaction</source>
        <translation>Reaktion an der Stelle</translation>
    </message>
    <message>
        <source>{n} doses in this period: one line per month.</source>
        <translation>{n} Dosen in diesem Zeitraum: eine Zeile pro Monat.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <source>Sites used most</source>
        <translation>Am häufigsten genutzte Stellen</translation>
    </message>
    <message>
        <source>Injection sites in this period</source>
        <translation>Injektionsstellen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>nicht genutzt</translation>
    </message>
    <message>
        <source>Numbers are injections per zone ({total}); darker zones were used more. Front view: the person&apos;s left is on the right.</source>
        <translation>Die Zahlen sind Injektionen je Bereich ({total}); dunklere Bereiche wurden öfter genutzt. Vorderansicht: Die linke Körperseite ist rechts.</translation>
    </message>
    <message>
        <source>injection</source>
        <translation>Injektion</translation>
    </message>
    <message>
        <source>injections</source>
        <translation>Injektionen</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Anz.</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>seit {day}</translation>
    </message>
    <message>
        <source>{start} to {end} (ended)</source>
        <translation>{start} bis {end} (beendet)</translation>
    </message>
    <message>
        <source>, planned until {day}</source>
        <translation>, geplant bis {day}</translation>
    </message>
    <message>
        <source>, paused from {day}</source>
        <translation>, pausiert ab {day}</translation>
    </message>
    <message>
        <source>Energy (0–10, higher is better)</source>
        <translation>Energie (0–10, höher ist besser)</translation>
    </message>
    <message>
        <source>Fatigue (0–10, higher is worse)</source>
        <translation>Erschöpfung (0–10, höher ist schlechter)</translation>
    </message>
    <message>
        <source>Well-being (0–10, higher is better)</source>
        <translation>Wohlbefinden (0–10, höher ist besser)</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>No diary entries in this period.</source>
        <translation>Keine Tagebucheinträge in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Diary kept on {logged} of {days} days. Dots are single days; the line is the 7-day average; grey bands are days marked sick; ticks along the bottom are injections.</source>
        <translation>Tagebuch an {logged} von {days} Tagen geführt. Punkte sind einzelne Tage; die Linie ist das 7-Tage-Mittel; graue Bänder sind als krank markierte Tage; Striche am unteren Rand sind Injektionen.</translation>
    </message>
    <message>
        <source>Sick episodes</source>
        <translation>Krankheitsphasen</translation>
    </message>
    <message>
        <source>No sick days in this period.</source>
        <translation>Keine Krankheitstage in diesem Zeitraum.</translation>
    </message>
    <message>
        <source> (may go on)</source>
        <translation> (evtl. noch andauernd)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>Erkältung</translation>
    </message>
    <message>
        <source>flu</source>
        <translation>Grippe</translation>
    </message>
    <message>
        <source>stomach bug</source>
        <translation>Magen-Darm-Infekt</translation>
    </message>
    <message>
        <source>other sickness</source>
        <translation>andere Erkrankung</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>Erschöpfung</translation>
    </message>
    <message>
        <source>well-being</source>
        <translation>Wohlbefinden</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Für {name}</translation>
    </message>
    <message>
        <source>made on {day}</source>
        <translation>erstellt am {day}</translation>
    </message>
    <message>
        <source>For the appointment: {line}</source>
        <translation>Für den Termin: {line}</translation>
    </message>
    <message>
        <source>No doses were due in this period.</source>
        <translation>In diesem Zeitraum war keine Dosis fällig.</translation>
    </message>
    <message>
        <source>{taken} of {due} doses due were taken ({percent}%): {on_time} on time, {late} late.</source>
        <translation>{taken} von {due} fälligen Dosen wurden genommen ({percent} %): {on_time} pünktlich, {late} verspätet.</translation>
    </message>
    <message>
        <source>Missed: {n}.</source>
        <translation>Versäumt: {n}.</translation>
    </message>
    <message>
        <source>Extra injections (not matched to a due dose): {n}.</source>
        <translation>Zusätzliche Injektionen (keiner fälligen Dosis zugeordnet): {n}.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Warning signs to talk about</source>
        <translation>Warnzeichen zum Besprechen</translation>
    </message>
    <message>
        <source>{severity}: {title}</source>
        <translation>{severity}: {title}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Behandlungsschema</translation>
    </message>
    <message>
        <source>No protocol ran in this period.</source>
        <translation>In diesem Zeitraum lief kein Behandlungsschema.</translation>
    </message>
    <message>
        <source>Injection-site reactions noted: {n} (highest grade {grade} of 5 on the CTCAE scale).</source>
        <translation>Reaktionen an Injektionsstellen eingetragen: {n} (höchster Grad {grade} von 5 auf der CTCAE-Skala).</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Sick: {spells}.</source>
        <translation>Krank: {spells}.</translation>
    </message>
    <message>
        <source>Average ratings (0–10) over {days}: {means}.</source>
        <translation>Durchschnittliche Bewertungen (0–10) über {days}: {means}.</translation>
    </message>
    <message>
        <source>diary day</source>
        <translation>Tagebuchtag</translation>
    </message>
    <message>
        <source>diary days</source>
        <translation>Tagebuchtage</translation>
    </message>
    <message>
        <source>range {range}</source>
        <translation>Bereich {range}</translation>
    </message>
    <message>
        <source>Results outside the printed range in this period:</source>
        <translation>Ergebnisse außerhalb des gedruckten Bereichs in diesem Zeitraum:</translation>
    </message>
    <message>
        <source>No result in this period was outside its printed range.</source>
        <translation>Kein Ergebnis in diesem Zeitraum lag außerhalb seines gedruckten Bereichs.</translation>
    </message>
    <message>
        <source>Labs due as of {day}:</source>
        <translation>Fällige Laborwerte am {day}:</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Über mich</translation>
    </message>
    <message>
        <source>The protocol is for: {what}.</source>
        <translation>Die Behandlung ist für: {what}.</translation>
    </message>
    <message>
        <source>Allergies: {what}.</source>
        <translation>Allergien: {what}.</translation>
    </message>
    <message>
        <source>Standing cautions: {list}.</source>
        <translation>Dauerhafte Hinweise: {list}.</translation>
    </message>
    <message>
        <source>Nothing noted in the profile.</source>
        <translation>Nichts im Profil eingetragen.</translation>
    </message>
    <message>
        <source>Other medicines</source>
        <translation>Andere Arzneimittel</translation>
    </message>
    <message>
        <source>None listed for this period.</source>
        <translation>Für diesen Zeitraum keine eingetragen.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Arzneimittel</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Immune-active</source>
        <translation>Immunaktiv</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>Fragen an meinen Arzt</translation>
    </message>
    <message>
        <source>Appointment: {line}</source>
        <translation>Termin: {line}</translation>
    </message>
    <message>
        <source>Warning signs to ask about:</source>
        <translation>Warnzeichen, nach denen Sie fragen sollten:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>First sick day</source>
        <translation>Erster Krankheitstag</translation>
    </message>
    <message>
        <source>Last sick day</source>
        <translation>Letzter Krankheitstag</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Days marked sick</source>
        <translation>Als krank markierte Tage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Highest temperature</source>
        <translation>Höchste Temperatur</translation>
    </message>
    <message>
        <source>Started in this period</source>
        <translation>In diesem Zeitraum begonnen</translation>
    </message>
    <message>
        <source>Before the protocol started</source>
        <translation>Vor Beginn des Behandlungsschemas</translation>
    </message>
    <message>
        <source>Since it started (up to {day})</source>
        <translation>Seit Beginn (bis {day})</translation>
    </message>
    <message>
        <source>Days to recover = an episode&apos;s length, first to last sick day; one unmarked day between sick days does not end an episode.</source>
        <translation>Tage bis zur Erholung = Dauer einer Phase, vom ersten bis zum letzten Krankheitstag; ein nicht markierter Tag zwischen Krankheitstagen beendet eine Phase nicht.</translation>
    </message>
    <message>
        <source>{label}: {episodes}</source>
        <translation>{label}: {episodes}</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>episodes</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source> over {days} days of diary ({rate} per 90 days)</source>
        <translation> in {days} Tagebuchtagen ({rate} pro 90 Tage)</translation>
    </message>
    <message>
        <source>; on average {days} days to recover</source>
        <translation>; im Mittel {days} Tage bis zur Erholung</translation>
    </message>
    <message>
        <source>; {n} may still be going on</source>
        <translation>; {n} evtl. noch andauernd</translation>
    </message>
    <message>
        <source>(The picture could not be read.)</source>
        <translation>(Das Bild konnte nicht gelesen werden.)</translation>
    </message>
    <message>
        <source>Appendix: reports and photos</source>
        <translation>Anhang: Befunde und Fotos</translation>
    </message>
    <message>
        <source>Kept in the diary with the lab results and site reactions of this period.</source>
        <translation>Im Tagebuch bei den Laborwerten und Reaktionen dieses Zeitraums aufbewahrt.</translation>
    </message>
    <message>
        <source>A PDF of {size}, kept in the diary. Dosebook cannot print PDF pages: print it from a saved copy (Labs → Paper report… → Save a copy).</source>
        <translation>Ein PDF mit {size}, im Tagebuch aufbewahrt. Dosebook kann keine PDF-Seiten drucken: Drucken Sie es aus einer gespeicherten Kopie (Laborwerte → Papierbefund… → Kopie speichern).</translation>
    </message>
    <message>
        <source>Lab report of {day}{lab}: {name}</source>
        <translation>Laborbefund vom {day}{lab}: {name}</translation>
    </message>
    <message>
        <source>Site reaction of {day}: {name}</source>
        <translation>Reaktion an der Stelle vom {day}: {name}</translation>
    </message>
    <message>
        <source>Dosebook report</source>
        <translation>Dosebook-Bericht</translation>
    </message>
    <message>
        <source>Made with Dosebook — records, not medical advice</source>
        <translation>Erstellt mit Dosebook – Aufzeichnungen, keine ärztliche Beratung</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
    <message>
        <source>Appointment report</source>
        <translation>Bericht für den Arzttermin</translation>
    </message>
    <message>
        <source>grade {g}</source>
        <translation>Grad {g}</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>No lab results in this period.</source>
        <translation>Keine Laborwerte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neuester</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Kennz.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Each range is the one printed with that result by its own lab. ↑ H above and ↓ L below it; ✓ within it; ! A not the expected result; ? no range to compare with. Tests in bold had a result outside its range in this period. Grades are steps on the CTCAE v5 scale of 1 to 5 (1 mild, 2 moderate, 3 severe; 4 and 5 the most serious), counted from that range; no range, no grade.</source>
        <translation>Jeder Bereich ist der, den das jeweilige Labor mit dem Ergebnis gedruckt hat. ↑ H darüber und ↓ L darunter; ✓ darin; ! A nicht das erwartete Ergebnis; ? kein Bereich zum Vergleich. Fett gedruckte Tests hatten in diesem Zeitraum ein Ergebnis außerhalb ihres Bereichs. Die Grade sind Stufen der CTCAE-v5-Skala von 1 bis 5 (1 leicht, 2 mäßig, 3 schwer; 4 und 5 am ernstesten), bezogen auf diesen Bereich; ohne Bereich kein Grad.</translation>
    </message>
    <message>
        <source>* the range was copied from the same lab&apos;s last report, or converted to this unit.</source>
        <translation>* Der Bereich wurde aus dem letzten Befund desselben Labors übernommen oder in diese Einheit umgerechnet.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Each chart shows every result up to {day}. The shaded band is the range printed by the lab; triangles point up above it and down below it; open markers are results reported as beyond a limit (“&lt;” or “&gt;”).</source>
        <translation>Jedes Diagramm zeigt alle Ergebnisse bis {day}. Das schattierte Band ist der vom Labor gedruckte Bereich; Dreiecke zeigen nach oben darüber und nach unten darunter; offene Markierungen sind Ergebnisse, die als jenseits einer Grenze angegeben wurden („&lt;“ oder „&gt;“).</translation>
    </message>
</context>
<context>
    <name>seeds/labs.toml</name>
    <message>
        <source>CBC</source>
        <comment>monitoring group</comment>
        <translation>Blutbild</translation>
    </message>
    <message>
        <source>Source article, monitoring table: complete blood count every 3–6 months</source>
        <translation>Quellartikel, Kontrolltabelle: Blutbild alle 3–6 Monate</translation>
    </message>
    <message>
        <source>Liver</source>
        <comment>monitoring group</comment>
        <translation>Leber</translation>
    </message>
    <message>
        <source>Source article, monitoring table: liver function tests every 3–6 months</source>
        <translation>Quellartikel, Kontrolltabelle: Leberwerte alle 3–6 Monate</translation>
    </message>
    <message>
        <source>Immune</source>
        <comment>monitoring group</comment>
        <translation>Immunsystem</translation>
    </message>
    <message>
        <source>Source article, monitoring table: immune markers every 6–12 months, if accessible</source>
        <translation>Quellartikel, Kontrolltabelle: Immunmarker alle 6–12 Monate, sofern verfügbar</translation>
    </message>
    <message>
        <source>White blood cells</source>
        <translation>Leukozyten</translation>
    </message>
    <message>
        <source>WBC</source>
        <comment>abbreviation</comment>
        <translation>Leuko</translation>
    </message>
    <message>
        <source>Red blood cells</source>
        <translation>Erythrozyten</translation>
    </message>
    <message>
        <source>RBC</source>
        <comment>abbreviation</comment>
        <translation>Ery</translation>
    </message>
    <message>
        <source>Hemoglobin</source>
        <translation>Hämoglobin</translation>
    </message>
    <message>
        <source>Hb</source>
        <comment>abbreviation</comment>
        <translation>Hb</translation>
    </message>
    <message>
        <source>Hematocrit</source>
        <translation>Hämatokrit</translation>
    </message>
    <message>
        <source>Hct</source>
        <comment>abbreviation</comment>
        <translation>Hkt</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Thrombozyten</translation>
    </message>
    <message>
        <source>PLT</source>
        <comment>abbreviation</comment>
        <translation>Thrombo</translation>
    </message>
    <message>
        <source>Neutrophils, absolute</source>
        <translation>Neutrophile Granulozyten, absolut</translation>
    </message>
    <message>
        <source>ANC</source>
        <comment>abbreviation</comment>
        <translation>Neutro abs.</translation>
    </message>
    <message>
        <source>Lymphocytes, absolute</source>
        <translation>Lymphozyten, absolut</translation>
    </message>
    <message>
        <source>ALC</source>
        <comment>abbreviation</comment>
        <translation>Lympho abs.</translation>
    </message>
    <message>
        <source>Alanine aminotransferase</source>
        <translation>Alanin-Aminotransferase</translation>
    </message>
    <message>
        <source>ALT</source>
        <comment>abbreviation</comment>
        <translation>ALT (GPT)</translation>
    </message>
    <message>
        <source>Aspartate aminotransferase</source>
        <translation>Aspartat-Aminotransferase</translation>
    </message>
    <message>
        <source>AST</source>
        <comment>abbreviation</comment>
        <translation>AST (GOT)</translation>
    </message>
    <message>
        <source>Alkaline phosphatase</source>
        <translation>Alkalische Phosphatase</translation>
    </message>
    <message>
        <source>ALP</source>
        <comment>abbreviation</comment>
        <translation>AP</translation>
    </message>
    <message>
        <source>Bilirubin, total</source>
        <translation>Bilirubin, gesamt</translation>
    </message>
    <message>
        <source>TBIL</source>
        <comment>abbreviation</comment>
        <translation>Bili ges.</translation>
    </message>
    <message>
        <source>Gamma-glutamyl transferase</source>
        <translation>Gamma-Glutamyltransferase</translation>
    </message>
    <message>
        <source>GGT</source>
        <comment>abbreviation</comment>
        <translation>GGT</translation>
    </message>
    <message>
        <source>Albumin</source>
        <translation>Albumin</translation>
    </message>
    <message>
        <source>ALB</source>
        <comment>abbreviation</comment>
        <translation>Alb</translation>
    </message>
    <message>
        <source>CD4 T cells, absolute</source>
        <translation>CD4-T-Zellen, absolut</translation>
    </message>
    <message>
        <source>CD4</source>
        <comment>abbreviation</comment>
        <translation>CD4</translation>
    </message>
    <message>
        <source>CD8 T cells, absolute</source>
        <translation>CD8-T-Zellen, absolut</translation>
    </message>
    <message>
        <source>CD8</source>
        <comment>abbreviation</comment>
        <translation>CD8</translation>
    </message>
    <message>
        <source>CD4/CD8 ratio</source>
        <translation>CD4/CD8-Quotient</translation>
    </message>
    <message>
        <source>CD4/CD8</source>
        <comment>abbreviation</comment>
        <translation>CD4/CD8</translation>
    </message>
    <message>
        <source>Interleukin 6</source>
        <translation>Interleukin 6</translation>
    </message>
    <message>
        <source>IL-6</source>
        <comment>abbreviation</comment>
        <translation>IL-6</translation>
    </message>
    <message>
        <source>Immunoglobulin G</source>
        <translation>Immunglobulin G</translation>
    </message>
    <message>
        <source>IgG</source>
        <comment>abbreviation</comment>
        <translation>IgG</translation>
    </message>
    <message>
        <source>Hepatitis B virus DNA</source>
        <translation>Hepatitis-B-Virus-DNA</translation>
    </message>
    <message>
        <source>HBV DNA</source>
        <comment>abbreviation</comment>
        <translation>HBV-DNA</translation>
    </message>
    <message>
        <source>Hepatitis B e antigen</source>
        <translation>Hepatitis-B-Virus-e-Antigen</translation>
    </message>
    <message>
        <source>HBeAg</source>
        <comment>abbreviation</comment>
        <translation>HBeAg</translation>
    </message>
    <message>
        <source>Hepatitis B surface antigen</source>
        <translation>Hepatitis-B-Virus-Oberflächenantigen</translation>
    </message>
    <message>
        <source>HBsAg</source>
        <comment>abbreviation</comment>
        <translation>HBsAg</translation>
    </message>
</context>
<context>
    <name>seeds/protocols.toml</name>
    <message>
        <source>Thymosin Alpha-1 (thymalfasin)</source>
        <translation>Thymosin alpha 1 (Thymalfasin)</translation>
    </message>
    <message>
        <source>subcutaneous</source>
        <translation>subkutan</translation>
    </message>
    <message>
        <source>Single-use 1.6 mg vial reconstituted with 1.0 mL water for injection (1.6 mg/mL). Store at 2–8 °C.</source>
        <translation>Durchstechflasche zum Einmalgebrauch mit 1,6 mg, aufgelöst in 1,0 ml Wasser für Injektionszwecke (1,6 mg/ml). Bei 2–8 °C lagern.</translation>
    </message>
</context>
<context>
    <name>seeds/rules.toml</name>
    <message>
        <source>Liver enzymes and bilirubin both raised</source>
        <translation>Leberenzyme und Bilirubin beide erhöht</translation>
    </message>
    <message>
        <source>A lab result far outside its range</source>
        <translation>Ein Laborwert weit außerhalb seines Bereichs</translation>
    </message>
    <message>
        <source>NCI Common Terminology Criteria for Adverse Events (CTCAE) v5.0, 2017</source>
        <translation>NCI Common Terminology Criteria for Adverse Events (CTCAE) v5.0, 2017</translation>
    </message>
    <message>
        <source>TA1 article: lab changes, especially liver tests; NCI CTCAE v5.0 (2017)</source>
        <translation>TA1-Artikel: Veränderungen der Laborwerte, besonders der Leberwerte; NCI CTCAE v5.0 (2017)</translation>
    </message>
    <message>
        <source>Blood count or immune cells low</source>
        <translation>Blutbild oder Immunzellen niedrig</translation>
    </message>
    <message>
        <source>TA1 article: lab changes; NCI CTCAE v5.0 (2017)</source>
        <translation>TA1-Artikel: Veränderungen der Laborwerte; NCI CTCAE v5.0 (2017)</translation>
    </message>
    <message>
        <source>Hepatitis B virus DNA rising</source>
        <translation>Hepatitis-B-Virus-DNA steigt</translation>
    </message>
    <message>
        <source>HBV DNA rose by {log10_rise:g} log10 or more above its lowest value since the course began. Doctors call this a viral breakthrough and will want to know. Talk to your doctor.</source>
        <translation>Die HBV-DNA stieg um {log10_rise:g} log10 oder mehr über ihren niedrigsten Wert seit Beginn der Behandlung. Ärzte nennen das einen virologischen Durchbruch und möchten davon wissen. Sprechen Sie mit Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Canadian Liver Journal, hepatitis B treatment monitoring (viral breakthrough)</source>
        <translation>Canadian Liver Journal, Überwachung der Hepatitis-B-Behandlung (virologischer Durchbruch)</translation>
    </message>
    <message>
        <source>TA1 article: persistent problems at injection sites; post-injection care sheets: normal reactions settle in 1–2 days</source>
        <translation>TA1-Artikel: anhaltende Probleme an Injektionsstellen; Merkblätter zur Pflege nach Injektionen: normale Reaktionen klingen in 1–2 Tagen ab</translation>
    </message>
    <message>
        <source>The label says to use thymalfasin in pregnancy only if the benefits clearly outweigh the risks, and to take care while breastfeeding, as it is not known whether it passes into milk. Keep your doctor informed.</source>
        <translation>Laut Fachinformation soll Thymalfasin in der Schwangerschaft nur angewendet werden, wenn der Nutzen die Risiken klar überwiegt, und in der Stillzeit mit Vorsicht, da nicht bekannt ist, ob es in die Muttermilch übergeht. Halten Sie Ihren Arzt auf dem Laufenden.</translation>
    </message>
    <message>
        <source>A lab result outside its range</source>
        <translation>Ein Laborwert außerhalb seines Bereichs</translation>
    </message>
    <message>
        <source>A result was outside the range printed on your report: mildly (grade 1 of 5 on the CTCAE scale), or for a test the CTCAE scale does not grade. Worth mentioning to your doctor at your next visit.</source>
        <translation>Ein Wert lag außerhalb des Referenzbereichs auf Ihrem Befund: leicht (Grad 1 von 5 auf der CTCAE-Skala) oder bei einem Test, den die CTCAE-Skala nicht einstuft. Erwähnen Sie es beim nächsten Arztbesuch.</translation>
    </message>
    <message>
        <source>Liver test rising from your baseline</source>
        <translation>Leberwert steigt gegenüber Ihrem Ausgangswert</translation>
    </message>
    <message>
        <source>TA1 article: lab changes, especially liver tests</source>
        <translation>TA1-Artikel: Veränderungen der Laborwerte, besonders der Leberwerte</translation>
    </message>
    <message>
        <source>Unusual fatigue</source>
        <translation>Ungewöhnliche Erschöpfung</translation>
    </message>
    <message>
        <source>This was seen earlier, and newer results are back within their range. Mention it to your doctor at your next visit.</source>
        <translation>Das wurde früher gesehen, und neuere Werte liegen wieder im Referenzbereich. Erwähnen Sie es beim nächsten Arztbesuch.</translation>
    </message>
    <message>
        <source>ALT or AST was above {alt_ast_multiple:g}× its upper limit within {pair_days} days of bilirubin above {bili_multiple:g}× its upper limit, while ALP was below {alp_multiple:g}× its upper limit (or not measured). Doctors watch for this pattern closely. Please talk to your doctor soon and show them these results.</source>
        <translation>ALT oder AST lag über dem {alt_ast_multiple:g}-Fachen der oberen Grenze, innerhalb von {pair_days} Tagen zu einem Bilirubin über dem {bili_multiple:g}-Fachen der oberen Grenze, während die AP unter dem {alp_multiple:g}-Fachen der oberen Grenze lag (oder nicht gemessen wurde). Ärzte achten auf dieses Muster genau. Bitte sprechen Sie bald mit Ihrem Arzt und zeigen Sie ihm diese Werte.</translation>
    </message>
    <message>
        <source>FDA guidance on drug-induced liver injury (2009), Hy&apos;s law: ALT or AST &gt; 3× ULN with total bilirubin &gt; 2× ULN, without raised ALP; the window of days is Dosebook&apos;s choice</source>
        <translation>FDA-Leitfaden zur arzneimittelbedingten Leberschädigung (2009), Hy&apos;s Law: ALT oder AST &gt; 3× obere Grenze mit Gesamtbilirubin &gt; 2× obere Grenze, ohne erhöhte AP; das Tagesfenster wählt Dosebook</translation>
    </message>
    <message>
        <source>A result reached grade {min_grade} or more (of 5) on the CTCAE scale, counted from the range on your report. Please talk to your doctor soon and show them this result.</source>
        <translation>Ein Wert erreichte Grad {min_grade} oder mehr (von 5) auf der CTCAE-Skala, bezogen auf den Bereich auf Ihrem Befund. Bitte sprechen Sie bald mit Ihrem Arzt und zeigen Sie ihm diesen Wert.</translation>
    </message>
    <message>
        <source>The reaction was marked settled. Mention it to your doctor at your next visit, and contact them sooner if it comes back.</source>
        <translation>Die Reaktion wurde als abgeklungen markiert. Erwähnen Sie sie beim nächsten Arztbesuch und melden Sie sich früher, wenn sie wiederkommt.</translation>
    </message>
    <message>
        <source>An open sore or dead skin at an injection site</source>
        <translation>Offene Wunde oder abgestorbene Haut an einer Injektionsstelle</translation>
    </message>
    <message>
        <source>An injection site was noted with an open sore or dead skin. Please contact your doctor today. Hives, swelling of the face or lips, or trouble breathing are an emergency: call emergency services.</source>
        <translation>An einer Injektionsstelle wurde eine offene Wunde oder abgestorbene Haut eingetragen. Bitte wenden Sie sich noch heute an Ihren Arzt. Nesselsucht, Schwellung von Gesicht oder Lippen oder Atemnot sind ein Notfall: Rufen Sie den Notruf.</translation>
    </message>
    <message>
        <source>NCI CTCAE v5.0 (injection site reaction grade 3: ulceration or necrosis; anaphylaxis); post-injection care sheets</source>
        <translation>NCI CTCAE v5.0 (Reaktion an der Injektionsstelle Grad 3: Ulzeration oder Nekrose; Anaphylaxie); Merkblätter zur Pflege nach Injektionen</translation>
    </message>
    <message>
        <source>On thymalfasin for hepatitis B, a rise in ALT can come with the treatment working; your doctor can tell which it is.</source>
        <translation>Unter Thymalfasin bei Hepatitis B kann ein Anstieg der ALT mit dem Wirken der Behandlung einhergehen; Ihr Arzt kann sagen, was davon zutrifft.</translation>
    </message>
    <message>
        <source>Zadaxin label and hepatitis B trials: liver enzyme flares may accompany a response</source>
        <translation>Fachinformation Zadaxin und Studien bei Hepatitis B: Anstiege der Leberenzyme können ein Ansprechen begleiten</translation>
    </message>
    <message>
        <source>Liver test outside its range</source>
        <translation>Leberwert außerhalb seines Bereichs</translation>
    </message>
    <message>
        <source>A liver test reached grade {min_grade} or more (of 5) on the CTCAE scale, counted from the range printed on your report. The source article lists lab changes, especially liver tests, as a sign to talk to your doctor.</source>
        <translation>Ein Leberwert erreichte Grad {min_grade} oder mehr (von 5) auf der CTCAE-Skala, bezogen auf den Referenzbereich auf Ihrem Befund. Der Quellartikel nennt Veränderungen der Laborwerte, besonders der Leberwerte, als Anlass, mit Ihrem Arzt zu sprechen.</translation>
    </message>
    <message>
        <source>A blood count or immune cell result reached grade {min_grade} or more (of 5) on the CTCAE scale, below the range on your report. Talk to your doctor about it.</source>
        <translation>Ein Blutbild- oder Immunzellwert erreichte Grad {min_grade} oder mehr (von 5) auf der CTCAE-Skala, unter dem Bereich auf Ihrem Befund. Sprechen Sie mit Ihrem Arzt darüber.</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fieber</translation>
    </message>
    <message>
        <source>A temperature of {fever_c:g} °C or more on {min_days} of the last {days} days, or above {high_fever_c:g} °C once, or with a site reaction. Talk to your doctor about the fever.</source>
        <translation>Eine Temperatur von {fever_c:g} °C oder mehr an {min_days} der letzten {days} Tage, einmal über {high_fever_c:g} °C oder zusammen mit einer Reaktion an der Injektionsstelle. Sprechen Sie mit Ihrem Arzt über das Fieber.</translation>
    </message>
    <message>
        <source>Post-injection care sheets (fever of 38 °C or more); NCI CTCAE v5.0, fever (grade 1 from 38.0 °C, grade 2 above 39.0 °C)</source>
        <translation>Merkblätter zur Pflege nach Injektionen (Fieber ab 38 °C); NCI CTCAE v5.0, Fieber (Grad 1 ab 38,0 °C, Grad 2 über 39,0 °C)</translation>
    </message>
    <message>
        <source>New or more frequent symptoms</source>
        <translation>Neue oder häufigere Beschwerden</translation>
    </message>
    <message>
        <source>A symptom in the last {days} days is new to your diary, or came on more days than in the {days} days before. New or worsening symptoms are worth talking to your doctor about.</source>
        <translation>Eine Beschwerde der letzten {days} Tage ist neu in Ihrem Tagebuch oder trat an mehr Tagen auf als in den {days} Tagen davor. Über neue oder sich verschlimmernde Beschwerden lohnt es sich, mit Ihrem Arzt zu sprechen.</translation>
    </message>
    <message>
        <source>TA1 article: warning signs (new or worsening symptoms); Zadaxin label: adverse reactions (discomfort at the injection site; rarely joint pain with swollen hands, rash)</source>
        <translation>TA1-Artikel: Warnzeichen (neue oder sich verschlimmernde Beschwerden); Fachinformation Zadaxin: Nebenwirkungen (Beschwerden an der Injektionsstelle; selten Gelenkschmerzen mit geschwollenen Händen, Hautausschlag)</translation>
    </message>
    <message>
        <source>Fatigue was high on most of the last {days} days. The article lists unusual fatigue as a sign to talk to your doctor.</source>
        <translation>Die Erschöpfung war an den meisten der letzten {days} Tage hoch. Der Artikel nennt ungewöhnliche Erschöpfung als Zeichen, mit Ihrem Arzt zu sprechen.</translation>
    </message>
    <message>
        <source>TA1 article: warning signs (unusual fatigue); Fukuda et al. 1994 on prolonged fatigue</source>
        <translation>TA1-Artikel: Warnzeichen (ungewöhnliche Erschöpfung); Fukuda et al. 1994 zu anhaltender Erschöpfung</translation>
    </message>
    <message>
        <source>Feeling unwell most days</source>
        <translation>An den meisten Tagen unwohl</translation>
    </message>
    <message>
        <source>Well-being was low on most of the last {days} days. The article lists constant malaise as a sign to talk to your doctor.</source>
        <translation>Das Wohlbefinden war an den meisten der letzten {days} Tage niedrig. Der Artikel nennt ständiges Unwohlsein als Zeichen, mit Ihrem Arzt zu sprechen.</translation>
    </message>
    <message>
        <source>TA1 article: warning signs (constant malaise)</source>
        <translation>TA1-Artikel: Warnzeichen (ständiges Unwohlsein)</translation>
    </message>
    <message>
        <source>Symptoms getting worse</source>
        <translation>Symptome werden schlimmer</translation>
    </message>
    <message>
        <source>Your ratings over the last {days} days are worse than over the {days} days before. New or worsening symptoms are worth mentioning to your doctor.</source>
        <translation>Ihre Bewertungen der letzten {days} Tage sind schlechter als in den {days} Tagen davor. Neue oder schlimmer werdende Symptome sollten Sie Ihrem Arzt mitteilen.</translation>
    </message>
    <message>
        <source>TA1 article: warning signs (new or worsening symptoms)</source>
        <translation>TA1-Artikel: Warnzeichen (neue oder schlimmer werdende Symptome)</translation>
    </message>
    <message>
        <source>A lump at an injection site</source>
        <translation>Ein Knoten an einer Injektionsstelle</translation>
    </message>
    <message>
        <source>A lump was noted at an injection site. Avoid that zone until it has been looked at, and talk to your doctor about it.</source>
        <translation>An einer Injektionsstelle wurde ein Knoten bemerkt. Meiden Sie diesen Bereich, bis er angesehen wurde, und sprechen Sie mit Ihrem Arzt darüber.</translation>
    </message>
    <message>
        <source>TA1 article: persistent problems at injection sites</source>
        <translation>TA1-Artikel: anhaltende Probleme an Injektionsstellen</translation>
    </message>
    <message>
        <source>Injection-site reaction that lingers</source>
        <translation>Anhaltende Reaktion an einer Injektionsstelle</translation>
    </message>
    <message>
        <source>A reaction at an injection site lasted {hours:g} hours or more. Check your sites and injection technique, and talk to your doctor about it.</source>
        <translation>Eine Reaktion an einer Injektionsstelle dauerte {hours:g} Stunden oder länger. Prüfen Sie Ihre Injektionsstellen und -technik und sprechen Sie mit Ihrem Arzt darüber.</translation>
    </message>
    <message>
        <source>A liver test rose {percent:g}% or more above its value at the start of the course. Worth mentioning to your doctor at your next visit.</source>
        <translation>Ein Leberwert stieg um {percent:g} % oder mehr über seinen Wert zu Beginn der Behandlung. Erwähnen Sie es beim nächsten Arztbesuch.</translation>
    </message>
    <message>
        <source>TA1 article, monitoring table: blood count and liver tests every 3–6 months</source>
        <translation>TA1-Artikel, Tabelle zur Überwachung: Blutbild und Leberwerte alle 3–6 Monate</translation>
    </message>
    <message>
        <source>Immune markers, if you can get them</source>
        <translation>Immunmarker, wenn Sie sie bekommen können</translation>
    </message>
    <message>
        <source>The article suggests immune markers (CD4, CD8, interleukins) every 6–12 months, if they are accessible to you. Ask your doctor whether they are worth doing.</source>
        <translation>Der Artikel schlägt Immunmarker (CD4, CD8, Interleukine) alle 6–12 Monate vor, wenn sie für Sie zugänglich sind. Fragen Sie Ihren Arzt, ob sie sinnvoll sind.</translation>
    </message>
    <message>
        <source>TA1 article, monitoring table: immune markers every 6–12 months, if accessible</source>
        <translation>TA1-Artikel, Tabelle zur Überwachung: Immunmarker alle 6–12 Monate, wenn zugänglich</translation>
    </message>
    <message>
        <source>Hepatitis B tests after the course</source>
        <translation>Hepatitis-B-Tests nach der Behandlung</translation>
    </message>
    <message>
        <source>After a course for hepatitis B, the label suggests HBeAg, HBsAg, HBV DNA and ALT at 2, 4 and 6 months. Ask your doctor about these tests.</source>
        <translation>Nach einer Behandlung wegen Hepatitis B empfiehlt die Fachinformation HBeAg, HBsAg, HBV-DNA und ALT nach 2, 4 und 6 Monaten. Fragen Sie Ihren Arzt nach diesen Tests.</translation>
    </message>
    <message>
        <source>Zadaxin label (chronic hepatitis B): HBeAg, HBsAg, HBV DNA and ALT 2, 4 and 6 months after therapy; shown when your diary holds hepatitis B tests</source>
        <translation>Fachinformation Zadaxin (chronische Hepatitis B): HBeAg, HBsAg, HBV-DNA und ALT 2, 4 und 6 Monate nach der Therapie; gezeigt, wenn Ihr Tagebuch Hepatitis-B-Tests enthält</translation>
    </message>
    <message>
        <source>Reactions after several injections</source>
        <translation>Reaktionen nach mehreren Injektionen</translation>
    </message>
    <message>
        <source>Reactions followed {injections} or more injections within {days} days. Check your sites and technique, and talk to your doctor about it.</source>
        <translation>Auf {injections} oder mehr Injektionen innerhalb von {days} Tagen folgten Reaktionen. Prüfen Sie Ihre Injektionsstellen und -technik und sprechen Sie mit Ihrem Arzt darüber.</translation>
    </message>
    <message>
        <source>A vial to check before use</source>
        <translation>Eine Flasche vor Gebrauch prüfen</translation>
    </message>
    <message>
        <source>A vial is past its expiry or beyond-use time, or was frozen and thawed. Check with your pharmacist or doctor before using it.</source>
        <translation>Eine Flasche ist abgelaufen oder über ihre Haltbarkeit nach dem Auflösen hinaus, oder sie war gefroren und wurde aufgetaut. Fragen Sie Ihren Apotheker oder Arzt, bevor Sie sie verwenden.</translation>
    </message>
    <message>
        <source>Zadaxin label: store at 2–8 °C; source article: avoid freeze-thaw cycles</source>
        <translation>Zadaxin-Fachinformation: bei 2–8 °C lagern; Quellartikel: Einfrieren und Auftauen vermeiden</translation>
    </message>
    <message>
        <source>Standing caution: immune suppression or transplant</source>
        <translation>Dauerhafter Hinweis: Immunsuppression oder Transplantation</translation>
    </message>
    <message>
        <source>The label says thymalfasin should be considered contraindicated with deliberate immune suppression, such as after an organ transplant, unless the benefit clearly outweighs the risk. Keep your doctor informed.</source>
        <translation>Laut Fachinformation gilt Thymalfasin bei gewollter Immunsuppression, etwa nach einer Organtransplantation, als kontraindiziert, sofern der Nutzen das Risiko nicht klar überwiegt. Halten Sie Ihren Arzt auf dem Laufenden.</translation>
    </message>
    <message>
        <source>Zadaxin label (contraindications)</source>
        <translation>Zadaxin-Fachinformation (Gegenanzeigen)</translation>
    </message>
    <message>
        <source>Standing caution: pregnancy or breastfeeding</source>
        <translation>Dauerhafter Hinweis: Schwangerschaft oder Stillzeit</translation>
    </message>
    <message>
        <source>Zadaxin label (pregnancy category C; nursing mothers)</source>
        <translation>Zadaxin-Fachinformation (Schwangerschaftskategorie C; stillende Mütter)</translation>
    </message>
    <message>
        <source>Standing caution: under 18</source>
        <translation>Dauerhafter Hinweis: unter 18 Jahren</translation>
    </message>
    <message>
        <source>Safety under 18 has not been established. Keep your doctor informed.</source>
        <translation>Die Sicherheit unter 18 Jahren ist nicht belegt. Halten Sie Ihren Arzt auf dem Laufenden.</translation>
    </message>
    <message>
        <source>Zadaxin label (paediatric use)</source>
        <translation>Zadaxin-Fachinformation (Anwendung bei Kindern)</translation>
    </message>
    <message>
        <source>Standing caution: autoimmune disease</source>
        <translation>Dauerhafter Hinweis: Autoimmunerkrankung</translation>
    </message>
    <message>
        <source>Immune modulation may affect an autoimmune disease either way. Keep your doctor informed about the protocol and any change you notice.</source>
        <translation>Eine Beeinflussung des Immunsystems kann eine Autoimmunerkrankung in beide Richtungen verändern. Informieren Sie Ihren Arzt über das Behandlungsschema und jede Veränderung, die Sie bemerken.</translation>
    </message>
    <message>
        <source>TA1 article: cautions (autoimmune disease)</source>
        <translation>TA1-Artikel: Vorsichtshinweise (Autoimmunerkrankung)</translation>
    </message>
    <message>
        <source>Standing caution: other immune-active medicines</source>
        <translation>Dauerhafter Hinweis: andere Arzneimittel, die auf das Immunsystem wirken</translation>
    </message>
    <message>
        <source>Combining immune-active medicines is for medical supervision only. Make sure your doctor knows about all of them.</source>
        <translation>Arzneimittel, die auf das Immunsystem wirken, sollten nur unter ärztlicher Aufsicht kombiniert werden. Sorgen Sie dafür, dass Ihr Arzt alle kennt.</translation>
    </message>
    <message>
        <source>TA1 article and Zadaxin label: combination with other immune-active drugs</source>
        <translation>TA1-Artikel und Zadaxin-Fachinformation: Kombination mit anderen Arzneimitteln, die auf das Immunsystem wirken</translation>
    </message>
    <message>
        <source>A new kind of sickness</source>
        <translation>Eine neue Art von Krankheit</translation>
    </message>
    <message>
        <source>You marked a kind of sickness in the last {days} days that your diary has not had before. New symptoms are worth mentioning to your doctor.</source>
        <translation>Sie haben in den letzten {days} Tagen eine Art von Krankheit markiert, die Ihr Tagebuch bisher nicht hatte. Neue Symptome sollten Sie Ihrem Arzt mitteilen.</translation>
    </message>
    <message>
        <source>Labs overdue</source>
        <translation>Laborkontrollen überfällig</translation>
    </message>
    <message>
        <source>Some lab tests are past the interval the article suggests for monitoring. Ask your doctor about the next blood test.</source>
        <translation>Einige Laborkontrollen liegen über dem Abstand, den der Artikel zur Überwachung vorschlägt. Fragen Sie Ihren Arzt nach der nächsten Blutuntersuchung.</translation>
    </message>
    <message>
        <source>Doses missed</source>
        <translation>Dosen versäumt</translation>
    </message>
    <message>
        <source>{count} or more doses in the last {days} days have no injection logged. If you are unsure what to do about missed doses, ask your doctor or pharmacist; if they were taken, log them.</source>
        <translation>Für {count} oder mehr Dosen der letzten {days} Tage ist keine Injektion eingetragen. Wenn Sie unsicher sind, was bei versäumten Dosen zu tun ist, fragen Sie Ihren Arzt oder Apotheker; wenn sie genommen wurden, tragen Sie sie ein.</translation>
    </message>
    <message>
        <source>Your protocol&apos;s schedule</source>
        <translation>Der Zeitplan Ihres Behandlungsschemas</translation>
    </message>
</context>
<context>
    <name>seeds/zones.toml</name>
    <message>
        <source>Left upper abdomen</source>
        <translation>Bauch links oben</translation>
    </message>
    <message>
        <source>Right upper abdomen</source>
        <translation>Bauch rechts oben</translation>
    </message>
    <message>
        <source>Left lower abdomen</source>
        <translation>Bauch links unten</translation>
    </message>
    <message>
        <source>Right lower abdomen</source>
        <translation>Bauch rechts unten</translation>
    </message>
    <message>
        <source>Left flank</source>
        <translation>Linke Flanke</translation>
    </message>
    <message>
        <source>Right flank</source>
        <translation>Rechte Flanke</translation>
    </message>
    <message>
        <source>Left front thigh</source>
        <translation>Linker Oberschenkel vorne</translation>
    </message>
    <message>
        <source>Right front thigh</source>
        <translation>Rechter Oberschenkel vorne</translation>
    </message>
    <message>
        <source>Left outer thigh</source>
        <translation>Linker Oberschenkel außen</translation>
    </message>
    <message>
        <source>Right outer thigh</source>
        <translation>Rechter Oberschenkel außen</translation>
    </message>
    <message>
        <source>Back of left arm</source>
        <translation>Linker Oberarm hinten</translation>
    </message>
    <message>
        <source>Back of right arm</source>
        <translation>Rechter Oberarm hinten</translation>
    </message>
    <message>
        <source>Left upper outer buttock</source>
        <translation>Gesäß links oben außen</translation>
    </message>
    <message>
        <source>Right upper outer buttock</source>
        <translation>Gesäß rechts oben außen</translation>
    </message>
</context>
</TS>
