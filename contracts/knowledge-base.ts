/**
 * Names and shapes shared by the knowledge-base infrastructure (lib/constructs/knowledge-base*.ts)
 * and its runtime (lambda/shared/knowledge-retrieval.ts, lambda/handlers/kb-ingestion.ts): the
 * metadata attributes each document carries, the clearance levels, the settings the chat function
 * and the ingestion function read.
 */
import * as z from 'zod/mini';

/** Clearance levels, lowest first: a caller cleared for a level reads that level and every lower one. */
export const CLASSIFICATIONS = ['public', 'internal', 'confidential'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** Metadata attribute: the departments (department claim values or department-kind group names) that may read a document. */
export const DEPARTMENTS_ATTRIBUTE = 'departments';
/** Metadata attribute: the document's classification, one of CLASSIFICATIONS. */
export const CLASSIFICATION_ATTRIBUTE = 'classification';
/** Beside every document `<key>`, its metadata object `<key>.metadata.json` (Bedrock Knowledge Bases' format). */
export const METADATA_SUFFIX = '.metadata.json';
/** Documents the ingestion check refuses are moved under this prefix, which the data source does not read. */
export const QUARANTINE_PREFIX = 'quarantine/';
/** Documents the data source reads (its inclusion prefix); uploads go here. */
export const DOCUMENTS_PREFIX = 'documents/';
/** Where the ingestion check writes one report per checked batch. */
export const REPORTS_PREFIX = 'ingestion-reports/';
/** At most this many departments on one document (S3 Vectors keeps filterable metadata small). */
export const MAX_DOCUMENT_DEPARTMENTS = 20;

/** Environment variable of the ingestion function, holding IngestionSettings as JSON. */
export const KB_INGESTION_SETTINGS_ENV = 'KB_INGESTION_CONFIG';

export const ingestionSettingsSchema = z.strictObject({
  knowledgeBaseId: z.string().check(z.minLength(1)),
  dataSourceId: z.string().check(z.minLength(1)),
  bucketName: z.string().check(z.minLength(3)),
  /** Department values a document may name (claim values and department-kind groups); empty: any non-empty name. */
  knownDepartments: z.array(z.string().check(z.minLength(1))),
});
export type IngestionSettings = z.infer<typeof ingestionSettingsSchema>;

/** What the chat function knows about the knowledge base (part of CHAT_CONFIG). */
export const knowledgeSettingsSchema = z.strictObject({
  knowledgeBaseId: z.string().check(z.minLength(1)),
  topK: z.int().check(z.gte(1), z.lte(50)),
  /** Cognito group -> clearance; a caller gets the highest of their groups, `public` with none. */
  clearances: z.record(z.string(), z.enum(CLASSIFICATIONS)),
  /** Department-kind Cognito groups: membership adds the group name to the caller's departments. */
  departmentGroups: z.array(z.string().check(z.minLength(1))),
  /** Use the IdP's department claim (`custom:department`) as one of the caller's departments. */
  useDepartmentClaim: z.boolean(),
  /** Members of these groups get retrieval without asking (`knowledgeBase` absent from the body). */
  defaultOnGroups: z.array(z.string().check(z.minLength(1))),
});
export type KnowledgeSettings = z.infer<typeof knowledgeSettingsSchema>;
