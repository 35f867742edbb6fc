import type { EvidenceReport } from '../build-report';
import { AREAS, type Status } from '../checklist';
import { type Lang, LABELS } from '../i18n';
import type { Location } from '../inventory/residency';
import type { ResourceRef } from '../model';
import { compareText } from '../template-query';

/** A cell is plain text, or a status shown as a badge. */
export type Cell = string | { readonly status: Status; readonly label: string };

/** Format-neutral blocks: built once per language, written as Markdown or HTML. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly text: string; readonly anchor?: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly headers: readonly string[]; readonly rows: readonly (readonly Cell[])[]; readonly numeric?: readonly number[] };

export const resourceName = (r: ResourceRef): string => `${r.stack}/${r.logicalId}`;

const MAX_LISTED = 12;

/** Resources as text; long lists are cut with a count so tables stay readable (JSON has them all). */
function resourceList(rs: readonly ResourceRef[], all = false): string {
  const names = rs.map(resourceName);
  if (all || names.length <= MAX_LISTED) return names.join(', ');
  return `${names.slice(0, MAX_LISTED).join(', ')} (+${names.length - MAX_LISTED}, all in report.json)`;
}

/** Up to this many places are named one by one; more are summarized by resource type. */
const MAX_PLACES = 3;
/** Resource types named in a summary; the rest are counted. */
const MAX_TYPES = 4;

/**
 * Where a region or model id was found. A few places are listed; dozens of property paths (every
 * ARN of every policy names the region) are summarized by resource type, the paths stay in report.json.
 */
