import { z } from 'zod';

/** Recovery inside Japan: replicas of the audit records and conversations in Osaka. */
export const resilienceSchema = z
  .object({
    osaka: z
      .object({
        /** A stack in ap-northeast-3 with its own key, an object-locked replica of the audit bucket and a conversation-table replica. */
        enabled: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});

/** Osaka recovery needs Osaka allowed, by the kit and by the SCP it writes. */
export function checkOsakaAllowed(
  config: { allowOsaka: boolean; resilience: z.infer<typeof resilienceSchema>; governance: { scp: { osakaServices?: boolean } } },
  ctx: z.RefinementCtx,
): void {
  if (config.resilience.osaka.enabled && !config.allowOsaka) {
    ctx.addIssue({
      code: 'custom',
      path: ['resilience', 'osaka', 'enabled'],
      message: 'resilience.osaka.enabled needs allowOsaka: true (the recovery stack lives in ap-northeast-3)',
    });
  }
  if (config.resilience.osaka.enabled && config.governance.scp.osakaServices === false) {
    ctx.addIssue({
      code: 'custom',
      path: ['governance', 'scp', 'osakaServices'],
      message: 'governance.scp.osakaServices must not be false with resilience.osaka.enabled (the SCP would deny the recovery stack in ap-northeast-3)',
    });
  }
  if (config.governance.scp.osakaServices === true && !config.allowOsaka) {
    ctx.addIssue({
      code: 'custom',
      path: ['governance', 'scp', 'osakaServices'],
      message: 'governance.scp.osakaServices needs allowOsaka: true',
    });
  }
}
