<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Rounds</source>
        <translation>Acerca de Rounds</translation>
    </message>
    <message>
        <source>Rounds %1</source>
        <translation>Rounds %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>Narrative cards and shared notes for interdisciplinary ward rounds. The licences of what it ships are below; each font&apos;s licence file is in the application&apos;s resources.</source>
        <translation>Fichas narrativas y notas compartidas para pases de planta interdisciplinares. Abajo figuran las licencias de lo que incluye; el archivo de licencia de cada fuente está en los recursos de la aplicación.</translation>
    </message>
    <message>
        <source>Version, database and licences</source>
        <translation>Versión, base de datos y licencias</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>opened by %1, %2</source>
        <translation>abierta por %1, %2</translation>
    </message>
    <message>
        <source>Done by %1, %2</source>
        <translation>Hecha por %1, %2</translation>
    </message>
    <message>
        <source>Cancelled by %1, %2</source>
        <translation>Cancelada por %1, %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Marcar como hecha: %1</translation>
    </message>
    <message>
        <source>Cancel action</source>
        <translation>Cancelar tarea</translation>
    </message>
    <message>
        <source>Cancel the action: %1</source>
        <translation>Cancelar la tarea: %1</translation>
    </message>
    <message>
        <source>No longer needed; it stays in the list</source>
        <translation>Ya no es necesaria; se queda en la lista</translation>
    </message>
    <message>
        <source>Action %1: what we will do</source>
        <translation>Tarea %1: qué haremos</translation>
    </message>
    <message>
        <source>What we will do</source>
        <translation>Qué haremos</translation>
    </message>
    <message>
        <source>Action %1: owner</source>
        <translation>Tarea %1: responsable</translation>
    </message>
    <message>
        <source>Owner (a role or a name)</source>
        <translation>Responsable (un rol o un nombre)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Action %1: due date</source>
        <translation>Tarea %1: fecha límite</translation>
    </message>
    <message>
        <source>Action %1: done</source>
        <translation>Tarea %1: hecha</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove action %1</source>
        <translation>Quitar la tarea %1</translation>
    </message>
</context>
<context>
    <name>ActionWording</name>
    <message>
        <source>Someone else (%1) closed it already; the list now shows it as it is.</source>
        <translation>Otra persona (%1) ya la cerró; la lista la muestra ahora tal como está.</translation>
    </message>
    <message>
        <source>Someone else closed it already; the list now shows it as it is.</source>
        <translation>Otra persona ya la cerró; la lista la muestra ahora tal como está.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>Atrasada: vencía el %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Vence mañana</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
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
        <translation>&amp;Cerrar sesión…</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Bloquear pantalla</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;My actions…</source>
        <translation>&amp;Mis tareas…</translation>
    </message>
    <message>
        <source>Start &amp;round…</source>
        <translation>&amp;Iniciar pase…</translation>
    </message>
    <message>
        <source>&amp;About Rounds</source>
        <translation>&amp;Acerca de Rounds</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Load the census again</source>
        <translation>Volver a cargar el censo</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>B&amp;uscar paciente</translation>
    </message>
    <message>
        <source>Move patient &amp;up</source>
        <translation>Subi&amp;r paciente</translation>
    </message>
    <message>
        <source>Move patient &amp;down</source>
        <translation>Ba&amp;jar paciente</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>Añadir a&amp;notación</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>C&amp;orregir…</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>&amp;Admit patient…</source>
        <translation>In&amp;gresar paciente…</translation>
    </message>
    <message>
        <source>&amp;Move bed…</source>
        <translation>Cambiar &amp;de cama…</translation>
    </message>
    <message>
        <source>&amp;Discharge patient…</source>
        <translation>Dar de a&amp;lta…</translation>
    </message>
    <message>
        <source>&amp;Wards and beds…</source>
        <translation>Plan&amp;tas y camas…</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Usuarios y roles…</translation>
    </message>
    <message>
        <source>&amp;Downtime printing…</source>
        <translation>Impresión de &amp;respaldo…</translation>
    </message>
    <message>
        <source>Print discharge summary (&amp;team)…</source>
        <translation>Imprimir informe de alta (e&amp;quipo)…</translation>
    </message>
    <message>
        <source>Print discharge summary (&amp;patient)…</source>
        <translation>Imprimir informe de alta (&amp;paciente)…</translation>
    </message>
    <message>
        <source>Print &amp;handoff sheet…</source>
        <translation>Imprimir hoja de &amp;relevo…</translation>
    </message>
    <message>
        <source>Print discharge summaries for the &amp;whole ward…</source>
        <translation>Imprimir in&amp;formes de alta de toda la planta…</translation>
    </message>
    <message>
        <source>&amp;Import census…</source>
        <translation>&amp;Importar censo…</translation>
    </message>
    <message>
        <source>Case &amp;reviews…</source>
        <translation>Re&amp;visiones de casos…</translation>
    </message>
    <message>
        <source>Record &amp;how the patient is…</source>
        <translation>Registrar cómo está &amp;el paciente…</translation>
    </message>
    <message>
        <source>Rounds &amp;insights…</source>
        <translation>Indicadores de&amp;l pase…</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Actions</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>No hay tareas abiertas.</translation>
    </message>
    <message>
        <source>If … then …</source>
        <translation>Si … entonces …</translation>
    </message>
    <message>
        <source>No contingencies.</source>
        <translation>No hay contingencias.</translation>
    </message>
    <message>
        <source>Actions — %1</source>
        <translation>Tareas — %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln abierta</numerusform>
            <numerusform>%Ln abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done and cancelled: %Ln</source>
        <translation>
            <numerusform>Hechas y canceladas: %Ln</numerusform>
            <numerusform>Hechas y canceladas: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed it already; the list now shows it as it is.</source>
        <translation>Otra persona ya la cambió; la lista la muestra ahora tal como está.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <source>Letters a–z, digits, dot, dash</source>
        <translation>Letras a–z, dígitos, punto, guion</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Nombre &amp;visible</translation>
    </message>
    <message>
        <source>D&amp;iscipline</source>
        <translation>&amp;Disciplina</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Introduzca un nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter the name colleagues will see.</source>
        <translation>Introduzca el nombre que verán sus compañeros.</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <source>There is no ward to admit to yet: add one in Wards and beds.</source>
        <translation>Aún no hay ninguna planta donde ingresar: añada una en Plantas y camas.</translation>
    </message>
    <message>
        <source>That ward is no longer there; reload the census.</source>
        <translation>Esa planta ya no existe; vuelva a cargar el censo.</translation>
    </message>
    <message>
        <source>Choose a patient in the census first.</source>
        <translation>Elija primero un paciente del censo.</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit patient</source>
        <translation>Ingresar paciente</translation>
    </message>
    <message>
        <source>Admit a patient to %1</source>
        <translation>Ingresar un paciente en %1</translation>
    </message>
    <message>
        <source>What the patient likes to be called</source>
        <translation>Cómo prefiere que le llamen</translation>
    </message>
    <message>
        <source>e.g. she/her</source>
        <translation>p. ej., ella</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>Necesita in&amp;térprete</translation>
    </message>
    <message>
        <source>No bed yet</source>
        <translation>Aún sin cama</translation>
    </message>
    <message>
        <source>Why they are here, in one line</source>
        <translation>Por qué está ingresado, en una línea</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>El paciente</translation>
    </message>
    <message>
        <source>&amp;MRN</source>
        <translation>&amp;NHC</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation>Nombre &amp;preferido</translation>
    </message>
    <message>
        <source>Pro&amp;nouns</source>
        <translation>P&amp;ronombres</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>&amp;Idioma preferido</translation>
    </message>
    <message>
        <source>The admission</source>
        <translation>El ingreso</translation>
    </message>
    <message>
        <source>&amp;Bed</source>
        <translation>&amp;Cama</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Gravedad</translation>
    </message>
    <message>
        <source>&amp;One-liner</source>
        <translation>Res&amp;umen breve</translation>
    </message>
    <message>
        <source>&amp;Expected discharge</source>
        <translation>Alta pr&amp;evista</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Ingresar</translation>
    </message>
    <message>
        <source>Enter the MRN.</source>
        <translation>Introduzca el NHC.</translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation>Introduzca el nombre.</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Introduzca los apellidos.</translation>
    </message>
