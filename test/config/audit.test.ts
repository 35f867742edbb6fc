import { parseConfig } from '../../lib/config';
import { objectLockDays, utcOffsetMinutes } from '../../lib/config/sections/audit';
import { rejection } from '../support/config-rejection';

describe('audit config: defaults', () => {
  test('an empty config gives governance-mode object lock for the audit retention, s3 invocation logs and the default thresholds', () => {
    const config = parseConfig({});
    expect(config.audit).toEqual({
      objectLock: { mode: 'GOVERNANCE' },
      trailDataEvents: true,
      trail: { enabled: true },
      breakGlassRoleArns: [],
      auditorRoleArns: [],
      invocationLogging: { destinations: ['s3'], replaceExisting: false },
      alarmEmails: [],
      offHours: { startHour: 20, endHour: 8, timeZone: 'Asia/Tokyo', weekends: true },
      alarms: {
        periodMinutes: 5,
        blockedRequests: 10,
        injectionFlagged: 5,
        guardErrors: 1,
        bedrockThrottled: 5,
        bulkWindowMinutes: 60,
        requestsPerUser: 200,
        inputCharsPerUser: 200_000,
        offHoursRequests: 5,
      },
    });
    expect(objectLockDays(config)).toBe(2557);
  });

  test('object lock days follow retention.auditDays unless set', () => {
    expect(objectLockDays(parseConfig({ retention: { auditDays: 3653 } }))).toBe(3653);
    expect(objectLockDays(parseConfig({ audit: { objectLock: { days: 400 } } }))).toBe(400);
  });

  test('accepted overrides', () => {
    const config = parseConfig({
      audit: {
        objectLock: { mode: 'COMPLIANCE', days: 365 },
        trailDataEvents: false,
        invocationLogging: { destinations: ['cloudwatch', 's3'] },
        alarmEmails: ['security@example.co.jp', 'soc@example.com'],
        offHours: { startHour: 9, endHour: 18, timeZone: 'UTC', weekends: false },
        alarms: { guardErrors: 3 },
      },
    });
    expect(config.audit.objectLock).toEqual({ mode: 'COMPLIANCE', days: 365 });
    expect(config.audit.invocationLogging.destinations).toEqual(['cloudwatch', 's3']);
    expect(config.audit.alarms.guardErrors).toBe(3);
    expect(config.audit.alarms.blockedRequests).toBe(10);
  });

  test('utcOffsetMinutes reads the zone data (Tokyo +9, UTC 0)', () => {
    const at = new Date(Date.UTC(2025, 0, 15));
    expect(utcOffsetMinutes('Asia/Tokyo', at)).toBe(540);
    expect(utcOffsetMinutes('UTC', at)).toBe(0);
    expect(utcOffsetMinutes('America/New_York', at)).toBe(-300);
  });
});

describe('audit config: key administrators, auditors and the trail switch', () => {
  const ROLE = (name: string, account = '111111111111') => `arn:aws:iam::${account}:role/${name}`;

  test('accepts a deployment role, break-glass and auditor roles of the deployment account', () => {
    const { audit } = parseConfig({ audit: { deploymentRoleArn: ROLE('Deployer'), breakGlassRoleArns: [ROLE('BreakGlass')], auditorRoleArns: [ROLE('path/AuditReader')] } });
    expect(audit.deploymentRoleArn).toBe(ROLE('Deployer'));
    expect(audit.auditorRoleArns).toEqual([ROLE('path/AuditReader')]);
  });

  test('rejects a role ARN that is not one, naming the field', () => {
    expect(rejection({ audit: { auditorRoleArns: ['arn:aws:iam::111111111111:user/alice'] } })).toMatch(/config\.audit\.auditorRoleArns\.0: audit\.auditorRoleArns entries must be an IAM role ARN/);
    expect(rejection({ audit: { deploymentRoleArn: 'Deployer' } })).toMatch(/config\.audit\.deploymentRoleArn: audit\.deploymentRoleArn must be an IAM role ARN/);
  });

  test('rejects roles of another account and repeated roles', () => {
    expect(rejection({ audit: { breakGlassRoleArns: [ROLE('BreakGlass', '222222222222')] } })).toMatch(/config\.audit\.breakGlassRoleArns\.0: must be a role of the deployment account 111111111111 \(got account 222222222222\)/);
    expect(rejection({ audit: { auditorRoleArns: [ROLE('A'), ROLE('A')] } })).toMatch(/config\.audit\.auditorRoleArns: audit\.auditorRoleArns must not repeat a role/);
  });

  test('the trail can be turned off and the organization trail named; the name alone is refused with the kit trail on', () => {
    const org = 'arn:aws:cloudtrail:ap-northeast-1:222222222222:trail/org-trail';
    expect(parseConfig({ audit: { trail: { enabled: false, organizationTrailArn: org } } }).audit.trail).toEqual({ enabled: false, organizationTrailArn: org });
    expect(rejection({ audit: { trail: { organizationTrailArn: org } } })).toMatch(/config\.audit\.trail\.organizationTrailArn: audit\.trail\.organizationTrailArn is only for audit\.trail\.enabled false/);
    expect(rejection({ audit: { trail: { enabled: false, organizationTrailArn: 'org-trail' } } })).toMatch(/config\.audit\.trail\.organizationTrailArn: audit\.trail\.organizationTrailArn must be a CloudTrail trail ARN/);
  });

  test('replaceExisting is a boolean', () => {
    expect(parseConfig({ audit: { invocationLogging: { replaceExisting: true } } }).audit.invocationLogging.replaceExisting).toBe(true);
    expect(rejection({ audit: { invocationLogging: { replaceExisting: 'yes' } } })).toMatch(/config\.audit\.invocationLogging\.replaceExisting/);
  });
});

