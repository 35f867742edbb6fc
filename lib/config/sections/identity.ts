import { z } from 'zod';

/** Cognito user pool, SAML federation and groups. Filled in by the identity issue. */
export const identitySchema = z.object({}).strict().prefault({});
