/**
 * The regions the kit may place anything in: Tokyo always; Osaka as the partner of `jp.`
 * inference profiles and, with resilience.osaka.enabled, for the recovery stack. The config
 * pins stacks to them; the functions pin their AWS clients to Tokyo with the same name.
 */
export const HOME_REGION = 'ap-northeast-1';
export const PARTNER_REGION = 'ap-northeast-3';
