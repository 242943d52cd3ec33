<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Rounds</source>
        <translation>Über Rounds</translation>
    </message>
    <message>
        <source>Rounds %1</source>
        <translation>Rounds %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Schriften</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Narrative cards and shared notes for interdisciplinary ward rounds. The licences of what it ships are below; each font&apos;s licence file is in the application&apos;s resources.</source>
        <translation>Patientenkarten und gemeinsame Notizen für interdisziplinäre Visiten. Unten stehen die Lizenzen der mitgelieferten Komponenten; die Lizenzdatei jeder Schrift liegt in den Ressourcen der Anwendung.</translation>
    </message>
    <message>
        <source>Version, database and licences</source>
        <translation>Version, Datenbank und Lizenzen</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>opened by %1, %2</source>
        <translation>eröffnet von %1, %2</translation>
    </message>
    <message>
        <source>Done by %1, %2</source>
        <translation>Erledigt von %1, %2</translation>
    </message>
    <message>
        <source>Cancelled by %1, %2</source>
        <translation>Abgebrochen von %1, %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Als erledigt markieren: %1</translation>
    </message>
    <message>
        <source>Cancel action</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Cancel the action: %1</source>
        <translation>Aufgabe abbrechen: %1</translation>
    </message>
    <message>
        <source>No longer needed; it stays in the list</source>
        <translation>Nicht mehr nötig; bleibt in der Liste</translation>
    </message>
    <message>
        <source>Action %1: what we will do</source>
        <translation>Aufgabe %1: was wir tun</translation>
    </message>
    <message>
        <source>What we will do</source>
        <translation>Was wir tun</translation>
    </message>
    <message>
        <source>Action %1: owner</source>
        <translation>Aufgabe %1: zuständig</translation>
    </message>
    <message>
        <source>Owner (a role or a name)</source>
        <translation>Zuständig (Rolle oder Name)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Action %1: due date</source>
        <translation>Aufgabe %1: fällig am</translation>
    </message>
    <message>
        <source>Action %1: done</source>
        <translation>Aufgabe %1: erledigt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove action %1</source>
        <translation>Aufgabe %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ActionWording</name>
    <message>
        <source>Someone else (%1) closed it already; the list now shows it as it is.</source>
        <translation>Jemand anderes (%1) hat es bereits abgeschlossen; die Liste zeigt nun den aktuellen Stand.</translation>
    </message>
    <message>
        <source>Someone else closed it already; the list now shows it as it is.</source>
        <translation>Jemand anderes hat es bereits abgeschlossen; die Liste zeigt nun den aktuellen Stand.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Niemand benannt</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>Überfällig: fällig am %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Morgen fällig</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>Bildschirm &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;My actions…</source>
        <translation>&amp;Meine Aufgaben…</translation>
    </message>
    <message>
        <source>Start &amp;round…</source>
        <translation>&amp;Visite starten…</translation>
    </message>
    <message>
        <source>&amp;About Rounds</source>
        <translation>&amp;Über Rounds</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Load the census again</source>
        <translation>Patientenliste neu laden</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Patient &amp;finden</translation>
    </message>
    <message>
        <source>Move patient &amp;up</source>
        <translation>Patient nach &amp;oben</translation>
    </message>
    <message>
        <source>Move patient &amp;down</source>
        <translation>Patient nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>&amp;Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Admit patient…</source>
        <translation>Patient &amp;aufnehmen…</translation>
    </message>
    <message>
        <source>&amp;Move bed…</source>
        <translation>Bett &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Discharge patient…</source>
        <translation>Patient &amp;entlassen…</translation>
    </message>
    <message>
        <source>&amp;Wards and beds…</source>
        <translation>&amp;Stationen und Betten…</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Benutzer und Rollen…</translation>
    </message>
    <message>
        <source>&amp;Downtime printing…</source>
        <translation>&amp;Ausfallbögen drucken…</translation>
    </message>
    <message>
        <source>Print discharge summary (&amp;team)…</source>
        <translation>Entlassbericht drucken (&amp;Team)…</translation>
    </message>
    <message>
        <source>Print discharge summary (&amp;patient)…</source>
        <translation>Entlassbericht drucken (&amp;Patient)…</translation>
    </message>
    <message>
        <source>Print &amp;handoff sheet…</source>
        <translation>&amp;Übergabebogen drucken…</translation>
    </message>
    <message>
        <source>Print discharge summaries for the &amp;whole ward…</source>
        <translation>Entlassberichte für die &amp;ganze Station drucken…</translation>
    </message>
    <message>
        <source>&amp;Import census…</source>
        <translation>Patientenliste &amp;importieren…</translation>
    </message>
    <message>
        <source>Case &amp;reviews…</source>
        <translation>&amp;Fallbesprechungen…</translation>
    </message>
    <message>
        <source>Record &amp;how the patient is…</source>
        <translation>&amp;Befinden des Patienten erfassen…</translation>
    </message>
    <message>
        <source>Rounds &amp;insights…</source>
        <translation>Visiten-&amp;Auswertungen…</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Actions</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Keine offenen Aufgaben.</translation>
    </message>
    <message>
        <source>If … then …</source>
        <translation>Wenn … dann …</translation>
    </message>
    <message>
        <source>No contingencies.</source>
        <translation>Keine Wenn-dann-Pläne.</translation>
    </message>
    <message>
        <source>Actions — %1</source>
        <translation>Aufgaben — %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln offen</numerusform>
            <numerusform>%Ln offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done and cancelled: %Ln</source>
        <translation>
            <numerusform>Erledigt und abgebrochen: %Ln</numerusform>
            <numerusform>Erledigt und abgebrochen: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed it already; the list now shows it as it is.</source>
        <translation>Jemand anderes hat es bereits geändert; die Liste zeigt nun den aktuellen Stand.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Letters a–z, digits, dot, dash</source>
        <translation>Buchstaben a–z, Ziffern, Punkt, Bindestrich</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Anzeigename</translation>
    </message>
    <message>
        <source>D&amp;iscipline</source>
        <translation>Be&amp;rufsgruppe</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>R&amp;olle</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the name colleagues will see.</source>
        <translation>Geben Sie den Namen ein, den Kollegen sehen.</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <source>There is no ward to admit to yet: add one in Wards and beds.</source>
        <translation>Noch keine Station für die Aufnahme: Legen Sie eine unter „Stationen und Betten“ an.</translation>
    </message>
    <message>
        <source>That ward is no longer there; reload the census.</source>
        <translation>Diese Station gibt es nicht mehr; laden Sie die Patientenliste neu.</translation>
    </message>
    <message>
        <source>Choose a patient in the census first.</source>
        <translation>Wählen Sie zuerst einen Patienten in der Patientenliste.</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit patient</source>
        <translation>Patient aufnehmen</translation>
    </message>
    <message>
        <source>Admit a patient to %1</source>
        <translation>Patient auf %1 aufnehmen</translation>
    </message>
    <message>
        <source>What the patient likes to be called</source>
        <translation>Wie der Patient angesprochen werden möchte</translation>
    </message>
    <message>
        <source>e.g. she/her</source>
        <translation>z. B. sie/ihr</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>&amp;Dolmetscher nötig</translation>
    </message>
    <message>
        <source>No bed yet</source>
        <translation>Noch kein Bett</translation>
    </message>
    <message>
        <source>Why they are here, in one line</source>
        <translation>Warum der Patient hier ist, in einer Zeile</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>Der Patient</translation>
    </message>
    <message>
        <source>&amp;MRN</source>
        <translation>&amp;Patienten-ID</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation>&amp;Rufname</translation>
    </message>
    <message>
        <source>Pro&amp;nouns</source>
        <translation>Pr&amp;onomen</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>Bevorzugte &amp;Sprache</translation>
    </message>
    <message>
        <source>The admission</source>
        <translation>Die Aufnahme</translation>
    </message>
    <message>
        <source>&amp;Bed</source>
        <translation>&amp;Bett</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>Sch&amp;weregrad</translation>
    </message>
    <message>
        <source>&amp;One-liner</source>
        <translation>&amp;Kurzbeschreibung</translation>
    </message>
    <message>
        <source>&amp;Expected discharge</source>
        <translation>&amp;Erwartete Entlassung</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Enter the MRN.</source>
        <translation>Geben Sie die Patienten-ID ein.</translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation>Geben Sie den Vornamen ein.</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Geben Sie den Nachnamen ein.</translation>
    </message>
</context>
<context>
    <name>AllergiesSection</name>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Allergien und Unverträglichkeiten</translation>
    </message>
    <message>
        <source>allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation>Allergie hinzufügen</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Keine bekannten Allergien</translation>
    </message>
    <message>
        <source>Record that the patient was asked and has no known allergies</source>
        <translation>Erfassen, dass der Patient gefragt wurde und keine Allergien bekannt sind</translation>
    </message>
    <message>
        <source>e.g. Penicillin</source>
        <translation>z. B. Penicillin</translation>
    </message>
    <message>
        <source>e.g. anaphylaxis, rash</source>
        <translation>z. B. Anaphylaxie, Ausschlag</translation>
    </message>
    <message>
        <source>Su&amp;bstance</source>
        <translation>&amp;Substanz</translation>
    </message>
    <message>
        <source>Reactio&amp;n</source>
        <translation>&amp;Reaktion</translation>
    </message>
    <message>
        <source>Severity of the reaction</source>
        <translation>Schweregrad der Reaktion</translation>
    </message>
    <message>
        <source>Ris&amp;k of a serious reaction</source>
        <translation>R&amp;isiko einer schweren Reaktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Zurückziehen…</translation>
    </message>
    <message>
        <source>Withdraw %1: entered in error</source>
        <translation>%1 zurückziehen: irrtümlich erfasst</translation>
    </message>
    <message>
        <source>Allergies not asked yet</source>
        <translation>Allergien noch nicht erfragt</translation>
    </message>
    <message>
        <source>No known allergies — %1</source>
        <translation>Keine bekannten Allergien — %1</translation>
    </message>
    <message numerus="yes">
        <source>Allergies recorded: %Ln</source>
        <translation>
            <numerusform>Erfasste Allergien: %Ln</numerusform>
            <numerusform>Erfasste Allergien: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the substance.</source>
        <translation>Geben Sie die Substanz an.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend your entry</source>
        <translation>Eigenen Eintrag korrigieren</translation>
    </message>
    <message>
        <source>%1 · %2 · written %3</source>
        <translation>%1 · %2 · geschrieben %3</translation>
    </message>
    <message>
        <source>The text as it was stays in the entry&apos;s history, with your reason.</source>
        <translation>Der bisherige Text bleibt mit Ihrer Begründung im Verlauf des Eintrags.</translation>
    </message>
    <message>
        <source>Amended entry</source>
        <translation>Korrigierter Eintrag</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Grund der Korrektur</translation>
    </message>
    <message>
        <source>For example: wrong dose written down</source>
        <translation>Zum Beispiel: falsche Dosis notiert</translation>
    </message>
    <message>
        <source>&amp;Reason for the amendment (required)</source>
        <translation>&amp;Grund der Korrektur (Pflichtfeld)</translation>
    </message>
    <message>
        <source>&amp;Share with patient</source>
        <translation>Mit Patient &amp;teilen</translation>
    </message>
    <message>
        <source>Share this entry with the patient</source>
        <translation>Diesen Eintrag mit dem Patienten teilen</translation>
    </message>
    <message>
        <source>A sensitive entry is never shared with the patient</source>
        <translation>Ein vertraulicher Eintrag wird nie mit dem Patienten geteilt</translation>
    </message>
    <message>
        <source>Print this entry on the patient&apos;s own copy</source>
        <translation>Diesen Eintrag auf das Patientenexemplar drucken</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>The entry cannot be empty.</source>
        <translation>Der Eintrag darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Change the text, or whether it is shared, to amend the entry.</source>
        <translation>Ändern Sie den Text oder die Freigabe, um den Eintrag zu korrigieren.</translation>
    </message>
    <message>
        <source>Say why you are amending the entry.</source>
        <translation>Geben Sie an, warum Sie den Eintrag korrigieren.</translation>
    </message>
</context>
<context>
    <name>AmendReviewDialog</name>
    <message>
        <source>Amend a final review</source>
        <translation>Abgeschlossene Fallbesprechung korrigieren</translation>
    </message>
    <message>
        <source>For example: a fact was wrong</source>
        <translation>Zum Beispiel: Eine Angabe war falsch</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Abschnitt</translation>
    </message>
    <message>
        <source>&amp;New text</source>
        <translation>&amp;Neuer Text</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Korrigieren</translation>
    </message>
    <message>
        <source>The text before stays visible, struck through, with your reason.</source>
        <translation>Der bisherige Text bleibt durchgestrichen sichtbar, mit Ihrer Begründung.</translation>
    </message>
    <message>
        <source>The text is unchanged: there is nothing to amend.</source>
        <translation>Der Text ist unverändert: Es gibt nichts zu korrigieren.</translation>
    </message>
    <message>
        <source>Say why it is amended.</source>
        <translation>Geben Sie an, warum korrigiert wird.</translation>
    </message>
</context>
<context>
    <name>AmendmentsView</name>
    <message>
        <source>Amendments</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>%1 — amended by %2, %3</source>
        <translation>%1 — korrigiert von %2, %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>%1. Before: %2. After: %3. %4</source>
        <translation>%1. Vorher: %2. Nachher: %3. %4</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Rounds closed unexpectedly last time; a report is in %1</source>
        <translation>Rounds wurde beim letzten Mal unerwartet beendet; ein Bericht liegt in %1</translation>
    </message>
    <message>
        <source>check the path or the server address.</source>
        <translation>prüfen Sie den Pfad oder die Serveradresse.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Rounds could not open the database: %1</source>
        <translation>Rounds konnte die Datenbank nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Pharmacy is not here: who takes the medicine questions back?</source>
        <translation>Pharmazie fehlt: Wer klärt die Fragen zu Medikamenten?</translation>
    </message>
    <message>
        <source>Social work is not here: who follows up home and supports?</source>
        <translation>Sozialdienst fehlt: Wer klärt Zuhause und Unterstützung?</translation>
    </message>
    <message>
        <source>Who is &amp;here</source>
        <translation>&amp;Anwesend</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>Ward-room screen</source>
        <translation>Stationsbildschirm</translation>
    </message>
    <message>
        <source>Names shown</source>
        <translation>Namen sichtbar</translation>
    </message>
    <message>
        <source>Code status shown</source>
        <translation>Reanimationsstatus sichtbar</translation>
    </message>
    <message>
        <source>What matters most</source>
        <translation>Was am wichtigsten ist</translation>
    </message>
    <message>
        <source>Goals of care</source>
        <translation>Therapieziele</translation>
    </message>
    <message>
        <source>If … then</source>
        <translation>Wenn … dann</translation>
    </message>
    <message>
        <source>New since the last round</source>
        <translation>Neu seit der letzten Visite</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Entlassung</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>No bed</source>
        <translation>Kein Bett</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>The automatic backup could not be written; your work is saved as usual. Details are in the log.</source>
        <translation>Die automatische Sicherung konnte nicht geschrieben werden; Ihre Arbeit ist wie gewohnt gespeichert. Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>CallContactsSection</name>
    <message>
        <source>Numbers to call</source>
        <translation>Rufnummern</translation>
    </message>
    <message>
        <source>No numbers to call yet.</source>
        <translation>Noch keine Rufnummern.</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Nummer hinzufügen</translation>
    </message>
    <message>
        <source>Ward 7B, district nurses, GP surgery…</source>
        <translation>Station 7B, ambulanter Pflegedienst, Hausarztpraxis…</translation>
    </message>
    <message>
        <source>020 7946 0123</source>
        <translation>030 1234567</translation>
    </message>
    <message>
        <source>Weekdays 9 to 5</source>
        <translation>Werktags 9 bis 17 Uhr</translation>
    </message>
    <message>
        <source>Name or service</source>
        <translation>Name oder Dienst</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>When it answers</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>CardField</name>
    <message>
        <source>Who I am</source>
        <translation>Wer ich bin</translation>
    </message>
    <message>
        <source>What matters most to me</source>
        <translation>Was mir am wichtigsten ist</translation>
    </message>
    <message>
        <source>Hopes</source>
        <translation>Hoffnungen</translation>
    </message>
    <message>
        <source>Worries and fears</source>
        <translation>Sorgen und Ängste</translation>
    </message>
    <message>
        <source>Culture, faith and language</source>
        <translation>Kultur, Glaube und Sprache</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>Kommunikationsbedarf</translation>
    </message>
    <message>
        <source>Home and supports</source>
        <translation>Zuhause und Unterstützung</translation>
    </message>
    <message>
        <source>Goals of care</source>
        <translation>Therapieziele</translation>
    </message>
</context>
<context>
    <name>CardTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>vor einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>vor einer Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>a day ago</source>
        <translation>vor einem Tag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardUndo</name>
    <message>
        <source>typing in %1</source>
        <translation>Eingabe in %1</translation>
    </message>
    <message>
        <source>voice of %1</source>
        <translation>Wessen Worte in %1</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Recovered unsaved text from %1.</source>
        <translation>Nicht gespeicherter Text von %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Not saved: a newer version is stored. Save again to compare.</source>
        <translation>Nicht gespeichert: Eine neuere Version liegt vor. Speichern Sie erneut, um zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>Patient&apos;s own words</source>
        <translation>Worte des Patienten</translation>
    </message>
    <message>
        <source>Family / carer</source>
        <translation>Angehörige / Pflegeperson</translation>
    </message>
    <message>
        <source>Clinician summary</source>
        <translation>Klinische Zusammenfassung</translation>
    </message>
    <message>
        <source>Ask: what would you like us to call you, and what should we know about you?</source>
        <translation>Fragen Sie: Wie möchten Sie angesprochen werden, und was sollten wir über Sie wissen?</translation>
    </message>
    <message>
        <source>Ask: what matters most to you right now?</source>
        <translation>Fragen Sie: Was ist Ihnen gerade am wichtigsten?</translation>
    </message>
    <message>
        <source>Ask: what are you hoping for?</source>
        <translation>Fragen Sie: Was erhoffen Sie sich?</translation>
    </message>
    <message>
        <source>Ask: what worries you most?</source>
        <translation>Fragen Sie: Was macht Ihnen am meisten Sorgen?</translation>
    </message>
    <message>
        <source>Ask: is there anything about your culture, faith or language we should know?</source>
        <translation>Fragen Sie: Sollten wir etwas über Ihre Kultur, Ihren Glauben oder Ihre Sprache wissen?</translation>
    </message>
    <message>
        <source>Ask: how can we best talk and share information with you?</source>
        <translation>Fragen Sie: Wie können wir am besten mit Ihnen sprechen und Informationen teilen?</translation>
    </message>
    <message>
        <source>Ask: who is at home, and who helps you?</source>
        <translation>Fragen Sie: Wer lebt bei Ihnen, und wer hilft Ihnen?</translation>
    </message>
    <message>
        <source>Talk through what the patient wants from their care.</source>
        <translation>Besprechen Sie, was der Patient von seiner Behandlung erwartet.</translation>
    </message>
