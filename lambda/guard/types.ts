/** Canonical entity type names; the CLI, reports and policies all use these. */
export const ENTITY_TYPES = [
  'MY_NUMBER',
  'CORPORATE_NUMBER',
  'PHONE_NUMBER',
  'POSTAL_CODE',
  'DRIVERS_LICENSE',
  'PASSPORT_NUMBER',
  'PENSION_NUMBER',
  'BANK_ACCOUNT',
  'HEALTH_INSURANCE_NUMBER',
  'ADDRESS',
  'PERSON_NAME',
  'EMAIL',
  'CREDIT_CARD',
  'IP_ADDRESS',
  'IBAN',
  'US_SSN',
  'AWS_ACCESS_KEY',
  'SECRET',
  'CONFIDENTIAL_MARKER',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** A detected span in the caller's original text (UTF-16 offsets, end exclusive). */
export interface Finding {
  type: EntityType;
  start: number;
  end: number;
  score: number;
}

export type EntityAction = 'mask' | 'block' | 'allow';

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}
