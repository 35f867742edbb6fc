import { isIPv4, isIPv6 } from 'node:net';
import { z } from 'zod';
import { intIn, isUnique } from '../value-checks';

/**
 * WAF inspects at most this much of a request body for API Gateway and Cognito (the web ACL's
 * `AssociationConfig` raises it from the 16 KB default; every 16 KB above the default is billed).
 */
export const WAF_BODY_INSPECTION_KB = [16, 32, 48, 64] as const;

/**
 * Worst case bytes per message character in the JSON body. Raw UTF-8 Japanese is 3 bytes a
 * character, but JSON may escape every character as `\uXXXX` (6 bytes; Python's `json.dumps`
 * does so by default), and the WAF limit must admit both encodings. Characters are counted as
 * JavaScript string length (UTF-16 units), so a character outside the BMP counts twice and its
 * escaped form (a surrogate pair, 12 bytes) is still 6 bytes per counted character.
 */
export const BYTES_PER_MESSAGE_CHAR = 6;
/** Room in the body for everything but one message (model id, conversation id, JSON syntax). */
export const REQUEST_ENVELOPE_BYTES = 4096;

function ipv4CidrProblem(v: string): string | undefined {
  if (v.trim() === '') return 'must not be empty; remove the entry instead';
  const [addr, bits, extra] = v.split('/');
  if (extra !== undefined || bits === undefined || !/^\d{1,2}$/.test(bits) || !isIPv4(addr)) {
    return 'must be an IPv4 CIDR such as 203.0.113.0/24';
  }
  const prefix = Number(bits);
  if (prefix < 1 || prefix > 32) return 'prefix length must be /1 to /32';
  const value = addr.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  const hostBits = 2 ** (32 - prefix);
  if (value % hostBits !== 0) {
    const network = value - (value % hostBits);
    const dotted = [24, 16, 8, 0].map((s) => Math.floor(network / 2 ** s) % 256).join('.');
    return `has host bits set; did you mean ${dotted}/${prefix}?`;
  }
  return undefined;
}

function ipv6CidrProblem(v: string): string | undefined {
  if (v.trim() === '') return 'must not be empty; remove the entry instead';
  const [addr, bits, extra] = v.split('/');
  if (extra !== undefined || bits === undefined || !/^\d{1,3}$/.test(bits) || !isIPv6(addr)) {
    return 'must be an IPv6 CIDR such as 2001:db8::/32';
  }
  const prefix = Number(bits);
  if (prefix < 1 || prefix > 128) return 'prefix length must be /1 to /128';
  return undefined;
}

const cidrList = (problem: (v: string) => string | undefined) =>
  z
    .array(
      z.string().superRefine((v, ctx) => {
        const p = problem(v);
        if (p) ctx.addIssue({ code: 'custom', message: p });
      }),
    )
    .max(10_000, { message: 'a WAF IP set holds at most 10,000 addresses' })
    .refine(isUnique, { message: 'must not repeat an address range' })
    .default([]);

const RATE_LIMIT_MESSAGE = 'must be a whole number from 10 to 2,000,000,000 (WAF rate-based rule limits)';
const rateLimit = intIn(10, 2_000_000_000, RATE_LIMIT_MESSAGE);

const origin = z.string().superRefine((v, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(v);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:' || url.origin !== v) {
    ctx.addIssue({ code: 'custom', message: 'must be an https origin without path or trailing slash, such as https://chat.example.co.jp' });
  }
});

const wafSchema = z
  .object({
    /** When either list is non-empty, only these source addresses reach the API and the hosted UI. */
    allowedIpv4Cidrs: cidrList(ipv4CidrProblem),
    allowedIpv6Cidrs: cidrList(ipv6CidrProblem),
    /** Block requests whose source address WAF places outside Japan. */
    japanOnly: z.boolean().default(false),
    /** Replaced by `rateLimits` (per user on the API, per address as a ceiling, per address on sign-in). */
    rateLimitPer5Minutes: z
      .never({ error: 'was replaced by edge.waf.rateLimits: perUserPer5Minutes (API, per signed-in caller), perIpPer5Minutes (API, per source address) and signInPerIpPer5Minutes (Cognito sign-in)' })
      .optional(),
    /**
     * Rate-based rules, each over any 5-minute window. A company behind one NAT address shares
     * every per-address limit, so the API limits each caller by its bearer token and keeps a much
     * higher per-address ceiling as a flood guard; sign-in has its own web ACL and limit.
     */
    rateLimits: z
      .object({
        /** Requests one caller (one `Authorization` token) may send to the API. */
        perUserPer5Minutes: rateLimit.default(300),
        /** Requests one source address may send to the API, all callers behind it together. */
        perIpPer5Minutes: rateLimit.default(3_000),
        /** Requests one source address may send to the Cognito user pool (hosted UI, token endpoint). */
        signInPerIpPer5Minutes: rateLimit.default(2_000),
      })
      .strict()
      .prefault({})
      .refine((r) => r.perIpPer5Minutes >= r.perUserPer5Minutes, {
        path: ['perIpPer5Minutes'],
        message: 'must be at least perUserPer5Minutes: it is the ceiling of everyone behind one address, one caller alone must fit under it',
      }),
    /** Largest request body (KB) WAF lets through; larger bodies are blocked. Also the body inspection size. */
    maxRequestBodyKb: z
      .number()
      .refine((v) => (WAF_BODY_INSPECTION_KB as readonly number[]).includes(v), {
        message: `must be one of ${WAF_BODY_INSPECTION_KB.join(', ')} (the WAF body inspection sizes)`,
      })
      .default(64),
    /**
     * Keep samples of matched requests in the WAF console. Off by default: samples show request
     * headers in full, including `Authorization` (a replayable ID token) and cookies, to anyone
     * allowed `wafv2:GetSampledRequests`; the log redaction does not apply to them. Metrics and
     * the redacted WAF log are kept either way.
     */
    sampledRequests: z.boolean().default(false),
  })
  .strict()
  .prefault({});

