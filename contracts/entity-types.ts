/** Canonical entity type names; the guard, the CLI, the config, reports and policies all use these. */
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
  'DATE_OF_BIRTH',
  'AWS_ACCESS_KEY',
  'SECRET',
  'CONFIDENTIAL_MARKER',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** What a policy does with a finding: mask it before the model sees it, block the request, or let it through. */
export const ENTITY_ACTIONS = ['mask', 'block', 'allow'] as const;
export type EntityAction = (typeof ENTITY_ACTIONS)[number];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}