</context>
<context>
    <name>CensusBadges</name>
    <message>
        <source>%1 unassessed</source>
        <translation>%1 nicht geprüft</translation>
    </message>
    <message>
        <source>NBM</source>
        <translation>Nüchtern</translation>
    </message>
    <message>
        <source>%1 %2d</source>
        <translation>%1 %2 d</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Therapiebegrenzung</translation>
    </message>
    <message>
        <source>DNACPR</source>
        <extracomment>the role under which the census model gives a row&apos;s badges</extracomment>
        <translation>DNR</translation>
    </message>
    <message>
        <source>CPR?</source>
        <translation>Rea?</translation>
    </message>
    <message>
        <source>Allergy!</source>
        <translation>Allergie!</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Allergies?</source>
        <translation>Allergien?</translation>
    </message>
    <message>
        <source>NKA</source>
        <translation>KbA</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Sturz</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Kost</translation>
    </message>
    <message>
        <source>Aids</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zugänge</translation>
    </message>
    <message>
        <source>VTE</source>
        <translation>VTE</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>CensusFiles</name>
    <message>
        <source>Import census</source>
        <translation>Patientenliste importieren</translation>
    </message>
    <message>
        <source>Census files (*.json *.csv)</source>
        <translation>Belegungsdateien (*.json *.csv)</translation>
    </message>
    <message>
        <source>FHIR R4 bundles and resources (*.json)</source>
        <translation>FHIR-R4-Bundles und -Ressourcen (*.json)</translation>
    </message>
    <message>
        <source>CSV census (*.csv)</source>
        <translation>CSV-Patientenliste (*.csv)</translation>
    </message>
    <message>
        <source>Choose FHIR files (.json), or one CSV census on its own; nothing was imported.</source>
        <translation>Wählen Sie FHIR-Dateien (.json) oder eine einzelne CSV-Patientenliste; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>CensusTableModel</name>
    <message>
        <source>Bed</source>
        <extracomment>the admission ids in the order the user just gave them (by drag or keyboard) the row&apos;s admission id, on every column (survives the search proxy) folded names and bed label that the search proxy matches against</extracomment>
        <translation>Bett</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Entlassung</translation>
    </message>
    <message>
        <source>Bed label</source>
        <translation>Bettbezeichnung</translation>
    </message>
    <message>
        <source>The name the ward uses for the patient; below it, code status, allergies, the safety check, interpreter, goals of care due, new entries and open actions</source>
        <translation>Der Name, den die Station für den Patienten verwendet; darunter Reanimationsstatus, Allergien, Sicherheitscheck, Dolmetscher, fällige Therapieziele, neue Einträge und offene Aufgaben</translation>
    </message>
    <message>
        <source>Illness severity (I-PASS)</source>
        <translation>Schweregrad der Erkrankung (I-PASS)</translation>
    </message>
    <message>
        <source>Days in hospital</source>
        <translation>Tage im Krankenhaus</translation>
    </message>
    <message>
        <source>Expected discharge date</source>
        <translation>Voraussichtliches Entlassdatum</translation>
    </message>
    <message>
        <source>Expected home %1</source>
        <translation>Nach Hause voraussichtlich %1</translation>
    </message>
    <message>
        <source>Expected discharge date has passed: %1</source>
        <translation>Voraussichtliches Entlassdatum überschritten: %1</translation>
    </message>
    <message>
        <source>No bed</source>
        <translation>Kein Bett</translation>
    </message>
    <message>
        <source>Pronouns: %1</source>
        <translation>Pronomen: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Illness severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message numerus="yes">
        <source>Days in hospital: %Ln</source>
        <translation>
            <numerusform>Tage im Krankenhaus: %Ln</numerusform>
            <numerusform>Tage im Krankenhaus: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No expected discharge date yet</source>
        <translation>Noch kein voraussichtliches Entlassdatum</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Dolmetscher nötig</translation>
    </message>
    <message>
        <source>Needs an interpreter: %1</source>
        <translation>Dolmetscher nötig: %1</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>Goals due</source>
        <translation>Ziele fällig</translation>
    </message>
    <message>
        <source>Goals of care are due to be revisited</source>
        <translation>Die Therapieziele sollten überprüft werden</translation>
    </message>
    <message numerus="yes">
        <source>New entries since the last round: %Ln</source>
        <translation>
            <numerusform>Neue Einträge seit der letzten Visite: %Ln</numerusform>
            <numerusform>Neue Einträge seit der letzten Visite: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New: %Ln</source>
        <translation>
            <numerusform>Neu: %Ln</numerusform>
            <numerusform>Neu: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actions: %Ln</source>
        <translation>
            <numerusform>Aufgaben: %Ln</numerusform>
            <numerusform>Aufgaben: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open actions: %Ln</source>
        <translation>
            <numerusform>Offene Aufgaben: %Ln</numerusform>
            <numerusform>Offene Aufgaben: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (%2 überfällig)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>overdue: %Ln</source>
        <translation>
            <numerusform>überfällig: %Ln</numerusform>
            <numerusform>überfällig: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CensusView</name>
    <message>
        <source>Ward</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>&amp;Ward</source>
        <translation>&amp;Station</translation>
    </message>
    <message>
        <source>Search by name or bed</source>
        <translation>Nach Name oder Bett suchen</translation>
    </message>
    <message>
        <source>Name or bed</source>
        <translation>Name oder Bett</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>Ward census</source>
        <translation>Patientenliste</translation>
    </message>
    <message>
        <source>There are no wards in this database yet. An administrator adds them in Ward ▸ Wards and beds.</source>
        <translation>In dieser Datenbank gibt es noch keine Stationen. Ein Administrator legt sie unter Station ▸ Stationen und Betten an.</translation>
    </message>
    <message>
        <source>The round order was not saved: %1</source>
        <translation>Die Visitenreihenfolge wurde nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Patients on the ward: %Ln</source>
        <translation>
            <numerusform>Patienten auf der Station: %Ln</numerusform>
            <numerusform>Patienten auf der Station: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching the search: %1 of %2</source>
        <translation>Treffer der Suche: %1 von %2</translation>
    </message>
