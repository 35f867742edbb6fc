import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Cognito managed login on 127.0.0.1, speaking the same OAuth 2.0
 * endpoints the web client uses: `/oauth2/authorize` (code grant, S256 PKCE only, registered
 * redirect URIs only), `/oauth2/token` (code exchange with the `code_verifier` check; refresh
 * with rotation: a used refresh token stops working), `/oauth2/revoke` and `/logout`. Tokens are
 * JWTs (HS256 with a per-run secret) that {@link LocalOAuth.verify} checks the way the API's
 * Cognito authorizer does: signature, issuer, audience, expiry, `token_use`.
 */
export interface LocalUser {
  readonly sub: string;
  readonly email: string;
  readonly name: string;
  readonly groups: readonly string[];
  readonly department: string;
}

/** The people a newcomer can sign in as. */
export const LOCAL_USERS: readonly LocalUser[] = [
  { sub: 'a1111111-1111-4111-8111-111111111111', email: 'hanako.suzuki@example.co.jp', name: '鈴木 花子', groups: ['ai-users'], department: '営業部' },
  { sub: 'b2222222-2222-4222-8222-222222222222', email: 'ichiro.tanaka@example.co.jp', name: '田中 一郎', groups: ['ai-users', 'ai-admins'], department: '情報システム部' },
];

interface PendingCode {
  readonly user: LocalUser;
  readonly redirectUri: string;
  readonly challenge: string;
  readonly expiresAt: number;
}

