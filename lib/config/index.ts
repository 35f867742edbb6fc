export * from './schema';
export * from './load';
export { HOME_REGION, PARTNER_REGION, LOG_RETENTION_FLOOR_DAYS, AUDIT_RETENTION_FLOOR_DAYS } from './sections/core';
export { DEFAULT_MODELS } from './sections/models';
export { checkGroupsDefined, type ConfigWithGroups } from './group-references';
export { closestMatch, didYouMean } from './suggest';
