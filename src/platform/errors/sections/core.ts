import type { ErrorEntries } from '../types.js';

/** Errors of the platform itself: validation, authentication, access, limits. */
export const coreErrors = {
  invalid_input: { status: 400, es: 'Los datos enviados no son válidos.', en: 'The data sent is not valid.' },
  malformed_body: {
    status: 400,
    es: 'El cuerpo de la solicitud no es JSON válido.',
    en: 'The request body is not valid JSON.',
  },
  unauthenticated: { status: 401, es: 'Debes iniciar sesión.', en: 'You must sign in.' },
  bad_credentials: {
    status: 401,
    es: 'Correo o contraseña incorrectos.',
    en: 'Wrong e-mail or password.',
  },
  csrf_failed: {
    status: 403,
    es: 'La solicitud no trae el código de seguridad (CSRF) de tu sesión. Recarga la página.',
    en: 'The request lacks your session security (CSRF) token. Reload the page.',
  },
  forbidden: {
    status: 403,
    es: 'No tienes permiso para esta acción.',
    en: 'You are not allowed to do this.',
  },
  not_found: { status: 404, es: 'No encontrado: {what}.', en: 'Not found: {what}.' },
  route_not_found: { status: 404, es: 'Esta dirección no existe.', en: 'This address does not exist.' },
  conflict: { status: 409, es: 'Conflicto: {detail}', en: 'Conflict: {detail}' },
  already_exists: { status: 409, es: 'Ya existe: {what}.', en: 'Already exists: {what}.' },
  rule_broken: { status: 422, es: '{detail}', en: '{detail}' },
  too_many_requests: {
    status: 429,
    es: 'Demasiados intentos. Espera un momento y vuelve a intentar.',
    en: 'Too many attempts. Wait a moment and try again.',
  },
  login_locked: {
    status: 429,
    es: 'Demasiados intentos fallidos de inicio de sesión. Vuelve a intentarlo en {minutes} min o pide al equipo nacional que restablezca tu contraseña.',
    en: 'Too many failed sign-in attempts. Try again in {minutes} min or ask the national team to reset your password.',
  },
  unsupported_media_type: {
    status: 415,
    es: 'Formato de envío no admitido: usa application/json (o multipart/form-data para archivos).',
    en: 'Unsupported content type: send application/json (or multipart/form-data for files).',
  },
  url_too_long: {
    status: 414,
    es: 'La dirección pedida es demasiado larga.',
    en: 'The requested address is too long.',
  },
  bad_url: {
    status: 400,
    es: 'La dirección pedida no es válida.',
    en: 'The requested address is not valid.',
  },
  headers_too_large: {
    status: 431,
    es: 'La dirección o los encabezados de la solicitud son demasiado largos.',
    en: 'The request address or headers are too long.',
  },
  request_timeout: {
    status: 408,
    es: 'La solicitud tardó demasiado en llegar.',
    en: 'The request took too long to arrive.',
  },
  bad_request: {
    status: 400,
    es: 'La solicitud no se pudo leer.',
    en: 'The request could not be read.',
  },
  payload_too_large: {
    status: 413,
    es: 'El envío es demasiado grande.',
    en: 'The upload is too large.',
  },
  setup_done: {
    status: 409,
    es: 'La primera cuenta del equipo nacional ya fue creada.',
    en: 'The first national team account already exists.',
  },
  internal: {
    status: 500,
    es: 'Error interno. El equipo técnico fue notificado.',
    en: 'Internal error. The technical team has been notified.',
  },
} satisfies ErrorEntries;