export interface LocalOAuthOptions {
  readonly clientId: string;
  /** Exact redirect (and sign-out) URIs the client may use. */
  readonly redirectUris: readonly string[];
  /** Origin of the web client (CORS on the token and revoke endpoints, as Cognito sends). */
  readonly clientOrigin: string;
  /** @default 15 minutes, like the kit's default */
  readonly tokenSeconds?: number;
  /** @default 0 (a random free port) */
  readonly port?: number;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export class LocalOAuth {
  private server?: http.Server;
  private readonly secret = randomBytes(32);
  private readonly codes = new Map<string, PendingCode>();
  /** Managed-login sessions (cookie value -> user): authorize asks nothing while one lasts; logout ends it. */
  private readonly sessions = new Map<string, LocalUser>();
  /** Refresh token -> user; a token is deleted when used (rotation) or revoked. */
  private readonly refreshTokens = new Map<string, LocalUser>();
  /** Every request the stand-in served, for tests: method, path, grant type. */
  readonly log: { method: string; path: string; grant?: string; outcome: number }[] = [];

  constructor(private readonly options: LocalOAuthOptions) {}

  get origin(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('LocalOAuth is not started');
    return `http://127.0.0.1:${address.port}`;
  }

  get issuer(): string {
    return `${this.origin}/local-user-pool`;
  }

  /** Live refresh tokens (revoked and rotated ones are gone). */
  get liveRefreshTokens(): number {
    return this.refreshTokens.size;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch(() => send(res, 500, { error: 'server_error' }));
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.options.port ?? 0, '127.0.0.1', resolve);
    });
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  /** The claims of a valid ID token, or undefined (the Cognito authorizer's checks). */
  verify(token: string | undefined): Record<string, unknown> | undefined {
    if (!token) return undefined;
    const parts = token.replace(/^Bearer\s+/i, '').split('.');
    if (parts.length !== 3) return undefined;
    const expected = createHmac('sha256', this.secret).update(`${parts[0]}.${parts[1]}`).digest();
    const given = Buffer.from(parts[2], 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<string, unknown>;
    if (claims.iss !== this.issuer || claims.aud !== this.options.clientId || claims.token_use !== 'id') return undefined;
    if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) return undefined;
    return claims;
  }

  private jwt(claims: Record<string, unknown>): string {
    const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: 'local' }));
    const payload = b64url(JSON.stringify(claims));
    const signature = createHmac('sha256', this.secret).update(`${header}.${payload}`).digest('base64url');
    return `${header}.${payload}.${signature}`;
  }

  private issue(user: LocalUser): Record<string, unknown> {
    const now = Math.floor(Date.now() / 1000);
    const seconds = this.options.tokenSeconds ?? 900;
    const common = { sub: user.sub, iss: this.issuer, iat: now, exp: now + seconds, 'cognito:groups': [...user.groups] };
    const refreshToken = randomBytes(32).toString('base64url');
    this.refreshTokens.set(refreshToken, user);
    return {
      id_token: this.jwt({ ...common, aud: this.options.clientId, token_use: 'id', email: user.email, name: user.name, 'custom:department': user.department }),
      access_token: this.jwt({ ...common, client_id: this.options.clientId, token_use: 'access', scope: 'openid email profile' }),
      refresh_token: refreshToken,
      token_type: 'Bearer',
      expires_in: seconds,
    };
  }

  /** A one-time code bound to the user, the redirect URI and the PKCE challenge, as a redirect to the client. */
  private codeRedirect(user: LocalUser, redirectUri: string, challenge: string, state: string | null): string {
    const code = randomUUID();
    this.codes.set(code, { user, redirectUri, challenge, expiresAt: Date.now() + 5 * 60_000 });
    const target = new URL(redirectUri);
    target.searchParams.set('code', code);
    if (state) target.searchParams.set('state', state);
    return target.href;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const cors = { 'access-control-allow-origin': this.options.clientOrigin, vary: 'Origin' };
    const done = (status: number, grant?: string): void => {
      this.log.push({ method: req.method ?? '', path: url.pathname, grant, outcome: status });
    };

    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600' });
      res.end();
      return done(204);
    }

    if (req.method === 'GET' && url.pathname === '/oauth2/authorize') {
      const q = url.searchParams;
      const problem =
        q.get('client_id') !== this.options.clientId ? 'unknown client_id'
        : !this.options.redirectUris.includes(q.get('redirect_uri') ?? '') ? 'redirect_uri is not registered'
        : q.get('response_type') !== 'code' ? 'only response_type=code'
        : q.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(q.get('code_challenge') ?? '') ? 'PKCE with S256 is required'
        : undefined;
      if (problem) {
        send(res, 400, { error: 'invalid_request', error_description: problem });
        return done(400);
      }
      const session = this.sessions.get(sessionOf(req) ?? '');
      if (session) {
        res.writeHead(302, { location: this.codeRedirect(session, q.get('redirect_uri')!, q.get('code_challenge')!, q.get('state')), 'cache-control': 'no-store' });
        res.end();
        return done(302);
      }
      sendHtml(res, signInPage(q), this.options.clientOrigin);
      return done(200);
    }

    if (req.method === 'POST' && url.pathname === '/login') {
      const form = new URLSearchParams(await readBody(req));
      const user = LOCAL_USERS.find((u) => u.sub === form.get('user'));
      const redirectUri = form.get('redirect_uri') ?? '';
      if (!user || !this.options.redirectUris.includes(redirectUri) || !form.get('code_challenge')) {
        send(res, 400, { error: 'invalid_request' });
        return done(400);
      }
      const session = randomBytes(24).toString('base64url');
      this.sessions.set(session, user);
      res.writeHead(302, {
        location: this.codeRedirect(user, redirectUri, form.get('code_challenge')!, form.get('state')),
        'cache-control': 'no-store',
        'set-cookie': `${SESSION_COOKIE}=${session}; Path=/; HttpOnly; SameSite=Lax`,
      });
      res.end();
      return done(302);
    }

    if (req.method === 'POST' && url.pathname === '/oauth2/token') {
      const form = new URLSearchParams(await readBody(req));
      const grant = form.get('grant_type') ?? '';
      const fail = (error: string) => {
        send(res, 400, { error }, cors);
        done(400, grant);
      };
      if (form.get('client_id') !== this.options.clientId) return fail('invalid_client');
      if (grant === 'authorization_code') {
        const pending = this.codes.get(form.get('code') ?? '');
        // A code is good for one exchange only, used or not.
        this.codes.delete(form.get('code') ?? '');
        if (!pending || pending.expiresAt < Date.now()) return fail('invalid_grant');
        if (pending.redirectUri !== form.get('redirect_uri')) return fail('invalid_grant');
        const verifier = form.get('code_verifier') ?? '';
        if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || b64url(createHash('sha256').update(verifier).digest()) !== pending.challenge) {
          return fail('invalid_grant');
        }
        send(res, 200, this.issue(pending.user), cors);
        return done(200, grant);
      }
      if (grant === 'refresh_token') {
        const token = form.get('refresh_token') ?? '';
        const user = this.refreshTokens.get(token);
        if (!user) return fail('invalid_grant');
        // Rotation: the used refresh token is spent; the answer carries its successor.
        this.refreshTokens.delete(token);
        send(res, 200, this.issue(user), cors);
        return done(200, grant);
      }
      return fail('unsupported_grant_type');
    }

    if (req.method === 'POST' && url.pathname === '/oauth2/revoke') {
      const form = new URLSearchParams(await readBody(req));
      if (form.get('client_id') !== this.options.clientId) {
        send(res, 400, { error: 'invalid_client' }, cors);
        return done(400);
      }
      this.refreshTokens.delete(form.get('token') ?? '');
      res.writeHead(200, { ...cors, 'content-length': '0' });
      res.end();
      return done(200);
    }

    if (req.method === 'GET' && url.pathname === '/logout') {
      const target = url.searchParams.get('logout_uri') ?? '';
      if (url.searchParams.get('client_id') !== this.options.clientId || !this.options.redirectUris.includes(target)) {
        send(res, 400, { error: 'invalid_request', error_description: 'logout_uri is not registered' });
        return done(400);
      }
      this.sessions.delete(sessionOf(req) ?? '');
      res.writeHead(302, { location: target, 'cache-control': 'no-store', 'set-cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` });
      res.end();
      return done(302);
    }

    send(res, 404, { error: 'not_found' });
    done(404);
  }
}

