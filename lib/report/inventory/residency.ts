import type { AssemblyModel, ResourceRef } from '../model';
import { asArray, allResources, collectStrings, compareText, getPath, isRecord, props, refOf } from '../template-query';

/** Regions in Japan: Tokyo, and Osaka (the `jp.` cross-region inference partner). */
export const JAPAN_REGIONS: readonly string[] = ['ap-northeast-1', 'ap-northeast-3'];

export const isJapan = (region: string): boolean => JAPAN_REGIONS.includes(region);

export interface Location {
  readonly resource: ResourceRef;
  /** Property path inside the resource, e.g. `PolicyDocument.Statement[0].Resource[1]`. */
  readonly path: string;
}

export interface RegionUse {
  readonly region: string;
  readonly inJapan: boolean;
  readonly locations: readonly Location[];
}

export type ModelScope = 'japan-profile' | 'foreign-profile' | 'in-region-model';

export interface ModelUse {
  readonly id: string;
  readonly scope: ModelScope;
  readonly locations: readonly Location[];
}

export interface GlobalPath {
  readonly resource: ResourceRef;
  readonly what: 'cloudfront-distribution' | 'cloudfront-waf' | 'bucket-replication' | 'table-replica' | 'global-accelerator';
  readonly detail: string;
}

export interface ResidencySummary {
  readonly stacks: readonly { readonly name: string; readonly region: string; readonly inJapan: boolean }[];
  readonly regions: readonly RegionUse[];
  readonly models: readonly ModelUse[];
  readonly globalPaths: readonly GlobalPath[];
}

const REGION = /\b(?:us-gov|us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d\b/g;
const PROFILE_PREFIX = /^(jp|apac|global|us|us-gov|eu|au|ca)\./;
const MODEL_ID =
  /\b(?:(?:jp|apac|global|us-gov|us|eu|au|ca)\.)?(?:anthropic|amazon|meta|mistral|cohere|ai21|qwen|deepseek|openai|google|minimax|moonshot|nvidia|stability|writer|twelvelabs|luma)\.[a-z0-9][a-z0-9.:-]*[a-z0-9]/g;

/** Every region, ARN region and model or inference-profile identifier in the templates, and where. */
export function residencySummary(model: AssemblyModel): ResidencySummary {
  const regions = new Map<string, Location[]>();
  const models = new Map<string, Location[]>();
  const add = (map: Map<string, Location[]>, key: string, loc: Location) => {
    const list = map.get(key) ?? [];
    if (!list.some((l) => l.resource.stack === loc.resource.stack && l.resource.logicalId === loc.resource.logicalId && l.path === loc.path)) list.push(loc);
    map.set(key, list);
  };

  for (const r of allResources(model)) {
    const substitutions: Record<string, string> = {
      '{AWS::Region}': r.stack.region,
      '${AWS::Region}': r.stack.region,
    };
    for (const found of collectStrings(props(r), 'Properties')) {
      let value = found.value;
      for (const [token, v] of Object.entries(substitutions)) value = value.split(token).join(v);
      const loc: Location = { resource: refOf(r), path: found.path };
      for (const m of value.matchAll(REGION)) add(regions, m[0], loc);
      for (const m of value.matchAll(MODEL_ID)) add(models, m[0], loc);
    }
  }

  const sortLocations = (locs: Location[]) =>
    [...locs].sort(
      (a, b) => compareText(a.resource.stack, b.resource.stack) || compareText(a.resource.logicalId, b.resource.logicalId) || compareText(a.path, b.path),
    );
  return {
    stacks: model.stacks.map((s) => ({ name: s.name, region: s.region, inJapan: isJapan(s.region) })).sort((a, b) => compareText(a.name, b.name)),
    regions: [...regions.entries()]
      .map(([region, locs]) => ({ region, inJapan: isJapan(region), locations: sortLocations(locs) }))
      .sort((a, b) => compareText(a.region, b.region)),
    models: [...models.entries()]
      .map(([id, locs]) => ({ id, scope: modelScope(id), locations: sortLocations(locs) }))
      .sort((a, b) => compareText(a.id, b.id)),
    globalPaths: globalPaths(model),
  };
}

export function modelScope(id: string): ModelScope {
  const prefix = PROFILE_PREFIX.exec(id)?.[1];
  if (prefix === undefined) return 'in-region-model';
  return prefix === 'jp' ? 'japan-profile' : 'foreign-profile';
}

/** Resources that carry data through a global edge or to another region. */
function globalPaths(model: AssemblyModel): GlobalPath[] {
  const out: GlobalPath[] = [];
  for (const r of allResources(model)) {
    const p = props(r);
    const ref = refOf(r);
    switch (r.resource.Type) {
      case 'AWS::CloudFront::Distribution':
        out.push({ resource: ref, what: 'cloudfront-distribution', detail: 'CloudFront serves and caches content at edge locations worldwide' });
        break;
      case 'AWS::WAFv2::WebACL':
        if (p.Scope === 'CLOUDFRONT') out.push({ resource: ref, what: 'cloudfront-waf', detail: 'Scope: CLOUDFRONT (global, us-east-1)' });
        break;
      case 'AWS::S3::Bucket':
        if (p.ReplicationConfiguration !== undefined) {
          const targets = asArray(getPath(p, 'ReplicationConfiguration.Rules')).map((rule) => JSON.stringify(getPath(rule, 'Destination.Bucket') ?? '?'));
          out.push({ resource: ref, what: 'bucket-replication', detail: `ReplicationConfiguration to ${targets.join(', ')}` });
        }
        break;
      case 'AWS::DynamoDB::GlobalTable':
        for (const replica of asArray(p.Replicas)) {
          // A replica whose region is `Ref: AWS::Region` stays in the stack's own region.
          const region = isRecord(replica) && typeof replica.Region === 'string' ? replica.Region : r.stack.region;
          if (region !== r.stack.region) {
            out.push({ resource: ref, what: 'table-replica', detail: `Replica in ${region}` });
          }
        }
        break;
      case 'AWS::GlobalAccelerator::Accelerator':
        out.push({ resource: ref, what: 'global-accelerator', detail: 'Global Accelerator routes traffic over global edge locations' });
        break;
    }
  }
  return out;
}
