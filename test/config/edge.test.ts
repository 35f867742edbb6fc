import { ConfigError, parseConfig } from '../../lib/config';

function rejects(edge: Record<string, unknown>, message: RegExp): void {
  expect(() => parseConfig({ edge })).toThrow(ConfigError);
  expect(() => parseConfig({ edge })).toThrow(message);
}

describe('edge config: defaults', () => {
  const { edge } = parseConfig({});

  test('a regional API with no CORS and throttling on the chat route', () => {
    expect(edge.api).toEqual({
      endpointType: 'regional',
      stageName: 'prod',
      corsOrigins: [],
      chatRateLimit: 20,
      chatBurstLimit: 40,
    });
  });

  test('WAF with no allow-list, no geo rule, per-user and per-address rate limits, a 64 KB body limit, no sampling', () => {
    expect(edge.waf).toEqual({
      allowedIpv4Cidrs: [],
      allowedIpv6Cidrs: [],
      japanOnly: false,
      rateLimits: { perUserPer5Minutes: 300, perIpPer5Minutes: 3_000, signInPerIpPer5Minutes: 2_000 },
      maxRequestBodyKb: 64,
      sampledRequests: false,
    });
  });

  test('accepts IPv4 and IPv6 allow-lists, a private API and browser origins', () => {
    const { edge: e } = parseConfig({
      edge: {
        api: { endpointType: 'private', corsOrigins: ['https://chat.example.co.jp', 'https://localhost:5173'] },
        waf: { allowedIpv4Cidrs: ['203.0.113.0/24', '198.51.100.7/32'], allowedIpv6Cidrs: ['2001:db8::/32'], japanOnly: true },
      },
    });
    expect(e.api.endpointType).toBe('private');
    expect(e.waf.allowedIpv6Cidrs).toEqual(['2001:db8::/32']);
  });
});

