export const messages = {
  es: {
    publicTitle: 'Participación regional de SENCE',
    publicIntro:
      'Minga acompaña el modelo regional de participación de SENCE: escuchamos a trabajadores, personas desocupadas y empleadores; realizamos Diálogos de Innovación Ciudadana; priorizamos ideas y contamos qué pasó con ellas.',
    staffTitle: 'Inicio',
    welcome: '¡Bienvenida, bienvenido! Tu cuenta del equipo nacional está lista.',
    staffIntro:
      'Desde aquí se preparan y conducen los diálogos, se leen sus resultados y se planifica el modelo.',
    shortcuts: 'Accesos directos',
  },
  en: {
    publicTitle: 'SENCE regional participation',
    publicIntro:
      'Minga supports SENCE’s regional participation model: we listen to workers, unemployed people and employers; run Citizen Innovation Dialogues; prioritise ideas and tell what became of them.',
    staffTitle: 'Home',
    welcome: 'Welcome! Your national team account is ready.',
    staffIntro: 'From here you prepare and run dialogues, read their results and plan the model.',
    shortcuts: 'Shortcuts',
  },
};
