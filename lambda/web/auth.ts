/**
 * Sign-in with the authorization-code grant and PKCE (S256) against Cognito managed login.
 * Tokens live in this module's memory only (never localStorage or sessionStorage); only the
 * one-time PKCE verifier and state survive the redirect, in sessionStorage, and are removed
 * when the code is exchanged. The refresh token rotates on every use; sign-out revokes it
 * and then ends the managed-login session.
 */
export interface RuntimeConfig {
  readonly signInUrl: string;
  readonly clientId: string;
  readonly basePath: string;
  readonly scopes: readonly string[];
  readonly allowedLinkHosts: readonly string[];
  /** Shown as a banner, e.g. for the local trial. */
  readonly environmentLabel?: { readonly ja: string; readonly en: string };
}

interface Tokens {
  idToken: string;
  accessToken: string;
  refreshToken?: string;
  expiresAt: number;
}

const PENDING_KEY = 'signin.pending';
/**
 * A flag (never a token): `1` while this tab is signed in, so a reload signs in again without
 * asking; `out` after sign-out, so the page coming back from logout says so once.
 */
const ACTIVE_KEY = 'signin.active';

let tokens: Tokens | undefined;
let refreshing: Promise<boolean> | undefined;

export function redirectUri(config: RuntimeConfig): string {
  return `${location.origin}${config.basePath}`;
}

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** Go to managed login; comes back to the client's own URL with `?code=&state=`. */
export async function signIn(config: RuntimeConfig, lang: string): Promise<void> {
  const verifier = randomString(48);
  const state = randomString(16);
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state }));
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(config),
    scope: config.scopes.join(' '),
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
    lang,
  });
  location.assign(`${config.signInUrl}/oauth2/authorize?${params}`);
}

async function tokenRequest(config: RuntimeConfig, body: Record<string, string>): Promise<Tokens> {
  const res = await fetch(`${config.signInUrl}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: config.clientId, ...body }),
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  });
  if (!res.ok) throw new Error(`token endpoint ${res.status}`);
  const json = (await res.json()) as { id_token: string; access_token: string; refresh_token?: string; expires_in: number };
  return {
    idToken: json.id_token,
    accessToken: json.access_token,
    refreshToken: json.refresh_token ?? body.refresh_token,
    expiresAt: Date.now() + json.expires_in * 1000,
  };
}

/**
 * When the URL carries an authorization response, exchange the code (checking `state`) and
 * clean the URL. Returns true when signed in.
 */
export async function completeSignIn(config: RuntimeConfig): Promise<boolean> {
  const query = new URLSearchParams(location.search);
  const code = query.get('code');
  if (!code) return false;
  const pending = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  history.replaceState(null, '', config.basePath);
  if (!pending) return false;
  const { verifier, state } = JSON.parse(pending) as { verifier: string; state: string };
  if (query.get('state') !== state) return false;
  tokens = await tokenRequest(config, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri(config),
    code_verifier: verifier,
  });
  sessionStorage.setItem(ACTIVE_KEY, '1');
  return true;
}

/** True when this tab was signed in before a reload (tokens are gone; the managed-login session may not be). */
export function wasSignedIn(): boolean {
  return sessionStorage.getItem(ACTIVE_KEY) === '1';
}

/** True once after sign-out (the page is back from managed-login logout). */
export function takeSignedOut(): boolean {
  const out = sessionStorage.getItem(ACTIVE_KEY) === 'out';
  if (out) sessionStorage.removeItem(ACTIVE_KEY);
  return out;
}

/** Trade the refresh token for new tokens (and, with rotation, a new refresh token). */
export function refresh(config: RuntimeConfig): Promise<boolean> {
  if (!tokens?.refreshToken) return Promise.resolve(false);
  refreshing ??= tokenRequest(config, { grant_type: 'refresh_token', refresh_token: tokens.refreshToken })
    .then((next) => {
      tokens = next;
      return true;
    })
    .catch(() => {
      tokens = undefined;
      return false;
    })
    .finally(() => {
      refreshing = undefined;
    });
  return refreshing;
}

/** The ID token for the API's authorizer, refreshed a minute before it expires. */
export async function idToken(config: RuntimeConfig): Promise<string | undefined> {
  if (tokens && tokens.expiresAt - Date.now() < 60_000) await refresh(config);
  return tokens?.idToken;
}

export function signedIn(): boolean {
  return tokens !== undefined;
}

/** Claims of the ID token (display only; the API verifies the token itself). */
export function idClaims(): Record<string, unknown> {
  if (!tokens) return {};
  try {
    const payload = tokens.idToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(payload), (ch) => ch.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Revoke the refresh token, forget every token, then end the managed-login session. */
export async function signOut(config: RuntimeConfig): Promise<void> {
  const refreshToken = tokens?.refreshToken;
  tokens = undefined;
  sessionStorage.setItem(ACTIVE_KEY, 'out');
  if (refreshToken) {
    try {
      await fetch(`${config.signInUrl}/oauth2/revoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: refreshToken, client_id: config.clientId }),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
    } catch {
      // The session still ends below; an unrevoked token expires with its lifetime.
    }
  }
  const params = new URLSearchParams({ client_id: config.clientId, logout_uri: redirectUri(config) });
  location.assign(`${config.signInUrl}/logout?${params}`);
}
