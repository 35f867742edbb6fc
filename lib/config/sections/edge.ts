import { z } from 'zod';

/** WAF and the API Gateway front door. Filled in by the identity/edge issue. */
export const edgeSchema = z.object({}).strict().prefault({});