const customDomainSchema = z
  .object({
    /** Host name clients use, e.g. ai-api.example.co.jp. */
    domainName: z.string().regex(/^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
      message: 'must be a lower-case DNS name such as ai-api.example.co.jp',
    }),
    /** ACM certificate for the domain, issued in Tokyo. */
    certificateArn: z.string().regex(/^arn:aws:acm:ap-northeast-1:\d{12}:certificate\/[0-9a-f-]{36}$/, {
      message: 'must be an ACM certificate ARN in ap-northeast-1 (Tokyo), such as arn:aws:acm:ap-northeast-1:111111111111:certificate/<uuid>',
    }),
  })
  .strict();

const apiSchema = z
  .object({
    /** `regional`: public endpoint behind WAF. `private`: reachable only through the VPC's execute-api endpoint. */
    endpointType: z.enum(['regional', 'private'], { message: 'must be "regional" or "private"' }).default('regional'),
    /** Stage name, the first path segment of the default endpoint URL. */
    stageName: z.string().regex(/^[A-Za-z0-9_]{1,64}$/, { message: 'must be 1-64 letters, digits or "_"' }).default('prod'),
    /** Browser origins allowed by CORS; empty means no CORS (non-browser clients only). */
    corsOrigins: z.array(origin).max(20).refine(isUnique, { message: 'must not repeat an origin' }).default([]),
    /** Steady-state requests per second for POST /v1/chat (whole API, all callers). */
    chatRateLimit: z.number().int().min(1, { message: 'must be 1-10000 requests per second' }).max(10_000, { message: 'must be 1-10000 requests per second' }).default(20),
    /** Burst for POST /v1/chat. */
    chatBurstLimit: z.number().int().min(1, { message: 'must be 1-5000 requests' }).max(5_000, { message: 'must be 1-5000 requests' }).default(40),
    /** Optional custom domain (regional API only), TLS 1.2 minimum. */
    customDomain: customDomainSchema.optional(),
  })
  .strict()
  .prefault({});

/** WAF and the API Gateway front door. */
export const edgeSchema = z
  .object({
    api: apiSchema,
    waf: wafSchema,
  })
  .strict()
  .prefault({})
  .superRefine((edge, ctx) => {
    if (edge.api.customDomain && edge.api.endpointType === 'private') {
      ctx.addIssue({
        code: 'custom',
        path: ['api', 'customDomain'],
        message: 'is only supported with edge.api.endpointType "regional"; a private API is reached through its VPC endpoint',
      });
    }
  });

/**
 * The WAF body limit must admit the largest request the chat function accepts, in any JSON
 * encoding: every character of `chat.maxTotalChars` may take 6 bytes (`\uXXXX`), plus the JSON
 * envelope. WAF inspects at most 64 KB of a body for API Gateway, so at most 10,240 characters fit.
 */
/** Most message characters a body limit admits in any JSON encoding. */
export function maxCharsFor(maxRequestBodyKb: number): number {
  return Math.floor((maxRequestBodyKb * 1024 - REQUEST_ENVELOPE_BYTES) / BYTES_PER_MESSAGE_CHAR);
}

export function checkRequestBodyFits(
  config: { edge: { waf: { maxRequestBodyKb: number } }; chat: { maxTotalChars: number } },
  ctx: z.RefinementCtx,
): void {
  const needed = config.chat.maxTotalChars * BYTES_PER_MESSAGE_CHAR + REQUEST_ENVELOPE_BYTES;
  if (needed > config.edge.waf.maxRequestBodyKb * 1024) {
    ctx.addIssue({
      code: 'custom',
      path: ['edge', 'waf', 'maxRequestBodyKb'],
      message: `is too small for chat.maxTotalChars ${config.chat.maxTotalChars}: a request of that length needs up to ${Math.ceil(needed / 1024)} KB (${BYTES_PER_MESSAGE_CHAR} bytes a character, the \\u-escaped JSON worst case, plus ${REQUEST_ENVELOPE_BYTES / 1024} KB); raise it (at most 64) or lower chat.maxTotalChars to ${maxCharsFor(config.edge.waf.maxRequestBodyKb)} or less`,
    });
  }
}

export type EdgeConfig = z.infer<typeof edgeSchema>;
