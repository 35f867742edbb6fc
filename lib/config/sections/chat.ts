import { z } from 'zod';

/** The guarded chat function, its guard policy and the conversation table. */
export const chatSchema = z.object({}).strict().prefault({});
