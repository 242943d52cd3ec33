<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Rounds</source>
            <translation>[Àƀöûţ Ŕöûñđš ·]</translation>
        </message>
        <message>
            <source>Rounds %1</source>
            <translation>[Ŕöûñđš %1 ·]</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>[Đàţàƀàšé: %1 ·]</translation>
        </message>
        <message>
            <source>Fonts</source>
            <translation>[Ƒöñţš ·]</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>[Ļîƀŕàŕîéš ·]</translation>
        </message>
        <message>
            <source>Narrative cards and shared notes for interdisciplinary ward rounds. The licences of what it ships are below; each font's licence file is in the application's resources.</source>
            <translation>[Ñàŕŕàţîṽé çàŕđš àñđ šĥàŕéđ ñöţéš ƒöŕ îñţéŕđîšçîþļîñàŕý ŵàŕđ ŕöûñđš. Ţĥé ļîçéñçéš öƒ ŵĥàţ îţ šĥîþš àŕé ƀéļöŵ; éàçĥ ƒöñţ'š ļîçéñçé ƒîļé îš îñ ţĥé àþþļîçàţîöñ'š ŕéšöûŕçéš. ················································]</translation>
        </message>
        <message>
            <source>Version, database and licences</source>
            <translation>[Ṽéŕšîöñ, đàţàƀàšé àñđ ļîçéñçéš ······]</translation>
        </message>
    </context>
    <context>
        <name>ActionRow</name>
        <message>
            <source>Owner: %1</source>
            <translation>[Öŵñéŕ: %1 ·]</translation>
        </message>
        <message>
            <source>opened by %1, %2</source>
            <translation>[öþéñéđ ƀý %1, %2 ··]</translation>
        </message>
        <message>
            <source>Done by %1, %2</source>
            <translation>[Đöñé ƀý %1, %2 ··]</translation>
        </message>
        <message>
            <source>Cancelled by %1, %2</source>
            <translation>[Çàñçéļļéđ ƀý %1, %2 ···]</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>[Đöñé ·]</translation>
        </message>
        <message>
            <source>Mark done: %1</source>
            <translation>[Ṁàŕķ đöñé: %1 ·]</translation>
        </message>
        <message>
            <source>Cancel action</source>
            <translation>[Çàñçéļ àçţîöñ ·]</translation>
        </message>
        <message>
            <source>Cancel the action: %1</source>
            <translation>[Çàñçéļ ţĥé àçţîöñ: %1 ····]</translation>
        </message>
        <message>
            <source>No longer needed; it stays in the list</source>
            <translation>[Ñö ļöñĝéŕ ñééđéđ; îţ šţàýš îñ ţĥé ļîšţ ·········]</translation>
        </message>
        <message>
            <source>Action %1: what we will do</source>
            <translation>[Àçţîöñ %1: ŵĥàţ ŵé ŵîļļ đö ·····]</translation>
        </message>
        <message>
            <source>What we will do</source>
            <translation>[Ŵĥàţ ŵé ŵîļļ đö ··]</translation>
        </message>
        <message>
            <source>Action %1: owner</source>
            <translation>[Àçţîöñ %1: öŵñéŕ ··]</translation>
        </message>
        <message>
            <source>Owner (a role or a name)</source>
            <translation>[Öŵñéŕ (à ŕöļé öŕ à ñàɱé) ·····]</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>[Ñö đàţé ·]</translation>
        </message>
        <message>
            <source>Action %1: due date</source>
            <translation>[Àçţîöñ %1: đûé đàţé ···]</translation>
        </message>
        <message>
            <source>Action %1: done</source>
            <translation>[Àçţîöñ %1: đöñé ··]</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>[Ŕéɱöṽé ·]</translation>
        </message>
        <message>
            <source>Remove action %1</source>
            <translation>[Ŕéɱöṽé àçţîöñ %1 ··]</translation>
        </message>
    </context>
    <context>
        <name>ActionWording</name>
        <message>
            <source>Someone else (%1) closed it already; the list now shows it as it is.</source>
            <translation>[Šöɱéöñé éļšé (%1) çļöšéđ îţ àļŕéàđý; ţĥé ļîšţ ñöŵ šĥöŵš îţ àš îţ îš. ··················]</translation>
        </message>
        <message>
            <source>Someone else closed it already; the list now shows it as it is.</source>
            <translation>[Šöɱéöñé éļšé çļöšéđ îţ àļŕéàđý; ţĥé ļîšţ ñöŵ šĥöŵš îţ àš îţ îš. ················]</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>[%1 (%2) ·]</translation>
        </message>
        <message>
            <source>Nobody named</source>
            <translation>[Ñöƀöđý ñàɱéđ ·]</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>[Ñö đûé đàţé ·]</translation>
        </message>
        <message>
            <source>Overdue: due %1</source>
            <translation>[Öṽéŕđûé: đûé %1 ··]</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>[Đûé ţöđàý ·]</translation>
        </message>
        <message>
            <source>Due tomorrow</source>
            <translation>[Đûé ţöɱöŕŕöŵ ·]</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>[Đûé %1 ·]</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>%1 (%2)</source>
            <translation>[%1 (%2) ·]</translation>
        </message>
        <message>
            <source>Sign &amp;out…</source>
            <translation>[Šîĝñ &amp;oûţ… ·]</translation>
        </message>
        <message>
            <source>&amp;Lock screen</source>
            <translation>[&amp;Löçķ šçŕééñ ·]</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>[&amp;Qûîţ ·]</translation>
        </message>
        <message>
            <source>&amp;My actions…</source>
            <translation>[&amp;Mý àçţîöñš… ·]</translation>
        </message>
        <message>
            <source>Start &amp;round…</source>
            <translation>[Šţàŕţ &amp;röûñđ… ·]</translation>
        </message>
        <message>
            <source>&amp;About Rounds</source>
            <translation>[&amp;Aƀöûţ Ŕöûñđš ·]</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>[&amp;Réƒŕéšĥ ·]</translation>
        </message>
        <message>
            <source>Load the census again</source>
            <translation>[Ļöàđ ţĥé çéñšûš àĝàîñ ····]</translation>
        </message>
        <message>
            <source>&amp;Find patient</source>
            <translation>[&amp;Fîñđ þàţîéñţ ·]</translation>
        </message>
        <message>
            <source>Move patient &amp;up</source>
            <translation>[Ṁöṽé þàţîéñţ &amp;uþ ··]</translation>
        </message>
        <message>
            <source>Move patient &amp;down</source>
            <translation>[Ṁöṽé þàţîéñţ &amp;döŵñ ···]</translation>
        </message>
        <message>
            <source>&amp;Add entry</source>
            <translation>[&amp;Ađđ éñţŕý ·]</translation>
        </message>
        <message>
            <source>A&amp;mend…</source>
            <translation>[À&amp;méñđ… ·]</translation>
        </message>
        <message>
            <source>Hi&amp;story…</source>
            <translation>[Ĥî&amp;sţöŕý… ·]</translation>
        </message>
        <message>
            <source>&amp;Admit patient…</source>
            <translation>[&amp;Ađɱîţ þàţîéñţ… ··]</translation>
        </message>
        <message>
            <source>&amp;Move bed…</source>
            <translation>[&amp;Möṽé ƀéđ… ·]</translation>
        </message>
        <message>
            <source>&amp;Discharge patient…</source>
            <translation>[&amp;Dîšçĥàŕĝé þàţîéñţ… ···]</translation>
        </message>
        <message>
            <source>&amp;Wards and beds…</source>
            <translation>[&amp;Wàŕđš àñđ ƀéđš… ··]</translation>
        </message>
        <message>
            <source>&amp;Users and roles…</source>
            <translation>[&amp;Ušéŕš àñđ ŕöļéš… ···]</translation>
        </message>
        <message>
            <source>&amp;Downtime printing…</source>
            <translation>[&amp;Döŵñţîɱé þŕîñţîñĝ… ···]</translation>
        </message>
        <message>
            <source>Print discharge summary (&amp;team)…</source>
            <translation>[Þŕîñţ đîšçĥàŕĝé šûɱɱàŕý (&amp;téàɱ)… ·······]</translation>
        </message>
        <message>
            <source>Print discharge summary (&amp;patient)…</source>
            <translation>[Þŕîñţ đîšçĥàŕĝé šûɱɱàŕý (&amp;pàţîéñţ)… ········]</translation>
        </message>
        <message>
            <source>Print &amp;handoff sheet…</source>
            <translation>[Þŕîñţ &amp;hàñđöƒƒ šĥééţ… ····]</translation>
        </message>
        <message>
            <source>Print discharge summaries for the &amp;whole ward…</source>
            <translation>[Þŕîñţ đîšçĥàŕĝé šûɱɱàŕîéš ƒöŕ ţĥé &amp;wĥöļé ŵàŕđ… ···········]</translation>
        </message>
        <message>
            <source>&amp;Import census…</source>
            <translation>[&amp;Iɱþöŕţ çéñšûš… ··]</translation>
        </message>
        <message>
            <source>Case &amp;reviews…</source>
            <translation>[Çàšé &amp;réṽîéŵš… ··]</translation>
        </message>
        <message>
            <source>Record &amp;how the patient is…</source>
            <translation>[Ŕéçöŕđ &amp;höŵ ţĥé þàţîéñţ îš… ······]</translation>
        </message>
        <message>
            <source>Rounds &amp;insights…</source>
            <translation>[Ŕöûñđš &amp;iñšîĝĥţš… ···]</translation>
        </message>
    </context>
    <context>
        <name>ActionsView</name>
        <message>
            <source>Actions</source>
            <translation>[Àçţîöñš ·]</translation>
        </message>
        <message>
            <source>No open actions.</source>
            <translation>[Ñö öþéñ àçţîöñš. ··]</translation>
        </message>
        <message>
            <source>If … then …</source>
            <translation>[Îƒ … ţĥéñ … ·]</translation>
        </message>
        <message>
            <source>No contingencies.</source>
            <translation>[Ñö çöñţîñĝéñçîéš. ···]</translation>
        </message>
        <message>
            <source>Actions — %1</source>
            <translation>[Àçţîöñš — %1 ·]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open</source>
            <translation>
                <numerusform>[%Ln öþéñ ·]</numerusform>
                <numerusform>[%Ln öþéñ ·]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done and cancelled: %Ln</source>
            <translation>
                <numerusform>[Đöñé àñđ çàñçéļļéđ: %Ln ····]</numerusform>
                <numerusform>[Đöñé àñđ çàñçéļļéđ: %Ln ····]</numerusform>
            </translation>
        </message>
        <message>
            <source>Someone else changed it already; the list now shows it as it is.</source>
            <translation>[Šöɱéöñé éļšé çĥàñĝéđ îţ àļŕéàđý; ţĥé ļîšţ ñöŵ šĥöŵš îţ àš îţ îš. ·················]</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add user</source>
            <translation>[Àđđ ûšéŕ ·]</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>[Àđđ à ûšéŕ ·]</translation>
        </message>
        <message>
            <source>Letters a–z, digits, dot, dash</source>
            <translation>[Ļéţţéŕš à–ž, đîĝîţš, đöţ, đàšĥ ······]</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>[&amp;Ušéŕñàɱé ·]</translation>
        </message>
        <message>
            <source>&amp;Display name</source>
            <translation>[&amp;Dîšþļàý ñàɱé ·]</translation>
        </message>
        <message>
            <source>D&amp;iscipline</source>
            <translation>[Đ&amp;išçîþļîñé ·]</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>[&amp;Röļé ·]</translation>
        </message>
        <message>
            <source>Enter a username.</source>
            <translation>[Éñţéŕ à ûšéŕñàɱé. ···]</translation>
        </message>
        <message>
            <source>Enter the name colleagues will see.</source>
            <translation>[Éñţéŕ ţĥé ñàɱé çöļļéàĝûéš ŵîļļ šéé. ········]</translation>
        </message>
    </context>
    <context>
        <name>AdminActions</name>
        <message>
            <source>There is no ward to admit to yet: add one in Wards and beds.</source>
            <translation>[Ţĥéŕé îš ñö ŵàŕđ ţö àđɱîţ ţö ýéţ: àđđ öñé îñ Ŵàŕđš àñđ ƀéđš. ···············]</translation>
        </message>
        <message>
            <source>That ward is no longer there; reload the census.</source>
            <translation>[Ţĥàţ ŵàŕđ îš ñö ļöñĝéŕ ţĥéŕé; ŕéļöàđ ţĥé çéñšûš. ············]</translation>
        </message>
        <message>
            <source>Choose a patient in the census first.</source>
            <translation>[Çĥööšé à þàţîéñţ îñ ţĥé çéñšûš ƒîŕšţ. ·········]</translation>
        </message>
    </context>
    <context>
        <name>AdmitDialog</name>
        <message>
            <source>Admit patient</source>
            <translation>[Àđɱîţ þàţîéñţ ·]</translation>
        </message>
        <message>
            <source>Admit a patient to %1</source>
            <translation>[Àđɱîţ à þàţîéñţ ţö %1 ····]</translation>
        </message>
        <message>
            <source>What the patient likes to be called</source>
            <translation>[Ŵĥàţ ţĥé þàţîéñţ ļîķéš ţö ƀé çàļļéđ ········]</translation>
        </message>
        <message>
            <source>e.g. she/her</source>
            <translation>[é.ĝ. šĥé/ĥéŕ ·]</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>[Ñöţ ķñöŵñ ·]</translation>
        </message>
        <message>
            <source>&amp;Interpreter needed</source>
            <translation>[&amp;Iñţéŕþŕéţéŕ ñééđéđ ···]</translation>
        </message>
        <message>
            <source>No bed yet</source>
            <translation>[Ñö ƀéđ ýéţ ·]</translation>
        </message>
        <message>
            <source>Why they are here, in one line</source>
            <translation>[Ŵĥý ţĥéý àŕé ĥéŕé, îñ öñé ļîñé ······]</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>[Ñöţ šéţ ·]</translation>
        </message>
        <message>
            <source>The patient</source>
            <translation>[Ţĥé þàţîéñţ ·]</translation>
        </message>
        <message>
            <source>&amp;MRN</source>
            <translation>[&amp;MŔÑ ·]</translation>
        </message>
        <message>
            <source>&amp;Given name</source>
            <translation>[&amp;Gîṽéñ ñàɱé ·]</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>[&amp;Fàɱîļý ñàɱé ·]</translation>
        </message>
        <message>
            <source>&amp;Preferred name</source>
            <translation>[&amp;Pŕéƒéŕŕéđ ñàɱé ··]</translation>
        </message>
        <message>
            <source>Pro&amp;nouns</source>
            <translation>[Þŕö&amp;nöûñš ·]</translation>
        </message>
        <message>
            <source>&amp;Date of birth</source>
            <translation>[&amp;Dàţé öƒ ƀîŕţĥ ··]</translation>
        </message>
        <message>
            <source>Preferred &amp;language</source>
            <translation>[Þŕéƒéŕŕéđ &amp;làñĝûàĝé ···]</translation>
        </message>
        <message>
            <source>The admission</source>
            <translation>[Ţĥé àđɱîššîöñ ·]</translation>
        </message>
        <message>
            <source>&amp;Bed</source>
            <translation>[&amp;Béđ ·]</translation>
        </message>
        <message>
            <source>&amp;Severity</source>
            <translation>[&amp;Séṽéŕîţý ·]</translation>
        </message>
        <message>
            <source>&amp;One-liner</source>
            <translation>[&amp;Oñé-ļîñéŕ ·]</translation>
        </message>
        <message>
            <source>&amp;Expected discharge</source>
            <translation>[&amp;Eẋþéçţéđ đîšçĥàŕĝé ···]</translation>
        </message>
        <message>
            <source>Admit</source>
            <translation>[Àđɱîţ ·]</translation>
        </message>
        <message>
            <source>Enter the MRN.</source>
            <translation>[Éñţéŕ ţĥé ṀŔÑ. ··]</translation>
        </message>
        <message>
            <source>Enter the given name.</source>
            <translation>[Éñţéŕ ţĥé ĝîṽéñ ñàɱé. ····]</translation>
        </message>
        <message>
            <source>Enter the family name.</source>
            <translation>[Éñţéŕ ţĥé ƒàɱîļý ñàɱé. ····]</translation>
        </message>
    </context>
    <context>
        <name>AllergiesSection</name>
        <message>
            <source>Allergies and intolerances</source>
            <translation>[Àļļéŕĝîéš àñđ îñţöļéŕàñçéš ·····]</translation>
        </message>
        <message>
            <source>allergy</source>
            <translation>[àļļéŕĝý ·]</translation>
        </message>
        <message>
            <source>Add an allergy</source>
            <translation>[Àđđ àñ àļļéŕĝý ··]</translation>
        </message>
        <message>
            <source>No known allergies</source>
            <translation>[Ñö ķñöŵñ àļļéŕĝîéš ···]</translation>
        </message>
        <message>
            <source>Record that the patient was asked and has no known allergies</source>
            <translation>[Ŕéçöŕđ ţĥàţ ţĥé þàţîéñţ ŵàš àšķéđ àñđ ĥàš ñö ķñöŵñ àļļéŕĝîéš ···············]</translation>
        </message>
        <message>
            <source>e.g. Penicillin</source>
            <translation>[é.ĝ. Þéñîçîļļîñ ··]</translation>
        </message>
        <message>
            <source>e.g. anaphylaxis, rash</source>
            <translation>[é.ĝ. àñàþĥýļàẋîš, ŕàšĥ ····]</translation>
        </message>
        <message>
            <source>Su&amp;bstance</source>
            <translation>[Šû&amp;bšţàñçé ·]</translation>
        </message>
        <message>
            <source>Reactio&amp;n</source>
            <translation>[Ŕéàçţîö&amp;n ·]</translation>
        </message>
        <message>
            <source>Severity of the reaction</source>
            <translation>[Šéṽéŕîţý öƒ ţĥé ŕéàçţîöñ ·····]</translation>
        </message>
        <message>
            <source>Ris&amp;k of a serious reaction</source>
            <translation>[Ŕîš&amp;k öƒ à šéŕîöûš ŕéàçţîöñ ······]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[Šţàţûš ·]</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>[Ŵîţĥđŕàŵ… ·]</translation>
        </message>
        <message>
            <source>Withdraw %1: entered in error</source>
            <translation>[Ŵîţĥđŕàŵ %1: éñţéŕéđ îñ éŕŕöŕ ······]</translation>
        </message>
        <message>
            <source>Allergies not asked yet</source>
            <translation>[Àļļéŕĝîéš ñöţ àšķéđ ýéţ ····]</translation>
        </message>
        <message>
            <source>No known allergies — %1</source>
            <translation>[Ñö ķñöŵñ àļļéŕĝîéš — %1 ····]</translation>
        </message>
        <message numerus="yes">
            <source>Allergies recorded: %Ln</source>
            <translation>
                <numerusform>[Àļļéŕĝîéš ŕéçöŕđéđ: %Ln ····]</numerusform>
                <numerusform>[Àļļéŕĝîéš ŕéçöŕđéđ: %Ln ····]</numerusform>
            </translation>
        </message>
        <message>
            <source>Name the substance.</source>
            <translation>[Ñàɱé ţĥé šûƀšţàñçé. ···]</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend your entry</source>
            <translation>[Àɱéñđ ýöûŕ éñţŕý ··]</translation>
        </message>
        <message>
            <source>%1 · %2 · written %3</source>
            <translation>[%1 · %2 · ŵŕîţţéñ %3 ···]</translation>
        </message>
        <message>
            <source>The text as it was stays in the entry's history, with your reason.</source>
            <translation>[Ţĥé ţéẋţ àš îţ ŵàš šţàýš îñ ţĥé éñţŕý'š ĥîšţöŕý, ŵîţĥ ýöûŕ ŕéàšöñ. ·················]</translation>
        </message>
        <message>
            <source>Amended entry</source>
            <translation>[Àɱéñđéđ éñţŕý ·]</translation>
        </message>
        <message>
            <source>&amp;Entry</source>
            <translation>[&amp;Eñţŕý ·]</translation>
        </message>
        <message>
            <source>Reason for the amendment</source>
            <translation>[Ŕéàšöñ ƒöŕ ţĥé àɱéñđɱéñţ ·····]</translation>
        </message>
        <message>
            <source>For example: wrong dose written down</source>
            <translation>[Ƒöŕ éẋàɱþļé: ŵŕöñĝ đöšé ŵŕîţţéñ đöŵñ ········]</translation>
        </message>
        <message>
            <source>&amp;Reason for the amendment (required)</source>
            <translation>[&amp;Réàšöñ ƒöŕ ţĥé àɱéñđɱéñţ (ŕéǫûîŕéđ) ········]</translation>
        </message>
        <message>
            <source>&amp;Share with patient</source>
            <translation>[&amp;Sĥàŕé ŵîţĥ þàţîéñţ ···]</translation>
        </message>
        <message>
            <source>Share this entry with the patient</source>
            <translation>[Šĥàŕé ţĥîš éñţŕý ŵîţĥ ţĥé þàţîéñţ ·······]</translation>
        </message>
        <message>
            <source>A sensitive entry is never shared with the patient</source>
            <translation>[À šéñšîţîṽé éñţŕý îš ñéṽéŕ šĥàŕéđ ŵîţĥ ţĥé þàţîéñţ ············]</translation>
        </message>
        <message>
            <source>Print this entry on the patient's own copy</source>
            <translation>[Þŕîñţ ţĥîš éñţŕý öñ ţĥé þàţîéñţ'š öŵñ çöþý ··········]</translation>
        </message>
        <message>
            <source>Save amendment</source>
            <translation>[Šàṽé àɱéñđɱéñţ ··]</translation>
        </message>
        <message>
            <source>The entry cannot be empty.</source>
            <translation>[Ţĥé éñţŕý çàññöţ ƀé éɱþţý. ·····]</translation>
        </message>
        <message>
            <source>Change the text, or whether it is shared, to amend the entry.</source>
            <translation>[Çĥàñĝé ţĥé ţéẋţ, öŕ ŵĥéţĥéŕ îţ îš šĥàŕéđ, ţö àɱéñđ ţĥé éñţŕý. ················]</translation>
        </message>
        <message>
            <source>Say why you are amending the entry.</source>
            <translation>[Šàý ŵĥý ýöû àŕé àɱéñđîñĝ ţĥé éñţŕý. ········]</translation>
        </message>
    </context>
    <context>
        <name>AmendReviewDialog</name>
        <message>
            <source>Amend a final review</source>
            <translation>[Àɱéñđ à ƒîñàļ ŕéṽîéŵ ···]</translation>
        </message>
        <message>
            <source>For example: a fact was wrong</source>
            <translation>[Ƒöŕ éẋàɱþļé: à ƒàçţ ŵàš ŵŕöñĝ ······]</translation>
        </message>
        <message>
            <source>&amp;Section</source>
            <translation>[&amp;Séçţîöñ ·]</translation>
        </message>
        <message>
            <source>&amp;New text</source>
            <translation>[&amp;Néŵ ţéẋţ ·]</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>[&amp;Réàšöñ ·]</translation>
        </message>
        <message>
            <source>&amp;Amend</source>
            <translation>[&amp;Aɱéñđ ·]</translation>
        </message>
        <message>
            <source>The text before stays visible, struck through, with your reason.</source>
            <translation>[Ţĥé ţéẋţ ƀéƒöŕé šţàýš ṽîšîƀļé, šţŕûçķ ţĥŕöûĝĥ, ŵîţĥ ýöûŕ ŕéàšöñ. ·················]</translation>
        </message>
        <message>
            <source>The text is unchanged: there is nothing to amend.</source>
            <translation>[Ţĥé ţéẋţ îš ûñçĥàñĝéđ: ţĥéŕé îš ñöţĥîñĝ ţö àɱéñđ. ············]</translation>
        </message>
        <message>
            <source>Say why it is amended.</source>
            <translation>[Šàý ŵĥý îţ îš àɱéñđéđ. ····]</translation>
        </message>
    </context>
    <context>
        <name>AmendmentsView</name>
        <message>
            <source>Amendments</source>
            <translation>[Àɱéñđɱéñţš ·]</translation>
        </message>
        <message>
            <source>%1 — amended by %2, %3</source>
            <translation>[%1 — àɱéñđéđ ƀý %2, %3 ····]</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>[Ŕéàšöñ: %1 ·]</translation>
        </message>
        <message>
            <source>%1. Before: %2. After: %3. %4</source>
            <translation>[%1. Ɓéƒöŕé: %2. Àƒţéŕ: %3. %4 ······]</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Rounds closed unexpectedly last time; a report is in %1</source>
            <translation>[Ŕöûñđš çļöšéđ ûñéẋþéçţéđļý ļàšţ ţîɱé; à ŕéþöŕţ îš îñ %1 ··············]</translation>
        </message>
        <message>
            <source>check the path or the server address.</source>
            <translation>[çĥéçķ ţĥé þàţĥ öŕ ţĥé šéŕṽéŕ àđđŕéšš. ·········]</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>[Ŕöûñđš ·]</translation>
        </message>
        <message>
            <source>Rounds could not open the database: %1</source>
            <translation>[Ŕöûñđš çöûļđ ñöţ öþéñ ţĥé đàţàƀàšé: %1 ·········]</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <source>Pharmacy is not here: who takes the medicine questions back?</source>
            <translation>[Þĥàŕɱàçý îš ñöţ ĥéŕé: ŵĥö ţàķéš ţĥé ɱéđîçîñé ǫûéšţîöñš ƀàçķ? ···············]</translation>
        </message>
        <message>
            <source>Social work is not here: who follows up home and supports?</source>
            <translation>[Šöçîàļ ŵöŕķ îš ñöţ ĥéŕé: ŵĥö ƒöļļöŵš ûþ ĥöɱé àñđ šûþþöŕţš? ···············]</translation>
        </message>
        <message>
            <source>Who is &amp;here</source>
            <translation>[Ŵĥö îš &amp;héŕé ·]</translation>
        </message>
    </context>
    <context>
        <name>AudienceView</name>
        <message>
            <source>Ward-room screen</source>
            <translation>[Ŵàŕđ-ŕööɱ šçŕééñ ··]</translation>
        </message>
        <message>
            <source>Names shown</source>
            <translation>[Ñàɱéš šĥöŵñ ·]</translation>
        </message>
        <message>
            <source>Code status shown</source>
            <translation>[Çöđé šţàţûš šĥöŵñ ···]</translation>
        </message>
        <message>
            <source>What matters most</source>
            <translation>[Ŵĥàţ ɱàţţéŕš ɱöšţ ···]</translation>
        </message>
        <message>
            <source>Goals of care</source>
            <translation>[Ĝöàļš öƒ çàŕé ·]</translation>
        </message>
        <message>
            <source>If … then</source>
            <translation>[Îƒ … ţĥéñ ·]</translation>
        </message>
        <message>
            <source>New since the last round</source>
            <translation>[Ñéŵ šîñçé ţĥé ļàšţ ŕöûñđ ·····]</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>[Đîšçĥàŕĝé ·]</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>[Öþéñ àçţîöñš ·]</translation>
        </message>
        <message>
            <source>No bed</source>
            <translation>[Ñö ƀéđ ·]</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>[%1 öƒ %2 ·]</translation>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>[þàĝé %1 öƒ %2 ·]</translation>
        </message>
        <message>
            <source>%1  ·  %2</source>
            <translation>[%1  ·  %2 ·]</translation>
        </message>
    </context>
    <context>
        <name>AutoBackup</name>
        <message>
            <source>The automatic backup could not be written; your work is saved as usual. Details are in the log.</source>
            <translation>[Ţĥé àûţöɱàţîç ƀàçķûþ çöûļđ ñöţ ƀé ŵŕîţţéñ; ýöûŕ ŵöŕķ îš šàṽéđ àš ûšûàļ. Đéţàîļš àŕé îñ ţĥé ļöĝ. ··························]</translation>
        </message>
    </context>
    <context>
        <name>CallContactsSection</name>
        <message>
            <source>Numbers to call</source>
            <translation>[Ñûɱƀéŕš ţö çàļļ ··]</translation>
        </message>
        <message>
            <source>No numbers to call yet.</source>
            <translation>[Ñö ñûɱƀéŕš ţö çàļļ ýéţ. ····]</translation>
        </message>
        <message>
            <source>Add number</source>
            <translation>[Àđđ ñûɱƀéŕ ·]</translation>
        </message>
        <message>
            <source>Ward 7B, district nurses, GP surgery…</source>
            <translation>[Ŵàŕđ 7Ɓ, đîšţŕîçţ ñûŕšéš, ĜÞ šûŕĝéŕý… ·········]</translation>
        </message>
        <message>
            <source>020 7946 0123</source>
            <translation>[020 7946 0123 ·]</translation>
        </message>
        <message>
            <source>Weekdays 9 to 5</source>
            <translation>[Ŵééķđàýš 9 ţö 5 ··]</translation>
        </message>
        <message>
            <source>Name or service</source>
            <translation>[Ñàɱé öŕ šéŕṽîçé ··]</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>[Þĥöñé ·]</translation>
        </message>
        <message>
            <source>When it answers</source>
            <translation>[Ŵĥéñ îţ àñšŵéŕš ··]</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>[Ĥöûŕš ·]</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>[%1 — %2 ·]</translation>
        </message>
    </context>
    <context>
        <name>CardField</name>
        <message>
            <source>Who I am</source>
            <translation>[Ŵĥö Î àɱ ·]</translation>
        </message>
        <message>
            <source>What matters most to me</source>
            <translation>[Ŵĥàţ ɱàţţéŕš ɱöšţ ţö ɱé ····]</translation>
        </message>
        <message>
            <source>Hopes</source>
            <translation>[Ĥöþéš ·]</translation>
        </message>
        <message>
            <source>Worries and fears</source>
            <translation>[Ŵöŕŕîéš àñđ ƒéàŕš ···]</translation>
        </message>
        <message>
            <source>Culture, faith and language</source>
            <translation>[Çûļţûŕé, ƒàîţĥ àñđ ļàñĝûàĝé ······]</translation>
        </message>
        <message>
            <source>Communication needs</source>
            <translation>[Çöɱɱûñîçàţîöñ ñééđš ···]</translation>
        </message>
        <message>
            <source>Home and supports</source>
            <translation>[Ĥöɱé àñđ šûþþöŕţš ···]</translation>
        </message>
        <message>
            <source>Goals of care</source>
            <translation>[Ĝöàļš öƒ çàŕé ·]</translation>
        </message>
    </context>
    <context>
        <name>CardTime</name>
        <message>
            <source>just now</source>
            <translation>[ĵûšţ ñöŵ ·]</translation>
        </message>
        <message>
            <source>a minute ago</source>
            <translation>[à ɱîñûţé àĝö ·]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln minutes ago</source>
            <translation>
                <numerusform>[%Ln ɱîñûţéš àĝö ··]</numerusform>
                <numerusform>[%Ln ɱîñûţéš àĝö ··]</numerusform>
            </translation>
        </message>
        <message>
            <source>an hour ago</source>
            <translation>[àñ ĥöûŕ àĝö ·]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln hours ago</source>
            <translation>
                <numerusform>[%Ln ĥöûŕš àĝö ·]</numerusform>
                <numerusform>[%Ln ĥöûŕš àĝö ·]</numerusform>
            </translation>
        </message>
        <message>
            <source>a day ago</source>
            <translation>[à đàý àĝö ·]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days ago</source>
            <translation>
                <numerusform>[%Ln đàýš àĝö ·]</numerusform>
                <numerusform>[%Ln đàýš àĝö ·]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardUndo</name>
        <message>
            <source>typing in %1</source>
            <translation>[ţýþîñĝ îñ %1 ·]</translation>
        </message>
        <message>
            <source>voice of %1</source>
            <translation>[ṽöîçé öƒ %1 ·]</translation>
        </message>
    </context>
    <context>
        <name>CardView</name>
        <message>
            <source>&amp;Undo</source>
            <translation>[&amp;Uñđö ·]</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>[&amp;Réđö ·]</translation>
        </message>
        <message>
            <source>Recovered unsaved text from %1.</source>
            <translation>[Ŕéçöṽéŕéđ ûñšàṽéđ ţéẋţ ƒŕöɱ %1. ·······]</translation>
        </message>
        <message>
            <source>Not saved: a newer version is stored. Save again to compare.</source>
            <translation>[Ñöţ šàṽéđ: à ñéŵéŕ ṽéŕšîöñ îš šţöŕéđ. Šàṽé àĝàîñ ţö çöɱþàŕé. ···············]</translation>
        </message>
    </context>
    <context>
        <name>CardWords</name>
        <message>
            <source>Patient's own words</source>
            <translation>[Þàţîéñţ'š öŵñ ŵöŕđš ···]</translation>
        </message>
        <message>
            <source>Family / carer</source>
            <translation>[Ƒàɱîļý / çàŕéŕ ··]</translation>
        </message>
        <message>
            <source>Clinician summary</source>
            <translation>[Çļîñîçîàñ šûɱɱàŕý ···]</translation>
        </message>
        <message>
            <source>Ask: what would you like us to call you, and what should we know about you?</source>
            <translation>[Àšķ: ŵĥàţ ŵöûļđ ýöû ļîķé ûš ţö çàļļ ýöû, àñđ ŵĥàţ šĥöûļđ ŵé ķñöŵ àƀöûţ ýöû? ····················]</translation>
        </message>
        <message>
            <source>Ask: what matters most to you right now?</source>
            <translation>[Àšķ: ŵĥàţ ɱàţţéŕš ɱöšţ ţö ýöû ŕîĝĥţ ñöŵ? ·········]</translation>
        </message>
        <message>
            <source>Ask: what are you hoping for?</source>
            <translation>[Àšķ: ŵĥàţ àŕé ýöû ĥöþîñĝ ƒöŕ? ······]</translation>
        </message>
        <message>
            <source>Ask: what worries you most?</source>
            <translation>[Àšķ: ŵĥàţ ŵöŕŕîéš ýöû ɱöšţ? ······]</translation>
        </message>
        <message>
            <source>Ask: is there anything about your culture, faith or language we should know?</source>
            <translation>[Àšķ: îš ţĥéŕé àñýţĥîñĝ àƀöûţ ýöûŕ çûļţûŕé, ƒàîţĥ öŕ ļàñĝûàĝé ŵé šĥöûļđ ķñöŵ? ····················]</translation>
        </message>
        <message>
            <source>Ask: how can we best talk and share information with you?</source>
            <translation>[Àšķ: ĥöŵ çàñ ŵé ƀéšţ ţàļķ àñđ šĥàŕé îñƒöŕɱàţîöñ ŵîţĥ ýöû? ···············]</translation>
        </message>
        <message>
            <source>Ask: who is at home, and who helps you?</source>
            <translation>[Àšķ: ŵĥö îš àţ ĥöɱé, àñđ ŵĥö ĥéļþš ýöû? ·········]</translation>
        </message>
        <message>
            <source>Talk through what the patient wants from their care.</source>
            <translation>[Ţàļķ ţĥŕöûĝĥ ŵĥàţ ţĥé þàţîéñţ ŵàñţš ƒŕöɱ ţĥéîŕ çàŕé. ·············]</translation>
        </message>
    </context>
    <context>
        <name>CensusBadges</name>
        <message>
            <source>%1 unassessed</source>
            <translation>[%1 ûñàššéššéđ ·]</translation>
        </message>
        <message>
            <source>NBM</source>
            <translation>[ÑƁṀ ·]</translation>
        </message>
        <message>
            <source>%1 %2d</source>
            <translation>[%1 %2đ ·]</translation>
        </message>
        <message>
            <source>Ceiling</source>
            <translation>[Çéîļîñĝ ·]</translation>
        </message>
        <message>
            <source>DNACPR</source>
            <extracomment>the role under which the census model gives a row's badges</extracomment>
            <translation>[ĐÑÀÇÞŔ ·]</translation>
        </message>
        <message>
            <source>CPR?</source>
            <translation>[ÇÞŔ? ·]</translation>
        </message>
        <message>
            <source>Allergy!</source>
            <translation>[Àļļéŕĝý! ·]</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>[Àļļéŕĝý ·]</translation>
        </message>
        <message>
            <source>Allergies?</source>
            <translation>[Àļļéŕĝîéš? ·]</translation>
        </message>
        <message>
            <source>NKA</source>
            <translation>[ÑĶÀ ·]</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>[Đéçîšîöñš ·]</translation>
        </message>
        <message>
            <source>Mobility</source>
            <translation>[Ṁöƀîļîţý ·]</translation>
        </message>
        <message>
            <source>Falls</source>
            <translation>[Ƒàļļš ·]</translation>
        </message>
        <message>
            <source>Isolation</source>
            <translation>[Îšöļàţîöñ ·]</translation>
        </message>
        <message>
            <source>Diet</source>
            <translation>[Đîéţ ·]</translation>
        </message>
        <message>
            <source>Aids</source>
            <translation>[Àîđš ·]</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>[Ļîñéš ·]</translation>
        </message>
        <message>
            <source>VTE</source>
            <translation>[ṼŢÉ ·]</translation>
        </message>
        <message>
            <source>+%1</source>
            <translation>[+%1 ·]</translation>
        </message>
    </context>
    <context>
        <name>CensusFiles</name>
        <message>
            <source>Import census</source>
            <translation>[Îɱþöŕţ çéñšûš ·]</translation>
        </message>
        <message>
            <source>Census files (*.json *.csv)</source>
            <translation>[Çéñšûš ƒîļéš (*.json *.csv) ······]</translation>
        </message>
        <message>
            <source>FHIR R4 bundles and resources (*.json)</source>
            <translation>[ƑĤÎŔ Ŕ4 ƀûñđļéš àñđ ŕéšöûŕçéš (*.json) ·········]</translation>
        </message>
        <message>
            <source>CSV census (*.csv)</source>
            <translation>[ÇŠṼ çéñšûš (*.csv) ···]</translation>
        </message>
        <message>
            <source>Choose FHIR files (.json), or one CSV census on its own; nothing was imported.</source>
            <translation>[Çĥööšé ƑĤÎŔ ƒîļéš (.ĵšöñ), öŕ öñé ÇŠṼ çéñšûš öñ îţš öŵñ; ñöţĥîñĝ ŵàš îɱþöŕţéđ. ·····················]</translation>
        </message>
    </context>
    <context>
        <name>CensusTableModel</name>
        <message>
            <source>Bed</source>
            <extracomment>the admission ids in the order the user just gave them (by drag or keyboard) the row's admission id, on every column (survives the search proxy) folded names and bed label that the search proxy matches against</extracomment>
            <translation>[Ɓéđ ·]</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>[Þàţîéñţ ·]</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>[Šéṽéŕîţý ·]</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>[Đàýš ·]</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>[Đîšçĥàŕĝé ·]</translation>
        </message>
        <message>
            <source>Bed label</source>
            <translation>[Ɓéđ ļàƀéļ ·]</translation>
        </message>
        <message>
            <source>The name the ward uses for the patient; below it, code status, allergies, the safety check, interpreter, goals of care due, new entries and open actions</source>
            <translation>[Ţĥé ñàɱé ţĥé ŵàŕđ ûšéš ƒöŕ ţĥé þàţîéñţ; ƀéļöŵ îţ, çöđé šţàţûš, àļļéŕĝîéš, ţĥé šàƒéţý çĥéçķ, îñţéŕþŕéţéŕ, ĝöàļš öƒ çàŕé đûé, ñéŵ éñţŕîéš àñđ öþéñ àçţîöñš ···········································]</translation>
        </message>
        <message>
            <source>Illness severity (I-PASS)</source>
            <translation>[Îļļñéšš šéṽéŕîţý (Î-ÞÀŠŠ) ·····]</translation>
        </message>
        <message>
            <source>Days in hospital</source>
            <translation>[Đàýš îñ ĥöšþîţàļ ··]</translation>
        </message>
        <message>
            <source>Expected discharge date</source>
            <translation>[Éẋþéçţéđ đîšçĥàŕĝé đàţé ····]</translation>
        </message>
        <message>
            <source>Expected home %1</source>
            <translation>[Éẋþéçţéđ ĥöɱé %1 ··]</translation>
        </message>
        <message>
            <source>Expected discharge date has passed: %1</source>
            <translation>[Éẋþéçţéđ đîšçĥàŕĝé đàţé ĥàš þàššéđ: %1 ·········]</translation>
        </message>
        <message>
            <source>No bed</source>
            <translation>[Ñö ƀéđ ·]</translation>
        </message>
        <message>
            <source>Pronouns: %1</source>
            <translation>[Þŕöñöûñš: %1 ·]</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>[Ļàñĝûàĝé: %1 ·]</translation>
        </message>
        <message>
            <source>Illness severity: %1</source>
            <translation>[Îļļñéšš šéṽéŕîţý: %1 ···]</translation>
        </message>
        <message numerus="yes">
            <source>Days in hospital: %Ln</source>
            <translation>
                <numerusform>[Đàýš îñ ĥöšþîţàļ: %Ln ····]</numerusform>
                <numerusform>[Đàýš îñ ĥöšþîţàļ: %Ln ····]</numerusform>
            </translation>
        </message>
        <message>
            <source>No expected discharge date yet</source>
            <translation>[Ñö éẋþéçţéđ đîšçĥàŕĝé đàţé ýéţ ······]</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>[Ñöţ šéţ ·]</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>[%1 (%2) ·]</translation>
        </message>
        <message>
            <source>today</source>
            <translation>[ţöđàý ·]</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>[ţöɱöŕŕöŵ ·]</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>[ýéšţéŕđàý ·]</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>[îñ %Ln đàýš ·]</numerusform>
                <numerusform>[îñ %Ln đàýš ·]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days ago</source>
            <translation>
                <numerusform>[%Ln đàýš àĝö ·]</numerusform>
                <numerusform>[%Ln đàýš àĝö ·]</numerusform>
            </translation>
        </message>
        <message>
            <source>Needs an interpreter</source>
            <translation>[Ñééđš àñ îñţéŕþŕéţéŕ ···]</translation>
        </message>
        <message>
            <source>Needs an interpreter: %1</source>
            <translation>[Ñééđš àñ îñţéŕþŕéţéŕ: %1 ·····]</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>[Îñţéŕþŕéţéŕ ·]</translation>
        </message>
        <message>
            <source>Goals due</source>
            <translation>[Ĝöàļš đûé ·]</translation>
        </message>
        <message>
            <source>Goals of care are due to be revisited</source>
            <translation>[Ĝöàļš öƒ çàŕé àŕé đûé ţö ƀé ŕéṽîšîţéđ ·········]</translation>
        </message>
        <message numerus="yes">
            <source>New entries since the last round: %Ln</source>
            <translation>
                <numerusform>[Ñéŵ éñţŕîéš šîñçé ţĥé ļàšţ ŕöûñđ: %Ln ·········]</numerusform>
                <numerusform>[Ñéŵ éñţŕîéš šîñçé ţĥé ļàšţ ŕöûñđ: %Ln ·········]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New: %Ln</source>
            <translation>
                <numerusform>[Ñéŵ: %Ln ·]</numerusform>
                <numerusform>[Ñéŵ: %Ln ·]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Actions: %Ln</source>
            <translation>
                <numerusform>[Àçţîöñš: %Ln ·]</numerusform>
                <numerusform>[Àçţîöñš: %Ln ·]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Open actions: %Ln</source>
            <translation>
                <numerusform>[Öþéñ àçţîöñš: %Ln ···]</numerusform>
                <numerusform>[Öþéñ àçţîöñš: %Ln ···]</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2 overdue)</source>
            <translation>[%1 (%2 öṽéŕđûé) ··]</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>[%1, %2 ·]</translation>
        </message>
        <message numerus="yes">
            <source>overdue: %Ln</source>
            <translation>
                <numerusform>[öṽéŕđûé: %Ln ·]</numerusform>
                <numerusform>[öṽéŕđûé: %Ln ·]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CensusView</name>
        <message>
            <source>Ward</source>
            <translation>[Ŵàŕđ ·]</translation>
        </message>
        <message>
            <source>&amp;Ward</source>
            <translation>[&amp;Wàŕđ ·]</translation>
        </message>
        <message>
            <source>Search by name or bed</source>
            <translation>[Šéàŕçĥ ƀý ñàɱé öŕ ƀéđ ····]</translation>
        </message>
        <message>
            <source>Name or bed</source>
            <translation>[Ñàɱé öŕ ƀéđ ·]</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>[&amp;Séàŕçĥ ·]</translation>
        </message>
        <message>
            <source>Ward census</source>
            <translation>[Ŵàŕđ çéñšûš ·]</translation>
        </message>
        <message>
            <source>There are no wards in this database yet. An administrator adds them in Ward ▸ Wards and beds.</source>
            <translation>[Ţĥéŕé àŕé ñö ŵàŕđš îñ ţĥîš đàţàƀàšé ýéţ. Àñ àđɱîñîšţŕàţöŕ àđđš ţĥéɱ îñ Ŵàŕđ ▸ Ŵàŕđš àñđ ƀéđš. ·························]</translation>
        </message>
        <message>
            <source>The round order was not saved: %1</source>
            <translation>[Ţĥé ŕöûñđ öŕđéŕ ŵàš ñöţ šàṽéđ: %1 ·······]</translation>
        </message>
        <message numerus="yes">
            <source>Patients on the ward: %Ln</source>
            <translation>
                <numerusform>[Þàţîéñţš öñ ţĥé ŵàŕđ: %Ln ·····]</numerusform>
                <numerusform>[Þàţîéñţš öñ ţĥé ŵàŕđ: %Ln ·····]</numerusform>
            </translation>
        </message>
        <message>
            <source>Matching the search: %1 of %2</source>
            <translation>[Ṁàţçĥîñĝ ţĥé šéàŕçĥ: %1 öƒ %2 ······]</translation>
        </message>
    </context>
    <context>
        <name>ChangeFollower</name>
        <message>
            <source>The database cannot be reached.</source>
            <translation>[Ţĥé đàţàƀàšé çàññöţ ƀé ŕéàçĥéđ. ·······]</translation>
        </message>
    </context>
    <context>
        <name>ChangeRoleDialog</name>
        <message>
            <source>Change role</source>
            <translation>[Çĥàñĝé ŕöļé ·]</translation>
        </message>
        <message>
            <source>Role of %1</source>
            <translation>[Ŕöļé öƒ %1 ·]</translation>
        </message>
        <message>
            <source>The role decides what the account may do on every ward.</source>
            <translation>[Ţĥé ŕöļé đéçîđéš ŵĥàţ ţĥé àççöûñţ ɱàý đö öñ éṽéŕý ŵàŕđ. ··············]</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>[&amp;Röļé ·]</translation>
        </message>
    </context>
    <context>
        <name>ChartFrame</name>
        <message>
            <source>No data for these dates.</source>
            <translation>[Ñö đàţà ƒöŕ ţĥéšé đàţéš. ·····]</translation>
        </message>
    </context>
    <context>
        <name>ChecklistSection</name>
        <message>
            <source>Readiness checklist</source>
            <translation>[Ŕéàđîñéšš çĥéçķļîšţ ···]</translation>
        </message>
        <message>
            <source>New checklist item</source>
            <translation>[Ñéŵ çĥéçķļîšţ îţéɱ ···]</translation>
        </message>
        <message>
            <source>Another item, e.g. Oxygen at home arranged</source>
            <translation>[Àñöţĥéŕ îţéɱ, é.ĝ. Öẋýĝéñ àţ ĥöɱé àŕŕàñĝéđ ··········]</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>[Ñéŵ îţéɱ ·]</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>[Àđđ îţéɱ ·]</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>[šöɱéöñé ·]</translation>
        </message>
        <message>
            <source>Ticked by %1</source>
            <translation>[Ţîçķéđ ƀý %1 ·]</translation>
        </message>
        <message>
            <source>Ticked by %1, %2</source>
            <translation>[Ţîçķéđ ƀý %1, %2 ··]</translation>
        </message>
        <message>
            <source>Type the item to add first.</source>
            <translation>[Ţýþé ţĥé îţéɱ ţö àđđ ƒîŕšţ. ······]</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Two versions of the same text</source>
            <translation>[Ţŵö ṽéŕšîöñš öƒ ţĥé šàɱé ţéẋţ ······]</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>[Šöɱéöñé éļšé ·]</translation>
        </message>
        <message>
            <source>Saved by %1, %2</source>
            <translation>[Šàṽéđ ƀý %1, %2 ··]</translation>
        </message>
        <message>
            <source>%1 was changed while you were editing</source>
            <translation>[%1 ŵàš çĥàñĝéđ ŵĥîļé ýöû ŵéŕé éđîţîñĝ ·········]</translation>
        </message>
        <message>
            <source>%1 saved a newer version. Nothing has been overwritten: choose what to keep.</source>
            <translation>[%1 šàṽéđ à ñéŵéŕ ṽéŕšîöñ. Ñöţĥîñĝ ĥàš ƀééñ öṽéŕŵŕîţţéñ: çĥööšé ŵĥàţ ţö ķééþ. ····················]</translation>
        </message>
        <message>
            <source>Your version</source>
            <translation>[Ýöûŕ ṽéŕšîöñ ·]</translation>
        </message>
        <message>
            <source>Their version: %1</source>
            <translation>[Ţĥéîŕ ṽéŕšîöñ: %1 ···]</translation>
        </message>
        <message>
            <source>Underlined and highlighted: words the other version does not have.</source>
            <translation>[Ûñđéŕļîñéđ àñđ ĥîĝĥļîĝĥţéđ: ŵöŕđš ţĥé öţĥéŕ ṽéŕšîöñ đöéš ñöţ ĥàṽé. ·················]</translation>
        </message>
        <message>
            <source>Your version (not saved)</source>
            <translation>[Ýöûŕ ṽéŕšîöñ (ñöţ šàṽéđ) ·····]</translation>
        </message>
        <message>
            <source>&amp;Merged text — theirs first, then yours; edit it into one</source>
            <translation>[&amp;Méŕĝéđ ţéẋţ — ţĥéîŕš ƒîŕšţ, ţĥéñ ýöûŕš; éđîţ îţ îñţö öñé ···············]</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>[Ķééþ &amp;mîñé ·]</translation>
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation>[Ķééþ &amp;tĥéîŕš ·]</translation>
        </message>
        <message>
            <source>M&amp;erge…</source>
            <translation>[Ṁ&amp;eŕĝé… ·]</translation>
        </message>
        <message>
            <source>&amp;Save merged text</source>
            <translation>[&amp;Sàṽé ɱéŕĝéđ ţéẋţ ···]</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>[Đéçîđé &amp;làţéŕ ·]</translation>
        </message>
        <message>
            <source>Go back to your text; nothing is saved yet (Esc)</source>
            <translation>[Ĝö ƀàçķ ţö ýöûŕ ţéẋţ; ñöţĥîñĝ îš šàṽéđ ýéţ (Éšç) ············]</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <source>Rounds — console</source>
            <translation>[Ŕöûñđš — çöñšöļé ··]</translation>
        </message>
        <message>
            <source>Time on this patient</source>
            <translation>[Ţîɱé öñ ţĥîš þàţîéñţ ···]</translation>
        </message>
        <message>
            <source>What the keys do</source>
            <translation>[Ŵĥàţ ţĥé ķéýš đö ··]</translation>
        </message>
        <message>
            <source>Patients in this round</source>
            <translation>[Þàţîéñţš îñ ţĥîš ŕöûñđ ····]</translation>
        </message>
        <message>
            <source>Screen for the ward-room view</source>
            <translation>[Šçŕééñ ƒöŕ ţĥé ŵàŕđ-ŕööɱ ṽîéŵ ······]</translation>
        </message>
        <message>
            <source>&amp;Ward-room screen</source>
            <translation>[&amp;Wàŕđ-ŕööɱ šçŕééñ ···]</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>[Çàŕđ ·]</translation>
        </message>
        <message>
            <source>Patients</source>
            <translation>[Þàţîéñţš ·]</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>[Ŕööɱ ·]</translation>
        </message>
        <message>
            <source>%1  ·  %2</source>
            <translation>[%1  ·  %2 ·]</translation>
        </message>
        <message>
            <source> · paused</source>
            <translation>[ · þàûšéđ ·]</translation>
        </message>
        <message>
            <source>target %1%2</source>
            <translation>[ţàŕĝéţ %1%2 ·]</translation>
        </message>
        <message>
            <source>Step %1 of %2 · %3</source>
            <translation>[Šţéþ %1 öƒ %2 · %3 ···]</translation>
        </message>
        <message>
            <source>Navigating: letters are the round's keys (C entry, A action)</source>
            <translation>[Ñàṽîĝàţîñĝ: ļéţţéŕš àŕé ţĥé ŕöûñđ'š ķéýš (Ç éñţŕý, À àçţîöñ) ···············]</translation>
        </message>
        <message>
            <source>Typing an entry: Enter adds it, Esc returns to the round</source>
            <translation>[Ţýþîñĝ àñ éñţŕý: Éñţéŕ àđđš îţ, Éšç ŕéţûŕñš ţö ţĥé ŕöûñđ ··············]</translation>
        </message>
        <message>
            <source>Typing an action: Enter adds it, Esc returns to the round</source>
            <translation>[Ţýþîñĝ àñ àçţîöñ: Éñţéŕ àđđš îţ, Éšç ŕéţûŕñš ţö ţĥé ŕöûñđ ···············]</translation>
        </message>
        <message>
            <source>Typing: Esc returns to the round</source>
            <translation>[Ţýþîñĝ: Éšç ŕéţûŕñš ţö ţĥé ŕöûñđ ·······]</translation>
        </message>
    </context>
    <context>
        <name>ConsoleCard</name>
        <message>
            <source>The patient's card in full</source>
            <translation>[Ţĥé þàţîéñţ'š çàŕđ îñ ƒûļļ ·····]</translation>
        </message>
        <message>
            <source>In one line</source>
            <translation>[Îñ öñé ļîñé ·]</translation>
        </message>
        <message>
            <source>What matters most</source>
            <translation>[Ŵĥàţ ɱàţţéŕš ɱöšţ ···]</translation>
        </message>
        <message>
            <source>Goals of care</source>
            <translation>[Ĝöàļš öƒ çàŕé ·]</translation>
        </message>
        <message>
            <source>New since the last round</source>
            <translation>[Ñéŵ šîñçé ţĥé ļàšţ ŕöûñđ ·····]</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>[Đîšçĥàŕĝé ·]</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>[Öþéñ àçţîöñš ·]</translation>
        </message>
        <message>
            <source>If … then</source>
            <translation>[Îƒ … ţĥéñ ·]</translation>
        </message>
    </context>
    <context>
        <name>ContactsSection</name>
        <message>
            <source>Next of kin and contacts</source>
            <translation>[Ñéẋţ öƒ ķîñ àñđ çöñţàçţš ·····]</translation>
        </message>
        <message>
            <source>No contacts recorded yet.</source>
            <translation>[Ñö çöñţàçţš ŕéçöŕđéđ ýéţ. ·····]</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>[çöñţàçţ ·]</translation>
        </message>
        <message>
            <source>Add a contact</source>
            <translation>[Àđđ à çöñţàçţ ·]</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>[Ƒûļļ ñàɱé ·]</translation>
        </message>
        <message>
            <source>e.g. daughter, neighbour</source>
            <translation>[é.ĝ. đàûĝĥţéŕ, ñéîĝĥƀöûŕ ·····]</translation>
        </message>
        <message>
            <source>e.g. 07700 900123</source>
            <translation>[é.ĝ. 07700 900123 ···]</translation>
        </message>
        <message>
            <source>Next of kin</source>
            <translation>[Ñéẋţ öƒ ķîñ ·]</translation>
        </message>
        <message>
            <source>Decision-maker (proxy or power of attorney)</source>
            <translation>[Đéçîšîöñ-ɱàķéŕ (þŕöẋý öŕ þöŵéŕ öƒ àţţöŕñéý) ··········]</translation>
        </message>
        <message>
            <source>Patient agrees we may share information</source>
            <translation>[Þàţîéñţ àĝŕééš ŵé ɱàý šĥàŕé îñƒöŕɱàţîöñ ·········]</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>[Ñàɱé ·]</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>[Ŕéļàţîöñšĥîþ ·]</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>[Þĥöñé ·]</translation>
        </message>
        <message>
            <source>next of kin</source>
            <translation>[ñéẋţ öƒ ķîñ ·]</translation>
        </message>
        <message>
            <source>decision-maker</source>
            <translation>[đéçîšîöñ-ɱàķéŕ ··]</translation>
        </message>
        <message>
            <source>may be told</source>
            <translation>[ɱàý ƀé ţöļđ ·]</translation>
        </message>
        <message>
            <source>not to be told without asking</source>
            <translation>[ñöţ ţö ƀé ţöļđ ŵîţĥöûţ àšķîñĝ ······]</translation>
        </message>
        <message>
            <source>No longer a contact</source>
            <translation>[Ñö ļöñĝéŕ à çöñţàçţ ···]</translation>
        </message>
        <message>
            <source>%1 is no longer a contact</source>
            <translation>[%1 îš ñö ļöñĝéŕ à çöñţàçţ ·····]</translation>
        </message>
        <message>
            <source>Give the contact's name.</source>
            <translation>[Ĝîṽé ţĥé çöñţàçţ'š ñàɱé. ·····]</translation>
        </message>
    </context>
    <context>
        <name>ContingencyForm</name>
        <message>
            <source>If</source>
            <translation>[Îƒ ·]</translation>
        </message>
        <message>
            <source>For example: temperature above 38.5 °C</source>
            <translation>[Ƒöŕ éẋàɱþļé: ţéɱþéŕàţûŕé àƀöṽé 38.5 °Ç ·········]</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>[Ţĥéñ ·]</translation>
        </message>
        <message>
            <source>For example: take blood cultures and call the doctor</source>
            <translation>[Ƒöŕ éẋàɱþļé: ţàķé ƀļööđ çûļţûŕéš àñđ çàļļ ţĥé đöçţöŕ ·············]</translation>
        </message>
        <message>
            <source>Add contin&amp;gency</source>
            <translation>[Àđđ çöñţîñ&amp;géñçý ··]</translation>
        </message>
        <message>
            <source>Con&amp;dition</source>
            <translation>[Çöñ&amp;dîţîöñ ·]</translation>
        </message>
        <message>
            <source>The&amp;n</source>
            <translation>[Ţĥé&amp;n ·]</translation>
        </message>
    </context>
    <context>
        <name>ContingencyRow</name>
        <message>
            <source>If</source>
            <translation>[Îƒ ·]</translation>
        </message>
        <message>
            <source>then</source>
            <translation>[ţĥéñ ·]</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>[Ŕéţîŕé ·]</translation>
        </message>
        <message>
            <source>Retire the contingency: %1</source>
            <translation>[Ŕéţîŕé ţĥé çöñţîñĝéñçý: %1 ·····]</translation>
        </message>
        <message>
            <source>It no longer applies; it is kept, not deleted</source>
            <translation>[Îţ ñö ļöñĝéŕ àþþļîéš; îţ îš ķéþţ, ñöţ đéļéţéđ ···········]</translation>
        </message>
    </context>
    <context>
        <name>ContributionsView</name>
        <message>
            <source>Show entries from</source>
            <translation>[Šĥöŵ éñţŕîéš ƒŕöɱ ···]</translation>
        </message>
        <message>
            <source>All disciplines</source>
            <translation>[Àļļ đîšçîþļîñéš ··]</translation>
        </message>
        <message>
            <source>Entries &amp;by</source>
            <translation>[Éñţŕîéš &amp;bý ·]</translation>
        </message>
        <message>
            <source>Contributions, newest first</source>
            <translation>[Çöñţŕîƀûţîöñš, ñéŵéšţ ƒîŕšţ ······]</translation>
        </message>
        <message>
            <source>Amend your newest entry, or choose one of yours to amend (%1)</source>
            <translation>[Àɱéñđ ýöûŕ ñéŵéšţ éñţŕý, öŕ çĥööšé öñé öƒ ýöûŕš ţö àɱéñđ (%1) ················]</translation>
        </message>
        <message>
            <source>Amend this entry; the original stays in its history (%1)</source>
            <translation>[Àɱéñđ ţĥîš éñţŕý; ţĥé öŕîĝîñàļ šţàýš îñ îţš ĥîšţöŕý (%1) ··············]</translation>
        </message>
        <message>
            <source>Only the author can amend an entry (%1)</source>
            <translation>[Öñļý ţĥé àûţĥöŕ çàñ àɱéñđ àñ éñţŕý (%1) ·········]</translation>
        </message>
        <message>
            <source>Every version of this entry (%1)</source>
            <translation>[Éṽéŕý ṽéŕšîöñ öƒ ţĥîš éñţŕý (%1) ·······]</translation>
        </message>
        <message>
            <source>No entries yet.</source>
            <translation>[Ñö éñţŕîéš ýéţ. ··]</translation>
        </message>
        <message>
            <source>No entries from %1.</source>
            <translation>[Ñö éñţŕîéš ƒŕöɱ %1. ···]</translation>
        </message>
    </context>
    <context>
        <name>CoreSentences</name>
        <message>
            <source>patient %1: %2</source>
            <translation>[þàţîéñţ %1: %2 ··]</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>[… àñđ %1 ɱöŕé ·]</translation>
        </message>
        <message>
            <source>%1 problems</source>
            <translation>[%1 þŕöƀļéɱš ·]</translation>
        </message>
        <message>
            <source>1 problem</source>
            <translation>[1 þŕöƀļéɱ ·]</translation>
        </message>
        <message>
            <source>row %1: %2 cells, more than the header's</source>
            <translation>[ŕöŵ %1: %2 çéļļš, ɱöŕé ţĥàñ ţĥé ĥéàđéŕ'š ·········]</translation>
        </message>
        <message>
            <source>row %1: interpreter_needed must be yes, no, true, false, 1 or 0</source>
            <translation>[ŕöŵ %1: îñţéŕþŕéţéŕ_ñééđéđ ɱûšţ ƀé ýéš, ñö, ţŕûé, ƒàļšé, 1 öŕ 0 ················]</translation>
        </message>
        <message>
            <source>row %1: %2 is not a date (YYYY-MM-DD)</source>
            <translation>[ŕöŵ %1: %2 îš ñöţ à đàţé (ÝÝÝÝ-ṀṀ-ĐĐ) ·········]</translation>
        </message>
        <message>
            <source>row %1: birth_date is in the future</source>
            <translation>[ŕöŵ %1: ƀîŕţĥ_đàţé îš îñ ţĥé ƒûţûŕé ········]</translation>
        </message>
        <message>
            <source>row %1: expected_discharge is in the past</source>
            <translation>[ŕöŵ %1: éẋþéçţéđ_đîšçĥàŕĝé îš îñ ţĥé þàšţ ··········]</translation>
        </message>
        <message>
            <source>row %1: %2 contains a control character</source>
            <translation>[ŕöŵ %1: %2 çöñţàîñš à çöñţŕöļ çĥàŕàçţéŕ ·········]</translation>
        </message>
        <message>
            <source>row %1: %2 must be one line but holds a line break</source>
            <translation>[ŕöŵ %1: %2 ɱûšţ ƀé öñé ļîñé ƀûţ ĥöļđš à ļîñé ƀŕéàķ ············]</translation>
        </message>
        <message>
            <source>row %1: %2 is empty</source>
            <translation>[ŕöŵ %1: %2 îš éɱþţý ···]</translation>
        </message>
        <message>
            <source>row %1: %2 is %3 characters long; the limit is %4</source>
            <translation>[ŕöŵ %1: %2 îš %3 çĥàŕàçţéŕš ļöñĝ; ţĥé ļîɱîţ îš %4 ············]</translation>
        </message>
        <message>
            <source>row %1: %2 must be one of: %3</source>
            <translation>[ŕöŵ %1: %2 ɱûšţ ƀé öñé öƒ: %3 ······]</translation>
        </message>
        <message>
            <source>row %1: %2 %3</source>
            <translation>[ŕöŵ %1: %2 %3 ·]</translation>
        </message>
        <message>
            <source>row %1: %2 repeats row %3</source>
            <translation>[ŕöŵ %1: %2 ŕéþéàţš ŕöŵ %3 ·····]</translation>
        </message>
        <message>
            <source>row %1: bed %2 is not a bed of %3</source>
            <translation>[ŕöŵ %1: ƀéđ %2 îš ñöţ à ƀéđ öƒ %3 ·······]</translation>
        </message>
        <message>
            <source>row %1: patient %2 is admitted to %3</source>
            <translation>[ŕöŵ %1: þàţîéñţ %2 îš àđɱîţţéđ ţö %3 ········]</translation>
        </message>
        <message>
            <source>row %1: bed %2 is occupied</source>
            <translation>[ŕöŵ %1: ƀéđ %2 îš öççûþîéđ ·····]</translation>
        </message>
        <message>
            <source>no current inpatient encounter, so not admitted</source>
            <translation>[ñö çûŕŕéñţ îñþàţîéñţ éñçöûñţéŕ, šö ñöţ àđɱîţţéđ ············]</translation>
        </message>
        <message>
            <source>Rounds does not import this resource type</source>
            <translation>[Ŕöûñđš đöéš ñöţ îɱþöŕţ ţĥîš ŕéšöûŕçé ţýþé ··········]</translation>
        </message>
        <message>
            <source>its patient %1 is skipped (%2)</source>
            <translation>[îţš þàţîéñţ %1 îš šķîþþéđ (%2) ······]</translation>
        </message>
        <message>
            <source>its patient is not in the files</source>
            <translation>[îţš þàţîéñţ îš ñöţ îñ ţĥé ƒîļéš ·······]</translation>
        </message>
        <message>
            <source>already admitted to %1, bed %2</source>
            <translation>[àļŕéàđý àđɱîţţéđ ţö %1, ƀéđ %2 ······]</translation>
        </message>
        <message>
            <source>already admitted to %1</source>
            <translation>[àļŕéàđý àđɱîţţéđ ţö %1 ····]</translation>
        </message>
        <message>
            <source>no ward was chosen, so not admitted</source>
            <translation>[ñö ŵàŕđ ŵàš çĥöšéñ, šö ñöţ àđɱîţţéđ ········]</translation>
        </message>
        <message>
            <source>%1 starts in the future, so not admitted</source>
            <translation>[%1 šţàŕţš îñ ţĥé ƒûţûŕé, šö ñöţ àđɱîţţéđ ·········]</translation>
        </message>
        <message>
            <source>bed %1 is taken, so admitted without a bed</source>
            <translation>[ƀéđ %1 îš ţàķéñ, šö àđɱîţţéđ ŵîţĥöûţ à ƀéđ ··········]</translation>
        </message>
        <message>
            <source>clinical status %1 is not one Rounds keeps</source>
            <translation>[çļîñîçàļ šţàţûš %1 îš ñöţ öñé Ŕöûñđš ķééþš ··········]</translation>
        </message>
        <message>
            <source>entered in error or refuted</source>
            <translation>[éñţéŕéđ îñ éŕŕöŕ öŕ ŕéƒûţéđ ······]</translation>
        </message>
        <message>
            <source>it names no substance</source>
            <translation>[îţ ñàɱéš ñö šûƀšţàñçé ····]</translation>
        </message>
        <message>
            <source>status %1, not active</source>
            <translation>[šţàţûš %1, ñöţ àçţîṽé ····]</translation>
        </message>
        <message>
            <source>it names no medicine</source>
            <translation>[îţ ñàɱéš ñö ɱéđîçîñé ···]</translation>
        </message>
        <message>
            <source>clinical status %1, not active</source>
            <translation>[çļîñîçàļ šţàţûš %1, ñöţ àçţîṽé ······]</translation>
        </message>
        <message>
            <source>it names no condition</source>
            <translation>[îţ ñàɱéš ñö çöñđîţîöñ ····]</translation>
        </message>
        <message>
            <source>lifecycle status %1, not a current goal</source>
            <translation>[ļîƒéçýçļé šţàţûš %1, ñöţ à çûŕŕéñţ ĝöàļ ·········]</translation>
        </message>
        <message>
            <source>it has no description</source>
            <translation>[îţ ĥàš ñö đéšçŕîþţîöñ ····]</translation>
        </message>
        <message>
            <source>it names no team member</source>
            <translation>[îţ ñàɱéš ñö ţéàɱ ɱéɱƀéŕ ····]</translation>
        </message>
        <message>
            <source>not active</source>
            <translation>[ñöţ àçţîṽé ·]</translation>
        </message>
        <message>
            <source>it has no name</source>
            <translation>[îţ ĥàš ñö ñàɱé ··]</translation>
        </message>
        <message>
            <source>it has no title, description or activities</source>
            <translation>[îţ ĥàš ñö ţîţļé, đéšçŕîþţîöñ öŕ àçţîṽîţîéš ··········]</translation>
        </message>
        <message>
            <source>deceased</source>
            <translation>[đéçéàšéđ ·]</translation>
        </message>
        <message>
            <source>no identifier to use as the MRN</source>
            <translation>[ñö îđéñţîƒîéŕ ţö ûšé àš ţĥé ṀŔÑ ·······]</translation>
        </message>
        <message>
            <source>the MRN is longer than %1 characters</source>
            <translation>[ţĥé ṀŔÑ îš ļöñĝéŕ ţĥàñ %1 çĥàŕàçţéŕš ········]</translation>
        </message>
        <message>
            <source>no given and family name</source>
            <translation>[ñö ĝîṽéñ àñđ ƒàɱîļý ñàɱé ·····]</translation>
        </message>
        <message>
            <source>a name is longer than %1 characters</source>
            <translation>[à ñàɱé îš ļöñĝéŕ ţĥàñ %1 çĥàŕàçţéŕš ········]</translation>
        </message>
        <message>
            <source>the date of birth is in the future</source>
            <translation>[ţĥé đàţé öƒ ƀîŕţĥ îš îñ ţĥé ƒûţûŕé ········]</translation>
        </message>
        <message>
            <source>status %1, not in-progress</source>
            <translation>[šţàţûš %1, ñöţ îñ-þŕöĝŕéšš ·····]</translation>
        </message>
        <message>
            <source>class %1 is not an inpatient stay</source>
            <translation>[çļàšš %1 îš ñöţ àñ îñþàţîéñţ šţàý ·······]</translation>
        </message>
    </context>
    <context>
        <name>CsvFile</name>
        <message>
            <source>Export insights as CSV</source>
            <translation>[Éẋþöŕţ îñšîĝĥţš àš ÇŠṼ ····]</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>[ÇŠṼ ƒîļéš (*.csv) ···]</translation>
        </message>
    </context>
    <context>
        <name>DateFormats</name>
        <message>
            <source>d MMM yyyy</source>
            <comment>Qt date pattern; keep MMM</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>Qt date pattern; keep MMM</comment>
            <translation>ddd d MMM yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM</source>
            <comment>Qt date pattern; keep MMM</comment>
            <translation>ddd d MMM</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>Qt date pattern; keep MMM</comment>
            <translation>d MMM</translation>
        </message>
    </context>
    <context>
        <name>DeidentifyPreviewDialog</name>
        <message>
            <source>De-identified preview</source>
            <translation>[Đé-îđéñţîƒîéđ þŕéṽîéŵ ····]</translation>
        </message>
        <message>
            <source>What will be saved</source>
            <translation>[Ŵĥàţ ŵîļļ ƀé šàṽéđ ···]</translation>
        </message>
        <message>
            <source>Names, dates of birth, admission dates and identifiers of the linked patient are replaced. Read the right-hand side for anything that still identifies someone.</source>
            <translation>[Ñàɱéš, đàţéš öƒ ƀîŕţĥ, àđɱîššîöñ đàţéš àñđ îđéñţîƒîéŕš öƒ ţĥé ļîñķéđ þàţîéñţ àŕé ŕéþļàçéđ. Ŕéàđ ţĥé ŕîĝĥţ-ĥàñđ šîđé ƒöŕ àñýţĥîñĝ ţĥàţ šţîļļ îđéñţîƒîéš šöɱéöñé. ·············································]</translation>
        </message>
        <message>
            <source>As typed</source>
            <translation>[Àš ţýþéđ ·]</translation>
        </message>
        <message>
            <source>As it will be saved</source>
            <translation>[Àš îţ ŵîļļ ƀé šàṽéđ ···]</translation>
        </message>
        <message>
            <source>%1, as typed</source>
            <translation>[%1, àš ţýþéđ ·]</translation>
        </message>
        <message>
            <source>%1, de-identified</source>
            <translation>[%1, đé-îđéñţîƒîéđ ···]</translation>
        </message>
        <message>
            <source>&amp;Save de-identified</source>
            <translation>[&amp;Sàṽé đé-îđéñţîƒîéđ ···]</translation>
        </message>
        <message>
            <source>&amp;Go back</source>
            <translation>[&amp;Gö ƀàçķ ·]</translation>
        </message>
    </context>
    <context>
        <name>Diagnostics</name>
        <message>
            <source>Rounds</source>
            <translation>[Ŕöûñđš ·]</translation>
        </message>
        <message>
            <source>Rounds hit a problem. Your unsaved text is kept, and everything already saved is safe. You can carry on; if the screen looks wrong, restart Rounds. A report for your IT team (it holds no patient details): %1</source>
            <translation>[Ŕöûñđš ĥîţ à þŕöƀļéɱ. Ýöûŕ ûñšàṽéđ ţéẋţ îš ķéþţ, àñđ éṽéŕýţĥîñĝ àļŕéàđý šàṽéđ îš šàƒé. Ýöû çàñ çàŕŕý öñ; îƒ ţĥé šçŕééñ ļööķš ŵŕöñĝ, ŕéšţàŕţ Ŕöûñđš. À ŕéþöŕţ ƒöŕ ýöûŕ ÎŢ ţéàɱ (îţ ĥöļđš ñö þàţîéñţ đéţàîļš): %1 ····························································]</translation>
        </message>
    </context>
    <context>
        <name>DischargeConfirm</name>
        <message>
            <source>Discharge patient</source>
            <translation>[Đîšçĥàŕĝé þàţîéñţ ···]</translation>
        </message>
        <message>
            <source>no bed</source>
            <translation>[ñö ƀéđ ·]</translation>
        </message>
        <message>
            <source>Discharge %1 (%2) from the ward?</source>
            <translation>[Đîšçĥàŕĝé %1 (%2) ƒŕöɱ ţĥé ŵàŕđ? ·······]</translation>
        </message>
        <message>
            <source>The admission is archived, never deleted: the card, contributions and discharge plan stay readable. The bed becomes free.</source>
            <translation>[Ţĥé àđɱîššîöñ îš àŕçĥîṽéđ, ñéṽéŕ đéļéţéđ: ţĥé çàŕđ, çöñţŕîƀûţîöñš àñđ đîšçĥàŕĝé þļàñ šţàý ŕéàđàƀļé. Ţĥé ƀéđ ƀéçöɱéš ƒŕéé. ··································]</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>[Đîšçĥàŕĝé ·]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéļ ·]</translation>
        </message>
    </context>
    <context>
        <name>DischargeView</name>
        <message>
            <source>Discharge readiness</source>
            <translation>[Đîšçĥàŕĝé ŕéàđîñéšš ···]</translation>
        </message>
        <message>
            <source>Contradictions in the plan</source>
            <translation>[Çöñţŕàđîçţîöñš îñ ţĥé þļàñ ·····]</translation>
        </message>
        <message>
            <source>%1 of %2 ready</source>
            <translation>[%1 öƒ %2 ŕéàđý ··]</translation>
        </message>
        <message>
            <source>Discharged %1: this plan is kept, read only.</source>
            <translation>[Đîšçĥàŕĝéđ %1: ţĥîš þļàñ îš ķéþţ, ŕéàđ öñļý. ···········]</translation>
        </message>
    </context>
    <context>
        <name>DowntimeOnWorkstation</name>
        <message>
            <source>Downtime sheets: %1</source>
            <translation>[Đöŵñţîɱé šĥééţš: %1 ···]</translation>
        </message>
        <message>
            <source>Downtime sheets not refreshed</source>
            <translation>[Đöŵñţîɱé šĥééţš ñöţ ŕéƒŕéšĥéđ ······]</translation>
        </message>
    </context>
    <context>
        <name>DowntimePrintingDialog</name>
        <message>
            <source>Downtime printing</source>
            <translation>[Đöŵñţîɱé þŕîñţîñĝ ···]</translation>
        </message>
        <message>
            <source>Downtime sheets on this workstation</source>
            <translation>[Đöŵñţîɱé šĥééţš öñ ţĥîš ŵöŕķšţàţîöñ ········]</translation>
        </message>
        <message>
            <source>While Rounds runs here, it writes each ward's handoff sheet and a card per patient as PDFs, so the ward has paper if the server cannot be reached. The files are readable by this computer's user only.</source>
            <translation>[Ŵĥîļé Ŕöûñđš ŕûñš ĥéŕé, îţ ŵŕîţéš éàçĥ ŵàŕđ'š ĥàñđöƒƒ šĥééţ àñđ à çàŕđ þéŕ þàţîéñţ àš ÞĐƑš, šö ţĥé ŵàŕđ ĥàš þàþéŕ îƒ ţĥé šéŕṽéŕ çàññöţ ƀé ŕéàçĥéđ. Ţĥé ƒîļéš àŕé ŕéàđàƀļé ƀý ţĥîš çöɱþûţéŕ'š ûšéŕ öñļý. ·························································]</translation>
        </message>
        <message>
            <source>Keep downtime sheets on this workstation</source>
            <translation>[Ķééþ đöŵñţîɱé šĥééţš öñ ţĥîš ŵöŕķšţàţîöñ ·········]</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>[&amp;Réƒŕéšĥ ·]</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>[Ç&amp;hööšé… ·]</translation>
        </message>
        <message>
            <source>Choose the downtime folder</source>
            <translation>[Çĥööšé ţĥé đöŵñţîɱé ƒöļđéŕ ·····]</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>[&amp;Föļđéŕ ·]</translation>
        </message>
        <message>
            <source>Set for this computer by your hospital's IT team.</source>
            <translation>[Šéţ ƒöŕ ţĥîš çöɱþûţéŕ ƀý ýöûŕ ĥöšþîţàļ'š ÎŢ ţéàɱ. ············]</translation>
        </message>
        <message>
            <source> hours</source>
            <translation>[ ĥöûŕš ·]</translation>
        </message>
        <message>
            <source>&amp;Every</source>
            <translation>[&amp;Eṽéŕý ·]</translation>
        </message>
        <message>
            <source> sets</source>
            <translation>[ šéţš ·]</translation>
        </message>
        <message>
            <source>&amp;Keep the newest</source>
            <translation>[&amp;Kééþ ţĥé ñéŵéšţ ··]</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>[Šàṽé ·]</translation>
        </message>
        <message>
            <source>Folder for the downtime sheets</source>
            <translation>[Ƒöļđéŕ ƒöŕ ţĥé đöŵñţîɱé šĥééţš ······]</translation>
        </message>
        <message>
            <source>Give the folder as a full path.</source>
            <translation>[Ĝîṽé ţĥé ƒöļđéŕ àš à ƒûļļ þàţĥ. ·······]</translation>
        </message>
        <message>
            <source>%1 is a file, not a folder.</source>
            <translation>[%1 îš à ƒîļé, ñöţ à ƒöļđéŕ. ······]</translation>
        </message>
    </context>
    <context>
        <name>EditArea</name>
        <message>
            <source>Text of %1</source>
            <translation>[Ţéẋţ öƒ %1 ·]</translation>
        </message>
        <message>
            <source>Whose words in %1</source>
            <translation>[Ŵĥöšé ŵöŕđš îñ %1 ···]</translation>
        </message>
        <message>
            <source>&amp;Whose words</source>
            <translation>[&amp;Wĥöšé ŵöŕđš ·]</translation>
        </message>
        <message>
            <source>Share with patient</source>
            <translation>[Šĥàŕé ŵîţĥ þàţîéñţ ···]</translation>
        </message>
        <message>
            <source>Share %1 with the patient</source>
            <translation>[Šĥàŕé %1 ŵîţĥ ţĥé þàţîéñţ ·····]</translation>
        </message>
        <message>
            <source>Print this text on the patient's own copy</source>
            <translation>[Þŕîñţ ţĥîš ţéẋţ öñ ţĥé þàţîéñţ'š öŵñ çöþý ··········]</translation>
        </message>
        <message>
            <source>the ward's language</source>
            <translation>[ţĥé ŵàŕđ'š ļàñĝûàĝé ···]</translation>
        </message>
        <message>
            <source>Language of %1</source>
            <translation>[Ļàñĝûàĝé öƒ %1 ··]</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>[Ļàñĝûàĝé ·]</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>[Šàṽé ·]</translation>
        </message>
        <message>
            <source>Save this field (Ctrl+Enter)</source>
            <translation>[Šàṽé ţĥîš ƒîéļđ (Çţŕļ+Éñţéŕ) ······]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéļ ·]</translation>
        </message>
        <message>
            <source>Discard these changes (Esc)</source>
            <translation>[Đîšçàŕđ ţĥéšé çĥàñĝéš (Éšç) ······]</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln characters</source>
            <translation>
                <numerusform>[%1 öƒ %Ln çĥàŕàçţéŕš ···]</numerusform>
                <numerusform>[%1 öƒ %Ln çĥàŕàçţéŕš ···]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryHistoryDialog</name>
        <message>
            <source>History of the entry</source>
            <translation>[Ĥîšţöŕý öƒ ţĥé éñţŕý ···]</translation>
        </message>
        <message>
            <source>Versions of the entry, oldest first</source>
            <translation>[Ṽéŕšîöñš öƒ ţĥé éñţŕý, öļđéšţ ƒîŕšţ ········]</translation>
        </message>
        <message>
            <source>%1 · %2 · first written %3 by %4</source>
            <translation>[%1 · %2 · ƒîŕšţ ŵŕîţţéñ %3 ƀý %4 ·······]</translation>
        </message>
        <message>
            <source>Version %1 — current</source>
            <translation>[Ṽéŕšîöñ %1 — çûŕŕéñţ ···]</translation>
        </message>
        <message>
            <source>Version %1 — replaced by version %2</source>
            <translation>[Ṽéŕšîöñ %1 — ŕéþļàçéđ ƀý ṽéŕšîöñ %2 ········]</translation>
        </message>
        <message>
            <source>Amended %1 by %2</source>
            <translation>[Àɱéñđéđ %1 ƀý %2 ··]</translation>
        </message>
        <message>
            <source>Written %1 by %2</source>
            <translation>[Ŵŕîţţéñ %1 ƀý %2 ··]</translation>
        </message>
        <message>
            <source>Reason: </source>
            <translation>[Ŕéàšöñ:  ·]</translation>
        </message>
    </context>
    <context>
        <name>EntryListSection</name>
        <message>
            <source>Cancel edit</source>
            <translation>[Çàñçéļ éđîţ ·]</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>[Éđîţ ·]</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>[Šàṽé çĥàñĝéš ·]</translation>
        </message>
        <message>
            <source>Not saved: someone changed this entry meanwhile. Check it and save again.</source>
            <translation>[Ñöţ šàṽéđ: šöɱéöñé çĥàñĝéđ ţĥîš éñţŕý ɱéàñŵĥîļé. Çĥéçķ îţ àñđ šàṽé àĝàîñ. ···················]</translation>
        </message>
    </context>
    <context>
        <name>ExpectedDateSection</name>
        <message>
            <source>Expected discharge</source>
            <translation>[Éẋþéçţéđ đîšçĥàŕĝé ···]</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>[Ñöţ šéţ ·]</translation>
        </message>
        <message>
            <source>Expected discharge date</source>
            <translation>[Éẋþéçţéđ đîšçĥàŕĝé đàţé ····]</translation>
        </message>
        <message>
            <source>Save date</source>
            <translation>[Šàṽé đàţé ·]</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>[Ûñđö ·]</translation>
        </message>
        <message>
            <source>Back to the saved date</source>
            <translation>[Ɓàçķ ţö ţĥé šàṽéđ đàţé ····]</translation>
        </message>
        <message>
            <source>Not set yet</source>
            <translation>[Ñöţ šéţ ýéţ ·]</translation>
        </message>
        <message>
            <source>The expected date was changed meanwhile to %1. Save again to keep yours.</source>
            <translation>[Ţĥé éẋþéçţéđ đàţé ŵàš çĥàñĝéđ ɱéàñŵĥîļé ţö %1. Šàṽé àĝàîñ ţö ķééþ ýöûŕš. ···················]</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>[ñöţ šéţ ·]</translation>
        </message>
    </context>
    <context>
        <name>FactHistoryDialog</name>
        <message>
            <source>History of %1</source>
            <translation>[Ĥîšţöŕý öƒ %1 ·]</translation>
        </message>
        <message>
            <source>Saved states of %1</source>
            <translation>[Šàṽéđ šţàţéš öƒ %1 ···]</translation>
        </message>
        <message>
            <source>Nothing has been saved here yet.</source>
            <translation>[Ñöţĥîñĝ ĥàš ƀééñ šàṽéđ ĥéŕé ýéţ. ·······]</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>[Ṽéŕšîöñ %1 ·]</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>[ûñķñöŵñ ·]</translation>
        </message>
    </context>
    <context>
        <name>FactList</name>
        <message>
            <source>Cancel edit</source>
            <translation>[Çàñçéļ éđîţ ·]</translation>
        </message>
        <message>
            <source>Cancel editing the %1</source>
            <translation>[Çàñçéļ éđîţîñĝ ţĥé %1 ····]</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>[Éđîţ… ·]</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>[Éđîţ %1 ·]</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>[Šàṽé çĥàñĝéš ·]</translation>
        </message>
        <message>
            <source>Save changes to the %1</source>
            <translation>[Šàṽé çĥàñĝéš ţö ţĥé %1 ····]</translation>
        </message>
        <message>
            <source>%1 changed this %2 meanwhile (now: %3). Your entries are kept here: Save again to keep yours.</source>
            <translation>[%1 çĥàñĝéđ ţĥîš %2 ɱéàñŵĥîļé (ñöŵ: %3). Ýöûŕ éñţŕîéš àŕé ķéþţ ĥéŕé: Šàṽé àĝàîñ ţö ķééþ ýöûŕš. ·························]</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>[Šöɱéöñé éļšé ·]</translation>
        </message>
    </context>
    <context>
        <name>FactSection</name>
        <message>
            <source>History…</source>
            <translation>[Ĥîšţöŕý… ·]</translation>
        </message>
        <message>
            <source>History of %1</source>
            <translation>[Ĥîšţöŕý öƒ %1 ·]</translation>
        </message>
        <message>
            <source>Nothing has been saved here yet.</source>
            <translation>[Ñöţĥîñĝ ĥàš ƀééñ šàṽéđ ĥéŕé ýéţ. ·······]</translation>
        </message>
    </context>
    <context>
        <name>FeatureActions</name>
        <message>
            <source>Rounds</source>
            <translation>[Ŕöûñđš ·]</translation>
        </message>
    </context>
    <context>
        <name>FieldHistoryDialog</name>
        <message>
            <source>History of %1</source>
            <translation>[Ĥîšţöŕý öƒ %1 ·]</translation>
        </message>
        <message>
            <source>Struck through: removed. Underlined and highlighted: added.</source>
            <translation>[Šţŕûçķ ţĥŕöûĝĥ: ŕéɱöṽéđ. Ûñđéŕļîñéđ àñđ ĥîĝĥļîĝĥţéđ: àđđéđ. ···············]</translation>
        </message>
        <message>
            <source>&amp;Mark what changed</source>
            <translation>[&amp;Màŕķ ŵĥàţ çĥàñĝéđ ···]</translation>
        </message>
        <message>
            <source>Versions of %1</source>
            <translation>[Ṽéŕšîöñš öƒ %1 ··]</translation>
        </message>
        <message>
            <source>Nothing has been saved in this field yet.</source>
            <translation>[Ñöţĥîñĝ ĥàš ƀééñ šàṽéđ îñ ţĥîš ƒîéļđ ýéţ. ··········]</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>[ûñķñöŵñ ·]</translation>
        </message>
        <message>
            <source>was %1</source>
            <translation>[ŵàš %1 ·]</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>[Ṽéŕšîöñ %1 ·]</translation>
        </message>
        <message>
            <source>(emptied)</source>
            <translation>[(éɱþţîéđ) ·]</translation>
        </message>
    </context>
    <context>
        <name>FieldPanel</name>
        <message>
            <source>Edit</source>
            <translation>[Éđîţ ·]</translation>
        </message>
        <message>
            <source>Edit this field (Enter or double-click)</source>
            <translation>[Éđîţ ţĥîš ƒîéļđ (Éñţéŕ öŕ đöûƀļé-çļîçķ) ·········]</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>[Éđîţ %1 ·]</translation>
        </message>
        <message>
            <source>History</source>
            <translation>[Ĥîšţöŕý ·]</translation>
        </message>
        <message>
            <source>Every saved version of this field</source>
            <translation>[Éṽéŕý šàṽéđ ṽéŕšîöñ öƒ ţĥîš ƒîéļđ ·······]</translation>
        </message>
        <message>
            <source>History of %1</source>
            <translation>[Ĥîšţöŕý öƒ %1 ·]</translation>
        </message>
        <message>
            <source>Text of %1</source>
            <translation>[Ţéẋţ öƒ %1 ·]</translation>
        </message>
        <message>
            <source>Not written yet.</source>
            <translation>[Ñöţ ŵŕîţţéñ ýéţ. ··]</translation>
        </message>
        <message>
            <source>%1 · shared with the patient</source>
            <translation>[%1 · šĥàŕéđ ŵîţĥ ţĥé þàţîéñţ ······]</translation>
        </message>
        <message>
            <source>%1 · in %2</source>
            <translation>[%1 · îñ %2 ·]</translation>
        </message>
        <message>
            <source>Edited by %1, %2</source>
            <translation>[Éđîţéđ ƀý %1, %2 ··]</translation>
        </message>
        <message>
            <source>Edited %1</source>
            <translation>[Éđîţéđ %1 ·]</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>[Šöɱéöñé éļšé ·]</translation>
        </message>
        <message>
            <source>%1 saved a newer version since; saving will show you both.</source>
            <translation>[%1 šàṽéđ à ñéŵéŕ ṽéŕšîöñ šîñçé; šàṽîñĝ ŵîļļ šĥöŵ ýöû ƀöţĥ. ···············]</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <source>Welcome to Rounds</source>
            <translation>[Ŵéļçöɱé ţö Ŕöûñđš ···]</translation>
        </message>
        <message>
            <source>Create the first administrator</source>
            <translation>[Çŕéàţé ţĥé ƒîŕšţ àđɱîñîšţŕàţöŕ ······]</translation>
        </message>
        <message>
            <source>This database has no accounts yet. The administrator sets up wards, beds and everyone else's accounts.</source>
            <translation>[Ţĥîš đàţàƀàšé ĥàš ñö àççöûñţš ýéţ. Ţĥé àđɱîñîšţŕàţöŕ šéţš ûþ ŵàŕđš, ƀéđš àñđ éṽéŕýöñé éļšé'š àççöûñţš. ····························]</translation>
        </message>
        <message>
            <source>for example a.smith</source>
            <translation>[ƒöŕ éẋàɱþļé à.šɱîţĥ ···]</translation>
        </message>
        <message>
            <source>The name colleagues see</source>
            <translation>[Ţĥé ñàɱé çöļļéàĝûéš šéé ····]</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>[&amp;Ušéŕñàɱé ·]</translation>
        </message>
        <message>
            <source>&amp;Display name</source>
            <translation>[&amp;Dîšþļàý ñàɱé ·]</translation>
        </message>
        <message>
            <source>D&amp;iscipline</source>
            <translation>[Đ&amp;išçîþļîñé ·]</translation>
        </message>
        <message>
            <source>Create administrator</source>
            <translation>[Çŕéàţé àđɱîñîšţŕàţöŕ ···]</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>[Ǫûîţ ·]</translation>
        </message>
        <message>
            <source>Enter a username.</source>
            <translation>[Éñţéŕ à ûšéŕñàɱé. ···]</translation>
        </message>
        <message>
            <source>Enter the name colleagues will see.</source>
            <translation>[Éñţéŕ ţĥé ñàɱé çöļļéàĝûéš ŵîļļ šéé. ········]</translation>
        </message>
    </context>
    <context>
        <name>FittedLabel</name>
        <message>
            <source>%1 (continued)</source>
            <translation>[%1 (çöñţîñûéđ) ··]</translation>
        </message>
    </context>
    <context>
        <name>FlagSentences</name>
        <message>
            <source>Ceiling: %1</source>
            <translation>[Çéîļîñĝ: %1 ·]</translation>
        </message>
        <message>
            <source>Allergies not yet asked</source>
            <translation>[Àļļéŕĝîéš ñöţ ýéţ àšķéđ ····]</translation>
        </message>
        <message>
            <source>Allergies: %1</source>
            <translation>[Àļļéŕĝîéš: %1 ·]</translation>
        </message>
        <message>
            <source>Not assessed: %1</source>
            <translation>[Ñöţ àššéššéđ: %1 ··]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>[%Ln đàýš ·]</numerusform>
                <numerusform>[%Ln đàýš ·]</numerusform>
            </translation>
        </message>
        <message>
            <source>No known allergies (recorded by %1 on %2)</source>
            <translation>[Ñö ķñöŵñ àļļéŕĝîéš (ŕéçöŕđéđ ƀý %1 öñ %2) ··········]</translation>
        </message>
        <message>
            <source>No known allergies (recorded on %1)</source>
            <translation>[Ñö ķñöŵñ àļļéŕĝîéš (ŕéçöŕđéđ öñ %1) ········]</translation>
        </message>
        <message>
            <source>No known allergies</source>
            <translation>[Ñö ķñöŵñ àļļéŕĝîéš ···]</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsSection</name>
        <message>
            <source>Follow-up appointments</source>
            <translation>[Ƒöļļöŵ-ûþ àþþöîñţɱéñţš ····]</translation>
        </message>
        <message>
            <source>No follow-up appointments yet.</source>
            <translation>[Ñö ƒöļļöŵ-ûþ àþþöîñţɱéñţš ýéţ. ······]</translation>
        </message>
        <message>
            <source>Add follow-up</source>
            <translation>[Àđđ ƒöļļöŵ-ûþ ·]</translation>
        </message>
        <message>
            <source>GP, heart failure nurse, fracture clinic…</source>
            <translation>[ĜÞ, ĥéàŕţ ƒàîļûŕé ñûŕšé, ƒŕàçţûŕé çļîñîç… ··········]</translation>
        </message>
        <message>
            <source>Boo&amp;ked</source>
            <translation>[Ɓöö&amp;kéđ ·]</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>[Ñöţ ķñöŵñ ýéţ ·]</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>[Ñöţ šàîđ ·]</translation>
        </message>
        <message>
            <source>The place's name or address</source>
            <translation>[Ţĥé þļàçé'š ñàɱé öŕ àđđŕéšš ······]</translation>
        </message>
        <message>
            <source>e.g. 0161 496 0123</source>
            <translation>[é.ĝ. 0161 496 0123 ···]</translation>
        </message>
        <message>
            <source>Not booked: who will contact the patient</source>
            <translation>[Ñöţ ƀööķéđ: ŵĥö ŵîļļ çöñţàçţ ţĥé þàţîéñţ ·········]</translation>
        </message>
        <message>
            <source>Wi&amp;th whom</source>
            <translation>[Ŵî&amp;tĥ ŵĥöɱ ·]</translation>
        </message>
        <message>
            <source>Whe&amp;n (booked)</source>
            <translation>[Ŵĥé&amp;n (ƀööķéđ) ··]</translation>
        </message>
        <message>
            <source>Kind of place</source>
            <translation>[Ķîñđ öƒ þļàçé ·]</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>[Ŵĥéŕé ·]</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>[Þĥöñé ·]</translation>
        </message>
        <message>
            <source>P&amp;urpose</source>
            <translation>[Þ&amp;uŕþöšé ·]</translation>
        </message>
        <message>
            <source>Who will contact</source>
            <translation>[Ŵĥö ŵîļļ çöñţàçţ ··]</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>[Ɓý ŵĥéñ ·]</translation>
        </message>
        <message>
            <source>%1 — booked</source>
            <translation>[%1 — ƀööķéđ ·]</translation>
        </message>
        <message>
            <source>%1 — not booked yet</source>
            <translation>[%1 — ñöţ ƀööķéđ ýéţ ···]</translation>
        </message>
        <message>
            <source>%1 will contact the patient</source>
            <translation>[%1 ŵîļļ çöñţàçţ ţĥé þàţîéñţ ······]</translation>
        </message>
        <message>
            <source>nobody named to contact the patient</source>
            <translation>[ñöƀöđý ñàɱéđ ţö çöñţàçţ ţĥé þàţîéñţ ········]</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>[ƀý %1 ·]</translation>
        </message>
        <message>
            <source>Say who the follow-up is with.</source>
            <translation>[Šàý ŵĥö ţĥé ƒöļļöŵ-ûþ îš ŵîţĥ. ······]</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>&amp;Password</source>
            <translation>[&amp;Pàššŵöŕđ ·]</translation>
        </message>
        <message>
            <source>Con&amp;firm password</source>
            <translation>[Çöñ&amp;fîŕɱ þàššŵöŕđ ···]</translation>
        </message>
        <message>
            <source>At least %1 characters</source>
            <translation>[Àţ ļéàšţ %1 çĥàŕàçţéŕš ····]</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>[Ţĥé þàššŵöŕđ ñééđš àţ ļéàšţ %1 çĥàŕàçţéŕš. ··········]</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>[Ţĥé ţŵö þàššŵöŕđš àŕé ñöţ ţĥé šàɱé. ········]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéļ ·]</translation>
        </message>
    </context>
    <context>
        <name>GoalsRevisit</name>
        <message>
            <source>Goals need revisiting</source>
            <translation>[Ĝöàļš ñééđ ŕéṽîšîţîñĝ ····]</translation>
        </message>
        <message>
            <source>Not talked through for a while, or not since the illness changed</source>
            <translation>[Ñöţ ţàļķéđ ţĥŕöûĝĥ ƒöŕ à ŵĥîļé, öŕ ñöţ šîñçé ţĥé îļļñéšš çĥàñĝéđ ·················]</translation>
        </message>
        <message>
            <source>Goals revisited today</source>
            <translation>[Ĝöàļš ŕéṽîšîţéđ ţöđàý ····]</translation>
        </message>
        <message>
            <source>Record that the goals of care were talked through today</source>
            <translation>[Ŕéçöŕđ ţĥàţ ţĥé ĝöàļš öƒ çàŕé ŵéŕé ţàļķéđ ţĥŕöûĝĥ ţöđàý ··············]</translation>
        </message>
        <message>
            <source>Goals of care not revisited yet</source>
            <translation>[Ĝöàļš öƒ çàŕé ñöţ ŕéṽîšîţéđ ýéţ ·······]</translation>
        </message>
        <message>
            <source>Last revisited %1 by %2</source>
            <translation>[Ļàšţ ŕéṽîšîţéđ %1 ƀý %2 ····]</translation>
        </message>
        <message>
            <source>Last revisited %1</source>
            <translation>[Ļàšţ ŕéṽîšîţéđ %1 ···]</translation>
        </message>
    </context>
    <context>
        <name>IdentitySection</name>
        <message>
            <source>Names</source>
            <translation>[Ñàɱéš ·]</translation>
        </message>
        <message>
            <source>For a name in another script, e.g. Wang Xiuying</source>
            <translation>[Ƒöŕ à ñàɱé îñ àñöţĥéŕ šçŕîþţ, é.ĝ. Ŵàñĝ Ẋîûýîñĝ ············]</translation>
        </message>
        <message>
            <source>Name in Latin letters</source>
            <translation>[Ñàɱé îñ Ļàţîñ ļéţţéŕš ····]</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>[Þŕéƒéŕŕéđ ñàɱé ··]</translation>
        </message>
        <message>
            <source>the patient's names</source>
            <translation>[ţĥé þàţîéñţ'š ñàɱéš ···]</translation>
        </message>
        <message>
            <source>Save names</source>
            <translation>[Šàṽé ñàɱéš ·]</translation>
        </message>
        <message>
            <source>Legal name: %1 %2</source>
            <translation>[Ļéĝàļ ñàɱé: %1 %2 ···]</translation>
        </message>
        <message>
            <source>The names were changed meanwhile (now: %1 / %2). Your entries are kept: Save again to keep yours.</source>
            <translation>[Ţĥé ñàɱéš ŵéŕé çĥàñĝéđ ɱéàñŵĥîļé (ñöŵ: %1 / %2). Ýöûŕ éñţŕîéš àŕé ķéþţ: Šàṽé àĝàîñ ţö ķééþ ýöûŕš. ···························]</translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message numerus="yes">
            <source>Reading %Ln files… Nothing is written yet.</source>
            <translation>
                <numerusform>[Ŕéàđîñĝ %Ln ƒîļéš… Ñöţĥîñĝ îš ŵŕîţţéñ ýéţ. ··········]</numerusform>
                <numerusform>[Ŕéàđîñĝ %Ln ƒîļéš… Ñöţĥîñĝ îš ŵŕîţţéñ ýéţ. ··········]</numerusform>
            </translation>
        </message>
        <message>
            <source>Import census</source>
            <translation>[Îɱþöŕţ çéñšûš ·]</translation>
        </message>
        <message>
            <source>Importing… Everything is written at once, or nothing.</source>
            <translation>[Îɱþöŕţîñĝ… Éṽéŕýţĥîñĝ îš ŵŕîţţéñ àţ öñçé, öŕ ñöţĥîñĝ. ·············]</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import census</source>
            <translation>[Îɱþöŕţ çéñšûš ·]</translation>
        </message>
        <message>
            <source>MRN</source>
            <translation>[ṀŔÑ ·]</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>[Ñàɱé ·]</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>[Ɓöŕñ ·]</translation>
        </message>
        <message>
            <source>Admission</source>
            <translation>[Àđɱîššîöñ ·]</translation>
        </message>
        <message>
            <source>Expected discharge</source>
            <translation>[Éẋþéçţéđ đîšçĥàŕĝé ···]</translation>
        </message>
        <message>
            <source>List entries</source>
            <translation>[Ļîšţ éñţŕîéš ·]</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>[Ñöţé ·]</translation>
        </message>
        <message>
            <source>What</source>
            <translation>[Ŵĥàţ ·]</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>[Ŵĥý ·]</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>[Ŕéƒéŕéñçé ·]</translation>
        </message>
        <message>
            <source>Check the import before it is written</source>
            <translation>[Çĥéçķ ţĥé îɱþöŕţ ƀéƒöŕé îţ îš ŵŕîţţéñ ·········]</translation>
        </message>
        <message>
            <source>From: %1</source>
            <translation>[Ƒŕöɱ: %1 ·]</translation>
        </message>
        <message>
            <source>To create</source>
            <translation>[Ţö çŕéàţé ·]</translation>
        </message>
        <message>
            <source>To update</source>
            <translation>[Ţö ûþđàţé ·]</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>[Šķîþþéđ ·]</translation>
        </message>
        <message>
            <source>Unresolved</source>
            <translation>[Ûñŕéšöļṽéđ ·]</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>[%1 (%2) ·]</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>[&amp;Iɱþöŕţ ·]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéļ ·]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln patients to create</source>
            <translation>
                <numerusform>[%Ln þàţîéñţš ţö çŕéàţé ····]</numerusform>
                <numerusform>[%Ln þàţîéñţš ţö çŕéàţé ····]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln to update</source>
            <translation>
                <numerusform>[%Ln ţö ûþđàţé ·]</numerusform>
                <numerusform>[%Ln ţö ûþđàţé ·]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln admissions</source>
            <translation>
                <numerusform>[%Ln àđɱîššîöñš ··]</numerusform>
                <numerusform>[%Ln àđɱîššîöñš ··]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped</source>
            <translation>
                <numerusform>[%Ln šķîþþéđ ·]</numerusform>
                <numerusform>[%Ln šķîþþéđ ·]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unresolved references</source>
            <translation>
                <numerusform>[%Ln ûñŕéšöļṽéđ ŕéƒéŕéñçéš ·····]</numerusform>
                <numerusform>[%Ln ûñŕéšöļṽéđ ŕéƒéŕéñçéš ·····]</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to import.</source>
            <translation>[Ţĥéŕé îš ñöţĥîñĝ ţö îɱþöŕţ. ······]</translation>
        </message>
        <message>
            <source>Nothing has been written yet: Import writes all of it at once, or nothing.</source>
            <translation>[Ñöţĥîñĝ ĥàš ƀééñ ŵŕîţţéñ ýéţ: Îɱþöŕţ ŵŕîţéš àļļ öƒ îţ àţ öñçé, öŕ ñöţĥîñĝ. ····················]</translation>
        </message>
        <message>
            <source>Into: no ward; nobody is admitted</source>
            <translation>[Îñţö: ñö ŵàŕđ; ñöƀöđý îš àđɱîţţéđ ·······]</translation>
        </message>
        <message>
            <source>Into: %1</source>
            <translation>[Îñţö: %1 ·]</translation>
        </message>
        <message>
            <source>moves from bed %1 to bed %2</source>
            <translation>[ɱöṽéš ƒŕöɱ ƀéđ %1 ţö ƀéđ %2 ······]</translation>
        </message>
        <message>
            <source>moves to bed %1</source>
            <translation>[ɱöṽéš ţö ƀéđ %1 ··]</translation>
        </message>
        <message>
            <source>stays in bed %1</source>
            <translation>[šţàýš îñ ƀéđ %1 ··]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>[ñöñé ·]</translation>
        </message>
        <message>
            <source>on the ward, no bed</source>
            <translation>[öñ ţĥé ŵàŕđ, ñö ƀéđ ···]</translation>
        </message>
        <message>
            <source>bed %1</source>
            <translation>[ƀéđ %1 ·]</translation>
        </message>
        <message>
            <source>set to %1</source>
            <translation>[šéţ ţö %1 ·]</translation>
        </message>
    </context>
    <context>
        <name>ImportSummaryWords</name>
        <message>
            <source>Patients: %1 created, %2 updated, %3 skipped; admissions created: %4; list entries: %5; goals of care written: %6</source>
            <translation>[Þàţîéñţš: %1 çŕéàţéđ, %2 ûþđàţéđ, %3 šķîþþéđ; àđɱîššîöñš çŕéàţéđ: %4; ļîšţ éñţŕîéš: %5; ĝöàļš öƒ çàŕé ŵŕîţţéñ: %6 ·······························]</translation>
        </message>
        <message>
            <source>skipped %1: %2</source>
            <translation>[šķîþþéđ %1: %2 ··]</translation>
        </message>
        <message numerus="yes">
            <source>References left unresolved: %Ln</source>
            <translation>
                <numerusform>[Ŕéƒéŕéñçéš ļéƒţ ûñŕéšöļṽéđ: %Ln ·······]</numerusform>
                <numerusform>[Ŕéƒéŕéñçéš ļéƒţ ûñŕéšöļṽéđ: %Ln ·······]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightCharts</name>
        <message>
            <source>Minutes per patient, round by round</source>
            <translation>[Ṁîñûţéš þéŕ þàţîéñţ, ŕöûñđ ƀý ŕöûñđ ········]</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>[Ŕöûñđ ·]</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>[Ṁîñûţéš ·]</translation>
        </message>
        <message>
            <source>Card completeness (patients on the ward now)</source>
            <translation>[Çàŕđ çöɱþļéţéñéšš (þàţîéñţš öñ ţĥé ŵàŕđ ñöŵ) ···········]</translation>
        </message>
        <message>
            <source>Current patients</source>
            <translation>[Çûŕŕéñţ þàţîéñţš ··]</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>[Šĥàŕé ·]</translation>
        </message>
        <message>
            <source>Disciplines present per round</source>
            <translation>[Đîšçîþļîñéš þŕéšéñţ þéŕ ŕöûñđ ······]</translation>
        </message>
        <message>
            <source>Disciplines</source>
            <translation>[Đîšçîþļîñéš ·]</translation>
        </message>
        <message>
            <source>Actions opened and closed</source>
            <translation>[Àçţîöñš öþéñéđ àñđ çļöšéđ ·····]</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>[Đàý ·]</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>[Àçţîöñš ·]</translation>
        </message>
        <message>
            <source>Discharge against the expected date</source>
            <translation>[Đîšçĥàŕĝé àĝàîñšţ ţĥé éẋþéçţéđ đàţé ········]</translation>
        </message>
        <message>
            <source>Patient (bed)</source>
            <translation>[Þàţîéñţ (ƀéđ) ·]</translation>
        </message>
        <message>
            <source>Days late (+) / early (−)</source>
            <translation>[Đàýš ļàţé (+) / éàŕļý (−) ·····]</translation>
        </message>
        <message>
            <source>Handoff quality, I-PASS (patients on the ward now)</source>
            <translation>[Ĥàñđöƒƒ ǫûàļîţý, Î-ÞÀŠŠ (þàţîéñţš öñ ţĥé ŵàŕđ ñöŵ) ············]</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>[Éļéɱéñţ ·]</translation>
        </message>
        <message>
            <source>%1: %2 min per patient (%3)</source>
            <translation>[%1: %2 ɱîñ þéŕ þàţîéñţ (%3) ······]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln patient(s)</source>
            <translation>
                <numerusform>[%Ln þàţîéñţ(š) ··]</numerusform>
                <numerusform>[%Ln þàţîéñţ(š) ··]</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>[%1: %2 ·]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln discipline(s)</source>
            <translation>
                <numerusform>[%Ln đîšçîþļîñé(š) ···]</numerusform>
                <numerusform>[%Ln đîšçîþļîñé(š) ···]</numerusform>
            </translation>
        </message>
        <message>
            <source>What matters recorded</source>
            <translation>[Ŵĥàţ ɱàţţéŕš ŕéçöŕđéđ ····]</translation>
        </message>
        <message>
            <source>Goals revisited in 3 days</source>
            <translation>[Ĝöàļš ŕéṽîšîţéđ îñ 3 đàýš ·····]</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>[Šéṽéŕîţý ·]</translation>
        </message>
        <message>
            <source>One-liner</source>
            <translation>[Öñé-ļîñéŕ ·]</translation>
        </message>
        <message>
            <source>If/then</source>
            <translation>[Îƒ/ţĥéñ ·]</translation>
        </message>
        <message>
            <source>What matters</source>
            <translation>[Ŵĥàţ ɱàţţéŕš ·]</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>[Öþéñéđ ·]</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>[Çļöšéđ ·]</translation>
        </message>
        <message>
            <source>%1: %2 opened, %3 closed</source>
            <translation>[%1: %2 öþéñéđ, %3 çļöšéđ ·····]</translation>
        </message>
        <message>
            <source>#%1</source>
            <translation>[#%1 ·]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln discharge(s) had no expected date.</source>
            <translation>
                <numerusform>[%Ln đîšçĥàŕĝé(š) ĥàđ ñö éẋþéçţéđ đàţé. ·········]</numerusform>
                <numerusform>[%Ln đîšçĥàŕĝé(š) ĥàđ ñö éẋþéçţéđ đàţé. ·········]</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: on the expected day</source>
            <translation>[%1: öñ ţĥé éẋþéçţéđ đàý ····]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) late</source>
            <translation>
                <numerusform>[%Ln đàý(š) ļàţé ··]</numerusform>
                <numerusform>[%Ln đàý(š) ļàţé ··]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) early</source>
            <translation>
                <numerusform>[%Ln đàý(š) éàŕļý ··]</numerusform>
                <numerusform>[%Ln đàý(š) éàŕļý ··]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightsWindow</name>
        <message>
            <source>Rounds insights</source>
            <translation>[Ŕöûñđš îñšîĝĥţš ··]</translation>
        </message>
        <message>
            <source>&amp;Ward</source>
            <translation>[&amp;Wàŕđ ·]</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>[&amp;Fŕöɱ ·]</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>[&amp;Tö ·]</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>[Éẋþöŕţ &amp;CŠṼ… ·]</translation>
        </message>
        <message>
            <source>&amp;Print PDF…</source>
            <translation>[&amp;Pŕîñţ ÞĐƑ… ·]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çļöšé ·]</translation>
        </message>
        <message>
            <source>There is no ward yet.</source>
            <translation>[Ţĥéŕé îš ñö ŵàŕđ ýéţ. ····]</translation>
        </message>
        <message>
            <source>The first day comes after the last: swap them.</source>
            <translation>[Ţĥé ƒîŕšţ đàý çöɱéš àƒţéŕ ţĥé ļàšţ: šŵàþ ţĥéɱ. ···········]</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>[Šàṽéđ %1 ·]</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Locked</source>
            <translation>[Ļöçķéđ ·]</translation>
        </message>
        <message>
            <source>Patient information is hidden until you enter your password.</source>
            <translation>[Þàţîéñţ îñƒöŕɱàţîöñ îš ĥîđđéñ ûñţîļ ýöû éñţéŕ ýöûŕ þàššŵöŕđ. ···············]</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>[Þàššŵöŕđ ·]</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>[&amp;Pàššŵöŕđ ·]</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>[&amp;Uñļöçķ ·]</translation>
        </message>
        <message>
            <source>Sign in as &amp;someone else…</source>
            <translation>[Šîĝñ îñ àš &amp;söɱéöñé éļšé… ·····]</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>[%1 (%2) ·]</translation>
        </message>
        <message>
            <source>The password is not right.</source>
            <translation>[Ţĥé þàššŵöŕđ îš ñöţ ŕîĝĥţ. ·····]</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>[&amp;Fîļé ·]</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>[&amp;Eđîţ ·]</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>[&amp;Vîéŵ ·]</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>[&amp;Röûñđ ·]</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>[&amp;Pŕîñţ ·]</translation>
        </message>
        <message>
            <source>W&amp;ard</source>
            <translation>[Ŵ&amp;aŕđ ·]</translation>
        </message>
        <message>
            <source>Ad&amp;min</source>
            <translation>[Àđ&amp;mîñ ·]</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>[Ĥéļþ ·]</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Rounds</source>
            <translation>[Ŕöûñđš ·]</translation>
        </message>
        <message>
            <source>Database location</source>
            <translation>[Đàţàƀàšé ļöçàţîöñ ···]</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2)</source>
            <translation>[Šîĝñéđ îñ àš %1 (%2) ···]</translation>
        </message>
    </context>
    <context>
        <name>MedicationChangesSection</name>
        <message>
            <source>Medication changes</source>
            <translation>[Ṁéđîçàţîöñ çĥàñĝéš ···]</translation>
        </message>
        <message>
            <source>No medication changes yet.</source>
            <translation>[Ñö ɱéđîçàţîöñ çĥàñĝéš ýéţ. ·····]</translation>
        </message>
        <message>
            <source>Add medication change</source>
            <translation>[Àđđ ɱéđîçàţîöñ çĥàñĝé ····]</translation>
        </message>
        <message>
            <source>e.g. 40 mg</source>
            <translation>[é.ĝ. 40 ɱĝ ·]</translation>
        </message>
        <message>
            <source>e.g. One tablet each morning</source>
            <translation>[é.ĝ. Öñé ţàƀļéţ éàçĥ ɱöŕñîñĝ ······]</translation>
        </message>
        <message>
            <source>A changed one: e.g. 20 mg</source>
            <translation>[À çĥàñĝéđ öñé: é.ĝ. 20 ɱĝ ·····]</translation>
        </message>
        <message>
            <source>In plain words, e.g. To protect your stomach</source>
            <translation>[Îñ þļàîñ ŵöŕđš, é.ĝ. Ţö þŕöţéçţ ýöûŕ šţöɱàçĥ ···········]</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>[Ṁéđîçàţîöñ ·]</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>[Çĥàñĝé ·]</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>[Đöšé ·]</translation>
        </message>
        <message>
            <source>How and when to take it</source>
            <translation>[Ĥöŵ àñđ ŵĥéñ ţö ţàķé îţ ····]</translation>
        </message>
        <message>
            <source>Previous dose</source>
            <translation>[Þŕéṽîöûš đöšé ·]</translation>
        </message>
        <message>
            <source>Reason for the patient</source>
            <translation>[Ŕéàšöñ ƒöŕ ţĥé þàţîéñţ ····]</translation>
        </message>
        <message>
            <source>Medicines not reconciled yet.</source>
            <translation>[Ṁéđîçîñéš ñöţ ŕéçöñçîļéđ ýéţ. ······]</translation>
        </message>
        <message>
            <source>Record reconciliation</source>
            <translation>[Ŕéçöŕđ ŕéçöñçîļîàţîöñ ····]</translation>
        </message>
        <message>
            <source>Medicines reconciled by %1, %2.</source>
            <translation>[Ṁéđîçîñéš ŕéçöñçîļéđ ƀý %1, %2. ·······]</translation>
        </message>
        <message>
            <source>Undo reconciliation</source>
            <translation>[Ûñđö ŕéçöñçîļîàţîöñ ···]</translation>
        </message>
        <message>
            <source>decided</source>
            <translation>[đéçîđéđ ·]</translation>
        </message>
        <message>
            <source>not decided</source>
            <translation>[ñöţ đéçîđéđ ·]</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>[%1 — %2 (%3) ·]</translation>
        </message>
        <message>
            <source> (was %1)</source>
            <translation>[ (ŵàš %1) ·]</translation>
        </message>
        <message>
            <source>Mark not decided</source>
            <translation>[Ṁàŕķ ñöţ đéçîđéđ ··]</translation>
        </message>
        <message>
            <source>Decide</source>
            <translation>[Đéçîđé ·]</translation>
        </message>
        <message>
            <source>Name the medication.</source>
            <translation>[Ñàɱé ţĥé ɱéđîçàţîöñ. ···]</translation>
        </message>
        <message>
            <source>Give the reason in words the patient will understand.</source>
            <translation>[Ĝîṽé ţĥé ŕéàšöñ îñ ŵöŕđš ţĥé þàţîéñţ ŵîļļ ûñđéŕšţàñđ. ·············]</translation>
        </message>
    </context>
    <context>
        <name>MedicinesSection</name>
        <message>
            <source>Current medicines</source>
            <translation>[Çûŕŕéñţ ɱéđîçîñéš ···]</translation>
        </message>
        <message>
            <source>No medicines recorded yet.</source>
            <translation>[Ñö ɱéđîçîñéš ŕéçöŕđéđ ýéţ. ·····]</translation>
        </message>
        <message>
            <source>medicine</source>
            <translation>[ɱéđîçîñé ·]</translation>
        </message>
        <message>
            <source>Add a medicine</source>
            <translation>[Àđđ à ɱéđîçîñé ··]</translation>
        </message>
        <message>
            <source>e.g. Apixaban</source>
            <translation>[é.ĝ. Àþîẋàƀàñ ·]</translation>
        </message>
        <message>
            <source>e.g. 5 mg</source>
            <translation>[é.ĝ. 5 ɱĝ ·]</translation>
        </message>
        <message>
            <source>e.g. by mouth</source>
            <translation>[é.ĝ. ƀý ɱöûţĥ ·]</translation>
        </message>
        <message>
            <source>e.g. twice a day</source>
            <translation>[é.ĝ. ţŵîçé à đàý ··]</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>[Ṁéđîçîñé ·]</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>[Đöšé ·]</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>[Ŕöûţé ·]</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>[Ĥöŵ öƒţéñ ·]</translation>
        </message>
        <message>
            <source>What pharmacy said</source>
            <translation>[Ŵĥàţ þĥàŕɱàçý šàîđ ···]</translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>[%1 (%2, %3) ·]</translation>
        </message>
        <message>
            <source>Pharmacy said:</source>
            <translation>[Þĥàŕɱàçý šàîđ: ··]</translation>
        </message>
        <message>
            <source>No entry from pharmacy yet.</source>
            <translation>[Ñö éñţŕý ƒŕöɱ þĥàŕɱàçý ýéţ. ······]</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>[Šţöþ ·]</translation>
        </message>
        <message>
            <source>Stop %1: take it off the current medicines</source>
            <translation>[Šţöþ %1: ţàķé îţ öƒƒ ţĥé çûŕŕéñţ ɱéđîçîñéš ··········]</translation>
        </message>
        <message>
            <source>Name the medicine.</source>
            <translation>[Ñàɱé ţĥé ɱéđîçîñé. ···]</translation>
        </message>
    </context>
    <context>
        <name>MoveBedDialog</name>
        <message>
            <source>Move bed</source>
            <translation>[Ṁöṽé ƀéđ ·]</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>[Ṁöṽé %1 ·]</translation>
        </message>
        <message>
            <source>Now in: %1</source>
            <translation>[Ñöŵ îñ: %1 ·]</translation>
        </message>
        <message>
            <source>no bed</source>
            <translation>[ñö ƀéđ ·]</translation>
        </message>
        <message>
            <source>&amp;Free bed</source>
            <translation>[&amp;Fŕéé ƀéđ ·]</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>[Ṁöṽé ·]</translation>
        </message>
        <message>
            <source>There is no free bed on this ward.</source>
            <translation>[Ţĥéŕé îš ñö ƒŕéé ƀéđ öñ ţĥîš ŵàŕđ. ········]</translation>
        </message>
    </context>
    <context>
        <name>MyActionsDialog</name>
        <message>
            <source>My actions</source>
            <translation>[Ṁý àçţîöñš ·]</translation>
        </message>
        <message>
            <source>Open actions on this ward for you or for %1, soonest due first.</source>
            <translation>[Öþéñ àçţîöñš öñ ţĥîš ŵàŕđ ƒöŕ ýöû öŕ ƒöŕ %1, šööñéšţ đûé ƒîŕšţ. ················]</translation>
        </message>
        <message>
            <source>Open actions on this ward for you, soonest due first.</source>
            <translation>[Öþéñ àçţîöñš öñ ţĥîš ŵàŕđ ƒöŕ ýöû, šööñéšţ đûé ƒîŕšţ. ·············]</translation>
        </message>
        <message>
            <source>Nothing open for you on this ward.</source>
            <translation>[Ñöţĥîñĝ öþéñ ƒöŕ ýöû öñ ţĥîš ŵàŕđ. ········]</translation>
        </message>
        <message>
            <source>&amp;Go to patient</source>
            <translation>[&amp;Gö ţö þàţîéñţ ··]</translation>
        </message>
        <message>
            <source>Show this patient's card (Enter)</source>
            <translation>[Šĥöŵ ţĥîš þàţîéñţ'š çàŕđ (Éñţéŕ) ·······]</translation>
        </message>
        <message>
            <source>My open actions</source>
            <translation>[Ṁý öþéñ àçţîöñš ··]</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>[Đöñé ·]</translation>
        </message>
        <message>
            <source>Mark done: %1</source>
            <translation>[Ṁàŕķ đöñé: %1 ·]</translation>
        </message>
    </context>
    <context>
        <name>MyActionsModel</name>
        <message>
            <source>Bed</source>
            <translation>[Ɓéđ ·]</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>[Þàţîéñţ ·]</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>[Àçţîöñ ·]</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>[Öŵñéŕ ·]</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>[Đûé ·]</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>[Ṁàŕķ đöñé ·]</translation>
        </message>
        <message>
            <source>Mark done: %1</source>
            <translation>[Ṁàŕķ đöñé: %1 ·]</translation>
        </message>
        <message>
            <source>No bed</source>
            <translation>[Ñö ƀéđ ·]</translation>
        </message>
    </context>
    <context>
        <name>NewActionForm</name>
        <message>
            <source>What needs doing</source>
            <translation>[Ŵĥàţ ñééđš đöîñĝ ··]</translation>
        </message>
        <message>
            <source>What needs doing, in a few words</source>
            <translation>[Ŵĥàţ ñééđš đöîñĝ, îñ à ƒéŵ ŵöŕđš ·······]</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>[Öŵñéŕ ·]</translation>
        </message>
        <message>
            <source>D&amp;ue by</source>
            <translation>[Đ&amp;ué ƀý ·]</translation>
        </message>
        <message>
            <source>Leave unticked for no due date</source>
            <translation>[Ļéàṽé ûñţîçķéđ ƒöŕ ñö đûé đàţé ······]</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>[Đûé đàţé ·]</translation>
        </message>
        <message>
            <source>Open action</source>
            <translation>[Öþéñ àçţîöñ ·]</translation>
        </message>
        <message>
            <source>Ac&amp;tion</source>
            <translation>[Àç&amp;tîöñ ·]</translation>
        </message>
        <message>
            <source>Owned &amp;by</source>
            <translation>[Öŵñéđ &amp;bý ·]</translation>
        </message>
        <message>
            <source>Me (%1)</source>
            <translation>[Ṁé (%1) ·]</translation>
        </message>
    </context>
    <context>
        <name>OutageBanner</name>
        <message>
            <source>Database connection</source>
            <translation>[Đàţàƀàšé çöññéçţîöñ ···]</translation>
        </message>
        <message>
            <source>The database cannot be reached. Your typing is kept on this computer; Rounds keeps trying.</source>
            <translation>[Ţĥé đàţàƀàšé çàññöţ ƀé ŕéàçĥéđ. Ýöûŕ ţýþîñĝ îš ķéþţ öñ ţĥîš çöɱþûţéŕ; Ŕöûñđš ķééþš ţŕýîñĝ. ························]</translation>
        </message>
        <message>
            <source>&amp;Open the downtime sheets</source>
            <translation>[&amp;Oþéñ ţĥé đöŵñţîɱé šĥééţš ·····]</translation>
        </message>
        <message>
            <source>Since %1.</source>
            <translation>[Šîñçé %1. ·]</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsBox</name>
        <message>
            <source>Who took part (by role)</source>
            <translation>[Ŵĥö ţööķ þàŕţ (ƀý ŕöļé) ····]</translation>
        </message>
    </context>
    <context>
        <name>PatientPanel</name>
        <message>
            <source>Choose a patient from the census.</source>
            <translation>[Çĥööšé à þàţîéñţ ƒŕöɱ ţĥé çéñšûš. ·······]</translation>
        </message>
        <message>
            <source>No bed</source>
            <translation>[Ñö ƀéđ ·]</translation>
        </message>
        <message>
            <source>%1 years</source>
            <translation>[%1 ýéàŕš ·]</translation>
        </message>
        <message>
            <source>%1 — interpreter needed</source>
            <translation>[%1 — îñţéŕþŕéţéŕ ñééđéđ ····]</translation>
        </message>
        <message>
            <source>MRN %1</source>
            <translation>[ṀŔÑ %1 ·]</translation>
        </message>
    </context>
    <context>
        <name>PdfFiles</name>
        <message>
            <source>Save as PDF</source>
            <translation>[Šàṽé àš ÞĐƑ ·]</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>[ÞĐƑ đöçûɱéñţš (*.pdf) ····]</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>[Çàññöţ ŵŕîţé %1: %2 ···]</translation>
        </message>
    </context>
    <context>
        <name>PendingTestsSection</name>
        <message>
            <source>Tests waiting for results</source>
            <translation>[Ţéšţš ŵàîţîñĝ ƒöŕ ŕéšûļţš ·····]</translation>
        </message>
        <message>
            <source>No tests waiting for results.</source>
            <translation>[Ñö ţéšţš ŵàîţîñĝ ƒöŕ ŕéšûļţš. ······]</translation>
        </message>
        <message>
            <source>Add test</source>
            <translation>[Àđđ ţéšţ ·]</translation>
        </message>
        <message>
            <source>Blood culture, biopsy, CT report…</source>
            <translation>[Ɓļööđ çûļţûŕé, ƀîöþšý, ÇŢ ŕéþöŕţ… ·······]</translation>
        </message>
        <message>
            <source>GP, the ward's doctors, the clinic…</source>
            <translation>[ĜÞ, ţĥé ŵàŕđ'š đöçţöŕš, ţĥé çļîñîç… ········]</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>[Ñöţ ķñöŵñ ýéţ ·]</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>[Ţéšţ ·]</translation>
        </message>
        <message>
            <source>Who will tell the result</source>
            <translation>[Ŵĥö ŵîļļ ţéļļ ţĥé ŕéšûļţ ·····]</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>[Ɓý ŵĥéñ ·]</translation>
        </message>
        <message>
            <source>%1 — %2 will tell the result</source>
            <translation>[%1 — %2 ŵîļļ ţéļļ ţĥé ŕéšûļţ ······]</translation>
        </message>
        <message>
            <source>By %1</source>
            <translation>[Ɓý %1 ·]</translation>
        </message>
        <message>
            <source>No date yet</source>
            <translation>[Ñö đàţé ýéţ ·]</translation>
        </message>
    </context>
    <context>
        <name>PlanTextSection</name>
        <message>
            <source>Plan</source>
            <translation>[Þļàñ ·]</translation>
        </message>
        <message>
            <source>Home, with daughter; care home; rehab unit…</source>
            <translation>[Ĥöɱé, ŵîţĥ đàûĝĥţéŕ; çàŕé ĥöɱé; ŕéĥàƀ ûñîţ… ··········]</translation>
        </message>
        <message>
            <source>What stands in the way of going home</source>
            <translation>[Ŵĥàţ šţàñđš îñ ţĥé ŵàý öƒ ĝöîñĝ ĥöɱé ········]</translation>
        </message>
        <message>
            <source>Signs that mean: get help</source>
            <translation>[Šîĝñš ţĥàţ ɱéàñ: ĝéţ ĥéļþ ·····]</translation>
        </message>
        <message>
            <source>Names and numbers, day and night</source>
            <translation>[Ñàɱéš àñđ ñûɱƀéŕš, đàý àñđ ñîĝĥţ ·······]</translation>
        </message>
        <message>
            <source>In plain words, for the patient's copy: what was wrong, what we did</source>
            <translation>[Îñ þļàîñ ŵöŕđš, ƒöŕ ţĥé þàţîéñţ'š çöþý: ŵĥàţ ŵàš ŵŕöñĝ, ŵĥàţ ŵé đîđ ··················]</translation>
        </message>
        <message>
            <source>&amp;Destination</source>
            <translation>[&amp;Déšţîñàţîöñ ·]</translation>
        </message>
        <message>
            <source>&amp;Barriers</source>
            <translation>[&amp;Bàŕŕîéŕš ·]</translation>
        </message>
        <message>
            <source>Warnin&amp;g signs</source>
            <translation>[Ŵàŕñîñ&amp;g šîĝñš ··]</translation>
        </message>
        <message>
            <source>Whom to ca&amp;ll</source>
            <translation>[Ŵĥöɱ ţö çà&amp;lļ ·]</translation>
        </message>
        <message>
            <source>Why in hospital</source>
            <translation>[Ŵĥý îñ ĥöšþîţàļ ··]</translation>
        </message>
        <message>
            <source>Save the plan</source>
            <translation>[Šàṽé ţĥé þļàñ ·]</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>[Šàṽé þļàñ ·]</translation>
        </message>
        <message>
            <source>Save the plan (%1)</source>
            <translation>[Šàṽé ţĥé þļàñ (%1) ···]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéļ ·]</translation>
        </message>
        <message>
            <source>Put back the saved plan</source>
            <translation>[Þûţ ƀàçķ ţĥé šàṽéđ þļàñ ····]</translation>
        </message>
        <message>
            <source>The discharge plan was saved meanwhile</source>
            <translation>[Ţĥé đîšçĥàŕĝé þļàñ ŵàš šàṽéđ ɱéàñŵĥîļé ·········]</translation>
        </message>
        <message>
            <source>Not saved: %1 saved this plan meanwhile. Save again to compare.</source>
            <translation>[Ñöţ šàṽéđ: %1 šàṽéđ ţĥîš þļàñ ɱéàñŵĥîļé. Šàṽé àĝàîñ ţö çöɱþàŕé. ················]</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>[šöɱéöñé éļšé ·]</translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <source>Choose a ward first.</source>
            <translation>[Çĥööšé à ŵàŕđ ƒîŕšţ. ···]</translation>
        </message>
        <message>
            <source>Choose a patient in the census first.</source>
            <translation>[Çĥööšé à þàţîéñţ îñ ţĥé çéñšûš ƒîŕšţ. ·········]</translation>
        </message>
        <message>
            <source>Choose a folder for the discharge summaries</source>
            <translation>[Çĥööšé à ƒöļđéŕ ƒöŕ ţĥé đîšçĥàŕĝé šûɱɱàŕîéš ··········]</translation>
        </message>
        <message>
            <source>No discharge summary was saved.</source>
            <translation>[Ñö đîšçĥàŕĝé šûɱɱàŕý ŵàš šàṽéđ. ·······]</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln discharge summaries in %1.</source>
            <translation>
                <numerusform>[Šàṽéđ %Ln đîšçĥàŕĝé šûɱɱàŕîéš îñ %1. ········]</numerusform>
                <numerusform>[Šàṽéđ %Ln đîšçĥàŕĝé šûɱɱàŕîéš îñ %1. ········]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped: saved %1 of %Ln discharge summaries in %2.</source>
            <translation>
                <numerusform>[Šţöþþéđ: šàṽéđ %1 öƒ %Ln đîšçĥàŕĝé šûɱɱàŕîéš îñ %2. ·············]</numerusform>
                <numerusform>[Šţöþþéđ: šàṽéđ %1 öƒ %Ln đîšçĥàŕĝé šûɱɱàŕîéš îñ %2. ·············]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <source>Print</source>
            <translation>[Þŕîñţ ·]</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>[À4 ·]</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>[ÛŠ Ļéţţéŕ ·]</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>[Þàþéŕ šîžé ·]</translation>
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation>[Þàþéŕ šî&amp;zé ·]</translation>
        </message>
        <message>
            <source>&amp;Big print (18 pt), for low vision</source>
            <translation>[&amp;Bîĝ þŕîñţ (18 þţ), ƒöŕ ļöŵ ṽîšîöñ ········]</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>[Þŕé&amp;vîéŵ ·]</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>[&amp;Pŕîñţ… ·]</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>[&amp;Sàṽé àš ÞĐƑ… ·]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çļöšé ·]</translation>
        </message>
    </context>
    <context>
        <name>ProgressJob</name>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéļ ·]</translation>
        </message>
    </context>
    <context>
        <name>PromActions</name>
        <message>
            <source>Choose a patient in the census first.</source>
            <translation>[Çĥööšé à þàţîéñţ îñ ţĥé çéñšûš ƒîŕšţ. ·········]</translation>
        </message>
    </context>
    <context>
        <name>PromCaptureDialog</name>
        <message>
            <source>How the patient is</source>
            <translation>[Ĥöŵ ţĥé þàţîéñţ îš ···]</translation>
        </message>
        <message>
            <source>How the patient is today, as they tell it. Ask only what fits; anything left at “Not asked” is not recorded.</source>
            <translation>[Ĥöŵ ţĥé þàţîéñţ îš ţöđàý, àš ţĥéý ţéļļ îţ. Àšķ öñļý ŵĥàţ ƒîţš; àñýţĥîñĝ ļéƒţ àţ “Ñöţ àšķéđ” îš ñöţ ŕéçöŕđéđ. ······························]</translation>
        </message>
        <message>
            <source>&amp;What matters to you today? (in their words)</source>
            <translation>[&amp;Wĥàţ ɱàţţéŕš ţö ýöû ţöđàý? (îñ ţĥéîŕ ŵöŕđš) ···········]</translation>
        </message>
        <message>
            <source>%1, bed %2</source>
            <translation>[%1, ƀéđ %2 ·]</translation>
        </message>
    </context>
    <context>
        <name>PromTrend</name>
        <message>
            <source>How the patient says they are</source>
            <translation>[Ĥöŵ ţĥé þàţîéñţ šàýš ţĥéý àŕé ······]</translation>
        </message>
        <message>
            <source>No patient-reported scores yet.</source>
            <translation>[Ñö þàţîéñţ-ŕéþöŕţéđ šçöŕéš ýéţ. ·······]</translation>
        </message>
        <message>
            <source>Patient-reported scores, 0 to 10:</source>
            <translation>[Þàţîéñţ-ŕéþöŕţéđ šçöŕéš, 0 ţö 10: ·······]</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>[%1 %2 ·]</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>[%1 — %2 ·]</translation>
        </message>
        <message>
            <source>not asked</source>
            <translation>[ñöţ àšķéđ ·]</translation>
        </message>
    </context>
    <context>
        <name>PromWords</name>
        <message>
            <source>Pain</source>
            <translation>[Þàîñ ·]</translation>
        </message>
        <message>
            <source>Feeling today</source>
            <translation>[Ƒééļîñĝ ţöđàý ·]</translation>
        </message>
        <message>
            <source>Breathlessness</source>
            <translation>[Ɓŕéàţĥļéššñéšš ··]</translation>
        </message>
        <message>
            <source>&amp;Pain right now</source>
            <translation>[&amp;Pàîñ ŕîĝĥţ ñöŵ ··]</translation>
        </message>
        <message>
            <source>How are you &amp;feeling today?</source>
            <translation>[Ĥöŵ àŕé ýöû &amp;fééļîñĝ ţöđàý? ······]</translation>
        </message>
        <message>
            <source>&amp;Breathlessness</source>
            <translation>[&amp;Bŕéàţĥļéššñéšš ··]</translation>
        </message>
        <message>
            <source>0 = no pain · 10 = worst pain imaginable</source>
            <translation>[0 = ñö þàîñ · 10 = ŵöŕšţ þàîñ îɱàĝîñàƀļé ·········]</translation>
        </message>
        <message>
            <source>0 = very bad · 10 = very good</source>
            <translation>[0 = ṽéŕý ƀàđ · 10 = ṽéŕý ĝööđ ······]</translation>
        </message>
        <message>
            <source>0 = not breathless · 10 = worst breathlessness</source>
            <translation>[0 = ñöţ ƀŕéàţĥļéšš · 10 = ŵöŕšţ ƀŕéàţĥļéššñéšš ···········]</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
            <translation>LTR</translation>
        </message>
    </context>
    <context>
        <name>QuickAddBox</name>
        <message>
            <source>New entry</source>
            <translation>[Ñéŵ éñţŕý ·]</translation>
        </message>
        <message>
            <source>What should the team know?</source>
            <translation>[Ŵĥàţ šĥöûļđ ţĥé ţéàɱ ķñöŵ? ·····]</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>[&amp;Néŵ éñţŕý ·]</translation>
        </message>
        <message>
            <source>Discipline</source>
            <translation>[Đîšçîþļîñé ·]</translation>
        </message>
        <message>
            <source>Discip&amp;line</source>
            <translation>[Đîšçîþ&amp;lîñé ·]</translation>
        </message>
        <message>
            <source>Kind of entry</source>
            <translation>[Ķîñđ öƒ éñţŕý ·]</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>[&amp;Kîñđ ·]</translation>
        </message>
        <message>
            <source>Sensi&amp;tive</source>
            <translation>[Šéñšî&amp;tîṽé ·]</translation>
        </message>
        <message>
            <source>A sensitive entry is never shown on the ward-room screen</source>
            <translation>[À šéñšîţîṽé éñţŕý îš ñéṽéŕ šĥöŵñ öñ ţĥé ŵàŕđ-ŕööɱ šçŕééñ ··············]</translation>
        </message>
        <message>
            <source>Share with patient</source>
            <translation>[Šĥàŕé ŵîţĥ þàţîéñţ ···]</translation>
        </message>
        <message>
            <source>Share this entry with the patient</source>
            <translation>[Šĥàŕé ţĥîš éñţŕý ŵîţĥ ţĥé þàţîéñţ ·······]</translation>
        </message>
        <message>
            <source>Print this entry on the patient's own copy</source>
            <translation>[Þŕîñţ ţĥîš éñţŕý öñ ţĥé þàţîéñţ'š öŵñ çöþý ··········]</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>[À&amp;dđ ·]</translation>
        </message>
        <message>
            <source>Add the entry to the timeline (%1)</source>
            <translation>[Àđđ ţĥé éñţŕý ţö ţĥé ţîɱéļîñé (%1) ········]</translation>
        </message>
        <message>
            <source>Write the entry first.</source>
            <translation>[Ŵŕîţé ţĥé éñţŕý ƒîŕšţ. ····]</translation>
        </message>
    </context>
    <context>
        <name>QuickCapture</name>
        <message>
            <source>No due date</source>
            <translation>[Ñö đûé đàţé ·]</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>[Ţöđàý ·]</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>[Ţöɱöŕŕöŵ ·]</translation>
        </message>
        <message>
            <source>In 2 days</source>
            <translation>[Îñ 2 đàýš ·]</translation>
        </message>
        <message>
            <source>In a week</source>
            <translation>[Îñ à ŵééķ ·]</translation>
        </message>
        <message>
            <source>Capture</source>
            <translation>[Çàþţûŕé ·]</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>[Ñéŵ àçţîöñ ·]</translation>
        </message>
        <message>
            <source>Who does what — Enter adds it</source>
            <translation>[Ŵĥö đöéš ŵĥàţ — Éñţéŕ àđđš îţ ······]</translation>
        </message>
        <message>
            <source>Action owner</source>
            <translation>[Àçţîöñ öŵñéŕ ·]</translation>
        </message>
        <message>
            <source>Action due</source>
            <translation>[Àçţîöñ đûé ·]</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>[Ñéŵ éñţŕý ·]</translation>
        </message>
        <message>
            <source>What was said — Enter adds it</source>
            <translation>[Ŵĥàţ ŵàš šàîđ — Éñţéŕ àđđš îţ ······]</translation>
        </message>
        <message>
            <source>Discipline speaking</source>
            <translation>[Đîšçîþļîñé šþéàķîñĝ ···]</translation>
        </message>
        <message>
            <source>Kind of entry</source>
            <translation>[Ķîñđ öƒ éñţŕý ·]</translation>
        </message>
        <message>
            <source>&amp;Action (A)</source>
            <translation>[&amp;Açţîöñ (À) ·]</translation>
        </message>
        <message>
            <source>&amp;Entry (C)</source>
            <translation>[&amp;Eñţŕý (Ç) ·]</translation>
        </message>
        <message>
            <source>Write the action first.</source>
            <translation>[Ŵŕîţé ţĥé àçţîöñ ƒîŕšţ. ····]</translation>
        </message>
        <message>
            <source>Write the entry first.</source>
            <translation>[Ŵŕîţé ţĥé éñţŕý ƒîŕšţ. ····]</translation>
        </message>
    </context>
    <context>
        <name>ReadBackPanel</name>
        <message>
            <source>Read back the new actions</source>
            <translation>[Ŕéàđ ƀàçķ ţĥé ñéŵ àçţîöñš ·····]</translation>
        </message>
        <message>
            <source>Read each action aloud, with its owner. Enter: done · Esc: not yet</source>
            <translation>[Ŕéàđ éàçĥ àçţîöñ àļöûđ, ŵîţĥ îţš öŵñéŕ. Éñţéŕ: đöñé · Éšç: ñöţ ýéţ ·················]</translation>
        </message>
    </context>
    <context>
        <name>RemovableListSection</name>
        <message>
            <source>Remove</source>
            <translation>[Ŕéɱöṽé ·]</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>[Ŕéɱöṽé %1 ·]</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>[Ŕéšéţ þàššŵöŕđ ··]</translation>
        </message>
        <message>
            <source>New password for %1</source>
            <translation>[Ñéŵ þàššŵöŕđ ƒöŕ %1 ···]</translation>
        </message>
        <message>
            <source>Give them the new password in person, never by e-mail.</source>
            <translation>[Ĝîṽé ţĥéɱ ţĥé ñéŵ þàššŵöŕđ îñ þéŕšöñ, ñéṽéŕ ƀý é-ɱàîļ. ··············]</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>[Šéţ þàššŵöŕđ ·]</translation>
        </message>
    </context>
    <context>
        <name>ResuscitationSection</name>
        <message>
            <source>Resuscitation and ceiling of treatment</source>
            <translation>[Ŕéšûšçîţàţîöñ àñđ çéîļîñĝ öƒ ţŕéàţɱéñţ ·········]</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>[Ñöţ ŕéçöŕđéđ ·]</translation>
        </message>
        <message>
            <source>Role, e.g. consultant physician</source>
            <translation>[Ŕöļé, é.ĝ. çöñšûļţàñţ þĥýšîçîàñ ·······]</translation>
        </message>
        <message>
            <source>e.g. patient and daughter</source>
            <translation>[é.ĝ. þàţîéñţ àñđ đàûĝĥţéŕ ·····]</translation>
        </message>
        <message>
            <source>e.g. ReSPECT form, 12 May</source>
            <translation>[é.ĝ. ŔéŠÞÉÇŢ ƒöŕɱ, 12 Ṁàý ·····]</translation>
        </message>
        <message>
            <source>Resusci&amp;tation</source>
            <translation>[Ŕéšûšçî&amp;tàţîöñ ··]</translation>
        </message>
        <message>
            <source>Cei&amp;ling of treatment</source>
            <translation>[Çéî&amp;lîñĝ öƒ ţŕéàţɱéñţ ····]</translation>
        </message>
        <message>
            <source>&amp;Decided on</source>
            <translation>[&amp;Déçîđéđ öñ ·]</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>[Đéçîđéđ ƀý ·]</translation>
        </message>
        <message>
            <source>Disc&amp;ussed with</source>
            <translation>[Đîšç&amp;uššéđ ŵîţĥ ··]</translation>
        </message>
        <message>
            <source>Si&amp;gned form</source>
            <translation>[Šî&amp;gñéđ ƒöŕɱ ·]</translation>
        </message>
        <message>
            <source>the resuscitation decision</source>
            <translation>[ţĥé ŕéšûšçîţàţîöñ đéçîšîöñ ·····]</translation>
        </message>
        <message>
            <source>Save decision</source>
            <translation>[Šàṽé đéçîšîöñ ·]</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>[Ûñđö ·]</translation>
        </message>
        <message>
            <source>Undo changes to the resuscitation decision</source>
            <translation>[Ûñđö çĥàñĝéš ţö ţĥé ŕéšûšçîţàţîöñ đéçîšîöñ ··········]</translation>
        </message>
        <message>
            <source>%1 recorded a decision meanwhile: %2; %3. Your entries are kept here: Save again to record yours instead.</source>
            <translation>[%1 ŕéçöŕđéđ à đéçîšîöñ ɱéàñŵĥîļé: %2; %3. Ýöûŕ éñţŕîéš àŕé ķéþţ ĥéŕé: Šàṽé àĝàîñ ţö ŕéçöŕđ ýöûŕš îñšţéàđ. ·····························]</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>[Šöɱéöñé éļšé ·]</translation>
        </message>
    </context>
    <context>
        <name>ReviewActionRows</name>
        <message>
            <source>No actions yet.</source>
            <translation>[Ñö àçţîöñš ýéţ. ··]</translation>
        </message>
        <message>
            <source>&amp;Add an action</source>
            <translation>[&amp;Ađđ àñ àçţîöñ ··]</translation>
        </message>
    </context>
    <context>
        <name>ReviewEditor</name>
        <message>
            <source>A short title that names no one</source>
            <translation>[À šĥöŕţ ţîţļé ţĥàţ ñàɱéš ñö öñé ·······]</translation>
        </message>
        <message>
            <source>&amp;De-identify: replace the patient's names, dates and identifiers</source>
            <translation>[&amp;Dé-îđéñţîƒý: ŕéþļàçé ţĥé þàţîéñţ'š ñàɱéš, đàţéš àñđ îđéñţîƒîéŕš ·················]</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>[Ţ&amp;iţļé ·]</translation>
        </message>
        <message>
            <source>&amp;Linked to</source>
            <translation>[&amp;Lîñķéđ ţö ·]</translation>
        </message>
        <message>
            <source>What we will do</source>
            <translation>[Ŵĥàţ ŵé ŵîļļ đö ··]</translation>
        </message>
    </context>
    <context>
        <name>ReviewLink</name>
        <message>
            <source>Not linked to a patient</source>
            <translation>[Ñöţ ļîñķéđ ţö à þàţîéñţ ····]</translation>
        </message>
        <message>
            <source>The linked patient (de-identified)</source>
            <translation>[Ţĥé ļîñķéđ þàţîéñţ (đé-îđéñţîƒîéđ) ········]</translation>
        </message>
        <message>
            <source>Admission %1</source>
            <translation>[Àđɱîššîöñ %1 ·]</translation>
        </message>
        <message>
            <source>Bed %1 — %2</source>
            <translation>[Ɓéđ %1 — %2 ·]</translation>
        </message>
    </context>
    <context>
        <name>ReviewListPanel</name>
        <message>
            <source>Words in a title or a section</source>
            <translation>[Ŵöŕđš îñ à ţîţļé öŕ à šéçţîöñ ······]</translation>
        </message>
        <message>
            <source>S&amp;earch</source>
            <translation>[Š&amp;eàŕçĥ ·]</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>[Ŕéṽîéŵš ·]</translation>
        </message>
        <message>
            <source>&amp;New review</source>
            <translation>[&amp;Néŵ ŕéṽîéŵ ·]</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Amendments</source>
            <translation>[Àɱéñđɱéñţš ·]</translation>
        </message>
    </context>
    <context>
        <name>ReviewQuestions</name>
        <message>
            <source>Finalize the review</source>
            <translation>[Ƒîñàļîžé ţĥé ŕéṽîéŵ ···]</translation>
        </message>
        <message>
            <source>A final review is locked: after this it changes only by amendments, which keep the text before and the reason. Finalize it now?</source>
            <translation>[À ƒîñàļ ŕéṽîéŵ îš ļöçķéđ: àƒţéŕ ţĥîš îţ çĥàñĝéš öñļý ƀý àɱéñđɱéñţš, ŵĥîçĥ ķééþ ţĥé ţéẋţ ƀéƒöŕé àñđ ţĥé ŕéàšöñ. Ƒîñàļîžé îţ ñöŵ? ····································]</translation>
        </message>
        <message>
            <source>&amp;Finalize</source>
            <translation>[&amp;Fîñàļîžé ·]</translation>
        </message>
        <message>
            <source>&amp;Not yet</source>
            <translation>[&amp;Nöţ ýéţ ·]</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>[Ûñšàṽéđ çĥàñĝéš ··]</translation>
        </message>
        <message>
            <source>This review has changes that are not saved yet.</source>
            <translation>[Ţĥîš ŕéṽîéŵ ĥàš çĥàñĝéš ţĥàţ àŕé ñöţ šàṽéđ ýéţ. ············]</translation>
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation>[&amp;Sàṽé đŕàƒţ ·]</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>[&amp;Dîšçàŕđ çĥàñĝéš ··]</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>[&amp;Kééþ éđîţîñĝ ·]</translation>
        </message>
    </context>
    <context>
        <name>ReviewSection</name>
        <message>
            <source>What happened</source>
            <translation>[Ŵĥàţ ĥàþþéñéđ ·]</translation>
        </message>
        <message>
            <source>What we felt</source>
            <translation>[Ŵĥàţ ŵé ƒéļţ ·]</translation>
        </message>
        <message>
            <source>What went well</source>
            <translation>[Ŵĥàţ ŵéñţ ŵéļļ ··]</translation>
        </message>
        <message>
            <source>What could be better</source>
            <translation>[Ŵĥàţ çöûļđ ƀé ƀéţţéŕ ···]</translation>
        </message>
        <message>
            <source>Systems factors (handoffs, roles, language and culture, time)</source>
            <translation>[Šýšţéɱš ƒàçţöŕš (ĥàñđöƒƒš, ŕöļéš, ļàñĝûàĝé àñđ çûļţûŕé, ţîɱé) ················]</translation>
        </message>
        <message>
            <source>Assumptions or biases we noticed</source>
            <translation>[Àššûɱþţîöñš öŕ ƀîàšéš ŵé ñöţîçéđ ·······]</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>[Ƒöļļöŵ-ûþ ·]</translation>
        </message>
    </context>
    <context>
        <name>ReviewWords</name>
        <message>
            <source>What &amp;happened</source>
            <translation>[Ŵĥàţ &amp;hàþþéñéđ ··]</translation>
        </message>
        <message>
            <source>What &amp;we felt</source>
            <translation>[Ŵĥàţ &amp;wé ƒéļţ ·]</translation>
        </message>
        <message>
            <source>What wen&amp;t well</source>
            <translation>[Ŵĥàţ ŵéñ&amp;t ŵéļļ ··]</translation>
        </message>
        <message>
            <source>What could be &amp;better</source>
            <translation>[Ŵĥàţ çöûļđ ƀé &amp;béţţéŕ ····]</translation>
        </message>
        <message>
            <source>S&amp;ystems factors (handoffs, roles, language and culture, time)</source>
            <translation>[Š&amp;yšţéɱš ƒàçţöŕš (ĥàñđöƒƒš, ŕöļéš, ļàñĝûàĝé àñđ çûļţûŕé, ţîɱé) ················]</translation>
        </message>
        <message>
            <source>Ass&amp;umptions or biases we noticed</source>
            <translation>[Àšš&amp;uɱþţîöñš öŕ ƀîàšéš ŵé ñöţîçéđ ·······]</translation>
        </message>
        <message>
            <source>F&amp;ollow-up</source>
            <translation>[Ƒ&amp;oļļöŵ-ûþ ·]</translation>
        </message>
        <message>
            <source>The story in order, as each of us saw it.</source>
            <translation>[Ţĥé šţöŕý îñ öŕđéŕ, àš éàçĥ öƒ ûš šàŵ îţ. ··········]</translation>
        </message>
        <message>
            <source>How it was for the team, the patient and the family.</source>
            <translation>[Ĥöŵ îţ ŵàš ƒöŕ ţĥé ţéàɱ, ţĥé þàţîéñţ àñđ ţĥé ƒàɱîļý. ·············]</translation>
        </message>
        <message>
            <source>What helped, and should be kept.</source>
            <translation>[Ŵĥàţ ĥéļþéđ, àñđ šĥöûļđ ƀé ķéþţ. ·······]</translation>
        </message>
        <message>
            <source>What we would do differently next time.</source>
            <translation>[Ŵĥàţ ŵé ŵöûļđ đö đîƒƒéŕéñţļý ñéẋţ ţîɱé. ·········]</translation>
        </message>
        <message>
            <source>Handoffs, roles, language and culture, time, equipment.</source>
            <translation>[Ĥàñđöƒƒš, ŕöļéš, ļàñĝûàĝé àñđ çûļţûŕé, ţîɱé, éǫûîþɱéñţ. ··············]</translation>
        </message>
        <message>
            <source>What we took for granted, about the patient or each other.</source>
            <translation>[Ŵĥàţ ŵé ţööķ ƒöŕ ĝŕàñţéđ, àƀöûţ ţĥé þàţîéñţ öŕ éàçĥ öţĥéŕ. ···············]</translation>
        </message>
        <message>
            <source>Who follows up, and with whom.</source>
            <translation>[Ŵĥö ƒöļļöŵš ûþ, àñđ ŵîţĥ ŵĥöɱ. ······]</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>[Đŕàƒţ ·]</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>[Ƒîñàļ ·]</translation>
        </message>
    </context>
    <context>
        <name>ReviewsModel</name>
        <message>
            <source>%1, %2</source>
            <translation>[%1, %2 ·]</translation>
        </message>
        <message>
            <source>bed %1</source>
            <translation>[ƀéđ %1 ·]</translation>
        </message>
        <message>
            <source>de-identified</source>
            <translation>[đé-îđéñţîƒîéđ ·]</translation>
        </message>
    </context>
    <context>
        <name>ReviewsWindow</name>
        <message>
            <source>Reflective case reviews</source>
            <translation>[Ŕéƒļéçţîṽé çàšé ŕéṽîéŵš ····]</translation>
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation>[&amp;Sàṽé đŕàƒţ ·]</translation>
        </message>
        <message>
            <source>Pre&amp;view de-identified…</source>
            <translation>[Þŕé&amp;vîéŵ đé-îđéñţîƒîéđ… ····]</translation>
        </message>
        <message>
            <source>&amp;Finalize…</source>
            <translation>[&amp;Fîñàļîžé… ·]</translation>
        </message>
        <message>
            <source>A&amp;mend…</source>
            <translation>[À&amp;méñđ… ·]</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>[&amp;Pŕîñţ… ·]</translation>
        </message>
        <message>
            <source>New review — not saved yet</source>
            <translation>[Ñéŵ ŕéṽîéŵ — ñöţ šàṽéđ ýéţ ·····]</translation>
        </message>
        <message>
            <source>Final since %1 — amend to change it</source>
            <translation>[Ƒîñàļ šîñçé %1 — àɱéñđ ţö çĥàñĝé îţ ········]</translation>
        </message>
        <message>
            <source> — unsaved changes</source>
            <translation>[ — ûñšàṽéđ çĥàñĝéš ···]</translation>
        </message>
        <message>
            <source>%1, saved %2%3</source>
            <translation>[%1, šàṽéđ %2%3 ··]</translation>
        </message>
    </context>
    <context>
        <name>RoundKeys</name>
        <message>
            <source>Next</source>
            <translation>[Ñéẋţ ·]</translation>
        </message>
        <message>
            <source>Next patient</source>
            <translation>[Ñéẋţ þàţîéñţ ·]</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>[Ɓàçķ ·]</translation>
        </message>
        <message>
            <source>Previous patient</source>
            <translation>[Þŕéṽîöûš þàţîéñţ ··]</translation>
        </message>
        <message>
            <source>First</source>
            <translation>[Ƒîŕšţ ·]</translation>
        </message>
        <message>
            <source>First patient</source>
            <translation>[Ƒîŕšţ þàţîéñţ ·]</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>[Ļàšţ ·]</translation>
        </message>
        <message>
            <source>Last patient</source>
            <translation>[Ļàšţ þàţîéñţ ·]</translation>
        </message>
        <message>
            <source>Discussed</source>
            <translation>[Đîšçûššéđ ·]</translation>
        </message>
        <message>
            <source>Mark discussed</source>
            <translation>[Ṁàŕķ đîšçûššéđ ··]</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>[Šķîþ ·]</translation>
        </message>
        <message>
            <source>Skip, and come back later</source>
            <translation>[Šķîþ, àñđ çöɱé ƀàçķ ļàţéŕ ·····]</translation>
        </message>
        <message>
            <source>Read back</source>
            <translation>[Ŕéàđ ƀàçķ ·]</translation>
        </message>
        <message>
            <source>Read back the new actions</source>
            <translation>[Ŕéàđ ƀàçķ ţĥé ñéŵ àçţîöñš ·····]</translation>
        </message>
        <message>
            <source>Read back done</source>
            <translation>[Ŕéàđ ƀàçķ đöñé ··]</translation>
        </message>
        <message>
            <source>The actions were read back</source>
            <translation>[Ţĥé àçţîöñš ŵéŕé ŕéàđ ƀàçķ ·····]</translation>
        </message>
        <message>
            <source>Next prompt</source>
            <translation>[Ñéẋţ þŕöɱþţ ·]</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>[Ţîɱéŕ ·]</translation>
        </message>
        <message>
            <source>Start or pause the timer</source>
            <translation>[Šţàŕţ öŕ þàûšé ţĥé ţîɱéŕ ·····]</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>[Ñàɱéš ·]</translation>
        </message>
        <message>
            <source>Show or hide full names</source>
            <translation>[Šĥöŵ öŕ ĥîđé ƒûļļ ñàɱéš ····]</translation>
        </message>
        <message>
            <source>Code status</source>
            <translation>[Çöđé šţàţûš ·]</translation>
        </message>
        <message>
            <source>Show or hide code status and allergies on the ward-room screen</source>
            <translation>[Šĥöŵ öŕ ĥîđé çöđé šţàţûš àñđ àļļéŕĝîéš öñ ţĥé ŵàŕđ-ŕööɱ šçŕééñ ················]</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>[Àçţîöñ ·]</translation>
        </message>
        <message>
            <source>Capture an action</source>
            <translation>[Çàþţûŕé àñ àçţîöñ ···]</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>[Éñţŕý ·]</translation>
        </message>
        <message>
            <source>Capture an entry</source>
            <translation>[Çàþţûŕé àñ éñţŕý ··]</translation>
        </message>
        <message>
            <source>Who is here</source>
            <translation>[Ŵĥö îš ĥéŕé ·]</translation>
        </message>
        <message>
            <source>Tick who is here</source>
            <translation>[Ţîçķ ŵĥö îš ĥéŕé ··]</translation>
        </message>
        <message>
            <source>Console</source>
            <translation>[Çöñšöļé ·]</translation>
        </message>
        <message>
            <source>Show or hide the console</source>
            <translation>[Šĥöŵ öŕ ĥîđé ţĥé çöñšöļé ·····]</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>[Ļöçķ ·]</translation>
        </message>
        <message>
            <source>Lock the screen</source>
            <translation>[Ļöçķ ţĥé šçŕééñ ··]</translation>
        </message>
        <message>
            <source>End round</source>
            <translation>[Éñđ ŕöûñđ ·]</translation>
        </message>
        <message>
            <source>End the round</source>
            <translation>[Éñđ ţĥé ŕöûñđ ·]</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>[%1 (%2) ·]</translation>
        </message>
    </context>
    <context>
        <name>RoundPatientsModel</name>
        <message>
            <source>Bed</source>
            <translation>[Ɓéđ ·]</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>[Þàţîéñţ ·]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[Šţàţûš ·]</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>[Ţîɱé ·]</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>[Þéñđîñĝ ·]</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>[Šééñ ·]</translation>
        </message>
        <message>
            <source>Discussed</source>
            <translation>[Đîšçûššéđ ·]</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>[Šķîþþéđ ·]</translation>
        </message>
    </context>
    <context>
        <name>RoundPrompts</name>
        <message>
            <source>What matters most</source>
            <translation>[Ŵĥàţ ɱàţţéŕš ɱöšţ ···]</translation>
        </message>
        <message>
            <source>Read what matters most aloud. Is it still true? Anything to add?</source>
            <translation>[Ŕéàđ ŵĥàţ ɱàţţéŕš ɱöšţ àļöûđ. Îš îţ šţîļļ ţŕûé? Àñýţĥîñĝ ţö àđđ? ·················]</translation>
        </message>
        <message>
            <source>Overnight events</source>
            <translation>[Öṽéŕñîĝĥţ éṽéñţš ··]</translation>
        </message>
        <message>
            <source>What happened since the last round: events, results, new worries?</source>
            <translation>[Ŵĥàţ ĥàþþéñéđ šîñçé ţĥé ļàšţ ŕöûñđ: éṽéñţš, ŕéšûļţš, ñéŵ ŵöŕŕîéš? ·················]</translation>
        </message>
        <message>
            <source>Each discipline</source>
            <translation>[Éàçĥ đîšçîþļîñé ··]</translation>
        </message>
        <message>
            <source>Go round the room: what would each of you add?</source>
            <translation>[Ĝö ŕöûñđ ţĥé ŕööɱ: ŵĥàţ ŵöûļđ éàçĥ öƒ ýöû àđđ? ···········]</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>[Þļàñ ·]</translation>
        </message>
        <message>
            <source>Today's plan: who does what, by when? Capture each action.</source>
            <translation>[Ţöđàý'š þļàñ: ŵĥö đöéš ŵĥàţ, ƀý ŵĥéñ? Çàþţûŕé éàçĥ àçţîöñ. ···············]</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>[Đîšçĥàŕĝé ·]</translation>
        </message>
        <message>
            <source>Are we on track for the expected date? What stands in the way?</source>
            <translation>[Àŕé ŵé öñ ţŕàçķ ƒöŕ ţĥé éẋþéçţéđ đàţé? Ŵĥàţ šţàñđš îñ ţĥé ŵàý? ················]</translation>
        </message>
        <message>
            <source>Questions for the patient and family</source>
            <translation>[Ǫûéšţîöñš ƒöŕ ţĥé þàţîéñţ àñđ ƒàɱîļý ········]</translation>
        </message>
        <message>
            <source>What do we need to ask, or tell, the patient and their family?</source>
            <translation>[Ŵĥàţ đö ŵé ñééđ ţö àšķ, öŕ ţéļļ, ţĥé þàţîéñţ àñđ ţĥéîŕ ƒàɱîļý? ················]</translation>
        </message>
        <message>
            <source>%1: what would you add?</source>
            <translation>[%1: ŵĥàţ ŵöûļđ ýöû àđđ? ····]</translation>
        </message>
        <message>
            <source>Safety check</source>
            <translation>[Šàƒéţý çĥéçķ ·]</translation>
        </message>
        <message>
            <source>Not assessed yet: %1. Who can answer each now? Capture what is missing.</source>
            <translation>[Ñöţ àššéššéđ ýéţ: %1. Ŵĥö çàñ àñšŵéŕ éàçĥ ñöŵ? Çàþţûŕé ŵĥàţ îš ɱîššîñĝ. ···················]</translation>
        </message>
        <message>
            <source>Every safety item is recorded. Read the flags aloud: mobility, falls, isolation, diet, aids, lines, VTE, decisions. Still true?</source>
            <translation>[Éṽéŕý šàƒéţý îţéɱ îš ŕéçöŕđéđ. Ŕéàđ ţĥé ƒļàĝš àļöûđ: ɱöƀîļîţý, ƒàļļš, îšöļàţîöñ, đîéţ, àîđš, ļîñéš, ṼŢÉ, đéçîšîöñš. Šţîļļ ţŕûé? ····································]</translation>
        </message>
    </context>
    <context>
        <name>RoundSetupWords</name>
        <message>
            <source>There is no ward with id %1.</source>
            <translation>[Ţĥéŕé îš ñö ŵàŕđ ŵîţĥ îđ %1. ······]</translation>
        </message>
        <message>
            <source>This ward has no patients to round on.</source>
            <translation>[Ţĥîš ŵàŕđ ĥàš ñö þàţîéñţš ţö ŕöûñđ öñ. ·········]</translation>
        </message>
    </context>
    <context>
        <name>RoundSummaryWords</name>
        <message>
            <source>%1 discussed</source>
            <translation>[%1 đîšçûššéđ ·]</translation>
        </message>
        <message>
            <source>%1 seen, no outcome</source>
            <translation>[%1 šééñ, ñö öûţçöɱé ···]</translation>
        </message>
        <message>
            <source>%1 skipped</source>
            <translation>[%1 šķîþþéđ ·]</translation>
        </message>
        <message>
            <source>%1 not reached</source>
            <translation>[%1 ñöţ ŕéàçĥéđ ··]</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>[%1 ɱîñ ·]</translation>
        </message>
        <message>
            <source>nobody recorded</source>
            <translation>[ñöƀöđý ŕéçöŕđéđ ··]</translation>
        </message>
        <message>
            <source>Actions captured: %1 (read back: %2)</source>
            <translation>[Àçţîöñš çàþţûŕéđ: %1 (ŕéàđ ƀàçķ: %2) ········]</translation>
        </message>
        <message>
            <source>Attended: %1</source>
            <translation>[Àţţéñđéđ: %1 ·]</translation>
        </message>
        <message>
            <source>Not here: %1</source>
            <translation>[Ñöţ ĥéŕé: %1 ·]</translation>
        </message>
    </context>
    <context>
        <name>RoundWork</name>
        <message>
            <source>Read back: new actions</source>
            <translation>[Ŕéàđ ƀàçķ: ñéŵ àçţîöñš ····]</translation>
        </message>
        <message>
            <source>No new actions to read back.</source>
            <translation>[Ñö ñéŵ àçţîöñš ţö ŕéàđ ƀàçķ. ······]</translation>
        </message>
        <message>
            <source>The round is over</source>
            <translation>[Ţĥé ŕöûñđ îš öṽéŕ ···]</translation>
        </message>
        <message>
            <source>%1 — due %2</source>
            <translation>[%1 — đûé %2 ·]</translation>
        </message>
    </context>
    <context>
        <name>RoundsDialogs</name>
        <message>
            <source>Show full names?</source>
            <translation>[Šĥöŵ ƒûļļ ñàɱéš? ··]</translation>
        </message>
        <message>
            <source>Full names will show on the ward-room screen for everyone in the room to read. Only do this when everyone there may see them.</source>
            <translation>[Ƒûļļ ñàɱéš ŵîļļ šĥöŵ öñ ţĥé ŵàŕđ-ŕööɱ šçŕééñ ƒöŕ éṽéŕýöñé îñ ţĥé ŕööɱ ţö ŕéàđ. Öñļý đö ţĥîš ŵĥéñ éṽéŕýöñé ţĥéŕé ɱàý šéé ţĥéɱ. ···································]</translation>
        </message>
        <message>
            <source>Show names</source>
            <translation>[Šĥöŵ ñàɱéš ·]</translation>
        </message>
        <message>
            <source>Keep initials</source>
            <translation>[Ķééþ îñîţîàļš ·]</translation>
        </message>
        <message>
            <source>Show code status and allergies?</source>
            <translation>[Šĥöŵ çöđé šţàţûš àñđ àļļéŕĝîéš? ·······]</translation>
        </message>
        <message>
            <source>Resuscitation status, ceiling of treatment and allergies will show on the ward-room screen for everyone in the room to read. Only do this when everyone there may see them.</source>
            <translation>[Ŕéšûšçîţàţîöñ šţàţûš, çéîļîñĝ öƒ ţŕéàţɱéñţ àñđ àļļéŕĝîéš ŵîļļ šĥöŵ öñ ţĥé ŵàŕđ-ŕööɱ šçŕééñ ƒöŕ éṽéŕýöñé îñ ţĥé ŕööɱ ţö ŕéàđ. Öñļý đö ţĥîš ŵĥéñ éṽéŕýöñé ţĥéŕé ɱàý šéé ţĥéɱ. ·················································]</translation>
        </message>
        <message>
            <source>Show them</source>
            <translation>[Šĥöŵ ţĥéɱ ·]</translation>
        </message>
        <message>
            <source>Keep them hidden</source>
            <translation>[Ķééþ ţĥéɱ ĥîđđéñ ··]</translation>
        </message>
        <message>
            <source>End the round? The summary shows next.</source>
            <translation>[Éñđ ţĥé ŕöûñđ? Ţĥé šûɱɱàŕý šĥöŵš ñéẋţ. ·········]</translation>
        </message>
        <message>
            <source>End the round? Patients not reached yet: %1.</source>
            <translation>[Éñđ ţĥé ŕöûñđ? Þàţîéñţš ñöţ ŕéàçĥéđ ýéţ: %1. ···········]</translation>
        </message>
        <message>
            <source>End the round</source>
            <translation>[Éñđ ţĥé ŕöûñđ ·]</translation>
        </message>
        <message>
            <source>Keep going</source>
            <translation>[Ķééþ ĝöîñĝ ·]</translation>
        </message>
    </context>
    <context>
        <name>RoundsMode</name>
        <message>
            <source>This round was already running: carrying on.</source>
            <translation>[Ţĥîš ŕöûñđ ŵàš àļŕéàđý ŕûññîñĝ: çàŕŕýîñĝ öñ. ···········]</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>[Ŕöûñđš ·]</translation>
        </message>
        <message>
            <source>No bed</source>
            <translation>[Ñö ƀéđ ·]</translation>
        </message>
    </context>
    <context>
        <name>SafetyChecksSection</name>
        <message>
            <source>%1: details</source>
            <translation>[%1: đéţàîļš ·]</translation>
        </message>
        <message>
            <source>Date put in not known</source>
            <translation>[Đàţé þûţ îñ ñöţ ķñöŵñ ····]</translation>
        </message>
        <message>
            <source>%1: in place since</source>
            <translation>[%1: îñ þļàçé šîñçé ···]</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>[Šàṽé ·]</translation>
        </message>
        <message>
            <source>Save %1</source>
            <translation>[Šàṽé %1 ·]</translation>
        </message>
        <message>
            <source>Safety check (SIBR whiteboard)</source>
            <translation>[Šàƒéţý çĥéçķ (ŠÎƁŔ ŵĥîţéƀöàŕđ) ······]</translation>
        </message>
        <message>
            <source>%1 · in place %2</source>
            <translation>[%1 · îñ þļàçé %2 ··]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>[%Ln đàýš ·]</numerusform>
                <numerusform>[%Ln đàýš ·]</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 recorded %2 meanwhile: %3. Your entry is kept: Save again to keep yours.</source>
            <translation>[%1 ŕéçöŕđéđ %2 ɱéàñŵĥîļé: %3. Ýöûŕ éñţŕý îš ķéþţ: Šàṽé àĝàîñ ţö ķééþ ýöûŕš. ····················]</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>[Šöɱéöñé éļšé ·]</translation>
        </message>
    </context>
    <context>
        <name>SafetyHeader</name>
        <message>
            <source>Allergies not asked</source>
            <translation>[Àļļéŕĝîéš ñöţ àšķéđ ···]</translation>
        </message>
        <message>
            <source>NKA: no known allergies</source>
            <translation>[ÑĶÀ: ñö ķñöŵñ àļļéŕĝîéš ····]</translation>
        </message>
        <message>
            <source>Allergies: %1</source>
            <translation>[Àļļéŕĝîéš: %1 ·]</translation>
        </message>
        <message>
            <source>Code status</source>
            <translation>[Çöđé šţàţûš ·]</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>[Àļļéŕĝîéš ·]</translation>
        </message>
    </context>
    <context>
        <name>SafetyWords</name>
        <message>
            <source>severity not known</source>
            <translation>[šéṽéŕîţý ñöţ ķñöŵñ ···]</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>[ɱîļđ ·]</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>[ɱöđéŕàţé ·]</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>[šéṽéŕé ·]</translation>
        </message>
        <message>
            <source>risk not assessed</source>
            <translation>[ŕîšķ ñöţ àššéššéđ ···]</translation>
        </message>
        <message>
            <source>low risk</source>
            <translation>[ļöŵ ŕîšķ ·]</translation>
        </message>
        <message>
            <source>high risk</source>
            <translation>[ĥîĝĥ ŕîšķ ·]</translation>
        </message>
        <message>
            <source>risk unable to assess</source>
            <translation>[ŕîšķ ûñàƀļé ţö àššéšš ····]</translation>
        </message>
        <message>
            <source>active</source>
            <translation>[àçţîṽé ·]</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>[îñàçţîṽé ·]</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>[ŕéšöļṽéđ ·]</translation>
        </message>
        <message>
            <source>entered in error</source>
            <translation>[éñţéŕéđ îñ éŕŕöŕ ··]</translation>
        </message>
        <message>
            <source>CPR not discussed</source>
            <translation>[ÇÞŔ ñöţ đîšçûššéđ ···]</translation>
        </message>
        <message>
            <source>CPR not yet discussed</source>
            <translation>[ÇÞŔ ñöţ ýéţ đîšçûššéđ ····]</translation>
        </message>
        <message>
            <source>For CPR</source>
            <translation>[Ƒöŕ ÇÞŔ ·]</translation>
        </message>
        <message>
            <source>Do not attempt CPR</source>
            <translation>[Đö ñöţ àţţéɱþţ ÇÞŔ ···]</translation>
        </message>
        <message>
            <source>Ceiling of treatment not yet discussed</source>
            <translation>[Çéîļîñĝ öƒ ţŕéàţɱéñţ ñöţ ýéţ đîšçûššéđ ·········]</translation>
        </message>
        <message>
            <source>Full escalation including ICU</source>
            <translation>[Ƒûļļ éšçàļàţîöñ îñçļûđîñĝ ÎÇÛ ······]</translation>
        </message>
        <message>
            <source>Ward-based care, not for ICU</source>
            <translation>[Ŵàŕđ-ƀàšéđ çàŕé, ñöţ ƒöŕ ÎÇÛ ······]</translation>
        </message>
        <message>
            <source>Comfort-focused care</source>
            <translation>[Çöɱƒöŕţ-ƒöçûšéđ çàŕé ···]</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>[Đéçîšîöñš ·]</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>[ñöţ àššéššéđ ·]</translation>
        </message>
        <message>
            <source>patient decides (has capacity)</source>
            <translation>[þàţîéñţ đéçîđéš (ĥàš çàþàçîţý) ······]</translation>
        </message>
        <message>
            <source>health-care proxy or lasting power of attorney</source>
            <translation>[ĥéàļţĥ-çàŕé þŕöẋý öŕ ļàšţîñĝ þöŵéŕ öƒ àţţöŕñéý ···········]</translation>
        </message>
        <message>
            <source>court-appointed deputy</source>
            <translation>[çöûŕţ-àþþöîñţéđ đéþûţý ····]</translation>
        </message>
        <message>
            <source>no one appointed: best-interests decision</source>
            <translation>[ñö öñé àþþöîñţéđ: ƀéšţ-îñţéŕéšţš đéçîšîöñ ··········]</translation>
        </message>
        <message>
            <source>Who, and for which decisions</source>
            <translation>[Ŵĥö, àñđ ƒöŕ ŵĥîçĥ đéçîšîöñš ······]</translation>
        </message>
        <message>
            <source>Mobility</source>
            <translation>[Ṁöƀîļîţý ·]</translation>
        </message>
        <message>
            <source>independent</source>
            <translation>[îñđéþéñđéñţ ·]</translation>
        </message>
        <message>
            <source>walks with an aid</source>
            <translation>[ŵàļķš ŵîţĥ àñ àîđ ···]</translation>
        </message>
        <message>
            <source>needs one to help</source>
            <translation>[ñééđš öñé ţö ĥéļþ ···]</translation>
        </message>
        <message>
            <source>needs two to help</source>
            <translation>[ñééđš ţŵö ţö ĥéļþ ···]</translation>
        </message>
        <message>
            <source>hoist</source>
            <translation>[ĥöîšţ ·]</translation>
        </message>
        <message>
            <source>bed-bound</source>
            <translation>[ƀéđ-ƀöûñđ ·]</translation>
        </message>
        <message>
            <source>Aids (frame, stick, wheelchair)</source>
            <translation>[Àîđš (ƒŕàɱé, šţîçķ, ŵĥééļçĥàîŕ) ·······]</translation>
        </message>
        <message>
            <source>Falls risk</source>
            <translation>[Ƒàļļš ŕîšķ ·]</translation>
        </message>
        <message>
            <source>low</source>
            <translation>[ļöŵ ·]</translation>
        </message>
        <message>
            <source>high</source>
            <translation>[ĥîĝĥ ·]</translation>
        </message>
        <message>
            <source>What helps (bed rails, sensor mat, close by the station)</source>
            <translation>[Ŵĥàţ ĥéļþš (ƀéđ ŕàîļš, šéñšöŕ ɱàţ, çļöšé ƀý ţĥé šţàţîöñ) ··············]</translation>
        </message>
        <message>
            <source>Isolation</source>
            <translation>[Îšöļàţîöñ ·]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>[ñöñé ·]</translation>
        </message>
        <message>
            <source>contact precautions</source>
            <translation>[çöñţàçţ þŕéçàûţîöñš ···]</translation>
        </message>
        <message>
            <source>droplet precautions</source>
            <translation>[đŕöþļéţ þŕéçàûţîöñš ···]</translation>
        </message>
        <message>
            <source>airborne precautions</source>
            <translation>[àîŕƀöŕñé þŕéçàûţîöñš ···]</translation>
        </message>
        <message>
            <source>Organism or reason</source>
            <translation>[Öŕĝàñîšɱ öŕ ŕéàšöñ ···]</translation>
        </message>
        <message>
            <source>Diet</source>
            <translation>[Đîéţ ·]</translation>
        </message>
        <message>
            <source>normal diet</source>
            <translation>[ñöŕɱàļ đîéţ ·]</translation>
        </message>
        <message>
            <source>modified diet or fluids</source>
            <translation>[ɱöđîƒîéđ đîéţ öŕ ƒļûîđš ····]</translation>
        </message>
        <message>
            <source>nil by mouth</source>
            <translation>[ñîļ ƀý ɱöûţĥ ·]</translation>
        </message>
        <message>
            <source>tube feeding</source>
            <translation>[ţûƀé ƒééđîñĝ ·]</translation>
        </message>
        <message>
            <source>Texture, fluids, swallow assessment, until when</source>
            <translation>[Ţéẋţûŕé, ƒļûîđš, šŵàļļöŵ àššéššɱéñţ, ûñţîļ ŵĥéñ ············]</translation>
        </message>
        <message>
            <source>Hearing, sight, dental aids</source>
            <translation>[Ĥéàŕîñĝ, šîĝĥţ, đéñţàļ àîđš ······]</translation>
        </message>
        <message>
            <source>uses aids</source>
            <translation>[ûšéš àîđš ·]</translation>
        </message>
        <message>
            <source>Which (hearing aid left ear, glasses, upper denture)</source>
            <translation>[Ŵĥîçĥ (ĥéàŕîñĝ àîđ ļéƒţ éàŕ, ĝļàššéš, ûþþéŕ đéñţûŕé) ·············]</translation>
        </message>
        <message>
            <source>Lines and catheters</source>
            <translation>[Ļîñéš àñđ çàţĥéţéŕš ···]</translation>
        </message>
        <message>
            <source>in place</source>
            <translation>[îñ þļàçé ·]</translation>
        </message>
        <message>
            <source>Which (cannula, PICC, urinary catheter)</source>
            <translation>[Ŵĥîçĥ (çàññûļà, ÞÎÇÇ, ûŕîñàŕý çàţĥéţéŕ) ·········]</translation>
        </message>
        <message>
            <source>VTE prophylaxis</source>
            <translation>[ṼŢÉ þŕöþĥýļàẋîš ··]</translation>
        </message>
        <message>
            <source>prescribed</source>
            <translation>[þŕéšçŕîƀéđ ·]</translation>
        </message>
        <message>
            <source>not indicated</source>
            <translation>[ñöţ îñđîçàţéđ ·]</translation>
        </message>
        <message>
            <source>contraindicated</source>
            <translation>[çöñţŕàîñđîçàţéđ ··]</translation>
        </message>
        <message>
            <source>Which, or why not</source>
            <translation>[Ŵĥîçĥ, öŕ ŵĥý ñöţ ···]</translation>
        </message>
        <message>
            <source>DNACPR</source>
            <translation>[ĐÑÀÇÞŔ ·]</translation>
        </message>
        <message>
            <source>Not recorded yet</source>
            <translation>[Ñöţ ŕéçöŕđéđ ýéţ ··]</translation>
        </message>
        <message>
            <source>Recorded by %1, %2</source>
            <translation>[Ŕéçöŕđéđ ƀý %1, %2 ···]</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>[šöɱéöñé ·]</translation>
        </message>
    </context>
    <context>
        <name>ScorePicker</name>
        <message>
            <source>Not asked</source>
            <translation>[Ñöţ àšķéđ ·]</translation>
        </message>
        <message>
            <source>%1: %2 of 10</source>
            <translation>[%1: %2 öƒ 10 ·]</translation>
        </message>
        <message>
            <source>not asked</source>
            <translation>[ñöţ àšķéđ ·]</translation>
        </message>
        <message>
            <source>%1 of 10</source>
            <translation>[%1 öƒ 10 ·]</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>[%1: %2 ·]</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message>
            <source>cannot read the audit key %1: %2</source>
            <translation>[çàññöţ ŕéàđ ţĥé àûđîţ ķéý %1: %2 ·······]</translation>
        </message>
        <message>
            <source>the audit key %1 is not an audit key (it should hold at least %2 hexadecimal digits)</source>
            <translation>[ţĥé àûđîţ ķéý %1 îš ñöţ àñ àûđîţ ķéý (îţ šĥöûļđ ĥöļđ àţ ļéàšţ %2 ĥéẋàđéçîɱàļ đîĝîţš) ·······················]</translation>
        </message>
        <message>
            <source>cannot create the audit key %1: %2</source>
            <translation>[çàññöţ çŕéàţé ţĥé àûđîţ ķéý %1: %2 ········]</translation>
        </message>
        <message>
            <source>A demo ward needs at least one patient.</source>
            <translation>[À đéɱö ŵàŕđ ñééđš àţ ļéàšţ öñé þàţîéñţ. ·········]</translation>
        </message>
        <message>
            <source>make a demo</source>
            <translation>[ɱàķé à đéɱö ·]</translation>
        </message>
        <message>
            <source>This database already holds data; make the demo in a new file.</source>
            <translation>[Ţĥîš đàţàƀàšé àļŕéàđý ĥöļđš đàţà; ɱàķé ţĥé đéɱö îñ à ñéŵ ƒîļé. ················]</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>[Ûšéŕñàɱé ·]</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>[Đîšþļàý ñàɱé ·]</translation>
        </message>
        <message>
            <source>Ward code</source>
            <translation>[Ŵàŕđ çöđé ·]</translation>
        </message>
        <message>
            <source>Ward name</source>
            <translation>[Ŵàŕđ ñàɱé ·]</translation>
        </message>
        <message>
            <source>Bed label</source>
            <translation>[Ɓéđ ļàƀéļ ·]</translation>
        </message>
        <message>
            <source>MRN</source>
            <translation>[ṀŔÑ ·]</translation>
        </message>
        <message>
            <source>Other identifiers</source>
            <translation>[Öţĥéŕ îđéñţîƒîéŕš ···]</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>[Ĝîṽéñ ñàɱé ·]</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>[Ƒàɱîļý ñàɱé ·]</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>[Þŕéƒéŕŕéđ ñàɱé ··]</translation>
        </message>
        <message>
            <source>Pronouns</source>
            <translation>[Þŕöñöûñš ·]</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>[Ĝéñđéŕ ·]</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>[Þŕéƒéŕŕéđ ļàñĝûàĝé ···]</translation>
        </message>
        <message>
            <source>Clinical one-liner</source>
            <translation>[Çļîñîçàļ öñé-ļîñéŕ ···]</translation>
        </message>
        <message>
            <source>The card field</source>
            <translation>[Ţĥé çàŕđ ƒîéļđ ··]</translation>
        </message>
        <message>
            <source>The language of the text</source>
            <translation>[Ţĥé ļàñĝûàĝé öƒ ţĥé ţéẋţ ·····]</translation>
        </message>
        <message>
            <source>The entry</source>
            <translation>[Ţĥé éñţŕý ·]</translation>
        </message>
        <message>
            <source>The reason for the amendment</source>
            <translation>[Ţĥé ŕéàšöñ ƒöŕ ţĥé àɱéñđɱéñţ ······]</translation>
        </message>
        <message>
            <source>The action</source>
            <translation>[Ţĥé àçţîöñ ·]</translation>
        </message>
        <message>
            <source>The 'if' of the contingency</source>
            <translation>[Ţĥé 'îƒ' öƒ ţĥé çöñţîñĝéñçý ······]</translation>
        </message>
        <message>
            <source>The 'then' of the contingency</source>
            <translation>[Ţĥé 'ţĥéñ' öƒ ţĥé çöñţîñĝéñçý ······]</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>[Đéšţîñàţîöñ ·]</translation>
        </message>
        <message>
            <source>Barriers</source>
            <translation>[Ɓàŕŕîéŕš ·]</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>[Ŵàŕñîñĝ šîĝñš ·]</translation>
        </message>
        <message>
            <source>Whom to call</source>
            <translation>[Ŵĥöɱ ţö çàļļ ·]</translation>
        </message>
        <message>
            <source>The checklist item</source>
            <translation>[Ţĥé çĥéçķļîšţ îţéɱ ···]</translation>
        </message>
        <message>
            <source>Who the follow-up is with</source>
            <translation>[Ŵĥö ţĥé ƒöļļöŵ-ûþ îš ŵîţĥ ·····]</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>[Ŵĥéŕé ·]</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>[Þûŕþöšé ·]</translation>
        </message>
        <message>
            <source>The medication</source>
            <translation>[Ţĥé ɱéđîçàţîöñ ··]</translation>
        </message>
        <message>
            <source>The plain-language reason</source>
            <translation>[Ţĥé þļàîñ-ļàñĝûàĝé ŕéàšöñ ·····]</translation>
        </message>
        <message>
            <source>Why you were in hospital</source>
            <translation>[Ŵĥý ýöû ŵéŕé îñ ĥöšþîţàļ ·····]</translation>
        </message>
        <message>
            <source>The test</source>
            <translation>[Ţĥé ţéšţ ·]</translation>
        </message>
        <message>
            <source>Who will tell the result</source>
            <translation>[Ŵĥö ŵîļļ ţéļļ ţĥé ŕéšûļţ ·····]</translation>
        </message>
        <message>
            <source>The name or service to call</source>
            <translation>[Ţĥé ñàɱé öŕ šéŕṽîçé ţö çàļļ ······]</translation>
        </message>
        <message>
            <source>The phone number</source>
            <translation>[Ţĥé þĥöñé ñûɱƀéŕ ··]</translation>
        </message>
        <message>
            <source>may hold only digits, spaces, +, brackets and dashes</source>
            <translation>[ɱàý ĥöļđ öñļý đîĝîţš, šþàçéš, +, ƀŕàçķéţš àñđ đàšĥéš ·············]</translation>
        </message>
        <message>
            <source>The hours</source>
            <translation>[Ţĥé ĥöûŕš ·]</translation>
        </message>
        <message>
            <source>What was taught</source>
            <translation>[Ŵĥàţ ŵàš ţàûĝĥţ ··]</translation>
        </message>
        <message>
            <source>Who was taught</source>
            <translation>[Ŵĥö ŵàš ţàûĝĥţ ··]</translation>
        </message>
        <message>
            <source>The dose</source>
            <translation>[Ţĥé đöšé ·]</translation>
        </message>
        <message>
            <source>How and when to take it</source>
            <translation>[Ĥöŵ àñđ ŵĥéñ ţö ţàķé îţ ····]</translation>
        </message>
        <message>
            <source>The previous dose</source>
            <translation>[Ţĥé þŕéṽîöûš đöšé ···]</translation>
        </message>
        <message>
            <source>The appointment's phone number</source>
            <translation>[Ţĥé àþþöîñţɱéñţ'š þĥöñé ñûɱƀéŕ ······]</translation>
        </message>
        <message>
            <source>Who will contact the patient</source>
            <translation>[Ŵĥö ŵîļļ çöñţàçţ ţĥé þàţîéñţ ······]</translation>
        </message>
        <message>
            <source>The key</source>
            <translation>[Ţĥé ķéý ·]</translation>
        </message>
        <message>
            <source>The source</source>
            <translation>[Ţĥé šöûŕçé ·]</translation>
        </message>
        <message>
            <source>The substance</source>
            <translation>[Ţĥé šûƀšţàñçé ·]</translation>
        </message>
        <message>
            <source>The criticality</source>
            <translation>[Ţĥé çŕîţîçàļîţý ··]</translation>
        </message>
        <message>
            <source>The medicine</source>
            <translation>[Ţĥé ɱéđîçîñé ·]</translation>
        </message>
        <message>
            <source>The dosage</source>
            <translation>[Ţĥé đöšàĝé ·]</translation>
        </message>
        <message>
            <source>The problem</source>
            <translation>[Ţĥé þŕöƀļéɱ ·]</translation>
        </message>
        <message>
            <source>The contact's name</source>
            <translation>[Ţĥé çöñţàçţ'š ñàɱé ···]</translation>
        </message>
        <message>
            <source>The relationship</source>
            <translation>[Ţĥé ŕéļàţîöñšĥîþ ··]</translation>
        </message>
        <message>
            <source>The team member's name</source>
            <translation>[Ţĥé ţéàɱ ɱéɱƀéŕ'š ñàɱé ····]</translation>
        </message>
        <message>
            <source>The role</source>
            <translation>[Ţĥé ŕöļé ·]</translation>
        </message>
        <message>
            <source>The reaction</source>
            <translation>[Ţĥé ŕéàçţîöñ ·]</translation>
        </message>
        <message>
            <source>The severity</source>
            <translation>[Ţĥé šéṽéŕîţý ·]</translation>
        </message>
        <message>
            <source>The allergy's status</source>
            <translation>[Ţĥé àļļéŕĝý'š šţàţûš ···]</translation>
        </message>
        <message>
            <source>The route</source>
            <translation>[Ţĥé ŕöûţé ·]</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>[Ĥöŵ öƒţéñ ·]</translation>
        </message>
        <message>
            <source>The name in Latin letters</source>
            <translation>[Ţĥé ñàɱé îñ Ļàţîñ ļéţţéŕš ·····]</translation>
        </message>
        <message>
            <source>Who decided</source>
            <translation>[Ŵĥö đéçîđéđ ·]</translation>
        </message>
        <message>
            <source>Whom it was discussed with</source>
            <translation>[Ŵĥöɱ îţ ŵàš đîšçûššéđ ŵîţĥ ·····]</translation>
        </message>
        <message>
            <source>The form</source>
            <translation>[Ţĥé ƒöŕɱ ·]</translation>
        </message>
        <message>
            <source>The state</source>
            <translation>[Ţĥé šţàţé ·]</translation>
        </message>
        <message>
            <source>The detail</source>
            <translation>[Ţĥé đéţàîļ ·]</translation>
        </message>
        <message>
            <source>The saved state</source>
            <translation>[Ţĥé šàṽéđ šţàţé ··]</translation>
        </message>
        <message>
            <source>What matters today</source>
            <translation>[Ŵĥàţ ɱàţţéŕš ţöđàý ···]</translation>
        </message>
        <message>
            <source>The title</source>
            <translation>[Ţĥé ţîţļé ·]</translation>
        </message>
        <message>
            <source>The participants</source>
            <translation>[Ţĥé þàŕţîçîþàñţš ··]</translation>
        </message>
        <message>
            <source>The section</source>
            <translation>[Ţĥé šéçţîöñ ·]</translation>
        </message>
        <message>
            <source>Who follows it up</source>
            <translation>[Ŵĥö ƒöļļöŵš îţ ûþ ···]</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>[šöɱéöñé éļšé ·]</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>[çàññöţ ŕéàđ %1: %2 ···]</translation>
        </message>
        <message>
            <source>%1: "tables" must map table names to lists of rows</source>
            <translation>[%1: "ţàƀļéš" ɱûšţ ɱàþ ţàƀļé ñàɱéš ţö ļîšţš öƒ ŕöŵš ············]</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>[%1 îš éɱþţý ·]</translation>
        </message>
        <message>
            <source>%1 is not UTF-8 text (byte %2)</source>
            <translation>[%1 îš ñöţ ÛŢƑ-8 ţéẋţ (ƀýţé %2) ······]</translation>
        </message>
        <message>
            <source>%1 is not valid JSON (line %2, column %3): it may be truncated</source>
            <translation>[%1 îš ñöţ ṽàļîđ ĴŠÖÑ (ļîñé %2, çöļûɱñ %3): îţ ɱàý ƀé ţŕûñçàţéđ ················]</translation>
        </message>
        <message>
            <source>%1 is not a Rounds export</source>
            <translation>[%1 îš ñöţ à Ŕöûñđš éẋþöŕţ ·····]</translation>
        </message>
        <message>
            <source>%1 has no valid format_version (a whole number from 1)</source>
            <translation>[%1 ĥàš ñö ṽàļîđ ƒöŕɱàţ_ṽéŕšîöñ (à ŵĥöļé ñûɱƀéŕ ƒŕöɱ 1) ··············]</translation>
        </message>
        <message>
            <source>%1 is format version %2; this Rounds reads up to version %3 — update Rounds</source>
            <translation>[%1 îš ƒöŕɱàţ ṽéŕšîöñ %2; ţĥîš Ŕöûñđš ŕéàđš ûþ ţö ṽéŕšîöñ %3 — ûþđàţé Ŕöûñđš ····················]</translation>
        </message>
        <message>
            <source>%1: unknown key '%2' at the top level</source>
            <translation>[%1: ûñķñöŵñ ķéý '%2' àţ ţĥé ţöþ ļéṽéļ ·········]</translation>
        </message>
        <message>
            <source>%1: table '%2' is not part of a Rounds export</source>
            <translation>[%1: ţàƀļé '%2' îš ñöţ þàŕţ öƒ à Ŕöûñđš éẋþöŕţ ···········]</translation>
        </message>
        <message>
            <source>%1: table %2 must be a list of rows</source>
            <translation>[%1: ţàƀļé %2 ɱûšţ ƀé à ļîšţ öƒ ŕöŵš ········]</translation>
        </message>
        <message>
            <source>%1: %2 must be one of: %3</source>
            <translation>[%1: %2 ɱûšţ ƀé öñé öƒ: %3 ·····]</translation>
        </message>
        <message>
            <source>%1: %2 %3 names no row in %4</source>
            <translation>[%1: %2 %3 ñàɱéš ñö ŕöŵ îñ %4 ······]</translation>
        </message>
        <message>
            <source>%1: table %2 row #%3 must be an object</source>
            <translation>[%1: ţàƀļé %2 ŕöŵ #%3 ɱûšţ ƀé àñ öƀĵéçţ ·········]</translation>
        </message>
        <message>
            <source>%1: table %2 row #%3: id must be a whole number from 1</source>
            <translation>[%1: ţàƀļé %2 ŕöŵ #%3: îđ ɱûšţ ƀé à ŵĥöļé ñûɱƀéŕ ƒŕöɱ 1 ··············]</translation>
        </message>
        <message>
            <source>%1: unknown column '%2'</source>
            <translation>[%1: ûñķñöŵñ çöļûɱñ '%2' ····]</translation>
        </message>
        <message>
            <source>%1: column '%2' cannot be null</source>
            <translation>[%1: çöļûɱñ '%2' çàññöţ ƀé ñûļļ ······]</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>[%1: %2 ·]</translation>
        </message>
        <message>
            <source>%1: missing column '%2'</source>
            <translation>[%1: ɱîššîñĝ çöļûɱñ '%2' ····]</translation>
        </message>
        <message>
            <source>%1: the id appears twice</source>
            <translation>[%1: ţĥé îđ àþþéàŕš ţŵîçé ·····]</translation>
        </message>
        <message>
            <source>%1: %2 %3 names no earlier row in %4</source>
            <translation>[%1: %2 %3 ñàɱéš ñö éàŕļîéŕ ŕöŵ îñ %4 ········]</translation>
        </message>
        <message>
            <source>%1: %2 repeats row id=%3</source>
            <translation>[%1: %2 ŕéþéàţš ŕöŵ îđ=%3 ·····]</translation>
        </message>
        <message>
            <source>export the database</source>
            <translation>[éẋþöŕţ ţĥé đàţàƀàšé ···]</translation>
        </message>
        <message>
            <source>export user accounts with their passwords</source>
            <translation>[éẋþöŕţ ûšéŕ àççöûñţš ŵîţĥ ţĥéîŕ þàššŵöŕđš ··········]</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>[çàññöţ ŵŕîţé %1: %2 ···]</translation>
        </message>
        <message>
            <source>import a database export</source>
            <translation>[îɱþöŕţ à đàţàƀàšé éẋþöŕţ ·····]</translation>
        </message>
        <message>
            <source>the database already holds data; use --merge to add this export to it</source>
            <translation>[ţĥé đàţàƀàšé àļŕéàđý ĥöļđš đàţà; ûšé --ɱéŕĝé ţö àđđ ţĥîš éẋþöŕţ ţö îţ ··················]</translation>
        </message>
        <message>
            <source>%1: its rows break a rule of the database (%2)</source>
            <translation>[%1: îţš ŕöŵš ƀŕéàķ à ŕûļé öƒ ţĥé đàţàƀàšé (%2) ···········]</translation>
        </message>
        <message>
            <source>%1: cannot merge: %2 %3 %4 already exists</source>
            <translation>[%1: çàññöţ ɱéŕĝé: %2 %3 %4 àļŕéàđý éẋîšţš ··········]</translation>
        </message>
        <message>
            <source>Give the name of the translator who reviewed the catalog.</source>
            <translation>[Ĝîṽé ţĥé ñàɱé öƒ ţĥé ţŕàñšļàţöŕ ŵĥö ŕéṽîéŵéđ ţĥé çàţàļöĝ. ···············]</translation>
        </message>
        <message>
            <source>import a census</source>
            <translation>[îɱþöŕţ à çéñšûš ··]</translation>
        </message>
        <message>
            <source>someone changed the same patients or beds while the import ran; nothing was imported — try again</source>
            <translation>[šöɱéöñé çĥàñĝéđ ţĥé šàɱé þàţîéñţš öŕ ƀéđš ŵĥîļé ţĥé îɱþöŕţ ŕàñ; ñöţĥîñĝ ŵàš îɱþöŕţéđ — ţŕý àĝàîñ ··························]</translation>
        </message>
        <message>
            <source>bed %1 is no longer on the ward; nothing was imported</source>
            <translation>[ƀéđ %1 îš ñö ļöñĝéŕ öñ ţĥé ŵàŕđ; ñöţĥîñĝ ŵàš îɱþöŕţéđ ·············]</translation>
        </message>
        <message>
            <source>bed %1 was taken after the import was planned; nothing was imported — plan the import again</source>
            <translation>[ƀéđ %1 ŵàš ţàķéñ àƒţéŕ ţĥé îɱþöŕţ ŵàš þļàññéđ; ñöţĥîñĝ ŵàš îɱþöŕţéđ — þļàñ ţĥé îɱþöŕţ àĝàîñ ·························]</translation>
        </message>
        <message>
            <source>an admission was planned without a ward; nothing was imported</source>
            <translation>[àñ àđɱîššîöñ ŵàš þļàññéđ ŵîţĥöûţ à ŵàŕđ; ñöţĥîñĝ ŵàš îɱþöŕţéđ ················]</translation>
        </message>
        <message>
            <source>patient %1: the expected discharge date is before the admission; nothing was imported</source>
            <translation>[þàţîéñţ %1: ţĥé éẋþéçţéđ đîšçĥàŕĝé đàţé îš ƀéƒöŕé ţĥé àđɱîššîöñ; ñöţĥîñĝ ŵàš îɱþöŕţéđ ·······················]</translation>
        </message>
        <message>
            <source>%1: %2; nothing was imported:
%3</source>
            <translation>[%1: %2; ñöţĥîñĝ ŵàš îɱþöŕţéđ:
%3 ·······]</translation>
        </message>
        <message>
            <source>%1 is not a readable CSV file (%2)</source>
            <translation>[%1 îš ñöţ à ŕéàđàƀļé ÇŠṼ ƒîļé (%2) ········]</translation>
        </message>
        <message>
            <source>%1: the header row must name the columns %2, each once, in any order (%3)</source>
            <translation>[%1: ţĥé ĥéàđéŕ ŕöŵ ɱûšţ ñàɱé ţĥé çöļûɱñš %2, éàçĥ öñçé, îñ àñý öŕđéŕ (%3) ···················]</translation>
        </message>
        <message>
            <source>%1 has no patient rows</source>
            <translation>[%1 ĥàš ñö þàţîéñţ ŕöŵš ····]</translation>
        </message>
        <message>
            <source>find patients</source>
            <translation>[ƒîñđ þàţîéñţš ·]</translation>
        </message>
        <message>
            <source>Bed %1 is on several wards; choose one with --ward.</source>
            <translation>[Ɓéđ %1 îš öñ šéṽéŕàļ ŵàŕđš; çĥööšé öñé ŵîţĥ --ŵàŕđ. ·············]</translation>
        </message>
        <message>
            <source>No patient is in bed %1 or has the MRN %2.</source>
            <translation>[Ñö þàţîéñţ îš îñ ƀéđ %1 öŕ ĥàš ţĥé ṀŔÑ %2. ··········]</translation>
        </message>
        <message>
            <source>export patients</source>
            <translation>[éẋþöŕţ þàţîéñţš ··]</translation>
        </message>
        <message>
            <source>%1 is not FHIR: it has no resourceType</source>
            <translation>[%1 îš ñöţ ƑĤÎŔ: îţ ĥàš ñö ŕéšöûŕçéŢýþé ·········]</translation>
        </message>
        <message>
            <source>%1: the Bundle's entry must be a list</source>
            <translation>[%1: ţĥé Ɓûñđļé'š éñţŕý ɱûšţ ƀé à ļîšţ ·········]</translation>
        </message>
        <message>
            <source>%1: entry %2 is not an object</source>
            <translation>[%1: éñţŕý %2 îš ñöţ àñ öƀĵéçţ ······]</translation>
        </message>
        <message>
            <source>%1: entry %2 has no resourceType</source>
            <translation>[%1: éñţŕý %2 ĥàš ñö ŕéšöûŕçéŢýþé ·······]</translation>
        </message>
        <message>
            <source>%1 is FHIR %2, not R4: export it as FHIR R4</source>
            <translation>[%1 îš ƑĤÎŔ %2, ñöţ Ŕ4: éẋþöŕţ îţ àš ƑĤÎŔ Ŕ4 ··········]</translation>
        </message>
        <message>
            <source>%1: '%2' is not a FHIR R4 resource type (is the file another FHIR version?)</source>
            <translation>[%1: '%2' îš ñöţ à ƑĤÎŔ Ŕ4 ŕéšöûŕçé ţýþé (îš ţĥé ƒîļé àñöţĥéŕ ƑĤÎŔ ṽéŕšîöñ?) ····················]</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>[ɱîššîñĝ ·]</translation>
        </message>
        <message>
            <source>%1 nests too deeply to be FHIR</source>
            <translation>[%1 ñéšţš ţöö đééþļý ţö ƀé ƑĤÎŔ ······]</translation>
        </message>
        <message>
            <source>%1: %2 column '%3' contains a control character; nothing was imported</source>
            <translation>[%1: %2 çöļûɱñ '%3' çöñţàîñš à çöñţŕöļ çĥàŕàçţéŕ; ñöţĥîñĝ ŵàš îɱþöŕţéđ ··················]</translation>
        </message>
        <message>
            <source>%1: %2 column '%3' must be one line but holds a line break; nothing was imported</source>
            <translation>[%1: %2 çöļûɱñ '%3' ɱûšţ ƀé öñé ļîñé ƀûţ ĥöļđš à ļîñé ƀŕéàķ; ñöţĥîñĝ ŵàš îɱþöŕţéđ ·····················]</translation>
        </message>
        <message>
            <source>%1: %2 column '%3' is empty; nothing was imported</source>
            <translation>[%1: %2 çöļûɱñ '%3' îš éɱþţý; ñöţĥîñĝ ŵàš îɱþöŕţéđ ············]</translation>
        </message>
        <message>
            <source>%1: %2 column '%3' is %4 characters long; the limit is %5; nothing was imported</source>
            <translation>[%1: %2 çöļûɱñ '%3' îš %4 çĥàŕàçţéŕš ļöñĝ; ţĥé ļîɱîţ îš %5; ñöţĥîñĝ ŵàš îɱþöŕţéđ ·····················]</translation>
        </message>
        <message>
            <source>%1: %2 column '%3' must be one of: %4; nothing was imported</source>
            <translation>[%1: %2 çöļûɱñ '%3' ɱûšţ ƀé öñé öƒ: %4; ñöţĥîñĝ ŵàš îɱþöŕţéđ ···············]</translation>
        </message>
        <message>
            <source>%1: %2 column '%3' %4; nothing was imported</source>
            <translation>[%1: %2 çöļûɱñ '%3' %4; ñöţĥîñĝ ŵàš îɱþöŕţéđ ··········]</translation>
        </message>
        <message>
            <source>%1 (%2) is not valid FHIR R4: %3</source>
            <translation>[%1 (%2) îš ñöţ ṽàļîđ ƑĤÎŔ Ŕ4: %3 ·······]</translation>
        </message>
        <message>
            <source>There is no ward with id %1.</source>
            <translation>[Ţĥéŕé îš ñö ŵàŕđ ŵîţĥ îđ %1. ······]</translation>
        </message>
        <message>
            <source>The database cannot be reached (%1).</source>
            <translation>[Ţĥé đàţàƀàšé çàññöţ ƀé ŕéàçĥéđ (%1). ········]</translation>
        </message>
        <message>
            <source>Paper must be one of %1.</source>
            <translation>[Þàþéŕ ɱûšţ ƀé öñé öƒ %1. ·····]</translation>
        </message>
        <message>
            <source>The number of days before a field is flagged must be 1 or more.</source>
            <translation>[Ţĥé ñûɱƀéŕ öƒ đàýš ƀéƒöŕé à ƒîéļđ îš ƒļàĝĝéđ ɱûšţ ƀé 1 öŕ ɱöŕé. ················]</translation>
        </message>
        <message>
            <source>ward</source>
            <translation>[ŵàŕđ ·]</translation>
        </message>
        <message>
            <source>print sensitive entries</source>
            <translation>[þŕîñţ šéñšîţîṽé éñţŕîéš ····]</translation>
        </message>
        <message>
            <source>print handoff sheets</source>
            <translation>[þŕîñţ ĥàñđöƒƒ šĥééţš ···]</translation>
        </message>
        <message>
            <source>print discharge summaries</source>
            <translation>[þŕîñţ đîšçĥàŕĝé šûɱɱàŕîéš ·····]</translation>
        </message>
        <message>
            <source>The audience must be one of %1.</source>
            <translation>[Ţĥé àûđîéñçé ɱûšţ ƀé öñé öƒ %1. ·······]</translation>
        </message>
        <message>
            <source>The patient's copy never includes sensitive entries.</source>
            <translation>[Ţĥé þàţîéñţ'š çöþý ñéṽéŕ îñçļûđéš šéñšîţîṽé éñţŕîéš. ·············]</translation>
        </message>
        <message>
            <source>Big print is an option of the patient's copy.</source>
            <translation>[Ɓîĝ þŕîñţ îš àñ öþţîöñ öƒ ţĥé þàţîéñţ'š çöþý. ···········]</translation>
        </message>
        <message>
            <source>record a print</source>
            <translation>[ŕéçöŕđ à þŕîñţ ··]</translation>
        </message>
        <message>
            <source>view wards</source>
            <translation>[ṽîéŵ ŵàŕđš ·]</translation>
        </message>
        <message>
            <source>There are no wards in this database.</source>
            <translation>[Ţĥéŕé àŕé ñö ŵàŕđš îñ ţĥîš đàţàƀàšé. ········]</translation>
        </message>
        <message>
            <source>There is no ward with code or id '%1'.</source>
            <translation>[Ţĥéŕé îš ñö ŵàŕđ ŵîţĥ çöđé öŕ îđ '%1'. ·········]</translation>
        </message>
        <message>
            <source>view patients</source>
            <translation>[ṽîéŵ þàţîéñţš ·]</translation>
        </message>
        <message>
            <source>No current patient has MRN '%1' or bed '%2' on %3.</source>
            <translation>[Ñö çûŕŕéñţ þàţîéñţ ĥàš ṀŔÑ '%1' öŕ ƀéđ '%2' öñ %3. ············]</translation>
        </message>
        <message>
            <source>open actions</source>
            <translation>[öþéñ àçţîöñš ·]</translation>
        </message>
        <message>
            <source>Name who owns the action: a discipline or a person.</source>
            <translation>[Ñàɱé ŵĥö öŵñš ţĥé àçţîöñ: à đîšçîþļîñé öŕ à þéŕšöñ. ·············]</translation>
        </message>
        <message>
            <source>user</source>
            <translation>[ûšéŕ ·]</translation>
        </message>
        <message>
            <source>The due date is before the admission.</source>
            <translation>[Ţĥé đûé đàţé îš ƀéƒöŕé ţĥé àđɱîššîöñ. ·········]</translation>
        </message>
        <message>
            <source>Owner discipline</source>
            <translation>[Öŵñéŕ đîšçîþļîñé ··]</translation>
        </message>
        <message>
            <source>close actions</source>
            <translation>[çļöšé àçţîöñš ·]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[Šţàţûš ·]</translation>
        </message>
        <message>
            <source>Closing an action marks it done or cancelled.</source>
            <translation>[Çļöšîñĝ àñ àçţîöñ ɱàŕķš îţ đöñé öŕ çàñçéļļéđ. ···········]</translation>
        </message>
        <message>
            <source>action</source>
            <translation>[àçţîöñ ·]</translation>
        </message>
        <message>
            <source>This action is closed already.</source>
            <translation>[Ţĥîš àçţîöñ îš çļöšéđ àļŕéàđý. ······]</translation>
        </message>
        <message>
            <source>Only a signed-in user can %1.</source>
            <translation>[Öñļý à šîĝñéđ-îñ ûšéŕ çàñ %1. ······]</translation>
        </message>
        <message>
            <source>Patient %1 is already admitted.</source>
            <translation>[Þàţîéñţ %1 îš àļŕéàđý àđɱîţţéđ. ·······]</translation>
        </message>
        <message>
            <source>The date of birth is in the future.</source>
            <translation>[Ţĥé đàţé öƒ ƀîŕţĥ îš îñ ţĥé ƒûţûŕé. ········]</translation>
        </message>
        <message>
            <source>Bed %1 is not a bed on this ward.</source>
            <translation>[Ɓéđ %1 îš ñöţ à ƀéđ öñ ţĥîš ŵàŕđ. ·······]</translation>
        </message>
        <message>
            <source>Bed %1 is occupied.</source>
            <translation>[Ɓéđ %1 îš öççûþîéđ. ···]</translation>
        </message>
        <message>
            <source>The admission time is in the future.</source>
            <translation>[Ţĥé àđɱîššîöñ ţîɱé îš îñ ţĥé ƒûţûŕé. ········]</translation>
        </message>
        <message>
            <source>The expected discharge date</source>
            <translation>[Ţĥé éẋþéçţéđ đîšçĥàŕĝé đàţé ······]</translation>
        </message>
        <message>
            <source>the admission</source>
            <translation>[ţĥé àđɱîššîöñ ·]</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>[Šéṽéŕîţý ·]</translation>
        </message>
        <message>
            <source>The discharge</source>
            <translation>[Ţĥé đîšçĥàŕĝé ·]</translation>
        </message>
        <message>
            <source>The new order does not list exactly the ward's current patients; reload and try again.</source>
            <translation>[Ţĥé ñéŵ öŕđéŕ đöéš ñöţ ļîšţ éẋàçţļý ţĥé ŵàŕđ'š çûŕŕéñţ þàţîéñţš; ŕéļöàđ àñđ ţŕý àĝàîñ. ·······················]</translation>
        </message>
        <message>
            <source>When it answers</source>
            <translation>[Ŵĥéñ îţ àñšŵéŕš ··]</translation>
        </message>
        <message>
            <source>A teach-back with the patient names no one else.</source>
            <translation>[À ţéàçĥ-ƀàçķ ŵîţĥ ţĥé þàţîéñţ ñàɱéš ñö öñé éļšé. ············]</translation>
        </message>
        <message>
            <source>Understood</source>
            <translation>[Ûñđéŕšţööđ ·]</translation>
        </message>
        <message>
            <source>Record 'no known allergies' as such, not as a substance.</source>
            <translation>[Ŕéçöŕđ 'ñö ķñöŵñ àļļéŕĝîéš' àš šûçĥ, ñöţ àš à šûƀšţàñçé. ··············]</translation>
        </message>
        <message>
            <source>This allergy is already recorded; change that entry instead.</source>
            <translation>[Ţĥîš àļļéŕĝý îš àļŕéàđý ŕéçöŕđéđ; çĥàñĝé ţĥàţ éñţŕý îñšţéàđ. ···············]</translation>
        </message>
        <message>
            <source>That substance is recorded already in another entry.</source>
            <translation>[Ţĥàţ šûƀšţàñçé îš ŕéçöŕđéđ àļŕéàđý îñ àñöţĥéŕ éñţŕý. ·············]</translation>
        </message>
        <message>
            <source>Allergies are recorded for this patient: mark them entered in error or resolved before recording no known allergies.</source>
            <translation>[Àļļéŕĝîéš àŕé ŕéçöŕđéđ ƒöŕ ţĥîš þàţîéñţ: ɱàŕķ ţĥéɱ éñţéŕéđ îñ éŕŕöŕ öŕ ŕéšöļṽéđ ƀéƒöŕé ŕéçöŕđîñĝ ñö ķñöŵñ àļļéŕĝîéš. ································]</translation>
        </message>
        <message>
            <source>the audit key %1 is missing, so nothing can be saved: restore it from your backup, or set ROUNDS_AUDIT_KEY_FILE to the ward's key</source>
            <translation>[ţĥé àûđîţ ķéý %1 îš ɱîššîñĝ, šö ñöţĥîñĝ çàñ ƀé šàṽéđ: ŕéšţöŕé îţ ƒŕöɱ ýöûŕ ƀàçķûþ, öŕ šéţ ŔÖÛÑĐŠ_ÀÛĐÎŢ_ĶÉÝ_ƑÎĻÉ ţö ţĥé ŵàŕđ'š ķéý ····································]</translation>
        </message>
        <message>
            <source>the audit trail does not verify with the audit key %1, so nothing can be saved: every workstation needs the ward's key; run rounds-app audit verify</source>
            <translation>[ţĥé àûđîţ ţŕàîļ đöéš ñöţ ṽéŕîƒý ŵîţĥ ţĥé àûđîţ ķéý %1, šö ñöţĥîñĝ çàñ ƀé šàṽéđ: éṽéŕý ŵöŕķšţàţîöñ ñééđš ţĥé ŵàŕđ'š ķéý; ŕûñ ŕöûñđš-àþþ àûđîţ ṽéŕîƒý ··········································]</translation>
        </message>
        <message>
            <source>Card field</source>
            <translation>[Çàŕđ ƒîéļđ ·]</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>[Ṽöîçé ·]</translation>
        </message>
        <message>
            <source>card field</source>
            <translation>[çàŕđ ƒîéļđ ·]</translation>
        </message>
        <message>
            <source>Choose the discipline this entry speaks for.</source>
            <translation>[Çĥööšé ţĥé đîšçîþļîñé ţĥîš éñţŕý šþéàķš ƒöŕ. ···········]</translation>
        </message>
        <message>
            <source>Discipline</source>
            <translation>[Đîšçîþļîñé ·]</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>[Ķîñđ ·]</translation>
        </message>
        <message>
            <source>Only the author can amend an entry.</source>
            <translation>[Öñļý ţĥé àûţĥöŕ çàñ àɱéñđ àñ éñţŕý. ········]</translation>
        </message>
        <message>
            <source>This entry has been amended since you opened it; amend the newest version.</source>
            <translation>[Ţĥîš éñţŕý ĥàš ƀééñ àɱéñđéđ šîñçé ýöû öþéñéđ îţ; àɱéñđ ţĥé ñéŵéšţ ṽéŕšîöñ. ····················]</translation>
        </message>
        <message>
            <source>The amended entry</source>
            <translation>[Ţĥé àɱéñđéđ éñţŕý ···]</translation>
        </message>
        <message>
            <source>The amendment changes nothing.</source>
            <translation>[Ţĥé àɱéñđɱéñţ çĥàñĝéš ñöţĥîñĝ. ······]</translation>
        </message>
        <message>
            <source>The discharge plan you opened no longer exists; reload the card.</source>
            <translation>[Ţĥé đîšçĥàŕĝé þļàñ ýöû öþéñéđ ñö ļöñĝéŕ éẋîšţš; ŕéļöàđ ţĥé çàŕđ. ·················]</translation>
        </message>
        <message>
            <source>The kind of place</source>
            <translation>[Ţĥé ķîñđ öƒ þļàçé ···]</translation>
        </message>
        <message>
            <source>A booked appointment needs its date and time.</source>
            <translation>[À ƀööķéđ àþþöîñţɱéñţ ñééđš îţš đàţé àñđ ţîɱé. ···········]</translation>
        </message>
        <message>
            <source>A booked appointment needs the kind of place: GP surgery, clinic, home…</source>
            <translation>[À ƀööķéđ àþþöîñţɱéñţ ñééđš ţĥé ķîñđ öƒ þļàçé: ĜÞ šûŕĝéŕý, çļîñîç, ĥöɱé… ···················]</translation>
        </message>
        <message>
            <source>An appointment that is not booked has no time yet: leave it out or tick Booked.</source>
            <translation>[Àñ àþþöîñţɱéñţ ţĥàţ îš ñöţ ƀööķéđ ĥàš ñö ţîɱé ýéţ: ļéàṽé îţ öûţ öŕ ţîçķ Ɓööķéđ. ·····················]</translation>
        </message>
        <message>
            <source>Say who will contact the patient about this appointment.</source>
            <translation>[Šàý ŵĥö ŵîļļ çöñţàçţ ţĥé þàţîéñţ àƀöûţ ţĥîš àþþöîñţɱéñţ. ··············]</translation>
        </message>
        <message>
            <source>The change</source>
            <translation>[Ţĥé çĥàñĝé ·]</translation>
        </message>
        <message>
            <source>Only a pharmacist or a physician can %1.</source>
            <translation>[Öñļý à þĥàŕɱàçîšţ öŕ à þĥýšîçîàñ çàñ %1. ·········]</translation>
        </message>
        <message>
            <source>Keep at least 1 set of downtime sheets.</source>
            <translation>[Ķééþ àţ ļéàšţ 1 šéţ öƒ đöŵñţîɱé šĥééţš. ·········]</translation>
        </message>
        <message>
            <source>%1 is not a folder.</source>
            <translation>[%1 îš ñöţ à ƒöļđéŕ. ···]</translation>
        </message>
        <message>
            <source>A downtime set for %1 already exists.</source>
            <translation>[À đöŵñţîɱé šéţ ƒöŕ %1 àļŕéàđý éẋîšţš. ·········]</translation>
        </message>
        <message>
            <source>Cannot write the downtime sheets to %1: %2.</source>
            <translation>[Çàññöţ ŵŕîţé ţĥé đöŵñţîɱé šĥééţš ţö %1: %2. ··········]</translation>
        </message>
        <message>
            <source>The span ends before it starts.</source>
            <translation>[Ţĥé šþàñ éñđš ƀéƒöŕé îţ šţàŕţš. ·······]</translation>
        </message>
        <message>
            <source>Choose a span of at most %1 days.</source>
            <translation>[Çĥööšé à šþàñ öƒ àţ ɱöšţ %1 đàýš. ·······]</translation>
        </message>
        <message>
            <source>There is no %1 with id %2.</source>
            <translation>[Ţĥéŕé îš ñö %1 ŵîţĥ îđ %2. ·····]</translation>
        </message>
        <message>
            <source>resuscitation decision</source>
            <translation>[ŕéšûšçîţàţîöñ đéçîšîöñ ····]</translation>
        </message>
        <message>
            <source>safety check</source>
            <translation>[šàƒéţý çĥéçķ ·]</translation>
        </message>
        <message>
            <source>%1 contains a control character; remove it and save again.</source>
            <translation>[%1 çöñţàîñš à çöñţŕöļ çĥàŕàçţéŕ; ŕéɱöṽé îţ àñđ šàṽé àĝàîñ. ···············]</translation>
        </message>
        <message>
            <source>%1 must be one line but holds a line break; put it on one line.</source>
            <translation>[%1 ɱûšţ ƀé öñé ļîñé ƀûţ ĥöļđš à ļîñé ƀŕéàķ; þûţ îţ öñ öñé ļîñé. ················]</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>[%1 îš éɱþţý. ·]</translation>
        </message>
        <message>
            <source>%1 is %2 characters long; the limit is %3.</source>
            <translation>[%1 îš %2 çĥàŕàçţéŕš ļöñĝ; ţĥé ļîɱîţ îš %3. ··········]</translation>
        </message>
        <message>
            <source>%1 must be one of: %2.</source>
            <translation>[%1 ɱûšţ ƀé öñé öƒ: %2. ····]</translation>
        </message>
        <message>
            <source>%1 %2.</source>
            <translation>[%1 %2. ·]</translation>
        </message>
        <message>
            <source>%1 %2 was changed by %3 (version %4) after you opened version %5.</source>
            <translation>[%1 %2 ŵàš çĥàñĝéđ ƀý %3 (ṽéŕšîöñ %4) àƒţéŕ ýöû öþéñéđ ṽéŕšîöñ %5. ·················]</translation>
        </message>
        <message>
            <source>There is no admission with id %1.</source>
            <translation>[Ţĥéŕé îš ñö àđɱîššîöñ ŵîţĥ îđ %1. ·······]</translation>
        </message>
        <message>
            <source>add contingencies</source>
            <translation>[àđđ çöñţîñĝéñçîéš ···]</translation>
        </message>
        <message>
            <source>retire contingencies</source>
            <translation>[ŕéţîŕé çöñţîñĝéñçîéš ···]</translation>
        </message>
        <message>
            <source>contingency</source>
            <translation>[çöñţîñĝéñçý ·]</translation>
        </message>
        <message>
            <source>An administrator account cannot %1.</source>
            <translation>[Àñ àđɱîñîšţŕàţöŕ àççöûñţ çàññöţ %1. ········]</translation>
        </message>
        <message>
            <source>A charge nurse account cannot %1.</source>
            <translation>[À çĥàŕĝé ñûŕšé àççöûñţ çàññöţ %1. ·······]</translation>
        </message>
        <message>
            <source>A clinician account cannot %1.</source>
            <translation>[À çļîñîçîàñ àççöûñţ çàññöţ %1. ······]</translation>
        </message>
        <message>
            <source>A ward display account cannot %1.</source>
            <translation>[À ŵàŕđ đîšþļàý àççöûñţ çàññöţ %1. ·······]</translation>
        </message>
        <message>
            <source>admit patients</source>
            <translation>[àđɱîţ þàţîéñţš ··]</translation>
        </message>
        <message>
            <source>move patients between beds</source>
            <translation>[ɱöṽé þàţîéñţš ƀéţŵééñ ƀéđš ·····]</translation>
        </message>
        <message>
            <source>discharge patients</source>
            <translation>[đîšçĥàŕĝé þàţîéñţš ···]</translation>
        </message>
        <message>
            <source>edit the clinical summary</source>
            <translation>[éđîţ ţĥé çļîñîçàļ šûɱɱàŕý ·····]</translation>
        </message>
        <message>
            <source>reorder the round</source>
            <translation>[ŕéöŕđéŕ ţĥé ŕöûñđ ···]</translation>
        </message>
        <message>
            <source>edit discharge plans</source>
            <translation>[éđîţ đîšçĥàŕĝé þļàñš ···]</translation>
        </message>
        <message>
            <source>discharge plan</source>
            <translation>[đîšçĥàŕĝé þļàñ ··]</translation>
        </message>
        <message>
            <source>pending test</source>
            <translation>[þéñđîñĝ ţéšţ ·]</translation>
        </message>
        <message>
            <source>number to call</source>
            <translation>[ñûɱƀéŕ ţö çàļļ ··]</translation>
        </message>
        <message>
            <source>record a teach-back</source>
            <translation>[ŕéçöŕđ à ţéàçĥ-ƀàçķ ···]</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>[þàţîéñţ ·]</translation>
        </message>
        <message>
            <source>record allergies</source>
            <translation>[ŕéçöŕđ àļļéŕĝîéš ··]</translation>
        </message>
        <message>
            <source>allergy</source>
            <translation>[àļļéŕĝý ·]</translation>
        </message>
        <message>
            <source>view the ward</source>
            <translation>[ṽîéŵ ţĥé ŵàŕđ ·]</translation>
        </message>
        <message>
            <source>read patient cards</source>
            <translation>[ŕéàđ þàţîéñţ çàŕđš ···]</translation>
        </message>
        <message>
            <source>edit narrative cards</source>
            <translation>[éđîţ ñàŕŕàţîṽé çàŕđš ···]</translation>
        </message>
        <message>
            <source>read narrative cards</source>
            <translation>[ŕéàđ ñàŕŕàţîṽé çàŕđš ···]</translation>
        </message>
        <message>
            <source>revisit goals of care</source>
            <translation>[ŕéṽîšîţ ĝöàļš öƒ çàŕé ····]</translation>
        </message>
        <message>
            <source>add contributions</source>
            <translation>[àđđ çöñţŕîƀûţîöñš ···]</translation>
        </message>
        <message>
            <source>amend contributions</source>
            <translation>[àɱéñđ çöñţŕîƀûţîöñš ···]</translation>
        </message>
        <message>
            <source>contribution</source>
            <translation>[çöñţŕîƀûţîöñ ·]</translation>
        </message>
        <message>
            <source>read contributions</source>
            <translation>[ŕéàđ çöñţŕîƀûţîöñš ···]</translation>
        </message>
        <message>
            <source>admission</source>
            <translation>[àđɱîššîöñ ·]</translation>
        </message>
        <message>
            <source>checklist item</source>
            <translation>[çĥéçķļîšţ îţéɱ ··]</translation>
        </message>
        <message>
            <source>tick the discharge checklist</source>
            <translation>[ţîçķ ţĥé đîšçĥàŕĝé çĥéçķļîšţ ······]</translation>
        </message>
        <message>
            <source>follow-up appointment</source>
            <translation>[ƒöļļöŵ-ûþ àþþöîñţɱéñţ ····]</translation>
        </message>
        <message>
            <source>medication change</source>
            <translation>[ɱéđîçàţîöñ çĥàñĝé ···]</translation>
        </message>
        <message>
            <source>decide a medication change</source>
            <translation>[đéçîđé à ɱéđîçàţîöñ çĥàñĝé ·····]</translation>
        </message>
        <message>
            <source>record the medicines reconciliation</source>
            <translation>[ŕéçöŕđ ţĥé ɱéđîçîñéš ŕéçöñçîļîàţîöñ ········]</translation>
        </message>
        <message>
            <source>print downtime sheets</source>
            <translation>[þŕîñţ đöŵñţîɱé šĥééţš ····]</translation>
        </message>
        <message>
            <source>record a downtime print</source>
            <translation>[ŕéçöŕđ à đöŵñţîɱé þŕîñţ ····]</translation>
        </message>
        <message>
            <source>view ward insights</source>
            <translation>[ṽîéŵ ŵàŕđ îñšîĝĥţš ···]</translation>
        </message>
        <message>
            <source>This patient has been discharged; the admission is archived.</source>
            <translation>[Ţĥîš þàţîéñţ ĥàš ƀééñ đîšçĥàŕĝéđ; ţĥé àđɱîššîöñ îš àŕçĥîṽéđ. ···············]</translation>
        </message>
        <message>
            <source>That round is not a round of this patient's ward.</source>
            <translation>[Ţĥàţ ŕöûñđ îš ñöţ à ŕöûñđ öƒ ţĥîš þàţîéñţ'š ŵàŕđ. ············]</translation>
        </message>
        <message>
            <source>That round has ended.</source>
            <translation>[Ţĥàţ ŕöûñđ ĥàš éñđéđ. ····]</translation>
        </message>
        <message>
            <source>read actions</source>
            <translation>[ŕéàđ àçţîöñš ·]</translation>
        </message>
        <message>
            <source>The %1 score must be a whole number from 0 to 10.</source>
            <translation>[Ţĥé %1 šçöŕé ɱûšţ ƀé à ŵĥöļé ñûɱƀéŕ ƒŕöɱ 0 ţö 10. ············]</translation>
        </message>
        <message>
            <source>The %1 score must be from 0 to 10.</source>
            <translation>[Ţĥé %1 šçöŕé ɱûšţ ƀé ƒŕöɱ 0 ţö 10. ········]</translation>
        </message>
        <message>
            <source>Record at least one score: pain, feeling or breathlessness.</source>
            <translation>[Ŕéçöŕđ àţ ļéàšţ öñé šçöŕé: þàîñ, ƒééļîñĝ öŕ ƀŕéàţĥļéššñéšš. ···············]</translation>
        </message>
        <message>
            <source>record patient-reported outcomes</source>
            <translation>[ŕéçöŕđ þàţîéñţ-ŕéþöŕţéđ öûţçöɱéš ·······]</translation>
        </message>
        <message>
            <source>read patient-reported outcomes</source>
            <translation>[ŕéàđ þàţîéñţ-ŕéþöŕţéđ öûţçöɱéš ······]</translation>
        </message>
        <message>
            <source>read case reviews</source>
            <translation>[ŕéàđ çàšé ŕéṽîéŵš ···]</translation>
        </message>
        <message>
            <source>case review</source>
            <translation>[çàšé ŕéṽîéŵ ·]</translation>
        </message>
        <message>
            <source>write case reviews</source>
            <translation>[ŵŕîţé çàšé ŕéṽîéŵš ···]</translation>
        </message>
        <message>
            <source>This review is final; amend a section instead.</source>
            <translation>[Ţĥîš ŕéṽîéŵ îš ƒîñàļ; àɱéñđ à šéçţîöñ îñšţéàđ. ···········]</translation>
        </message>
        <message>
            <source>This review is already final.</source>
            <translation>[Ţĥîš ŕéṽîéŵ îš àļŕéàđý ƒîñàļ. ······]</translation>
        </message>
        <message>
            <source>Write “%1” before making the review final.</source>
            <translation>[Ŵŕîţé “%1” ƀéƒöŕé ɱàķîñĝ ţĥé ŕéṽîéŵ ƒîñàļ. ··········]</translation>
        </message>
        <message>
            <source>amend case reviews</source>
            <translation>[àɱéñđ çàšé ŕéṽîéŵš ···]</translation>
        </message>
        <message>
            <source>Only a final review is amended; edit the draft instead.</source>
            <translation>[Öñļý à ƒîñàļ ŕéṽîéŵ îš àɱéñđéđ; éđîţ ţĥé đŕàƒţ îñšţéàđ. ··············]</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>[Šéçţîöñ ·]</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>[Þàŕţîçîþàñţ ·]</translation>
        </message>
        <message>
            <source>view ward rounds</source>
            <translation>[ṽîéŵ ŵàŕđ ŕöûñđš ··]</translation>
        </message>
        <message>
            <source>ward round</source>
            <translation>[ŵàŕđ ŕöûñđ ·]</translation>
        </message>
        <message>
            <source>%1 is in the future.</source>
            <translation>[%1 îš îñ ţĥé ƒûţûŕé. ···]</translation>
        </message>
        <message>
            <source>record resuscitation decisions</source>
            <translation>[ŕéçöŕđ ŕéšûšçîţàţîöñ đéçîšîöñš ······]</translation>
        </message>
        <message>
            <source>Resuscitation status</source>
            <translation>[Ŕéšûšçîţàţîöñ šţàţûš ···]</translation>
        </message>
        <message>
            <source>Ceiling of treatment</source>
            <translation>[Çéîļîñĝ öƒ ţŕéàţɱéñţ ···]</translation>
        </message>
        <message>
            <source>The date decided</source>
            <translation>[Ţĥé đàţé đéçîđéđ ··]</translation>
        </message>
        <message>
            <source>record safety checks</source>
            <translation>[ŕéçöŕđ šàƒéţý çĥéçķš ···]</translation>
        </message>
        <message>
            <source>Safety item</source>
            <translation>[Šàƒéţý îţéɱ ·]</translation>
        </message>
        <message>
            <source>%1 '%2' is not one of: %3.</source>
            <translation>[%1 '%2' îš ñöţ öñé öƒ: %3. ·····]</translation>
        </message>
        <message>
            <source>The date since</source>
            <translation>[Ţĥé đàţé šîñçé ··]</translation>
        </message>
        <message>
            <source>edit a patient's identity</source>
            <translation>[éđîţ à þàţîéñţ'š îđéñţîţý ·····]</translation>
        </message>
        <message>
            <source>read safety facts</source>
            <translation>[ŕéàđ šàƒéţý ƒàçţš ···]</translation>
        </message>
        <message>
            <source>Fact '%1' is not one of: %2.</source>
            <translation>[Ƒàçţ '%1' îš ñöţ öñé öƒ: %2. ······]</translation>
        </message>
        <message>
            <source>record contacts</source>
            <translation>[ŕéçöŕđ çöñţàçţš ··]</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>[çöñţàçţ ·]</translation>
        </message>
        <message>
            <source>record medicines</source>
            <translation>[ŕéçöŕđ ɱéđîçîñéš ··]</translation>
        </message>
        <message>
            <source>medicine</source>
            <translation>[ɱéđîçîñé ·]</translation>
        </message>
        <message>
            <source>There is no %1 with id %2 for this patient.</source>
            <translation>[Ţĥéŕé îš ñö %1 ŵîţĥ îđ %2 ƒöŕ ţĥîš þàţîéñţ. ··········]</translation>
        </message>
        <message>
            <source>This %1 is on the list already; change that entry instead.</source>
            <translation>[Ţĥîš %1 îš öñ ţĥé ļîšţ àļŕéàđý; çĥàñĝé ţĥàţ éñţŕý îñšţéàđ. ···············]</translation>
        </message>
        <message>
            <source>That name is on the list already, in another %1 entry.</source>
            <translation>[Ţĥàţ ñàɱé îš öñ ţĥé ļîšţ àļŕéàđý, îñ àñöţĥéŕ %1 éñţŕý. ··············]</translation>
        </message>
        <message>
            <source>The password is shorter than %1 characters.</source>
            <translation>[Ţĥé þàššŵöŕđ îš šĥöŕţéŕ ţĥàñ %1 çĥàŕàçţéŕš. ··········]</translation>
        </message>
        <message>
            <source>The password is longer than %1 characters.</source>
            <translation>[Ţĥé þàššŵöŕđ îš ļöñĝéŕ ţĥàñ %1 çĥàŕàçţéŕš. ··········]</translation>
        </message>
        <message>
            <source>manage user accounts</source>
            <translation>[ɱàñàĝé ûšéŕ àççöûñţš ···]</translation>
        </message>
        <message>
            <source>The username '%1' is taken.</source>
            <translation>[Ţĥé ûšéŕñàɱé '%1' îš ţàķéñ. ······]</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>[Ŕöļé ·]</translation>
        </message>
        <message>
            <source>sign in</source>
            <translation>[šîĝñ îñ ·]</translation>
        </message>
        <message>
            <source>There is no user '%1'.</source>
            <translation>[Ţĥéŕé îš ñö ûšéŕ '%1'. ····]</translation>
        </message>
        <message>
            <source>unlock user accounts</source>
            <translation>[ûñļöçķ ûšéŕ àççöûñţš ···]</translation>
        </message>
        <message>
            <source>change a password</source>
            <translation>[çĥàñĝé à þàššŵöŕđ ···]</translation>
        </message>
        <message>
            <source>change another user's password</source>
            <translation>[çĥàñĝé àñöţĥéŕ ûšéŕ'š þàššŵöŕđ ······]</translation>
        </message>
        <message>
            <source>list user accounts</source>
            <translation>[ļîšţ ûšéŕ àççöûñţš ···]</translation>
        </message>
        <message>
            <source>This database has accounts already; sign in instead.</source>
            <translation>[Ţĥîš đàţàƀàšé ĥàš àççöûñţš àļŕéàđý; šîĝñ îñ îñšţéàđ. ·············]</translation>
        </message>
        <message>
            <source>You cannot take away your own administrator role.</source>
            <translation>[Ýöû çàññöţ ţàķé àŵàý ýöûŕ öŵñ àđɱîñîšţŕàţöŕ ŕöļé. ············]</translation>
        </message>
        <message>
            <source>%1 may hold only digits, spaces, +, (, ) and -.</source>
            <translation>[%1 ɱàý ĥöļđ öñļý đîĝîţš, šþàçéš, +, (, ) àñđ -. ············]</translation>
        </message>
        <message>
            <source>%1 is before %2.</source>
            <translation>[%1 îš ƀéƒöŕé %2. ··]</translation>
        </message>
        <message>
            <source>This entry is marked sensitive.</source>
            <translation>[Ţĥîš éñţŕý îš ɱàŕķéđ šéñšîţîṽé. ·······]</translation>
        </message>
        <message>
            <source>run ward rounds</source>
            <translation>[ŕûñ ŵàŕđ ŕöûñđš ··]</translation>
        </message>
        <message>
            <source>A round is already running on this ward.</source>
            <translation>[À ŕöûñđ îš àļŕéàđý ŕûññîñĝ öñ ţĥîš ŵàŕđ. ·········]</translation>
        </message>
        <message>
            <source>The time per patient is between 30 seconds and an hour.</source>
            <translation>[Ţĥé ţîɱé þéŕ þàţîéñţ îš ƀéţŵééñ 30 šéçöñđš àñđ àñ ĥöûŕ. ··············]</translation>
        </message>
        <message>
            <source>This round has ended.</source>
            <translation>[Ţĥîš ŕöûñđ ĥàš éñđéđ. ····]</translation>
        </message>
        <message>
            <source>This patient is not in the round.</source>
            <translation>[Ţĥîš þàţîéñţ îš ñöţ îñ ţĥé ŕöûñđ. ·······]</translation>
        </message>
        <message>
            <source>Time spent cannot be negative.</source>
            <translation>[Ţîɱé šþéñţ çàññöţ ƀé ñéĝàţîṽé. ······]</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>[Öûţçöɱé ·]</translation>
        </message>
        <message>
            <source>create wards</source>
            <translation>[çŕéàţé ŵàŕđš ·]</translation>
        </message>
        <message>
            <source>A ward with code '%1' exists already.</source>
            <translation>[À ŵàŕđ ŵîţĥ çöđé '%1' éẋîšţš àļŕéàđý. ·········]</translation>
        </message>
        <message>
            <source>Two beds have the same label.</source>
            <translation>[Ţŵö ƀéđš ĥàṽé ţĥé šàɱé ļàƀéļ. ······]</translation>
        </message>
        <message>
            <source>add beds</source>
            <translation>[àđđ ƀéđš ·]</translation>
        </message>
        <message>
            <source>Ward %1 already has a bed '%2'.</source>
            <translation>[Ŵàŕđ %1 àļŕéàđý ĥàš à ƀéđ '%2'. ·······]</translation>
        </message>
        <message>
            <source>There is no ward '%1'.</source>
            <translation>[Ţĥéŕé îš ñö ŵàŕđ '%1'. ····]</translation>
        </message>
        <message>
            <source>view beds</source>
            <translation>[ṽîéŵ ƀéđš ·]</translation>
        </message>
        <message>
            <source>the site settings %1 cannot be read: %2</source>
            <translation>[ţĥé šîţé šéţţîñĝš %1 çàññöţ ƀé ŕéàđ: %2 ·········]</translation>
        </message>
        <message>
            <source>the site settings %1 name unknown settings: %2</source>
            <translation>[ţĥé šîţé šéţţîñĝš %1 ñàɱé ûñķñöŵñ šéţţîñĝš: %2 ···········]</translation>
        </message>
        <message>
            <source>the site settings %1: enforce must list some of %2</source>
            <translation>[ţĥé šîţé šéţţîñĝš %1: éñƒöŕçé ɱûšţ ļîšţ šöɱé öƒ %2 ············]</translation>
        </message>
        <message>
            <source>the site settings %1: %2 must be a non-empty text</source>
            <translation>[ţĥé šîţé šéţţîñĝš %1: %2 ɱûšţ ƀé à ñöñ-éɱþţý ţéẋţ ············]</translation>
        </message>
        <message>
            <source>the site settings %1: lock_after_minutes must be a number</source>
            <translation>[ţĥé šîţé šéţţîñĝš %1: ļöçķ_àƒţéŕ_ɱîñûţéš ɱûšţ ƀé à ñûɱƀéŕ ···············]</translation>
        </message>
        <message>
            <source>the site settings %1: lock_after_minutes must be above 0 and at most %2</source>
            <translation>[ţĥé šîţé šéţţîñĝš %1: ļöçķ_àƒţéŕ_ɱîñûţéš ɱûšţ ƀé àƀöṽé 0 àñđ àţ ɱöšţ %2 ···················]</translation>
        </message>
        <message>
            <source>the site settings %1: downtime_folder must be a full path</source>
            <translation>[ţĥé šîţé šéţţîñĝš %1: đöŵñţîɱé_ƒöļđéŕ ɱûšţ ƀé à ƒûļļ þàţĥ ···············]</translation>
        </message>
        <message>
            <source>this database holds tables that are not a Rounds database</source>
            <translation>[ţĥîš đàţàƀàšé ĥöļđš ţàƀļéš ţĥàţ àŕé ñöţ à Ŕöûñđš đàţàƀàšé ···············]</translation>
        </message>
        <message>
            <source>this database was written by a newer Rounds (schema %1); update Rounds</source>
            <translation>[ţĥîš đàţàƀàšé ŵàš ŵŕîţţéñ ƀý à ñéŵéŕ Ŕöûñđš (šçĥéɱà %1); ûþđàţé Ŕöûñđš ··················]</translation>
        </message>
    </context>
    <context>
        <name>Sheets</name>
        <message>
            <source>Ward handoff sheet</source>
            <translation>[Ŵàŕđ ĥàñđöƒƒ šĥééţ ···]</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>[Ŵàŕđ ·]</translation>
        </message>
        <message>
            <source>Discharge summary for the patient and family</source>
            <translation>[Đîšçĥàŕĝé šûɱɱàŕý ƒöŕ ţĥé þàţîéñţ àñđ ƒàɱîļý ···········]</translation>
        </message>
        <message>
            <source>Discharge summary for the team</source>
            <translation>[Đîšçĥàŕĝé šûɱɱàŕý ƒöŕ ţĥé ţéàɱ ······]</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>[Þàţîéñţ ·]</translation>
        </message>
        <message>
            <source>Bed</source>
            <translation>[Ɓéđ ·]</translation>
        </message>
        <message>
            <source>no bed</source>
            <translation>[ñö ƀéđ ·]</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to Rounds</source>
            <translation>[Šîĝñ îñ ţö Ŕöûñđš ···]</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>[Ŕöûñđš ·]</translation>
        </message>
        <message>
            <source>Sign in with your ward account.</source>
            <translation>[Šîĝñ îñ ŵîţĥ ýöûŕ ŵàŕđ àççöûñţ. ·······]</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>[Ûšéŕñàɱé ·]</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>[Þàššŵöŕđ ·]</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>[&amp;Ušéŕñàɱé ·]</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>[&amp;Pàššŵöŕđ ·]</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>[Šîĝñ îñ ·]</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>[Ǫûîţ ·]</translation>
        </message>
        <message>
            <source>Enter your username.</source>
            <translation>[Éñţéŕ ýöûŕ ûšéŕñàɱé. ···]</translation>
        </message>
    </context>
    <context>
        <name>SlideWords</name>
        <message>
            <source>Admitted today</source>
            <translation>[Àđɱîţţéđ ţöđàý ··]</translation>
        </message>
        <message>
            <source>Admitted yesterday</source>
            <translation>[Àđɱîţţéđ ýéšţéŕđàý ···]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days in hospital</source>
            <translation>
                <numerusform>[%Ln đàýš îñ ĥöšþîţàļ ···]</numerusform>
                <numerusform>[%Ln đàýš îñ ĥöšþîţàļ ···]</numerusform>
            </translation>
        </message>
        <message>
            <source>No discharge date yet</source>
            <translation>[Ñö đîšçĥàŕĝé đàţé ýéţ ····]</translation>
        </message>
        <message>
            <source>Expected home yesterday</source>
            <translation>[Éẋþéçţéđ ĥöɱé ýéšţéŕđàý ····]</translation>
        </message>
        <message>
            <source>Expected home today</source>
            <translation>[Éẋþéçţéđ ĥöɱé ţöđàý ···]</translation>
        </message>
        <message>
            <source>Expected home tomorrow</source>
            <translation>[Éẋþéçţéđ ĥöɱé ţöɱöŕŕöŵ ····]</translation>
        </message>
        <message numerus="yes">
            <source>Expected home in %Ln days</source>
            <translation>
                <numerusform>[Éẋþéçţéđ ĥöɱé îñ %Ln đàýš ·····]</numerusform>
                <numerusform>[Éẋþéçţéđ ĥöɱé îñ %Ln đàýš ·····]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expected home %Ln days ago</source>
            <translation>
                <numerusform>[Éẋþéçţéđ ĥöɱé %Ln đàýš àĝö ·····]</numerusform>
                <numerusform>[Éẋþéçţéđ ĥöɱé %Ln đàýš àĝö ·····]</numerusform>
            </translation>
        </message>
        <message>
            <source>%1  ·  %2</source>
            <translation>[%1  ·  %2 ·]</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>[Þàîñ ·]</translation>
        </message>
        <message>
            <source>Feeling</source>
            <translation>[Ƒééļîñĝ ·]</translation>
        </message>
        <message>
            <source>Breathless</source>
            <translation>[Ɓŕéàţĥļéšš ·]</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>[%1 %2 ·]</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>[“%1” ·]</translation>
        </message>
        <message>
            <source>No goals of care written yet.</source>
            <translation>[Ñö ĝöàļš öƒ çàŕé ŵŕîţţéñ ýéţ. ······]</translation>
        </message>
        <message>
            <source>Never revisited</source>
            <translation>[Ñéṽéŕ ŕéṽîšîţéđ ··]</translation>
        </message>
        <message>
            <source>Not revisited since the severity changed</source>
            <translation>[Ñöţ ŕéṽîšîţéđ šîñçé ţĥé šéṽéŕîţý çĥàñĝéđ ·········]</translation>
        </message>
        <message numerus="yes">
            <source>Not revisited for %Ln days</source>
            <translation>
                <numerusform>[Ñöţ ŕéṽîšîţéđ ƒöŕ %Ln đàýš ·····]</numerusform>
                <numerusform>[Ñöţ ŕéṽîšîţéđ ƒöŕ %Ln đàýš ·····]</numerusform>
            </translation>
        </message>
        <message>
            <source>Revisited today</source>
            <translation>[Ŕéṽîšîţéđ ţöđàý ··]</translation>
        </message>
        <message>
            <source>Revisited yesterday</source>
            <translation>[Ŕéṽîšîţéđ ýéšţéŕđàý ···]</translation>
        </message>
        <message numerus="yes">
            <source>Revisited %Ln days ago</source>
            <translation>
                <numerusform>[Ŕéṽîšîţéđ %Ln đàýš àĝö ····]</numerusform>
                <numerusform>[Ŕéṽîšîţéđ %Ln đàýš àĝö ····]</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>[%1 (%2) ·]</translation>
        </message>
        <message>
            <source>Nothing new since the last round.</source>
            <translation>[Ñöţĥîñĝ ñéŵ šîñçé ţĥé ļàšţ ŕöûñđ. ·······]</translation>
        </message>
        <message>
            <source>No discharge plan yet</source>
            <translation>[Ñö đîšçĥàŕĝé þļàñ ýéţ ····]</translation>
        </message>
        <message>
            <source>No readiness checklist yet</source>
            <translation>[Ñö ŕéàđîñéšš çĥéçķļîšţ ýéţ ·····]</translation>
        </message>
        <message>
            <source>%1 of %2 ready</source>
            <translation>[%1 öƒ %2 ŕéàđý ··]</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>[Çĥéçķļîšţ ·]</translation>
        </message>
        <message>
            <source>Going to</source>
            <translation>[Ĝöîñĝ ţö ·]</translation>
        </message>
        <message>
            <source>Barriers</source>
            <translation>[Ɓàŕŕîéŕš ·]</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>[Ñö öŵñéŕ ·]</translation>
        </message>
        <message>
            <source>%1 — overdue: due %2</source>
            <translation>[%1 — öṽéŕđûé: đûé %2 ···]</translation>
        </message>
        <message>
            <source>%1 — due %2</source>
            <translation>[%1 — đûé %2 ·]</translation>
        </message>
        <message>
            <source>No open actions.</source>
            <translation>[Ñö öþéñ àçţîöñš. ··]</translation>
        </message>
        <message>
            <source>If</source>
            <translation>[Îƒ ·]</translation>
        </message>
        <message>
            <source>%1  →  %2</source>
            <translation>[%1  →  %2 ·]</translation>
        </message>
        <message>
            <source>No if/then plans.</source>
            <translation>[Ñö îƒ/ţĥéñ þļàñš. ···]</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>Rounds — ward-room screen</source>
            <translation>[Ŕöûñđš — ŵàŕđ-ŕööɱ šçŕééñ ·····]</translation>
        </message>
        <message>
            <source>Rounds — console</source>
            <translation>[Ŕöûñđš — çöñšöļé ··]</translation>
        </message>
        <message>
            <source>This screen, beside the console</source>
            <translation>[Ţĥîš šçŕééñ, ƀéšîđé ţĥé çöñšöļé ·······]</translation>
        </message>
        <message>
            <source>Screen %1: %2 (%3×%4)</source>
            <translation>[Šçŕééñ %1: %2 (%3×%4) ····]</translation>
        </message>
    </context>
    <context>
        <name>StartRoundDialog</name>
        <message>
            <source>Start a round</source>
            <translation>[Šţàŕţ à ŕöûñđ ·]</translation>
        </message>
        <message>
            <source>Round of %1</source>
            <translation>[Ŕöûñđ öƒ %1 ·]</translation>
        </message>
        <message>
            <source>Minutes per patient</source>
            <translation>[Ṁîñûţéš þéŕ þàţîéñţ ···]</translation>
        </message>
        <message>
            <source> min</source>
            <translation>[ ɱîñ ·]</translation>
        </message>
        <message>
            <source>&amp;Time per patient</source>
            <translation>[&amp;Tîɱé þéŕ þàţîéñţ ···]</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>[Šţàŕţ ·]</translation>
        </message>
    </context>
    <context>
        <name>SummaryPanel</name>
        <message>
            <source>The round is over</source>
            <translation>[Ţĥé ŕöûñđ îš öṽéŕ ···]</translation>
        </message>
        <message>
            <source>Each patient's outcome</source>
            <translation>[Éàçĥ þàţîéñţ'š öûţçöɱé ····]</translation>
        </message>
        <message>
            <source>Close rounds mode</source>
            <translation>[Çļöšé ŕöûñđš ɱöđé ···]</translation>
        </message>
        <message>
            <source>Close rounds mode (Enter or Esc)</source>
            <translation>[Çļöšé ŕöûñđš ɱöđé (Éñţéŕ öŕ Éšç) ·······]</translation>
        </message>
        <message>
            <source>actions: %1, read back: %2, entries: %3</source>
            <translation>[àçţîöñš: %1, ŕéàđ ƀàçķ: %2, éñţŕîéš: %3 ·········]</translation>
        </message>
        <message>
            <source>No bed</source>
            <translation>[Ñö ƀéđ ·]</translation>
        </message>
    </context>
    <context>
        <name>TabNames</name>
        <message>
            <source>&amp;Card</source>
            <translation>[&amp;Càŕđ ·]</translation>
        </message>
        <message>
            <source>C&amp;ontributions</source>
            <translation>[Ç&amp;oñţŕîƀûţîöñš ··]</translation>
        </message>
        <message>
            <source>Actions &amp;&amp; &amp;if/then</source>
            <translation>[Àçţîöñš &amp;&amp; &amp;iƒ/ţĥéñ ···]</translation>
        </message>
        <message>
            <source>Disc&amp;harge plan</source>
            <translation>[Đîšç&amp;hàŕĝé þļàñ ··]</translation>
        </message>
        <message>
            <source>Safet&amp;y</source>
            <translation>[Šàƒéţ&amp;y ·]</translation>
        </message>
    </context>
    <context>
        <name>TeachBacksSection</name>
        <message>
            <source>Teach-back</source>
            <translation>[Ţéàçĥ-ƀàçķ ·]</translation>
        </message>
        <message>
            <source>No teach-back recorded yet.</source>
            <translation>[Ñö ţéàçĥ-ƀàçķ ŕéçöŕđéđ ýéţ. ······]</translation>
        </message>
        <message>
            <source>Record teach-back</source>
            <translation>[Ŕéçöŕđ ţéàçĥ-ƀàçķ ···]</translation>
        </message>
        <message>
            <source>When to take the water tablet; signs to call for</source>
            <translation>[Ŵĥéñ ţö ţàķé ţĥé ŵàţéŕ ţàƀļéţ; šîĝñš ţö çàļļ ƒöŕ ············]</translation>
        </message>
        <message>
            <source>Their name</source>
            <translation>[Ţĥéîŕ ñàɱé ·]</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>[Çĥööšé… ·]</translation>
        </message>
        <message>
            <source>What was taught</source>
            <translation>[Ŵĥàţ ŵàš ţàûĝĥţ ··]</translation>
        </message>
        <message>
            <source>Taught to</source>
            <translation>[Ţàûĝĥţ ţö ·]</translation>
        </message>
        <message>
            <source>Said it back</source>
            <translation>[Šàîđ îţ ƀàçķ ·]</translation>
        </message>
        <message>
            <source>With the patient</source>
            <translation>[Ŵîţĥ ţĥé þàţîéñţ ··]</translation>
        </message>
        <message>
            <source>With %1 (family)</source>
            <translation>[Ŵîţĥ %1 (ƒàɱîļý) ··]</translation>
        </message>
        <message>
            <source>With %1 (carer)</source>
            <translation>[Ŵîţĥ %1 (çàŕéŕ) ··]</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>[%1 — %2 ·]</translation>
        </message>
        <message>
            <source>%1 · taught by %2, %3</source>
            <translation>[%1 · ţàûĝĥţ ƀý %2, %3 ····]</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>[šöɱéöñé ·]</translation>
        </message>
        <message>
            <source>Signed as %1, now</source>
            <translation>[Šîĝñéđ àš %1, ñöŵ ···]</translation>
        </message>
        <message>
            <source>Say how well they said it back.</source>
            <translation>[Šàý ĥöŵ ŵéļļ ţĥéý šàîđ îţ ƀàçķ. ·······]</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>Sensitive</source>
            <translation>[Šéñšîţîṽé ·]</translation>
        </message>
        <message>
            <source>Shared with the patient</source>
            <translation>[Šĥàŕéđ ŵîţĥ ţĥé þàţîéñţ ····]</translation>
        </message>
        <message>
            <source>Amended · v%1</source>
            <translation>[Àɱéñđéđ · ṽ%1 ·]</translation>
        </message>
        <message>
            <source>Written %1 by %2</source>
            <translation>[Ŵŕîţţéñ %1 ƀý %2 ··]</translation>
        </message>
        <message>
            <source>Amended %1</source>
            <translation>[Àɱéñđéđ %1 ·]</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>[Ŕéàšöñ: %1 ·]</translation>
        </message>
        <message>
            <source>Sensitive: never shown on the ward-room screen</source>
            <translation>[Šéñšîţîṽé: ñéṽéŕ šĥöŵñ öñ ţĥé ŵàŕđ-ŕööɱ šçŕééñ ···········]</translation>
        </message>
        <message>
            <source>Shared with the patient: printed on their own copy</source>
            <translation>[Šĥàŕéđ ŵîţĥ ţĥé þàţîéñţ: þŕîñţéđ öñ ţĥéîŕ öŵñ çöþý ············]</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Users and roles</source>
            <translation>[Ûšéŕš àñđ ŕöļéš ··]</translation>
        </message>
        <message>
            <source>User accounts</source>
            <translation>[Ûšéŕ àççöûñţš ·]</translation>
        </message>
        <message>
            <source>&amp;Accounts</source>
            <translation>[&amp;Aççöûñţš ·]</translation>
        </message>
        <message>
            <source>A&amp;dd user…</source>
            <translation>[À&amp;dđ ûšéŕ… ·]</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>[Çĥàñĝé &amp;röļé… ·]</translation>
        </message>
        <message>
            <source>Disa&amp;ble</source>
            <translation>[Đîšà&amp;bļé ·]</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>[Ŕéšéţ &amp;pàššŵöŕđ… ··]</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>[&amp;Uñļöçķ ·]</translation>
        </message>
        <message>
            <source>Ena&amp;ble</source>
            <translation>[Éñà&amp;bļé ·]</translation>
        </message>
    </context>
    <context>
        <name>UsersTableModel</name>
        <message>
            <source>Username</source>
            <extracomment>the row's UserView, on every column</extracomment>
            <translation>[Ûšéŕñàɱé ·]</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>[Ñàɱé ·]</translation>
        </message>
        <message>
            <source>Discipline</source>
            <translation>[Đîšçîþļîñé ·]</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>[Ŕöļé ·]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[Šţàţûš ·]</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>[Đîšàƀļéđ ·]</translation>
        </message>
        <message>
            <source>Locked until %1</source>
            <translation>[Ļöçķéđ ûñţîļ %1 ··]</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>[Àçţîṽé ·]</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Today</source>
            <translation>[Ţöđàý ·]</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>[Ýéšţéŕđàý ·]</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>[%1 àţ %2 ·]</translation>
        </message>
        <message>
            <source>Nursing</source>
            <translation>[Ñûŕšîñĝ ·]</translation>
        </message>
        <message>
            <source>Pharmacy</source>
            <translation>[Þĥàŕɱàçý ·]</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>[Ṁéđîçîñé ·]</translation>
        </message>
        <message>
            <source>Physiotherapy</source>
            <translation>[Þĥýšîöţĥéŕàþý ·]</translation>
        </message>
        <message>
            <source>Occupational therapy</source>
            <translation>[Öççûþàţîöñàļ ţĥéŕàþý ···]</translation>
        </message>
        <message>
            <source>Social work</source>
            <translation>[Šöçîàļ ŵöŕķ ·]</translation>
        </message>
        <message>
            <source>Dietetics</source>
            <translation>[Đîéţéţîçš ·]</translation>
        </message>
        <message>
            <source>Chaplaincy</source>
            <translation>[Çĥàþļàîñçý ·]</translation>
        </message>
        <message>
            <source>Family / carer</source>
            <translation>[Ƒàɱîļý / çàŕéŕ ··]</translation>
        </message>
        <message>
            <source>Patient's own words</source>
            <translation>[Þàţîéñţ'š öŵñ ŵöŕđš ···]</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>[Öƀšéŕṽàţîöñ ·]</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>[Çöñçéŕñ ·]</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>[Ŕéçöɱɱéñđàţîöñ ··]</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>[Ǫûéšţîöñ ·]</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>[Ûþđàţé ·]</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>[Ñöţ àššéššéđ ·]</translation>
        </message>
        <message>
            <source>Stable</source>
            <translation>[Šţàƀļé ·]</translation>
        </message>
        <message>
            <source>Watcher</source>
            <translation>[Ŵàţçĥéŕ ·]</translation>
        </message>
        <message>
            <source>Unstable</source>
            <translation>[Ûñšţàƀļé ·]</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>[àđɱîñîšţŕàţöŕ ·]</translation>
        </message>
        <message>
            <source>charge nurse</source>
            <translation>[çĥàŕĝé ñûŕšé ·]</translation>
        </message>
        <message>
            <source>clinician</source>
            <translation>[çļîñîçîàñ ·]</translation>
        </message>
        <message>
            <source>ward display</source>
            <translation>[ŵàŕđ đîšþļàý ·]</translation>
        </message>
        <message>
            <source>In the day</source>
            <translation>[Îñ ţĥé đàý ·]</translation>
        </message>
        <message>
            <source>At night</source>
            <translation>[Àţ ñîĝĥţ ·]</translation>
        </message>
        <message>
            <source>Any time, day or night</source>
            <translation>[Àñý ţîɱé, đàý öŕ ñîĝĥţ ····]</translation>
        </message>
        <message>
            <source>At the hours given</source>
            <translation>[Àţ ţĥé ĥöûŕš ĝîṽéñ ···]</translation>
        </message>
        <message>
            <source>New</source>
            <translation>[Ñéŵ ·]</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>[Çĥàñĝéđ ·]</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>[Šţöþþéđ ·]</translation>
        </message>
        <message>
            <source>Keep taking</source>
            <translation>[Ķééþ ţàķîñĝ ·]</translation>
        </message>
        <message>
            <source>The patient</source>
            <translation>[Ţĥé þàţîéñţ ·]</translation>
        </message>
        <message>
            <source>A family member</source>
            <translation>[À ƒàɱîļý ɱéɱƀéŕ ··]</translation>
        </message>
        <message>
            <source>A carer</source>
            <translation>[À çàŕéŕ ·]</translation>
        </message>
        <message>
            <source>Yes: said it back</source>
            <translation>[Ýéš: šàîđ îţ ƀàçķ ···]</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>[Þàŕţļý ·]</translation>
        </message>
        <message>
            <source>No: teach again</source>
            <translation>[Ñö: ţéàçĥ àĝàîñ ··]</translation>
        </message>
        <message>
            <source>understood</source>
            <translation>[ûñđéŕšţööđ ·]</translation>
        </message>
        <message>
            <source>partly understood</source>
            <translation>[þàŕţļý ûñđéŕšţööđ ···]</translation>
        </message>
        <message>
            <source>not understood</source>
            <translation>[ñöţ ûñđéŕšţööđ ··]</translation>
        </message>
        <message>
            <source>GP surgery</source>
            <translation>[ĜÞ šûŕĝéŕý ·]</translation>
        </message>
        <message>
            <source>Hospital clinic</source>
            <translation>[Ĥöšþîţàļ çļîñîç ··]</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>[Ĥöɱé ṽîšîţ ·]</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>[Þĥöñé çàļļ ·]</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>[Ṽîđéö çàļļ ·]</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>[Öţĥéŕ ·]</translation>
        </message>
    </context>
    <context>
        <name>WardSummariesRun</name>
        <message>
            <source>Discharge summaries</source>
            <translation>[Đîšçĥàŕĝé šûɱɱàŕîéš ···]</translation>
        </message>
        <message>
            <source>Making the discharge summaries…</source>
            <translation>[Ṁàķîñĝ ţĥé đîšçĥàŕĝé šûɱɱàŕîéš… ·······]</translation>
        </message>
        <message>
            <source>Stopping after this patient…</source>
            <translation>[Šţöþþîñĝ àƒţéŕ ţĥîš þàţîéñţ… ······]</translation>
        </message>
        <message numerus="yes">
            <source>Made %1 of %Ln discharge summaries…</source>
            <translation>
                <numerusform>[Ṁàđé %1 öƒ %Ln đîšçĥàŕĝé šûɱɱàŕîéš… ········]</numerusform>
                <numerusform>[Ṁàđé %1 öƒ %Ln đîšçĥàŕĝé šûɱɱàŕîéš… ········]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WardsDialog</name>
        <message>
            <source>Wards and beds</source>
            <translation>[Ŵàŕđš àñđ ƀéđš ··]</translation>
        </message>
        <message>
            <source>Wards</source>
            <translation>[Ŵàŕđš ·]</translation>
        </message>
        <message>
            <source>Beds of the chosen ward</source>
            <translation>[Ɓéđš öƒ ţĥé çĥöšéñ ŵàŕđ ····]</translation>
        </message>
        <message>
            <source>Add bed</source>
            <translation>[Àđđ ƀéđ ·]</translation>
        </message>
        <message>
            <source>e.g. 7B</source>
            <translation>[é.ĝ. 7Ɓ ·]</translation>
        </message>
        <message>
            <source>e.g. Acute Medicine</source>
            <translation>[é.ĝ. Àçûţé Ṁéđîçîñé ···]</translation>
        </message>
        <message>
            <source>Create ward</source>
            <translation>[Çŕéàţé ŵàŕđ ·]</translation>
        </message>
        <message>
            <source>&amp;Wards</source>
            <translation>[&amp;Wàŕđš ·]</translation>
        </message>
        <message>
            <source>New &amp;bed</source>
            <translation>[Ñéŵ &amp;béđ ·]</translation>
        </message>
        <message>
            <source>B&amp;eds of the chosen ward</source>
            <translation>[Ɓ&amp;eđš öƒ ţĥé çĥöšéñ ŵàŕđ ·····]</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>[&amp;Cöđé ·]</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>[&amp;Nàɱé ·]</translation>
        </message>
        <message>
            <source>Number of be&amp;ds</source>
            <translation>[Ñûɱƀéŕ öƒ ƀé&amp;dš ··]</translation>
        </message>
        <message>
            <source>New ward</source>
            <translation>[Ñéŵ ŵàŕđ ·]</translation>
        </message>
        <message>
            <source>%1
%2, %3 occupied</source>
            <translation>[%1
%2, %3 öççûþîéđ ···]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln beds</source>
            <translation>
                <numerusform>[%Ln ƀéđš ·]</numerusform>
                <numerusform>[%Ln ƀéđš ·]</numerusform>
            </translation>
        </message>
        <message>
            <source>occupied</source>
            <translation>[öççûþîéđ ·]</translation>
        </message>
        <message>
            <source>free</source>
            <translation>[ƒŕéé ·]</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>[%1 — %2 ·]</translation>
        </message>
        <message>
            <source>No beds yet; add them one by one.</source>
            <translation>[Ñö ƀéđš ýéţ; àđđ ţĥéɱ öñé ƀý öñé. ·······]</translation>
        </message>
        <message>
            <source>Beds: %1</source>
            <translation>[Ɓéđš: %1 ·]</translation>
        </message>
        <message>
            <source>A new ward needs a code and a name.</source>
            <translation>[À ñéŵ ŵàŕđ ñééđš à çöđé àñđ à ñàɱé. ········]</translation>
        </message>
        <message>
            <source>Type the new bed's label first.</source>
            <translation>[Ţýþé ţĥé ñéŵ ƀéđ'š ļàƀéļ ƒîŕšţ. ·······]</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>Something unexpected went wrong; nothing more was done.</source>
            <translation>[Šöɱéţĥîñĝ ûñéẋþéçţéđ ŵéñţ ŵŕöñĝ; ñöţĥîñĝ ɱöŕé ŵàš đöñé. ··············]</translation>
        </message>
    </context>
</TS>
