export {
  ResidencyChecks,
  RESIDENCY_RULES,
  RESIDENCY_RULE_NAMES,
  RESIDENCY_PACK_NAME,
  residencyRuleId,
} from './residency-checks';
export type { ResidencyChecksProps } from './residency-checks';
export type { ResidencyRule, ResidencyRuleCheck, ResidencyRuleOptions } from './rules/residency-rule';
