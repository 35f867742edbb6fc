import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { pathsFor, testStack } from '../findings';

const RULE = 'LogRetentionFloor';

describe('Residency-LogRetentionFloor', () => {
  it('fires on a log group kept for less than the default 90-day floor', () => {
    const { stack } = testStack();
    new LogGroup(stack, 'Logs', { retention: RetentionDays.ONE_MONTH });
    expect(pathsFor(RULE, stack)).toEqual(['S/Logs/Resource']);
  });

  it('fires below a configured floor', () => {
    const { stack } = testStack();
    new LogGroup(stack, 'Logs', { retention: RetentionDays.SIX_MONTHS });
    expect(pathsFor(RULE, stack, { minLogRetentionDays: 365 })).toEqual(['S/Logs/Resource']);
  });

  it('is quiet at or above the floor, and for never-expiring log groups', () => {
    const { stack } = testStack();
    new LogGroup(stack, 'Floor', { retention: RetentionDays.THREE_MONTHS });
    new LogGroup(stack, 'Year', { retention: RetentionDays.ONE_YEAR });
    new LogGroup(stack, 'Forever', { retention: RetentionDays.INFINITE });
    expect(pathsFor(RULE, stack)).toEqual([]);
  });
});