const SESSION_COOKIE = 'local-login-session';

function sessionOf(req: http.IncomingMessage): string | undefined {
  const cookie = req.headers.cookie ?? '';
  return new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1];
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** The sign-in page; its form posts here and is redirected to the client, so both are form targets. */
function sendHtml(res: http.ServerResponse, html: string, clientOrigin: string): void {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${clientOrigin}; frame-ancestors 'none'; base-uri 'none'`,
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  });
  res.end(html);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The stand-in's sign-in page: pick a local user (no password; this is a local trial). */
function signInPage(q: URLSearchParams): string {
  const hidden = ['redirect_uri', 'state', 'code_challenge']
    .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(q.get(name) ?? '')}">`)
    .join('\n');
  const users = LOCAL_USERS.map(
    (u, i) => `<label><input type="radio" name="user" value="${u.sub}"${i === 0 ? ' checked' : ''}> ${escapeHtml(u.name)} (${escapeHtml(u.department)}, ${escapeHtml(u.groups.join(', '))})</label>`,
  ).join('\n');
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>ローカル サインイン (Cognito の代わり)</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}
.banner{background:#fde7e7;border:1px solid #d93025;color:#7a0b05;padding:.5rem .8rem;border-radius:6px}
label{display:block;margin:.4rem 0}button{font:inherit;padding:.45rem 1rem;background:#0b57d0;color:#fff;border:0;border-radius:6px}
:focus-visible{outline:3px solid #b3261e;outline-offset:2px}</style></head>
<body><p class="banner">ローカル試用環境: Cognito のマネージドログインの代わりです。パスワードは不要です。 / Local trial: stands in for Cognito managed login; no password.</p>
<h1>サインイン / Sign in</h1>
<form method="post" action="/login"><fieldset><legend>ユーザーを選ぶ / Choose a user</legend>
${users}
</fieldset>
${hidden}
<p><button type="submit" id="local-sign-in">サインイン / Sign in</button></p></form></body></html>`;
}
