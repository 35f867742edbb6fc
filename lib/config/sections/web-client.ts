import { z } from 'zod';

/**
 * Hosts the client may link to besides the kit itself: an answer's link to any other host is
 * shown as text. Plain lower-case DNS names, no wildcards.
 */
const linkHost = z.string().regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
  message: 'must be a lower-case host name such as intranet.example.co.jp (no scheme, path or wildcard)',
});

/** The employee web client served by the kit's own API (same origin as /v1/*). */
export const webClientSchema = z
  .object({
    /**
     * Serve the web client from the API (`GET /` and `GET /app/*`) and create its app client.
     * On by default: without it an employee has nothing to sign in with.
     */
    enabled: z.boolean().default(true),
    /** Hosts whose links in answers stay clickable (https only). @default none */
    allowedLinkHosts: z.array(linkHost).max(50).refine((a) => new Set(a).size === a.length, { message: 'must not repeat a host' }).default([]),
  })
  .strict()
  .prefault({});

export type WebClientConfig = z.infer<typeof webClientSchema>;
