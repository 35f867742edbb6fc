import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The one Powertools logger of the kit's functions (JSON to stdout, level from
 * `POWERTOOLS_LOG_LEVEL`). Callers log identifiers, counts and codes only: never
 * prompts, answers or detected values.
 */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'private-ai-jp' });