</context>
<context>
    <name>AllergiesSection</name>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Alergias e intolerancias</translation>
    </message>
    <message>
        <source>allergy</source>
        <translation>alergia</translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation>Añadir una alergia</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
    <message>
        <source>Record that the patient was asked and has no known allergies</source>
        <translation>Registrar que se preguntó al paciente y no tiene alergias conocidas</translation>
    </message>
    <message>
        <source>e.g. Penicillin</source>
        <translation>p. ej., penicilina</translation>
    </message>
    <message>
        <source>e.g. anaphylaxis, rash</source>
        <translation>p. ej., anafilaxia, exantema</translation>
    </message>
    <message>
        <source>Su&amp;bstance</source>
        <translation>&amp;Sustancia</translation>
    </message>
    <message>
        <source>Reactio&amp;n</source>
        <translation>Reacció&amp;n</translation>
    </message>
    <message>
        <source>Severity of the reaction</source>
        <translation>Gravedad de la reacción</translation>
    </message>
    <message>
        <source>Ris&amp;k of a serious reaction</source>
        <translation>Ries&amp;go de reacción grave</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Withdraw %1: entered in error</source>
        <translation>Retirar %1: introducida por error</translation>
    </message>
    <message>
        <source>Allergies not asked yet</source>
        <translation>Alergias aún no preguntadas</translation>
    </message>
    <message>
        <source>No known allergies — %1</source>
        <translation>Sin alergias conocidas — %1</translation>
    </message>
    <message numerus="yes">
        <source>Allergies recorded: %Ln</source>
        <translation>
            <numerusform>Alergias registradas: %Ln</numerusform>
            <numerusform>Alergias registradas: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the substance.</source>
        <translation>Indique la sustancia.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend your entry</source>
        <translation>Corregir su anotación</translation>
    </message>
    <message>
        <source>%1 · %2 · written %3</source>
        <translation>%1 · %2 · escrita %3</translation>
    </message>
    <message>
        <source>The text as it was stays in the entry&apos;s history, with your reason.</source>
        <translation>El texto original queda en el historial de la anotación, con su motivo.</translation>
    </message>
    <message>
        <source>Amended entry</source>
        <translation>Anotación corregida</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Anotación</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Motivo de la corrección</translation>
    </message>
    <message>
        <source>For example: wrong dose written down</source>
        <translation>Por ejemplo: dosis anotada incorrecta</translation>
    </message>
    <message>
        <source>&amp;Reason for the amendment (required)</source>
        <translation>&amp;Motivo de la corrección (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Share with patient</source>
        <translation>&amp;Compartir con el paciente</translation>
    </message>
    <message>
        <source>Share this entry with the patient</source>
        <translation>Compartir esta anotación con el paciente</translation>
    </message>
    <message>
        <source>A sensitive entry is never shared with the patient</source>
        <translation>Una anotación confidencial nunca se comparte con el paciente</translation>
    </message>
    <message>
        <source>Print this entry on the patient&apos;s own copy</source>
        <translation>Imprimir esta anotación en la copia del paciente</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Guardar corrección</translation>
    </message>
    <message>
        <source>The entry cannot be empty.</source>
        <translation>La anotación no puede estar vacía.</translation>
    </message>
    <message>
        <source>Change the text, or whether it is shared, to amend the entry.</source>
        <translation>Cambie el texto, o si se comparte, para corregir la anotación.</translation>
    </message>
    <message>
        <source>Say why you are amending the entry.</source>
        <translation>Indique por qué corrige la anotación.</translation>
    </message>
</context>
<context>
    <name>AmendReviewDialog</name>
    <message>
        <source>Amend a final review</source>
        <translation>Corregir una revisión definitiva</translation>
    </message>
    <message>
        <source>For example: a fact was wrong</source>
        <translation>Por ejemplo: un dato era incorrecto</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Sección</translation>
    </message>
    <message>
        <source>&amp;New text</source>
        <translation>&amp;Nuevo texto</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Corregir</translation>
    </message>
    <message>
        <source>The text before stays visible, struck through, with your reason.</source>
        <translation>El texto anterior sigue visible, tachado, con su motivo.</translation>
    </message>
    <message>
        <source>The text is unchanged: there is nothing to amend.</source>
        <translation>El texto no ha cambiado: no hay nada que corregir.</translation>
    </message>
    <message>
        <source>Say why it is amended.</source>
        <translation>Indique por qué se corrige.</translation>
    </message>
</context>
<context>
    <name>AmendmentsView</name>
    <message>
        <source>Amendments</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <source>%1 — amended by %2, %3</source>
        <translation>%1 — corregida por %2, %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>%1. Before: %2. After: %3. %4</source>
        <translation>%1. Antes: %2. Después: %3. %4</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Rounds closed unexpectedly last time; a report is in %1</source>
        <translation>Rounds se cerró inesperadamente la última vez; hay un informe en %1</translation>
    </message>
    <message>
        <source>check the path or the server address.</source>
        <translation>compruebe la ruta o la dirección del servidor.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Rounds could not open the database: %1</source>
        <translation>Rounds no pudo abrir la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Pharmacy is not here: who takes the medicine questions back?</source>
        <translation>Farmacia no está: ¿quién se lleva las preguntas sobre medicación?</translation>
    </message>
    <message>
        <source>Social work is not here: who follows up home and supports?</source>
        <translation>Trabajo social no está: ¿quién sigue el tema del domicilio y los apoyos?</translation>
    </message>
    <message>
        <source>Who is &amp;here</source>
        <translation>Quién está &amp;presente</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>Ward-room screen</source>
        <translation>Pantalla de la sala</translation>
    </message>
    <message>
        <source>Names shown</source>
        <translation>Nombres visibles</translation>
    </message>
    <message>
        <source>Code status shown</source>
        <translation>Orden de RCP visible</translation>
    </message>
    <message>
        <source>What matters most</source>
        <translation>Lo que más importa</translation>
    </message>
    <message>
        <source>Goals of care</source>
        <translation>Objetivos de cuidado</translation>
    </message>
    <message>
        <source>If … then</source>
        <translation>Si … entonces</translation>
    </message>
    <message>
        <source>New since the last round</source>
        <translation>Novedades desde el último pase</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <source>No bed</source>
        <translation>Sin cama</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
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
        <translation>No se pudo escribir la copia de seguridad automática; su trabajo se guarda como siempre. Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>CallContactsSection</name>
    <message>
        <source>Numbers to call</source>
        <translation>Teléfonos de contacto</translation>
    </message>
    <message>
        <source>No numbers to call yet.</source>
        <translation>Aún no hay teléfonos de contacto.</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>Ward 7B, district nurses, GP surgery…</source>
        <translation>Planta 7B, enfermería de primaria, centro de salud…</translation>
    </message>
    <message>
        <source>020 7946 0123</source>
        <translation>912 345 678</translation>
    </message>
    <message>
        <source>Weekdays 9 to 5</source>
        <translation>Laborables de 9 a 17 h</translation>
    </message>
    <message>
        <source>Name or service</source>
        <translation>Nombre o servicio</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>When it answers</source>
        <translation>Cuándo atienden</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
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
        <translation>Quién soy</translation>
    </message>
    <message>
        <source>What matters most to me</source>
        <translation>Lo que más me importa</translation>
    </message>
    <message>
        <source>Hopes</source>
        <translation>Esperanzas</translation>
    </message>
    <message>
        <source>Worries and fears</source>
        <translation>Preocupaciones y miedos</translation>
    </message>
    <message>
        <source>Culture, faith and language</source>
        <translation>Cultura, creencias e idioma</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>Necesidades de comunicación</translation>
    </message>
    <message>
        <source>Home and supports</source>
        <translation>Hogar y apoyos</translation>
    </message>
    <message>
        <source>Goals of care</source>
        <translation>Objetivos de cuidados</translation>
    </message>
</context>
<context>
    <name>CardTime</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>hace un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <translation>
            <numerusform>hace %Ln minuto</numerusform>
            <numerusform>hace %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>hace una hora</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <translation>
            <numerusform>hace %Ln hora</numerusform>
            <numerusform>hace %Ln horas</numerusform>
        </translation>
    </message>
    <message>
        <source>a day ago</source>
        <translation>hace un día</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardUndo</name>
    <message>
        <source>typing in %1</source>
        <translation>escritura en %1</translation>
    </message>
    <message>
        <source>voice of %1</source>
        <translation>voz de %1</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Recovered unsaved text from %1.</source>
        <translation>Se recuperó texto no guardado de %1.</translation>
    </message>
    <message>
        <source>Not saved: a newer version is stored. Save again to compare.</source>
        <translation>No guardado: hay una versión más reciente. Guarde de nuevo para comparar.</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>Patient&apos;s own words</source>
        <translation>Palabras del paciente</translation>
    </message>
    <message>
        <source>Family / carer</source>
        <translation>Familia / cuidador</translation>
    </message>
    <message>
        <source>Clinician summary</source>
        <translation>Resumen clínico</translation>
    </message>
    <message>
        <source>Ask: what would you like us to call you, and what should we know about you?</source>
        <translation>Pregunte: ¿cómo quiere que le llamemos y qué deberíamos saber de usted?</translation>
    </message>
    <message>
        <source>Ask: what matters most to you right now?</source>
        <translation>Pregunte: ¿qué es lo que más le importa ahora mismo?</translation>
    </message>
    <message>
        <source>Ask: what are you hoping for?</source>
        <translation>Pregunte: ¿qué espera?</translation>
    </message>
    <message>
        <source>Ask: what worries you most?</source>
        <translation>Pregunte: ¿qué es lo que más le preocupa?</translation>
    </message>
    <message>
        <source>Ask: is there anything about your culture, faith or language we should know?</source>
        <translation>Pregunte: ¿hay algo de su cultura, creencias o idioma que debamos saber?</translation>
    </message>
    <message>
        <source>Ask: how can we best talk and share information with you?</source>
        <translation>Pregunte: ¿cómo podemos hablar con usted y compartir mejor la información?</translation>
    </message>
    <message>
        <source>Ask: who is at home, and who helps you?</source>
        <translation>Pregunte: ¿quién vive con usted y quién le ayuda?</translation>
    </message>
    <message>
        <source>Talk through what the patient wants from their care.</source>
        <translation>Hablen de lo que el paciente quiere de sus cuidados.</translation>
    </message>
</context>
<context>
    <name>CensusBadges</name>
    <message>
        <source>%1 unassessed</source>
        <translation>%1 sin valorar</translation>
    </message>
    <message>
        <source>NBM</source>
        <translation>Ayunas</translation>
    </message>
    <message>
        <source>%1 %2d</source>
        <translation>%1 %2d</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Techo</translation>
    </message>
    <message>
        <source>DNACPR</source>
        <extracomment>the role under which the census model gives a row&apos;s badges</extracomment>
        <translation>No RCP</translation>
    </message>
    <message>
        <source>CPR?</source>
        <translation>¿RCP?</translation>
    </message>
    <message>
        <source>Allergy!</source>
        <translation>¡Alergia!</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Allergies?</source>
        <translation>¿Alergias?</translation>
    </message>
    <message>
        <source>NKA</source>
        <translation>Sin alergias</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Caídas</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Aislamiento</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <source>Aids</source>
        <translation>Ayudas</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Vías</translation>
    </message>
    <message>
        <source>VTE</source>
        <translation>ETV</translation>
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
        <translation>Importar censo</translation>
    </message>
    <message>
        <source>Census files (*.json *.csv)</source>
        <translation>Archivos de censo (*.json *.csv)</translation>
    </message>
    <message>
        <source>FHIR R4 bundles and resources (*.json)</source>
        <translation>Paquetes y recursos FHIR R4 (*.json)</translation>
    </message>
    <message>
        <source>CSV census (*.csv)</source>
        <translation>Censo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose FHIR files (.json), or one CSV census on its own; nothing was imported.</source>
        <translation>Elija archivos FHIR (.json) o un único censo CSV por separado; no se ha importado nada.</translation>
    </message>
</context>
<context>
    <name>CensusTableModel</name>
    <message>
        <source>Bed</source>
        <extracomment>the admission ids in the order the user just gave them (by drag or keyboard) the row&apos;s admission id, on every column (survives the search proxy) folded names and bed label that the search proxy matches against</extracomment>
        <translation>Cama</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Bed label</source>
        <translation>Identificador de cama</translation>
    </message>
    <message>
        <source>The name the ward uses for the patient; below it, code status, allergies, the safety check, interpreter, goals of care due, new entries and open actions</source>
        <translation>El nombre que usa la planta para el paciente; debajo, orden de RCP, alergias, comprobación de seguridad, intérprete, objetivos de cuidado por revisar, anotaciones nuevas y tareas abiertas</translation>
    </message>
    <message>
        <source>Illness severity (I-PASS)</source>
        <translation>Gravedad de la enfermedad (I-PASS)</translation>
    </message>
    <message>
        <source>Days in hospital</source>
        <translation>Días de ingreso</translation>
    </message>
    <message>
        <source>Expected discharge date</source>
        <translation>Fecha prevista de alta</translation>
    </message>
    <message>
        <source>Expected home %1</source>
        <translation>Alta prevista %1</translation>
    </message>
    <message>
        <source>Expected discharge date has passed: %1</source>
        <translation>La fecha prevista de alta ya pasó: %1</translation>
    </message>
    <message>
        <source>No bed</source>
        <translation>Sin cama</translation>
    </message>
    <message>
        <source>Pronouns: %1</source>
        <translation>Pronombres: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Illness severity: %1</source>
        <translation>Gravedad de la enfermedad: %1</translation>
    </message>
    <message numerus="yes">
        <source>Days in hospital: %Ln</source>
        <translation>
            <numerusform>Días de ingreso: %Ln</numerusform>
            <numerusform>Días de ingreso: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No expected discharge date yet</source>
        <translation>Aún sin fecha prevista de alta</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>dentro de %Ln día</numerusform>
            <numerusform>dentro de %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>Needs an interpreter: %1</source>
        <translation>Necesita intérprete: %1</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Goals due</source>
        <translation>Revisar objetivos</translation>
    </message>
    <message>
        <source>Goals of care are due to be revisited</source>
        <translation>Toca revisar los objetivos de cuidado</translation>
    </message>
    <message numerus="yes">
        <source>New entries since the last round: %Ln</source>
        <translation>
            <numerusform>Anotaciones nuevas desde el último pase: %Ln</numerusform>
            <numerusform>Anotaciones nuevas desde el último pase: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New: %Ln</source>
        <translation>
            <numerusform>Nueva: %Ln</numerusform>
            <numerusform>Nuevas: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actions: %Ln</source>
        <translation>
            <numerusform>Tareas: %Ln</numerusform>
            <numerusform>Tareas: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open actions: %Ln</source>
        <translation>
            <numerusform>Tareas abiertas: %Ln</numerusform>
            <numerusform>Tareas abiertas: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (atrasadas: %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>overdue: %Ln</source>
        <translation>
            <numerusform>atrasada: %Ln</numerusform>
            <numerusform>atrasadas: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CensusView</name>
    <message>
        <source>Ward</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>&amp;Ward</source>
        <translation>&amp;Planta</translation>
    </message>
    <message>
        <source>Search by name or bed</source>
        <translation>Buscar por nombre o cama</translation>
    </message>
    <message>
        <source>Name or bed</source>
        <translation>Nombre o cama</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Ward census</source>
        <translation>Censo de la planta</translation>
    </message>
    <message>
        <source>There are no wards in this database yet. An administrator adds them in Ward ▸ Wards and beds.</source>
        <translation>Aún no hay plantas en esta base de datos. Un administrador las añade en Planta ▸ Plantas y camas.</translation>
    </message>
    <message>
        <source>The round order was not saved: %1</source>
        <translation>No se guardó el orden del pase: %1</translation>
    </message>
    <message numerus="yes">
        <source>Patients on the ward: %Ln</source>
        <translation>
            <numerusform>Pacientes en la planta: %Ln</numerusform>
            <numerusform>Pacientes en la planta: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching the search: %1 of %2</source>
        <translation>Coinciden con la búsqueda: %1 de %2</translation>
    </message>
</context>
<context>
    <name>ChangeFollower</name>
    <message>
        <source>The database cannot be reached.</source>
        <translation>No se puede acceder a la base de datos.</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rol de %1</translation>
    </message>
    <message>
        <source>The role decides what the account may do on every ward.</source>
        <translation>El rol determina lo que la cuenta puede hacer en cada planta.</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>No data for these dates.</source>
        <translation>No hay datos para estas fechas.</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <source>Readiness checklist</source>
        <translation>Lista de verificación del alta</translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation>Nuevo elemento de la lista</translation>
    </message>
    <message>
        <source>Another item, e.g. Oxygen at home arranged</source>
        <translation>Otro elemento, p. ej., Oxígeno domiciliario organizado</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo elemento</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Añadir elemento</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Ticked by %1</source>
        <translation>Marcado por %1</translation>
    </message>
    <message>
        <source>Ticked by %1, %2</source>
        <translation>Marcado por %1, %2</translation>
    </message>
    <message>
        <source>Type the item to add first.</source>
        <translation>Escriba primero el elemento.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Two versions of the same text</source>
        <translation>Dos versiones del mismo texto</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Saved by %1, %2</source>
        <translation>Guardado por %1, %2</translation>
    </message>
    <message>
        <source>%1 was changed while you were editing</source>
        <translation>%1 cambió mientras usted editaba</translation>
    </message>
    <message>
        <source>%1 saved a newer version. Nothing has been overwritten: choose what to keep.</source>
        <translation>%1 guardó una versión más reciente. No se ha sobrescrito nada: elija qué conservar.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Their version: %1</source>
        <translation>La otra versión: %1</translation>
    </message>
    <message>
        <source>Underlined and highlighted: words the other version does not have.</source>
        <translation>Subrayado y resaltado: palabras que la otra versión no tiene.</translation>
    </message>
    <message>
        <source>Your version (not saved)</source>
        <translation>Su versión (sin guardar)</translation>
    </message>
    <message>
        <source>&amp;Merged text — theirs first, then yours; edit it into one</source>
        <translation>&amp;Texto combinado: primero la otra versión, después la suya; edítelo en uno solo</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar la &amp;otra</translation>
    </message>
    <message>
        <source>M&amp;erge…</source>
        <translation>Com&amp;binar…</translation>
    </message>
    <message>
        <source>&amp;Save merged text</source>
        <translation>&amp;Guardar texto combinado</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;después</translation>
    </message>
    <message>
        <source>Go back to your text; nothing is saved yet (Esc)</source>
        <translation>Volver a su texto; aún no se ha guardado nada (Esc)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Rounds — console</source>
        <translation>Rounds — consola</translation>
    </message>
    <message>
        <source>Time on this patient</source>
        <translation>Tiempo con este paciente</translation>
    </message>
    <message>
        <source>What the keys do</source>
        <translation>Qué hacen las teclas</translation>
    </message>
    <message>
        <source>Patients in this round</source>
        <translation>Pacientes de este pase</translation>
    </message>
    <message>
        <source>Screen for the ward-room view</source>
        <translation>Pantalla para la vista de la sala</translation>
    </message>
    <message>
        <source>&amp;Ward-room screen</source>
        <translation>&amp;Pantalla de la sala</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · en pausa</translation>
    </message>
    <message>
        <source>target %1%2</source>
        <translation>objetivo %1%2</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Paso %1 de %2 · %3</translation>
    </message>
    <message>
        <source>Navigating: letters are the round&apos;s keys (C entry, A action)</source>
        <translation>Navegación: las letras son las teclas del pase (C anotación, A tarea)</translation>
    </message>
    <message>
        <source>Typing an entry: Enter adds it, Esc returns to the round</source>
        <translation>Escribiendo una anotación: Intro la añade, Esc vuelve al pase</translation>
    </message>
    <message>
        <source>Typing an action: Enter adds it, Esc returns to the round</source>
        <translation>Escribiendo una tarea: Intro la añade, Esc vuelve al pase</translation>
    </message>
    <message>
        <source>Typing: Esc returns to the round</source>
        <translation>Escribiendo: Esc vuelve al pase</translation>
    </message>
</context>
<context>
    <name>ConsoleCard</name>
    <message>
        <source>The patient&apos;s card in full</source>
        <translation>La ficha completa del paciente</translation>
    </message>
    <message>
        <source>In one line</source>
        <translation>En una línea</translation>
    </message>
    <message>
        <source>What matters most</source>
        <translation>Lo que más importa</translation>
    </message>
    <message>
        <source>Goals of care</source>
        <translation>Objetivos de cuidado</translation>
    </message>
    <message>
        <source>New since the last round</source>
        <translation>Novedades desde el último pase</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <source>If … then</source>
        <translation>Si … entonces</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Next of kin and contacts</source>
        <translation>Familiar de referencia y contactos</translation>
    </message>
    <message>
        <source>No contacts recorded yet.</source>
        <translation>Aún no hay contactos registrados.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>e.g. daughter, neighbour</source>
        <translation>p. ej., hija, vecino</translation>
    </message>
    <message>
        <source>e.g. 07700 900123</source>
        <translation>p. ej., 612 345 678</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Familiar de referencia</translation>
    </message>
    <message>
        <source>Decision-maker (proxy or power of attorney)</source>
        <translation>Representante (apoderado o poder preventivo)</translation>
    </message>
    <message>
        <source>Patient agrees we may share information</source>
        <translation>El paciente acepta que compartamos información</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>next of kin</source>
        <translation>familiar de referencia</translation>
    </message>
    <message>
        <source>decision-maker</source>
        <translation>representante</translation>
    </message>
    <message>
        <source>may be told</source>
        <translation>se le puede informar</translation>
    </message>
    <message>
        <source>not to be told without asking</source>
        <translation>no informar sin preguntar</translation>
    </message>
    <message>
        <source>No longer a contact</source>
        <translation>Ya no es contacto</translation>
    </message>
    <message>
        <source>%1 is no longer a contact</source>
        <translation>%1 ya no es contacto</translation>
    </message>
    <message>
        <source>Give the contact&apos;s name.</source>
        <translation>Indique el nombre del contacto.</translation>
    </message>
</context>
<context>
    <name>ContingencyForm</name>
    <message>
        <source>If</source>
        <translation>Si</translation>
    </message>
    <message>
        <source>For example: temperature above 38.5 °C</source>
        <translation>Por ejemplo: temperatura superior a 38,5 °C</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Entonces</translation>
    </message>
    <message>
        <source>For example: take blood cultures and call the doctor</source>
        <translation>Por ejemplo: extraer hemocultivos y avisar al médico</translation>
    </message>
    <message>
        <source>Add contin&amp;gency</source>
        <translation>Añadir contin&amp;gencia</translation>
    </message>
    <message>
        <source>Con&amp;dition</source>
        <translation>Con&amp;dición</translation>
    </message>
    <message>
        <source>The&amp;n</source>
        <translation>&amp;Entonces</translation>
    </message>
</context>
<context>
    <name>ContingencyRow</name>
    <message>
        <source>If</source>
        <translation>Si</translation>
    </message>
    <message>
        <source>then</source>
        <translation>entonces</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Retire the contingency: %1</source>
        <translation>Retirar la contingencia: %1</translation>
    </message>
    <message>
        <source>It no longer applies; it is kept, not deleted</source>
        <translation>Ya no procede; se conserva, no se borra</translation>
    </message>
</context>
<context>
    <name>ContributionsView</name>
    <message>
        <source>Show entries from</source>
        <translation>Mostrar anotaciones de</translation>
    </message>
    <message>
        <source>All disciplines</source>
        <translation>Todas las disciplinas</translation>
    </message>
    <message>
        <source>Entries &amp;by</source>
        <translation>Anotaciones &amp;de</translation>
    </message>
    <message>
        <source>Contributions, newest first</source>
        <translation>Aportaciones, las más recientes primero</translation>
    </message>
    <message>
        <source>Amend your newest entry, or choose one of yours to amend (%1)</source>
        <translation>Corrija su anotación más reciente o elija otra suya para corregir (%1)</translation>
    </message>
    <message>
        <source>Amend this entry; the original stays in its history (%1)</source>
        <translation>Corregir esta anotación; el original queda en su historial (%1)</translation>
    </message>
    <message>
        <source>Only the author can amend an entry (%1)</source>
        <translation>Solo quien la escribió puede corregir una anotación (%1)</translation>
    </message>
    <message>
        <source>Every version of this entry (%1)</source>
        <translation>Todas las versiones de esta anotación (%1)</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Aún no hay anotaciones.</translation>
    </message>
    <message>
        <source>No entries from %1.</source>
        <translation>No hay anotaciones de %1.</translation>
    </message>
</context>
<context>
    <name>CoreSentences</name>
    <message>
        <source>patient %1: %2</source>
        <translation>paciente %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problemas</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <source>row %1: %2 cells, more than the header&apos;s</source>
        <translation>fila %1: %2 celdas, más de las que tiene la cabecera</translation>
    </message>
    <message>
        <source>row %1: interpreter_needed must be yes, no, true, false, 1 or 0</source>
        <translation>fila %1: interpreter_needed debe ser yes, no, true, false, 1 o 0</translation>
    </message>
    <message>
        <source>row %1: %2 is not a date (YYYY-MM-DD)</source>
        <translation>fila %1: %2 no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>row %1: birth_date is in the future</source>
        <translation>fila %1: birth_date es posterior a hoy</translation>
    </message>
    <message>
        <source>row %1: expected_discharge is in the past</source>
        <translation>fila %1: expected_discharge ya ha pasado</translation>
    </message>
    <message>
        <source>row %1: %2 contains a control character</source>
        <translation>fila %1: la columna %2 contiene un carácter de control</translation>
    </message>
    <message>
        <source>row %1: %2 must be one line but holds a line break</source>
        <translation>fila %1: la columna %2 debe ocupar una sola línea pero tiene un salto de línea</translation>
    </message>
    <message>
        <source>row %1: %2 is empty</source>
        <translation>fila %1: la columna %2 está vacía</translation>
    </message>
    <message>
        <source>row %1: %2 is %3 characters long; the limit is %4</source>
        <translation>fila %1: la columna %2 tiene %3 caracteres; el límite es %4</translation>
    </message>
    <message>
        <source>row %1: %2 must be one of: %3</source>
        <translation>fila %1: la columna %2 debe ser uno de estos valores: %3</translation>
    </message>
    <message>
        <source>row %1: %2 %3</source>
        <translation>fila %1: la columna %2 %3</translation>
    </message>
    <message>
        <source>row %1: %2 repeats row %3</source>
        <translation>fila %1: %2 repite la fila %3</translation>
    </message>
    <message>
        <source>row %1: bed %2 is not a bed of %3</source>
        <translation>fila %1: la cama %2 no es una cama de %3</translation>
    </message>
    <message>
        <source>row %1: patient %2 is admitted to %3</source>
        <translation>fila %1: el paciente %2 está ingresado en %3</translation>
    </message>
    <message>
        <source>row %1: bed %2 is occupied</source>
        <translation>fila %1: la cama %2 está ocupada</translation>
    </message>
    <message>
        <source>no current inpatient encounter, so not admitted</source>
        <translation>sin episodio de hospitalización en curso, así que no se ingresa</translation>
    </message>
    <message>
        <source>Rounds does not import this resource type</source>
        <translation>Rounds no importa este tipo de recurso</translation>
    </message>
    <message>
        <source>its patient %1 is skipped (%2)</source>
        <translation>se omite su paciente %1 (%2)</translation>
    </message>
    <message>
        <source>its patient is not in the files</source>
        <translation>su paciente no está en los archivos</translation>
    </message>
    <message>
        <source>already admitted to %1, bed %2</source>
        <translation>ya ingresado en %1, cama %2</translation>
    </message>
    <message>
        <source>already admitted to %1</source>
        <translation>ya ingresado en %1</translation>
    </message>
    <message>
        <source>no ward was chosen, so not admitted</source>
        <translation>no se eligió ninguna planta, así que no se ingresa</translation>
    </message>
    <message>
        <source>%1 starts in the future, so not admitted</source>
        <translation>%1 empieza en el futuro, así que no se ingresa</translation>
    </message>
    <message>
        <source>bed %1 is taken, so admitted without a bed</source>
        <translation>la cama %1 está ocupada, así que se ingresa sin cama</translation>
    </message>
    <message>
        <source>clinical status %1 is not one Rounds keeps</source>
        <translation>el estado clínico %1 no es uno de los que guarda Rounds</translation>
    </message>
    <message>
        <source>entered in error or refuted</source>
        <translation>registrado por error o descartado</translation>
    </message>
    <message>
        <source>it names no substance</source>
        <translation>no indica ninguna sustancia</translation>
    </message>
    <message>
        <source>status %1, not active</source>
        <translation>estado %1, no está activo</translation>
    </message>
    <message>
        <source>it names no medicine</source>
        <translation>no indica ningún medicamento</translation>
    </message>
    <message>
        <source>clinical status %1, not active</source>
        <translation>estado clínico %1, no está activo</translation>
    </message>
    <message>
        <source>it names no condition</source>
        <translation>no indica ningún problema de salud</translation>
    </message>
    <message>
        <source>lifecycle status %1, not a current goal</source>
        <translation>estado del ciclo de vida %1, no es un objetivo actual</translation>
    </message>
    <message>
        <source>it has no description</source>
        <translation>no tiene descripción</translation>
    </message>
    <message>
        <source>it names no team member</source>
        <translation>no indica ningún miembro del equipo</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>no está activo</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>no tiene nombre</translation>
    </message>
    <message>
        <source>it has no title, description or activities</source>
        <translation>no tiene título, descripción ni actividades</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>fallecido</translation>
    </message>
    <message>
        <source>no identifier to use as the MRN</source>
        <translation>ningún identificador sirve como NHC</translation>
    </message>
    <message>
        <source>the MRN is longer than %1 characters</source>
        <translation>el NHC tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>no given and family name</source>
        <translation>falta el nombre o los apellidos</translation>
    </message>
    <message>
        <source>a name is longer than %1 characters</source>
        <translation>un nombre tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>the date of birth is in the future</source>
        <translation>la fecha de nacimiento es posterior a hoy</translation>
    </message>
    <message>
        <source>status %1, not in-progress</source>
        <translation>estado %1, no está en curso</translation>
    </message>
    <message>
        <source>class %1 is not an inpatient stay</source>
        <translation>la clase %1 no es una hospitalización</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>Export insights as CSV</source>
        <translation>Exportar indicadores como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
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
        <translation>Vista previa anonimizada</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>Qué se guardará</translation>
    </message>
    <message>
        <source>Names, dates of birth, admission dates and identifiers of the linked patient are replaced. Read the right-hand side for anything that still identifies someone.</source>
        <translation>Se sustituyen los nombres, fechas de nacimiento, fechas de ingreso e identificadores del paciente vinculado. Revise el lado derecho por si algo aún identifica a alguien.</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>Tal como se escribió</translation>
    </message>
    <message>
        <source>As it will be saved</source>
        <translation>Tal como se guardará</translation>
    </message>
    <message>
        <source>%1, as typed</source>
        <translation>%1, tal como se escribió</translation>
    </message>
    <message>
        <source>%1, de-identified</source>
        <translation>%1, anonimizado</translation>
    </message>
    <message>
        <source>&amp;Save de-identified</source>
        <translation>&amp;Guardar anonimizado</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Volver</translation>
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
        <translation>Rounds ha tenido un problema. Su texto sin guardar se conserva y todo lo ya guardado está a salvo. Puede continuar; si la pantalla se ve mal, reinicie Rounds. Informe para el servicio de informática (no contiene datos de pacientes): %1</translation>
    </message>
</context>
<context>
    <name>DischargeConfirm</name>
    <message>
        <source>Discharge patient</source>
        <translation>Dar de alta al paciente</translation>
    </message>
    <message>
        <source>no bed</source>
        <translation>sin cama</translation>
    </message>
    <message>
        <source>Discharge %1 (%2) from the ward?</source>
        <translation>¿Dar de alta a %1 (%2) de la planta?</translation>
    </message>
    <message>
        <source>The admission is archived, never deleted: the card, contributions and discharge plan stay readable. The bed becomes free.</source>
        <translation>El ingreso se archiva, nunca se borra: la ficha, las aportaciones y el plan de alta siguen legibles. La cama queda libre.</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Dar de alta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DischargeView</name>
    <message>
        <source>Discharge readiness</source>
        <translation>Preparación para el alta</translation>
    </message>
    <message>
        <source>Contradictions in the plan</source>
        <translation>Contradicciones en el plan</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1 de %2 listos</translation>
    </message>
    <message>
        <source>Discharged %1: this plan is kept, read only.</source>
        <translation>Alta el %1: este plan se conserva en solo lectura.</translation>
    </message>
</context>
<context>
    <name>DowntimeOnWorkstation</name>
    <message>
        <source>Downtime sheets: %1</source>
        <translation>Hojas de respaldo: %1</translation>
    </message>
    <message>
        <source>Downtime sheets not refreshed</source>
        <translation>Hojas de respaldo no actualizadas</translation>
    </message>
</context>
<context>
    <name>DowntimePrintingDialog</name>
    <message>
        <source>Downtime printing</source>
        <translation>Impresión de respaldo</translation>
    </message>
    <message>
        <source>Downtime sheets on this workstation</source>
        <translation>Hojas de respaldo en este puesto</translation>
    </message>
    <message>
        <source>While Rounds runs here, it writes each ward&apos;s handoff sheet and a card per patient as PDFs, so the ward has paper if the server cannot be reached. The files are readable by this computer&apos;s user only.</source>
        <translation>Mientras Rounds esté abierto aquí, guarda en PDF la hoja de relevo de cada planta y una ficha por paciente, para que la planta tenga papel si no se puede acceder al servidor. Solo el usuario de este equipo puede leer los archivos.</translation>
    </message>
    <message>
        <source>Keep downtime sheets on this workstation</source>
        <translation>Guardar hojas de respaldo en este puesto</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the downtime folder</source>
        <translation>Elegir la carpeta de respaldo</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>Set for this computer by your hospital&apos;s IT team.</source>
        <translation>Configurado para este equipo por el servicio de informática del hospital.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>Ca&amp;da</translation>
    </message>
    <message>
        <source> sets</source>
        <translation> juegos</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>C&amp;onservar los últimos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Folder for the downtime sheets</source>
        <translation>Carpeta para las hojas de respaldo</translation>
    </message>
    <message>
        <source>Give the folder as a full path.</source>
        <translation>Indique la carpeta con su ruta completa.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
</context>
<context>
    <name>EditArea</name>
    <message>
        <source>Text of %1</source>
        <translation>Texto de %1</translation>
    </message>
    <message>
        <source>Whose words in %1</source>
        <translation>Quién lo dice en %1</translation>
    </message>
    <message>
        <source>&amp;Whose words</source>
        <translation>&amp;Quién lo dice</translation>
    </message>
    <message>
        <source>Share with patient</source>
        <translation>Compartir con el paciente</translation>
    </message>
    <message>
        <source>Share %1 with the patient</source>
        <translation>Compartir %1 con el paciente</translation>
    </message>
    <message>
        <source>Print this text on the patient&apos;s own copy</source>
        <translation>Imprimir este texto en la copia del paciente</translation>
    </message>
    <message>
        <source>the ward&apos;s language</source>
        <translation>el idioma de la planta</translation>
    </message>
    <message>
        <source>Language of %1</source>
        <translation>Idioma de %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this field (Ctrl+Enter)</source>
        <translation>Guardar este campo (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard these changes (Esc)</source>
        <translation>Descartar estos cambios (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln characters</source>
        <translation>
            <numerusform>%1 de %Ln carácter</numerusform>
            <numerusform>%1 de %Ln caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryHistoryDialog</name>
    <message>
        <source>History of the entry</source>
        <translation>Historial de la anotación</translation>
    </message>
    <message>
        <source>Versions of the entry, oldest first</source>
        <translation>Versiones de la anotación, la más antigua primero</translation>
    </message>
    <message>
        <source>%1 · %2 · first written %3 by %4</source>
        <translation>%1 · %2 · escrita por primera vez %3 por %4</translation>
    </message>
    <message>
        <source>Version %1 — current</source>
        <translation>Versión %1 — actual</translation>
    </message>
    <message>
        <source>Version %1 — replaced by version %2</source>
        <translation>Versión %1 — sustituida por la versión %2</translation>
    </message>
    <message>
        <source>Amended %1 by %2</source>
        <translation>Corregida %1 por %2</translation>
    </message>
    <message>
        <source>Written %1 by %2</source>
        <translation>Escrita %1 por %2</translation>
    </message>
    <message>
        <source>Reason: </source>
        <translation>Motivo: </translation>
    </message>
</context>
<context>
    <name>EntryListSection</name>
    <message>
        <source>Cancel edit</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Not saved: someone changed this entry meanwhile. Check it and save again.</source>
        <translation>No guardado: alguien cambió esta anotación mientras tanto. Revísela y guarde de nuevo.</translation>
    </message>
</context>
<context>
    <name>ExpectedDateSection</name>
    <message>
        <source>Expected discharge</source>
        <translation>Alta prevista</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Expected discharge date</source>
        <translation>Fecha prevista de alta</translation>
    </message>
    <message>
        <source>Save date</source>
        <translation>Guardar fecha</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Back to the saved date</source>
        <translation>Volver a la fecha guardada</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Aún sin definir</translation>
    </message>
    <message>
        <source>The expected date was changed meanwhile to %1. Save again to keep yours.</source>
        <translation>Entretanto, la fecha prevista se cambió a %1. Guarde de nuevo para conservar la suya.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
</context>
<context>
    <name>FactHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Saved states of %1</source>
        <translation>Estados guardados de %1</translation>
    </message>
    <message>
        <source>Nothing has been saved here yet.</source>
        <translation>Aún no se ha guardado nada aquí.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>FactList</name>
    <message>
        <source>Cancel edit</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <source>Cancel editing the %1</source>
        <translation>Cancelar la edición: %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save changes to the %1</source>
        <translation>Guardar cambios: %1</translation>
    </message>
    <message>
        <source>%1 changed this %2 meanwhile (now: %3). Your entries are kept here: Save again to keep yours.</source>
        <translation>%1 cambió entretanto este registro (%2; ahora: %3). Sus datos siguen aquí: guarde de nuevo para conservar los suyos.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
</context>
<context>
    <name>FactSection</name>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Nothing has been saved here yet.</source>
        <translation>Aún no se ha guardado nada aquí.</translation>
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
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Struck through: removed. Underlined and highlighted: added.</source>
        <translation>Tachado: eliminado. Subrayado y resaltado: añadido.</translation>
    </message>
    <message>
        <source>&amp;Mark what changed</source>
        <translation>&amp;Marcar lo que cambió</translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation>Versiones de %1</translation>
    </message>
    <message>
        <source>Nothing has been saved in this field yet.</source>
        <translation>Aún no se ha guardado nada en este campo.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>antes: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>(emptied)</source>
        <translation>(vaciado)</translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit this field (Enter or double-click)</source>
        <translation>Editar este campo (Intro o doble clic)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every saved version of this field</source>
        <translation>Todas las versiones guardadas de este campo</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Texto de %1</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Aún sin escribir.</translation>
    </message>
    <message>
        <source>%1 · shared with the patient</source>
        <translation>%1 · compartido con el paciente</translation>
    </message>
    <message>
        <source>%1 · in %2</source>
        <translation>%1 · en %2</translation>
    </message>
    <message>
        <source>Edited by %1, %2</source>
        <translation>Editado por %1, %2</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Editado %1</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>%1 saved a newer version since; saving will show you both.</source>
        <translation>%1 ha guardado después una versión más reciente; al guardar verá las dos.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Welcome to Rounds</source>
        <translation>Le damos la bienvenida a Rounds</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Crear el primer administrador</translation>
    </message>
    <message>
        <source>This database has no accounts yet. The administrator sets up wards, beds and everyone else&apos;s accounts.</source>
        <translation>Esta base de datos aún no tiene cuentas. El administrador configura las plantas, las camas y las cuentas de todos los demás.</translation>
    </message>
    <message>
        <source>for example a.smith</source>
        <translation>por ejemplo a.garcia</translation>
    </message>
    <message>
        <source>The name colleagues see</source>
        <translation>El nombre que ven sus compañeros</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Nombre &amp;visible</translation>
    </message>
    <message>
        <source>D&amp;iscipline</source>
        <translation>&amp;Disciplina</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Introduzca un nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter the name colleagues will see.</source>
        <translation>Introduzca el nombre que verán sus compañeros.</translation>
    </message>
</context>
<context>
    <name>FittedLabel</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
</context>
<context>
    <name>FlagSentences</name>
    <message>
        <source>Ceiling: %1</source>
        <translation>Techo terapéutico: %1</translation>
    </message>
    <message>
        <source>Allergies not yet asked</source>
        <translation>Alergias aún no preguntadas</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Alergias: %1</translation>
    </message>
    <message>
        <source>Not assessed: %1</source>
        <translation>Sin valorar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>No known allergies (recorded by %1 on %2)</source>
        <translation>Sin alergias conocidas (registrado por %1 el %2)</translation>
    </message>
    <message>
        <source>No known allergies (recorded on %1)</source>
        <translation>Sin alergias conocidas (registrado el %1)</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
</context>
<context>
    <name>FollowUpsSection</name>
    <message>
        <source>Follow-up appointments</source>
        <translation>Citas de seguimiento</translation>
    </message>
    <message>
        <source>No follow-up appointments yet.</source>
        <translation>Aún no hay citas de seguimiento.</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Añadir seguimiento</translation>
    </message>
    <message>
        <source>GP, heart failure nurse, fracture clinic…</source>
        <translation>Médico de familia, enfermería de IC, traumatología…</translation>
    </message>
    <message>
        <source>Boo&amp;ked</source>
        <translation>&amp;Programada</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>The place&apos;s name or address</source>
        <translation>Nombre o dirección del lugar</translation>
    </message>
    <message>
        <source>e.g. 0161 496 0123</source>
        <translation>p. ej., 912 345 678</translation>
    </message>
    <message>
        <source>Not booked: who will contact the patient</source>
        <translation>No programada: quién contactará con el paciente</translation>
    </message>
    <message>
        <source>Wi&amp;th whom</source>
        <translation>&amp;Con quién</translation>
    </message>
    <message>
        <source>Whe&amp;n (booked)</source>
        <translation>Cuá&amp;ndo (programada)</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Tipo de lugar</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Who will contact</source>
        <translation>Quién contactará</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <source>%1 — booked</source>
        <translation>%1 — programada</translation>
    </message>
    <message>
        <source>%1 — not booked yet</source>
        <translation>%1 — aún no programada</translation>
    </message>
    <message>
        <source>%1 will contact the patient</source>
        <translation>%1 contactará con el paciente</translation>
    </message>
    <message>
        <source>nobody named to contact the patient</source>
        <translation>nadie designado para contactar con el paciente</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>plazo: %1</translation>
    </message>
    <message>
        <source>Say who the follow-up is with.</source>
        <translation>Indique con quién es el seguimiento.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Con&amp;firm password</source>
        <translation>Con&amp;firmar contraseña</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>La contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>GoalsRevisit</name>
    <message>
        <source>Goals need revisiting</source>
        <translation>Hay que revisar los objetivos</translation>
    </message>
    <message>
        <source>Not talked through for a while, or not since the illness changed</source>
        <translation>Sin revisar desde hace tiempo, o desde que cambió la situación clínica</translation>
    </message>
    <message>
        <source>Goals revisited today</source>
        <translation>Objetivos revisados hoy</translation>
    </message>
    <message>
        <source>Record that the goals of care were talked through today</source>
        <translation>Registrar que hoy se han revisado los objetivos de cuidados</translation>
    </message>
    <message>
        <source>Goals of care not revisited yet</source>
        <translation>Objetivos de cuidados aún no revisados</translation>
    </message>
    <message>
        <source>Last revisited %1 by %2</source>
        <translation>Última revisión: %1, por %2</translation>
    </message>
    <message>
        <source>Last revisited %1</source>
        <translation>Última revisión: %1</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>For a name in another script, e.g. Wang Xiuying</source>
        <translation>Para un nombre en otra escritura, p. ej., Wang Xiuying</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Nombre en alfabeto latino</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>the patient&apos;s names</source>
        <translation>los nombres del paciente</translation>
    </message>
    <message>
        <source>Save names</source>
        <translation>Guardar nombres</translation>
    </message>
    <message>
        <source>Legal name: %1 %2</source>
        <translation>Nombre legal: %1 %2</translation>
    </message>
    <message>
        <source>The names were changed meanwhile (now: %1 / %2). Your entries are kept: Save again to keep yours.</source>
        <translation>Entretanto se cambiaron los nombres (ahora: %1 / %2). Sus datos se conservan: guarde de nuevo para conservar los suyos.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message numerus="yes">
        <source>Reading %Ln files… Nothing is written yet.</source>
        <translation>
            <numerusform>Leyendo %Ln archivo… Aún no se escribe nada.</numerusform>
            <numerusform>Leyendo %Ln archivos… Aún no se escribe nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import census</source>
        <translation>Importar censo</translation>
    </message>
    <message>
        <source>Importing… Everything is written at once, or nothing.</source>
        <translation>Importando… Se escribe todo de una vez, o nada.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import census</source>
        <translation>Importar censo</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NHC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>Expected discharge</source>
        <translation>Alta prevista</translation>
    </message>
    <message>
        <source>List entries</source>
        <translation>Entradas de la lista</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Check the import before it is written</source>
        <translation>Revise la importación antes de guardarla</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Desde: %1</translation>
    </message>
    <message>
        <source>To create</source>
        <translation>Por crear</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Por actualizar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Sin resolver</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patients to create</source>
        <translation>
            <numerusform>%Ln paciente por crear</numerusform>
            <numerusform>%Ln pacientes por crear</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln por actualizar</numerusform>
            <numerusform>%Ln por actualizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln admissions</source>
        <translation>
            <numerusform>%Ln ingreso</numerusform>
            <numerusform>%Ln ingresos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln omitido</numerusform>
            <numerusform>%Ln omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unresolved references</source>
        <translation>
            <numerusform>%Ln referencia sin resolver</numerusform>
            <numerusform>%Ln referencias sin resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message>
        <source>Nothing has been written yet: Import writes all of it at once, or nothing.</source>
        <translation>Aún no se ha guardado nada: Importar lo guarda todo a la vez, o nada.</translation>
    </message>
    <message>
        <source>Into: no ward; nobody is admitted</source>
        <translation>Destino: ninguna planta; no se ingresa a nadie</translation>
    </message>
    <message>
        <source>Into: %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message>
        <source>moves from bed %1 to bed %2</source>
        <translation>pasa de la cama %1 a la cama %2</translation>
    </message>
    <message>
        <source>moves to bed %1</source>
        <translation>pasa a la cama %1</translation>
    </message>
    <message>
        <source>stays in bed %1</source>
        <translation>sigue en la cama %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>on the ward, no bed</source>
        <translation>en la planta, sin cama</translation>
    </message>
    <message>
        <source>bed %1</source>
        <translation>cama %1</translation>
    </message>
    <message>
        <source>set to %1</source>
        <translation>cambia a %1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryWords</name>
    <message>
        <source>Patients: %1 created, %2 updated, %3 skipped; admissions created: %4; list entries: %5; goals of care written: %6</source>
        <translation>Pacientes: %1 creados, %2 actualizados, %3 omitidos; ingresos creados: %4; entradas de la lista: %5; objetivos de cuidado escritos: %6</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>omitido %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>References left unresolved: %Ln</source>
        <translation>
            <numerusform>Referencia sin resolver: %Ln</numerusform>
            <numerusform>Referencias sin resolver: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightCharts</name>
    <message>
        <source>Minutes per patient, round by round</source>
        <translation>Minutos por paciente, pase a pase</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Pase</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Card completeness (patients on the ward now)</source>
        <translation>Cumplimentación de la ficha (pacientes actuales de la planta)</translation>
    </message>
    <message>
        <source>Current patients</source>
        <translation>Pacientes actuales</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Disciplines present per round</source>
        <translation>Disciplinas presentes por pase</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Disciplinas</translation>
    </message>
    <message>
        <source>Actions opened and closed</source>
        <translation>Tareas abiertas y cerradas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Discharge against the expected date</source>
        <translation>Alta frente a la fecha prevista</translation>
    </message>
    <message>
        <source>Patient (bed)</source>
        <translation>Paciente (cama)</translation>
    </message>
    <message>
        <source>Days late (+) / early (−)</source>
        <translation>Días de retraso (+) / adelanto (−)</translation>
    </message>
    <message>
        <source>Handoff quality, I-PASS (patients on the ward now)</source>
        <translation>Calidad del relevo, I-PASS (pacientes actuales de la planta)</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>%1: %2 min per patient (%3)</source>
        <translation>%1: %2 min por paciente (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln paciente</numerusform>
            <numerusform>%Ln pacientes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln discipline(s)</source>
        <translation>
            <numerusform>%Ln disciplina</numerusform>
            <numerusform>%Ln disciplinas</numerusform>
        </translation>
    </message>
    <message>
        <source>What matters recorded</source>
        <translation>Lo que importa, registrado</translation>
    </message>
    <message>
        <source>Goals revisited in 3 days</source>
        <translation>Objetivos revisados en 3 días</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>One-liner</source>
        <translation>Resumen breve</translation>
    </message>
    <message>
        <source>If/then</source>
        <translation>Si/entonces</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>Lo que importa</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>%1: %2 opened, %3 closed</source>
        <translation>%1: %2 abiertas, %3 cerradas</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln discharge(s) had no expected date.</source>
        <translation>
            <numerusform>%Ln alta no tenía fecha prevista.</numerusform>
            <numerusform>%Ln altas no tenían fecha prevista.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: on the expected day</source>
        <translation>%1: en el día previsto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) late</source>
        <translation>
            <numerusform>%Ln día de retraso</numerusform>
            <numerusform>%Ln días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) early</source>
        <translation>
            <numerusform>%Ln día de adelanto</numerusform>
            <numerusform>%Ln días de adelanto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsWindow</name>
    <message>
        <source>Rounds insights</source>
        <translation>Rounds: indicadores</translation>
    </message>
    <message>
        <source>&amp;Ward</source>
        <translation>&amp;Planta</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print PDF…</source>
        <translation>&amp;Imprimir PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>There is no ward yet.</source>
        <translation>Aún no hay ninguna planta.</translation>
    </message>
    <message>
        <source>The first day comes after the last: swap them.</source>
        <translation>El primer día es posterior al último: inviértalos.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Patient information is hidden until you enter your password.</source>
        <translation>La información del paciente queda oculta hasta que introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else…</source>
        <translation>Iniciar sesión como &amp;otra persona…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Pase</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>W&amp;ard</source>
        <translation>P&amp;lanta</translation>
    </message>
    <message>
        <source>Ad&amp;min</source>
        <translation>Ad&amp;ministración</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
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
        <translation>Ubicación de la base de datos</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MedicationChangesSection</name>
    <message>
        <source>Medication changes</source>
        <translation>Cambios de medicación</translation>
    </message>
    <message>
        <source>No medication changes yet.</source>
        <translation>Aún no hay cambios de medicación.</translation>
    </message>
    <message>
        <source>Add medication change</source>
        <translation>Añadir cambio de medicación</translation>
    </message>
    <message>
        <source>e.g. 40 mg</source>
        <translation>p. ej., 40 mg</translation>
    </message>
    <message>
        <source>e.g. One tablet each morning</source>
        <translation>p. ej., un comprimido cada mañana</translation>
    </message>
    <message>
        <source>A changed one: e.g. 20 mg</source>
        <translation>Si ha cambiado: p. ej., 20 mg</translation>
    </message>
    <message>
        <source>In plain words, e.g. To protect your stomach</source>
        <translation>En palabras sencillas, p. ej., para proteger el estómago</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How and when to take it</source>
        <translation>Cómo y cuándo tomarlo</translation>
    </message>
    <message>
        <source>Previous dose</source>
        <translation>Dosis anterior</translation>
    </message>
    <message>
        <source>Reason for the patient</source>
        <translation>Motivo para el paciente</translation>
    </message>
    <message>
        <source>Medicines not reconciled yet.</source>
        <translation>Medicación aún no conciliada.</translation>
    </message>
    <message>
        <source>Record reconciliation</source>
        <translation>Registrar conciliación</translation>
    </message>
    <message>
        <source>Medicines reconciled by %1, %2.</source>
        <translation>Medicación conciliada por %1, %2.</translation>
    </message>
    <message>
        <source>Undo reconciliation</source>
        <translation>Deshacer conciliación</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decidido</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (antes %1)</translation>
    </message>
    <message>
        <source>Mark not decided</source>
        <translation>Marcar sin decidir</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Decidir</translation>
    </message>
    <message>
        <source>Name the medication.</source>
        <translation>Indique el medicamento.</translation>
    </message>
    <message>
        <source>Give the reason in words the patient will understand.</source>
        <translation>Explique el motivo con palabras que el paciente entienda.</translation>
    </message>
</context>
<context>
    <name>MedicinesSection</name>
    <message>
        <source>Current medicines</source>
        <translation>Medicación actual</translation>
    </message>
    <message>
        <source>No medicines recorded yet.</source>
        <translation>Aún no hay medicación registrada.</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>e.g. Apixaban</source>
        <translation>p. ej., Apixabán</translation>
    </message>
    <message>
        <source>e.g. 5 mg</source>
        <translation>p. ej., 5 mg</translation>
    </message>
    <message>
        <source>e.g. by mouth</source>
        <translation>p. ej., vía oral</translation>
    </message>
    <message>
        <source>e.g. twice a day</source>
        <translation>p. ej., dos veces al día</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>What pharmacy said</source>
        <translation>Qué dijo Farmacia</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Pharmacy said:</source>
        <translation>Farmacia dijo:</translation>
    </message>
    <message>
        <source>No entry from pharmacy yet.</source>
        <translation>Aún no hay anotación de Farmacia.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Stop %1: take it off the current medicines</source>
        <translation>Suspender %1: retirarlo de la medicación actual</translation>
    </message>
    <message>
        <source>Name the medicine.</source>
        <translation>Indique el medicamento.</translation>
    </message>
</context>
<context>
    <name>MoveBedDialog</name>
    <message>
        <source>Move bed</source>
        <translation>Cambiar de cama</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Cambiar de cama: %1</translation>
    </message>
    <message>
        <source>Now in: %1</source>
        <translation>Ahora en: %1</translation>
    </message>
    <message>
        <source>no bed</source>
        <translation>sin cama</translation>
    </message>
    <message>
        <source>&amp;Free bed</source>
        <translation>Cama &amp;libre</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>There is no free bed on this ward.</source>
        <translation>No hay ninguna cama libre en esta planta.</translation>
    </message>
</context>
<context>
    <name>MyActionsDialog</name>
    <message>
        <source>My actions</source>
        <translation>Mis tareas</translation>
    </message>
    <message>
        <source>Open actions on this ward for you or for %1, soonest due first.</source>
        <translation>Tareas abiertas en esta planta para usted o para %1, primero las de fecha más próxima.</translation>
    </message>
    <message>
        <source>Open actions on this ward for you, soonest due first.</source>
        <translation>Tareas abiertas en esta planta para usted, primero las de fecha más próxima.</translation>
    </message>
    <message>
        <source>Nothing open for you on this ward.</source>
        <translation>No tiene nada abierto en esta planta.</translation>
    </message>
    <message>
        <source>&amp;Go to patient</source>
        <translation>&amp;Ir al paciente</translation>
    </message>
    <message>
        <source>Show this patient&apos;s card (Enter)</source>
        <translation>Mostrar la ficha de este paciente (Intro)</translation>
    </message>
    <message>
        <source>My open actions</source>
        <translation>Mis tareas abiertas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Marcar como hecha: %1</translation>
    </message>
</context>
<context>
    <name>MyActionsModel</name>
    <message>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar hecha</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Marcar hecha: %1</translation>
    </message>
    <message>
        <source>No bed</source>
        <translation>Sin cama</translation>
    </message>
</context>
<context>
    <name>NewActionForm</name>
    <message>
        <source>What needs doing</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <source>What needs doing, in a few words</source>
        <translation>Qué hay que hacer, en pocas palabras</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <source>Leave unticked for no due date</source>
        <translation>Déjelo sin marcar si no hay fecha límite</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Open action</source>
        <translation>Abrir tarea</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>&amp;Tarea</translation>
    </message>
    <message>
        <source>Owned &amp;by</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Yo (%1)</translation>
    </message>
</context>
<context>
    <name>OutageBanner</name>
    <message>
        <source>Database connection</source>
        <translation>Conexión con la base de datos</translation>
    </message>
    <message>
        <source>The database cannot be reached. Your typing is kept on this computer; Rounds keeps trying.</source>
        <translation>No se puede acceder a la base de datos. Lo que escribe se guarda en este equipo; Rounds sigue intentándolo.</translation>
    </message>
    <message>
        <source>&amp;Open the downtime sheets</source>
        <translation>&amp;Abrir las hojas de respaldo</translation>
    </message>
    <message>
        <source>Since %1.</source>
        <translation>Desde %1.</translation>
    </message>
</context>
<context>
    <name>ParticipantsBox</name>
    <message>
        <source>Who took part (by role)</source>
        <translation>Quién participó (por rol)</translation>
    </message>
</context>
<context>
    <name>PatientPanel</name>
    <message>
        <source>Choose a patient from the census.</source>
        <translation>Elija un paciente del censo.</translation>
    </message>
    <message>
        <source>No bed</source>
        <translation>Sin cama</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>%1 — interpreter needed</source>
        <translation>%1 — necesita intérprete</translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation>NHC %1</translation>
    </message>
</context>
<context>
    <name>PdfFiles</name>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>PendingTestsSection</name>
    <message>
        <source>Tests waiting for results</source>
        <translation>Pruebas pendientes de resultado</translation>
    </message>
    <message>
        <source>No tests waiting for results.</source>
        <translation>No hay pruebas pendientes de resultado.</translation>
    </message>
    <message>
        <source>Add test</source>
        <translation>Añadir prueba</translation>
    </message>
    <message>
        <source>Blood culture, biopsy, CT report…</source>
        <translation>Hemocultivo, biopsia, informe de TC…</translation>
    </message>
    <message>
        <source>GP, the ward&apos;s doctors, the clinic…</source>
        <translation>Médico de familia, los médicos de la planta, la consulta…</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Who will tell the result</source>
        <translation>Quién comunicará el resultado</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <source>%1 — %2 will tell the result</source>
        <translation>%1 — %2 comunicará el resultado</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Para el %1</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Aún sin fecha</translation>
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
        <translation>A casa, con su hija; residencia; unidad de rehabilitación…</translation>
    </message>
    <message>
        <source>What stands in the way of going home</source>
        <translation>Qué impide volver a casa</translation>
    </message>
    <message>
        <source>Signs that mean: get help</source>
        <translation>Signos que indican: pedir ayuda</translation>
    </message>
    <message>
        <source>Names and numbers, day and night</source>
        <translation>Nombres y teléfonos, de día y de noche</translation>
    </message>
    <message>
        <source>In plain words, for the patient&apos;s copy: what was wrong, what we did</source>
        <translation>En lenguaje sencillo, para la copia del paciente: qué le pasaba, qué hicimos</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Destino</translation>
    </message>
    <message>
        <source>&amp;Barriers</source>
        <translation>&amp;Barreras</translation>
    </message>
    <message>
        <source>Warnin&amp;g signs</source>
        <translation>Signos de &amp;alarma</translation>
    </message>
    <message>
        <source>Whom to ca&amp;ll</source>
        <translation>A quién &amp;llamar</translation>
    </message>
    <message>
        <source>Why in hospital</source>
        <translation>Motivo del ingreso</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Guardar el plan</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <source>Save the plan (%1)</source>
        <translation>Guardar el plan (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Put back the saved plan</source>
        <translation>Restaurar el plan guardado</translation>
    </message>
    <message>
        <source>The discharge plan was saved meanwhile</source>
        <translation>El plan de alta se guardó mientras tanto</translation>
    </message>
    <message>
        <source>Not saved: %1 saved this plan meanwhile. Save again to compare.</source>
        <translation>No guardado: %1 guardó este plan mientras tanto. Guarde de nuevo para comparar.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Choose a ward first.</source>
        <translation>Elija primero una planta.</translation>
    </message>
    <message>
        <source>Choose a patient in the census first.</source>
        <translation>Elija primero un paciente del censo.</translation>
    </message>
    <message>
        <source>Choose a folder for the discharge summaries</source>
        <translation>Elija una carpeta para los resúmenes de alta</translation>
    </message>
    <message>
        <source>No discharge summary was saved.</source>
        <translation>No se guardó ningún resumen de alta.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln discharge summaries in %1.</source>
        <translation>
            <numerusform>Se guardó %Ln resumen de alta en %1.</numerusform>
            <numerusform>Se guardaron %Ln resúmenes de alta en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: saved %1 of %Ln discharge summaries in %2.</source>
        <translation>
            <numerusform>Detenido: se guardaron %1 de %Ln resumen de alta en %2.</numerusform>
            <numerusform>Detenido: se guardaron %1 de %Ln resúmenes de alta en %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>&amp;Tamaño de papel</translation>
    </message>
    <message>
        <source>&amp;Big print (18 pt), for low vision</source>
        <translation>&amp;Letra grande (18 pt), para baja visión</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PromActions</name>
    <message>
        <source>Choose a patient in the census first.</source>
        <translation>Elija primero un paciente en el censo.</translation>
    </message>
</context>
<context>
    <name>PromCaptureDialog</name>
    <message>
        <source>How the patient is</source>
        <translation>Cómo está el paciente</translation>
    </message>
    <message>
        <source>How the patient is today, as they tell it. Ask only what fits; anything left at “Not asked” is not recorded.</source>
        <translation>Cómo está hoy el paciente, según lo cuenta. Pregunte solo lo que proceda; lo que quede en «No preguntado» no se registra.</translation>
    </message>
    <message>
        <source>&amp;What matters to you today? (in their words)</source>
        <translation>¿&amp;Qué es importante para usted hoy? (con sus palabras)</translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation>%1, cama %2</translation>
    </message>
</context>
<context>
    <name>PromTrend</name>
    <message>
        <source>How the patient says they are</source>
        <translation>Cómo dice el paciente que está</translation>
    </message>
    <message>
        <source>No patient-reported scores yet.</source>
        <translation>Aún no hay puntuaciones del paciente.</translation>
    </message>
    <message>
        <source>Patient-reported scores, 0 to 10:</source>
        <translation>Puntuaciones referidas por el paciente, de 0 a 10:</translation>
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
        <translation>no preguntado</translation>
    </message>
</context>
<context>
    <name>PromWords</name>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Feeling today</source>
        <translation>Bienestar hoy</translation>
    </message>
    <message>
        <source>Breathlessness</source>
        <translation>Disnea</translation>
    </message>
    <message>
        <source>&amp;Pain right now</source>
        <translation>&amp;Dolor ahora mismo</translation>
    </message>
    <message>
        <source>How are you &amp;feeling today?</source>
        <translation>¿Cómo se &amp;siente hoy?</translation>
    </message>
    <message>
        <source>&amp;Breathlessness</source>
        <translation>Dis&amp;nea</translation>
    </message>
    <message>
        <source>0 = no pain · 10 = worst pain imaginable</source>
        <translation>0 = sin dolor · 10 = el peor dolor imaginable</translation>
    </message>
    <message>
        <source>0 = very bad · 10 = very good</source>
        <translation>0 = muy mal · 10 = muy bien</translation>
    </message>
    <message>
        <source>0 = not breathless · 10 = worst breathlessness</source>
        <translation>0 = sin disnea · 10 = la peor disnea</translation>
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
        <translation>Nueva anotación</translation>
    </message>
    <message>
        <source>What should the team know?</source>
        <translation>¿Qué debe saber el equipo?</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva anotación</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>Discip&amp;line</source>
        <translation>Discip&amp;lina</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Tipo de anotación</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Sensi&amp;tive</source>
        <translation>&amp;Confidencial</translation>
    </message>
    <message>
        <source>A sensitive entry is never shown on the ward-room screen</source>
        <translation>Una anotación confidencial nunca se muestra en la pantalla de la sala</translation>
    </message>
    <message>
        <source>Share with patient</source>
        <translation>Compartir con el paciente</translation>
    </message>
    <message>
        <source>Share this entry with the patient</source>
        <translation>Compartir esta anotación con el paciente</translation>
    </message>
    <message>
        <source>Print this entry on the patient&apos;s own copy</source>
        <translation>Imprimir esta anotación en la copia del paciente</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add the entry to the timeline (%1)</source>
        <translation>Añadir la anotación a la cronología (%1)</translation>
    </message>
    <message>
        <source>Write the entry first.</source>
        <translation>Escriba primero la anotación.</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>In 2 days</source>
        <translation>En 2 días</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>En una semana</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Registro rápido</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Who does what — Enter adds it</source>
        <translation>Quién hace qué — Intro la añade</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Responsable de la tarea</translation>
    </message>
    <message>
        <source>Action due</source>
        <translation>Fecha límite de la tarea</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva anotación</translation>
    </message>
    <message>
        <source>What was said — Enter adds it</source>
        <translation>Lo que se dijo — Intro la añade</translation>
    </message>
    <message>
        <source>Discipline speaking</source>
        <translation>Disciplina que habla</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Tipo de anotación</translation>
    </message>
    <message>
        <source>&amp;Action (A)</source>
        <translation>T&amp;area (A)</translation>
    </message>
    <message>
        <source>&amp;Entry (C)</source>
        <translation>Anota&amp;ción (C)</translation>
    </message>
    <message>
        <source>Write the action first.</source>
        <translation>Escriba primero la tarea.</translation>
    </message>
    <message>
        <source>Write the entry first.</source>
        <translation>Escriba primero la anotación.</translation>
    </message>
</context>
<context>
    <name>ReadBackPanel</name>
    <message>
        <source>Read back the new actions</source>
        <translation>Repaso de las tareas nuevas</translation>
    </message>
    <message>
        <source>Read each action aloud, with its owner. Enter: done · Esc: not yet</source>
        <translation>Lea en voz alta cada tarea con su responsable. Intro: hecho · Esc: todavía no</translation>
    </message>
</context>
<context>
    <name>RemovableListSection</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nueva contraseña para %1</translation>
    </message>
    <message>
        <source>Give them the new password in person, never by e-mail.</source>
        <translation>Entréguele la nueva contraseña en persona, nunca por correo electrónico.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
</context>
<context>
    <name>ResuscitationSection</name>
    <message>
        <source>Resuscitation and ceiling of treatment</source>
        <translation>Reanimación y techo terapéutico</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Role, e.g. consultant physician</source>
        <translation>Rol, p. ej., médico adjunto</translation>
    </message>
    <message>
        <source>e.g. patient and daughter</source>
        <translation>p. ej., el paciente y su hija</translation>
    </message>
    <message>
        <source>e.g. ReSPECT form, 12 May</source>
        <translation>p. ej., hoja de LET, 12 de mayo</translation>
    </message>
    <message>
        <source>Resusci&amp;tation</source>
        <translation>&amp;Reanimación</translation>
    </message>
    <message>
        <source>Cei&amp;ling of treatment</source>
        <translation>&amp;Techo terapéutico</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Fecha de decisión</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Disc&amp;ussed with</source>
        <translation>&amp;Hablado con</translation>
    </message>
    <message>
        <source>Si&amp;gned form</source>
        <translation>&amp;Documento firmado</translation>
    </message>
    <message>
        <source>the resuscitation decision</source>
        <translation>la decisión de reanimación</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Guardar decisión</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo changes to the resuscitation decision</source>
        <translation>Deshacer los cambios en la decisión de reanimación</translation>
    </message>
    <message>
        <source>%1 recorded a decision meanwhile: %2; %3. Your entries are kept here: Save again to record yours instead.</source>
        <translation>%1 registró una decisión mientras tanto: %2; %3. Sus datos se conservan aquí: guarde de nuevo para registrar los suyos.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
</context>
<context>
    <name>ReviewActionRows</name>
    <message>
        <source>No actions yet.</source>
        <translation>Aún no hay tareas.</translation>
    </message>
    <message>
        <source>&amp;Add an action</source>
        <translation>&amp;Añadir una tarea</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>A short title that names no one</source>
        <translation>Un título breve que no identifique a nadie</translation>
    </message>
    <message>
        <source>&amp;De-identify: replace the patient&apos;s names, dates and identifiers</source>
        <translation>&amp;Anonimizar: sustituir nombres, fechas e identificadores del paciente</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Linked to</source>
        <translation>&amp;Vinculada a</translation>
    </message>
    <message>
        <source>What we will do</source>
        <translation>Qué haremos</translation>
    </message>
</context>
<context>
    <name>ReviewLink</name>
    <message>
        <source>Not linked to a patient</source>
        <translation>No vinculada a ningún paciente</translation>
    </message>
    <message>
        <source>The linked patient (de-identified)</source>
        <translation>El paciente vinculado (anonimizado)</translation>
    </message>
    <message>
        <source>Admission %1</source>
        <translation>Ingreso %1</translation>
    </message>
    <message>
        <source>Bed %1 — %2</source>
        <translation>Cama %1 — %2</translation>
    </message>
</context>
<context>
    <name>ReviewListPanel</name>
    <message>
        <source>Words in a title or a section</source>
        <translation>Palabras de un título o una sección</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>&amp;New review</source>
        <translation>&amp;Nueva revisión</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Amendments</source>
        <translation>Correcciones</translation>
    </message>
</context>
<context>
    <name>ReviewQuestions</name>
    <message>
        <source>Finalize the review</source>
        <translation>Finalizar la revisión</translation>
    </message>
    <message>
        <source>A final review is locked: after this it changes only by amendments, which keep the text before and the reason. Finalize it now?</source>
        <translation>Una revisión finalizada queda bloqueada: desde ese momento solo cambia mediante correcciones, que conservan el texto anterior y el motivo. ¿Finalizarla ahora?</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Todavía no</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This review has changes that are not saved yet.</source>
        <translation>Esta revisión tiene cambios que aún no se han guardado.</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What we felt</source>
        <translation>Qué sentimos</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Qué salió bien</translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation>Qué se podría mejorar</translation>
    </message>
    <message>
        <source>Systems factors (handoffs, roles, language and culture, time)</source>
        <translation>Factores del sistema (relevos, roles, idioma y cultura, tiempo)</translation>
    </message>
    <message>
        <source>Assumptions or biases we noticed</source>
        <translation>Supuestos o sesgos que notamos</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>What &amp;happened</source>
        <translation>Qué &amp;pasó</translation>
    </message>
    <message>
        <source>What &amp;we felt</source>
        <translation>Qué &amp;sentimos</translation>
    </message>
    <message>
        <source>What wen&amp;t well</source>
        <translation>Qué salió &amp;bien</translation>
    </message>
    <message>
        <source>What could be &amp;better</source>
        <translation>Qué se podría &amp;mejorar</translation>
    </message>
    <message>
        <source>S&amp;ystems factors (handoffs, roles, language and culture, time)</source>
        <translation>&amp;Factores del sistema (relevos, roles, idioma y cultura, tiempo)</translation>
    </message>
    <message>
        <source>Ass&amp;umptions or biases we noticed</source>
        <translation>Supuestos o ses&amp;gos que notamos</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>Seg&amp;uimiento</translation>
    </message>
    <message>
        <source>The story in order, as each of us saw it.</source>
        <translation>La historia en orden, tal como la vio cada uno.</translation>
    </message>
    <message>
        <source>How it was for the team, the patient and the family.</source>
        <translation>Cómo fue para el equipo, el paciente y la familia.</translation>
    </message>
    <message>
        <source>What helped, and should be kept.</source>
        <translation>Lo que ayudó y conviene mantener.</translation>
    </message>
    <message>
        <source>What we would do differently next time.</source>
        <translation>Lo que haríamos de otra forma la próxima vez.</translation>
    </message>
    <message>
        <source>Handoffs, roles, language and culture, time, equipment.</source>
        <translation>Relevos, roles, idioma y cultura, tiempo, equipamiento.</translation>
    </message>
    <message>
        <source>What we took for granted, about the patient or each other.</source>
        <translation>Lo que dimos por sentado, sobre el paciente o entre nosotros.</translation>
    </message>
    <message>
        <source>Who follows up, and with whom.</source>
        <translation>Quién hace el seguimiento y con quién.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitiva</translation>
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
        <translation>cama %1</translation>
    </message>
    <message>
        <source>de-identified</source>
        <translation>anonimizada</translation>
    </message>
</context>
<context>
    <name>ReviewsWindow</name>
    <message>
        <source>Reflective case reviews</source>
        <translation>Revisiones reflexivas de casos</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>Pre&amp;view de-identified…</source>
        <translation>&amp;Vista previa anonimizada…</translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation>&amp;Finalizar…</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Co&amp;rregir…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>New review — not saved yet</source>
        <translation>Nueva revisión — aún sin guardar</translation>
    </message>
    <message>
        <source>Final since %1 — amend to change it</source>
        <translation>Definitiva desde %1 — corríjala para cambiarla</translation>
    </message>
    <message>
        <source> — unsaved changes</source>
        <translation> — cambios sin guardar</translation>
    </message>
    <message>
        <source>%1, saved %2%3</source>
        <translation>%1, guardada %2%3</translation>
    </message>
</context>
<context>
    <name>RoundKeys</name>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next patient</source>
        <translation>Paciente siguiente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Previous patient</source>
        <translation>Paciente anterior</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>First patient</source>
        <translation>Primer paciente</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Last patient</source>
        <translation>Último paciente</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Comentado</translation>
    </message>
    <message>
        <source>Mark discussed</source>
        <translation>Marcar como comentado</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip, and come back later</source>
        <translation>Saltar y volver más tarde</translation>
    </message>
    <message>
        <source>Read back</source>
        <translation>Releer</translation>
    </message>
    <message>
        <source>Read back the new actions</source>
        <translation>Releer las tareas nuevas</translation>
    </message>
    <message>
        <source>Read back done</source>
        <translation>Relectura hecha</translation>
    </message>
    <message>
        <source>The actions were read back</source>
        <translation>Se releyeron las tareas</translation>
    </message>
    <message>
        <source>Next prompt</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Iniciar o pausar el temporizador</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Show or hide full names</source>
        <translation>Mostrar u ocultar los nombres completos</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Orden de RCP</translation>
    </message>
    <message>
        <source>Show or hide code status and allergies on the ward-room screen</source>
        <translation>Mostrar u ocultar la orden de RCP y las alergias en la pantalla de la sala</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Capture an action</source>
        <translation>Registrar una tarea</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Anotación</translation>
    </message>
    <message>
        <source>Capture an entry</source>
        <translation>Registrar una anotación</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Quién está</translation>
    </message>
    <message>
        <source>Tick who is here</source>
        <translation>Marcar quién está presente</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>Show or hide the console</source>
        <translation>Mostrar u ocultar la consola</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Bloquear la pantalla</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Terminar pase</translation>
    </message>
    <message>
        <source>End the round</source>
        <translation>Terminar el pase</translation>
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
        <translation>Cama</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Comentado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
</context>
<context>
    <name>RoundPrompts</name>
    <message>
        <source>What matters most</source>
        <translation>Lo que más importa</translation>
    </message>
    <message>
        <source>Read what matters most aloud. Is it still true? Anything to add?</source>
        <translation>Lea en voz alta lo que más importa. ¿Sigue siendo así? ¿Algo que añadir?</translation>
    </message>
    <message>
        <source>Overnight events</source>
        <translation>Incidencias de la noche</translation>
    </message>
    <message>
        <source>What happened since the last round: events, results, new worries?</source>
        <translation>¿Qué ha pasado desde el último pase: incidencias, resultados, nuevas preocupaciones?</translation>
    </message>
    <message>
        <source>Each discipline</source>
        <translation>Cada disciplina</translation>
    </message>
    <message>
        <source>Go round the room: what would each of you add?</source>
        <translation>Pregunten a todos en la sala: ¿qué añadiría cada uno?</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Today&apos;s plan: who does what, by when? Capture each action.</source>
        <translation>Plan de hoy: ¿quién hace qué y para cuándo? Registre cada tarea.</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Are we on track for the expected date? What stands in the way?</source>
        <translation>¿Vamos bien para la fecha prevista? ¿Qué lo impide?</translation>
    </message>
    <message>
        <source>Questions for the patient and family</source>
        <translation>Preguntas para el paciente y la familia</translation>
    </message>
    <message>
        <source>What do we need to ask, or tell, the patient and their family?</source>
        <translation>¿Qué tenemos que preguntar, o contar, al paciente y a su familia?</translation>
    </message>
    <message>
        <source>%1: what would you add?</source>
        <translation>%1: ¿qué añadiría?</translation>
    </message>
    <message>
        <source>Safety check</source>
        <translation>Comprobación de seguridad</translation>
    </message>
    <message>
        <source>Not assessed yet: %1. Who can answer each now? Capture what is missing.</source>
        <translation>Aún sin valorar: %1. ¿Quién puede responder cada uno ahora? Registre lo que falte.</translation>
    </message>
    <message>
        <source>Every safety item is recorded. Read the flags aloud: mobility, falls, isolation, diet, aids, lines, VTE, decisions. Still true?</source>
        <translation>Todos los elementos de seguridad están registrados. Lean las alertas en voz alta: movilidad, caídas, aislamiento, dieta, ayudas, vías, ETV, decisiones. ¿Siguen vigentes?</translation>
    </message>
</context>
<context>
    <name>RoundSetupWords</name>
    <message>
        <source>There is no ward with id %1.</source>
        <translation>No hay ninguna planta con el identificador %1.</translation>
    </message>
    <message>
        <source>This ward has no patients to round on.</source>
        <translation>Esta planta no tiene pacientes para el pase.</translation>
    </message>
</context>
<context>
    <name>RoundSummaryWords</name>
    <message>
        <source>%1 discussed</source>
        <translation>Comentados: %1</translation>
    </message>
    <message>
        <source>%1 seen, no outcome</source>
        <translation>Vistos sin resultado: %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>Saltados: %1</translation>
    </message>
    <message>
        <source>%1 not reached</source>
        <translation>No alcanzados: %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>nadie registrado</translation>
    </message>
    <message>
        <source>Actions captured: %1 (read back: %2)</source>
        <translation>Tareas registradas: %1 (releídas: %2)</translation>
    </message>
    <message>
        <source>Attended: %1</source>
        <translation>Asistentes: %1</translation>
    </message>
    <message>
        <source>Not here: %1</source>
        <translation>Ausentes: %1</translation>
    </message>
</context>
<context>
    <name>RoundWork</name>
    <message>
        <source>Read back: new actions</source>
        <translation>Repaso: tareas nuevas</translation>
    </message>
    <message>
        <source>No new actions to read back.</source>
        <translation>No hay tareas nuevas que repasar.</translation>
    </message>
    <message>
        <source>The round is over</source>
        <translation>El pase ha terminado</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — vence el %2</translation>
    </message>
</context>
<context>
    <name>RoundsDialogs</name>
    <message>
        <source>Show full names?</source>
        <translation>¿Mostrar los nombres completos?</translation>
    </message>
    <message>
        <source>Full names will show on the ward-room screen for everyone in the room to read. Only do this when everyone there may see them.</source>
        <translation>Los nombres completos se mostrarán en la pantalla de la sala y todos los presentes podrán leerlos. Hágalo solo si todos los presentes pueden verlos.</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Mostrar nombres</translation>
    </message>
    <message>
        <source>Keep initials</source>
        <translation>Mantener iniciales</translation>
    </message>
    <message>
        <source>Show code status and allergies?</source>
        <translation>¿Mostrar la orden de RCP y las alergias?</translation>
    </message>
    <message>
        <source>Resuscitation status, ceiling of treatment and allergies will show on the ward-room screen for everyone in the room to read. Only do this when everyone there may see them.</source>
        <translation>El estado de reanimación, el techo terapéutico y las alergias se mostrarán en la pantalla de la sala y todos los presentes podrán leerlos. Hágalo solo si todos los presentes pueden verlos.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlos</translation>
    </message>
    <message>
        <source>Keep them hidden</source>
        <translation>Mantenerlos ocultos</translation>
    </message>
    <message>
        <source>End the round? The summary shows next.</source>
        <translation>¿Terminar el pase? A continuación se muestra el resumen.</translation>
    </message>
    <message>
        <source>End the round? Patients not reached yet: %1.</source>
        <translation>¿Terminar el pase? Pacientes aún no alcanzados: %1.</translation>
    </message>
    <message>
        <source>End the round</source>
        <translation>Terminar el pase</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>RoundsMode</name>
    <message>
        <source>This round was already running: carrying on.</source>
        <translation>Este pase ya estaba en curso: se continúa.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>No bed</source>
        <translation>Sin cama</translation>
    </message>
</context>
<context>
    <name>SafetyChecksSection</name>
    <message>
        <source>%1: details</source>
        <translation>%1: detalles</translation>
    </message>
    <message>
        <source>Date put in not known</source>
        <translation>Fecha de colocación desconocida</translation>
    </message>
    <message>
        <source>%1: in place since</source>
        <translation>%1: fecha de colocación</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <source>Safety check (SIBR whiteboard)</source>
        <translation>Comprobación de seguridad (pizarra SIBR)</translation>
    </message>
    <message>
        <source>%1 · in place %2</source>
        <translation>%1 · desde hace %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 recorded %2 meanwhile: %3. Your entry is kept: Save again to keep yours.</source>
        <translation>%1 registró %2 mientras tanto: %3. Su dato se conserva: guarde de nuevo para mantener el suyo.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
</context>
<context>
    <name>SafetyHeader</name>
    <message>
        <source>Allergies not asked</source>
        <translation>Alergias no preguntadas</translation>
    </message>
    <message>
        <source>NKA: no known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Alergias: %1</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Orden de RCP</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
</context>
<context>
    <name>SafetyWords</name>
    <message>
        <source>severity not known</source>
        <translation>gravedad desconocida</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>risk not assessed</source>
        <translation>riesgo no valorado</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>riesgo bajo</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>riesgo alto</translation>
    </message>
    <message>
        <source>risk unable to assess</source>
        <translation>riesgo no valorable</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>registrada por error</translation>
    </message>
    <message>
        <source>CPR not discussed</source>
        <translation>RCP no comentada</translation>
    </message>
    <message>
        <source>CPR not yet discussed</source>
        <translation>RCP aún no comentada</translation>
    </message>
    <message>
        <source>For CPR</source>
        <translation>Subsidiario de RCP</translation>
    </message>
    <message>
        <source>Do not attempt CPR</source>
        <translation>No intentar RCP</translation>
    </message>
    <message>
        <source>Ceiling of treatment not yet discussed</source>
        <translation>Techo terapéutico aún no comentado</translation>
    </message>
    <message>
        <source>Full escalation including ICU</source>
        <translation>Escalada completa, incluida UCI</translation>
    </message>
    <message>
        <source>Ward-based care, not for ICU</source>
        <translation>Tratamiento en planta, no UCI</translation>
    </message>
    <message>
        <source>Comfort-focused care</source>
        <translation>Medidas de confort</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no valorado</translation>
    </message>
    <message>
        <source>patient decides (has capacity)</source>
        <translation>decide el paciente (tiene capacidad)</translation>
    </message>
    <message>
        <source>health-care proxy or lasting power of attorney</source>
        <translation>representante sanitario o poder preventivo</translation>
    </message>
    <message>
        <source>court-appointed deputy</source>
        <translation>representante judicial</translation>
    </message>
    <message>
        <source>no one appointed: best-interests decision</source>
        <translation>nadie designado: decisión en su mejor interés</translation>
    </message>
    <message>
        <source>Who, and for which decisions</source>
        <translation>Quién, y para qué decisiones</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>independiente</translation>
    </message>
    <message>
        <source>walks with an aid</source>
        <translation>camina con ayuda técnica</translation>
    </message>
    <message>
        <source>needs one to help</source>
        <translation>ayuda de una persona</translation>
    </message>
    <message>
        <source>needs two to help</source>
        <translation>ayuda de dos personas</translation>
    </message>
    <message>
        <source>hoist</source>
        <translation>grúa</translation>
    </message>
    <message>
        <source>bed-bound</source>
        <translation>encamado</translation>
    </message>
    <message>
        <source>Aids (frame, stick, wheelchair)</source>
        <translation>Ayudas técnicas (andador, bastón, silla de ruedas)</translation>
    </message>
    <message>
        <source>Falls risk</source>
        <translation>Riesgo de caídas</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>What helps (bed rails, sensor mat, close by the station)</source>
        <translation>Qué ayuda (barandillas, sensor de cama, cerca del control)</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Aislamiento</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>contact precautions</source>
        <translation>aislamiento de contacto</translation>
    </message>
    <message>
        <source>droplet precautions</source>
        <translation>aislamiento por gotas</translation>
    </message>
    <message>
        <source>airborne precautions</source>
        <translation>aislamiento aéreo</translation>
    </message>
    <message>
        <source>Organism or reason</source>
        <translation>Microorganismo o motivo</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <source>normal diet</source>
        <translation>dieta normal</translation>
    </message>
    <message>
        <source>modified diet or fluids</source>
        <translation>dieta o líquidos adaptados</translation>
    </message>
    <message>
        <source>nil by mouth</source>
        <translation>dieta absoluta</translation>
    </message>
    <message>
        <source>tube feeding</source>
        <translation>nutrición por sonda</translation>
    </message>
    <message>
        <source>Texture, fluids, swallow assessment, until when</source>
        <translation>Textura, líquidos, valoración de la deglución, hasta cuándo</translation>
    </message>
    <message>
        <source>Hearing, sight, dental aids</source>
        <translation>Ayudas auditivas, visuales y dentales</translation>
    </message>
    <message>
        <source>uses aids</source>
        <translation>usa ayudas</translation>
    </message>
    <message>
        <source>Which (hearing aid left ear, glasses, upper denture)</source>
        <translation>Cuáles (audífono oído izquierdo, gafas, prótesis dental superior)</translation>
    </message>
    <message>
        <source>Lines and catheters</source>
        <translation>Vías y sondas</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>presentes</translation>
    </message>
    <message>
        <source>Which (cannula, PICC, urinary catheter)</source>
        <translation>Cuáles (vía periférica, PICC, sonda vesical)</translation>
    </message>
    <message>
        <source>VTE prophylaxis</source>
        <translation>Profilaxis de ETV</translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation>prescrita</translation>
    </message>
    <message>
        <source>not indicated</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <source>contraindicated</source>
        <translation>contraindicada</translation>
    </message>
    <message>
        <source>Which, or why not</source>
        <translation>Cuál, o por qué no</translation>
    </message>
    <message>
        <source>DNACPR</source>
        <translation>No RCP</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Aún no registrado</translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation>Registrado por %1, %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
</context>
<context>
    <name>ScorePicker</name>
    <message>
        <source>Not asked</source>
        <translation>No preguntado</translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation>%1: %2 de 10</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no preguntado</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
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
        <translation>no se puede leer la clave de auditoría %1: %2</translation>
    </message>
    <message>
        <source>the audit key %1 is not an audit key (it should hold at least %2 hexadecimal digits)</source>
        <translation>la clave de auditoría %1 no es una clave de auditoría (debería contener al menos %2 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>cannot create the audit key %1: %2</source>
        <translation>no se puede crear la clave de auditoría %1: %2</translation>
    </message>
    <message>
        <source>A demo ward needs at least one patient.</source>
        <translation>Una planta de demostración necesita al menos un paciente.</translation>
    </message>
    <message>
        <source>make a demo</source>
        <translation>crear una demostración</translation>
    </message>
    <message>
        <source>This database already holds data; make the demo in a new file.</source>
        <translation>Esta base de datos ya contiene datos; cree la demostración en un archivo nuevo.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>el nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>el nombre visible</translation>
    </message>
    <message>
        <source>Ward code</source>
        <translation>el código de la planta</translation>
    </message>
    <message>
        <source>Ward name</source>
        <translation>el nombre de la planta</translation>
    </message>
    <message>
        <source>Bed label</source>
        <translation>el identificador de la cama</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>el NHC</translation>
    </message>
    <message>
        <source>Other identifiers</source>
        <translation>los otros identificadores</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>los apellidos</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>el nombre preferido</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>los pronombres</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>el sexo</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>el idioma preferido</translation>
    </message>
    <message>
        <source>Clinical one-liner</source>
        <translation>el resumen clínico breve</translation>
    </message>
    <message>
        <source>The card field</source>
        <translation>el campo de la ficha</translation>
    </message>
    <message>
        <source>The language of the text</source>
        <translation>el idioma del texto</translation>
    </message>
    <message>
        <source>The entry</source>
        <translation>la anotación</translation>
    </message>
    <message>
        <source>The reason for the amendment</source>
        <translation>el motivo de la corrección</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>la tarea</translation>
    </message>
    <message>
        <source>The &apos;if&apos; of the contingency</source>
        <translation>el «si» de la contingencia</translation>
    </message>
    <message>
        <source>The &apos;then&apos; of the contingency</source>
        <translation>el «entonces» de la contingencia</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>el destino</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>las barreras</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>los signos de alarma</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>a quién llamar</translation>
    </message>
    <message>
        <source>The checklist item</source>
        <translation>el elemento de la lista</translation>
    </message>
    <message>
        <source>Who the follow-up is with</source>
        <translation>con quién es el seguimiento</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>el lugar</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>el motivo</translation>
    </message>
    <message>
        <source>The medication</source>
        <translation>el medicamento</translation>
    </message>
    <message>
        <source>The plain-language reason</source>
        <translation>el motivo en lenguaje sencillo</translation>
    </message>
    <message>
        <source>Why you were in hospital</source>
        <translation>por qué estuvo en el hospital</translation>
    </message>
    <message>
        <source>The test</source>
        <translation>la prueba</translation>
    </message>
    <message>
        <source>Who will tell the result</source>
        <translation>quién comunicará el resultado</translation>
    </message>
    <message>
        <source>The name or service to call</source>
        <translation>el nombre o servicio al que llamar</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>el número de teléfono</translation>
    </message>
    <message>
        <source>may hold only digits, spaces, +, brackets and dashes</source>
        <translation>solo puede contener dígitos, espacios, +, paréntesis y guiones</translation>
    </message>
    <message>
        <source>The hours</source>
        <translation>el horario</translation>
    </message>
    <message>
        <source>What was taught</source>
        <translation>qué se enseñó</translation>
    </message>
    <message>
        <source>Who was taught</source>
        <translation>a quién se enseñó</translation>
    </message>
    <message>
        <source>The dose</source>
        <translation>la dosis</translation>
    </message>
    <message>
        <source>How and when to take it</source>
        <translation>cómo y cuándo tomarlo</translation>
    </message>
    <message>
        <source>The previous dose</source>
        <translation>la dosis anterior</translation>
    </message>
    <message>
        <source>The appointment&apos;s phone number</source>
        <translation>el teléfono de la cita</translation>
    </message>
    <message>
        <source>Who will contact the patient</source>
        <translation>quién contactará con el paciente</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>la clave</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>el origen</translation>
    </message>
    <message>
        <source>The substance</source>
        <translation>la sustancia</translation>
    </message>
    <message>
        <source>The criticality</source>
        <translation>la criticidad</translation>
    </message>
    <message>
        <source>The medicine</source>
        <translation>el medicamento</translation>
    </message>
    <message>
        <source>The dosage</source>
        <translation>la posología</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>el problema</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>el nombre del contacto</translation>
    </message>
    <message>
        <source>The relationship</source>
        <translation>el parentesco</translation>
    </message>
    <message>
        <source>The team member&apos;s name</source>
        <translation>el nombre del miembro del equipo</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>el rol</translation>
    </message>
    <message>
        <source>The reaction</source>
        <translation>la reacción</translation>
    </message>
    <message>
        <source>The severity</source>
        <translation>la gravedad</translation>
    </message>
    <message>
        <source>The allergy&apos;s status</source>
        <translation>el estado de la alergia</translation>
    </message>
    <message>
        <source>The route</source>
        <translation>la vía</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>la frecuencia</translation>
    </message>
    <message>
        <source>The name in Latin letters</source>
        <translation>el nombre en alfabeto latino</translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation>quién decidió</translation>
    </message>
    <message>
        <source>Whom it was discussed with</source>
        <translation>con quién se habló</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>el formulario</translation>
    </message>
    <message>
        <source>The state</source>
        <translation>el estado</translation>
    </message>
    <message>
        <source>The detail</source>
        <translation>el detalle</translation>
    </message>
    <message>
        <source>The saved state</source>
        <translation>el estado guardado</translation>
    </message>
    <message>
        <source>What matters today</source>
        <translation>lo que importa hoy</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>The participants</source>
        <translation>los participantes</translation>
    </message>
    <message>
        <source>The section</source>
        <translation>la sección</translation>
    </message>
    <message>
        <source>Who follows it up</source>
        <translation>quién hace el seguimiento</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;tables&quot; must map table names to lists of rows</source>
        <translation>%1: &quot;tables&quot; debe asociar nombres de tabla a listas de filas</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte %2)</source>
        <translation>%1 no es texto UTF-8 (byte %2)</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3): it may be truncated</source>
        <translation>%1 no es JSON válido (línea %2, columna %3): puede estar truncado</translation>
    </message>
    <message>
        <source>%1 is not a Rounds export</source>
        <translation>%1 no es una exportación de Rounds</translation>
    </message>
    <message>
        <source>%1 has no valid format_version (a whole number from 1)</source>
        <translation>%1 no tiene un format_version válido (un número entero desde 1)</translation>
    </message>
    <message>
        <source>%1 is format version %2; this Rounds reads up to version %3 — update Rounds</source>
        <translation>%1 tiene la versión de formato %2; esta versión de Rounds lee hasta la versión %3 — actualice Rounds</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; at the top level</source>
        <translation>%1: clave desconocida &apos;%2&apos; en el nivel superior</translation>
    </message>
    <message>
        <source>%1: table &apos;%2&apos; is not part of a Rounds export</source>
        <translation>%1: la tabla &apos;%2&apos; no forma parte de una exportación de Rounds</translation>
    </message>
    <message>
        <source>%1: table %2 must be a list of rows</source>
        <translation>%1: la tabla %2 debe ser una lista de filas</translation>
    </message>
    <message>
        <source>%1: %2 must be one of: %3</source>
        <translation>%1: %2 debe ser uno de: %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 names no row in %4</source>
        <translation>%1: %2 %3 no corresponde a ninguna fila de %4</translation>
    </message>
    <message>
        <source>%1: table %2 row #%3 must be an object</source>
        <translation>%1: tabla %2, fila #%3: debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: table %2 row #%3: id must be a whole number from 1</source>
        <translation>%1: tabla %2, fila #%3: el id debe ser un número entero desde 1</translation>
    </message>
    <message>
        <source>%1: unknown column &apos;%2&apos;</source>
        <translation>%1: columna desconocida &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; cannot be null</source>
        <translation>%1: la columna &apos;%2&apos; no puede ser nula</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: missing column &apos;%2&apos;</source>
        <translation>%1: falta la columna &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the id appears twice</source>
        <translation>%1: el id aparece dos veces</translation>
    </message>
    <message>
        <source>%1: %2 %3 names no earlier row in %4</source>
        <translation>%1: %2 %3 no corresponde a ninguna fila anterior de %4</translation>
    </message>
    <message>
        <source>%1: %2 repeats row id=%3</source>
        <translation>%1: %2 repite la fila id=%3</translation>
    </message>
    <message>
        <source>export the database</source>
        <translation>exportar la base de datos</translation>
    </message>
    <message>
        <source>export user accounts with their passwords</source>
        <translation>exportar cuentas de usuario con sus contraseñas</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>import a database export</source>
        <translation>importar una exportación de la base de datos</translation>
    </message>
    <message>
        <source>the database already holds data; use --merge to add this export to it</source>
        <translation>la base de datos ya contiene datos; use --merge para añadirle esta exportación</translation>
    </message>
    <message>
        <source>%1: its rows break a rule of the database (%2)</source>
        <translation>%1: sus filas incumplen una regla de la base de datos (%2)</translation>
    </message>
    <message>
        <source>%1: cannot merge: %2 %3 %4 already exists</source>
        <translation>%1: no se puede fusionar: %2 %3 %4 ya existe</translation>
    </message>
    <message>
        <source>Give the name of the translator who reviewed the catalog.</source>
        <translation>Indique el nombre del traductor que revisó el catálogo.</translation>
    </message>
    <message>
        <source>import a census</source>
        <translation>importar un censo</translation>
    </message>
    <message>
        <source>someone changed the same patients or beds while the import ran; nothing was imported — try again</source>
        <translation>alguien cambió los mismos pacientes o camas durante la importación; no se ha importado nada — inténtelo de nuevo</translation>
    </message>
    <message>
        <source>bed %1 is no longer on the ward; nothing was imported</source>
        <translation>la cama %1 ya no está en la planta; no se ha importado nada</translation>
    </message>
    <message>
        <source>bed %1 was taken after the import was planned; nothing was imported — plan the import again</source>
        <translation>la cama %1 se ocupó después de planificar la importación; no se ha importado nada — vuelva a planificar la importación</translation>
    </message>
    <message>
        <source>an admission was planned without a ward; nothing was imported</source>
        <translation>se planificó un ingreso sin planta; no se ha importado nada</translation>
    </message>
    <message>
        <source>patient %1: the expected discharge date is before the admission; nothing was imported</source>
        <translation>paciente %1: la fecha prevista de alta es anterior al ingreso; no se ha importado nada</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported:
%3</source>
        <translation>%1: %2; no se ha importado nada:
%3</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV file (%2)</source>
        <translation>%1 no es un archivo CSV legible (%2)</translation>
    </message>
    <message>
        <source>%1: the header row must name the columns %2, each once, in any order (%3)</source>
        <translation>%1: la fila de cabecera debe nombrar las columnas %2, cada una una sola vez, en cualquier orden (%3)</translation>
    </message>
    <message>
        <source>%1 has no patient rows</source>
        <translation>%1 no tiene filas de pacientes</translation>
    </message>
    <message>
        <source>find patients</source>
        <translation>buscar pacientes</translation>
    </message>
    <message>
        <source>Bed %1 is on several wards; choose one with --ward.</source>
        <translation>La cama %1 está en varias plantas; elija una con --ward.</translation>
    </message>
    <message>
        <source>No patient is in bed %1 or has the MRN %2.</source>
        <translation>Ningún paciente está en la cama %1 ni tiene el NHC %2.</translation>
    </message>
    <message>
        <source>export patients</source>
        <translation>exportar pacientes</translation>
    </message>
    <message>
        <source>%1 is not FHIR: it has no resourceType</source>
        <translation>%1 no es FHIR: no tiene resourceType</translation>
    </message>
    <message>
        <source>%1: the Bundle&apos;s entry must be a list</source>
        <translation>%1: el entry del Bundle debe ser una lista</translation>
    </message>
    <message>
        <source>%1: entry %2 is not an object</source>
        <translation>%1: la entrada %2 no es un objeto</translation>
    </message>
    <message>
        <source>%1: entry %2 has no resourceType</source>
        <translation>%1: la entrada %2 no tiene resourceType</translation>
    </message>
    <message>
        <source>%1 is FHIR %2, not R4: export it as FHIR R4</source>
        <translation>%1 es FHIR %2, no R4: expórtelo como FHIR R4</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a FHIR R4 resource type (is the file another FHIR version?)</source>
        <translation>%1: &apos;%2&apos; no es un tipo de recurso FHIR R4 (¿es el archivo de otra versión de FHIR?)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>%1 nests too deeply to be FHIR</source>
        <translation>%1 tiene demasiados niveles de anidamiento para ser FHIR</translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; contains a control character; nothing was imported</source>
        <translation>%1: %2 columna &apos;%3&apos; contiene un carácter de control; no se ha importado nada</translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; must be one line but holds a line break; nothing was imported</source>
        <translation>%1: %2 columna &apos;%3&apos; debe ocupar una sola línea pero tiene un salto de línea; no se ha importado nada</translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; is empty; nothing was imported</source>
        <translation>%1: %2 columna &apos;%3&apos; está vacía; no se ha importado nada</translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; is %4 characters long; the limit is %5; nothing was imported</source>
        <translation>%1: %2 columna &apos;%3&apos; tiene %4 caracteres; el límite es %5; no se ha importado nada</translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; must be one of: %4; nothing was imported</source>
        <translation>%1: %2 columna &apos;%3&apos; debe ser uno de estos valores: %4; no se ha importado nada</translation>
    </message>
    <message>
        <source>%1: %2 column &apos;%3&apos; %4; nothing was imported</source>
        <translation>%1: %2 columna &apos;%3&apos; %4; no se ha importado nada</translation>
    </message>
    <message>
        <source>%1 (%2) is not valid FHIR R4: %3</source>
        <translation>%1 (%2) no es FHIR R4 válido: %3</translation>
    </message>
    <message>
        <source>There is no ward with id %1.</source>
        <translation>No hay ninguna planta con id %1.</translation>
    </message>
    <message>
        <source>The database cannot be reached (%1).</source>
        <translation>No se puede acceder a la base de datos (%1).</translation>
    </message>
    <message>
        <source>Paper must be one of %1.</source>
        <translation>El papel debe ser uno de %1.</translation>
    </message>
    <message>
        <source>The number of days before a field is flagged must be 1 or more.</source>
        <translation>El número de días antes de marcar un campo debe ser 1 o más.</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>la planta</translation>
    </message>
    <message>
        <source>print sensitive entries</source>
        <translation>imprimir anotaciones confidenciales</translation>
    </message>
    <message>
        <source>print handoff sheets</source>
        <translation>imprimir hojas de relevo</translation>
    </message>
    <message>
        <source>print discharge summaries</source>
        <translation>imprimir informes de alta</translation>
    </message>
    <message>
        <source>The audience must be one of %1.</source>
        <translation>El destinatario debe ser uno de %1.</translation>
    </message>
    <message>
        <source>The patient&apos;s copy never includes sensitive entries.</source>
        <translation>La copia del paciente nunca incluye anotaciones confidenciales.</translation>
    </message>
    <message>
        <source>Big print is an option of the patient&apos;s copy.</source>
        <translation>La letra grande es una opción de la copia del paciente.</translation>
    </message>
    <message>
        <source>record a print</source>
        <translation>registrar una impresión</translation>
    </message>
    <message>
        <source>view wards</source>
        <translation>ver las plantas</translation>
    </message>
    <message>
        <source>There are no wards in this database.</source>
        <translation>No hay plantas en esta base de datos.</translation>
    </message>
    <message>
        <source>There is no ward with code or id &apos;%1&apos;.</source>
        <translation>No hay ninguna planta con código o id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>view patients</source>
        <translation>ver pacientes</translation>
    </message>
    <message>
        <source>No current patient has MRN &apos;%1&apos; or bed &apos;%2&apos; on %3.</source>
        <translation>Ningún paciente actual tiene el NHC &apos;%1&apos; o la cama &apos;%2&apos; en %3.</translation>
    </message>
    <message>
        <source>open actions</source>
        <translation>abrir tareas</translation>
    </message>
    <message>
        <source>Name who owns the action: a discipline or a person.</source>
        <translation>Indique quién es responsable de la tarea: una disciplina o una persona.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>el usuario</translation>
    </message>
    <message>
        <source>The due date is before the admission.</source>
        <translation>La fecha límite es anterior al ingreso.</translation>
    </message>
    <message>
        <source>Owner discipline</source>
        <translation>la disciplina responsable</translation>
    </message>
    <message>
        <source>close actions</source>
        <translation>cerrar tareas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>el estado</translation>
    </message>
    <message>
        <source>Closing an action marks it done or cancelled.</source>
        <translation>Cerrar una tarea la marca como hecha o cancelada.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>la tarea</translation>
    </message>
    <message>
        <source>This action is closed already.</source>
        <translation>Esta tarea ya está cerrada.</translation>
    </message>
    <message>
        <source>Only a signed-in user can %1.</source>
        <translation>Solo un usuario con sesión iniciada puede %1.</translation>
    </message>
    <message>
        <source>Patient %1 is already admitted.</source>
        <translation>El paciente %1 ya está ingresado.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La fecha de nacimiento es futura.</translation>
    </message>
    <message>
        <source>Bed %1 is not a bed on this ward.</source>
        <translation>La cama %1 no es una cama de esta planta.</translation>
    </message>
    <message>
        <source>Bed %1 is occupied.</source>
        <translation>La cama %1 está ocupada.</translation>
    </message>
    <message>
        <source>The admission time is in the future.</source>
        <translation>La hora de ingreso es futura.</translation>
    </message>
    <message>
        <source>The expected discharge date</source>
        <translation>la fecha prevista de alta</translation>
    </message>
    <message>
        <source>the admission</source>
        <translation>la fecha de ingreso</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>la gravedad</translation>
    </message>
    <message>
        <source>The discharge</source>
        <translation>el alta</translation>
    </message>
    <message>
        <source>The new order does not list exactly the ward&apos;s current patients; reload and try again.</source>
        <translation>El nuevo orden no incluye exactamente a los pacientes actuales de la planta; recargue e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>When it answers</source>
        <translation>cuándo atienden</translation>
    </message>
    <message>
        <source>A teach-back with the patient names no one else.</source>
        <translation>Una comprobación de comprensión con el paciente no nombra a nadie más.</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>lo comprendido</translation>
    </message>
    <message>
        <source>Record &apos;no known allergies&apos; as such, not as a substance.</source>
        <translation>Registre «sin alergias conocidas» como tal, no como sustancia.</translation>
    </message>
    <message>
        <source>This allergy is already recorded; change that entry instead.</source>
        <translation>Esta alergia ya está registrada; modifique ese registro.</translation>
    </message>
    <message>
        <source>That substance is recorded already in another entry.</source>
        <translation>Esa sustancia ya figura en otro registro.</translation>
    </message>
    <message>
        <source>Allergies are recorded for this patient: mark them entered in error or resolved before recording no known allergies.</source>
        <translation>Hay alergias registradas para este paciente: márquelas como registradas por error o resueltas antes de registrar «sin alergias conocidas».</translation>
    </message>
    <message>
        <source>the audit key %1 is missing, so nothing can be saved: restore it from your backup, or set ROUNDS_AUDIT_KEY_FILE to the ward&apos;s key</source>
        <translation>falta la clave de auditoría %1, así que no se puede guardar nada: restáurela desde su copia de seguridad o configure ROUNDS_AUDIT_KEY_FILE con la clave de la planta</translation>
    </message>
    <message>
        <source>the audit trail does not verify with the audit key %1, so nothing can be saved: every workstation needs the ward&apos;s key; run rounds-app audit verify</source>
        <translation>el registro de auditoría no se verifica con la clave de auditoría %1, así que no se puede guardar nada: todos los puestos necesitan la clave de la planta; ejecute rounds-app audit verify</translation>
    </message>
    <message>
        <source>Card field</source>
        <translation>el campo de la ficha</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>la voz</translation>
    </message>
    <message>
        <source>card field</source>
        <translation>campo de la ficha</translation>
    </message>
    <message>
        <source>Choose the discipline this entry speaks for.</source>
        <translation>Elija la disciplina en cuyo nombre habla esta anotación.</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>la disciplina</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>el tipo</translation>
    </message>
    <message>
        <source>Only the author can amend an entry.</source>
        <translation>Solo el autor puede corregir una anotación.</translation>
    </message>
    <message>
        <source>This entry has been amended since you opened it; amend the newest version.</source>
        <translation>Esta anotación se ha corregido desde que la abrió; corrija la versión más reciente.</translation>
    </message>
    <message>
        <source>The amended entry</source>
        <translation>la anotación corregida</translation>
    </message>
    <message>
        <source>The amendment changes nothing.</source>
        <translation>La corrección no cambia nada.</translation>
    </message>
    <message>
        <source>The discharge plan you opened no longer exists; reload the card.</source>
        <translation>El plan de alta que abrió ya no existe; recargue la ficha.</translation>
    </message>
    <message>
        <source>The kind of place</source>
        <translation>el tipo de lugar</translation>
    </message>
    <message>
        <source>A booked appointment needs its date and time.</source>
        <translation>Una cita programada necesita fecha y hora.</translation>
    </message>
    <message>
        <source>A booked appointment needs the kind of place: GP surgery, clinic, home…</source>
        <translation>Una cita programada necesita el tipo de lugar: centro de salud, consulta, domicilio…</translation>
    </message>
    <message>
        <source>An appointment that is not booked has no time yet: leave it out or tick Booked.</source>
        <translation>Una cita no programada aún no tiene hora: déjela en blanco o marque Programada.</translation>
    </message>
    <message>
        <source>Say who will contact the patient about this appointment.</source>
        <translation>Indique quién contactará con el paciente sobre esta cita.</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>el cambio</translation>
    </message>
    <message>
        <source>Only a pharmacist or a physician can %1.</source>
        <translation>Solo un farmacéutico o un médico puede %1.</translation>
    </message>
    <message>
        <source>Keep at least 1 set of downtime sheets.</source>
        <translation>Conserve al menos 1 juego de hojas de respaldo.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>A downtime set for %1 already exists.</source>
        <translation>Ya existe un juego de respaldo para %1.</translation>
    </message>
    <message>
        <source>Cannot write the downtime sheets to %1: %2.</source>
        <translation>No se pueden escribir las hojas de respaldo en %1: %2.</translation>
    </message>
    <message>
        <source>The span ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>Choose a span of at most %1 days.</source>
        <translation>Elija un periodo de %1 días como máximo.</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No se encuentra %1 con id %2.</translation>
    </message>
    <message>
        <source>resuscitation decision</source>
        <translation>la decisión de reanimación</translation>
    </message>
    <message>
        <source>safety check</source>
        <translation>la comprobación de seguridad</translation>
    </message>
    <message>
        <source>%1 contains a control character; remove it and save again.</source>
        <translation>Hay un carácter de control en %1; quítelo y vuelva a guardar.</translation>
    </message>
    <message>
        <source>%1 must be one line but holds a line break; put it on one line.</source>
        <translation>Hay un salto de línea en %1, que debe ocupar una sola línea; escríbalo en una línea.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3.</source>
        <translation>Hay %2 caracteres en %1; el límite es %3.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>Para %1, elija uno de: %2.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>Revise %1: %2.</translation>
    </message>
    <message>
        <source>%1 %2 was changed by %3 (version %4) after you opened version %5.</source>
        <translation>Mientras tanto, %3 cambió %1 %2 (versión %4); usted había abierto la versión %5.</translation>
    </message>
    <message>
        <source>There is no admission with id %1.</source>
        <translation>No existe ningún ingreso con id %1.</translation>
    </message>
    <message>
        <source>add contingencies</source>
        <translation>añadir contingencias</translation>
    </message>
    <message>
        <source>retire contingencies</source>
        <translation>retirar contingencias</translation>
    </message>
    <message>
        <source>contingency</source>
        <translation>la contingencia</translation>
    </message>
    <message>
        <source>An administrator account cannot %1.</source>
        <translation>Una cuenta de administrador no puede %1.</translation>
    </message>
    <message>
        <source>A charge nurse account cannot %1.</source>
        <translation>Una cuenta de responsable de enfermería no puede %1.</translation>
    </message>
    <message>
        <source>A clinician account cannot %1.</source>
        <translation>Una cuenta de profesional clínico no puede %1.</translation>
    </message>
    <message>
        <source>A ward display account cannot %1.</source>
        <translation>Una cuenta de pantalla de planta no puede %1.</translation>
    </message>
    <message>
        <source>admit patients</source>
        <translation>ingresar pacientes</translation>
    </message>
    <message>
        <source>move patients between beds</source>
        <translation>cambiar a pacientes de cama</translation>
    </message>
    <message>
        <source>discharge patients</source>
        <translation>dar de alta a pacientes</translation>
    </message>
    <message>
        <source>edit the clinical summary</source>
        <translation>editar el resumen clínico</translation>
    </message>
    <message>
        <source>reorder the round</source>
        <translation>cambiar el orden del pase</translation>
    </message>
    <message>
        <source>edit discharge plans</source>
        <translation>editar planes de alta</translation>
    </message>
    <message>
        <source>discharge plan</source>
        <translation>el plan de alta</translation>
    </message>
    <message>
        <source>pending test</source>
        <translation>la prueba pendiente</translation>
    </message>
    <message>
        <source>number to call</source>
        <translation>el número de contacto</translation>
    </message>
    <message>
        <source>record a teach-back</source>
        <translation>registrar una comprobación de comprensión</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>el paciente</translation>
    </message>
    <message>
        <source>record allergies</source>
        <translation>registrar alergias</translation>
    </message>
    <message>
        <source>allergy</source>
        <translation>la alergia</translation>
    </message>
    <message>
        <source>view the ward</source>
        <translation>ver la planta</translation>
    </message>
    <message>
        <source>read patient cards</source>
        <translation>leer las fichas de los pacientes</translation>
    </message>
    <message>
        <source>edit narrative cards</source>
        <translation>editar fichas narrativas</translation>
    </message>
    <message>
        <source>read narrative cards</source>
        <translation>leer fichas narrativas</translation>
    </message>
    <message>
        <source>revisit goals of care</source>
        <translation>revisar los objetivos de cuidado</translation>
    </message>
    <message>
        <source>add contributions</source>
        <translation>añadir aportaciones</translation>
    </message>
    <message>
        <source>amend contributions</source>
        <translation>corregir aportaciones</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>la aportación</translation>
    </message>
    <message>
        <source>read contributions</source>
        <translation>leer aportaciones</translation>
    </message>
    <message>
        <source>admission</source>
        <translation>el ingreso</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>el elemento de la lista de verificación</translation>
    </message>
    <message>
        <source>tick the discharge checklist</source>
        <translation>marcar la lista de verificación del alta</translation>
    </message>
    <message>
        <source>follow-up appointment</source>
        <translation>la cita de seguimiento</translation>
    </message>
    <message>
        <source>medication change</source>
        <translation>el cambio de medicación</translation>
    </message>
    <message>
        <source>decide a medication change</source>
        <translation>decidir un cambio de medicación</translation>
    </message>
    <message>
        <source>record the medicines reconciliation</source>
        <translation>registrar la conciliación de la medicación</translation>
    </message>
    <message>
        <source>print downtime sheets</source>
        <translation>imprimir hojas de respaldo</translation>
    </message>
    <message>
        <source>record a downtime print</source>
        <translation>registrar una impresión de respaldo</translation>
    </message>
    <message>
        <source>view ward insights</source>
        <translation>ver los indicadores de la planta</translation>
    </message>
    <message>
        <source>This patient has been discharged; the admission is archived.</source>
        <translation>Este paciente ha sido dado de alta; el ingreso está archivado.</translation>
    </message>
    <message>
        <source>That round is not a round of this patient&apos;s ward.</source>
        <translation>Ese pase no es de la planta de este paciente.</translation>
    </message>
    <message>
        <source>That round has ended.</source>
        <translation>Ese pase ha terminado.</translation>
    </message>
    <message>
        <source>read actions</source>
        <translation>leer tareas</translation>
    </message>
    <message>
        <source>The %1 score must be a whole number from 0 to 10.</source>
        <translation>La puntuación de %1 debe ser un número entero de 0 a 10.</translation>
    </message>
    <message>
        <source>The %1 score must be from 0 to 10.</source>
        <translation>La puntuación de %1 debe estar entre 0 y 10.</translation>
    </message>
    <message>
        <source>Record at least one score: pain, feeling or breathlessness.</source>
        <translation>Registre al menos una puntuación: dolor, bienestar o disnea.</translation>
    </message>
    <message>
        <source>record patient-reported outcomes</source>
        <translation>registrar las puntuaciones referidas por el paciente</translation>
    </message>
    <message>
        <source>read patient-reported outcomes</source>
        <translation>leer las puntuaciones referidas por el paciente</translation>
    </message>
    <message>
        <source>read case reviews</source>
        <translation>leer revisiones de casos</translation>
    </message>
    <message>
        <source>case review</source>
        <translation>la revisión del caso</translation>
    </message>
    <message>
        <source>write case reviews</source>
        <translation>escribir revisiones de casos</translation>
    </message>
    <message>
        <source>This review is final; amend a section instead.</source>
        <translation>Esta revisión está finalizada; corrija una sección en su lugar.</translation>
    </message>
    <message>
        <source>This review is already final.</source>
        <translation>Esta revisión ya está finalizada.</translation>
    </message>
    <message>
        <source>Write “%1” before making the review final.</source>
        <translation>Escriba «%1» antes de finalizar la revisión.</translation>
    </message>
    <message>
        <source>amend case reviews</source>
        <translation>corregir revisiones de casos</translation>
    </message>
    <message>
        <source>Only a final review is amended; edit the draft instead.</source>
        <translation>Solo se corrige una revisión finalizada; edite el borrador.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>la sección</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>el participante</translation>
    </message>
    <message>
        <source>view ward rounds</source>
        <translation>ver los pases de planta</translation>
    </message>
    <message>
        <source>ward round</source>
        <translation>el pase de planta</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>Revise %1: está en el futuro.</translation>
    </message>
    <message>
        <source>record resuscitation decisions</source>
        <translation>registrar decisiones de reanimación</translation>
    </message>
    <message>
        <source>Resuscitation status</source>
        <translation>la decisión de reanimación</translation>
    </message>
    <message>
        <source>Ceiling of treatment</source>
        <translation>el techo terapéutico</translation>
    </message>
    <message>
        <source>The date decided</source>
        <translation>la fecha de la decisión</translation>
    </message>
    <message>
        <source>record safety checks</source>
        <translation>registrar comprobaciones de seguridad</translation>
    </message>
    <message>
        <source>Safety item</source>
        <translation>el elemento de seguridad</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of: %3.</source>
        <translation>Para %1, &apos;%2&apos; no es uno de: %3.</translation>
    </message>
    <message>
        <source>The date since</source>
        <translation>la fecha de inicio</translation>
    </message>
    <message>
        <source>edit a patient&apos;s identity</source>
        <translation>editar la identidad de un paciente</translation>
    </message>
    <message>
        <source>read safety facts</source>
        <translation>leer los datos de seguridad</translation>
    </message>
    <message>
        <source>Fact &apos;%1&apos; is not one of: %2.</source>
        <translation>El dato &apos;%1&apos; no es uno de: %2.</translation>
    </message>
    <message>
        <source>record contacts</source>
        <translation>registrar contactos</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>record medicines</source>
        <translation>registrar medicación</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>There is no %1 with id %2 for this patient.</source>
        <translation>No existe %1 con id %2 para este paciente.</translation>
    </message>
    <message>
        <source>This %1 is on the list already; change that entry instead.</source>
        <translation>Ya hay un registro igual en la lista (%1); modifique ese registro.</translation>
    </message>
    <message>
        <source>That name is on the list already, in another %1 entry.</source>
        <translation>Ese nombre ya está en la lista, en otro registro (%1).</translation>
    </message>
    <message>
        <source>The password is shorter than %1 characters.</source>
        <translation>La contraseña tiene menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>The password is longer than %1 characters.</source>
        <translation>La contraseña tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>gestionar cuentas de usuario</translation>
    </message>
    <message>
        <source>The username &apos;%1&apos; is taken.</source>
        <translation>El nombre de usuario &apos;%1&apos; ya está en uso.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>el rol</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>iniciar sesión</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation>No existe el usuario &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>unlock user accounts</source>
        <translation>desbloquear cuentas de usuario</translation>
    </message>
    <message>
        <source>change a password</source>
        <translation>cambiar una contraseña</translation>
    </message>
    <message>
        <source>change another user&apos;s password</source>
        <translation>cambiar la contraseña de otro usuario</translation>
    </message>
    <message>
        <source>list user accounts</source>
        <translation>ver la lista de cuentas de usuario</translation>
    </message>
    <message>
        <source>This database has accounts already; sign in instead.</source>
        <translation>Esta base de datos ya tiene cuentas; inicie sesión.</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role.</source>
        <translation>No puede quitarse su propio rol de administrador.</translation>
    </message>
    <message>
        <source>%1 may hold only digits, spaces, +, (, ) and -.</source>
        <translation>Revise %1: solo puede contener dígitos, espacios, +, (, ) y -.</translation>
    </message>
    <message>
        <source>%1 is before %2.</source>
        <translation>Revise %1: es anterior a %2.</translation>
    </message>
    <message>
        <source>This entry is marked sensitive.</source>
        <translation>Esta anotación está marcada como confidencial.</translation>
    </message>
    <message>
        <source>run ward rounds</source>
        <translation>dirigir pases de planta</translation>
    </message>
    <message>
        <source>A round is already running on this ward.</source>
        <translation>Ya hay un pase en curso en esta planta.</translation>
    </message>
    <message>
        <source>The time per patient is between 30 seconds and an hour.</source>
        <translation>El tiempo por paciente debe estar entre 30 segundos y una hora.</translation>
    </message>
    <message>
        <source>This round has ended.</source>
        <translation>Este pase ha terminado.</translation>
    </message>
    <message>
        <source>This patient is not in the round.</source>
        <translation>Este paciente no está en el pase.</translation>
    </message>
    <message>
        <source>Time spent cannot be negative.</source>
        <translation>El tiempo dedicado no puede ser negativo.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>el resultado</translation>
    </message>
    <message>
        <source>create wards</source>
        <translation>crear plantas</translation>
    </message>
    <message>
        <source>A ward with code &apos;%1&apos; exists already.</source>
        <translation>Ya existe una planta con el código &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Two beds have the same label.</source>
        <translation>Dos camas tienen la misma etiqueta.</translation>
    </message>
    <message>
        <source>add beds</source>
        <translation>añadir camas</translation>
    </message>
    <message>
        <source>Ward %1 already has a bed &apos;%2&apos;.</source>
        <translation>La planta %1 ya tiene una cama &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>There is no ward &apos;%1&apos;.</source>
        <translation>No existe la planta &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>view beds</source>
        <translation>ver las camas</translation>
    </message>
    <message>
        <source>the site settings %1 cannot be read: %2</source>
        <translation>no se puede leer la configuración del centro %1: %2</translation>
    </message>
    <message>
        <source>the site settings %1 name unknown settings: %2</source>
        <translation>la configuración del centro %1 incluye ajustes desconocidos: %2</translation>
    </message>
    <message>
        <source>the site settings %1: enforce must list some of %2</source>
        <translation>configuración del centro %1: enforce debe incluir algunos de %2</translation>
    </message>
    <message>
        <source>the site settings %1: %2 must be a non-empty text</source>
        <translation>configuración del centro %1: %2 debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>the site settings %1: lock_after_minutes must be a number</source>
        <translation>configuración del centro %1: lock_after_minutes debe ser un número</translation>
    </message>
    <message>
        <source>the site settings %1: lock_after_minutes must be above 0 and at most %2</source>
        <translation>configuración del centro %1: lock_after_minutes debe ser mayor que 0 y como máximo %2</translation>
    </message>
    <message>
        <source>the site settings %1: downtime_folder must be a full path</source>
        <translation>configuración del centro %1: downtime_folder debe ser una ruta completa</translation>
    </message>
    <message>
        <source>this database holds tables that are not a Rounds database</source>
        <translation>esta base de datos contiene tablas que no son de una base de datos de Rounds</translation>
    </message>
    <message>
        <source>this database was written by a newer Rounds (schema %1); update Rounds</source>
        <translation>esta base de datos la escribió una versión más reciente de Rounds (esquema %1); actualice Rounds</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Ward handoff sheet</source>
        <translation>Hoja de relevo de la planta</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Discharge summary for the patient and family</source>
        <translation>Resumen de alta para el paciente y la familia</translation>
    </message>
    <message>
        <source>Discharge summary for the team</source>
        <translation>Resumen de alta para el equipo</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <source>no bed</source>
        <translation>sin cama</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Rounds</source>
        <translation>Iniciar sesión en Rounds</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Sign in with your ward account.</source>
        <translation>Inicie sesión con su cuenta de la planta.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>SlideWords</name>
    <message>
        <source>Admitted today</source>
        <translation>Ingresó hoy</translation>
    </message>
    <message>
        <source>Admitted yesterday</source>
        <translation>Ingresó ayer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days in hospital</source>
        <translation>
            <numerusform>%Ln día de ingreso</numerusform>
            <numerusform>%Ln días de ingreso</numerusform>
        </translation>
    </message>
    <message>
        <source>No discharge date yet</source>
        <translation>Aún sin fecha de alta</translation>
    </message>
    <message>
        <source>Expected home yesterday</source>
        <translation>Alta prevista ayer</translation>
    </message>
    <message>
        <source>Expected home today</source>
        <translation>Alta prevista hoy</translation>
    </message>
    <message>
        <source>Expected home tomorrow</source>
        <translation>Alta prevista mañana</translation>
    </message>
    <message numerus="yes">
        <source>Expected home in %Ln days</source>
        <translation>
            <numerusform>Alta prevista dentro de %Ln día</numerusform>
            <numerusform>Alta prevista dentro de %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected home %Ln days ago</source>
        <translation>
            <numerusform>Alta prevista hace %Ln día</numerusform>
            <numerusform>Alta prevista hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Bienestar</translation>
    </message>
    <message>
        <source>Breathless</source>
        <translation>Disnea</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>No goals of care written yet.</source>
        <translation>Aún no hay objetivos de cuidado escritos.</translation>
    </message>
    <message>
        <source>Never revisited</source>
        <translation>Nunca revisados</translation>
    </message>
    <message>
        <source>Not revisited since the severity changed</source>
        <translation>No revisados desde el cambio de gravedad</translation>
    </message>
    <message numerus="yes">
        <source>Not revisited for %Ln days</source>
        <translation>
            <numerusform>Sin revisar desde hace %Ln día</numerusform>
            <numerusform>Sin revisar desde hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Revisited today</source>
        <translation>Revisados hoy</translation>
    </message>
    <message>
        <source>Revisited yesterday</source>
        <translation>Revisados ayer</translation>
    </message>
    <message numerus="yes">
        <source>Revisited %Ln days ago</source>
        <translation>
            <numerusform>Revisados hace %Ln día</numerusform>
            <numerusform>Revisados hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing new since the last round.</source>
        <translation>Nada nuevo desde el último pase.</translation>
    </message>
    <message>
        <source>No discharge plan yet</source>
        <translation>Aún no hay plan de alta</translation>
    </message>
    <message>
        <source>No readiness checklist yet</source>
        <translation>Aún no hay lista de comprobación para el alta</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1 de %2 listos</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Going to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Obstáculos</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>%1 — overdue: due %2</source>
        <translation>%1 — atrasada: vencía el %2</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — vence el %2</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>No hay tareas abiertas.</translation>
    </message>
    <message>
        <source>If</source>
        <translation>Si</translation>
    </message>
    <message>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
    <message>
        <source>No if/then plans.</source>
        <translation>No hay planes si/entonces.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Rounds — ward-room screen</source>
        <translation>Rounds — pantalla de la sala</translation>
    </message>
    <message>
        <source>Rounds — console</source>
        <translation>Rounds — consola</translation>
    </message>
    <message>
        <source>This screen, beside the console</source>
        <translation>Esta pantalla, junto a la consola</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>Pantalla %1: %2 (%3×%4)</translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <source>Start a round</source>
        <translation>Iniciar un pase</translation>
    </message>
    <message>
        <source>Round of %1</source>
        <translation>Pase de %1</translation>
    </message>
    <message>
        <source>Minutes per patient</source>
        <translation>Minutos por paciente</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Time per patient</source>
        <translation>&amp;Tiempo por paciente</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>The round is over</source>
        <translation>El pase ha terminado</translation>
    </message>
    <message>
        <source>Each patient&apos;s outcome</source>
        <translation>Resultado de cada paciente</translation>
    </message>
    <message>
        <source>Close rounds mode</source>
        <translation>Cerrar el modo pase</translation>
    </message>
    <message>
        <source>Close rounds mode (Enter or Esc)</source>
        <translation>Cerrar el modo pase (Intro o Esc)</translation>
    </message>
    <message>
        <source>actions: %1, read back: %2, entries: %3</source>
        <translation>tareas: %1, releídas: %2, anotaciones: %3</translation>
    </message>
    <message>
        <source>No bed</source>
        <translation>Sin cama</translation>
    </message>
</context>
<context>
    <name>TabNames</name>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Ficha</translation>
    </message>
    <message>
        <source>C&amp;ontributions</source>
        <translation>A&amp;portaciones</translation>
    </message>
    <message>
        <source>Actions &amp;&amp; &amp;if/then</source>
        <translation>Tareas &amp;&amp; &amp;si/entonces</translation>
    </message>
    <message>
        <source>Disc&amp;harge plan</source>
        <translation>Plan de &amp;alta</translation>
    </message>
    <message>
        <source>Safet&amp;y</source>
        <translation>S&amp;eguridad</translation>
    </message>
</context>
<context>
    <name>TeachBacksSection</name>
    <message>
        <source>Teach-back</source>
        <translation>Comprobación de comprensión</translation>
    </message>
    <message>
        <source>No teach-back recorded yet.</source>
        <translation>Aún no hay comprobaciones registradas.</translation>
    </message>
    <message>
        <source>Record teach-back</source>
        <translation>Registrar comprobación</translation>
    </message>
    <message>
        <source>When to take the water tablet; signs to call for</source>
        <translation>Cuándo tomar la pastilla de orinar; signos por los que llamar</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>What was taught</source>
        <translation>Qué se enseñó</translation>
    </message>
    <message>
        <source>Taught to</source>
        <translation>Enseñado a</translation>
    </message>
    <message>
        <source>Said it back</source>
        <translation>Lo repitió</translation>
    </message>
    <message>
        <source>With the patient</source>
        <translation>Con el paciente</translation>
    </message>
    <message>
        <source>With %1 (family)</source>
        <translation>Con %1 (familia)</translation>
    </message>
    <message>
        <source>With %1 (carer)</source>
        <translation>Con %1 (cuidador)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · taught by %2, %3</source>
        <translation>%1 · enseñado por %2, %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Signed as %1, now</source>
        <translation>Firmado como %1, ahora</translation>
    </message>
    <message>
        <source>Say how well they said it back.</source>
        <translation>Indique hasta qué punto lo repitió.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Sensitive</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Shared with the patient</source>
        <translation>Compartida con el paciente</translation>
    </message>
    <message>
        <source>Amended · v%1</source>
        <translation>Corregida · v%1</translation>
    </message>
    <message>
        <source>Written %1 by %2</source>
        <translation>Escrita %1 por %2</translation>
    </message>
    <message>
        <source>Amended %1</source>
        <translation>Corregida %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Sensitive: never shown on the ward-room screen</source>
        <translation>Confidencial: nunca se muestra en la pantalla de la sala</translation>
    </message>
    <message>
        <source>Shared with the patient: printed on their own copy</source>
        <translation>Compartida con el paciente: se imprime en su copia</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>Usuarios y roles</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>A&amp;dd user…</source>
        <translation>&amp;Añadir usuario…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambiar &amp;rol…</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer contra&amp;seña…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Acti&amp;var</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Username</source>
        <extracomment>the row&apos;s UserView, on every column</extracomment>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqueado hasta %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Nursing</source>
        <translation>Enfermería</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicina</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Fisioterapia</translation>
    </message>
    <message>
        <source>Occupational therapy</source>
        <translation>Terapia ocupacional</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>Trabajo social</translation>
    </message>
    <message>
        <source>Dietetics</source>
        <translation>Dietética</translation>
    </message>
    <message>
        <source>Chaplaincy</source>
        <translation>Atención espiritual</translation>
    </message>
    <message>
        <source>Family / carer</source>
        <translation>Familia / cuidador</translation>
    </message>
    <message>
        <source>Patient&apos;s own words</source>
        <translation>Palabras del paciente</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Preocupación</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Estable</translation>
    </message>
    <message>
        <source>Watcher</source>
        <translation>En vigilancia</translation>
    </message>
    <message>
        <source>Unstable</source>
        <translation>Inestable</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>charge nurse</source>
        <translation>responsable de enfermería</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>profesional clínico</translation>
    </message>
    <message>
        <source>ward display</source>
        <translation>pantalla de planta</translation>
    </message>
    <message>
        <source>In the day</source>
        <translation>De día</translation>
    </message>
    <message>
        <source>At night</source>
        <translation>De noche</translation>
    </message>
    <message>
        <source>Any time, day or night</source>
        <translation>A cualquier hora, de día o de noche</translation>
    </message>
    <message>
        <source>At the hours given</source>
        <translation>En el horario indicado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Keep taking</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>El paciente</translation>
    </message>
    <message>
        <source>A family member</source>
        <translation>Un familiar</translation>
    </message>
    <message>
        <source>A carer</source>
        <translation>Un cuidador</translation>
    </message>
    <message>
        <source>Yes: said it back</source>
        <translation>Sí: lo repitió</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No: teach again</source>
        <translation>No: volver a enseñar</translation>
    </message>
    <message>
        <source>understood</source>
        <translation>comprendido</translation>
    </message>
    <message>
        <source>partly understood</source>
        <translation>comprendido en parte</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>no comprendido</translation>
    </message>
    <message>
        <source>GP surgery</source>
        <translation>Centro de salud</translation>
    </message>
    <message>
        <source>Hospital clinic</source>
        <translation>Consulta del hospital</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visita a domicilio</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>WardSummariesRun</name>
    <message>
        <source>Discharge summaries</source>
        <translation>Resúmenes de alta</translation>
    </message>
    <message>
        <source>Making the discharge summaries…</source>
        <translation>Generando los resúmenes de alta…</translation>
    </message>
    <message>
        <source>Stopping after this patient…</source>
        <translation>Deteniendo tras este paciente…</translation>
    </message>
    <message numerus="yes">
        <source>Made %1 of %Ln discharge summaries…</source>
        <translation>
            <numerusform>Generado %1 de %Ln resumen de alta…</numerusform>
            <numerusform>Generados %1 de %Ln resúmenes de alta…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WardsDialog</name>
    <message>
        <source>Wards and beds</source>
        <translation>Plantas y camas</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>Plantas</translation>
    </message>
    <message>
        <source>Beds of the chosen ward</source>
        <translation>Camas de la planta elegida</translation>
    </message>
    <message>
        <source>Add bed</source>
        <translation>Añadir cama</translation>
    </message>
    <message>
        <source>e.g. 7B</source>
        <translation>p. ej., 7B</translation>
    </message>
    <message>
        <source>e.g. Acute Medicine</source>
        <translation>p. ej., Medicina Interna</translation>
    </message>
    <message>
        <source>Create ward</source>
        <translation>Crear planta</translation>
    </message>
    <message>
        <source>&amp;Wards</source>
        <translation>&amp;Plantas</translation>
    </message>
    <message>
        <source>New &amp;bed</source>
        <translation>&amp;Nueva cama</translation>
    </message>
    <message>
        <source>B&amp;eds of the chosen ward</source>
        <translation>Camas de la planta &amp;elegida</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <source>Number of be&amp;ds</source>
        <translation>Número de ca&amp;mas</translation>
    </message>
    <message>
        <source>New ward</source>
        <translation>Nueva planta</translation>
    </message>
    <message>
        <source>%1
%2, %3 occupied</source>
        <translation>%1
%2, %3 ocupadas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln beds</source>
        <translation>
            <numerusform>%Ln cama</numerusform>
            <numerusform>%Ln camas</numerusform>
        </translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>ocupada</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No beds yet; add them one by one.</source>
        <translation>Aún no hay camas; añádalas una a una.</translation>
    </message>
    <message>
        <source>Beds: %1</source>
        <translation>Camas: %1</translation>
    </message>
    <message>
        <source>A new ward needs a code and a name.</source>
        <translation>Una planta nueva necesita un código y un nombre.</translation>
    </message>
    <message>
        <source>Type the new bed&apos;s label first.</source>
        <translation>Escriba primero la etiqueta de la cama nueva.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Something unexpected went wrong; nothing more was done.</source>
        <translation>Algo salió mal de forma inesperada; no se hizo nada más.</translation>
    </message>
</context>
</TS>
