<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative cards and shared notes for interdisciplinary ward rounds. The licences of what it ships are below; each font&apos;s licence file is in the application&apos;s resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, database and licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needed; it stays in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: what we will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (a role or a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionWording</name>
    <message>
        <source>Someone else (%1) closed it already; the list now shows it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else closed it already; the list now shows it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the census again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move patient &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move patient &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admit patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move bed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discharge patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wards and beds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downtime printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print discharge summary (&amp;team)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print discharge summary (&amp;patient)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;handoff sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print discharge summaries for the &amp;whole ward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import census…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;how the patient is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds &amp;insights…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If … then …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contingencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done and cancelled: %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed it already; the list now shows it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters a–z, digits, dot, dash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name colleagues will see.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <source>There is no ward to admit to yet: add one in Wards and beds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That ward is no longer there; reload the census.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient in the census first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit a patient to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the patient likes to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. she/her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they are here, in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;nouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One-liner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the MRN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllergiesSection</name>
    <message>
        <source>Allergies and intolerances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the patient was asked and has no known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Penicillin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. anaphylaxis, rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bstance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactio&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity of the reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k of a serious reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1: entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Allergies recorded: %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name the substance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · written %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text as it was stays in the entry&apos;s history, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: wrong dose written down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for the amendment (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share with patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this entry with the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sensitive entry is never shared with the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this entry on the patient&apos;s own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the text, or whether it is shared, to amend the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you are amending the entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendReviewDialog</name>
    <message>
        <source>Amend a final review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: a fact was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text before stays visible, struck through, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is unchanged: there is nothing to amend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it is amended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendmentsView</name>
    <message>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — amended by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Before: %2. After: %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Rounds closed unexpectedly last time; a report is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the path or the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds could not open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Pharmacy is not here: who takes the medicine questions back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social work is not here: who follows up home and supports?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is &amp;here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>Ward-room screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code status shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If … then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New since the last round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>The automatic backup could not be written; your work is saved as usual. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallContactsSection</name>
    <message>
        <source>Numbers to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers to call yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward 7B, district nurses, GP surgery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>020 7946 0123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays 9 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardField</name>
    <message>
        <source>Who I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters most to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worries and fears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture, faith and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home and supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of care</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardUndo</name>
    <message>
        <source>typing in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved text from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: a newer version is stored. Save again to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>Patient&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family / carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: what would you like us to call you, and what should we know about you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: what matters most to you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: what are you hoping for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: what worries you most?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: is there anything about your culture, faith or language we should know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: how can we best talk and share information with you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: who is at home, and who helps you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk through what the patient wants from their care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CensusBadges</name>
    <message>
        <source>%1 unassessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NBM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNACPR</source>
        <extracomment>the role under which the census model gives a row&apos;s badges</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NKA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CensusFiles</name>
    <message>
        <source>Import census</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Census files (*.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR R4 bundles and resources (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV census (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose FHIR files (.json), or one CSV census on its own; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CensusTableModel</name>
    <message>
        <source>Bed</source>
        <extracomment>the admission ids in the order the user just gave them (by drag or keyboard) the row&apos;s admission id, on every column (survives the search proxy) folded names and bed label that the search proxy matches against</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the ward uses for the patient; below it, code status, allergies, the safety check, interpreter, goals of care due, new entries and open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness severity (I-PASS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected discharge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected home %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected discharge date has passed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Days in hospital: %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No expected discharge date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an interpreter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of care are due to be revisited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New entries since the last round: %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New: %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actions: %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open actions: %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue: %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CensusView</name>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward census</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no wards in this database yet. An administrator adds them in Ward ▸ Wards and beds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round order was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Patients on the ward: %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Matching the search: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeFollower</name>
    <message>
        <source>The database cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role decides what the account may do on every ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>No data for these dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <source>Readiness checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another item, e.g. Oxygen at home arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the item to add first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Two versions of the same text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed while you were editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved a newer version. Nothing has been overwritten: choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlined and highlighted: words the other version does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merged text — theirs first, then yours; edit it into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;erge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to your text; nothing is saved yet (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Rounds — console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the keys do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen for the ward-room view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward-room screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigating: letters are the round&apos;s keys (C entry, A action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing an entry: Enter adds it, Esc returns to the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing an action: Enter adds it, Esc returns to the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing: Esc returns to the round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleCard</name>
    <message>
        <source>The patient&apos;s card in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New since the last round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If … then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Next of kin and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. daughter, neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 07700 900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision-maker (proxy or power of attorney)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient agrees we may share information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next of kin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision-maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not to be told without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the contact&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContingencyForm</name>
    <message>
        <source>If</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: temperature above 38.5 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: take blood cultures and call the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contin&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;dition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContingencyRow</name>
    <message>
        <source>If</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the contingency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer applies; it is kept, not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionsView</name>
    <message>
        <source>Show entries from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All disciplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend your newest entry, or choose one of yours to amend (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend this entry; the original stays in its history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author can amend an entry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of this entry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreSentences</name>
    <message>
        <source>patient %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2 cells, more than the header&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: interpreter_needed must be yes, no, true, false, 1 or 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: birth_date is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: expected_discharge is in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2 contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2 must be one line but holds a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2 is %3 characters long; the limit is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2 must be one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2 repeats row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: bed %2 is not a bed of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: patient %2 is admitted to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: bed %2 is occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no current inpatient encounter, so not admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds does not import this resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its patient %1 is skipped (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its patient is not in the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already admitted to %1, bed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already admitted to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ward was chosen, so not admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts in the future, so not admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bed %1 is taken, so admitted without a bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinical status %1 is not one Rounds keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered in error or refuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1, not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinical status %1, not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifecycle status %1, not a current goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no title, description or activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no identifier to use as the MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MRN is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no given and family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1, not in-progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1 is not an inpatient stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>Export insights as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateFormats</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date pattern; keep MMM</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>Qt date pattern; keep MMM</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>Qt date pattern; keep MMM</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>Qt date pattern; keep MMM</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeidentifyPreviewDialog</name>
    <message>
        <source>De-identified preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, dates of birth, admission dates and identifiers of the linked patient are replaced. Read the right-hand side for anything that still identifies someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, de-identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save de-identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds hit a problem. Your unsaved text is kept, and everything already saved is safe. You can carry on; if the screen looks wrong, restart Rounds. A report for your IT team (it holds no patient details): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DischargeConfirm</name>
    <message>
        <source>Discharge patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge %1 (%2) from the ward?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission is archived, never deleted: the card, contributions and discharge plan stay readable. The bed becomes free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DischargeView</name>
    <message>
        <source>Discharge readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradictions in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged %1: this plan is kept, read only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DowntimeOnWorkstation</name>
    <message>
        <source>Downtime sheets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime sheets not refreshed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DowntimePrintingDialog</name>
    <message>
        <source>Downtime printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime sheets on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While Rounds runs here, it writes each ward&apos;s handoff sheet and a card per patient as PDFs, so the ward has paper if the server cannot be reached. The files are readable by this computer&apos;s user only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep downtime sheets on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the downtime folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set for this computer by your hospital&apos;s IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the downtime sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder as a full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditArea</name>
    <message>
        <source>Text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose words in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1 with the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this text on the patient&apos;s own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ward&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this field (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard these changes (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryHistoryDialog</name>
    <message>
        <source>History of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the entry, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · first written %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — replaced by version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListSection</name>
    <message>
        <source>Cancel edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone changed this entry meanwhile. Check it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpectedDateSection</name>
    <message>
        <source>Expected discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected discharge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the saved date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected date was changed meanwhile to %1. Save again to keep yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved states of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been saved here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactList</name>
    <message>
        <source>Cancel edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes to the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this %2 meanwhile (now: %3). Your entries are kept here: Save again to keep yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactSection</name>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been saved here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureActions</name>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struck through: removed. Underlined and highlighted: added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been saved in this field yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(emptied)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this field (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved version of this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · shared with the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved a newer version since; saving will show you both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Welcome to Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no accounts yet. The administrator sets up wards, beds and everyone else&apos;s accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example a.smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name colleagues see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name colleagues will see.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FittedLabel</name>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagSentences</name>
    <message>
        <source>Ceiling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies not yet asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No known allergies (recorded by %1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies (recorded on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsSection</name>
    <message>
        <source>Follow-up appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up appointments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP, heart failure nurse, fracture clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boo&amp;ked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place&apos;s name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0161 496 0123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not booked: who will contact the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi&amp;th whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whe&amp;n (booked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not booked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will contact the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody named to contact the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the follow-up is with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsRevisit</name>
    <message>
        <source>Goals need revisiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not talked through for a while, or not since the illness changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals revisited today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the goals of care were talked through today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of care not revisited yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last revisited %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last revisited %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a name in another script, e.g. Wang Xiuying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient&apos;s names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names were changed meanwhile (now: %1 / %2). Your entries are kept: Save again to keep yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message numerus="yes">
        <source>Reading %Ln files… Nothing is written yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import census</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… Everything is written at once, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import census</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the import before it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln patients to create</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln admissions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unresolved references</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet: Import writes all of it at once, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into: no ward; nobody is admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moves from bed %1 to bed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moves to bed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays in bed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the ward, no bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryWords</name>
    <message>
        <source>Patients: %1 created, %2 updated, %3 skipped; admissions created: %4; list entries: %5; goals of care written: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>References left unresolved: %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightCharts</name>
    <message>
        <source>Minutes per patient, round by round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card completeness (patients on the ward now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disciplines present per round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions opened and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge against the expected date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient (bed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late (+) / early (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff quality, I-PASS (patients on the ward now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 min per patient (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln discipline(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What matters recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals revisited in 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-liner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If/then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 opened, %3 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln discharge(s) had no expected date.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: on the expected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) early</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsWindow</name>
    <message>
        <source>Rounds insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ward yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day comes after the last: swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient information is hidden until you enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationChangesSection</name>
    <message>
        <source>Medication changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medication changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add medication change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 40 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. One tablet each morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A changed one: e.g. 20 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plain words, e.g. To protect your stomach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and when to take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines not reconciled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines reconciled by %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the medication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason in words the patient will understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicinesSection</name>
    <message>
        <source>Current medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medicines recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Apixaban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. by mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. twice a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What pharmacy said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry from pharmacy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1: take it off the current medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the medicine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveBedDialog</name>
    <message>
        <source>Move bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Free bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no free bed on this ward.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyActionsDialog</name>
    <message>
        <source>My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions on this ward for you or for %1, soonest due first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions on this ward for you, soonest due first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open for you on this ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this patient&apos;s card (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyActionsModel</name>
    <message>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewActionForm</name>
    <message>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs doing, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unticked for no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageBanner</name>
    <message>
        <source>Database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached. Your typing is kept on this computer; Rounds keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the downtime sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsBox</name>
    <message>
        <source>Who took part (by role)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientPanel</name>
    <message>
        <source>Choose a patient from the census.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfFiles</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingTestsSection</name>
    <message>
        <source>Tests waiting for results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tests waiting for results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood culture, biopsy, CT report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP, the ward&apos;s doctors, the clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will tell the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 will tell the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTextSection</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, with daughter; care home; rehab unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stands in the way of going home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs that mean: get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and numbers, day and night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plain words, for the patient&apos;s copy: what was wrong, what we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnin&amp;g signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom to ca&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why in hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the saved plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discharge plan was saved meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 saved this plan meanwhile. Save again to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Choose a ward first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient in the census first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the discharge summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discharge summary was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln discharge summaries in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: saved %1 of %Ln discharge summaries in %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
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
        <source>Paper si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Big print (18 pt), for low vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromActions</name>
    <message>
        <source>Choose a patient in the census first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromCaptureDialog</name>
    <message>
        <source>How the patient is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the patient is today, as they tell it. Ask only what fits; anything left at “Not asked” is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What matters to you today? (in their words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromTrend</name>
    <message>
        <source>How the patient says they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient-reported scores yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient-reported scores, 0 to 10:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromWords</name>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathlessness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pain right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you &amp;feeling today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breathlessness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = no pain · 10 = worst pain imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = very bad · 10 = very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = not breathless · 10 = worst breathlessness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QuickAddBox</name>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the team know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discip&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensi&amp;tive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sensitive entry is never shown on the ward-room screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this entry with the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this entry on the patient&apos;s own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the entry to the timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the entry first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what — Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said — Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entry (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the action first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the entry first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadBackPanel</name>
    <message>
        <source>Read back the new actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each action aloud, with its owner. Enter: done · Esc: not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovableListSection</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give them the new password in person, never by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResuscitationSection</name>
    <message>
        <source>Resuscitation and ceiling of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role, e.g. consultant physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. patient and daughter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ReSPECT form, 12 May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resusci&amp;tation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cei&amp;ling of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc&amp;ussed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resuscitation decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes to the resuscitation decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded a decision meanwhile: %2; %3. Your entries are kept here: Save again to record yours instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewActionRows</name>
    <message>
        <source>No actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>A short title that names no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;De-identify: replace the patient&apos;s names, dates and identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we will do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewLink</name>
    <message>
        <source>Not linked to a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked patient (de-identified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewListPanel</name>
    <message>
        <source>Words in a title or a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQuestions</name>
    <message>
        <source>Finalize the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A final review is locked: after this it changes only by amendments, which keep the text before and the reason. Finalize it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review has changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems factors (handoffs, roles, language and culture, time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions or biases we noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>What &amp;happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;we felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What wen&amp;t well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could be &amp;better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystems factors (handoffs, roles, language and culture, time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ass&amp;umptions or biases we noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story in order, as each of us saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was for the team, the patient and the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped, and should be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we would do differently next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs, roles, language and culture, time, equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we took for granted, about the patient or each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who follows up, and with whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de-identified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsWindow</name>
    <message>
        <source>Reflective case reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view de-identified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New review — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final since %1 — amend to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, saved %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundKeys</name>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip, and come back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back the new actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions were read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide full names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide code status and allergies on the ward-room screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundPatientsModel</name>
    <message>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundPrompts</name>
    <message>
        <source>What matters most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what matters most aloud. Is it still true? Anything to add?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overnight events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened since the last round: events, results, new worries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go round the room: what would each of you add?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s plan: who does what, by when? Capture each action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are we on track for the expected date? What stands in the way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for the patient and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do we need to ask, or tell, the patient and their family?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what would you add?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet: %1. Who can answer each now? Capture what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every safety item is recorded. Read the flags aloud: mobility, falls, isolation, diet, aids, lines, VTE, decisions. Still true?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundSetupWords</name>
    <message>
        <source>There is no ward with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ward has no patients to round on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundSummaryWords</name>
    <message>
        <source>%1 discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seen, no outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions captured: %1 (read back: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not here: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundWork</name>
    <message>
        <source>Read back: new actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new actions to read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsDialogs</name>
    <message>
        <source>Show full names?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full names will show on the ward-room screen for everyone in the room to read. Only do this when everyone there may see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show code status and allergies?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuscitation status, ceiling of treatment and allergies will show on the ward-room screen for everyone in the room to read. Only do this when everyone there may see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the round? The summary shows next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the round? Patients not reached yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsMode</name>
    <message>
        <source>This round was already running: carrying on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyChecksSection</name>
    <message>
        <source>%1: details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date put in not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in place since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety check (SIBR whiteboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · in place %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 recorded %2 meanwhile: %3. Your entry is kept: Save again to keep yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyHeader</name>
    <message>
        <source>Allergies not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NKA: no known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyWords</name>
    <message>
        <source>severity not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk unable to assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR not yet discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For CPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not attempt CPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling of treatment not yet discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full escalation including ICU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward-based care, not for ICU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort-focused care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient decides (has capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health-care proxy or lasting power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court-appointed deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one appointed: best-interests decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who, and for which decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>independent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walks with an aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one to help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs two to help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bed-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aids (frame, stick, wheelchair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps (bed rails, sensor mat, close by the station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact precautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>droplet precautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airborne precautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organism or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified diet or fluids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nil by mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tube feeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texture, fluids, swallow assessment, until when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing, sight, dental aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which (hearing aid left ear, glasses, upper denture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines and catheters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which (cannula, PICC, urinary catheter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTE prophylaxis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not indicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contraindicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which, or why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNACPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorePicker</name>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>cannot read the audit key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit key %1 is not an audit key (it should hold at least %2 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the audit key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo ward needs at least one patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds data; make the demo in a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical one-liner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;if&apos; of the contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;then&apos; of the contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the follow-up is with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain-language reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you were in hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will tell the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or service to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may hold only digits, spaces, +, brackets and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and when to take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will contact the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dosage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allergy&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom it was discussed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who follows it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;tables&quot; must map table names to lists of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3): it may be truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rounds export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid format_version (a whole number from 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is format version %2; this Rounds reads up to version %3 — update Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: table &apos;%2&apos; is not part of a Rounds export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: table %2 must be a list of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 names no row in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: table %2 row #%3 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: table %2 row #%3: id must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown column &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; cannot be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing column &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 names no earlier row in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 repeats row id=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export user accounts with their passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a database export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database already holds data; use --merge to add this export to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its rows break a rule of the database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot merge: %2 %3 %4 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the translator who reviewed the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a census</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone changed the same patients or beds while the import ran; nothing was imported — try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bed %1 is no longer on the ward; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bed %1 was taken after the import was planned; nothing was imported — plan the import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an admission was planned without a ward; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1: the expected discharge date is before the admission; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable CSV file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header row must name the columns %2, each once, in any order (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no patient rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed %1 is on several wards; choose one with --ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient is in bed %1 or has the MRN %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not FHIR: it has no resourceType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Bundle&apos;s entry must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2 has no resourceType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is FHIR %2, not R4: export it as FHIR R4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a FHIR R4 resource type (is the file another FHIR version?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nests too deeply to be FHIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; contains a control character; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; must be one line but holds a line break; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; is empty; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; is %4 characters long; the limit is %5; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; must be one of: %4; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; %4; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not valid FHIR R4: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ward with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days before a field is flagged must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print sensitive entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print handoff sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print discharge summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s copy never includes sensitive entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big print is an option of the patient&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no wards in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ward with code or id &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current patient has MRN &apos;%1&apos; or bed &apos;%2&apos; on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who owns the action: a discipline or a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is before the admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing an action marks it done or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is closed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed-in user can %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1 is already admitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed %1 is not a bed on this ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed %1 is occupied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected discharge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new order does not list exactly the ward&apos;s current patients; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A teach-back with the patient names no one else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &apos;no known allergies&apos; as such, not as a substance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This allergy is already recorded; change that entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That substance is recorded already in another entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies are recorded for this patient: mark them entered in error or resolved before recording no known allergies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit key %1 is missing, so nothing can be saved: restore it from your backup, or set ROUNDS_AUDIT_KEY_FILE to the ward&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail does not verify with the audit key %1, so nothing can be saved: every workstation needs the ward&apos;s key; run rounds-app audit verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the discipline this entry speaks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author can amend an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has been amended since you opened it; amend the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amended entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amendment changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discharge plan you opened no longer exists; reload the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booked appointment needs its date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booked appointment needs the kind of place: GP surgery, clinic, home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment that is not booked has no time yet: leave it out or tick Booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who will contact the patient about this appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a pharmacist or a physician can %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least 1 set of downtime sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downtime set for %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the downtime sheets to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a span of at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resuscitation decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character; remove it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one line but holds a line break; put it on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was changed by %3 (version %4) after you opened version %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no admission with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add contingencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire contingencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator account cannot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge nurse account cannot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clinician account cannot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ward display account cannot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admit patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move patients between beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discharge patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the clinical summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reorder the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit discharge plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discharge plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a teach-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read patient cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit narrative cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read narrative cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revisit goals of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amend contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick the discharge checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medication change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide a medication change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the medicines reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print downtime sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a downtime print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view ward insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient has been discharged; the admission is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That round is not a round of this patient&apos;s ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That round has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 score must be a whole number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 score must be from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at least one score: pain, feeling or breathlessness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record patient-reported outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read patient-reported outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read case reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write case reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review is final; amend a section instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review is already final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write “%1” before making the review final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amend case reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a final review is amended; edit the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view ward rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ward round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record resuscitation decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuscitation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record safety checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit a patient&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read safety facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact &apos;%1&apos; is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2 for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is on the list already; change that entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is on the list already, in another %1 entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is shorter than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username &apos;%1&apos; is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change another user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has accounts already; sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may hold only digits, spaces, +, (, ) and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is marked sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run ward rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round is already running on this ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time per patient is between 30 seconds and an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient is not in the round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ward with code &apos;%1&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two beds have the same label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward %1 already has a bed &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ward &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site settings %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site settings %1 name unknown settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site settings %1: enforce must list some of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site settings %1: %2 must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site settings %1: lock_after_minutes must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site settings %1: lock_after_minutes must be above 0 and at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site settings %1: downtime_folder must be a full path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database holds tables that are not a Rounds database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database was written by a newer Rounds (schema %1); update Rounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Ward handoff sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge summary for the patient and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge summary for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your ward account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlideWords</name>
    <message>
        <source>Admitted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln days in hospital</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No discharge date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected home yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected home today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected home tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expected home in %Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected home %Ln days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals of care written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never revisited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revisited since the severity changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not revisited for %Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revisited today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisited yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revisited %Ln days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new since the last round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discharge plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readiness checklist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue: due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  →  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No if/then plans.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Rounds — ward-room screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds — console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This screen, beside the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <source>Start a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time per patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>The round is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each patient&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close rounds mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close rounds mode (Enter or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions: %1, read back: %2, entries: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabNames</name>
    <message>
        <source>&amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions &amp;&amp; &amp;if/then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc&amp;harge plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safet&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeachBacksSection</name>
    <message>
        <source>Teach-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teach-back recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record teach-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to take the water tablet; signs to call for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taught to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 (family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 (carer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · taught by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed as %1, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how well they said it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended · v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive: never shown on the ward-room screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with the patient: printed on their own copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Username</source>
        <extracomment>the row&apos;s UserView, on every column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nursing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietetics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaplaincy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family / carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ward display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time, day or night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the hours given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep taking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: said it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: teach again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WardSummariesRun</name>
    <message>
        <source>Discharge summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the discharge summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made %1 of %Ln discharge summaries…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WardsDialog</name>
    <message>
        <source>Wards and beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds of the chosen ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 7B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acute Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;eds of the chosen ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of be&amp;ds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, %3 occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln beds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No beds yet; add them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new ward needs a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new bed&apos;s label first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Something unexpected went wrong; nothing more was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
