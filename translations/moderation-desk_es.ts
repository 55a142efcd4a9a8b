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
</TS>
