export const messages = {
  es: {
    firstRunTitle: 'Crear la primera cuenta del equipo nacional',
    firstRunIntro:
      'Minga está recién instalada. Crea la cuenta de quien administrará el equipo nacional; después podrás invitar a gestores territoriales y facilitadores.',
    name: 'Nombre',
    email: 'Correo electrónico',
    password: 'Contraseña',
    passwordHint: 'Al menos 10 caracteres.',
    createAccount: 'Crear cuenta',
    loadDemo: 'Cargar datos de demostración',
    loadDemoHint:
      'Un proceso nacional ficticio: 16 diálogos, unas 400 personas y 1.800 ideas, para recorrer los paneles.',
    demoLoading: 'Cargando datos de demostración…',
    demoLoaded: 'Datos de demostración cargados.',
    loginTitle: 'Iniciar sesión',
    loginIntro: 'Acceso para el equipo de SENCE: equipo nacional, gestores territoriales y facilitadores.',
    signIn: 'Entrar',
  },
  en: {
    firstRunTitle: 'Create the first national team account',
    firstRunIntro:
      'Minga has just been installed. Create the account of the person who will run the national team; then invite regional managers and facilitators.',
    name: 'Name',
    email: 'E-mail',
    password: 'Password',
    passwordHint: 'At least 10 characters.',
    createAccount: 'Create account',
    loadDemo: 'Load demo data',
    loadDemoHint:
      'A fictitious national process: 16 dialogues, about 400 people and 1,800 ideas, to explore the dashboards.',
    demoLoading: 'Loading demo data…',
    demoLoaded: 'Demo data loaded.',
    loginTitle: 'Sign in',
    loginIntro: 'Access for SENCE staff: national team, regional managers and facilitators.',
    signIn: 'Sign in',
  },
};
