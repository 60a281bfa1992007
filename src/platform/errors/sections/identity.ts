import type { ErrorEntries } from '../types.js';

/** Errors of single sign-on (OpenID Connect), invitations and the second factor. */
export const identityErrors = {
  oidc_disabled: {
    status: 404,
    es: 'El ingreso con un proveedor de identidad no está configurado en este servidor (OIDC_ISSUER).',
    en: 'Sign-in with an identity provider is not configured on this server (OIDC_ISSUER).',
  },
  oidc_provider_failed: {
    status: 503,
    es: 'El proveedor de identidad no respondió como se esperaba ({detail}). Inténtalo de nuevo en unos minutos.',
    en: 'The identity provider did not answer as expected ({detail}). Try again in a few minutes.',
  },
  oidc_login_expired: {
    status: 400,
    es: 'Este ingreso expiró o ya se usó. Vuelve a la página de ingreso y empieza de nuevo.',
    en: 'This sign-in has expired or was already used. Go back to the sign-in page and start again.',
  },
  oidc_token_invalid: {
    status: 401,
    es: 'La credencial del proveedor de identidad no pasó la verificación ({reason}); no se abrió sesión.',
    en: 'The identity provider’s credential failed verification ({reason}); no session was opened.',
  },
  oidc_denied: {
    status: 401,
    es: 'El proveedor de identidad no autorizó el ingreso ({reason}).',
    en: 'The identity provider did not authorise the sign-in ({reason}).',
  },
  oidc_no_account: {
    status: 403,
    es: 'Esta identidad no corresponde a ninguna cuenta del equipo de Minga. Pide al equipo nacional una cuenta o una invitación.',
    en: 'This identity matches no Minga staff account. Ask the national team for an account or an invitation.',
  },
  invitation_invalid: {
    status: 404,
    es: 'La invitación no existe, ya se usó o expiró. Pide una nueva al equipo nacional.',
    en: 'The invitation does not exist, was already used or has expired. Ask the national team for a new one.',
  },
  totp_required: {
    status: 401,
    es: 'Esta cuenta pide un código de verificación de 6 dígitos de tu aplicación de autenticación (campo code).',
    en: 'This account needs a 6-digit verification code from your authenticator app (field code).',
  },
  totp_enrolment_required: {
    status: 401,
    es: 'Las cuentas del equipo nacional usan un segundo factor: escanea el código QR con tu aplicación de autenticación y escribe el código de 6 dígitos que muestra.',
    en: 'National team accounts use a second factor: scan the QR code with your authenticator app and type the 6-digit code it shows.',
  },
  totp_mandatory: {
    status: 409,
    es: 'Las cuentas del equipo nacional deben mantener su segundo factor (NATIONAL_SECOND_FACTOR=required): no se puede desactivar.',
    en: 'National team accounts must keep their second factor (NATIONAL_SECOND_FACTOR=required): it cannot be turned off.',
  },
  totp_invalid: {
    status: 401,
    es: 'El código de verificación no es válido o ya se usó. Espera el siguiente código e inténtalo de nuevo.',
    en: 'The verification code is not valid or was already used. Wait for the next code and try again.',
  },
  verification_required: {
    status: 403,
    es: 'Este diálogo pide verificar tu identidad antes de participar (una persona, una voz). Usa el botón de verificación; si ya lo hiciste, la verificación expiró: hazla de nuevo.',
    en: 'This dialogue asks you to verify your identity before taking part (one person, one voice). Use the verification button; if you already did, it expired: do it again.',
  },
  verification_locked: {
    status: 409,
    es: 'La verificación se decide antes de que alguien entre: este diálogo ya tiene participantes o está cerrado.',
    en: 'Verification is decided before anyone joins: this dialogue already has participants or is closed.',
  },
  already_verified: {
    status: 409,
    es: 'Esta persona ya participa en este diálogo: cada persona tiene una sola voz.',
    en: 'This person already takes part in this dialogue: each person has one voice.',
  },
  run_missing: {
    status: 422,
    es: 'El proveedor de identidad no entregó un RUN válido (alcance run); no se pudo verificar.',
    en: 'The identity provider gave no valid RUN (scope run); the verification could not be done.',
  },
} satisfies ErrorEntries;
