export { detectEntities, DEFAULT_MIN_SCORE, type DetectOptions } from './detect';
export { guardInput, type GuardInputResult, type InputReason } from './guard-input';
export { maskPersonalData, restoreMasked, type MaskResult } from './mask';
export { normalize, type NormalizedText } from './normalize';
export {
  checkOutput,
  DEFAULT_OUTPUT_ACTIONS,
  type OutputAction,
  type OutputCheckActions,
  type OutputCheckOptions,
  type OutputCheckResult,
  type OutputReason,
} from './output-check';
export { actionFor, DEFAULT_GUARD_POLICY, mergePolicies, type GuardPolicy } from './policy';
export { ENTITY_TYPES, isEntityType, type EntityAction, type EntityType, type Finding } from './types';
export { createVault, type Vault } from './vault';
export { createStreamGuard, HOLD_BACK_CHARS, RELEASE_STEP_CHARS, type StreamEnd, type StreamGuard, type StreamGuardOptions, type StreamStep } from './stream-guard';
