/** A tiny HTTP client for tests: keeps the session cookie and sends the CSRF token on writes. */
export class ApiClient {
  private cookie = '';
  csrfToken = '';
  deviceToken = '';

  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: T; headers: Headers }> {
    const response = await fetch(this.baseUrl + url, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(this.deviceToken ? { 'x-device-token': this.deviceToken } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.getSetCookie?.() ?? [];
    for (const line of setCookie) {
      const [pair] = line.split(';');
      if (pair.startsWith('minga_session=')) this.cookie = pair.endsWith('=') ? '' : pair;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = unknown>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = unknown>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body ?? {});
  }
  patch<T = unknown>(url: string, body?: unknown) {
    return this.request<T>('PATCH', url, body ?? {});
  }
  put<T = unknown>(url: string, body?: unknown) {
    return this.request<T>('PUT', url, body ?? {});
  }
  delete<T = unknown>(url: string) {
    return this.request<T>('DELETE', url);
  }

  /** A multipart POST with one file part (and optional text fields), as a browser form sends it. */
  async upload<T = { error?: { code: string; message: string; issues: Array<{ path: string }> } }>(
    url: string,
    file: { name: string; data: Uint8Array | string; field?: string } | null,
    fields: Record<string, string> = {},
  ): Promise<{ status: number; body: T; headers: Headers }> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    if (file)
      form.append(
        file.field ?? 'file',
        new Blob([typeof file.data === 'string' ? file.data : new Uint8Array(file.data)]),
        file.name,
      );
    const response = await fetch(this.baseUrl + url, {
      method: 'POST',
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
      },
      body: form,
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: body as T, headers: response.headers };
  }

  async login(email: string, password: string): Promise<void> {
    const response = await this.post<{ ok?: boolean }>('/api/auth/login', { email, password });
    if (response.status !== 200 || response.body.ok !== true)
      throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
    const me = await this.get<{ csrfToken: string }>('/api/auth/me');
    this.csrfToken = me.body.csrfToken;
  }

  get sessionCookie(): string {
    return this.cookie;
  }
  set sessionCookie(value: string) {
    this.cookie = value;
  }
}
