import { z } from 'zod';

/** The employee web client served by the kit's own API (same origin as /v1/*). */
export const webClientSchema = z
  .object({
    /**
     * Serve the web client from the API (`GET /` and `GET /app/*`) and create its app client.
     * On by default: without it an employee has nothing to sign in with.
     */
    enabled: z.boolean().default(true),
  })
  .strict()
  .prefault({});

export type WebClientConfig = z.infer<typeof webClientSchema>;
