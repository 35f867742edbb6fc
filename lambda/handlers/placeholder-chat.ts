import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { logger } from '../shared/logger';

/**
 * Stand-in for POST /v1/chat until the guarded chat function is wired in: it answers 503 so the
 * API, its authorizer, WAF and logs can be deployed and tested end to end. It reads nothing from
 * the body and logs only the request id.
 */
export async function handler(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  const requestId = event.requestContext?.requestId ?? 'unknown';
  logger.info('placeholder chat called', { requestId });
  return {
    statusCode: 503,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
    body: JSON.stringify({ error: { code: 'NOT_READY', message: 'The chat service is not enabled yet' }, requestId }),
  };
}
