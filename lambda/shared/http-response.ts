import type { APIGatewayProxyResult } from 'aws-lambda';
import type { ChatError } from './chat-errors';

/** Header that carries the request id back to the caller (also in the body and the audit event). */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Headers every kit response carries, whatever its body or transport. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * CORS headers for one response. With allowed origins configured, every response says
 * `Vary: Origin` (a shared cache must not hand one origin's answer to another) and an
 * allow-listed `Origin` is echoed back; any other origin gets no allow header, so the browser
 * drops the answer. Without configured origins nothing is added (same-origin use).
 */
export function corsHeaders(origin: string | undefined, allowedOrigins: readonly string[]): Record<string, string> {
  if (allowedOrigins.length === 0) return {};
  const headers: Record<string, string> = { vary: 'Origin' };
  if (origin !== undefined && allowedOrigins.includes(origin)) {
    headers['access-control-allow-origin'] = origin;
    headers['access-control-expose-headers'] = REQUEST_ID_HEADER;
  }
  return headers;
}

/** The request's `Origin` header, whatever case the client or gateway gave it. */
export function originOf(headers: Record<string, string | undefined> | null | undefined): string | undefined {
  if (!headers) return undefined;
  for (const [name, value] of Object.entries(headers)) if (name.toLowerCase() === 'origin') return value;
  return undefined;
}

/** A JSON response that no cache keeps. */
export function jsonResponse(
  statusCode: number,
  body: Record<string, unknown>,
  requestId: string,
  extraHeaders: Record<string, string> = {},
): APIGatewayProxyResult {
  return {
    statusCode,
    headers: { 'content-type': JSON_CONTENT_TYPE, ...BASE_HEADERS, ...extraHeaders, [REQUEST_ID_HEADER]: requestId },
    body: JSON.stringify({ ...body, requestId }),
  };
}

/** The error body every failure uses: a stable code and a safe message. */
export function errorBody(code: string, message: string, details: Record<string, unknown> = {}): Record<string, unknown> {
  return { error: { code, message, ...details } };
}

export function errorResponse(
  statusCode: number,
  code: string,
  message: string,
  requestId: string,
  details: Record<string, unknown> = {},
  extraHeaders: Record<string, string> = {},
): APIGatewayProxyResult {
  return jsonResponse(statusCode, errorBody(code, message, details), requestId, extraHeaders);
}

/** A ChatError as its fixed response. */
export function chatErrorResponse(error: ChatError, requestId: string, extraHeaders: Record<string, string> = {}): APIGatewayProxyResult {
  return errorResponse(error.status, error.code, error.publicMessage, requestId, error.details, extraHeaders);
}
