import type { APIGatewayProxyResult } from 'aws-lambda';

/** Header that carries the request id back to the caller (also in the body and the audit event). */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A JSON response that no cache keeps. */
export function jsonResponse(statusCode: number, body: Record<string, unknown>, requestId: string): APIGatewayProxyResult {
  return {
    statusCode,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      [REQUEST_ID_HEADER]: requestId,
    },
    body: JSON.stringify({ ...body, requestId }),
  };
}

/** The error body every failure uses: a stable code and a safe message. */
export function errorResponse(
  statusCode: number,
  code: string,
  message: string,
  requestId: string,
  details: Record<string, unknown> = {},
): APIGatewayProxyResult {
  return jsonResponse(statusCode, { error: { code, message, ...details } }, requestId);
}
