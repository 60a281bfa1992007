/** The identity module's door: single sign-on for staff over OpenID Connect. */
export { identityRoutes } from './routes.js';
export { attachVoice, claimVoice, verificationRequired } from './verified.js';
