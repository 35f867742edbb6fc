import { HOME_REGION, PARTNER_REGION } from '../config/sections/core';

/** A foundation model's ARN in one region (foundation models carry no account). */
export function foundationModelArn(region: string, modelId: string): string {
  return `arn:aws:bedrock:${region}::foundation-model/${modelId}`;
}

/** Actions that run inference. `Converse`/`ConverseStream` are authorised by these two. */
export const INVOKE_ACTIONS: readonly string[] = ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'];

export interface ModelArns {
  /** `jp.` inference-profile ARNs in Tokyo. */
  readonly inferenceProfiles: string[];
  /** Foundation-model ARNs the profiles route to (Tokyo and Osaka), plus plain Tokyo models. */
  readonly foundationModels: string[];
}

/**
 * ARNs for the allow-listed models. A `jp.` profile invoked in Tokyo routes to the same
 * foundation model in Tokyo or Osaka, so both foundation-model ARNs must be allowed; a plain
 * foundation-model id is invoked in Tokyo only.
 */
export function allowedModelArns(allowedModels: readonly string[], account: string, allowOsaka: boolean): ModelArns {
  const inferenceProfiles: string[] = [];
  const foundationModels = new Set<string>();
  for (const id of allowedModels) {
    if (id.startsWith('jp.')) {
      inferenceProfiles.push(`arn:aws:bedrock:${HOME_REGION}:${account}:inference-profile/${id}`);
      const modelId = id.slice('jp.'.length);
      foundationModels.add(foundationModelArn(HOME_REGION, modelId));
      if (allowOsaka) foundationModels.add(foundationModelArn(PARTNER_REGION, modelId));
    } else {
      foundationModels.add(foundationModelArn(HOME_REGION, id));
    }
  }
  return { inferenceProfiles, foundationModels: [...foundationModels] };
}
