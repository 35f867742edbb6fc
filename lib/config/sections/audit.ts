import { z } from 'zod';

/** CloudTrail, Bedrock invocation logging, audit bucket and alarms. */
export const auditSchema = z.object({}).strict().prefault({});
