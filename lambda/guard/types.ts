import type { EntityType } from '../../contracts/entity-types';

// The names live in contracts/ so the config and reports share them without loading the guard.
export { ENTITY_ACTIONS, ENTITY_TYPES, type EntityAction, type EntityType, isEntityType } from '../../contracts/entity-types';

/** A detected span in the caller's original text (UTF-16 offsets, end exclusive). */
export interface Finding {
  type: EntityType;
  start: number;
  end: number;
  score: number;
}
