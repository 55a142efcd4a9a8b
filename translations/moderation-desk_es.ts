<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>Demo data not loaded</source>
        <translation>Datos de demostración no cargados</translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation>No se pudieron cargar los datos de demostración: %1</translation>
    </message>
</context>
<context>
    <name>moderation::AdminWorkspace</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <source>Add a person who works the desk</source>
        <translation>Agregar a una persona que trabaja en el centro de atención</translation>
    </message>
    <message>
        <source>&amp;Change user…</source>
        <translation>&amp;Modificar usuario…</translation>
    </message>
    <message>
        <source>Change the selected person&apos;s roles, queues, capacity, name or presence</source>
        <translation>Modificar los roles, las colas, la capacidad, el nombre o la presencia de la persona seleccionada</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Read the people and the accounts again</source>
        <translation>Leer de nuevo las personas y las cuentas</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation>Modificar usuario</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>The people who work the desk. Enter changes the selected one.</source>
        <translation>Las personas que trabajan en el centro de atención. Intro modifica a la persona seleccionada.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Platform accounts</source>
        <translation>Cuentas de plataforma</translation>
    </message>
    <message>
        <source>Accounts are added and re-authenticated with moderationctl; their tokens stay in the system&apos;s keychain and are never shown here.</source>
        <translation>Las cuentas se agregan y se vuelven a autenticar con moderationctl; sus tokens permanecen en el llavero del sistema y nunca se muestran aquí.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The people could not be read: %1</source>
        <translation>No se pudieron leer las personas: %1</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>No se pudieron leer las cuentas: %1</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>every queue</source>
        <translation>todas las colas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Operativa</translation>
    </message>
    <message>
        <source>Needs re-authentication</source>
        <translation>Necesita volver a autenticarse</translation>
    </message>
    <message>
        <source>Rate-limited until %1</source>
        <translation>Limitada por la plataforma hasta %1</translation>
    </message>
    <message>
        <source>Removed (its comments kept)</source>
        <translation>Eliminada (se conservan sus comentarios)</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>No se guardó %1: %2</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>Se agregó %1.</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>Se modificó %1.</translation>
    </message>
</context>
<context>
    <name>moderation::AgentWorkspace</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Qué casos mostrar</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>The cases you hold</source>
        <translation>Los casos que usted tiene asignados</translation>
    </message>
    <message>
        <source>Open cases nobody holds yet, in the queues you work</source>
        <translation>Casos abiertos que nadie tiene asignados todavía, en las colas en las que usted trabaja</translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation>Filtrar por plataforma</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>Filter by queue</source>
        <translation>Filtrar por cola</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrar por categoría</translation>
    </message>
    <message>
        <source>Filter by SLA</source>
        <translation>Filtrar por SLA</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation>Cualquier SLA</translation>
    </message>
    <message>
        <source>Search author, text, queue</source>
        <translation>Buscar por autor, texto o cola</translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation>Buscar en los casos</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Take next case</source>
        <translation>&amp;Tomar el siguiente caso</translation>
    </message>
    <message>
        <source>Take the most urgent waiting case of your queues</source>
        <translation>Tomar el caso en espera más urgente de sus colas</translation>
    </message>
    <message>
        <source>&amp;Confirm hide</source>
        <translation>&amp;Confirmar ocultamiento</translation>
    </message>
    <message>
        <source>Agree with the proposed hide: the comment is hidden and the case closed</source>
        <translation>Aceptar el ocultamiento propuesto: se oculta el comentario y se cierra el caso</translation>
    </message>
    <message>
        <source>&amp;Reject hide…</source>
        <translation>&amp;Rechazar ocultamiento…</translation>
    </message>
    <message>
        <source>Disagree with the proposed hide, with a reason: nothing is hidden</source>
        <translation>Rechazar el ocultamiento propuesto, con un motivo: no se oculta nada</translation>
    </message>
    <message>
        <source>Rec&amp;lassify…</source>
        <translation>Reclasi&amp;ficar…</translation>
    </message>
    <message>
        <source>Decide differently on this comment, with a reason</source>
        <translation>Tomar otra decisión sobre este comentario, con un motivo</translation>
    </message>
    <message>
        <source>Re&amp;lease to queue</source>
        <translation>&amp;Liberar a la cola</translation>
    </message>
    <message>
        <source>Give the case back to its queue (only before drafting)</source>
        <translation>Regresar el caso a su cola (solo antes de redactar)</translation>
    </message>
    <message>
        <source>Reload cases</source>
        <translation>Recargar casos</translation>
    </message>
    <message>
        <source>Read the cases again</source>
        <translation>Volver a leer los casos</translation>
    </message>
    <message>
        <source>Take next case</source>
        <translation>Tomar el siguiente caso</translation>
    </message>
    <message>
        <source>Case %1 went to review.</source>
        <translation>El caso %1 pasó a revisión.</translation>
    </message>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>No se pudieron leer los casos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n case(s) only; narrow the list with the filters.</source>
        <translation>
            <numerusform>Solo se muestra %n caso; acote la lista con los filtros.</numerusform>
            <numerusform>Solo se muestran los primeros %n casos; acote la lista con los filtros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n caso.</numerusform>
            <numerusform>%n casos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation>No se pudo leer el caso: %1</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>No case taken: %1</source>
        <translation>No se tomó ningún caso: %1</translation>
    </message>
    <message>
        <source>No case taken: you hold as many cases as you may. Finish or release one first.</source>
        <translation>No se tomó ningún caso: usted ya tiene el máximo de casos permitido. Primero termine o libere uno.</translation>
    </message>
    <message>
        <source>No case taken: nothing waits in your queues.</source>
        <translation>No se tomó ningún caso: no hay nada en espera en sus colas.</translation>
    </message>
    <message>
        <source>You took case %1 from the %2 queue.</source>
        <translation>Usted tomó el caso %1 de la cola %2.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No se realizó: %1</translation>
    </message>
    <message>
        <source>Case %1: the hide is confirmed and queued; the case is closed.</source>
        <translation>Caso %1: se confirmó el ocultamiento y quedó en cola; el caso está cerrado.</translation>
    </message>
    <message>
        <source>Case %1: the hide is rejected; nothing is hidden and the case is closed.</source>
        <translation>Caso %1: se rechazó el ocultamiento; no se oculta nada y el caso está cerrado.</translation>
    </message>
    <message>
        <source>Case %1 reclassified.</source>
        <translation>Se reclasificó el caso %1.</translation>
    </message>
    <message>
        <source>Case %1 is back in its queue.</source>
        <translation>El caso %1 volvió a su cola.</translation>
    </message>
