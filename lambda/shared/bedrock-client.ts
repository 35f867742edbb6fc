import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { StandardRetryStrategy } from '@smithy/core/retry';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { RetryErrorInfo, RetryStrategyV2, StandardRetryToken } from '@smithy/types';
import { HOME_REGION } from '../../contracts/regions';

export interface BedrockClientOptions {
  readonly connectionTimeoutMs: number;
  readonly requestTimeoutMs: number;
  /** Attempts including the first. */
  readonly maxAttempts: number;
  /** Backoff base for 5xx retries; throttling uses the SDK's longer base. */
  readonly retryBaseDelayMs: number;
  /** Endpoint override for local tests; production resolves the regional endpoint (the VPC endpoint's private DNS). */
  readonly endpoint?: string;
}

const TIMEOUT_ERRORS = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'ModelTimeoutException']);

/** True for a client-side or model timeout: the model may still be generating, so nothing is retried. */
export function isTimeout(error: { name?: string; code?: string } | undefined): boolean {
  return !!error && (TIMEOUT_ERRORS.has(error.name ?? '') || error.code === 'ETIMEDOUT');
}

/**
 * The SDK's standard strategy (jittered exponential backoff, retry quota) on throttling and
 * 5xx, minus timeouts. Converse is not streamed: an attempt either returns a complete body
 * or fails, so no retry ever follows a partial answer. A timed-out attempt may still be
 * running in Bedrock; retrying it would double the cost and overrun the function timeout.
 */
export class NoRetryOnTimeoutStrategy implements RetryStrategyV2 {
  readonly mode = 'standard';
  private readonly standard: StandardRetryStrategy;

  constructor(maxAttempts: number, baseDelayMs: number) {
    this.standard = new StandardRetryStrategy({ maxAttempts, baseDelay: baseDelayMs });
  }

  acquireInitialRetryToken(scope: string): Promise<StandardRetryToken> {
    return this.standard.acquireInitialRetryToken(scope);
  }

  refreshRetryTokenForRetry(token: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<StandardRetryToken> {
    if (isTimeout(errorInfo.error as { name?: string; code?: string } | undefined)) {
      return Promise.reject(new Error('No retry after a timeout'));
    }
    return this.standard.refreshRetryTokenForRetry(token, errorInfo);
  }

  recordSuccess(token: StandardRetryToken): void {
    this.standard.recordSuccess(token);
  }
}

/** Bedrock Runtime client in Tokyo with explicit timeouts and the retry policy above. */
export function createBedrockClient(options: BedrockClientOptions): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    region: HOME_REGION,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    maxAttempts: options.maxAttempts,
    retryStrategy: new NoRetryOnTimeoutStrategy(options.maxAttempts, options.retryBaseDelayMs),
    requestHandler: new NodeHttpHandler({
      connectionTimeout: options.connectionTimeoutMs,
      requestTimeout: options.requestTimeoutMs,
      // Without this the SDK only warns when requestTimeout passes.
      throwOnRequestTimeout: true,
      socketTimeout: options.requestTimeoutMs,
    }),
  });
}
