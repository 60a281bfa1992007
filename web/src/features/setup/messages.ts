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
    venueTitle: '¿Es el portátil de un diálogo en terreno?',
    venueIntro:
      'Abre aquí el archivo de retiro descargado en el almacén nacional (botón «Retirar para un portátil» del diálogo). Se instalan el diálogo, sus organizaciones y las cuentas de sus facilitadores, que entran con su contraseña de siempre.',
    venueFile: 'Archivo de retiro (.json)',
    venueOpen: 'Abrir el diálogo',
    venueOpened: 'Diálogo «{{title}}» listo en este portátil.',
    venueAccounts: 'Pueden entrar: {{accounts}}.',
    code: 'Código de verificación',
    codeHint: 'Los 6 dígitos que muestra ahora tu aplicación de autenticación.',
    enrolIntro:
      'Las cuentas del equipo nacional usan un segundo factor. Escanea este código QR con tu aplicación de autenticación (por ejemplo, Google Authenticator o FreeOTP) y escribe abajo el código de 6 dígitos que muestra.',
    enrolQrAlt: 'Código QR para agregar Minga a tu aplicación de autenticación',
    enrolManual: 'Si no puedes escanearlo, escribe esta clave en la aplicación:',
    ssoButton: 'Ingresar con {{name}}',
    ssoOr: 'o con tu correo y contraseña de Minga:',
    ssoErrors: {
      oidc_no_account:
        'Tu identidad no corresponde a ninguna cuenta del equipo de Minga. Pide al equipo nacional una cuenta o una invitación.',
      oidc_token_invalid:
        'El proveedor de identidad entregó una credencial que no pasó la verificación; no se abrió sesión. Inténtalo de nuevo o avisa al equipo nacional.',
      oidc_login_expired: 'El ingreso expiró o ya se usó. Vuelve a intentarlo.',
      oidc_denied: 'El proveedor de identidad no autorizó el ingreso.',
      oidc_disabled: 'El ingreso con proveedor de identidad no está configurado en este servidor.',
      oidc_provider_failed: 'El proveedor de identidad no respondió. Inténtalo de nuevo en unos minutos.',
      invitation_invalid: 'La invitación no existe, ya se usó o expiró. Pide una nueva al equipo nacional.',
      other: 'No se pudo ingresar con el proveedor de identidad. Inténtalo de nuevo.',
    },
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
    venueTitle: 'Is this the laptop of a dialogue held at a venue?',
    venueIntro:
      'Open here the checkout file downloaded on the national store (the dialogue’s "Check out to a laptop" button). The dialogue, its organisations and its facilitators’ accounts are installed; they sign in with their usual password.',
    venueFile: 'Checkout file (.json)',
    venueOpen: 'Open the dialogue',
    venueOpened: 'Dialogue "{{title}}" is ready on this laptop.',
    venueAccounts: 'These may sign in: {{accounts}}.',
    code: 'Verification code',
    codeHint: 'The 6 digits your authenticator app shows now.',
    enrolIntro:
      'National team accounts use a second factor. Scan this QR code with your authenticator app (for example Google Authenticator or FreeOTP) and type below the 6-digit code it shows.',
    enrolQrAlt: 'QR code to add Minga to your authenticator app',
    enrolManual: 'If you cannot scan it, type this key into the app:',
    ssoButton: 'Sign in with {{name}}',
    ssoOr: 'or with your Minga e-mail and password:',
    ssoErrors: {
      oidc_no_account:
        'Your identity matches no Minga staff account. Ask the national team for an account or an invitation.',
      oidc_token_invalid:
        'The identity provider’s credential failed verification; no session was opened. Try again or tell the national team.',
      oidc_login_expired: 'The sign-in expired or was already used. Try again.',
      oidc_denied: 'The identity provider did not authorise the sign-in.',
      oidc_disabled: 'Sign-in with an identity provider is not configured on this server.',
      oidc_provider_failed: 'The identity provider did not answer. Try again in a few minutes.',
      invitation_invalid:
        'The invitation does not exist, was already used or has expired. Ask the national team for a new one.',
      other: 'Could not sign in with the identity provider. Try again.',
    },
  },
};
