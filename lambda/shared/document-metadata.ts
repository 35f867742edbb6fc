/**
 * The access metadata every knowledge-base document carries in `<key>.metadata.json` (Bedrock
 * Knowledge Bases' metadata file format):
 *
 *   {"metadataAttributes": {"departments": ["sales", "dept-legal"], "classification": "internal"}}
 *
 * Pure: no SDK, no I/O. A file that does not have exactly this shape is refused, so a document
 * is never indexed without a department list and a classification (fail closed).
 */
import { CLASSIFICATIONS, type Classification, MAX_DOCUMENT_DEPARTMENTS, METADATA_SUFFIX } from '../../contracts/knowledge-base';

/** Bedrock Knowledge Bases refuses metadata files larger than 10 KB. */
export const MAX_METADATA_BYTES = 10 * 1024;
/**
 * S3 Vectors keeps at most 2 KB of filterable metadata per vector, and Bedrock adds its own
 * (source URI, data source id, page): the access attributes keep to half of it.
 */
export const MAX_ACCESS_ATTRIBUTE_BYTES = 1024;

export interface DocumentAccess {
  readonly departments: string[];
  readonly classification: Classification;
}

export type MetadataCheck = { readonly ok: true; readonly access: DocumentAccess } | { readonly ok: false; readonly problems: string[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Check a metadata file's bytes. `knownDepartments`, when not empty, lists the department values
 * a document may name (a typo would make the document readable by nobody, or by the wrong team).
 */
export function checkDocumentMetadata(body: string | undefined, knownDepartments: readonly string[]): MetadataCheck {
  if (body === undefined) return { ok: false, problems: [`no metadata file: upload <document>${METADATA_SUFFIX} before the document`] };
  if (Buffer.byteLength(body) > MAX_METADATA_BYTES) return { ok: false, problems: [`metadata file is larger than ${MAX_METADATA_BYTES} bytes`] };
  let json: unknown;
  try {
    json = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: ['metadata file is not valid JSON'] };
  }
  if (!isRecord(json) || !isRecord(json.metadataAttributes)) return { ok: false, problems: ['metadata file must be {"metadataAttributes": {...}}'] };
  const extraTop = Object.keys(json).filter((k) => k !== 'metadataAttributes');
  const attrs = json.metadataAttributes;
  const problems: string[] = [];
  if (extraTop.length > 0) problems.push(`unexpected top-level fields: ${extraTop.join(', ')} (only metadataAttributes)`);
  const extra = Object.keys(attrs).filter((k) => k !== 'departments' && k !== 'classification');
  if (extra.length > 0) problems.push(`unexpected attributes: ${extra.join(', ')} (only departments and classification)`);

  const departments = attrs.departments;
  if (!Array.isArray(departments) || departments.length === 0) {
    problems.push('departments must be a non-empty list of department names');
  } else if (departments.length > MAX_DOCUMENT_DEPARTMENTS) {
    problems.push(`departments lists ${departments.length} names; at most ${MAX_DOCUMENT_DEPARTMENTS}`);
  } else {
    departments.forEach((d, i) => {
      if (typeof d !== 'string' || d.trim() === '' || d !== d.trim() || d.length > 128) problems.push(`departments[${i}] must be a department name (1-128 characters, no surrounding spaces)`);
      else if (knownDepartments.length > 0 && !knownDepartments.includes(d)) problems.push(`departments[${i}] "${d}" is not a known department (known: ${knownDepartments.join(', ')})`);
    });
  }
  const classification = attrs.classification;
  if (typeof classification !== 'string' || !(CLASSIFICATIONS as readonly string[]).includes(classification)) {
    problems.push(`classification must be one of ${CLASSIFICATIONS.join(', ')}`);
  }
  if (problems.length === 0 && Buffer.byteLength(JSON.stringify({ departments, classification })) > MAX_ACCESS_ATTRIBUTE_BYTES) {
    problems.push(`departments and classification take more than ${MAX_ACCESS_ATTRIBUTE_BYTES} bytes; S3 Vectors keeps only 2 KB of filterable metadata per chunk (use fewer or shorter department names)`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, access: { departments: [...new Set(departments as string[])], classification: classification as Classification } };
}