</context>
<context>
    <name>moderation::AnswerLibraryEditor</name>
    <message>
        <source>Answer library</source>
        <translation>Biblioteca de respuestas</translation>
    </message>
    <message>
        <source>Search answers</source>
        <translation>Buscar respuestas</translation>
    </message>
    <message>
        <source>Shows the answers whose key, title or text contain these words</source>
        <translation>Muestra las respuestas cuya clave, título o texto contienen estas palabras</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>The approved answers; choose one to read or change it</source>
        <translation>Las respuestas aprobadas; elija una para leerla o modificarla</translation>
    </message>
    <message>
        <source>The answer&apos;s unique key: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>La clave única de la respuesta: letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>What agents see in the list of answers</source>
        <translation>Lo que ven los agentes en la lista de respuestas</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>The language the answer is written in</source>
        <translation>El idioma en que está escrita la respuesta</translation>
    </message>
    <message>
        <source>The policy category this answer answers</source>
        <translation>La categoría de la política a la que responde esta respuesta</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>What {{link}} becomes in the answer</source>
        <translation>El valor que toma {{link}} en la respuesta</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>The answer as it is posted; {{name}}, {{handle}} and {{link}} are filled in</source>
        <translation>La respuesta tal como se publica; se completan {{name}}, {{handle}} y {{link}}</translation>
    </message>
    <message>
        <source>Answer check</source>
        <translation>Verificación de la respuesta</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The answer filled in for a sample person, María (@maria_ejemplo)</source>
        <translation>La respuesta completada para una persona de ejemplo, María (@maria_ejemplo)</translation>
    </message>
    <message>
        <source>Answer library message</source>
        <translation>Mensaje de la biblioteca de respuestas</translation>
    </message>
    <message>
        <source>&amp;New Answer</source>
        <translation>&amp;Nueva respuesta</translation>
    </message>
    <message>
        <source>Start a new answer (Ctrl+Shift+N)</source>
        <translation>Comenzar una respuesta nueva (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>&amp;Save Answer</source>
        <translation>&amp;Guardar respuesta</translation>
    </message>
    <message>
        <source>Save the answer: a change becomes a new version (Ctrl+S)</source>
        <translation>Guardar la respuesta: cada cambio genera una versión nueva (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Import Answers…</source>
        <translation>&amp;Importar respuestas…</translation>
    </message>
    <message>
        <source>Add or update answers from a JSON or CSV file</source>
        <translation>Agregar o actualizar respuestas desde un archivo JSON o CSV</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Nueva respuesta</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>Guardar respuesta</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Importar respuestas</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lave:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Vista previa:</translation>
    </message>
    <message>
        <source>Could not read the answers: %1</source>
        <translation>No se pudieron leer las respuestas: %1</translation>
    </message>
    <message>
        <source>Version %1, last changed by %2.</source>
        <translation>Versión %1, modificada por última vez por %2.</translation>
    </message>
    <message>
        <source>The answer is ready to save.</source>
        <translation>La respuesta está lista para guardarse.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Added the answer %1.</source>
        <translation>Se agregó la respuesta %1.</translation>
    </message>
    <message>
        <source>Saved a new version of %1; the earlier one is kept.</source>
        <translation>Se guardó una versión nueva de %1; se conserva la anterior.</translation>
    </message>
    <message>
        <source>Nothing changed in %1.</source>
        <translation>No hubo cambios en %1.</translation>
    </message>
    <message>
        <source>A new answer: give it a key, a title and its text.</source>
        <translation>Una respuesta nueva: asígnele una clave, un título y su texto.</translation>
    </message>
    <message>
        <source>Answer files (*.json *.csv);;All files (*)</source>
        <translation>Archivos de respuestas (*.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>the answer file</source>
        <translation>el archivo de respuestas</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No se importó: %1</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Importación: %1 agregadas, %2 modificadas, %3 sin cambios.</translation>
    </message>
</context>
<context>
    <name>moderation::AnsweredPickerDialog</name>
    <message>
        <source>Already answered</source>
        <translation>Ya respondida</translation>
    </message>
    <message>
        <source>Which answered question answers this comment too?</source>
        <translation>¿Qué pregunta ya respondida responde también a este comentario?</translation>
    </message>
    <message>
        <source>Question: %1
Answer: %2</source>
        <extracomment>%1 the question, %2 its approved answer (both as people typed them).</extracomment>
        <translation>Pregunta: %1
Respuesta: %2</translation>
    </message>
    <message>
        <source>Answered questions of the event</source>
        <translation>Preguntas respondidas del evento</translation>
    </message>
    <message>
        <source>&amp;Link to this answer</source>
        <translation>&amp;Vincular a esta respuesta</translation>
    </message>
    <message>
        <source>Link the comment to the selected answer</source>
        <translation>Vincular el comentario a la respuesta seleccionada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>moderation::CaseView</name>
    <message>
        <source>▶ %1, %2 (this comment):</source>
        <translation>▶ %1, %2 (este comentario):</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Why is this here</source>
        <translation>Por qué está aquí</translation>
    </message>
    <message>
        <source>The case and its comment</source>
        <translation>El caso y su comentario</translation>
    </message>
    <message>
        <source>Context of the comment</source>
        <translation>Contexto del comentario</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>The author&apos;s recent comments</source>
        <translation>Comentarios recientes del autor</translation>
    </message>
    <message>
        <source>Drafts of this case</source>
        <translation>Borradores de este caso</translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation>&amp;Hilo</translation>
    </message>
    <message>
        <source>&amp;Author&apos;s recent comments</source>
        <translation>Comentarios recientes del &amp;autor</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Borradores</translation>
    </message>
    <message>
        <source>Case %1 in %2: %3, %4 priority. %5</source>
        <translation>Caso %1 en %2: %3, prioridad %4. %5</translation>
    </message>
    <message>
        <source>%1 on %2, %3 (%4)</source>
        <translation>%1 en %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Why is this here: %1</source>
        <translation>Por qué está aquí: %1</translation>
    </message>
    <message>
        <source>Rule: %1. Clause: %2. Category: %3.</source>
        <translation>Regla: %1. Cláusula: %2. Categoría: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Why is this here: no policy decision is recorded for this comment.</source>
        <translation>Por qué está aquí: no hay ninguna decisión de la política registrada para este comentario.</translation>
    </message>
    <message>
        <source>Reclassified by %1 (%2): %3</source>
        <translation>Reclasificado por %1 (%2): %3</translation>
    </message>
    <message>
        <source>Case note: %1</source>
        <translation>Nota del caso: %1</translation>
    </message>
    <message>
        <source>This comment is not part of a thread we have stored.</source>
        <translation>Este comentario no forma parte de ningún hilo almacenado.</translation>
    </message>
    <message>
        <source>No other comments by this author are stored.</source>
        <translation>No hay otros comentarios almacenados de este autor.</translation>
    </message>
    <message>
        <source>Draft %1 (%2):</source>
        <translation>Borrador %1 (%2):</translation>
    </message>
    <message>
        <source>No drafts yet.</source>
        <translation>Todavía no hay borradores.</translation>
    </message>
    <message>
        <source>No case selected. Take the next case (Ctrl+N) or pick one from the list.</source>
        <translation>No hay ningún caso seleccionado. Tome el siguiente caso (Ctrl+N) o elija uno de la lista.</translation>
    </message>
</context>
<context>
    <name>moderation::CasesModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>En redacción</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Sin SLA</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>Vencido hace %1</translation>
    </message>
    <message>
        <source>Breached, due in %1</source>
        <translation>Incumplido, vence en %1</translation>
    </message>
    <message>
        <source>At risk, due in %1</source>
        <translation>En riesgo, vence en %1</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Vence en %1</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>moderation::CommentDetailPane</name>
    <message>
        <source>Comment details</source>
        <translation>Detalles del comentario</translation>
    </message>
    <message>
        <source>The selected comment: author, platform, source, time and full text.</source>
        <translation>El comentario seleccionado: autor, plataforma, origen, hora y texto completo.</translation>
    </message>
    <message>
        <source>Select a comment in the inbox to read it here.</source>
        <translation>Seleccione un comentario en la bandeja de entrada para leerlo aquí.</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Nombre del autor</translation>
    </message>
    <message>
        <source>Author handle</source>
        <translation>Usuario del autor</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plataforma:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Posted:</source>
        <translation>Publicado:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>This comment was removed on the platform.</source>
        <translation>Este comentario se eliminó en la plataforma.</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mentario:</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Texto del comentario</translation>
    </message>
    <message>
        <source>The full text of the selected comment, read-only. Select text to copy it.</source>
        <translation>El texto completo del comentario seleccionado, de solo lectura. Seleccione el texto para copiarlo.</translation>
    </message>
    <message>
        <source>The name the author shows on the platform.</source>
        <translation>El nombre que el autor muestra en la plataforma.</translation>
    </message>
    <message>
        <source>The author&apos;s @handle on X.</source>
        <translation>El @usuario del autor en X.</translation>
    </message>
    <message>
        <source>Where the comment was posted: X or Facebook.</source>
        <translation>Dónde se publicó el comentario: X o Facebook.</translation>
    </message>
    <message>
        <source>How the comment reached us: a mention, a reply, a search result or a page comment.</source>
        <translation>Cómo nos llegó el comentario: una mención, una respuesta, un resultado de búsqueda o un comentario en la página.</translation>
    </message>
    <message>
        <source>When the comment was posted, in your time zone.</source>
        <translation>Cuándo se publicó el comentario, en su zona horaria.</translation>
    </message>
    <message>
        <source>Our account or page the comment came through.</source>
        <translation>La cuenta o página nuestra por la que llegó el comentario.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language the platform reports for the comment.</source>
        <translation>El idioma que la plataforma indica para el comentario.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>What the policy decided for this comment.</source>
        <translation>Lo que la política decidió para este comentario.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>The policy rule that decided, and the clause it implements.</source>
        <translation>La regla de la política que decidió y la cláusula que aplica.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>The queue the comment was routed to.</source>
        <translation>La cola a la que se envió el comentario.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>How urgently the comment should be handled.</source>
        <translation>Con qué urgencia debe atenderse el comentario.</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regla:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Cola:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Why the policy decided so, in a sentence.</source>
        <translation>Por qué la política decidió así, en una frase.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>The kinds of personal data found in the comment.</source>
        <translation>Los tipos de datos personales encontrados en el comentario.</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>rule id — clause</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>moderation::Composer</name>
    <message>
        <source>Search the answer library</source>
        <translation>Buscar en la biblioteca de respuestas</translation>
    </message>
    <message>
        <source>Answers: suggested for this case first</source>
        <translation>Respuestas: primero las sugeridas para este caso</translation>
    </message>
    <message>
        <source>&amp;Insert answer</source>
        <translation>&amp;Insertar respuesta</translation>
    </message>
    <message>
        <source>Insert the selected answer</source>
        <translation>Insertar la respuesta seleccionada</translation>
    </message>
    <message>
        <source>Inserts the selected answer at the cursor, filled in for this comment (Enter in the list).</source>
        <translation>Inserta la respuesta seleccionada en la posición del cursor, completada para este comentario (Intro en la lista).</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Write the reply, or insert an answer from the library.</source>
        <translation>Escriba la respuesta o inserte una respuesta de la biblioteca.</translation>
    </message>
    <message>
        <source>Submit result</source>
        <translation>Resultado del envío</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Submit the reply for review (Ctrl+Enter)</source>
        <translation>Enviar la respuesta a revisión (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Spell-check: %1</source>
        <translation>Revisión ortográfica: %1</translation>
    </message>
    <message>
        <source>Spell-check is off: no dictionary was found in %1.</source>
        <translation>La revisión ortográfica está desactivada: no se encontró ningún diccionario en %1.</translation>
    </message>
    <message>
        <source>Suggested: %1 (%2)</source>
        <translation>Sugerida: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 characters (as X counts them)</source>
        <translation>%1 de %2 caracteres (según el conteo de X)</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message numerus="yes">
        <source>Too long for %1: over by %n character(s).</source>
        <translation>
            <numerusform>Demasiado larga para %1: excede el límite en %n carácter.</numerusform>
            <numerusform>Demasiado larga para %1: excede el límite en %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>No se envió: %1</translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation>Se envió a revisión.</translation>
    </message>
    <message>
        <source>No spelling suggestions</source>
        <translation>No hay sugerencias ortográficas</translation>
    </message>
</context>
<context>
    <name>moderation::ComposerHighlighter</name>
    <message>
        <source>Not in the %1 dictionary: %2</source>
        <translation>No figura en el diccionario %1: %2</translation>
    </message>
</context>
<context>
    <name>moderation::DisplayText</name>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mención</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Resultado de búsqueda</translation>
    </message>
    <message>
        <source>Page comment</source>
        <translation>Comentario en la página</translation>
    </message>
    <message>
        <source>(unknown author)</source>
        <translation>(autor desconocido)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>Hide (automatic)</source>
        <translation>Ocultar (automático)</translation>
    </message>
    <message>
        <source>Hide (proposed)</source>
        <translation>Ocultar (propuesto)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>a Social Security number</source>
        <translation>un número de Seguro Social</translation>
    </message>
    <message>
        <source>a USCIS receipt number</source>
        <translation>un número de recibo de USCIS</translation>
    </message>
    <message>
        <source>an A-number</source>
        <translation>un número A (A-number)</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un número de teléfono</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation>un número de tarjeta de pago</translation>
    </message>
    <message>
        <source>a passport number</source>
        <translation>un número de pasaporte</translation>
    </message>
    <message>
        <source>Personal data found: %1</source>
        <translation>Datos personales encontrados: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between kinds of personal data</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
</context>
<context>
    <name>moderation::FirstStart</name>
    <message numerus="yes">
        <source>First start: loaded %n demo comment(s) so that you can try Moderation Desk.</source>
        <translation>
            <numerusform>Primer inicio: se cargó %n comentario de demostración para que pueda probar Moderation Desk.</numerusform>
            <numerusform>Primer inicio: se cargaron %n comentarios de demostración para que pueda probar Moderation Desk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moderation::InboxModel</name>
    <message>
        <source>[removed] %1</source>
        <translation>[eliminado] %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
</context>
<context>
    <name>moderation::InboxWidget</name>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Words in the comment, the author&apos;s name or @handle</source>
        <translation>Palabras del comentario, nombre del autor o @usuario</translation>
    </message>
    <message>
        <source>Filter comments</source>
        <translation>Filtrar comentarios</translation>
    </message>
    <message>
        <source>Shows only comments whose text, author name or handle contains these words. Press Enter to go to the list, Escape to clear.</source>
        <translation>Muestra solo los comentarios cuyo texto, nombre de autor o usuario contiene estas palabras. Pulse Intro para ir a la lista y Esc para borrar el filtro.</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Shows comments from one platform only, or from all.</source>
        <translation>Muestra los comentarios de una sola plataforma o de todas.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Comments, newest first. Arrow keys or J and K move; the selected comment is shown in full beside the list.</source>
        <translation>Comentarios, los más recientes primero. Las flechas o las teclas J y K mueven la selección; el comentario seleccionado se muestra completo junto a la lista.</translation>
    </message>
    <message>
        <source>&amp;Next Comment</source>
        <translation>Comentario &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Comment</source>
        <translation>Comentario &amp;anterior</translation>
    </message>
    <message>
        <source>Inbox and comment details</source>
        <translation>Bandeja de entrada y detalles del comentario</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
</context>
<context>
    <name>moderation::MainWindow</name>
    <message>
        <source>Moderation Desk</source>
        <translation>Moderation Desk</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Ubicación del almacén</translation>
    </message>
    <message>
        <source>Comment count</source>
        <translation>Número de comentarios</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Moderation Desk</source>
        <translation>Cerrar Moderation Desk</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Filter Comments…</source>
        <translation>&amp;Filtrar comentarios…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Read the store again to show new comments</source>
        <translation>Leer de nuevo el almacén para mostrar los comentarios nuevos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Moderation Desk</source>
        <translation>&amp;Acerca de Moderation Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n comment(s) match</source>
        <translation>
            <numerusform>%1 de %n comentario coincide</numerusform>
            <numerusform>%1 de %n comentarios coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the store: %1</source>
        <translation>No se pudo leer el almacén: %1</translation>
    </message>
    <message>
        <source>Down, J</source>
        <translation>Flecha abajo, J</translation>
    </message>
    <message>
        <source>Next comment</source>
        <translation>Comentario siguiente</translation>
    </message>
    <message>
        <source>Up, K</source>
        <translation>Flecha arriba, K</translation>
    </message>
    <message>
        <source>Previous comment</source>
        <translation>Comentario anterior</translation>
    </message>
    <message>
        <source>Page Down, Page Up</source>
        <translation>Av Pág, Re Pág</translation>
    </message>
    <message>
        <source>A screen further or back</source>
        <translation>Una pantalla adelante o atrás</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Filter comments</source>
        <translation>Filtrar comentarios</translation>
    </message>
    <message>
        <source>Enter (in the filter)</source>
        <translation>Intro (en el filtro)</translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation>Ir a la lista</translation>
    </message>
    <message>
        <source>Escape (in the filter)</source>
        <translation>Esc (en el filtro)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Next or previous area</source>
        <translation>Área siguiente o anterior</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Moderation Desk %1</source>
        <translation>Moderation Desk %1</translation>
    </message>
    <message>
        <source>Answering the public on Facebook and X, under policy and review.</source>
        <translation>Respuestas al público en Facebook y X, según la política y con revisión.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Creado con Qt %1.</translation>
    </message>
    <message>
        <source>About Moderation Desk</source>
        <translation>Acerca de Moderation Desk</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Workspaces for answering the public on Facebook and X: cases, review, the supervisor&apos;s dashboard and every comment in the store.</source>
        <translation>Espacios de trabajo para responder al público en Facebook y X: casos, revisión, el panel del supervisor y todos los comentarios del almacén.</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espacios de trabajo</translation>
    </message>
    <message>
        <source>One workspace for each of your roles, and every comment in the store.</source>
        <translation>Un espacio de trabajo para cada uno de sus roles, y todos los comentarios del almacén.</translation>
    </message>
    <message>
        <source>Choose a workspace with the arrow keys, or press Ctrl+1 to Ctrl+9 from anywhere.</source>
        <translation>Elija un espacio de trabajo con las flechas, o pulse Ctrl+1 a Ctrl+9 desde cualquier lugar.</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>All &amp;Comments</source>
        <translation>Todos los &amp;comentarios</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>%1 — Moderation Desk</source>
        <translation>%1 — Moderation Desk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Cambiar de usuario</translation>
    </message>
    <message>
        <source>Now working as %1.</source>
        <translation>Ahora trabaja como %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n new urgent escalation(s) waiting.</source>
        <translation>
            <numerusform>%n escalamiento urgente nuevo en espera.</numerusform>
            <numerusform>%n escalamientos urgentes nuevos en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation>&amp;Nuevo almacén…</translation>
    </message>
    <message>
        <source>Make a new store of your own, with its administrator</source>
        <translation>Crear un almacén propio nuevo, con su administrador</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Abrir almacén…</translation>
    </message>
    <message>
        <source>Open another store: a file, or a shared site&apos;s address</source>
        <translation>Abrir otro almacén: un archivo o la dirección de un sitio compartido</translation>
    </message>
    <message>
        <source>&amp;Switch User</source>
        <translation>&amp;Cambiar de usuario</translation>
    </message>
    <message>
        <source>Work as the demo agent, reviewer or supervisor</source>
        <translation>Trabajar como el agente, el revisor o el supervisor de demostración</translation>
    </message>
    <message>
        <source>Demo &amp;agent (Dana)</source>
        <translation>&amp;Agente de demostración (Dana)</translation>
    </message>
    <message>
        <source>Demo &amp;reviewer (Rafael)</source>
        <translation>&amp;Revisor de demostración (Rafael)</translation>
    </message>
    <message>
        <source>Demo &amp;supervisor (Sam)</source>
        <translation>&amp;Supervisor de demostración (Sam)</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Trabajo</translation>
    </message>
    <message>
        <source>Move to the filter field of all comments</source>
        <translation>Ir al campo de filtro de todos los comentarios</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nuevo almacén</translation>
    </message>
    <message>
        <source>Moderation Desk stores (*.sqlite)</source>
        <translation>Almacenes de Moderation Desk (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a name for a new file, or open it with File ▸ Open Store.</source>
        <translation>%1 ya existe. Elija el nombre de un archivo nuevo, o ábralo con Archivo ▸ Abrir almacén.</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Abrir almacén</translation>
    </message>
    <message>
        <source>The store: a file (sqlite:PATH) or a shared site (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>El almacén: un archivo (sqlite:RUTA) o un sitio compartido (postgresql://USUARIO@SERVIDOR:PUERTO/BASE).</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Go to a workspace</source>
        <translation>Ir a un espacio de trabajo</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Take the next case (agent)</source>
        <translation>Tomar el siguiente caso (agente)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>Submit the reply for review (agent); approve it (reviewer)</source>
        <translation>Enviar la respuesta a revisión (agente); aprobarla (revisor)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Return the draft with a reason (reviewer)</source>
        <translation>Devolver el borrador con un motivo (revisor)</translation>
    </message>
    <message>
        <source>More than %L1 comments</source>
        <translation>Más de %L1 comentarios</translation>
    </message>
    <message>
        <source>More than %L1 comments match</source>
        <translation>Más de %L1 comentarios coinciden</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) match</source>
        <translation>
            <numerusform>%n comentario coincide</numerusform>
            <numerusform>%n comentarios coinciden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moderation::NewAdministratorDialog</name>
    <message>
        <source>New store — Moderation Desk</source>
        <translation>Nuevo almacén — Moderation Desk</translation>
    </message>
    <message>
        <source>The new store&apos;s administrator</source>
        <translation>El administrador del nuevo almacén</translation>
    </message>
    <message>
        <source>This store has nobody who can sign in yet. Choose the administrator&apos;s login and password: the administrator adds the agents, reviewers and supervisors.</source>
        <translation>Nadie puede iniciar sesión en este almacén todavía. Elija el usuario y la contraseña del administrador: el administrador agrega a los agentes, revisores y supervisores.</translation>
    </message>
    <message>
        <source>Administrator&apos;s login</source>
        <translation>Usuario del administrador</translation>
    </message>
    <message>
        <source>Administrator&apos;s name</source>
        <translation>Nombre del administrador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir la contraseña</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Repetir la contraseña:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Crear el administrador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>moderation::OfficeHoursWorkspace</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>#%1 — %2 — %3 to %4 (%5) — queue %6</source>
        <extracomment>%1 hashtag, %2 title, %3 start date and time, %4 end time, %5 time zone, %6 queue.</extracomment>
        <translation>#%1 — %2 — de %3 a %4 (%5) — cola %6</translation>
    </message>
    <message>
        <source>In queue %1</source>
        <translation>En la cola %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Cerrado: %1</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Not triaged</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignorado: %1</translation>
    </message>
    <message>
        <source>No questions in the last five minutes</source>
        <translation>No hubo preguntas en los últimos cinco minutos</translation>
    </message>
    <message>
        <source>Less than one question a minute</source>
        <translation>Menos de una pregunta por minuto</translation>
    </message>
    <message>
        <source>One question a minute</source>
        <translation>Una pregunta por minuto</translation>
    </message>
    <message>
        <source>%1 questions a minute</source>
        <translation>%1 preguntas por minuto</translation>
    </message>
    <message>
        <source>Office Hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <source>Save the recap</source>
        <translation>Guardar el resumen</translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md)</source>
        <translation>HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Schedule an event</source>
        <translation>Programar un evento</translation>
    </message>
    <message>
        <source>&amp;Hashtag:</source>
        <translation>&amp;Hashtag:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Fi&amp;n:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>SME &amp;queue:</source>
        <translation>C&amp;ola de SME:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Office Hours status</source>
        <translation>Estado del horario de atención</translation>
    </message>
    <message>
        <source>#AskImmigration</source>
        <translation>#AskImmigration</translation>
    </message>
    <message>
        <source>Event hashtag</source>
        <translation>Hashtag del evento</translation>
    </message>
    <message>
        <source>Event title</source>
        <translation>Título del evento</translation>
    </message>
    <message>
        <source>Event start, in the event&apos;s time zone</source>
        <translation>Inicio del evento, en la zona horaria del evento</translation>
    </message>
    <message>
        <source>Event end, in the event&apos;s time zone</source>
        <translation>Fin del evento, en la zona horaria del evento</translation>
    </message>
    <message>
        <source>Event time zone</source>
        <translation>Zona horaria del evento</translation>
    </message>
    <message>
        <source>SME queue for the event&apos;s questions</source>
        <translation>Cola de SME para las preguntas del evento</translation>
    </message>
    <message>
        <source>The queue the answerable questions go to. Pick one or type a new name.</source>
        <translation>La cola a la que van las preguntas que se pueden responder. Elija una o escriba un nombre nuevo.</translation>
    </message>
    <message>
        <source>S&amp;chedule event</source>
        <translation>&amp;Programar evento</translation>
    </message>
    <message>
        <source>Schedule the event</source>
        <translation>Programar el evento</translation>
    </message>
    <message>
        <source>Office Hours events</source>
        <translation>Eventos del horario de atención</translation>
    </message>
    <message>
        <source>Select an event to see its feed.</source>
        <translation>Seleccione un evento para ver su fuente de comentarios.</translation>
    </message>
    <message>
        <source>Questions a minute</source>
        <translation>Preguntas por minuto</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Event feed, newest first</source>
        <translation>Fuente de comentarios del evento, primero los más recientes</translation>
    </message>
    <message>
        <source>&amp;Answerable</source>
        <translation>&amp;Respondible</translation>
    </message>
    <message>
        <source>Answerable: a case in the event&apos;s SME queue (A)</source>
        <translation>Respondible: un caso en la cola de SME del evento (A)</translation>
    </message>
    <message>
        <source>&amp;Off-topic</source>
        <translation>&amp;Fuera de tema</translation>
    </message>
    <message>
        <source>Off-topic: ignore the comment (O)</source>
        <translation>Fuera de tema: ignorar el comentario (O)</translation>
    </message>
    <message>
        <source>Already answere&amp;d…</source>
        <translation>Ya respon&amp;dida…</translation>
    </message>
    <message>
        <source>Already answered: link it to an answered question and ignore it (D)</source>
        <translation>Ya respondida: vincular el comentario a una pregunta respondida e ignorarlo (D)</translation>
    </message>
    <message>
        <source>Write &amp;recap…</source>
        <translation>&amp;Escribir resumen…</translation>
    </message>
    <message>
        <source>Write the event&apos;s recap as HTML or Markdown (after the event)</source>
        <translation>Escribir el resumen del evento en HTML o Markdown (después del evento)</translation>
    </message>
    <message>
        <source>Answerable (A)</source>
        <translation>Respondible (A)</translation>
    </message>
    <message>
        <source>Mark answerable</source>
        <translation>Marcar como respondible</translation>
    </message>
    <message>
        <source>Off-topic (O)</source>
        <translation>Fuera de tema (O)</translation>
    </message>
    <message>
        <source>Mark off-topic</source>
        <translation>Marcar como fuera de tema</translation>
    </message>
    <message>
        <source>Already answered (D)…</source>
        <translation>Ya respondida (D)…</translation>
    </message>
    <message>
        <source>Mark already answered</source>
        <translation>Marcar como ya respondida</translation>
    </message>
    <message>
        <source>Recap…</source>
        <translation>Resumen…</translation>
    </message>
    <message>
        <source>Write the recap</source>
        <translation>Escribir el resumen</translation>
    </message>
    <message>
        <source>Feed of %1 — comments shown: %2</source>
        <extracomment>%1 the event line (hashtag, title, window), %2 how many comments are shown.</extracomment>
        <translation>Fuente de comentarios de %1 — comentarios mostrados: %2</translation>
    </message>
    <message>
        <source>The recap is written once the event is over.</source>
        <translation>El resumen se escribe cuando termina el evento.</translation>
    </message>
    <message>
        <source>Scheduled #%1.</source>
        <translation>Se programó #%1.</translation>
    </message>
    <message>
        <source>Case %1 is in queue %2.</source>
        <translation>El caso %1 está en la cola %2.</translation>
    </message>
    <message>
        <source>Ignored as off-topic.</source>
        <translation>Se ignoró por estar fuera de tema.</translation>
    </message>
    <message>
        <source>No question of this event has an approved answer yet.</source>
        <translation>Todavía ninguna pregunta de este evento tiene una respuesta aprobada.</translation>
    </message>
    <message>
        <source>Linked to the answer of comment %1 and ignored.</source>
        <translation>Se vinculó a la respuesta del comentario %1 y se ignoró.</translation>
    </message>
    <message>
        <source>The recap is in %1.</source>
        <translation>El resumen está en %1.</translation>
    </message>
</context>
<context>
    <name>moderation::PolicyEditor</name>
    <message>
        <source>No decision</source>
        <translation>Sin decisión</translation>
    </message>
    <message>
        <source>Policy editor</source>
        <translation>Editor de políticas</translation>
    </message>
    <message>
        <source>&amp;Open Policy File…</source>
        <translation>&amp;Abrir archivo de política…</translation>
    </message>
    <message>
        <source>&amp;Save Policy File…</source>
        <translation>&amp;Guardar archivo de política…</translation>
    </message>
    <message>
        <source>&amp;Preview Changes</source>
        <translation>&amp;Vista previa de los cambios</translation>
    </message>
    <message>
        <source>&amp;Activate Policy…</source>
        <translation>Ac&amp;tivar política…</translation>
    </message>
    <message>
        <source>Go to &amp;Next Problem</source>
        <translation>Ir al &amp;siguiente problema</translation>
    </message>
    <message>
        <source>Open a policy file (%1)</source>
        <translation>Abrir un archivo de política (%1)</translation>
    </message>
    <message>
        <source>Save the policy to a file (%1)</source>
        <translation>Guardar la política en un archivo (%1)</translation>
    </message>
    <message>
        <source>Show what this policy would change over the stored comments (%1)</source>
        <translation>Mostrar qué cambiaría esta política en los comentarios almacenados (%1)</translation>
    </message>
    <message>
        <source>Make the previewed policy the active one (%1)</source>
        <translation>Convertir la política de la vista previa en la política activa (%1)</translation>
    </message>
    <message>
        <source>Move the cursor to the next problem (%1)</source>
        <translation>Mover el cursor al siguiente problema (%1)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Activar…</translation>
    </message>
    <message>
        <source>Preview in progress</source>
        <translation>Vista previa en curso</translation>
    </message>
    <message>
        <source>Policy editor status</source>
        <translation>Estado del editor de políticas</translation>
    </message>
    <message>
        <source>Policy text (JSON)</source>
        <translation>Texto de la política (JSON)</translation>
    </message>
    <message>
        <source>Problems in the policy</source>
        <translation>Problemas de la política</translation>
    </message>
    <message>
        <source>Each problem with its line and column; press Enter or click to go there (%1 for the next)</source>
        <translation>Cada problema con su línea y columna; pulse Intro o haga clic para ir a él (%1 para el siguiente)</translation>
    </message>
    <message>
        <source>Preview the policy to see what it would change.</source>
        <translation>Genere la vista previa de la política para ver qué cambiaría.</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Resumen de la vista previa</translation>
    </message>
    <message>
        <source>Comments per action before and after</source>
        <translation>Comentarios por acción antes y después</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Active policy</source>
        <translation>Política activa</translation>
    </message>
    <message>
        <source>This policy</source>
        <translation>Esta política</translation>
    </message>
    <message>
        <source>Comments whose decision would change</source>
        <translation>Comentarios cuya decisión cambiaría</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>With this policy</source>
        <translation>Con esta política</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Changed comments</source>
        <translation>Comentarios con cambios</translation>
    </message>
    <message>
        <source>Loading the active policy…</source>
        <translation>Cargando la política activa…</translation>
    </message>
    <message>
        <source>The active policy could not be read: %1</source>
        <translation>No se pudo leer la política activa: %1</translation>
    </message>
    <message>
        <source>No policy is active yet.</source>
        <translation>Todavía no hay ninguna política activa.</translation>
    </message>
    <message>
        <source>Active policy: %1, version %2.</source>
        <translation>Política activa: %1, versión %2.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Se encontró %n problema.</numerusform>
            <numerusform>Se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Policy</source>
        <translation>Abrir una política</translation>
    </message>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>Políticas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>Save the Policy</source>
        <translation>Guardar la política</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Se guardó en %1.</translation>
    </message>
    <message>
        <source>Fix the problems before the preview.</source>
        <translation>Corrija los problemas antes de la vista previa.</translation>
    </message>
    <message>
        <source>Replaying the stored comments through this policy…</source>
        <translation>Reprocesando los comentarios almacenados con esta política…</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>La vista previa falló: %1</translation>
    </message>
    <message>
        <source>%1, version %2 (stored version %3)</source>
        <translation>%1, versión %2 (versión almacenada %3)</translation>
    </message>
    <message>
        <source>Preview finished.</source>
        <translation>Vista previa terminada.</translation>
    </message>
    <message>
        <source>Preview finished; the text changed since, preview again to activate.</source>
        <translation>Vista previa terminada; el texto cambió después: genere de nuevo la vista previa para poder activarla.</translation>
    </message>
    <message>
        <source>no active policy</source>
        <translation>ninguna política activa</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) replayed against %1; </source>
        <translation>
            <numerusform>%n comentario reprocesado frente a %1; </numerusform>
            <numerusform>%n comentarios reprocesados frente a %1; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be decided differently.</source>
        <translation>
            <numerusform>%n se decidiría de otra manera.</numerusform>
            <numerusform>%n se decidirían de otra manera.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (regla %2)</translation>
    </message>
    <message>
        <source>Activate the Policy</source>
        <translation>Activar la política</translation>
    </message>
    <message>
        <source>Make this policy the active one? New comments will be decided by it from now on; the change is audited.</source>
        <translation>¿Convertir esta política en la política activa? A partir de ahora, los comentarios nuevos se decidirán con ella; el cambio queda registrado en la auditoría.</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Activando…</translation>
    </message>
    <message>
        <source>The policy was not activated: %1</source>
        <translation>No se activó la política: %1</translation>
    </message>
    <message>
        <source>Activated %1, version %2 (stored version %3).</source>
        <translation>Se activó %1, versión %2 (versión almacenada %3).</translation>
    </message>
    <message>
        <source>%1, version %2 is already the active policy; nothing changed.</source>
        <translation>%1, versión %2 ya es la política activa; no cambió nada.</translation>
    </message>
</context>
<context>
    <name>moderation::ReclassifyDialog</name>
    <message>
        <source>Reject the proposed hide</source>
        <translation>Rechazar la ocultación propuesta</translation>
    </message>
    <message>
        <source>Reclassify the case</source>
        <translation>Reclasificar el caso</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nueva decisión</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Ignore (close the case)</source>
        <translation>Ignorar (cerrar el caso)</translation>
    </message>
    <message>
        <source>Escalate to a queue</source>
        <translation>Escalar a una cola</translation>
    </message>
    <message>
        <source>Hide the comment</source>
        <translation>Ocultar el comentario</translation>
    </message>
    <message>
        <source>Queue to escalate to</source>
        <translation>Cola a la que se escala</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why (kept with the case and in the audit trail)</source>
        <translation>Por qué (se conserva con el caso y en el registro de auditoría)</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>moderation::ReportsWorkspace</name>
    <message>
        <source>&amp;Build report</source>
        <translation>&amp;Generar informe</translation>
    </message>
    <message>
        <source>Build the chosen report from the store (%1)</source>
        <translation>Generar el informe elegido a partir del almacén (%1)</translation>
    </message>
    <message>
        <source>Save as &amp;CSV folder…</source>
        <translation>Guardar como carpeta &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the report as a folder of CSV files, one file a table.</source>
        <translation>Guardar el informe como una carpeta de archivos CSV, un archivo por tabla.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (%1)</source>
        <translation>Guardar el informe como archivo PDF (%1)</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Guardar como &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the report as one self-contained HTML file.</source>
        <translation>Guardar el informe como un único archivo HTML independiente.</translation>
    </message>
    <message>
        <source>E&amp;xport records…</source>
        <translation>E&amp;xportar registros…</translation>
    </message>
    <message>
        <source>Export the records of the chosen days into an empty folder (%1)</source>
        <translation>Exportar los registros de los días elegidos a una carpeta vacía (%1)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Weekly (the ISO week holding the date)</source>
        <translation>Semanal (la semana ISO que contiene la fecha)</translation>
    </message>
    <message>
        <source>Monthly (the month holding the date)</source>
        <translation>Mensual (el mes que contiene la fecha)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Período del informe</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <source>A day of the period. Type the date or change each part with the arrow keys.</source>
        <translation>Un día del período. Escriba la fecha o cambie cada parte con las flechas.</translation>
    </message>
    <message>
        <source>Report time zone</source>
        <translation>Zona horaria del informe</translation>
    </message>
    <message>
        <source>The time zone whose local days the report covers; the site&apos;s by default.</source>
        <translation>La zona horaria cuyos días locales abarca el informe; de forma predeterminada, la del sitio.</translation>
    </message>
    <message>
        <source>Build report</source>
        <translation>Generar informe</translation>
    </message>
    <message>
        <source>Building the report</source>
        <translation>Generando el informe</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>The report as it will be saved, read-only.</source>
        <translation>El informe tal como se guardará, de solo lectura.</translation>
    </message>
    <message>
        <source>Save as CSV folder</source>
        <translation>Guardar como carpeta CSV</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Save as HTML</source>
        <translation>Guardar como HTML</translation>
    </message>
    <message>
        <source>Choose a period and a date, then build the report to preview it here.</source>
        <translation>Elija un período y una fecha y luego genere el informe para ver aquí su vista previa.</translation>
    </message>
    <message>
        <source>Records export</source>
        <translation>Exportación de registros</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>C&amp;arpeta:</translation>
    </message>
    <message>
        <source>First day of the records export</source>
        <translation>Primer día de la exportación de registros</translation>
    </message>
    <message>
        <source>Last day of the records export</source>
        <translation>Último día de la exportación de registros</translation>
    </message>
    <message>
        <source>Records export folder</source>
        <translation>Carpeta de la exportación de registros</translation>
    </message>
    <message>
        <source>An empty folder</source>
        <translation>Una carpeta vacía</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the records export folder</source>
        <translation>Elegir la carpeta de la exportación de registros</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Exportar registros</translation>
    </message>
    <message>
        <source>Exporting the records</source>
        <translation>Exportando los registros</translation>
    </message>
    <message>
        <source>Records export result</source>
        <translation>Resultado de la exportación de registros</translation>
    </message>
    <message>
        <source>The site&apos;s time zone could not be read: %1</source>
        <translation>No se pudo leer la zona horaria del sitio: %1</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>%1 for %2 (%3), built.</source>
        <translation>Se generó %1 de %2 (%3).</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>No se pudo generar el informe: %1</translation>
    </message>
    <message>
        <source>Save the report as a CSV folder</source>
        <translation>Guardar el informe como carpeta CSV</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>Guardar el informe como HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>No se guardó el informe: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Se guardó en %1.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the records export</source>
        <translation>Elegir una carpeta vacía para la exportación de registros</translation>
    </message>
    <message>
        <source>The last day comes before the first: choose the days again.</source>
        <translation>El último día es anterior al primero: elija los días de nuevo.</translation>
    </message>
    <message>
        <source>Exporting the records…</source>
        <translation>Exportando los registros…</translation>
    </message>
    <message>
        <source>The audit log is intact; its head is %1.</source>
        <translation>El registro de auditoría está íntegro; su última entrada (head) es %1.</translation>
    </message>
    <message>
        <source>Written, but the audit log is broken at entry %1: %2. The manifest says so.</source>
        <translation>Se escribió, pero el registro de auditoría está roto en la entrada %1: %2. El manifiesto lo indica.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) in %1 file(s) and manifest.json to %2. %3</source>
        <translation>
            <numerusform>Se exportó %n fila en %1 archivo(s) y manifest.json a %2. %3</numerusform>
            <numerusform>Se exportaron %n filas en %1 archivo(s) y manifest.json a %2. %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds files, and an export is only written to an empty folder.</source>
        <translation>%1 ya contiene archivos, y una exportación solo se escribe en una carpeta vacía.</translation>
    </message>
    <message>
        <source>%1 already holds files. A records export is written only to an empty folder, so that nothing in it is mistaken for part of the export. Choose another folder?</source>
        <translation>%1 ya contiene archivos. Una exportación de registros solo se escribe en una carpeta vacía, para que nada de lo que contenga se confunda con parte de la exportación. ¿Desea elegir otra carpeta?</translation>
    </message>
    <message>
        <source>The records were not exported: %1</source>
        <translation>No se exportaron los registros: %1</translation>
    </message>
</context>
<context>
    <name>moderation::ReturnReasonDialog</name>
    <message>
        <source>Return the draft</source>
        <translation>Devolver el borrador</translation>
    </message>
    <message>
        <source>Why does this draft go back to its agent?</source>
        <translation>¿Por qué se devuelve este borrador a su agente?</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation>Motivo de la devolución</translation>
    </message>
    <message>
        <source>Required. The agent reads it with the returned draft.</source>
        <translation>Obligatorio. El agente lo leerá junto con el borrador devuelto.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Sends the draft back to its agent with the reason.</source>
        <translation>Devuelve el borrador a su agente con el motivo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keeps the draft in review.</source>
        <translation>Mantiene el borrador en revisión.</translation>
    </message>
</context>
<context>
    <name>moderation::ReviewQueueModel</name>
    <message>
        <source>No SLA</source>
        <translation>Sin SLA</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Vencido desde %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Draft by</source>
        <translation>Borrador de</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>moderation::ReviewWorkspace</name>
    <message>
        <source>Drafts awaiting review</source>
        <translation>Borradores pendientes de revisión</translation>
    </message>
    <message>
        <source>Drafts by other agents, the earliest deadline first. Select one to review it.</source>
        <translation>Borradores de otros agentes, primero los de plazo más próximo. Seleccione uno para revisarlo.</translation>
    </message>
    <message>
        <source>Comment and its thread</source>
        <translation>Comentario y su hilo</translation>
    </message>
    <message>
        <source>The comment the draft answers, after the comments above it in its thread.</source>
        <translation>El comentario al que responde el borrador, después de los comentarios que lo preceden en su hilo.</translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation>Borrador de respuesta</translation>
    </message>
    <message>
        <source>The reply as it will be posted if approved.</source>
        <translation>La respuesta tal como se publicará si se aprueba.</translation>
    </message>
    <message>
        <source>Changes from the library answer</source>
        <translation>Cambios respecto de la respuesta de la biblioteca</translation>
    </message>
    <message>
        <source>Words the agent added are underlined; words removed from the answer are struck through.</source>
        <translation>Las palabras que agregó el agente aparecen subrayadas; las que se quitaron de la respuesta aparecen tachadas.</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Approve the draft as written (Ctrl+Enter)</source>
        <translation>Aprobar el borrador tal como está escrito (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Return with a Reason…</source>
        <translation>&amp;Devolver con un motivo…</translation>
    </message>
    <message>
        <source>Send the draft back to its agent with a reason (Ctrl+R)</source>
        <translation>Devolver el borrador a su agente con un motivo (Ctrl+R)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Return with a reason</source>
        <translation>Devolver con un motivo</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <source>The drafts awaiting review could not be read: %1</source>
        <translation>No se pudieron leer los borradores pendientes de revisión: %1</translation>
    </message>
    <message>
        <source>No draft selected.</source>
        <translation>No hay ningún borrador seleccionado.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 escribió:</translation>
    </message>
    <message>
        <source>The comment under review:</source>
        <translation>El comentario en revisión:</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Escrito por %1</translation>
    </message>
    <message>
        <source>✓ Pass: no personal data found in the draft.</source>
        <translation>✓ Cumple: no se encontraron datos personales en el borrador.</translation>
    </message>
    <message>
        <source>✗ Fail: %1</source>
        <translation>✗ No cumple: %1</translation>
    </message>
    <message>
        <source>✓ Pass: %1 of %2 characters as %3 counts them.</source>
        <translation>✓ Cumple: %1 de %2 caracteres, según el conteo de %3.</translation>
    </message>
    <message>
        <source>✗ Fail: %1 characters as %3 counts them, over its limit of %2.</source>
        <translation>✗ No cumple: %1 caracteres, según el conteo de %3, por encima de su límite de %2.</translation>
    </message>
    <message>
        <source>Needs %1 approvals by different reviewers; %2 so far.</source>
        <translation>Requiere %1 aprobaciones de revisores distintos; hasta ahora, %2.</translation>
    </message>
    <message>
        <source>Needs one approval.</source>
        <translation>Requiere una aprobación.</translation>
    </message>
    <message>
        <source>The agent wrote this draft without a library answer.</source>
        <translation>El agente redactó este borrador sin una respuesta de la biblioteca.</translation>
    </message>
    <message>
        <source>The library answer %1 is no longer in the library.</source>
        <translation>La respuesta %1 ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Against the library answer %1, filled in for this comment.</source>
        <translation>Comparado con la respuesta de la biblioteca %1, completada para este comentario.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Aprobando…</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>No se aprobó: %1</translation>
    </message>
    <message>
        <source>Approved — %1 of %2 approvals: the reply is queued to go out.</source>
        <translation>Aprobado — %1 de %2 aprobaciones: la respuesta está en cola para enviarse.</translation>
    </message>
    <message>
        <source>Approved — %1 of %2 approvals</source>
        <translation>Aprobado — %1 de %2 aprobaciones</translation>
    </message>
    <message>
        <source>Approved: the reply is queued to go out.</source>
        <translation>Aprobado: la respuesta está en cola para enviarse.</translation>
    </message>
    <message>
        <source>Returning…</source>
        <translation>Devolviendo…</translation>
    </message>
    <message>
        <source>Not returned: %1</source>
        <translation>No se devolvió: %1</translation>
    </message>
    <message>
        <source>Returned to its agent with your reason.</source>
        <translation>Se devolvió al agente con el motivo que usted indicó.</translation>
    </message>
</context>
<context>
    <name>moderation::SettingsWorkspace</name>
    <message>
        <source>On this computer</source>
        <translation>En esta computadora</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. It changes at once.</source>
        <translation>El idioma de los menús, botones y mensajes. Cambia de inmediato.</translation>
    </message>
    <message>
        <source>&amp;High contrast (white on black, yellow focus)</source>
        <translation>&amp;Alto contraste (blanco sobre negro, foco amarillo)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Tamaño del texto en porcentaje</translation>
    </message>
    <message>
        <source>From 100 % to 200 % of the normal size.</source>
        <translation>Del 100 % al 200 % del tamaño normal.</translation>
    </message>
    <message>
        <source>These settings are yours, on this computer only.</source>
        <translation>Esta configuración es solo suya y se aplica únicamente en esta computadora.</translation>
    </message>
    <message>
        <source>The site (every seat)</source>
        <translation>El sitio (todos los puestos)</translation>
    </message>
    <message>
        <source>Reports&apos; time &amp;zone:</source>
        <translation>&amp;Zona horaria de los informes:</translation>
    </message>
    <message>
        <source>Not set (the active policy&apos;s zone)</source>
        <translation>Sin definir (la zona de la política activa)</translation>
    </message>
    <message>
        <source>The time zone of the site&apos;s reports</source>
        <translation>La zona horaria de los informes del sitio</translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation>&amp;Nombre de la agencia:</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nombre de la agencia</translation>
    </message>
    <message>
        <source>Shown on the reports&apos; title pages.</source>
        <translation>Se muestra en las portadas de los informes.</translation>
    </message>
    <message>
        <source>Agency &amp;logo:</source>
        <translation>&amp;Logotipo de la agencia:</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Elegir un logotipo…</translation>
    </message>
    <message>
        <source>Choose the agency logo</source>
        <translation>Elegir el logotipo de la agencia</translation>
    </message>
    <message>
        <source>A PNG or JPEG file of at most 512 KiB, shown on the reports.</source>
        <translation>Un archivo PNG o JPEG de 512 KiB como máximo, que se muestra en los informes.</translation>
    </message>
    <message>
        <source>The agency logo</source>
        <translation>El logotipo de la agencia</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>&amp;Save site settings</source>
        <translation>&amp;Guardar la configuración del sitio</translation>
    </message>
    <message>
        <source>Save the site&apos;s settings (%1)</source>
        <translation>Guardar la configuración del sitio (%1)</translation>
    </message>
    <message>
        <source>Save site settings</source>
        <translation>Guardar la configuración del sitio</translation>
    </message>
    <message>
        <source>Site settings status</source>
        <translation>Estado de la configuración del sitio</translation>
    </message>
    <message>
        <source>The site&apos;s settings could not be read: %1</source>
        <translation>No se pudo leer la configuración del sitio: %1</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo is stored when you save the site&apos;s settings.</source>
        <translation>El logotipo se almacena cuando usted guarda la configuración del sitio.</translation>
    </message>
    <message>
        <source>Nothing to save: the site&apos;s settings are as stored.</source>
        <translation>No hay nada que guardar: la configuración del sitio coincide con la almacenada.</translation>
    </message>
    <message>
        <source>The site&apos;s settings were not saved: %1</source>
        <translation>No se guardó la configuración del sitio: %1</translation>
    </message>
    <message>
        <source>The site&apos;s settings were saved.</source>
        <translation>Se guardó la configuración del sitio.</translation>
    </message>
</context>
<context>
    <name>moderation::SignIn</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>That login and password were not accepted.</source>
        <translation>No se aceptaron ese usuario y esa contraseña.</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <source>The database role %1 is not a person of this site. Ask an administrator to add you (moderationctl users add).</source>
        <translation>El rol de base de datos %1 no es una persona de este sitio. Pida a un administrador que lo agregue (moderationctl users add).</translation>
    </message>
    <message>
        <source>The user %1 is no longer active on this site.</source>
        <translation>El usuario %1 ya no está activo en este sitio.</translation>
    </message>
    <message>
        <source>Switching user without a password is for demo stores only.</source>
        <translation>Cambiar de usuario sin contraseña solo es posible en almacenes de demostración.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>La contraseña necesita al menos %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>moderation::SignInDialog</name>
    <message>
        <source>Sign in — Moderation Desk</source>
        <translation>Iniciar sesión — Moderation Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to the store %1.</source>
        <translation>Inicie sesión en el almacén %1.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>moderation::StoreStartup</name>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Contraseña de %1 en %2:</translation>
    </message>
    <message>
        <source>That password was not accepted. Password for %1 on %2:</source>
        <translation>No se aceptó esa contraseña. Contraseña de %1 en %2:</translation>
    </message>
    <message>
        <source>Sign in to the shared store</source>
        <translation>Iniciar sesión en el almacén compartido</translation>
    </message>
    <message>
        <source>The store address is not valid. It must look like sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>La dirección del almacén no es válida. Debe tener la forma sqlite:RUTA o postgresql://USUARIO@SERVIDOR:PUERTO/BASE.</translation>
    </message>
    <message>
        <source>The database server could not be reached. Check the network connection and the server address, or ask your administrator whether the server is running.</source>
        <translation>No se pudo conectar con el servidor de base de datos. Compruebe la conexión de red y la dirección del servidor, o pregunte a su administrador si el servidor está en marcha.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>El servidor no aceptó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The store cannot be written: the file or its folder is read-only or missing. Check the folder&apos;s permissions, or start Moderation Desk with another store (--db).</source>
        <translation>No se puede escribir en el almacén: el archivo o su carpeta son de solo lectura o no existen. Compruebe los permisos de la carpeta o inicie Moderation Desk con otro almacén (--db).</translation>
    </message>
    <message>
        <source>The file is not a Moderation Desk store, or it is damaged. Restore it from a backup, or start Moderation Desk with another store (--db).</source>
        <translation>El archivo no es un almacén de Moderation Desk o está dañado. Restáurelo desde una copia de seguridad o inicie Moderation Desk con otro almacén (--db).</translation>
    </message>
    <message>
        <source>The store does not exist.</source>
        <translation>El almacén no existe.</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>No se pudo abrir el almacén.</translation>
    </message>
    <message>
        <source>Moderation Desk cannot open its store</source>
        <translation>Moderation Desk no puede abrir su almacén</translation>
    </message>
    <message>
        <source>Moderation Desk could not open the comment store at %1.</source>
        <translation>Moderation Desk no pudo abrir el almacén de comentarios en %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer (kept in the system&apos;s keychain)</source>
        <translation>&amp;Recordarme en este equipo (se guarda en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>moderation::SupervisorDashboard</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>En redacción</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Sin SLA</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>En orden</translation>
    </message>
    <message>
        <source>Needs re-authentication</source>
        <translation>Requiere volver a autenticarse</translation>
    </message>
    <message>
        <source>Needs re-authentication: %1</source>
        <translation>Requiere volver a autenticarse: %1</translation>
    </message>
    <message>
        <source>Rate-limited until %1</source>
        <translation>Con límite de frecuencia hasta %1</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>Uso: %1 de %2</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Posts today</source>
        <translation>Publicaciones hoy</translation>
    </message>
    <message>
        <source>Reads this hour</source>
        <translation>Lecturas en esta hora</translation>
    </message>
    <message>
        <source>Queue sizes</source>
        <translation>Tamaño de las colas</translation>
    </message>
    <message>
        <source>Open cases in each queue.</source>
        <translation>Casos abiertos en cada cola.</translation>
    </message>
    <message>
        <source>Open cases, breached and at-risk ones first. Select one to assign or release it.</source>
        <translation>Casos abiertos, primero los incumplidos y los que están en riesgo. Seleccione uno para asignarlo o liberarlo.</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Agents with their presence and how many cases they hold of their capacity.</source>
        <translation>Agentes con su presencia y cuántos casos tienen respecto de su capacidad.</translation>
    </message>
    <message>
        <source>Comments today by action</source>
        <translation>Comentarios de hoy por acción</translation>
    </message>
    <message>
        <source>Today&apos;s comments by what was decided for them.</source>
        <translation>Comentarios de hoy según lo que se decidió sobre ellos.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Watched accounts with their state and their quotas&apos; use.</source>
        <translation>Cuentas monitoreadas con su estado y el uso de sus cuotas.</translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation>Estado del panel</translation>
    </message>
    <message>
        <source>Agent to assign to</source>
        <translation>Agente a quien asignar</translation>
    </message>
    <message>
        <source>The agent who gets the selected case.</source>
        <translation>El agente que recibe el caso seleccionado.</translation>
    </message>
    <message>
        <source>The presence to give the selected agent.</source>
        <translation>La presencia que se asignará al agente seleccionado.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the dashboard again (F5)</source>
        <translation>Volver a leer el panel (F5)</translation>
    </message>
    <message>
        <source>&amp;Assign to Agent</source>
        <translation>A&amp;signar a agente</translation>
    </message>
    <message>
        <source>Give the selected case to the chosen agent (Ctrl+Shift+A)</source>
        <translation>Asignar el caso seleccionado al agente elegido (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>Re&amp;lease to Queue</source>
        <translation>&amp;Liberar a la cola</translation>
    </message>
    <message>
        <source>Put the selected case back in its queue, unheld (Ctrl+Shift+L)</source>
        <translation>Regresar el caso seleccionado a su cola, sin asignar (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <source>Set &amp;Presence</source>
        <translation>Establecer &amp;presencia</translation>
    </message>
    <message>
        <source>Give the selected agent the chosen presence (Ctrl+Shift+P)</source>
        <translation>Asignar al agente seleccionado la presencia elegida (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveles de servicio</translation>
    </message>
    <message>
        <source>Assign to agent</source>
        <translation>Asignar a agente</translation>
    </message>
    <message>
        <source>Release to queue</source>
        <translation>Liberar a la cola</translation>
    </message>
    <message>
        <source>Set presence</source>
        <translation>Establecer presencia</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>No se pudo leer el panel: %1</translation>
    </message>
    <message>
        <source>At risk: %1. Breached: %2.</source>
        <translation>En riesgo: %1. Incumplidos: %2.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <source>Comments written on %1 (the site&apos;s day).</source>
        <translation>Comentarios escritos el %1 (día del sitio).</translation>
    </message>
    <message>
        <source>Comments by hour today</source>
        <translation>Comentarios de hoy por hora</translation>
    </message>
    <message>
        <source>Comments by category today</source>
        <translation>Comentarios de hoy por categoría</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no comments.</source>
        <translation>%1: sin comentarios.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Se rechazó: %1</translation>
    </message>
    <message>
        <source>Select a case and choose an agent first.</source>
        <translation>Primero seleccione un caso y elija un agente.</translation>
    </message>
    <message>
        <source>Case %1 assigned to %2.</source>
        <translation>El caso %1 se asignó a %2.</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>Primero seleccione un caso.</translation>
    </message>
    <message>
        <source>Case %1 released to its queue.</source>
        <translation>El caso %1 se liberó a su cola.</translation>
    </message>
    <message>
        <source>Select an agent first.</source>
        <translation>Primero seleccione un agente.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>Presencia de %1: %2.</translation>
    </message>
</context>
<context>
    <name>moderation::SyncWorker</name>
    <message>
        <source>%1 rate limited until %2</source>
        <translation>%1 limitada hasta %2</translation>
    </message>
    <message>
        <source>%1 rate limited</source>
        <translation>%1 limitada por la plataforma</translation>
    </message>
    <message>
        <source>%1 needs re-authentication</source>
        <translation>%1 necesita volver a autenticarse</translation>
    </message>
    <message>
        <source>%1 could not be synced (tried again next round)</source>
        <translation>%1 no se pudo sincronizar (se reintenta en la próxima ronda)</translation>
    </message>
    <message>
        <source>Sync is off: the store did not open for it: %1</source>
        <translation>Sincronización desactivada: el almacén no se abrió para ella: %1</translation>
    </message>
    <message>
        <source>Sync is off: the store&apos;s accounts could not be read: %1</source>
        <translation>Sincronización desactivada: no se pudieron leer las cuentas del almacén: %1</translation>
    </message>
    <message>
        <source>The demo&apos;s sends are kept in memory only: %1</source>
        <translation>Los envíos de la demostración se guardan solo en memoria: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>La sincronización falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n comentario nuevo</numerusform>
            <numerusform>%n comentarios nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>no new comments</source>
        <translation>ningún comentario nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n editado</numerusform>
            <numerusform>%n editados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send(s) need attention</source>
        <translation>
            <numerusform>%n envío requiere atención</numerusform>
            <numerusform>%n envíos requieren atención</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1: %2</source>
        <translation>Sincronizado a las %1: %2</translation>
    </message>
</context>
<context>
    <name>moderation::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation>Modificar usuario</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;; debe empezar con una letra.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Agente</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>&amp;Revisor</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <source>A&amp;dmin</source>
        <translation>A&amp;dministrador</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Every queue</source>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <source>The queues this person works, separated by commas; empty for every queue.</source>
        <translation>Las colas que atiende esta persona, separadas por comas; vacío para todas las colas.</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation>&amp;Colas:</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>How many cases this person holds at most.</source>
        <translation>Cuántos casos puede tener esta persona como máximo.</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>Capac&amp;idad:</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>&amp;Presence:</source>
        <translation>&amp;Presencia:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar la contraseña</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). The store keeps only a salted hash of it.</source>
        <translation>
            <numerusform>Al menos %n carácter. El almacén solo guarda un hash con sal de la contraseña.</numerusform>
            <numerusform>Al menos %n caracteres. El almacén solo guarda un hash con sal de la contraseña.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of this person&apos;s database role. Leave it empty when the server&apos;s administrator already made the role.</source>
        <translation>La contraseña del rol de base de datos de esta persona. Déjela vacía si el administrador del servidor ya creó el rol.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firmar la contraseña:</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Escriba un usuario.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Elija al menos un rol.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n character(s).</source>
        <translation>
            <numerusform>La contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>moderation::Workspaces</name>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>Po&amp;lítica</translation>
    </message>
    <message>
        <source>A&amp;nswers</source>
        <translation>R&amp;espuestas</translation>
    </message>
    <message>
        <source>&amp;Office Hours</source>
        <translation>&amp;Horario de atención</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>People and &amp;Accounts</source>
        <translation>Personas y c&amp;uentas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Con&amp;figuración</translation>
    </message>
</context>
</TS>
