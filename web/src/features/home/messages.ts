export const messages = {
  es: {
    publicTitle: 'Participación regional de SENCE',
    publicIntro:
      'Minga acompaña el modelo regional de participación de SENCE: escuchamos a trabajadores, personas desocupadas y empleadores; realizamos Diálogos de Innovación Ciudadana; priorizamos ideas y contamos qué pasó con ellas.',
    accountability: 'Rendición de cuentas',
    portfolio: 'Cartera de iniciativas: qué se hace y cómo avanza',
    openData: 'Datos abiertos de los diálogos',
    councils: 'Consejos regionales: integrantes, sesiones y acuerdos',
    returns: '¿Qué pasó con las ideas? Diálogos recientes',
    staffTitle: 'Inicio',
    welcome: '¡Bienvenida, bienvenido! Tu cuenta del equipo nacional está lista.',
    staffIntro:
      'Desde aquí se preparan y conducen los diálogos, se leen sus resultados y se planifica el modelo.',
    shortcuts: 'Accesos directos',
    codeTitle: 'Ingresa el código',
    codeLabel: 'Código del diálogo',
    codeHint:
      'Es el código que muestra la pantalla de la sala. Da igual si usas mayúsculas, minúsculas o espacios.',
    codeGo: 'Entrar',
    codeMissing: 'Escribe el código que muestra la pantalla.',
    codeUnknown: 'No encontramos un diálogo con el código «{{code}}». Revisa las letras en la pantalla.',
  },
  en: {
    publicTitle: 'SENCE regional participation',
    publicIntro:
      'Minga supports SENCE’s regional participation model: we listen to workers, unemployed people and employers; run Citizen Innovation Dialogues; prioritise ideas and tell what became of them.',
    accountability: 'Accountability',
    portfolio: 'Portfolio of initiatives: what is done and how it goes',
    openData: 'Open data of the dialogues',
    councils: 'Regional councils: members, sessions and agreements',
    returns: 'What became of the ideas? Recent dialogues',
    staffTitle: 'Home',
    welcome: 'Welcome! Your national team account is ready.',
    staffIntro: 'From here you prepare and run dialogues, read their results and plan the model.',
    shortcuts: 'Shortcuts',
    codeTitle: 'Enter the code',
    codeLabel: 'Dialogue code',
    codeHint: 'It is the code on the room’s screen. Upper or lower case and spaces do not matter.',
    codeGo: 'Join',
    codeMissing: 'Type the code shown on the screen.',
    codeUnknown: 'We found no dialogue with code “{{code}}”. Check the letters on the screen.',
  },
};