describe('audit config: retention errors', () => {
  test('audit retention below the one-year floor', () => {
    expect(rejection({ retention: { auditDays: 180 } })).toMatch(/config\.retention\.auditDays: .*at least 365 days.*\(got 180\)/);
  });

  test('log retention below the 90-day floor', () => {
    expect(rejection({ retention: { logDays: 60 } })).toMatch(/config\.retention\.logDays: .*at least 90 days.*\(got 60\)/);
  });

  test('object lock retention shorter than log retention', () => {
    expect(rejection({ audit: { objectLock: { days: 200 } } })).toMatch(
      /config\.audit\.objectLock\.days: audit\.objectLock\.days must be at least retention\.logDays \(365\).*\(got 200\)/,
    );
    expect(rejection({ retention: { logDays: 400, auditDays: 731 }, audit: { objectLock: { days: 365 } } })).toMatch(
      /audit\.objectLock\.days must be at least retention\.logDays \(400\)/,
    );
  });

  test('object lock days equal to log retention are accepted', () => {
    expect(parseConfig({ audit: { objectLock: { days: 365 } } }).audit.objectLock.days).toBe(365);
  });

  test('object lock days that are not whole, or absurdly long', () => {
    expect(rejection({ audit: { objectLock: { days: 400.5 } } })).toMatch(/config\.audit\.objectLock\.days: .*whole number/);
    expect(rejection({ audit: { objectLock: { days: 40000 } } })).toMatch(/config\.audit\.objectLock\.days: .*at most 36500/);
  });

  test('an object lock mode other than GOVERNANCE or COMPLIANCE', () => {
    expect(rejection({ audit: { objectLock: { mode: 'governance' } } })).toMatch(
      /config\.audit\.objectLock\.mode: .*"GOVERNANCE" or "COMPLIANCE" \(got "governance"\)/,
    );
  });
});

describe('audit config: other errors', () => {
  test('invocation-logging destinations: empty, unknown, repeated', () => {
    expect(rejection({ audit: { invocationLogging: { destinations: [] } } })).toMatch(/config\.audit\.invocationLogging\.destinations: .*at least one/);
    expect(rejection({ audit: { invocationLogging: { destinations: ['firehose'] } } })).toMatch(/"s3" or "cloudwatch" \(got "firehose"\)/);
    expect(rejection({ audit: { invocationLogging: { destinations: ['s3', 's3'] } } })).toMatch(/must not repeat/);
  });

  test('alarm emails must be addresses, unique, at most 20', () => {
    expect(rejection({ audit: { alarmEmails: ['not-an-address'] } })).toMatch(/config\.audit\.alarmEmails\.0: .*email addresses \(got "not-an-address"\)/);
    expect(rejection({ audit: { alarmEmails: ['a@example.com', 'a@example.com'] } })).toMatch(/config\.audit\.alarmEmails: .*must not repeat/);
    const many = Array.from({ length: 21 }, (_, i) => `u${i}@example.com`);
    expect(rejection({ audit: { alarmEmails: many } })).toMatch(/at most 20 addresses/);
  });

  test('off-hours: hours outside 0-23, an empty window, bad and DST time zones', () => {
    expect(rejection({ audit: { offHours: { startHour: 24 } } })).toMatch(/config\.audit\.offHours\.startHour: .*whole hour 0-23 \(got 24\)/);
    expect(rejection({ audit: { offHours: { endHour: 7.5 } } })).toMatch(/config\.audit\.offHours\.endHour: .*whole hour 0-23/);
    expect(rejection({ audit: { offHours: { startHour: 8, endHour: 8 } } })).toMatch(/config\.audit\.offHours\.endHour: .*must differ/);
    expect(rejection({ audit: { offHours: { timeZone: 'Tokyo/Japan' } } })).toMatch(/config\.audit\.offHours\.timeZone: .*IANA time zone .*\(got "Tokyo\/Japan"\)/);
    expect(rejection({ audit: { offHours: { timeZone: 'America/New_York' } } })).toMatch(/must not observe daylight saving time/);
    expect(rejection({ audit: { offHours: { timeZone: 'Asia/Kolkata' } } })).toMatch(/whole-hour UTC offset/);
  });

  test('alarm thresholds must be positive whole numbers within limits', () => {
    expect(rejection({ audit: { alarms: { blockedRequests: 0 } } })).toMatch(/config\.audit\.alarms\.blockedRequests: .*at least 1 \(got 0\)/);
    expect(rejection({ audit: { alarms: { periodMinutes: 90 } } })).toMatch(/config\.audit\.alarms\.periodMinutes: .*at most 60/);
    expect(rejection({ audit: { alarms: { inputCharsPerUser: 1.5 } } })).toMatch(/config\.audit\.alarms\.inputCharsPerUser: .*whole number/);
    expect(rejection({ audit: { alarms: { bulkWindowMinutes: 2000 } } })).toMatch(/at most 1440/);
  });

  test('unknown audit fields are named', () => {
    expect(rejection({ audit: { retentionDays: 10 } })).toMatch(/config\.audit: unknown field\(s\) "retentionDays"/);
    expect(rejection({ audit: { alarms: { offHours: 1 } } })).toMatch(/config\.audit\.alarms: unknown field\(s\) "offHours"/);
  });
});