</context>
<context>
    <name>ChangeFollower</name>
    <message>
        <source>The database cannot be reached.</source>
        <translation>Die Datenbank ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>The role decides what the account may do on every ward.</source>
        <translation>Die Rolle bestimmt, was das Konto auf jeder Station darf.</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>No data for these dates.</source>
        <translation>Keine Daten für diesen Zeitraum.</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <source>Readiness checklist</source>
        <translation>Entlass-Checkliste</translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation>Neuer Checklistenpunkt</translation>
    </message>
    <message>
        <source>Another item, e.g. Oxygen at home arranged</source>
        <translation>Weiterer Punkt, z. B. Sauerstoff für zu Hause organisiert</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Neuer Punkt</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>Ticked by %1</source>
        <translation>Abgehakt von %1</translation>
    </message>
    <message>
        <source>Ticked by %1, %2</source>
        <translation>Abgehakt von %1, %2</translation>
    </message>
    <message>
        <source>Type the item to add first.</source>
        <translation>Geben Sie zuerst den neuen Punkt ein.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Two versions of the same text</source>
        <translation>Zwei Versionen desselben Textes</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>Saved by %1, %2</source>
        <translation>Gespeichert von %1, %2</translation>
    </message>
    <message>
        <source>%1 was changed while you were editing</source>
        <translation>%1 wurde während Ihrer Bearbeitung geändert</translation>
    </message>
    <message>
        <source>%1 saved a newer version. Nothing has been overwritten: choose what to keep.</source>
        <translation>%1 hat eine neuere Version gespeichert. Nichts wurde überschrieben: Wählen Sie, was Sie behalten möchten.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Their version: %1</source>
        <translation>Andere Version: %1</translation>
    </message>
    <message>
        <source>Underlined and highlighted: words the other version does not have.</source>
        <translation>Unterstrichen und hervorgehoben: Wörter, die in der anderen Version fehlen.</translation>
    </message>
    <message>
        <source>Your version (not saved)</source>
        <translation>Ihre Version (nicht gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Merged text — theirs first, then yours; edit it into one</source>
        <translation>&amp;Zusammengeführter Text — erst die andere, dann Ihre Version; bearbeiten Sie ihn zu einem</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Andere behalten</translation>
    </message>
    <message>
        <source>M&amp;erge…</source>
        <translation>Zusammen&amp;führen…</translation>
    </message>
    <message>
        <source>&amp;Save merged text</source>
        <translation>Zusammengeführten Text &amp;speichern</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Später &amp;entscheiden</translation>
    </message>
    <message>
        <source>Go back to your text; nothing is saved yet (Esc)</source>
        <translation>Zurück zu Ihrem Text; noch ist nichts gespeichert (Esc)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Rounds — console</source>
        <translation>Rounds — Konsole</translation>
    </message>
    <message>
        <source>Time on this patient</source>
        <translation>Zeit für diesen Patienten</translation>
    </message>
    <message>
        <source>What the keys do</source>
        <translation>Was die Tasten tun</translation>
    </message>
    <message>
        <source>Patients in this round</source>
        <translation>Patienten dieser Visite</translation>
    </message>
    <message>
        <source>Screen for the ward-room view</source>
        <translation>Bildschirm für die Raumanzeige</translation>
    </message>
    <message>
        <source>&amp;Ward-room screen</source>
        <translation>&amp;Stationsbildschirm</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <source>target %1%2</source>
        <translation>Ziel %1%2</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Schritt %1 von %2 · %3</translation>
    </message>
    <message>
        <source>Navigating: letters are the round&apos;s keys (C entry, A action)</source>
        <translation>Navigation: Buchstaben sind die Visitentasten (C Eintrag, A Aufgabe)</translation>
    </message>
    <message>
        <source>Typing an entry: Enter adds it, Esc returns to the round</source>
        <translation>Eintrag schreiben: Enter fügt ihn hinzu, Esc zurück zur Visite</translation>
    </message>
    <message>
        <source>Typing an action: Enter adds it, Esc returns to the round</source>
        <translation>Aufgabe schreiben: Enter fügt sie hinzu, Esc zurück zur Visite</translation>
    </message>
    <message>
        <source>Typing: Esc returns to the round</source>
        <translation>Eingabe: Esc zurück zur Visite</translation>
    </message>
</context>
<context>
    <name>ConsoleCard</name>
    <message>
        <source>The patient&apos;s card in full</source>
        <translation>Die vollständige Patientenkarte</translation>
    </message>
    <message>
        <source>In one line</source>
        <translation>In einem Satz</translation>
    </message>
    <message>
        <source>What matters most</source>
        <translation>Was am wichtigsten ist</translation>
    </message>
    <message>
        <source>Goals of care</source>
        <translation>Therapieziele</translation>
    </message>
    <message>
        <source>New since the last round</source>
        <translation>Neu seit der letzten Visite</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Entlassung</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>If … then</source>
        <translation>Wenn … dann</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Next of kin and contacts</source>
        <translation>Angehörige und Kontakte</translation>
    </message>
    <message>
        <source>No contacts recorded yet.</source>
        <translation>Noch keine Kontakte erfasst.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>e.g. daughter, neighbour</source>
        <translation>z. B. Tochter, Nachbar</translation>
    </message>
    <message>
        <source>e.g. 07700 900123</source>
        <translation>z. B. 0170 1234567</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Nächste Angehörige</translation>
    </message>
    <message>
        <source>Decision-maker (proxy or power of attorney)</source>
        <translation>Entscheidungsbefugt (Bevollmächtigte/r oder Betreuer/in)</translation>
    </message>
    <message>
        <source>Patient agrees we may share information</source>
        <translation>Patient stimmt der Weitergabe von Informationen zu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>next of kin</source>
        <translation>nächste Angehörige</translation>
    </message>
    <message>
        <source>decision-maker</source>
        <translation>entscheidungsbefugt</translation>
    </message>
    <message>
        <source>may be told</source>
        <translation>darf informiert werden</translation>
    </message>
    <message>
        <source>not to be told without asking</source>
        <translation>nicht ohne Rückfrage informieren</translation>
    </message>
    <message>
        <source>No longer a contact</source>
        <translation>Kein Kontakt mehr</translation>
    </message>
    <message>
        <source>%1 is no longer a contact</source>
        <translation>%1 ist kein Kontakt mehr</translation>
    </message>
    <message>
        <source>Give the contact&apos;s name.</source>
        <translation>Geben Sie den Namen des Kontakts an.</translation>
    </message>
</context>
<context>
    <name>ContingencyForm</name>
    <message>
        <source>If</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>For example: temperature above 38.5 °C</source>
        <translation>Zum Beispiel: Temperatur über 38,5 °C</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>For example: take blood cultures and call the doctor</source>
        <translation>Zum Beispiel: Blutkulturen abnehmen und Arzt rufen</translation>
    </message>
    <message>
        <source>Add contin&amp;gency</source>
        <translation>Wenn-dann-Plan &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Con&amp;dition</source>
        <translation>&amp;Bedingung</translation>
    </message>
    <message>
        <source>The&amp;n</source>
        <translation>&amp;Dann</translation>
    </message>
</context>
<context>
    <name>ContingencyRow</name>
    <message>
        <source>If</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>then</source>
        <translation>dann</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Retire the contingency: %1</source>
        <translation>Wenn-dann-Plan zurückziehen: %1</translation>
    </message>
    <message>
        <source>It no longer applies; it is kept, not deleted</source>
        <translation>Gilt nicht mehr; wird aufbewahrt, nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>ContributionsView</name>
    <message>
        <source>Show entries from</source>
        <translation>Einträge anzeigen von</translation>
    </message>
    <message>
        <source>All disciplines</source>
        <translation>Alle Berufsgruppen</translation>
    </message>
    <message>
        <source>Entries &amp;by</source>
        <translation>Einträge &amp;von</translation>
    </message>
    <message>
        <source>Contributions, newest first</source>
        <translation>Beiträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Amend your newest entry, or choose one of yours to amend (%1)</source>
        <translation>Ihren neuesten Eintrag korrigieren oder einen Ihrer Einträge wählen (%1)</translation>
    </message>
    <message>
        <source>Amend this entry; the original stays in its history (%1)</source>
        <translation>Diesen Eintrag korrigieren; das Original bleibt im Verlauf (%1)</translation>
    </message>
    <message>
        <source>Only the author can amend an entry (%1)</source>
        <translation>Nur der Verfasser kann einen Eintrag korrigieren (%1)</translation>
    </message>
    <message>
        <source>Every version of this entry (%1)</source>
        <translation>Alle Versionen dieses Eintrags (%1)</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Noch keine Einträge.</translation>
    </message>
    <message>
        <source>No entries from %1.</source>
        <translation>Keine Einträge von %1.</translation>
    </message>
</context>
<context>
    <name>CoreSentences</name>
    <message>
        <source>patient %1: %2</source>
        <translation>Patient %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>row %1: %2 cells, more than the header&apos;s</source>
        <translation>Zeile %1: %2 Zellen, mehr als die Kopfzeile Spalten hat</translation>
    </message>
    <message>
        <source>row %1: interpreter_needed must be yes, no, true, false, 1 or 0</source>
        <translation>Zeile %1: interpreter_needed muss yes, no, true, false, 1 oder 0 sein</translation>
    </message>
    <message>
        <source>row %1: %2 is not a date (YYYY-MM-DD)</source>
        <translation>Zeile %1: %2 ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>row %1: birth_date is in the future</source>
        <translation>Zeile %1: birth_date liegt in der Zukunft</translation>
    </message>
    <message>
        <source>row %1: expected_discharge is in the past</source>
        <translation>Zeile %1: expected_discharge liegt in der Vergangenheit</translation>
    </message>
    <message>
        <source>row %1: %2 contains a control character</source>
        <translation>Zeile %1: Spalte %2 enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>row %1: %2 must be one line but holds a line break</source>
        <translation>Zeile %1: Spalte %2 muss einzeilig sein, enthält aber einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>row %1: %2 is empty</source>
        <translation>Zeile %1: Spalte %2 ist leer</translation>
    </message>
    <message>
        <source>row %1: %2 is %3 characters long; the limit is %4</source>
        <translation>Zeile %1: Spalte %2 ist %3 Zeichen lang; erlaubt sind %4</translation>
    </message>
    <message>
        <source>row %1: %2 must be one of: %3</source>
        <translation>Zeile %1: Spalte %2 muss einer dieser Werte sein: %3</translation>
    </message>
    <message>
        <source>row %1: %2 %3</source>
        <translation>Zeile %1: Spalte %2 %3</translation>
    </message>
    <message>
        <source>row %1: %2 repeats row %3</source>
        <translation>Zeile %1: %2 wiederholt Zeile %3</translation>
    </message>
    <message>
        <source>row %1: bed %2 is not a bed of %3</source>
        <translation>Zeile %1: Bett %2 gehört nicht zu %3</translation>
    </message>
    <message>
        <source>row %1: patient %2 is admitted to %3</source>
        <translation>Zeile %1: Patient %2 ist auf %3 aufgenommen</translation>
    </message>
    <message>
        <source>row %1: bed %2 is occupied</source>
        <translation>Zeile %1: Bett %2 ist belegt</translation>
    </message>
    <message>
        <source>no current inpatient encounter, so not admitted</source>
        <translation>kein laufender stationärer Aufenthalt, daher nicht aufgenommen</translation>
    </message>
    <message>
        <source>Rounds does not import this resource type</source>
        <translation>Rounds importiert diesen Ressourcentyp nicht</translation>
    </message>
    <message>
        <source>its patient %1 is skipped (%2)</source>
        <translation>der zugehörige Patient %1 wird ausgelassen (%2)</translation>
    </message>
    <message>
        <source>its patient is not in the files</source>
        <translation>der zugehörige Patient ist nicht in den Dateien</translation>
    </message>
    <message>
        <source>already admitted to %1, bed %2</source>
        <translation>bereits aufgenommen auf %1, Bett %2</translation>
    </message>
    <message>
        <source>already admitted to %1</source>
        <translation>bereits aufgenommen auf %1</translation>
    </message>
    <message>
        <source>no ward was chosen, so not admitted</source>
        <translation>keine Station gewählt, daher nicht aufgenommen</translation>
    </message>
    <message>
        <source>%1 starts in the future, so not admitted</source>
        <translation>%1 beginnt in der Zukunft, daher nicht aufgenommen</translation>
    </message>
    <message>
        <source>bed %1 is taken, so admitted without a bed</source>
        <translation>Bett %1 ist belegt, daher ohne Bett aufgenommen</translation>
    </message>
    <message>
        <source>clinical status %1 is not one Rounds keeps</source>
        <translation>klinischer Status %1 wird von Rounds nicht geführt</translation>
    </message>
    <message>
        <source>entered in error or refuted</source>
        <translation>irrtümlich erfasst oder widerlegt</translation>
    </message>
    <message>
        <source>it names no substance</source>
        <translation>keine Substanz angegeben</translation>
    </message>
    <message>
        <source>status %1, not active</source>
        <translation>Status %1, nicht aktiv</translation>
    </message>
    <message>
        <source>it names no medicine</source>
        <translation>kein Medikament angegeben</translation>
    </message>
    <message>
        <source>clinical status %1, not active</source>
        <translation>klinischer Status %1, nicht aktiv</translation>
    </message>
    <message>
        <source>it names no condition</source>
        <translation>keine Erkrankung angegeben</translation>
    </message>
    <message>
        <source>lifecycle status %1, not a current goal</source>
        <translation>Lebenszyklus-Status %1, kein aktuelles Ziel</translation>
    </message>
    <message>
        <source>it has no description</source>
        <translation>keine Beschreibung</translation>
    </message>
    <message>
        <source>it names no team member</source>
        <translation>kein Teammitglied angegeben</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>nicht aktiv</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>it has no title, description or activities</source>
        <translation>weder Titel noch Beschreibung noch Aktivitäten</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>verstorben</translation>
    </message>
    <message>
        <source>no identifier to use as the MRN</source>
        <translation>kein Kennzeichen, das als Patienten-ID dienen kann</translation>
    </message>
    <message>
        <source>the MRN is longer than %1 characters</source>
        <translation>die Patienten-ID ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>no given and family name</source>
        <translation>Vor- oder Nachname fehlt</translation>
    </message>
    <message>
        <source>a name is longer than %1 characters</source>
        <translation>ein Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the date of birth is in the future</source>
        <translation>das Geburtsdatum liegt in der Zukunft</translation>
    </message>
    <message>
        <source>status %1, not in-progress</source>
        <translation>Status %1, nicht laufend</translation>
    </message>
    <message>
        <source>class %1 is not an inpatient stay</source>
        <translation>Klasse %1 ist kein stationärer Aufenthalt</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>Export insights as CSV</source>
        <translation>Auswertungen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>DateFormats</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date pattern; keep MMM</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>Qt date pattern; keep MMM</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>Qt date pattern; keep MMM</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>Qt date pattern; keep MMM</comment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>DeidentifyPreviewDialog</name>
    <message>
        <source>De-identified preview</source>
        <translation>Anonymisierte Vorschau</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>Was gespeichert wird</translation>
    </message>
    <message>
        <source>Names, dates of birth, admission dates and identifiers of the linked patient are replaced. Read the right-hand side for anything that still identifies someone.</source>
        <translation>Namen, Geburtsdaten, Aufnahmedaten und Kennungen des verknüpften Patienten werden ersetzt. Prüfen Sie die rechte Seite auf alles, was noch jemanden erkennbar macht.</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>Wie eingegeben</translation>
    </message>
    <message>
        <source>As it will be saved</source>
        <translation>Wie es gespeichert wird</translation>
    </message>
    <message>
        <source>%1, as typed</source>
        <translation>%1, wie eingegeben</translation>
    </message>
    <message>
        <source>%1, de-identified</source>
        <translation>%1, anonymisiert</translation>
    </message>
    <message>
        <source>&amp;Save de-identified</source>
        <translation>Anonymisiert &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Rounds hit a problem. Your unsaved text is kept, and everything already saved is safe. You can carry on; if the screen looks wrong, restart Rounds. A report for your IT team (it holds no patient details): %1</source>
        <translation>Rounds ist auf ein Problem gestoßen. Ihr nicht gespeicherter Text bleibt erhalten, und alles bereits Gespeicherte ist sicher. Sie können weiterarbeiten; wenn die Anzeige falsch aussieht, starten Sie Rounds neu. Ein Bericht für Ihre IT (ohne Patientendaten): %1</translation>
    </message>
</context>
<context>
    <name>DischargeConfirm</name>
    <message>
        <source>Discharge patient</source>
        <translation>Patient entlassen</translation>
    </message>
    <message>
        <source>no bed</source>
        <translation>kein Bett</translation>
    </message>
    <message>
        <source>Discharge %1 (%2) from the ward?</source>
        <translation>%1 (%2) von der Station entlassen?</translation>
    </message>
    <message>
        <source>The admission is archived, never deleted: the card, contributions and discharge plan stay readable. The bed becomes free.</source>
        <translation>Die Aufnahme wird archiviert, nie gelöscht: Karte, Einträge und Entlassplan bleiben lesbar. Das Bett wird frei.</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Entlassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DischargeView</name>
    <message>
        <source>Discharge readiness</source>
        <translation>Entlassbereitschaft</translation>
    </message>
    <message>
        <source>Contradictions in the plan</source>
        <translation>Widersprüche im Plan</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1 von %2 bereit</translation>
    </message>
    <message>
        <source>Discharged %1: this plan is kept, read only.</source>
        <translation>Entlassen %1: Dieser Plan bleibt schreibgeschützt erhalten.</translation>
    </message>
</context>
<context>
    <name>DowntimeOnWorkstation</name>
    <message>
        <source>Downtime sheets: %1</source>
        <translation>Ausfallbögen: %1</translation>
    </message>
    <message>
        <source>Downtime sheets not refreshed</source>
        <translation>Ausfallbögen nicht aktualisiert</translation>
    </message>
</context>
<context>
    <name>DowntimePrintingDialog</name>
    <message>
        <source>Downtime printing</source>
        <translation>Ausfalldruck</translation>
    </message>
    <message>
        <source>Downtime sheets on this workstation</source>
        <translation>Ausfallbögen auf diesem Arbeitsplatz</translation>
    </message>
    <message>
        <source>While Rounds runs here, it writes each ward&apos;s handoff sheet and a card per patient as PDFs, so the ward has paper if the server cannot be reached. The files are readable by this computer&apos;s user only.</source>
        <translation>Solange Rounds hier läuft, speichert es den Übergabebogen jeder Station und eine Karte pro Patient als PDF, damit die Station Papier hat, wenn der Server nicht erreichbar ist. Nur der Benutzer dieses Computers kann die Dateien lesen.</translation>
    </message>
    <message>
        <source>Keep downtime sheets on this workstation</source>
        <translation>Ausfallbögen auf diesem Arbeitsplatz vorhalten</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the downtime folder</source>
        <translation>Ordner für die Ausfallbögen wählen</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Set for this computer by your hospital&apos;s IT team.</source>
        <translation>Für diesen Computer von der IT Ihres Krankenhauses festgelegt.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source> sets</source>
        <translation> Sätze</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>Neueste &amp;behalten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Folder for the downtime sheets</source>
        <translation>Ordner für die Ausfallbögen</translation>
    </message>
    <message>
        <source>Give the folder as a full path.</source>
        <translation>Geben Sie den Ordner als vollständigen Pfad an.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
</context>
<context>
    <name>EditArea</name>
    <message>
        <source>Text of %1</source>
        <translation>Text von %1</translation>
    </message>
    <message>
        <source>Whose words in %1</source>
        <translation>Wessen Worte in %1</translation>
    </message>
    <message>
        <source>&amp;Whose words</source>
        <translation>&amp;Wessen Worte</translation>
    </message>
    <message>
        <source>Share with patient</source>
        <translation>Mit Patient teilen</translation>
    </message>
    <message>
        <source>Share %1 with the patient</source>
        <translation>%1 mit dem Patienten teilen</translation>
    </message>
    <message>
        <source>Print this text on the patient&apos;s own copy</source>
        <translation>Diesen Text auf das Patientenexemplar drucken</translation>
    </message>
    <message>
        <source>the ward&apos;s language</source>
        <translation>die Sprache der Station</translation>
    </message>
    <message>
        <source>Language of %1</source>
        <translation>Sprache von %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this field (Ctrl+Enter)</source>
        <translation>Dieses Feld speichern (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard these changes (Esc)</source>
        <translation>Diese Änderungen verwerfen (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln characters</source>
        <translation>
            <numerusform>%1 von %Ln Zeichen</numerusform>
            <numerusform>%1 von %Ln Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryHistoryDialog</name>
    <message>
        <source>History of the entry</source>
        <translation>Verlauf des Eintrags</translation>
    </message>
    <message>
        <source>Versions of the entry, oldest first</source>
        <translation>Versionen des Eintrags, älteste zuerst</translation>
    </message>
    <message>
        <source>%1 · %2 · first written %3 by %4</source>
        <translation>%1 · %2 · zuerst verfasst %3 von %4</translation>
    </message>
    <message>
        <source>Version %1 — current</source>
        <translation>Version %1 — aktuell</translation>
    </message>
    <message>
        <source>Version %1 — replaced by version %2</source>
        <translation>Version %1 — ersetzt durch Version %2</translation>
    </message>
    <message>
        <source>Amended %1 by %2</source>
        <translation>Korrigiert %1 von %2</translation>
    </message>
    <message>
        <source>Written %1 by %2</source>
        <translation>Verfasst %1 von %2</translation>
    </message>
    <message>
        <source>Reason: </source>
        <translation>Begründung: </translation>
    </message>
</context>
<context>
    <name>EntryListSection</name>
    <message>
        <source>Cancel edit</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Not saved: someone changed this entry meanwhile. Check it and save again.</source>
        <translation>Nicht gespeichert: Jemand hat diesen Eintrag inzwischen geändert. Prüfen Sie ihn und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>ExpectedDateSection</name>
    <message>
        <source>Expected discharge</source>
        <translation>Voraussichtliche Entlassung</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Expected discharge date</source>
        <translation>Voraussichtliches Entlassdatum</translation>
    </message>
    <message>
        <source>Save date</source>
        <translation>Datum speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Back to the saved date</source>
        <translation>Zurück zum gespeicherten Datum</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Noch nicht festgelegt</translation>
    </message>
    <message>
        <source>The expected date was changed meanwhile to %1. Save again to keep yours.</source>
        <translation>Das voraussichtliche Datum wurde inzwischen auf %1 geändert. Speichern Sie erneut, um Ihres zu behalten.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>FactHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Saved states of %1</source>
        <translation>Gespeicherte Stände von %1</translation>
    </message>
    <message>
        <source>Nothing has been saved here yet.</source>
        <translation>Hier wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>FactList</name>
    <message>
        <source>Cancel edit</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing the %1</source>
        <translation>Bearbeitung abbrechen: %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save changes to the %1</source>
        <translation>Änderungen speichern: %1</translation>
    </message>
    <message>
        <source>%1 changed this %2 meanwhile (now: %3). Your entries are kept here: Save again to keep yours.</source>
        <translation>%1 hat diesen Eintrag (%2) inzwischen geändert (jetzt: %3). Ihre Eingaben bleiben hier erhalten: Speichern Sie erneut, um Ihre zu behalten.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
</context>
<context>
    <name>FactSection</name>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Nothing has been saved here yet.</source>
        <translation>Hier wurde noch nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>FeatureActions</name>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
</context>
<context>
    <name>FieldHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Struck through: removed. Underlined and highlighted: added.</source>
        <translation>Durchgestrichen: entfernt. Unterstrichen und hervorgehoben: hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Mark what changed</source>
        <translation>Änderungen &amp;markieren</translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation>Versionen von %1</translation>
    </message>
    <message>
        <source>Nothing has been saved in this field yet.</source>
        <translation>In diesem Feld wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>war %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>(emptied)</source>
        <translation>(geleert)</translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this field (Enter or double-click)</source>
        <translation>Dieses Feld bearbeiten (Enter oder Doppelklick)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every saved version of this field</source>
        <translation>Alle gespeicherten Versionen dieses Feldes</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Text von %1</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Noch nichts eingetragen.</translation>
    </message>
    <message>
        <source>%1 · shared with the patient</source>
        <translation>%1 · mit dem Patienten geteilt</translation>
    </message>
    <message>
        <source>%1 · in %2</source>
        <translation>%1 · in %2</translation>
    </message>
    <message>
        <source>Edited by %1, %2</source>
        <translation>Bearbeitet von %1, %2</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Bearbeitet %1</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>%1 saved a newer version since; saving will show you both.</source>
        <translation>%1 hat seitdem eine neuere Version gespeichert; beim Speichern sehen Sie beide.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Welcome to Rounds</source>
        <translation>Willkommen bei Rounds</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>This database has no accounts yet. The administrator sets up wards, beds and everyone else&apos;s accounts.</source>
        <translation>Diese Datenbank hat noch keine Konten. Der Administrator richtet Stationen, Betten und die Konten aller anderen ein.</translation>
    </message>
    <message>
        <source>for example a.smith</source>
        <translation>zum Beispiel a.schmidt</translation>
    </message>
    <message>
        <source>The name colleagues see</source>
        <translation>Der Name, den Kollegen sehen</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Anzeigename</translation>
    </message>
    <message>
        <source>D&amp;iscipline</source>
        <translation>Be&amp;rufsgruppe</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Administrator anlegen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the name colleagues will see.</source>
        <translation>Geben Sie den Namen ein, den Kollegen sehen.</translation>
    </message>
</context>
<context>
    <name>FittedLabel</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>FlagSentences</name>
    <message>
        <source>Ceiling: %1</source>
        <translation>Therapiebegrenzung: %1</translation>
    </message>
    <message>
        <source>Allergies not yet asked</source>
        <translation>Allergien noch nicht erfragt</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergien: %1</translation>
    </message>
    <message>
        <source>Not assessed: %1</source>
        <translation>Nicht beurteilt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No known allergies (recorded by %1 on %2)</source>
        <translation>Keine bekannten Allergien (erfasst von %1 am %2)</translation>
    </message>
    <message>
        <source>No known allergies (recorded on %1)</source>
        <translation>Keine bekannten Allergien (erfasst am %1)</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Keine bekannten Allergien</translation>
    </message>
</context>
<context>
    <name>FollowUpsSection</name>
    <message>
        <source>Follow-up appointments</source>
        <translation>Nachsorgetermine</translation>
    </message>
    <message>
        <source>No follow-up appointments yet.</source>
        <translation>Noch keine Nachsorgetermine.</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Nachsorgetermin hinzufügen</translation>
    </message>
    <message>
        <source>GP, heart failure nurse, fracture clinic…</source>
        <translation>Hausarztpraxis, Herzinsuffizienz-Pflege, Frakturambulanz…</translation>
    </message>
    <message>
        <source>Boo&amp;ked</source>
        <translation>&amp;Gebucht</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>The place&apos;s name or address</source>
        <translation>Name oder Adresse des Ortes</translation>
    </message>
    <message>
        <source>e.g. 0161 496 0123</source>
        <translation>z. B. 030 12345678</translation>
    </message>
    <message>
        <source>Not booked: who will contact the patient</source>
        <translation>Nicht gebucht: Wer kontaktiert den Patienten</translation>
    </message>
    <message>
        <source>Wi&amp;th whom</source>
        <translation>Bei &amp;wem</translation>
    </message>
    <message>
        <source>Whe&amp;n (booked)</source>
        <translation>Wa&amp;nn (gebucht)</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Art des Ortes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>Who will contact</source>
        <translation>Wer kontaktiert</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>%1 — booked</source>
        <translation>%1 — gebucht</translation>
    </message>
    <message>
        <source>%1 — not booked yet</source>
        <translation>%1 — noch nicht gebucht</translation>
    </message>
    <message>
        <source>%1 will contact the patient</source>
        <translation>%1 kontaktiert den Patienten</translation>
    </message>
    <message>
        <source>nobody named to contact the patient</source>
        <translation>niemand benannt, der den Patienten kontaktiert</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Say who the follow-up is with.</source>
        <translation>Geben Sie an, bei wem der Nachsorgetermin ist.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Con&amp;firm password</source>
        <translation>Passwort &amp;bestätigen</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Das Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>GoalsRevisit</name>
    <message>
        <source>Goals need revisiting</source>
        <translation>Therapieziele neu besprechen</translation>
    </message>
    <message>
        <source>Not talked through for a while, or not since the illness changed</source>
        <translation>Länger nicht besprochen, oder nicht seit Änderung des Zustands</translation>
    </message>
    <message>
        <source>Goals revisited today</source>
        <translation>Ziele heute besprochen</translation>
    </message>
    <message>
        <source>Record that the goals of care were talked through today</source>
        <translation>Festhalten, dass die Therapieziele heute besprochen wurden</translation>
    </message>
    <message>
        <source>Goals of care not revisited yet</source>
        <translation>Therapieziele noch nicht neu besprochen</translation>
    </message>
    <message>
        <source>Last revisited %1 by %2</source>
        <translation>Zuletzt besprochen %1 von %2</translation>
    </message>
    <message>
        <source>Last revisited %1</source>
        <translation>Zuletzt besprochen %1</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>For a name in another script, e.g. Wang Xiuying</source>
        <translation>Für einen Namen in anderer Schrift, z. B. Wang Xiuying</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Name in lateinischer Schrift</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Bevorzugter Name</translation>
    </message>
    <message>
        <source>the patient&apos;s names</source>
        <translation>Namen des Patienten</translation>
    </message>
    <message>
        <source>Save names</source>
        <translation>Namen speichern</translation>
    </message>
    <message>
        <source>Legal name: %1 %2</source>
        <translation>Amtlicher Name: %1 %2</translation>
    </message>
    <message>
        <source>The names were changed meanwhile (now: %1 / %2). Your entries are kept: Save again to keep yours.</source>
        <translation>Die Namen wurden inzwischen geändert (jetzt: %1 / %2). Ihre Eingaben bleiben erhalten: Speichern Sie erneut, um Ihre zu behalten.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message numerus="yes">
        <source>Reading %Ln files… Nothing is written yet.</source>
        <translation>
            <numerusform>Lese %Ln Datei… Noch wird nichts geschrieben.</numerusform>
            <numerusform>Lese %Ln Dateien… Noch wird nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import census</source>
        <translation>Patientenliste importieren</translation>
    </message>
    <message>
        <source>Importing… Everything is written at once, or nothing.</source>
        <translation>Importiere… Es wird alles auf einmal geschrieben oder nichts.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import census</source>
        <translation>Patientenliste importieren</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Expected discharge</source>
        <translation>Voraussichtliche Entlassung</translation>
    </message>
    <message>
        <source>List entries</source>
        <translation>Listeneinträge</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <source>Check the import before it is written</source>
        <translation>Import vor dem Schreiben prüfen</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>To create</source>
        <translation>Neu anzulegen</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Zu aktualisieren</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Ungeklärt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patients to create</source>
        <translation>
            <numerusform>%Ln Patient anzulegen</numerusform>
            <numerusform>%Ln Patienten anzulegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln zu aktualisieren</numerusform>
            <numerusform>%Ln zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln admissions</source>
        <translation>
            <numerusform>%Ln Aufnahme</numerusform>
            <numerusform>%Ln Aufnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unresolved references</source>
        <translation>
            <numerusform>%Ln ungeklärter Verweis</numerusform>
            <numerusform>%Ln ungeklärte Verweise</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>Nothing has been written yet: Import writes all of it at once, or nothing.</source>
        <translation>Noch wurde nichts geschrieben: Importieren schreibt alles auf einmal oder nichts.</translation>
    </message>
    <message>
        <source>Into: no ward; nobody is admitted</source>
        <translation>Ziel: keine Station; niemand wird aufgenommen</translation>
    </message>
    <message>
        <source>Into: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>moves from bed %1 to bed %2</source>
        <translation>wechselt von Bett %1 in Bett %2</translation>
    </message>
    <message>
        <source>moves to bed %1</source>
        <translation>wechselt in Bett %1</translation>
    </message>
    <message>
        <source>stays in bed %1</source>
        <translation>bleibt in Bett %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>on the ward, no bed</source>
        <translation>auf Station, ohne Bett</translation>
    </message>
    <message>
        <source>bed %1</source>
        <translation>Bett %1</translation>
    </message>
    <message>
        <source>set to %1</source>
        <translation>gesetzt auf %1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryWords</name>
    <message>
        <source>Patients: %1 created, %2 updated, %3 skipped; admissions created: %4; list entries: %5; goals of care written: %6</source>
        <translation>Patienten: %1 angelegt, %2 aktualisiert, %3 übersprungen; Aufnahmen angelegt: %4; Listeneinträge: %5; Therapieziele eingetragen: %6</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>übersprungen %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>References left unresolved: %Ln</source>
        <translation>
            <numerusform>Nicht aufgelöste Verweise: %Ln</numerusform>
            <numerusform>Nicht aufgelöste Verweise: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightCharts</name>
    <message>
        <source>Minutes per patient, round by round</source>
        <translation>Minuten pro Patient, Visite für Visite</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Card completeness (patients on the ward now)</source>
        <translation>Vollständigkeit der Karten (aktuelle Patienten der Station)</translation>
    </message>
    <message>
        <source>Current patients</source>
        <translation>Aktuelle Patienten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Disciplines present per round</source>
        <translation>Anwesende Berufsgruppen pro Visite</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Berufsgruppen</translation>
    </message>
    <message>
        <source>Actions opened and closed</source>
        <translation>Eröffnete und abgeschlossene Aufgaben</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Discharge against the expected date</source>
        <translation>Entlassung im Vergleich zum erwarteten Datum</translation>
    </message>
    <message>
        <source>Patient (bed)</source>
        <translation>Patient (Bett)</translation>
    </message>
    <message>
        <source>Days late (+) / early (−)</source>
        <translation>Tage später (+) / früher (−)</translation>
    </message>
    <message>
        <source>Handoff quality, I-PASS (patients on the ward now)</source>
        <translation>Übergabequalität, I-PASS (aktuelle Patienten der Station)</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>%1: %2 min per patient (%3)</source>
        <translation>%1: %2 Min. pro Patient (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln Patient</numerusform>
            <numerusform>%Ln Patienten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln discipline(s)</source>
        <translation>
            <numerusform>%Ln Berufsgruppe</numerusform>
            <numerusform>%Ln Berufsgruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>What matters recorded</source>
        <translation>„Was wichtig ist“ erfasst</translation>
    </message>
    <message>
        <source>Goals revisited in 3 days</source>
        <translation>Ziele in 3 Tagen neu besprochen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>One-liner</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>If/then</source>
        <translation>Wenn/dann</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>Was wichtig ist</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>%1: %2 opened, %3 closed</source>
        <translation>%1: %2 eröffnet, %3 abgeschlossen</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln discharge(s) had no expected date.</source>
        <translation>
            <numerusform>%Ln Entlassung hatte kein erwartetes Datum.</numerusform>
            <numerusform>%Ln Entlassungen hatten kein erwartetes Datum.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: on the expected day</source>
        <translation>%1: am erwarteten Tag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) late</source>
        <translation>
            <numerusform>%Ln Tag zu spät</numerusform>
            <numerusform>%Ln Tage zu spät</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) early</source>
        <translation>
            <numerusform>%Ln Tag zu früh</numerusform>
            <numerusform>%Ln Tage zu früh</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsWindow</name>
    <message>
        <source>Rounds insights</source>
        <translation>Rounds-Auswertungen</translation>
    </message>
    <message>
        <source>&amp;Ward</source>
        <translation>&amp;Station</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print PDF…</source>
        <translation>PDF &amp;drucken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>There is no ward yet.</source>
        <translation>Es gibt noch keine Station.</translation>
    </message>
    <message>
        <source>The first day comes after the last: swap them.</source>
        <translation>Der erste Tag liegt nach dem letzten: Tauschen Sie die beiden.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Patient information is hidden until you enter your password.</source>
        <translation>Patientendaten bleiben verborgen, bis Sie Ihr Passwort eingeben.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else…</source>
        <translation>Als &amp;andere Person anmelden…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Visite</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>D&amp;rucken</translation>
    </message>
    <message>
        <source>W&amp;ard</source>
        <translation>&amp;Station</translation>
    </message>
    <message>
        <source>Ad&amp;min</source>
        <translation>Ver&amp;waltung</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Speicherort der Datenbank</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MedicationChangesSection</name>
    <message>
        <source>Medication changes</source>
        <translation>Medikationsänderungen</translation>
    </message>
    <message>
        <source>No medication changes yet.</source>
        <translation>Noch keine Medikationsänderungen.</translation>
    </message>
    <message>
        <source>Add medication change</source>
        <translation>Medikationsänderung hinzufügen</translation>
    </message>
    <message>
        <source>e.g. 40 mg</source>
        <translation>z. B. 40 mg</translation>
    </message>
    <message>
        <source>e.g. One tablet each morning</source>
        <translation>z. B. Eine Tablette jeden Morgen</translation>
    </message>
    <message>
        <source>A changed one: e.g. 20 mg</source>
        <translation>Bei Änderung: z. B. 20 mg</translation>
    </message>
    <message>
        <source>In plain words, e.g. To protect your stomach</source>
        <translation>In einfachen Worten, z. B. Zum Schutz Ihres Magens</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How and when to take it</source>
        <translation>Wie und wann einnehmen</translation>
    </message>
    <message>
        <source>Previous dose</source>
        <translation>Bisherige Dosis</translation>
    </message>
    <message>
        <source>Reason for the patient</source>
        <translation>Begründung für den Patienten</translation>
    </message>
    <message>
        <source>Medicines not reconciled yet.</source>
        <translation>Medikation noch nicht abgeglichen.</translation>
    </message>
    <message>
        <source>Record reconciliation</source>
        <translation>Abgleich erfassen</translation>
    </message>
    <message>
        <source>Medicines reconciled by %1, %2.</source>
        <translation>Medikation abgeglichen von %1, %2.</translation>
    </message>
    <message>
        <source>Undo reconciliation</source>
        <translation>Abgleich zurücknehmen</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>entschieden</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (bisher %1)</translation>
    </message>
    <message>
        <source>Mark not decided</source>
        <translation>Als nicht entschieden markieren</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Name the medication.</source>
        <translation>Geben Sie das Medikament an.</translation>
    </message>
    <message>
        <source>Give the reason in words the patient will understand.</source>
        <translation>Geben Sie den Grund in Worten an, die der Patient versteht.</translation>
    </message>
</context>
<context>
    <name>MedicinesSection</name>
    <message>
        <source>Current medicines</source>
        <translation>Aktuelle Medikamente</translation>
    </message>
    <message>
        <source>No medicines recorded yet.</source>
        <translation>Noch keine Medikamente erfasst.</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Apixaban</source>
        <translation>z. B. Apixaban</translation>
    </message>
    <message>
        <source>e.g. 5 mg</source>
        <translation>z. B. 5 mg</translation>
    </message>
    <message>
        <source>e.g. by mouth</source>
        <translation>z. B. oral</translation>
    </message>
    <message>
        <source>e.g. twice a day</source>
        <translation>z. B. zweimal täglich</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Applikation</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>What pharmacy said</source>
        <translation>Hinweis der Pharmazie</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Pharmacy said:</source>
        <translation>Hinweis der Pharmazie:</translation>
    </message>
    <message>
        <source>No entry from pharmacy yet.</source>
        <translation>Noch kein Eintrag der Pharmazie.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Absetzen</translation>
    </message>
    <message>
        <source>Stop %1: take it off the current medicines</source>
        <translation>%1 absetzen: aus den aktuellen Medikamenten entfernen</translation>
    </message>
    <message>
        <source>Name the medicine.</source>
        <translation>Geben Sie das Medikament an.</translation>
    </message>
</context>
<context>
    <name>MoveBedDialog</name>
    <message>
        <source>Move bed</source>
        <translation>Bett wechseln</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verlegen</translation>
    </message>
    <message>
        <source>Now in: %1</source>
        <translation>Jetzt in: %1</translation>
    </message>
    <message>
        <source>no bed</source>
        <translation>kein Bett</translation>
    </message>
    <message>
        <source>&amp;Free bed</source>
        <translation>&amp;Freies Bett</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verlegen</translation>
    </message>
    <message>
        <source>There is no free bed on this ward.</source>
        <translation>Auf dieser Station ist kein Bett frei.</translation>
    </message>
</context>
<context>
    <name>MyActionsDialog</name>
    <message>
        <source>My actions</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Open actions on this ward for you or for %1, soonest due first.</source>
        <translation>Offene Aufgaben auf dieser Station für Sie oder %1, früheste Fälligkeit zuerst.</translation>
    </message>
    <message>
        <source>Open actions on this ward for you, soonest due first.</source>
        <translation>Offene Aufgaben auf dieser Station für Sie, früheste Fälligkeit zuerst.</translation>
    </message>
    <message>
        <source>Nothing open for you on this ward.</source>
        <translation>Auf dieser Station ist für Sie nichts offen.</translation>
    </message>
    <message>
        <source>&amp;Go to patient</source>
        <translation>&amp;Zum Patienten</translation>
    </message>
    <message>
        <source>Show this patient&apos;s card (Enter)</source>
        <translation>Karte dieses Patienten anzeigen (Enter)</translation>
    </message>
    <message>
        <source>My open actions</source>
        <translation>Meine offenen Aufgaben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Als erledigt markieren: %1</translation>
    </message>
</context>
<context>
    <name>MyActionsModel</name>
    <message>
        <source>Bed</source>
        <translation>Bett</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>No bed</source>
        <translation>Kein Bett</translation>
    </message>
</context>
<context>
    <name>NewActionForm</name>
    <message>
        <source>What needs doing</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>What needs doing, in a few words</source>
        <translation>Was zu tun ist, in wenigen Worten</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>&amp;Fällig bis</translation>
    </message>
    <message>
        <source>Leave unticked for no due date</source>
        <translation>Ohne Haken: kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Open action</source>
        <translation>Aufgabe eröffnen</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>Owned &amp;by</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Ich (%1)</translation>
    </message>
</context>
<context>
    <name>OutageBanner</name>
    <message>
        <source>Database connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <source>The database cannot be reached. Your typing is kept on this computer; Rounds keeps trying.</source>
        <translation>Die Datenbank ist nicht erreichbar. Ihre Eingaben bleiben auf diesem Computer erhalten; Rounds versucht es weiter.</translation>
    </message>
    <message>
        <source>&amp;Open the downtime sheets</source>
        <translation>&amp;Ausfallbögen öffnen</translation>
    </message>
    <message>
        <source>Since %1.</source>
        <translation>Seit %1.</translation>
    </message>
</context>
<context>
    <name>ParticipantsBox</name>
    <message>
        <source>Who took part (by role)</source>
        <translation>Teilnehmende (nach Rolle)</translation>
    </message>
</context>
<context>
    <name>PatientPanel</name>
    <message>
        <source>Choose a patient from the census.</source>
        <translation>Wählen Sie einen Patienten aus der Patientenliste.</translation>
    </message>
    <message>
        <source>No bed</source>
        <translation>Kein Bett</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>%1 — interpreter needed</source>
        <translation>%1 — Dolmetscher nötig</translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation>Patienten-ID %1</translation>
    </message>
</context>
<context>
    <name>PdfFiles</name>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PendingTestsSection</name>
    <message>
        <source>Tests waiting for results</source>
        <translation>Ausstehende Befunde</translation>
    </message>
    <message>
        <source>No tests waiting for results.</source>
        <translation>Keine ausstehenden Befunde.</translation>
    </message>
    <message>
        <source>Add test</source>
        <translation>Untersuchung hinzufügen</translation>
    </message>
    <message>
        <source>Blood culture, biopsy, CT report…</source>
        <translation>Blutkultur, Biopsie, CT-Befund…</translation>
    </message>
    <message>
        <source>GP, the ward&apos;s doctors, the clinic…</source>
        <translation>Hausarzt, Stationsärzte, Ambulanz…</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <source>Who will tell the result</source>
        <translation>Wer das Ergebnis mitteilt</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>%1 — %2 will tell the result</source>
        <translation>%1 — %2 teilt das Ergebnis mit</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Noch kein Datum</translation>
    </message>
</context>
<context>
    <name>PlanTextSection</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Home, with daughter; care home; rehab unit…</source>
        <translation>Nach Hause, zur Tochter; Pflegeheim; Reha…</translation>
    </message>
    <message>
        <source>What stands in the way of going home</source>
        <translation>Was der Entlassung nach Hause im Weg steht</translation>
    </message>
    <message>
        <source>Signs that mean: get help</source>
        <translation>Warnzeichen: dann Hilfe holen</translation>
    </message>
    <message>
        <source>Names and numbers, day and night</source>
        <translation>Namen und Nummern, Tag und Nacht</translation>
    </message>
    <message>
        <source>In plain words, for the patient&apos;s copy: what was wrong, what we did</source>
        <translation>In einfachen Worten, für das Patientenexemplar: was war, was wir getan haben</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Barriers</source>
        <translation>&amp;Hindernisse</translation>
    </message>
    <message>
        <source>Warnin&amp;g signs</source>
        <translation>&amp;Warnzeichen</translation>
    </message>
    <message>
        <source>Whom to ca&amp;ll</source>
        <translation>Wen an&amp;rufen</translation>
    </message>
    <message>
        <source>Why in hospital</source>
        <translation>Warum im Krankenhaus</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Save the plan (%1)</source>
        <translation>Plan speichern (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Put back the saved plan</source>
        <translation>Gespeicherten Plan wiederherstellen</translation>
    </message>
    <message>
        <source>The discharge plan was saved meanwhile</source>
        <translation>Der Entlassplan wurde inzwischen gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1 saved this plan meanwhile. Save again to compare.</source>
        <translation>Nicht gespeichert: %1 hat diesen Plan inzwischen gespeichert. Speichern Sie erneut, um zu vergleichen.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderes</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Choose a ward first.</source>
        <translation>Wählen Sie zuerst eine Station.</translation>
    </message>
    <message>
        <source>Choose a patient in the census first.</source>
        <translation>Wählen Sie zuerst einen Patienten in der Patientenliste.</translation>
    </message>
    <message>
        <source>Choose a folder for the discharge summaries</source>
        <translation>Ordner für die Entlassberichte wählen</translation>
    </message>
    <message>
        <source>No discharge summary was saved.</source>
        <translation>Es wurde kein Entlassbericht gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln discharge summaries in %1.</source>
        <translation>
            <numerusform>%Ln Entlassbericht in %1 gespeichert.</numerusform>
            <numerusform>%Ln Entlassberichte in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: saved %1 of %Ln discharge summaries in %2.</source>
        <translation>
            <numerusform>Abgebrochen: %1 von %Ln Entlassbericht in %2 gespeichert.</numerusform>
            <numerusform>Abgebrochen: %1 von %Ln Entlassberichten in %2 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>Papier&amp;format</translation>
    </message>
    <message>
        <source>&amp;Big print (18 pt), for low vision</source>
        <translation>&amp;Großdruck (18 pt), bei Sehschwäche</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PromActions</name>
    <message>
        <source>Choose a patient in the census first.</source>
        <translation>Wählen Sie zuerst einen Patienten in der Patientenliste.</translation>
    </message>
</context>
<context>
    <name>PromCaptureDialog</name>
    <message>
        <source>How the patient is</source>
        <translation>Befinden des Patienten</translation>
    </message>
    <message>
        <source>How the patient is today, as they tell it. Ask only what fits; anything left at “Not asked” is not recorded.</source>
        <translation>Wie es dem Patienten heute geht, in eigenen Worten. Fragen Sie nur, was passt; alles auf „Nicht gefragt“ wird nicht erfasst.</translation>
    </message>
    <message>
        <source>&amp;What matters to you today? (in their words)</source>
        <translation>&amp;Was ist Ihnen heute wichtig? (in eigenen Worten)</translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation>%1, Bett %2</translation>
    </message>
</context>
<context>
    <name>PromTrend</name>
    <message>
        <source>How the patient says they are</source>
        <translation>Befinden laut Patient</translation>
    </message>
    <message>
        <source>No patient-reported scores yet.</source>
        <translation>Noch keine Selbsteinschätzungen des Patienten.</translation>
    </message>
    <message>
        <source>Patient-reported scores, 0 to 10:</source>
        <translation>Selbsteinschätzung des Patienten, 0 bis 10:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
</context>
<context>
    <name>PromWords</name>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Feeling today</source>
        <translation>Befinden heute</translation>
    </message>
    <message>
        <source>Breathlessness</source>
        <translation>Atemnot</translation>
    </message>
    <message>
        <source>&amp;Pain right now</source>
        <translation>&amp;Schmerzen gerade jetzt</translation>
    </message>
    <message>
        <source>How are you &amp;feeling today?</source>
        <translation>Wie &amp;fühlen Sie sich heute?</translation>
    </message>
    <message>
        <source>&amp;Breathlessness</source>
        <translation>&amp;Atemnot</translation>
    </message>
    <message>
        <source>0 = no pain · 10 = worst pain imaginable</source>
        <translation>0 = keine Schmerzen · 10 = stärkste vorstellbare Schmerzen</translation>
    </message>
    <message>
        <source>0 = very bad · 10 = very good</source>
        <translation>0 = sehr schlecht · 10 = sehr gut</translation>
    </message>
    <message>
        <source>0 = not breathless · 10 = worst breathlessness</source>
        <translation>0 = keine Atemnot · 10 = stärkste Atemnot</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QuickAddBox</name>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>What should the team know?</source>
        <translation>Was sollte das Team wissen?</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Berufsgruppe</translation>
    </message>
    <message>
        <source>Discip&amp;line</source>
        <translation>&amp;Berufsgruppe</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Sensi&amp;tive</source>
        <translation>&amp;Vertraulich</translation>
    </message>
    <message>
        <source>A sensitive entry is never shown on the ward-room screen</source>
        <translation>Ein vertraulicher Eintrag wird nie auf dem Stationsbildschirm angezeigt</translation>
    </message>
    <message>
        <source>Share with patient</source>
        <translation>Mit dem Patienten teilen</translation>
    </message>
    <message>
        <source>Share this entry with the patient</source>
        <translation>Diesen Eintrag mit dem Patienten teilen</translation>
    </message>
    <message>
        <source>Print this entry on the patient&apos;s own copy</source>
        <translation>Diesen Eintrag auf das Exemplar des Patienten drucken</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the entry to the timeline (%1)</source>
        <translation>Eintrag zur Zeitleiste hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Write the entry first.</source>
        <translation>Schreiben Sie zuerst den Eintrag.</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <source>No due date</source>
        <translation>Keine Fälligkeit</translation>
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
        <source>In 2 days</source>
        <translation>In 2 Tagen</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Who does what — Enter adds it</source>
        <translation>Wer macht was — Enter fügt hinzu</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Action due</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>What was said — Enter adds it</source>
        <translation>Was gesagt wurde — Enter fügt hinzu</translation>
    </message>
    <message>
        <source>Discipline speaking</source>
        <translation>Sprechende Berufsgruppe</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>&amp;Action (A)</source>
        <translation>&amp;Aufgabe (A)</translation>
    </message>
    <message>
        <source>&amp;Entry (C)</source>
        <translation>&amp;Eintrag (C)</translation>
    </message>
    <message>
        <source>Write the action first.</source>
        <translation>Schreiben Sie zuerst die Aufgabe.</translation>
    </message>
    <message>
        <source>Write the entry first.</source>
        <translation>Schreiben Sie zuerst den Eintrag.</translation>
    </message>
</context>
<context>
    <name>ReadBackPanel</name>
    <message>
        <source>Read back the new actions</source>
        <translation>Neue Aufgaben vorlesen</translation>
    </message>
    <message>
        <source>Read each action aloud, with its owner. Enter: done · Esc: not yet</source>
        <translation>Lesen Sie jede Aufgabe mit der zuständigen Person laut vor. Enter: erledigt · Esc: noch nicht</translation>
    </message>
</context>
<context>
    <name>RemovableListSection</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Neues Passwort für %1</translation>
    </message>
    <message>
        <source>Give them the new password in person, never by e-mail.</source>
        <translation>Übergeben Sie das neue Passwort persönlich, nie per E-Mail.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
</context>
<context>
    <name>ResuscitationSection</name>
    <message>
        <source>Resuscitation and ceiling of treatment</source>
        <translation>Reanimation und Therapiebegrenzung</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Role, e.g. consultant physician</source>
        <translation>Rolle, z. B. Oberärztin</translation>
    </message>
    <message>
        <source>e.g. patient and daughter</source>
        <translation>z. B. Patient und Tochter</translation>
    </message>
    <message>
        <source>e.g. ReSPECT form, 12 May</source>
        <translation>z. B. Reanimationsbogen, 12. Mai</translation>
    </message>
    <message>
        <source>Resusci&amp;tation</source>
        <translation>&amp;Reanimation</translation>
    </message>
    <message>
        <source>Cei&amp;ling of treatment</source>
        <translation>&amp;Therapiebegrenzung</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Entschieden am</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Disc&amp;ussed with</source>
        <translation>&amp;Besprochen mit</translation>
    </message>
    <message>
        <source>Si&amp;gned form</source>
        <translation>&amp;Unterschriebenes Formular</translation>
    </message>
    <message>
        <source>the resuscitation decision</source>
        <translation>die Reanimationsentscheidung</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Entscheidung speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo changes to the resuscitation decision</source>
        <translation>Änderungen an der Reanimationsentscheidung rückgängig machen</translation>
    </message>
    <message>
        <source>%1 recorded a decision meanwhile: %2; %3. Your entries are kept here: Save again to record yours instead.</source>
        <translation>%1 hat inzwischen eine Entscheidung erfasst: %2; %3. Ihre Angaben bleiben hier erhalten: Speichern Sie erneut, um stattdessen Ihre zu erfassen.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
</context>
<context>
    <name>ReviewActionRows</name>
    <message>
        <source>No actions yet.</source>
        <translation>Noch keine Aufgaben.</translation>
    </message>
    <message>
        <source>&amp;Add an action</source>
        <translation>Aufgabe &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>A short title that names no one</source>
        <translation>Ein kurzer Titel, der niemanden nennt</translation>
    </message>
    <message>
        <source>&amp;De-identify: replace the patient&apos;s names, dates and identifiers</source>
        <translation>&amp;Anonymisieren: Namen, Daten und Kennungen des Patienten ersetzen</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Linked to</source>
        <translation>&amp;Verknüpft mit</translation>
    </message>
    <message>
        <source>What we will do</source>
        <translation>Was wir tun</translation>
    </message>
</context>
<context>
    <name>ReviewLink</name>
    <message>
        <source>Not linked to a patient</source>
        <translation>Mit keinem Patienten verknüpft</translation>
    </message>
    <message>
        <source>The linked patient (de-identified)</source>
        <translation>Der verknüpfte Patient (anonymisiert)</translation>
    </message>
    <message>
        <source>Admission %1</source>
        <translation>Aufnahme %1</translation>
    </message>
    <message>
        <source>Bed %1 — %2</source>
        <translation>Bett %1 — %2</translation>
    </message>
</context>
<context>
    <name>ReviewListPanel</name>
    <message>
        <source>Words in a title or a section</source>
        <translation>Wörter in Titel oder Abschnitt</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Fallbesprechungen</translation>
    </message>
    <message>
        <source>&amp;New review</source>
        <translation>&amp;Neue Fallbesprechung</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Amendments</source>
        <translation>Korrekturen</translation>
    </message>
</context>
<context>
    <name>ReviewQuestions</name>
    <message>
        <source>Finalize the review</source>
        <translation>Fallbesprechung abschließen</translation>
    </message>
    <message>
        <source>A final review is locked: after this it changes only by amendments, which keep the text before and the reason. Finalize it now?</source>
        <translation>Eine abgeschlossene Fallbesprechung ist gesperrt: Danach ändert sie sich nur durch Korrekturen, die den vorherigen Text und den Grund festhalten. Jetzt abschließen?</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Noch nicht</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This review has changes that are not saved yet.</source>
        <translation>Diese Fallbesprechung enthält noch nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>What we felt</source>
        <translation>Was wir empfanden</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation>Was besser sein könnte</translation>
    </message>
    <message>
        <source>Systems factors (handoffs, roles, language and culture, time)</source>
        <translation>Systemfaktoren (Übergaben, Rollen, Sprache und Kultur, Zeit)</translation>
    </message>
    <message>
        <source>Assumptions or biases we noticed</source>
        <translation>Annahmen oder Vorurteile, die uns auffielen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>What &amp;happened</source>
        <translation>Was ist &amp;passiert</translation>
    </message>
    <message>
        <source>What &amp;we felt</source>
        <translation>Was &amp;wir empfanden</translation>
    </message>
    <message>
        <source>What wen&amp;t well</source>
        <translation>Was &amp;gut lief</translation>
    </message>
    <message>
        <source>What could be &amp;better</source>
        <translation>Was &amp;besser sein könnte</translation>
    </message>
    <message>
        <source>S&amp;ystems factors (handoffs, roles, language and culture, time)</source>
        <translation>S&amp;ystemfaktoren (Übergaben, Rollen, Sprache und Kultur, Zeit)</translation>
    </message>
    <message>
        <source>Ass&amp;umptions or biases we noticed</source>
        <translation>Annahmen oder Vor&amp;urteile, die uns auffielen</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Nachverfolgung</translation>
    </message>
    <message>
        <source>The story in order, as each of us saw it.</source>
        <translation>Der Ablauf der Reihe nach, wie jeder von uns ihn erlebt hat.</translation>
    </message>
    <message>
        <source>How it was for the team, the patient and the family.</source>
        <translation>Wie es für das Team, den Patienten und die Angehörigen war.</translation>
    </message>
    <message>
        <source>What helped, and should be kept.</source>
        <translation>Was geholfen hat und beibehalten werden sollte.</translation>
    </message>
    <message>
        <source>What we would do differently next time.</source>
        <translation>Was wir beim nächsten Mal anders machen würden.</translation>
    </message>
    <message>
        <source>Handoffs, roles, language and culture, time, equipment.</source>
        <translation>Übergaben, Rollen, Sprache und Kultur, Zeit, Ausstattung.</translation>
    </message>
    <message>
        <source>What we took for granted, about the patient or each other.</source>
        <translation>Was wir als selbstverständlich angenommen haben, über den Patienten oder einander.</translation>
    </message>
    <message>
        <source>Who follows up, and with whom.</source>
        <translation>Wer nachverfolgt, und mit wem.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>bed %1</source>
        <translation>Bett %1</translation>
    </message>
    <message>
        <source>de-identified</source>
        <translation>anonymisiert</translation>
    </message>
</context>
<context>
    <name>ReviewsWindow</name>
    <message>
        <source>Reflective case reviews</source>
        <translation>Reflektierende Fallbesprechungen</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>Pre&amp;view de-identified…</source>
        <translation>Anonymisierte &amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation>&amp;Abschließen…</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>New review — not saved yet</source>
        <translation>Neue Fallbesprechung — noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Final since %1 — amend to change it</source>
        <translation>Abgeschlossen seit %1 — zum Ändern korrigieren</translation>
    </message>
    <message>
        <source> — unsaved changes</source>
        <translation> — ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1, saved %2%3</source>
        <translation>%1, gespeichert %2%3</translation>
    </message>
</context>
<context>
    <name>RoundKeys</name>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next patient</source>
        <translation>Nächster Patient</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous patient</source>
        <translation>Vorheriger Patient</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <source>First patient</source>
        <translation>Erster Patient</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Last patient</source>
        <translation>Letzter Patient</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>Mark discussed</source>
        <translation>Als besprochen markieren</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip, and come back later</source>
        <translation>Überspringen und später zurückkehren</translation>
    </message>
    <message>
        <source>Read back</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Read back the new actions</source>
        <translation>Neue Aufgaben vorlesen</translation>
    </message>
    <message>
        <source>Read back done</source>
        <translation>Vorgelesen</translation>
    </message>
    <message>
        <source>The actions were read back</source>
        <translation>Die Aufgaben wurden vorgelesen</translation>
    </message>
    <message>
        <source>Next prompt</source>
        <translation>Nächste Leitfrage</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Stoppuhr</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Stoppuhr starten oder anhalten</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Show or hide full names</source>
        <translation>Vollständige Namen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Reanimationsstatus</translation>
    </message>
    <message>
        <source>Show or hide code status and allergies on the ward-room screen</source>
        <translation>Reanimationsstatus und Allergien auf dem Stationsbildschirm ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Capture an action</source>
        <translation>Aufgabe erfassen</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Capture an entry</source>
        <translation>Eintrag erfassen</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Tick who is here</source>
        <translation>Anwesende abhaken</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Show or hide the console</source>
        <translation>Konsole ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Bildschirm sperren</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Visite beenden</translation>
    </message>
    <message>
        <source>End the round</source>
        <translation>Die Visite beenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RoundPatientsModel</name>
    <message>
        <source>Bed</source>
        <translation>Bett</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>RoundPrompts</name>
    <message>
        <source>What matters most</source>
        <translation>Was am wichtigsten ist</translation>
    </message>
    <message>
        <source>Read what matters most aloud. Is it still true? Anything to add?</source>
        <translation>Lesen Sie vor, was am wichtigsten ist. Stimmt es noch? Etwas zu ergänzen?</translation>
    </message>
    <message>
        <source>Overnight events</source>
        <translation>Ereignisse der Nacht</translation>
    </message>
    <message>
        <source>What happened since the last round: events, results, new worries?</source>
        <translation>Was ist seit der letzten Visite passiert: Ereignisse, Befunde, neue Sorgen?</translation>
    </message>
    <message>
        <source>Each discipline</source>
        <translation>Jede Berufsgruppe</translation>
    </message>
    <message>
        <source>Go round the room: what would each of you add?</source>
        <translation>Reihum: Was möchte jede und jeder ergänzen?</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Today&apos;s plan: who does what, by when? Capture each action.</source>
        <translation>Plan für heute: Wer macht was bis wann? Erfassen Sie jede Aufgabe.</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Entlassung</translation>
    </message>
    <message>
        <source>Are we on track for the expected date? What stands in the way?</source>
        <translation>Halten wir das erwartete Datum? Was steht im Weg?</translation>
    </message>
    <message>
        <source>Questions for the patient and family</source>
        <translation>Fragen an Patient und Angehörige</translation>
    </message>
    <message>
        <source>What do we need to ask, or tell, the patient and their family?</source>
        <translation>Was müssen wir Patient und Angehörige fragen oder ihnen sagen?</translation>
    </message>
    <message>
        <source>%1: what would you add?</source>
        <translation>%1: Was möchten Sie ergänzen?</translation>
    </message>
    <message>
        <source>Safety check</source>
        <translation>Sicherheitscheck</translation>
    </message>
    <message>
        <source>Not assessed yet: %1. Who can answer each now? Capture what is missing.</source>
        <translation>Noch nicht beurteilt: %1. Wer kann jeweils jetzt antworten? Erfassen Sie, was fehlt.</translation>
    </message>
    <message>
        <source>Every safety item is recorded. Read the flags aloud: mobility, falls, isolation, diet, aids, lines, VTE, decisions. Still true?</source>
        <translation>Alle Sicherheitspunkte sind erfasst. Lesen Sie die Hinweise vor: Mobilität, Sturz, Isolation, Kost, Hilfsmittel, Zugänge, Thrombose, Entscheidungen. Stimmt das noch?</translation>
    </message>
</context>
<context>
    <name>RoundSetupWords</name>
    <message>
        <source>There is no ward with id %1.</source>
        <translation>Es gibt keine Station mit der ID %1.</translation>
    </message>
    <message>
        <source>This ward has no patients to round on.</source>
        <translation>Auf dieser Station gibt es keine Patienten für die Visite.</translation>
    </message>
</context>
<context>
    <name>RoundSummaryWords</name>
    <message>
        <source>%1 discussed</source>
        <translation>%1 besprochen</translation>
    </message>
    <message>
        <source>%1 seen, no outcome</source>
        <translation>%1 gesehen, ohne Ergebnis</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 not reached</source>
        <translation>%1 nicht erreicht</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>niemand erfasst</translation>
    </message>
    <message>
        <source>Actions captured: %1 (read back: %2)</source>
        <translation>Erfasste Aufgaben: %1 (vorgelesen: %2)</translation>
    </message>
    <message>
        <source>Attended: %1</source>
        <translation>Anwesend: %1</translation>
    </message>
    <message>
        <source>Not here: %1</source>
        <translation>Nicht anwesend: %1</translation>
    </message>
</context>
<context>
    <name>RoundWork</name>
    <message>
        <source>Read back: new actions</source>
        <translation>Vorlesen: neue Aufgaben</translation>
    </message>
    <message>
        <source>No new actions to read back.</source>
        <translation>Keine neuen Aufgaben zum Vorlesen.</translation>
    </message>
    <message>
        <source>The round is over</source>
        <translation>Die Visite ist beendet</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — fällig am %2</translation>
    </message>
</context>
<context>
    <name>RoundsDialogs</name>
    <message>
        <source>Show full names?</source>
        <translation>Vollständige Namen anzeigen?</translation>
    </message>
    <message>
        <source>Full names will show on the ward-room screen for everyone in the room to read. Only do this when everyone there may see them.</source>
        <translation>Vollständige Namen erscheinen auf dem Stationsbildschirm, für alle im Raum lesbar. Tun Sie dies nur, wenn alle Anwesenden sie sehen dürfen.</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Namen anzeigen</translation>
    </message>
    <message>
        <source>Keep initials</source>
        <translation>Initialen beibehalten</translation>
    </message>
    <message>
        <source>Show code status and allergies?</source>
        <translation>Reanimationsstatus und Allergien anzeigen?</translation>
    </message>
    <message>
        <source>Resuscitation status, ceiling of treatment and allergies will show on the ward-room screen for everyone in the room to read. Only do this when everyone there may see them.</source>
        <translation>Reanimationsstatus, Therapiebegrenzung und Allergien erscheinen auf dem Stationsbildschirm, für alle im Raum lesbar. Tun Sie dies nur, wenn alle Anwesenden sie sehen dürfen.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Keep them hidden</source>
        <translation>Verborgen lassen</translation>
    </message>
    <message>
        <source>End the round? The summary shows next.</source>
        <translation>Visite beenden? Danach erscheint die Zusammenfassung.</translation>
    </message>
    <message>
        <source>End the round? Patients not reached yet: %1.</source>
        <translation>Visite beenden? Noch nicht erreichte Patienten: %1.</translation>
    </message>
    <message>
        <source>End the round</source>
        <translation>Visite beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Fortfahren</translation>
    </message>
</context>
<context>
    <name>RoundsMode</name>
    <message>
        <source>This round was already running: carrying on.</source>
        <translation>Diese Visite lief bereits: Sie wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>No bed</source>
        <translation>Kein Bett</translation>
    </message>
</context>
<context>
    <name>SafetyChecksSection</name>
    <message>
        <source>%1: details</source>
        <translation>%1: Details</translation>
    </message>
    <message>
        <source>Date put in not known</source>
        <translation>Seit wann unbekannt</translation>
    </message>
    <message>
        <source>%1: in place since</source>
        <translation>%1: vorhanden seit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Safety check (SIBR whiteboard)</source>
        <translation>Sicherheitscheck (SIBR-Whiteboard)</translation>
    </message>
    <message>
        <source>%1 · in place %2</source>
        <translation>%1 · seit %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 recorded %2 meanwhile: %3. Your entry is kept: Save again to keep yours.</source>
        <translation>%1 hat inzwischen %2 erfasst: %3. Ihre Angabe bleibt erhalten: Speichern Sie erneut, um Ihre zu übernehmen.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
</context>
<context>
    <name>SafetyHeader</name>
    <message>
        <source>Allergies not asked</source>
        <translation>Allergien nicht erfragt</translation>
    </message>
    <message>
        <source>NKA: no known allergies</source>
        <translation>KbA: keine bekannten Allergien</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergien: %1</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Reanimationsstatus</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
</context>
<context>
    <name>SafetyWords</name>
    <message>
        <source>severity not known</source>
        <translation>Schweregrad unbekannt</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>risk not assessed</source>
        <translation>Risiko nicht beurteilt</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>geringes Risiko</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>hohes Risiko</translation>
    </message>
    <message>
        <source>risk unable to assess</source>
        <translation>Risiko nicht beurteilbar</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>abgeklungen</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>irrtümlich erfasst</translation>
    </message>
    <message>
        <source>CPR not discussed</source>
        <translation>Reanimation nicht besprochen</translation>
    </message>
    <message>
        <source>CPR not yet discussed</source>
        <translation>Reanimation noch nicht besprochen</translation>
    </message>
    <message>
        <source>For CPR</source>
        <translation>Reanimation: ja</translation>
    </message>
    <message>
        <source>Do not attempt CPR</source>
        <translation>Keine Reanimation (DNR)</translation>
    </message>
    <message>
        <source>Ceiling of treatment not yet discussed</source>
        <translation>Therapiebegrenzung noch nicht besprochen</translation>
    </message>
    <message>
        <source>Full escalation including ICU</source>
        <translation>Volle Therapie inkl. Intensivstation</translation>
    </message>
    <message>
        <source>Ward-based care, not for ICU</source>
        <translation>Therapie auf Station, keine Intensivstation</translation>
    </message>
    <message>
        <source>Comfort-focused care</source>
        <translation>Palliative Versorgung</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht beurteilt</translation>
    </message>
    <message>
        <source>patient decides (has capacity)</source>
        <translation>Patient entscheidet selbst (einwilligungsfähig)</translation>
    </message>
    <message>
        <source>health-care proxy or lasting power of attorney</source>
        <translation>Gesundheits- oder Vorsorgevollmacht</translation>
    </message>
    <message>
        <source>court-appointed deputy</source>
        <translation>gerichtlich bestellte Betreuung</translation>
    </message>
    <message>
        <source>no one appointed: best-interests decision</source>
        <translation>niemand bestellt: Entscheidung nach mutmaßlichem Willen</translation>
    </message>
    <message>
        <source>Who, and for which decisions</source>
        <translation>Wer, und für welche Entscheidungen</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>selbstständig</translation>
    </message>
    <message>
        <source>walks with an aid</source>
        <translation>geht mit Hilfsmittel</translation>
    </message>
    <message>
        <source>needs one to help</source>
        <translation>braucht eine Hilfsperson</translation>
    </message>
    <message>
        <source>needs two to help</source>
        <translation>braucht zwei Hilfspersonen</translation>
    </message>
    <message>
        <source>hoist</source>
        <translation>Lifter</translation>
    </message>
    <message>
        <source>bed-bound</source>
        <translation>bettlägerig</translation>
    </message>
    <message>
        <source>Aids (frame, stick, wheelchair)</source>
        <translation>Hilfsmittel (Rollator, Gehstock, Rollstuhl)</translation>
    </message>
    <message>
        <source>Falls risk</source>
        <translation>Sturzrisiko</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>What helps (bed rails, sensor mat, close by the station)</source>
        <translation>Was hilft (Bettgitter, Sensormatte, Nähe zum Stationszimmer)</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>contact precautions</source>
        <translation>Kontaktisolation</translation>
    </message>
    <message>
        <source>droplet precautions</source>
        <translation>Tröpfchenisolation</translation>
    </message>
    <message>
        <source>airborne precautions</source>
        <translation>aerogene Isolation</translation>
    </message>
    <message>
        <source>Organism or reason</source>
        <translation>Erreger oder Grund</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Kostform</translation>
    </message>
    <message>
        <source>normal diet</source>
        <translation>Normalkost</translation>
    </message>
    <message>
        <source>modified diet or fluids</source>
        <translation>angepasste Kost oder Getränke</translation>
    </message>
    <message>
        <source>nil by mouth</source>
        <translation>nüchtern</translation>
    </message>
    <message>
        <source>tube feeding</source>
        <translation>Sondenernährung</translation>
    </message>
    <message>
        <source>Texture, fluids, swallow assessment, until when</source>
        <translation>Konsistenz, Getränke, Schluckdiagnostik, bis wann</translation>
    </message>
    <message>
        <source>Hearing, sight, dental aids</source>
        <translation>Hör-, Seh- und Zahnhilfen</translation>
    </message>
    <message>
        <source>uses aids</source>
        <translation>nutzt Hilfsmittel</translation>
    </message>
    <message>
        <source>Which (hearing aid left ear, glasses, upper denture)</source>
        <translation>Welche (Hörgerät links, Brille, Oberkieferprothese)</translation>
    </message>
    <message>
        <source>Lines and catheters</source>
        <translation>Zugänge und Katheter</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>Which (cannula, PICC, urinary catheter)</source>
        <translation>Welche (Venenkanüle, PICC, Blasenkatheter)</translation>
    </message>
    <message>
        <source>VTE prophylaxis</source>
        <translation>Thromboseprophylaxe</translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation>verordnet</translation>
    </message>
    <message>
        <source>not indicated</source>
        <translation>nicht indiziert</translation>
    </message>
    <message>
        <source>contraindicated</source>
        <translation>kontraindiziert</translation>
    </message>
    <message>
        <source>Which, or why not</source>
        <translation>Welche, oder warum nicht</translation>
    </message>
    <message>
        <source>DNACPR</source>
        <translation>Keine Reanimation (DNR)</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Noch nicht erfasst</translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation>Erfasst von %1, %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
</context>
<context>
    <name>ScorePicker</name>
    <message>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation>%1: %2 von 10</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>cannot read the audit key %1: %2</source>
        <translation>Audit-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the audit key %1 is not an audit key (it should hold at least %2 hexadecimal digits)</source>
        <translation>Audit-Schlüssel %1 ist kein Audit-Schlüssel (er sollte mindestens %2 Hexadezimalziffern enthalten)</translation>
    </message>
    <message>
        <source>cannot create the audit key %1: %2</source>
        <translation>Audit-Schlüssel %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>A demo ward needs at least one patient.</source>
        <translation>Eine Demo-Station braucht mindestens einen Patienten.</translation>
    </message>
    <message>
        <source>make a demo</source>
        <translation>eine Demo anzulegen</translation>
    </message>
    <message>
        <source>This database already holds data; make the demo in a new file.</source>
        <translation>Diese Datenbank enthält bereits Daten; legen Sie die Demo in einer neuen Datei an.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Der Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Der Anzeigename</translation>
    </message>
    <message>
        <source>Ward code</source>
        <translation>Das Stationskürzel</translation>
    </message>
    <message>
        <source>Ward name</source>
        <translation>Der Stationsname</translation>
    </message>
    <message>
        <source>Bed label</source>
        <translation>Die Bettbezeichnung</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>Die Patienten-ID</translation>
    </message>
    <message>
        <source>Other identifiers</source>
        <translation>Die weiteren Kennungen</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Der Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Der Nachname</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Der Rufname</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Die Pronomen</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Das Geschlecht</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Die bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Clinical one-liner</source>
        <translation>Die klinische Kurzbeschreibung</translation>
    </message>
    <message>
        <source>The card field</source>
        <translation>Das Kartenfeld</translation>
    </message>
    <message>
        <source>The language of the text</source>
        <translation>Die Sprache des Textes</translation>
    </message>
    <message>
        <source>The entry</source>
        <translation>Der Eintrag</translation>
    </message>
    <message>
        <source>The reason for the amendment</source>
        <translation>Der Grund der Korrektur</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>Die Aufgabe</translation>
    </message>
    <message>
        <source>The &apos;if&apos; of the contingency</source>
        <translation>Das „Wenn“ des Wenn-dann-Plans</translation>
    </message>
    <message>
        <source>The &apos;then&apos; of the contingency</source>
        <translation>Das „Dann“ des Wenn-dann-Plans</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Das Entlassziel</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Die Hindernisse</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Die Warnzeichen</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>„Wen anrufen“</translation>
    </message>
    <message>
        <source>The checklist item</source>
        <translation>Der Checklistenpunkt</translation>
    </message>
    <message>
        <source>Who the follow-up is with</source>
        <translation>„Bei wem der Nachsorgetermin ist“</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Der Ort</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Der Zweck</translation>
    </message>
    <message>
        <source>The medication</source>
        <translation>Das Medikament</translation>
    </message>
    <message>
        <source>The plain-language reason</source>
        <translation>Der Grund in einfacher Sprache</translation>
    </message>
    <message>
        <source>Why you were in hospital</source>
        <translation>„Warum Sie im Krankenhaus waren“</translation>
    </message>
    <message>
        <source>The test</source>
        <translation>Der Befund</translation>
    </message>
    <message>
        <source>Who will tell the result</source>
        <translation>„Wer das Ergebnis mitteilt“</translation>
    </message>
    <message>
        <source>The name or service to call</source>
        <translation>Der anzurufende Name oder Dienst</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Die Telefonnummer</translation>
    </message>
    <message>
        <source>may hold only digits, spaces, +, brackets and dashes</source>
        <translation>darf nur Ziffern, Leerzeichen, +, Klammern und Bindestriche enthalten</translation>
    </message>
    <message>
        <source>The hours</source>
        <translation>Die Zeiten</translation>
    </message>
    <message>
        <source>What was taught</source>
        <translation>„Was erklärt wurde“</translation>
    </message>
    <message>
        <source>Who was taught</source>
        <translation>„Wem es erklärt wurde“</translation>
    </message>
    <message>
        <source>The dose</source>
        <translation>Die Dosis</translation>
    </message>
    <message>
        <source>How and when to take it</source>
        <translation>„Wie und wann einnehmen“</translation>
    </message>
    <message>
        <source>The previous dose</source>
        <translation>Die bisherige Dosis</translation>
    </message>
    <message>
        <source>The appointment&apos;s phone number</source>
        <translation>Die Telefonnummer des Termins</translation>
    </message>
    <message>
        <source>Who will contact the patient</source>
        <translation>„Wer den Patienten kontaktiert“</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>Der Schlüssel</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>Die Quelle</translation>
    </message>
    <message>
        <source>The substance</source>
        <translation>Die Substanz</translation>
    </message>
    <message>
        <source>The criticality</source>
        <translation>Die Kritikalität</translation>
    </message>
    <message>
        <source>The medicine</source>
        <translation>Das Medikament</translation>
    </message>
    <message>
        <source>The dosage</source>
        <translation>Die Dosierung</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Das Problem</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>Der Name des Kontakts</translation>
    </message>
    <message>
        <source>The relationship</source>
        <translation>Die Beziehung</translation>
    </message>
    <message>
        <source>The team member&apos;s name</source>
        <translation>Der Name des Teammitglieds</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Die Rolle</translation>
    </message>
    <message>
        <source>The reaction</source>
        <translation>Die Reaktion</translation>
    </message>
    <message>
        <source>The severity</source>
        <translation>Der Schweregrad</translation>
    </message>
    <message>
        <source>The allergy&apos;s status</source>
        <translation>Der Status der Allergie</translation>
    </message>
    <message>
        <source>The route</source>
        <translation>Die Applikation</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>„Wie oft“</translation>
    </message>
    <message>
        <source>The name in Latin letters</source>
        <translation>Der Name in lateinischer Schrift</translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation>„Wer entschieden hat“</translation>
    </message>
    <message>
        <source>Whom it was discussed with</source>
        <translation>„Mit wem es besprochen wurde“</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>Das Formular</translation>
    </message>
    <message>
        <source>The state</source>
        <translation>Der Zustand</translation>
    </message>
    <message>
        <source>The detail</source>
        <translation>Die Angabe</translation>
    </message>
    <message>
        <source>The saved state</source>
        <translation>Der gespeicherte Zustand</translation>
    </message>
    <message>
        <source>What matters today</source>
        <translation>„Was heute wichtig ist“</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <source>The participants</source>
        <translation>Die Teilnehmenden</translation>
    </message>
    <message>
        <source>The section</source>
        <translation>Der Abschnitt</translation>
    </message>
    <message>
        <source>Who follows it up</source>
        <translation>„Wer nachverfolgt“</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>einer anderen Person</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: &quot;tables&quot; must map table names to lists of rows</source>
        <translation>%1: &quot;tables&quot; muss Tabellennamen auf Listen von Zeilen abbilden</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte %2)</source>
        <translation>%1 ist kein UTF-8-Text (Byte %2)</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3): it may be truncated</source>
        <translation>%1 ist kein gültiges JSON (Zeile %2, Spalte %3): Die Datei ist möglicherweise abgeschnitten</translation>
    </message>
    <message>
        <source>%1 is not a Rounds export</source>
        <translation>%1 ist kein Rounds-Export</translation>
    </message>
    <message>
        <source>%1 has no valid format_version (a whole number from 1)</source>
        <translation>%1 hat keine gültige format_version (eine ganze Zahl ab 1)</translation>
    </message>
    <message>
        <source>%1 is format version %2; this Rounds reads up to version %3 — update Rounds</source>
        <translation>%1 hat Formatversion %2; diese Rounds-Version liest bis Version %3 — aktualisieren Sie Rounds</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; at the top level</source>
        <translation>%1: unbekannter Schlüssel &apos;%2&apos; auf oberster Ebene</translation>
    </message>
    <message>
        <source>%1: table &apos;%2&apos; is not part of a Rounds export</source>
        <translation>%1: Tabelle &apos;%2&apos; gehört nicht zu einem Rounds-Export</translation>
    </message>
    <message>
        <source>%1: table %2 must be a list of rows</source>
        <translation>%1: Tabelle %2 muss eine Liste von Zeilen sein</translation>
    </message>
    <message>
        <source>%1: %2 must be one of: %3</source>
        <translation>%1: %2 muss einer dieser Werte sein: %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 names no row in %4</source>
        <translation>%1: %2 %3 verweist auf keine Zeile in %4</translation>
    </message>
    <message>
        <source>%1: table %2 row #%3 must be an object</source>
        <translation>%1: Tabelle %2, Zeile #%3 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: table %2 row #%3: id must be a whole number from 1</source>
        <translation>%1: Tabelle %2, Zeile #%3: id muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>%1: unknown column &apos;%2&apos;</source>
        <translation>%1: unbekannte Spalte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; cannot be null</source>
        <translation>%1: Spalte &apos;%2&apos; darf nicht null sein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: missing column &apos;%2&apos;</source>
        <translation>%1: Spalte &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <source>%1: the id appears twice</source>
        <translation>%1: Die id kommt doppelt vor</translation>
    </message>
    <message>
        <source>%1: %2 %3 names no earlier row in %4</source>
        <translation>%1: %2 %3 verweist auf keine frühere Zeile in %4</translation>
    </message>
    <message>
        <source>%1: %2 repeats row id=%3</source>
        <translation>%1: %2 wiederholt Zeile id=%3</translation>
    </message>
    <message>
        <source>export the database</source>
        <translation>die Datenbank zu exportieren</translation>
    </message>
    <message>
        <source>export user accounts with their passwords</source>
        <translation>Benutzerkonten mit ihren Passwörtern zu exportieren</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>import a database export</source>
        <translation>einen Datenbankexport zu importieren</translation>
    </message>
    <message>
        <source>the database already holds data; use --merge to add this export to it</source>
        <translation>Die Datenbank enthält bereits Daten; verwenden Sie --merge, um diesen Export hinzuzufügen</translation>
    </message>
    <message>
        <source>%1: its rows break a rule of the database (%2)</source>
        <translation>%1: Die Zeilen verletzen eine Regel der Datenbank (%2)</translation>
    </message>
    <message>
        <source>%1: cannot merge: %2 %3 %4 already exists</source>
        <translation>%1: Zusammenführen nicht möglich: %2 %3 %4 existiert bereits</translation>
    </message>
    <message>
        <source>Give the name of the translator who reviewed the catalog.</source>
        <translation>Nennen Sie die Person, die die Übersetzung des Katalogs geprüft hat.</translation>
    </message>
    <message>
        <source>import a census</source>
        <translation>eine Patientenliste zu importieren</translation>
    </message>
    <message>
        <source>someone changed the same patients or beds while the import ran; nothing was imported — try again</source>
        <translation>Während des Imports hat jemand dieselben Patienten oder Betten geändert; es wurde nichts importiert — versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>bed %1 is no longer on the ward; nothing was imported</source>
        <translation>Bett %1 gehört nicht mehr zur Station; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>bed %1 was taken after the import was planned; nothing was imported — plan the import again</source>
        <translation>Bett %1 wurde nach der Importplanung belegt; es wurde nichts importiert — planen Sie den Import neu</translation>
    </message>
    <message>
        <source>an admission was planned without a ward; nothing was imported</source>
        <translation>Eine Aufnahme wurde ohne Station geplant; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>patient %1: the expected discharge date is before the admission; nothing was imported</source>
        <translation>Patient %1: Das erwartete Entlassdatum liegt vor der Aufnahme; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported:
%3</source>
        <translation>%1: %2; es wurde nichts importiert:
%3</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV file (%2)</source>
        <translation>%1 ist keine lesbare CSV-Datei (%2)</translation>
    </message>
    <message>
        <source>%1: the header row must name the columns %2, each once, in any order (%3)</source>
        <translation>%1: Die Kopfzeile muss die Spalten %2 je einmal nennen, in beliebiger Reihenfolge (%3)</translation>
    </message>
    <message>
        <source>%1 has no patient rows</source>
        <translation>%1 enthält keine Patientenzeilen</translation>
    </message>
    <message>
        <source>find patients</source>
        <translation>Patienten zu suchen</translation>
    </message>
    <message>
        <source>Bed %1 is on several wards; choose one with --ward.</source>
        <translation>Bett %1 gibt es auf mehreren Stationen; wählen Sie eine mit --ward.</translation>
    </message>
    <message>
        <source>No patient is in bed %1 or has the MRN %2.</source>
        <translation>Kein Patient liegt in Bett %1 oder hat die Patienten-ID %2.</translation>
    </message>
    <message>
        <source>export patients</source>
        <translation>Patienten zu exportieren</translation>
    </message>
    <message>
        <source>%1 is not FHIR: it has no resourceType</source>
        <translation>%1 ist kein FHIR: resourceType fehlt</translation>
    </message>
    <message>
        <source>%1: the Bundle&apos;s entry must be a list</source>
        <translation>%1: entry des Bundles muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: entry %2 is not an object</source>
        <translation>%1: entry %2 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: entry %2 has no resourceType</source>
        <translation>%1: entry %2 hat keinen resourceType</translation>
    </message>
    <message>
        <source>%1 is FHIR %2, not R4: export it as FHIR R4</source>
        <translation>%1 ist FHIR %2, nicht R4: Exportieren Sie die Datei als FHIR R4</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a FHIR R4 resource type (is the file another FHIR version?)</source>
        <translation>%1: &apos;%2&apos; ist kein FHIR-R4-Ressourcentyp (hat die Datei eine andere FHIR-Version?)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 nests too deeply to be FHIR</source>
        <translation>%1 ist zu tief verschachtelt für FHIR</translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; contains a control character; nothing was imported</source>
        <translation>%1: %2, Spalte &apos;%3&apos; enthält ein Steuerzeichen; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; must be one line but holds a line break; nothing was imported</source>
        <translation>%1: %2, Spalte &apos;%3&apos; muss einzeilig sein, enthält aber einen Zeilenumbruch; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; is empty; nothing was imported</source>
        <translation>%1: %2, Spalte &apos;%3&apos; ist leer; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; is %4 characters long; the limit is %5; nothing was imported</source>
        <translation>%1: %2, Spalte &apos;%3&apos; ist %4 Zeichen lang; erlaubt sind %5; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; must be one of: %4; nothing was imported</source>
        <translation>%1: %2, Spalte &apos;%3&apos; muss einer dieser Werte sein: %4; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; %4; nothing was imported</source>
        <translation>%1: %2, Spalte &apos;%3&apos; %4; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1 (%2) is not valid FHIR R4: %3</source>
        <translation>%1 (%2) ist kein gültiges FHIR R4: %3</translation>
    </message>
    <message>
        <source>There is no ward with id %1.</source>
        <translation>Es gibt keine Station mit der ID %1.</translation>
    </message>
    <message>
        <source>The database cannot be reached (%1).</source>
        <translation>Die Datenbank ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>Paper must be one of %1.</source>
        <translation>Das Papierformat muss eines von %1 sein.</translation>
    </message>
    <message>
        <source>The number of days before a field is flagged must be 1 or more.</source>
        <translation>Die Anzahl der Tage, bevor ein Feld markiert wird, muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>print sensitive entries</source>
        <translation>vertrauliche Einträge zu drucken</translation>
    </message>
    <message>
        <source>print handoff sheets</source>
        <translation>Übergabebögen zu drucken</translation>
    </message>
    <message>
        <source>print discharge summaries</source>
        <translation>Entlassberichte zu drucken</translation>
    </message>
    <message>
        <source>The audience must be one of %1.</source>
        <translation>Die Zielgruppe muss eine von %1 sein.</translation>
    </message>
    <message>
        <source>The patient&apos;s copy never includes sensitive entries.</source>
        <translation>Das Patientenexemplar enthält nie vertrauliche Einträge.</translation>
    </message>
    <message>
        <source>Big print is an option of the patient&apos;s copy.</source>
        <translation>Großdruck ist eine Option des Patientenexemplars.</translation>
    </message>
    <message>
        <source>record a print</source>
        <translation>einen Druck zu protokollieren</translation>
    </message>
    <message>
        <source>view wards</source>
        <translation>Stationen anzusehen</translation>
    </message>
    <message>
        <source>There are no wards in this database.</source>
        <translation>In dieser Datenbank gibt es keine Stationen.</translation>
    </message>
    <message>
        <source>There is no ward with code or id &apos;%1&apos;.</source>
        <translation>Es gibt keine Station mit dem Kürzel oder der ID &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>view patients</source>
        <translation>Patienten anzusehen</translation>
    </message>
    <message>
        <source>No current patient has MRN &apos;%1&apos; or bed &apos;%2&apos; on %3.</source>
        <translation>Kein aktueller Patient auf %3 hat die Patienten-ID &apos;%1&apos; oder Bett &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>open actions</source>
        <translation>Aufgaben anzulegen</translation>
    </message>
    <message>
        <source>Name who owns the action: a discipline or a person.</source>
        <translation>Geben Sie an, wer für die Aufgabe zuständig ist: eine Berufsgruppe oder eine Person.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The due date is before the admission.</source>
        <translation>Das Fälligkeitsdatum liegt vor der Aufnahme.</translation>
    </message>
    <message>
        <source>Owner discipline</source>
        <translation>Die zuständige Berufsgruppe</translation>
    </message>
    <message>
        <source>close actions</source>
        <translation>Aufgaben abzuschließen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Der Status</translation>
    </message>
    <message>
        <source>Closing an action marks it done or cancelled.</source>
        <translation>Eine Aufgabe wird als erledigt oder abgebrochen abgeschlossen.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>This action is closed already.</source>
        <translation>Diese Aufgabe ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Only a signed-in user can %1.</source>
        <translation>Nur angemeldete Benutzer sind berechtigt, %1.</translation>
    </message>
    <message>
        <source>Patient %1 is already admitted.</source>
        <translation>Patient %1 ist bereits aufgenommen.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Bed %1 is not a bed on this ward.</source>
        <translation>Bett %1 gehört nicht zu dieser Station.</translation>
    </message>
    <message>
        <source>Bed %1 is occupied.</source>
        <translation>Bett %1 ist belegt.</translation>
    </message>
    <message>
        <source>The admission time is in the future.</source>
        <translation>Der Aufnahmezeitpunkt liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The expected discharge date</source>
        <translation>Das voraussichtliche Entlassdatum</translation>
    </message>
    <message>
        <source>the admission</source>
        <translation>der Aufnahme</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Der Schweregrad</translation>
    </message>
    <message>
        <source>The discharge</source>
        <translation>Die Entlassung</translation>
    </message>
    <message>
        <source>The new order does not list exactly the ward&apos;s current patients; reload and try again.</source>
        <translation>Die neue Reihenfolge enthält nicht genau die aktuellen Patienten der Station; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>When it answers</source>
        <translation>Die Erreichbarkeit</translation>
    </message>
    <message>
        <source>A teach-back with the patient names no one else.</source>
        <translation>Ein Teach-back mit dem Patienten nennt keine weitere Person.</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>„Verstanden“</translation>
    </message>
    <message>
        <source>Record &apos;no known allergies&apos; as such, not as a substance.</source>
        <translation>Erfassen Sie „keine bekannten Allergien“ als solche, nicht als Substanz.</translation>
    </message>
    <message>
        <source>This allergy is already recorded; change that entry instead.</source>
        <translation>Diese Allergie ist bereits erfasst; ändern Sie stattdessen diesen Eintrag.</translation>
    </message>
    <message>
        <source>That substance is recorded already in another entry.</source>
        <translation>Diese Substanz ist bereits in einem anderen Eintrag erfasst.</translation>
    </message>
    <message>
        <source>Allergies are recorded for this patient: mark them entered in error or resolved before recording no known allergies.</source>
        <translation>Für diesen Patienten sind Allergien erfasst: Markieren Sie sie als irrtümlich erfasst oder abgeklungen, bevor Sie „keine bekannten Allergien“ erfassen.</translation>
    </message>
    <message>
        <source>the audit key %1 is missing, so nothing can be saved: restore it from your backup, or set ROUNDS_AUDIT_KEY_FILE to the ward&apos;s key</source>
        <translation>Der Audit-Schlüssel %1 fehlt, daher kann nichts gespeichert werden: Stellen Sie ihn aus der Sicherung wieder her oder setzen Sie ROUNDS_AUDIT_KEY_FILE auf den Schlüssel der Station</translation>
    </message>
    <message>
        <source>the audit trail does not verify with the audit key %1, so nothing can be saved: every workstation needs the ward&apos;s key; run rounds-app audit verify</source>
        <translation>Das Audit-Protokoll lässt sich mit dem Audit-Schlüssel %1 nicht prüfen, daher kann nichts gespeichert werden: Jeder Arbeitsplatz braucht den Schlüssel der Station; führen Sie rounds-app audit verify aus</translation>
    </message>
    <message>
        <source>Card field</source>
        <translation>Das Kartenfeld</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Die Erzählperspektive</translation>
    </message>
    <message>
        <source>card field</source>
        <translation>Kartenfeld</translation>
    </message>
    <message>
        <source>Choose the discipline this entry speaks for.</source>
        <translation>Wählen Sie die Berufsgruppe, für die dieser Eintrag spricht.</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Die Berufsgruppe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Die Art</translation>
    </message>
    <message>
        <source>Only the author can amend an entry.</source>
        <translation>Nur wer einen Eintrag verfasst hat, kann ihn korrigieren.</translation>
    </message>
    <message>
        <source>This entry has been amended since you opened it; amend the newest version.</source>
        <translation>Dieser Eintrag wurde seit dem Öffnen korrigiert; korrigieren Sie die neueste Version.</translation>
    </message>
    <message>
        <source>The amended entry</source>
        <translation>Der korrigierte Eintrag</translation>
    </message>
    <message>
        <source>The amendment changes nothing.</source>
        <translation>Die Korrektur ändert nichts.</translation>
    </message>
    <message>
        <source>The discharge plan you opened no longer exists; reload the card.</source>
        <translation>Der geöffnete Entlassplan existiert nicht mehr; laden Sie die Karte neu.</translation>
    </message>
    <message>
        <source>The kind of place</source>
        <translation>Die Art des Ortes</translation>
    </message>
    <message>
        <source>A booked appointment needs its date and time.</source>
        <translation>Ein gebuchter Termin braucht Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>A booked appointment needs the kind of place: GP surgery, clinic, home…</source>
        <translation>Ein gebuchter Termin braucht die Art des Ortes: Hausarztpraxis, Ambulanz, Zuhause…</translation>
    </message>
    <message>
        <source>An appointment that is not booked has no time yet: leave it out or tick Booked.</source>
        <translation>Ein nicht gebuchter Termin hat noch keine Uhrzeit: Lassen Sie sie weg oder haken Sie „Gebucht“ an.</translation>
    </message>
    <message>
        <source>Say who will contact the patient about this appointment.</source>
        <translation>Geben Sie an, wer den Patienten wegen dieses Termins kontaktiert.</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Die Änderung</translation>
    </message>
    <message>
        <source>Only a pharmacist or a physician can %1.</source>
        <translation>Nur Apotheker oder Ärzte sind berechtigt, %1.</translation>
    </message>
    <message>
        <source>Keep at least 1 set of downtime sheets.</source>
        <translation>Behalten Sie mindestens 1 Satz Ausfallbögen.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>A downtime set for %1 already exists.</source>
        <translation>Ein Satz Ausfallbögen für %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot write the downtime sheets to %1: %2.</source>
        <translation>Die Ausfallbögen können nicht in %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The span ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Choose a span of at most %1 days.</source>
        <translation>Wählen Sie einen Zeitraum von höchstens %1 Tagen.</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>%1 mit der ID %2 existiert nicht.</translation>
    </message>
    <message>
        <source>resuscitation decision</source>
        <translation>Reanimationsentscheidung</translation>
    </message>
    <message>
        <source>safety check</source>
        <translation>Sicherheitscheck</translation>
    </message>
    <message>
        <source>%1 contains a control character; remove it and save again.</source>
        <translation>%1 enthält ein Steuerzeichen; entfernen Sie es und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>%1 must be one line but holds a line break; put it on one line.</source>
        <translation>%1 muss einzeilig sein, enthält aber einen Zeilenumbruch; schreiben Sie alles in eine Zeile.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3.</source>
        <translation>%1 ist %2 Zeichen lang; erlaubt sind %3.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>%1 %2 was changed by %3 (version %4) after you opened version %5.</source>
        <translation>%1 %2 wurde inzwischen von %3 geändert (Version %4); Sie hatten Version %5 geöffnet.</translation>
    </message>
    <message>
        <source>There is no admission with id %1.</source>
        <translation>Es gibt keine Aufnahme mit der ID %1.</translation>
    </message>
    <message>
        <source>add contingencies</source>
        <translation>Wenn-dann-Pläne hinzuzufügen</translation>
    </message>
    <message>
        <source>retire contingencies</source>
        <translation>Wenn-dann-Pläne zurückzuziehen</translation>
    </message>
    <message>
        <source>contingency</source>
        <translation>Wenn-dann-Plan</translation>
    </message>
    <message>
        <source>An administrator account cannot %1.</source>
        <translation>Ein Administratorkonto ist nicht berechtigt, %1.</translation>
    </message>
    <message>
        <source>A charge nurse account cannot %1.</source>
        <translation>Ein Konto der Stationsleitung ist nicht berechtigt, %1.</translation>
    </message>
    <message>
        <source>A clinician account cannot %1.</source>
        <translation>Ein Konto für klinische Fachkräfte ist nicht berechtigt, %1.</translation>
    </message>
    <message>
        <source>A ward display account cannot %1.</source>
        <translation>Ein Konto der Stationsanzeige ist nicht berechtigt, %1.</translation>
    </message>
    <message>
        <source>admit patients</source>
        <translation>Patienten aufzunehmen</translation>
    </message>
    <message>
        <source>move patients between beds</source>
        <translation>Patienten in ein anderes Bett zu verlegen</translation>
    </message>
    <message>
        <source>discharge patients</source>
        <translation>Patienten zu entlassen</translation>
    </message>
    <message>
        <source>edit the clinical summary</source>
        <translation>die klinische Zusammenfassung zu bearbeiten</translation>
    </message>
    <message>
        <source>reorder the round</source>
        <translation>die Reihenfolge der Visite zu ändern</translation>
    </message>
    <message>
        <source>edit discharge plans</source>
        <translation>Entlasspläne zu bearbeiten</translation>
    </message>
    <message>
        <source>discharge plan</source>
        <translation>Entlassplan</translation>
    </message>
    <message>
        <source>pending test</source>
        <translation>Ausstehender Befund</translation>
    </message>
    <message>
        <source>number to call</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <source>record a teach-back</source>
        <translation>ein Teach-back zu erfassen</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>record allergies</source>
        <translation>Allergien zu erfassen</translation>
    </message>
    <message>
        <source>allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>view the ward</source>
        <translation>die Station anzusehen</translation>
    </message>
    <message>
        <source>read patient cards</source>
        <translation>Patientenkarten zu lesen</translation>
    </message>
    <message>
        <source>edit narrative cards</source>
        <translation>Patientenkarten zu bearbeiten</translation>
    </message>
    <message>
        <source>read narrative cards</source>
        <translation>Patientenkarten zu lesen</translation>
    </message>
    <message>
        <source>revisit goals of care</source>
        <translation>die Therapieziele neu zu besprechen</translation>
    </message>
    <message>
        <source>add contributions</source>
        <translation>Beiträge hinzuzufügen</translation>
    </message>
    <message>
        <source>amend contributions</source>
        <translation>Beiträge zu korrigieren</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>read contributions</source>
        <translation>Beiträge zu lesen</translation>
    </message>
    <message>
        <source>admission</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <source>tick the discharge checklist</source>
        <translation>die Entlass-Checkliste abzuhaken</translation>
    </message>
    <message>
        <source>follow-up appointment</source>
        <translation>Nachsorgetermin</translation>
    </message>
    <message>
        <source>medication change</source>
        <translation>Medikationsänderung</translation>
    </message>
    <message>
        <source>decide a medication change</source>
        <translation>über eine Medikationsänderung zu entscheiden</translation>
    </message>
    <message>
        <source>record the medicines reconciliation</source>
        <translation>den Medikationsabgleich zu erfassen</translation>
    </message>
    <message>
        <source>print downtime sheets</source>
        <translation>Ausfallbögen zu drucken</translation>
    </message>
    <message>
        <source>record a downtime print</source>
        <translation>einen Ausfalldruck zu protokollieren</translation>
    </message>
    <message>
        <source>view ward insights</source>
        <translation>die Auswertungen der Station anzusehen</translation>
    </message>
    <message>
        <source>This patient has been discharged; the admission is archived.</source>
        <translation>Dieser Patient wurde entlassen; die Aufnahme ist archiviert.</translation>
    </message>
    <message>
        <source>That round is not a round of this patient&apos;s ward.</source>
        <translation>Diese Visite gehört nicht zur Station dieses Patienten.</translation>
    </message>
    <message>
        <source>That round has ended.</source>
        <translation>Diese Visite ist beendet.</translation>
    </message>
    <message>
        <source>read actions</source>
        <translation>Aufgaben zu lesen</translation>
    </message>
    <message>
        <source>The %1 score must be a whole number from 0 to 10.</source>
        <translation>Der Wert für %1 muss eine ganze Zahl von 0 bis 10 sein.</translation>
    </message>
    <message>
        <source>The %1 score must be from 0 to 10.</source>
        <translation>Der Wert für %1 muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <source>Record at least one score: pain, feeling or breathlessness.</source>
        <translation>Erfassen Sie mindestens einen Wert: Schmerz, Befinden oder Atemnot.</translation>
    </message>
    <message>
        <source>record patient-reported outcomes</source>
        <translation>Selbsteinschätzungen von Patienten zu erfassen</translation>
    </message>
    <message>
        <source>read patient-reported outcomes</source>
        <translation>Selbsteinschätzungen von Patienten zu lesen</translation>
    </message>
    <message>
        <source>read case reviews</source>
        <translation>Fallbesprechungen zu lesen</translation>
    </message>
    <message>
        <source>case review</source>
        <translation>Fallbesprechung</translation>
    </message>
    <message>
        <source>write case reviews</source>
        <translation>Fallbesprechungen zu verfassen</translation>
    </message>
    <message>
        <source>This review is final; amend a section instead.</source>
        <translation>Diese Fallbesprechung ist abgeschlossen; korrigieren Sie stattdessen einen Abschnitt.</translation>
    </message>
    <message>
        <source>This review is already final.</source>
        <translation>Diese Fallbesprechung ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Write “%1” before making the review final.</source>
        <translation>Füllen Sie „%1“ aus, bevor Sie die Fallbesprechung abschließen.</translation>
    </message>
    <message>
        <source>amend case reviews</source>
        <translation>Fallbesprechungen zu korrigieren</translation>
    </message>
    <message>
        <source>Only a final review is amended; edit the draft instead.</source>
        <translation>Nur abgeschlossene Fallbesprechungen werden korrigiert; bearbeiten Sie stattdessen den Entwurf.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Der Abschnitt</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Die teilnehmende Berufsgruppe</translation>
    </message>
    <message>
        <source>view ward rounds</source>
        <translation>Visiten anzusehen</translation>
    </message>
    <message>
        <source>ward round</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>record resuscitation decisions</source>
        <translation>Reanimationsentscheidungen zu erfassen</translation>
    </message>
    <message>
        <source>Resuscitation status</source>
        <translation>Der Reanimationsstatus</translation>
    </message>
    <message>
        <source>Ceiling of treatment</source>
        <translation>Die Therapiebegrenzung</translation>
    </message>
    <message>
        <source>The date decided</source>
        <translation>Das Entscheidungsdatum</translation>
    </message>
    <message>
        <source>record safety checks</source>
        <translation>Sicherheitschecks zu erfassen</translation>
    </message>
    <message>
        <source>Safety item</source>
        <translation>Der Sicherheitspunkt</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of: %3.</source>
        <translation>%1 &apos;%2&apos; ist keiner dieser Werte: %3.</translation>
    </message>
    <message>
        <source>The date since</source>
        <translation>Das Datum „seit“</translation>
    </message>
    <message>
        <source>edit a patient&apos;s identity</source>
        <translation>die Identität eines Patienten zu bearbeiten</translation>
    </message>
    <message>
        <source>read safety facts</source>
        <translation>Sicherheitsangaben zu lesen</translation>
    </message>
    <message>
        <source>Fact &apos;%1&apos; is not one of: %2.</source>
        <translation>Angabe &apos;%1&apos; ist keiner dieser Werte: %2.</translation>
    </message>
    <message>
        <source>record contacts</source>
        <translation>Kontakte zu erfassen</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>record medicines</source>
        <translation>Medikamente zu erfassen</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>There is no %1 with id %2 for this patient.</source>
        <translation>%1 mit der ID %2 existiert für diesen Patienten nicht.</translation>
    </message>
    <message>
        <source>This %1 is on the list already; change that entry instead.</source>
        <translation>Dieser Eintrag (%1) steht bereits auf der Liste; ändern Sie stattdessen diesen Eintrag.</translation>
    </message>
    <message>
        <source>That name is on the list already, in another %1 entry.</source>
        <translation>Dieser Name steht bereits auf der Liste, in einem anderen Eintrag (%1).</translation>
    </message>
    <message>
        <source>The password is shorter than %1 characters.</source>
        <translation>Das Passwort ist kürzer als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The password is longer than %1 characters.</source>
        <translation>Das Passwort ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>Benutzerkonten zu verwalten</translation>
    </message>
    <message>
        <source>The username &apos;%1&apos; is taken.</source>
        <translation>Der Benutzername &apos;%1&apos; ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Die Rolle</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>sich anzumelden</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation>Es gibt keinen Benutzer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>unlock user accounts</source>
        <translation>Benutzerkonten zu entsperren</translation>
    </message>
    <message>
        <source>change a password</source>
        <translation>ein Passwort zu ändern</translation>
    </message>
    <message>
        <source>change another user&apos;s password</source>
        <translation>das Passwort eines anderen Benutzers zu ändern</translation>
    </message>
    <message>
        <source>list user accounts</source>
        <translation>Benutzerkonten aufzulisten</translation>
    </message>
    <message>
        <source>This database has accounts already; sign in instead.</source>
        <translation>Diese Datenbank hat bereits Konten; melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role.</source>
        <translation>Sie können sich die eigene Administratorrolle nicht entziehen.</translation>
    </message>
    <message>
        <source>%1 may hold only digits, spaces, +, (, ) and -.</source>
        <translation>%1 darf nur Ziffern, Leerzeichen, +, (, ) und - enthalten.</translation>
    </message>
    <message>
        <source>%1 is before %2.</source>
        <translation>%1 liegt vor %2.</translation>
    </message>
    <message>
        <source>This entry is marked sensitive.</source>
        <translation>Dieser Eintrag ist als vertraulich markiert.</translation>
    </message>
    <message>
        <source>run ward rounds</source>
        <translation>Visiten zu leiten</translation>
    </message>
    <message>
        <source>A round is already running on this ward.</source>
        <translation>Auf dieser Station läuft bereits eine Visite.</translation>
    </message>
    <message>
        <source>The time per patient is between 30 seconds and an hour.</source>
        <translation>Die Zeit pro Patient liegt zwischen 30 Sekunden und einer Stunde.</translation>
    </message>
    <message>
        <source>This round has ended.</source>
        <translation>Diese Visite ist beendet.</translation>
    </message>
    <message>
        <source>This patient is not in the round.</source>
        <translation>Dieser Patient ist nicht Teil der Visite.</translation>
    </message>
    <message>
        <source>Time spent cannot be negative.</source>
        <translation>Die aufgewendete Zeit kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Das Ergebnis</translation>
    </message>
    <message>
        <source>create wards</source>
        <translation>Stationen anzulegen</translation>
    </message>
    <message>
        <source>A ward with code &apos;%1&apos; exists already.</source>
        <translation>Eine Station mit dem Kürzel &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>Two beds have the same label.</source>
        <translation>Zwei Betten haben dieselbe Bezeichnung.</translation>
    </message>
    <message>
        <source>add beds</source>
        <translation>Betten hinzuzufügen</translation>
    </message>
    <message>
        <source>Ward %1 already has a bed &apos;%2&apos;.</source>
        <translation>Station %1 hat bereits ein Bett &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>There is no ward &apos;%1&apos;.</source>
        <translation>Es gibt keine Station &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>view beds</source>
        <translation>Betten anzusehen</translation>
    </message>
    <message>
        <source>the site settings %1 cannot be read: %2</source>
        <translation>Die Standorteinstellungen %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the site settings %1 name unknown settings: %2</source>
        <translation>Die Standorteinstellungen %1 nennen unbekannte Einstellungen: %2</translation>
    </message>
    <message>
        <source>the site settings %1: enforce must list some of %2</source>
        <translation>Standorteinstellungen %1: enforce muss einige von %2 auflisten</translation>
    </message>
    <message>
        <source>the site settings %1: %2 must be a non-empty text</source>
        <translation>Standorteinstellungen %1: %2 muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>the site settings %1: lock_after_minutes must be a number</source>
        <translation>Standorteinstellungen %1: lock_after_minutes muss eine Zahl sein</translation>
    </message>
    <message>
        <source>the site settings %1: lock_after_minutes must be above 0 and at most %2</source>
        <translation>Standorteinstellungen %1: lock_after_minutes muss größer als 0 und höchstens %2 sein</translation>
    </message>
    <message>
        <source>the site settings %1: downtime_folder must be a full path</source>
        <translation>Standorteinstellungen %1: downtime_folder muss ein vollständiger Pfad sein</translation>
    </message>
    <message>
        <source>this database holds tables that are not a Rounds database</source>
        <translation>Diese Datenbank enthält Tabellen, die nicht zu einer Rounds-Datenbank gehören</translation>
    </message>
    <message>
        <source>this database was written by a newer Rounds (schema %1); update Rounds</source>
        <translation>Diese Datenbank stammt von einer neueren Rounds-Version (Schema %1); aktualisieren Sie Rounds</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Ward handoff sheet</source>
        <translation>Übergabebogen der Station</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Discharge summary for the patient and family</source>
        <translation>Entlassinformation für Patient und Angehörige</translation>
    </message>
    <message>
        <source>Discharge summary for the team</source>
        <translation>Entlassbericht für das Team</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bett</translation>
    </message>
    <message>
        <source>no bed</source>
        <translation>kein Bett</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Rounds</source>
        <translation>Bei Rounds anmelden</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Sign in with your ward account.</source>
        <translation>Melden Sie sich mit Ihrem Stationskonto an.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
</context>
<context>
    <name>SlideWords</name>
    <message>
        <source>Admitted today</source>
        <translation>Heute aufgenommen</translation>
    </message>
    <message>
        <source>Admitted yesterday</source>
        <translation>Gestern aufgenommen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days in hospital</source>
        <translation>
            <numerusform>%Ln Tag im Krankenhaus</numerusform>
            <numerusform>%Ln Tage im Krankenhaus</numerusform>
        </translation>
    </message>
    <message>
        <source>No discharge date yet</source>
        <translation>Noch kein Entlassdatum</translation>
    </message>
    <message>
        <source>Expected home yesterday</source>
        <translation>Sollte gestern nach Hause</translation>
    </message>
    <message>
        <source>Expected home today</source>
        <translation>Voraussichtlich heute nach Hause</translation>
    </message>
    <message>
        <source>Expected home tomorrow</source>
        <translation>Voraussichtlich morgen nach Hause</translation>
    </message>
    <message numerus="yes">
        <source>Expected home in %Ln days</source>
        <translation>
            <numerusform>Voraussichtlich in %Ln Tag nach Hause</numerusform>
            <numerusform>Voraussichtlich in %Ln Tagen nach Hause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected home %Ln days ago</source>
        <translation>
            <numerusform>Sollte vor %Ln Tag nach Hause</numerusform>
            <numerusform>Sollte vor %Ln Tagen nach Hause</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Befinden</translation>
    </message>
    <message>
        <source>Breathless</source>
        <translation>Atemnot</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>No goals of care written yet.</source>
        <translation>Noch keine Therapieziele eingetragen.</translation>
    </message>
    <message>
        <source>Never revisited</source>
        <translation>Nie überprüft</translation>
    </message>
    <message>
        <source>Not revisited since the severity changed</source>
        <translation>Seit Änderung des Schweregrads nicht überprüft</translation>
    </message>
    <message numerus="yes">
        <source>Not revisited for %Ln days</source>
        <translation>
            <numerusform>Seit %Ln Tag nicht überprüft</numerusform>
            <numerusform>Seit %Ln Tagen nicht überprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Revisited today</source>
        <translation>Heute überprüft</translation>
    </message>
    <message>
        <source>Revisited yesterday</source>
        <translation>Gestern überprüft</translation>
    </message>
    <message numerus="yes">
        <source>Revisited %Ln days ago</source>
        <translation>
            <numerusform>Vor %Ln Tag überprüft</numerusform>
            <numerusform>Vor %Ln Tagen überprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing new since the last round.</source>
        <translation>Nichts Neues seit der letzten Visite.</translation>
    </message>
    <message>
        <source>No discharge plan yet</source>
        <translation>Noch kein Entlassplan</translation>
    </message>
    <message>
        <source>No readiness checklist yet</source>
        <translation>Noch keine Entlass-Checkliste</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1 von %2 bereit</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Going to</source>
        <translation>Entlassziel</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Hindernisse</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Niemand zuständig</translation>
    </message>
    <message>
        <source>%1 — overdue: due %2</source>
        <translation>%1 — überfällig: fällig am %2</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — fällig am %2</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Keine offenen Aufgaben.</translation>
    </message>
    <message>
        <source>If</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
    <message>
        <source>No if/then plans.</source>
        <translation>Keine Wenn-dann-Pläne.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Rounds — ward-room screen</source>
        <translation>Rounds — Stationsbildschirm</translation>
    </message>
    <message>
        <source>Rounds — console</source>
        <translation>Rounds — Konsole</translation>
    </message>
    <message>
        <source>This screen, beside the console</source>
        <translation>Dieser Bildschirm, neben der Konsole</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>Bildschirm %1: %2 (%3×%4)</translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <source>Start a round</source>
        <translation>Visite starten</translation>
    </message>
    <message>
        <source>Round of %1</source>
        <translation>Visite: %1</translation>
    </message>
    <message>
        <source>Minutes per patient</source>
        <translation>Minuten pro Patient</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Time per patient</source>
        <translation>&amp;Zeit pro Patient</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>The round is over</source>
        <translation>Die Visite ist beendet</translation>
    </message>
    <message>
        <source>Each patient&apos;s outcome</source>
        <translation>Ergebnis je Patient</translation>
    </message>
    <message>
        <source>Close rounds mode</source>
        <translation>Visitenmodus schließen</translation>
    </message>
    <message>
        <source>Close rounds mode (Enter or Esc)</source>
        <translation>Visitenmodus schließen (Enter oder Esc)</translation>
    </message>
    <message>
        <source>actions: %1, read back: %2, entries: %3</source>
        <translation>Aufgaben: %1, vorgelesen: %2, Einträge: %3</translation>
    </message>
    <message>
        <source>No bed</source>
        <translation>Kein Bett</translation>
    </message>
</context>
<context>
    <name>TabNames</name>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>C&amp;ontributions</source>
        <translation>&amp;Beiträge</translation>
    </message>
    <message>
        <source>Actions &amp;&amp; &amp;if/then</source>
        <translation>Aufgaben &amp;&amp; &amp;Wenn/dann</translation>
    </message>
    <message>
        <source>Disc&amp;harge plan</source>
        <translation>&amp;Entlassplan</translation>
    </message>
    <message>
        <source>Safet&amp;y</source>
        <translation>&amp;Sicherheit</translation>
    </message>
</context>
<context>
    <name>TeachBacksSection</name>
    <message>
        <source>Teach-back</source>
        <translation>Teach-back</translation>
    </message>
    <message>
        <source>No teach-back recorded yet.</source>
        <translation>Noch kein Teach-back erfasst.</translation>
    </message>
    <message>
        <source>Record teach-back</source>
        <translation>Teach-back erfassen</translation>
    </message>
    <message>
        <source>When to take the water tablet; signs to call for</source>
        <translation>Wann die Wassertablette nehmen; bei welchen Zeichen anrufen</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>What was taught</source>
        <translation>Was erklärt wurde</translation>
    </message>
    <message>
        <source>Taught to</source>
        <translation>Wem erklärt</translation>
    </message>
    <message>
        <source>Said it back</source>
        <translation>Wiedergegeben</translation>
    </message>
    <message>
        <source>With the patient</source>
        <translation>Mit dem Patienten</translation>
    </message>
    <message>
        <source>With %1 (family)</source>
        <translation>Mit %1 (Angehörige)</translation>
    </message>
    <message>
        <source>With %1 (carer)</source>
        <translation>Mit %1 (Pflegeperson)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · taught by %2, %3</source>
        <translation>%1 · erklärt von %2, %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>Signed as %1, now</source>
        <translation>Signiert als %1, jetzt</translation>
    </message>
    <message>
        <source>Say how well they said it back.</source>
        <translation>Geben Sie an, wie gut die Person es wiedergegeben hat.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Sensitive</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Shared with the patient</source>
        <translation>Mit dem Patienten geteilt</translation>
    </message>
    <message>
        <source>Amended · v%1</source>
        <translation>Korrigiert · v%1</translation>
    </message>
    <message>
        <source>Written %1 by %2</source>
        <translation>Verfasst %1 von %2</translation>
    </message>
    <message>
        <source>Amended %1</source>
        <translation>Korrigiert %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Sensitive: never shown on the ward-room screen</source>
        <translation>Vertraulich: nie auf dem Stationsbildschirm angezeigt</translation>
    </message>
    <message>
        <source>Shared with the patient: printed on their own copy</source>
        <translation>Mit dem Patienten geteilt: auf dessen Exemplar gedruckt</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>A&amp;dd user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>&amp;Aktivieren</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Username</source>
        <extracomment>the row&apos;s UserView, on every column</extracomment>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Berufsgruppe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Gesperrt bis %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Nursing</source>
        <translation>Pflege</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmazie</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Ärztlicher Dienst</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Physiotherapie</translation>
    </message>
    <message>
        <source>Occupational therapy</source>
        <translation>Ergotherapie</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>Sozialdienst</translation>
    </message>
    <message>
        <source>Dietetics</source>
        <translation>Ernährungsberatung</translation>
    </message>
    <message>
        <source>Chaplaincy</source>
        <translation>Seelsorge</translation>
    </message>
    <message>
        <source>Family / carer</source>
        <translation>Angehörige / Pflegeperson</translation>
    </message>
    <message>
        <source>Patient&apos;s own words</source>
        <translation>Worte des Patienten</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Bedenken</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Neuer Stand</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht beurteilt</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Watcher</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Unstable</source>
        <translation>Instabil</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>charge nurse</source>
        <translation>Stationsleitung</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>klinische Fachkraft</translation>
    </message>
    <message>
        <source>ward display</source>
        <translation>Stationsanzeige</translation>
    </message>
    <message>
        <source>In the day</source>
        <translation>Tagsüber</translation>
    </message>
    <message>
        <source>At night</source>
        <translation>Nachts</translation>
    </message>
    <message>
        <source>Any time, day or night</source>
        <translation>Jederzeit, Tag und Nacht</translation>
    </message>
    <message>
        <source>At the hours given</source>
        <translation>Zu den angegebenen Zeiten</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Keep taking</source>
        <translation>Weiter einnehmen</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>A family member</source>
        <translation>Familienmitglied</translation>
    </message>
    <message>
        <source>A carer</source>
        <translation>Pflegeperson</translation>
    </message>
    <message>
        <source>Yes: said it back</source>
        <translation>Ja: wiedergegeben</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>No: teach again</source>
        <translation>Nein: erneut erklären</translation>
    </message>
    <message>
        <source>understood</source>
        <translation>verstanden</translation>
    </message>
    <message>
        <source>partly understood</source>
        <translation>teilweise verstanden</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>nicht verstanden</translation>
    </message>
    <message>
        <source>GP surgery</source>
        <translation>Hausarztpraxis</translation>
    </message>
    <message>
        <source>Hospital clinic</source>
        <translation>Krankenhausambulanz</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hausbesuch</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videosprechstunde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>WardSummariesRun</name>
    <message>
        <source>Discharge summaries</source>
        <translation>Entlassberichte</translation>
    </message>
    <message>
        <source>Making the discharge summaries…</source>
        <translation>Entlassberichte werden erstellt…</translation>
    </message>
    <message>
        <source>Stopping after this patient…</source>
        <translation>Wird nach diesem Patienten beendet…</translation>
    </message>
    <message numerus="yes">
        <source>Made %1 of %Ln discharge summaries…</source>
        <translation>
            <numerusform>%1 von %Ln Entlassbericht erstellt…</numerusform>
            <numerusform>%1 von %Ln Entlassberichten erstellt…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WardsDialog</name>
    <message>
        <source>Wards and beds</source>
        <translation>Stationen und Betten</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>Stationen</translation>
    </message>
    <message>
        <source>Beds of the chosen ward</source>
        <translation>Betten der gewählten Station</translation>
    </message>
    <message>
        <source>Add bed</source>
        <translation>Bett hinzufügen</translation>
    </message>
    <message>
        <source>e.g. 7B</source>
        <translation>z. B. 7B</translation>
    </message>
    <message>
        <source>e.g. Acute Medicine</source>
        <translation>z. B. Akutmedizin</translation>
    </message>
    <message>
        <source>Create ward</source>
        <translation>Station anlegen</translation>
    </message>
    <message>
        <source>&amp;Wards</source>
        <translation>&amp;Stationen</translation>
    </message>
    <message>
        <source>New &amp;bed</source>
        <translation>Neues &amp;Bett</translation>
    </message>
    <message>
        <source>B&amp;eds of the chosen ward</source>
        <translation>Be&amp;tten der gewählten Station</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kürzel</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Number of be&amp;ds</source>
        <translation>&amp;Anzahl der Betten</translation>
    </message>
    <message>
        <source>New ward</source>
        <translation>Neue Station</translation>
    </message>
    <message>
        <source>%1
%2, %3 occupied</source>
        <translation>%1
%2, %3 belegt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln beds</source>
        <translation>
            <numerusform>%Ln Bett</numerusform>
            <numerusform>%Ln Betten</numerusform>
        </translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No beds yet; add them one by one.</source>
        <translation>Noch keine Betten; fügen Sie sie einzeln hinzu.</translation>
    </message>
    <message>
        <source>Beds: %1</source>
        <translation>Betten: %1</translation>
    </message>
    <message>
        <source>A new ward needs a code and a name.</source>
        <translation>Eine neue Station braucht ein Kürzel und einen Namen.</translation>
    </message>
    <message>
        <source>Type the new bed&apos;s label first.</source>
        <translation>Geben Sie zuerst die Bezeichnung des neuen Betts ein.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Something unexpected went wrong; nothing more was done.</source>
        <translation>Etwas Unerwartetes ist schiefgelaufen; es wurde nichts weiter ausgeführt.</translation>
    </message>
</context>
</TS>