function locationList(locations: readonly Location[], lang: Lang): string {
  if (locations.length <= MAX_PLACES) return locations.map((l) => `${resourceName(l.resource)} ${l.path}`).join('; ');
  const resources = new Map<string, string>();
  for (const l of locations) resources.set(resourceName(l.resource), l.resource.type);
  const byType = new Map<string, number>();
  for (const type of resources.values()) byType.set(type, (byType.get(type) ?? 0) + 1);
  const sorted = [...byType.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const types = sorted.slice(0, MAX_TYPES).map(([t, n]) => `${t} ${n}`).join(', ');
  return LABELS[lang].placesSummary(locations.length, resources.size, types, Math.max(0, sorted.length - MAX_TYPES));
}

export function reportDocument(report: EvidenceReport, lang: Lang): Block[] {
  const L = LABELS[lang];
  const status = (s: Status): Cell => ({ status: s, label: L.statuses[s] });
  const blocks: Block[] = [];
  const h = (level: 1 | 2 | 3 | 4, text: string, anchor?: string) => blocks.push(anchor ? { kind: 'heading', level, text, anchor } : { kind: 'heading', level, text });
  const p = (text: string) => blocks.push({ kind: 'paragraph', text });
  const list = (items: string[]) => items.length > 0 && blocks.push({ kind: 'list', items });
  const table = (headers: string[], rows: Cell[][], numeric?: number[]) => blocks.push(numeric ? { kind: 'table', headers, rows, numeric } : { kind: 'table', headers, rows });

  h(1, L.title, `${lang}-top`);
  p(L.intro);
  if (report.date) p(`${L.reportDate}: ${report.date}`);
  const src = report.source;
  p(
    `${L.builtFrom}: ${src.commit ? `${L.commit} ${src.commit}${src.uncommittedChanges ? ` ${L.uncommitted}` : ''}` : L.noCommit}; ` +
      `${L.configFile} ${src.configFile ?? L.noConfigFile}; ${L.assemblyHash} ${src.assemblySha256}`,
  );
  list(report.stacks.map((s) => `${s.name} (${s.region}, ${s.account})`));

  h(2, L.summary, `${lang}-summary`);
  table(
    [L.item, L.status, L.missing],
    report.checklist.map((c) => [`${c.id} ${c.title[lang]}`, status(c.status), c.missing.map((m) => m.text[lang]).join(' ') || '-']),
  );
  p(Object.entries(report.statusCounts).map(([s, n]) => `${L.statuses[s as Status]}: ${n}`).join(' / '));

  h(2, L.checklist, `${lang}-checklist`);
  for (const area of AREAS) {
    h(3, area.title[lang]);
    for (const c of report.checklist.filter((x) => x.area === area.id)) {
      h(4, `${c.id} ${c.title[lang]}: ${L.statuses[c.status]}`, `${lang}-${c.id}`);
      const findings = (label: string, fs: typeof c.present) => {
        if (fs.length === 0) return;
        p(`${label}:`);
        list(fs.map((f) => (f.resources.length > 0 ? `${f.text[lang]} [${resourceList(f.resources)}]` : f.text[lang])));
      };
      findings(L.present, c.present);
      findings(L.missing, c.missing);
      if (c.guidance.length > 0) {
        p(`${L.guidance}:`);
        list(c.guidance.map((g) => g[lang]));
      }
    }
  }

  const r = report.residency;
  h(2, L.residency, `${lang}-residency`);
  h(3, L.stackRegions);
  table([L.stacks, L.region, L.inJapan], r.stacks.map((s) => [s.name, s.region, s.inJapan ? L.yes : L.no]));
  h(3, L.regionsFound);
  table([L.region, L.inJapan, L.where], r.regions.map((x) => [x.region, x.inJapan ? L.yes : L.no, locationList(x.locations, lang)]));
  h(3, L.modelsFound);
  table([L.modelId, L.scope, L.where], r.models.map((m) => [m.id, L.scopes[m.scope], locationList(m.locations, lang)]));
  h(3, L.globalPaths);
  if (r.globalPaths.length === 0) p(L.noGlobalPaths);
  else list(r.globalPaths.map((g) => `${resourceName(g.resource)}: ${g.what} (${g.detail})`));

  h(2, L.encryption, `${lang}-encryption`);
  table(
    [L.store, L.kind, L.key, L.rotation, L.tlsOnly],
    report.encryption.map((e) => [
      resourceName(e.store),
      e.kind,
      e.key.key ? `${L.keyKinds[e.key.kind]}: ${resourceName(e.key.key)}` : `${L.keyKinds[e.key.kind]}${e.key.literal ? ` (${e.key.literal})` : ''}`,
      e.key.rotation ? (e.key.rotation.enabled ? `${L.yes}${e.key.rotation.periodDays ? ` (${e.key.rotation.periodDays} d)` : ''}` : L.no) : '-',
      e.tlsOnly === undefined ? '-' : e.tlsOnly ? L.yes : L.no,
    ]),
  );

  const n = report.network;
  h(2, L.network, `${lang}-network`);
  h(3, L.subnets);
  table(
    [L.subnet, L.az, L.cidr, L.routeTables, L.routes],
    n.subnets.map((s) => [resourceName(s.subnet), s.availabilityZone, s.cidr, resourceList(s.routeTables, true), s.routes.length ? s.routes.map((x) => `${x.destination} -> ${x.target}`).join('; ') : L.noRoutes]),
  );
  h(3, L.endpoints);
  table(
    [L.endpoint, L.service, L.type, L.azs, L.policy],
    n.endpoints.map((e) => [resourceName(e.endpoint), e.service, e.endpointType, e.endpointType === 'Interface' ? String(e.subnetCount) : '-', e.policy.join(' | ') || '-']),
  );
  h(3, L.securityGroups);
  table(
    [L.group, L.direction, L.protocol, L.ports, L.peer, L.description],
    n.securityGroups.flatMap((g) =>
      g.rules.length === 0
        ? [[resourceName(g.group), '-', '-', '-', '-', g.description]]
        : g.rules.map((x) => [resourceName(g.group), x.direction, x.protocol, x.ports, x.peer, x.description || g.description]),
    ),
  );
  h(3, L.internetPaths);
  if (n.internetPaths.found.length === 0) p(L.noInternetPath(n.internetPaths.checkedTypes.length, n.internetPaths.templatesChecked));
  else {
    p(L.internetPathFound);
    list(n.internetPaths.found.map((f) => `${resourceName(f.resource)}: ${f.why}`));
  }
  p(`${L.checkedTypes}: ${n.internetPaths.checkedTypes.join(', ')}.`);
  p(`${L.checkedProperties}: ${n.internetPaths.checkedProperties.join('; ')}.`);

  const g = report.policyGate;
  h(2, L.policyGate, `${lang}-policy-gate`);
  table(
    [L.pack, L.openFindings, L.acknowledgments],
    g.packs.map((x) => [`${x.pack}: ${x.description[lang]}`, x.openFindings === undefined ? L.unknown : `${x.openFindings}${x.openRules.length ? ` (${x.openRules.join(', ')})` : ''}`, String(x.acknowledgments)]),
    [1, 2],
  );
  p(L.gateHow(g.validationReportFound, g.packs.reduce((n, x) => n + (x.openFindings ?? 0), 0) + g.otherPlugins.reduce((n, x) => n + x.openFindings, 0)));
  if (g.otherPlugins.length > 0) {
    p(`${L.otherPlugins}:`);
    list(g.otherPlugins.map((o) => `${o.name}: ${o.openFindings}`));
  }
  h(3, L.ledger);
  p(L.ledgerNote);
  const grouped = new Map<string, { pack: string; rule: string; reason: string; resources: ResourceRef[] }>();
  for (const a of g.ledger) {
    const key = `${a.pack}\u0000${a.rule}\u0000${a.reason}`;
    const entry = grouped.get(key) ?? { pack: a.pack, rule: a.rule, reason: a.reason, resources: [] };
    entry.resources.push(a.resource);
    grouped.set(key, entry);
  }
  const ledgerRows = [...grouped.values()].sort((a, b) => compareText(a.pack, b.pack) || compareText(a.rule, b.rule) || compareText(a.reason, b.reason));
  table([L.pack, L.rule, L.resources, L.reason], ledgerRows.map((x) => [x.pack, x.rule, resourceList(x.resources, true), x.reason]));

  const c = report.cost;
  h(2, L.cost, `${lang}-cost`);
  p(L.costNote(c.region, c.pricesRecordedOn, c.hoursPerMonth));
  table(
    [L.costItem, L.quantity, L.unitPrice, L.monthly, L.source],
    [
      ...c.lines.map((x): Cell[] => [x.item[lang], String(x.quantity), `${x.unitPriceUsd}${x.verify ? '*' : ''} (${x.unit})`, x.monthlyUsd.toFixed(2), x.source]),
      [L.total, '', '', c.totalMonthlyUsd.toFixed(2), ''],
    ],
    [1, 3],
  );
  const notes = c.lines.filter((x) => x.note).map((x) => `${x.source}: ${x.note}`);
  list([...new Set(notes)]);
  p(`${L.usage}:`);
  list(c.usageNotes.map((u) => u[lang]));

  h(2, L.fisc, `${lang}-fisc`);
  p(L.fiscNote);
  table(
    [L.theme, L.item, L.evidence],
    report.fisc.map((f) => [
      f.theme[lang],
      f.items.map((i) => `${i.id} ${L.statuses[i.status]}`).join(', '),
      [f.note[lang], ...f.sections.map((s) => L.sections[s])].join(' / '),
    ]),
  );
  return blocks;
}
