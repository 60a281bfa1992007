import { ApiClient } from '../../test/client.js';
import type { TestProvider } from '../../test/oidc.js';

/**
 * What a browser does through a sign-in, with fetch: follows the redirects from Minga to the
 * provider and back, keeps the cookies, and fills the provider's login form with a login name.
 * Returns where it landed and a client holding whatever Minga session cookie it got.
 */
export async function signInThroughProvider(
  mingaUrl: string,
  provider: TestProvider,
  login: string,
  start = '/api/auth/oidc/start',
  jar = new Map<string, string>(),
): Promise<{ landed: URL; client: ApiClient; jar: Map<string, string>; callback?: string }> {
  let url = new URL(start, mingaUrl).toString();
  let method = 'GET';
  let body: string | undefined;
  let callback: string | undefined;
  for (let hop = 0; hop < 20; hop += 1) {
    if (url.includes('/api/auth/oidc/callback')) callback = url;
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    method = 'GET';
    body = undefined;
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url).toString();
      continue;
    }
    const here = new URL(url);
    if (here.origin === provider.issuer && response.status === 200) {
      // The provider's login form: any password, the login name picks the account.
      const html = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error(`no form at ${url}`);
      url = new URL(action.replace(/&amp;/g, '&'), url).toString();
      method = 'POST';
      body = new URLSearchParams({ prompt: 'login', login, password: 'cualquiera' }).toString();
      continue;
    }
    await response.arrayBuffer();
    const client = new ApiClient(mingaUrl);
    const session = jar.get('minga_session');
    if (session) client.sessionCookie = `minga_session=${session}`;
    return { landed: here, client, jar, callback };
  }
  throw new Error('too many redirects');
}
