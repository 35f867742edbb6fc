/**
 * Where this account's trail is: written by the audit stack into its template metadata, read by
 * the evidence report (which reads templates only).
 */
export const AUDIT_TRAIL_METADATA = 'PrivateAiJp::AuditTrail';

export interface AuditTrailMetadata {
  /** The kit's own trail is in this template. */
  readonly kitTrail: boolean;
  /** With no kit trail: the organization trail the deployment config names, if any. */
  readonly organizationTrailArn?: string;
  /** What a trail of this account must record (the kit trail's selection), in words. */
  readonly mustRecord: readonly string[];
}