describe('edge config: WAF errors', () => {
  test('rejects an empty allow-list entry', () => {
    rejects({ waf: { allowedIpv4Cidrs: [''] } }, /config\.edge\.waf\.allowedIpv4Cidrs\.0: must not be empty; remove the entry instead/);
    rejects({ waf: { allowedIpv6Cidrs: [' '] } }, /config\.edge\.waf\.allowedIpv6Cidrs\.0: must not be empty/);
  });

  test('rejects invalid IPv4 CIDRs', () => {
    rejects({ waf: { allowedIpv4Cidrs: ['203.0.113.300/24'] } }, /allowedIpv4Cidrs\.0: must be an IPv4 CIDR such as 203\.0\.113\.0\/24 \(got "203\.0\.113\.300\/24"\)/);
    rejects({ waf: { allowedIpv4Cidrs: ['203.0.113.0'] } }, /allowedIpv4Cidrs\.0: must be an IPv4 CIDR/);
    rejects({ waf: { allowedIpv4Cidrs: ['203.0.113.0/33'] } }, /allowedIpv4Cidrs\.0: prefix length must be \/1 to \/32/);
    rejects({ waf: { allowedIpv4Cidrs: ['0.0.0.0/0'] } }, /prefix length must be \/1 to \/32/);
  });

  test('rejects a CIDR with host bits set and suggests the network', () => {
    rejects({ waf: { allowedIpv4Cidrs: ['203.0.113.7/24'] } }, /allowedIpv4Cidrs\.0: has host bits set; did you mean 203\.0\.113\.0\/24\?/);
  });

  test('rejects invalid IPv6 CIDRs and IPv4 in the IPv6 list', () => {
    rejects({ waf: { allowedIpv6Cidrs: ['2001:db8::/129'] } }, /allowedIpv6Cidrs\.0: prefix length must be \/1 to \/128/);
    rejects({ waf: { allowedIpv6Cidrs: ['203.0.113.0/24'] } }, /allowedIpv6Cidrs\.0: must be an IPv6 CIDR such as 2001:db8::\/32/);
  });

  test('rejects a repeated range, a rate limit below the WAF minimum and an unsupported body size', () => {
    rejects({ waf: { allowedIpv4Cidrs: ['203.0.113.0/24', '203.0.113.0/24'] } }, /allowedIpv4Cidrs: must not repeat an address range/);
    rejects({ waf: { rateLimits: { perUserPer5Minutes: 5 } } }, /config\.edge\.waf\.rateLimits\.perUserPer5Minutes: must be a whole number from 10 to 2,000,000,000/);
    rejects({ waf: { rateLimits: { signInPerIpPer5Minutes: 2.5 } } }, /config\.edge\.waf\.rateLimits\.signInPerIpPer5Minutes: must be a whole number/);
    rejects({ waf: { maxRequestBodyKb: 20 } }, /config\.edge\.waf\.maxRequestBodyKb: must be one of 16, 32, 48, 64/);
  });

  test('the per-address API ceiling must not be below the per-user limit', () => {
    rejects({ waf: { rateLimits: { perUserPer5Minutes: 500, perIpPer5Minutes: 400 } } }, /config\.edge\.waf\.rateLimits\.perIpPer5Minutes: must be at least perUserPer5Minutes/);
  });

  test('the replaced per-address field names its successors', () => {
    rejects({ waf: { rateLimitPer5Minutes: 300 } }, /config\.edge\.waf\.rateLimitPer5Minutes: was replaced by edge\.waf\.rateLimits: perUserPer5Minutes/);
  });

  test('sampled requests can be switched on', () => {
    expect(parseConfig({ edge: { waf: { sampledRequests: true } } }).edge.waf.sampledRequests).toBe(true);
  });

  test('rejects a body limit too small for the longest request in \\u-escaped JSON (6 bytes a character)', () => {
    rejects({ waf: { maxRequestBodyKb: 32 } }, /config\.edge\.waf\.maxRequestBodyKb: is too small for chat\.maxTotalChars 10000: a request of that length needs up to 63 KB \(6 bytes a character.*lower chat\.maxTotalChars to 4778 or less/);
    // 10,241 characters need 10,241 x 6 + 4,096 = 65,542 bytes, over 64 KB; 10,240 fit exactly.
    expect(() => parseConfig({ chat: { maxTotalChars: 10_241 } })).toThrow(/config\.edge\.waf\.maxRequestBodyKb: is too small for chat\.maxTotalChars 10241/);
    expect(parseConfig({ chat: { maxTotalChars: 10_240 } }).chat.maxTotalChars).toBe(10_240);
    expect(parseConfig({ edge: { waf: { maxRequestBodyKb: 16 } }, chat: { maxMessageChars: 2000, maxTotalChars: 2048, documents: { maxChars: 2048, maxTotalChars: 2048 } } }).edge.waf.maxRequestBodyKb).toBe(16);
  });
});

describe('edge config: API errors', () => {
  test('rejects an unknown endpoint type', () => {
    rejects({ api: { endpointType: 'edge' } }, /config\.edge\.api\.endpointType: must be "regional" or "private"/);
  });

  test('rejects CORS origins that are not bare https origins', () => {
    rejects({ api: { corsOrigins: ['http://chat.example.co.jp'] } }, /config\.edge\.api\.corsOrigins\.0: must be an https origin without path/);
    rejects({ api: { corsOrigins: ['https://chat.example.co.jp/'] } }, /corsOrigins\.0: must be an https origin/);
    rejects({ api: { corsOrigins: ['*'] } }, /corsOrigins\.0: must be an https origin/);
  });

  test('rejects a custom domain on a private API and a certificate outside Tokyo', () => {
    const domain = { domainName: 'ai-api.example.co.jp', certificateArn: 'arn:aws:acm:ap-northeast-1:111111111111:certificate/12345678-1234-1234-1234-123456789012' };
    rejects({ api: { endpointType: 'private', customDomain: domain } }, /config\.edge\.api\.customDomain: is only supported with edge\.api\.endpointType "regional"/);
    rejects(
      { api: { customDomain: { ...domain, certificateArn: domain.certificateArn.replace('ap-northeast-1', 'us-east-1') } } },
      /config\.edge\.api\.customDomain\.certificateArn: must be an ACM certificate ARN in ap-northeast-1 \(Tokyo\)/,
    );
  });

  test('rejects throttling and size limits out of range', () => {
    rejects({ api: { chatRateLimit: 0 } }, /config\.edge\.api\.chatRateLimit: must be 1-10000 requests per second/);
    rejects({ api: { stageName: 'prod-1' } }, /config\.edge\.api\.stageName: must be 1-64 letters, digits or "_"/);
  });
});
