// The audit fields alone: every function that writes an audit event imports this, and only the
// chat functions need the retrieval client and the guard that knowledge-retrieval.ts brings.
import type { Classification } from '../../contracts/knowledge-base';

/** What the audit event records about retrieval: counts and codes, never text or names. */
export interface KnowledgeAudit {
  requested: boolean;
  /** The caller's clearance, or `none` when retrieval did not run. */
  clearance: Classification | 'none';
  /** How many departments the caller's scope held (0: no department, nothing readable). */
  departments: number;
  returned: number;
  /** Chunks the re-check dropped: their metadata does not admit this caller. */
  dropped: number;
  /** Chunks dropped because the guard policy blocks an entity they carry. */
  blockedChunks: number;
  retrieved: number;
  /** Retrieved chunks the injection screen flagged (fenced as data like any document). */
  injectionFlagged: number;
  /** Citations in the answer that name no chunk retrieved for this caller. */
  unverifiedCitations: number;
}

export function emptyKnowledgeAudit(): KnowledgeAudit {
  return { requested: false, clearance: 'none', departments: 0, returned: 0, dropped: 0, blockedChunks: 0, retrieved: 0, injectionFlagged: 0, unverifiedCitations: 0 };
}
