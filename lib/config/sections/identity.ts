import { scryptSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { isUnique } from '../value-checks';

/** Repository root: metadata files in the config are relative to it. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** Cognito accepts SAML metadata documents up to this many characters. */
export const SAML_METADATA_MAX_CHARS = 131_072;

/** IdPs whose attribute claim names the kit knows; `generic` uses plain names. */
export const SAML_PRESETS = ['entra-id', 'okta', 'google-workspace', 'hennge-one', 'generic'] as const;
export type SamlPreset = (typeof SAML_PRESETS)[number];

export interface SamlClaims {
  /** SAML attribute carrying the e-mail address (mapped to `email`). */
  readonly email: string;
  /** SAML attribute carrying the display name (mapped to `name`). */
  readonly displayName: string;
  /** SAML attribute carrying the department (mapped to `custom:department`). */
  readonly department: string;
  /** SAML attribute carrying the IdP's group claim (mapped to `custom:idp_groups`). */
  readonly groups: string;
}

const PLAIN_CLAIMS: SamlClaims = { email: 'email', displayName: 'displayName', department: 'department', groups: 'groups' };

/**
 * Claim names per IdP. Entra ID sends its schema URIs; Okta, Google Workspace and HENNGE One
 * send whatever names the admin types into the SAML app, so the kit asks for plain names.
 */
export const SAML_PRESET_CLAIMS: Record<SamlPreset, SamlClaims> = {
  'entra-id': {
    email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
    displayName: 'http://schemas.microsoft.com/identity/claims/displayname',
    department: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/department',
    groups: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
  },
  okta: PLAIN_CLAIMS,
  'google-workspace': PLAIN_CLAIMS,
  'hennge-one': PLAIN_CLAIMS,
  generic: PLAIN_CLAIMS,
};

/** Read a metadata file named in the config (relative to the repository root). */
export function readMetadataFile(relativePath: string): string {
  return fs.readFileSync(path.resolve(REPO_ROOT, relativePath), 'utf8');
}

/**
 * Why a document is not usable IdP metadata, or undefined when it is. A light structural check
 * (no XML parser): an EntityDescriptor with an entityID, an IDPSSODescriptor, a SingleSignOnService
 * and a signing X.509 certificate, which is what Cognito needs to verify assertions.
 */
export function samlMetadataProblem(xml: string): string | undefined {
  const body = xml.replace(/^\uFEFF/, '').trim();
  if (!body.startsWith('<')) return 'is not XML';
  if (body.length > SAML_METADATA_MAX_CHARS) return `is larger than Cognito's ${SAML_METADATA_MAX_CHARS}-character limit`;
  if (!/<([\w-]+:)?EntityDescriptor\b[^>]*\bentityID\s*=\s*"[^"]+"/.test(body)) {
    return 'has no <EntityDescriptor entityID="..."> (is it SAML 2.0 metadata?)';
  }
  const idp = /<([\w-]+:)?IDPSSODescriptor\b[\s\S]*?<\/([\w-]+:)?IDPSSODescriptor>/.exec(body);
  if (!idp) return 'has no <IDPSSODescriptor> (is it service-provider metadata instead of IdP metadata?)';
  if (!/<([\w-]+:)?SingleSignOnService\b[^>]*\bLocation\s*=\s*"https:\/\//.test(idp[0])) {
    return 'has no <SingleSignOnService> with an https Location';
  }
  const keys = idp[0].match(/<([\w-]+:)?KeyDescriptor\b[^>]*>[\s\S]*?<\/([\w-]+:)?KeyDescriptor>/g) ?? [];
  const signing = keys.filter((k) => !/^<[^>]*\buse\s*=\s*"encryption"/.test(k));
  if (!signing.some((k) => /<([\w-]+:)?X509Certificate>\s*[A-Za-z0-9+/=\s]{100,}\s*<\/([\w-]+:)?X509Certificate>/.test(k))) {
    return 'has no signing <KeyDescriptor> with an X509Certificate';
  }
  return undefined;
}

const httpsUrl = (what: string) =>
  z.string().superRefine((v, ctx) => {
    let url: URL;
    try {
      url = new URL(v);
    } catch {
      ctx.addIssue({ code: 'custom', message: `must be an absolute https:// URL (${what})` });
      return;
    }
    if (url.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: `must use https:// (${what})` });
    else if (url.hash) ctx.addIssue({ code: 'custom', message: `must not contain a #fragment (${what})` });
  });

const claimName = z.string().min(1, { message: 'must not be empty' }).max(256);

export const samlProviderSchema = z
  .object({
    /** Provider name shown on the hosted UI and used in `identity_provider=` links: 3-32 characters. */
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9-]{2,31}$/, {
      message: 'must be 3-32 letters, digits or hyphens, starting with a letter',
    }),
    /** Which IdP this is; selects the default attribute claim names. */
    preset: z.enum(SAML_PRESETS, { message: `must be one of ${SAML_PRESETS.join(', ')}` }).default('generic'),
    /** IdP metadata XML, a path relative to the repository root. Exactly one of metadataFile / metadataUrl. */
    metadataFile: z.string().min(1, { message: 'must name a file' }).optional(),
    /** IdP metadata URL (https). Cognito fetches it at deploy time and refreshes it. */
    metadataUrl: httpsUrl('the IdP metadata URL').optional(),
    /** Override individual claim names of the preset. */
    claims: z
      .object({ email: claimName, displayName: claimName, department: claimName, groups: claimName })
      .partial()
      .strict()
      .default({}),
    /** E-mail domains routed to this IdP from the hosted UI (`identifiers`). */
    emailDomains: z
      .array(z.string().regex(/^(?=.{1,40}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, {
        message: 'must be a lower-case domain name such as example.co.jp (at most 40 characters)',
      }))
      .max(50)
      .default([]),
    /** Sign users out of the IdP too (needs the IdP's SingleLogoutService and Cognito's signing certificate). */
    signOut: z.boolean().default(false),
    /** Ask the IdP to encrypt assertions (upload Cognito's encryption certificate to the IdP). */
    encryptedAssertions: z.boolean().default(false),
  })
  .strict()
  .superRefine((p, ctx) => {
    if ((p.metadataFile === undefined) === (p.metadataUrl === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['metadataFile'],
        message: `provider "${p.name}" needs exactly one of metadataFile (path to the IdP metadata XML) or metadataUrl (https URL of it)`,
      });
      return;
    }
    if (p.metadataFile !== undefined) {
      let xml: string;
      try {
        xml = readMetadataFile(p.metadataFile);
      } catch {
        ctx.addIssue({
          code: 'custom',
          path: ['metadataFile'],
          message: `file not found: ${path.resolve(REPO_ROOT, p.metadataFile)} (paths are relative to the repository root)`,
        });
        return;
      }
      const problem = samlMetadataProblem(xml);
      if (problem) {
        ctx.addIssue({ code: 'custom', path: ['metadataFile'], message: `must be SAML 2.0 IdP metadata XML; ${p.metadataFile} ${problem}` });
      }
    }
  });

export type SamlProviderConfig = z.infer<typeof samlProviderSchema>;

/** Claim names for one provider: the preset's, with the config's overrides. */
export function claimsOf(provider: SamlProviderConfig): SamlClaims {
  return { ...SAML_PRESET_CLAIMS[provider.preset], ...provider.claims };
}

export const groupSchema = z
  .object({
    /** Cognito group name; appears in the `cognito:groups` token claim. */
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, {
      message: 'must be 1-128 letters, digits, "_", "." or "-", starting with a letter or digit',
    }),
    /** `role` groups drive the guard's per-group policy; `department` groups drive audit and reporting. */
    kind: z.enum(['role', 'department'], { message: 'must be "role" or "department"' }),
    description: z.string().max(2048).optional(),
    /**
     * Values of the IdP's group claim whose members get this group in their tokens at sign-in
     * (Entra ID sends group object IDs; Okta, Google Workspace and HENNGE One send group names).
     * Matched exactly. Needs a SAML provider. @default [] (membership managed in Cognito)
     */
    idpGroups: z
      .array(
        z
          .string()
          .min(1, { message: 'must not be empty' })
          .max(256, { message: 'must be at most 256 characters' })
          .regex(/^[^,[\]]+$/, { message: 'must not contain "," "[" or "]" (Cognito joins several group values with them)' })
          .refine((v) => v.trim() === v, { message: 'must not start or end with whitespace' }),
      )
      .max(50, { message: 'at most 50 IdP groups per group' })
      .default([]),
  })
  .strict();

/** Lambda allows 4 KB of environment in all; the mapping keeps a margin for the runtime's own variables. */
export const MAX_MAPPING_CHARS = 3000;

/** IdP group value -> the Cognito groups it maps to (empty when no group maps IdP groups). */
export function idpGroupMapping(identity: Pick<IdentityConfig, 'groups'>): Record<string, string[]> {
  const mapping = new Map<string, string[]>();
  for (const group of identity.groups) {
    for (const idpGroup of group.idpGroups) mapping.set(idpGroup, [...(mapping.get(idpGroup) ?? []), group.name]);
  }
  return Object.fromEntries(mapping);
}

/**
 * The kit's own groups. They exist in every deployment unless `identity.removeBuiltInGroups`
 * names them, so a config that adds department groups does not delete them on deploy. A group in
 * `identity.groups` with the same name replaces the built-in definition (e.g. to map IdP groups).
 */
export const BUILT_IN_GROUPS = [
  { name: 'ai-admins', kind: 'role' as const, description: 'Operators of the AI service', idpGroups: [] as string[] },
  { name: 'ai-users', kind: 'role' as const, description: 'Employees allowed to use the AI service', idpGroups: [] as string[] },
];
export const BUILT_IN_GROUP_NAMES = ['ai-admins', 'ai-users'] as const;
export type BuiltInGroupName = (typeof BUILT_IN_GROUP_NAMES)[number];
/** The groups of a config that names none: the built-in ones. */
export const DEFAULT_GROUPS = BUILT_IN_GROUPS;

type GroupConfig = z.infer<typeof groupSchema>;

/**
 * The user pool's groups: the built-in groups that are not removed (each replaced by a configured
 * group of the same name, if any), then the configured groups in their order.
 */
export function effectiveGroups(configured: readonly GroupConfig[], removeBuiltIn: readonly string[]): GroupConfig[] {
  const byName = new Map(configured.map((g) => [g.name, g]));
  const builtIns = BUILT_IN_GROUPS.filter((g) => !removeBuiltIn.includes(g.name)).map((g) => byName.get(g.name) ?? { ...g, idpGroups: [] });
  const builtInNames = new Set<string>(BUILT_IN_GROUP_NAMES);
  return [...builtIns, ...configured.filter((g) => !builtInNames.has(g.name))];
}

const RESERVED_IN_DOMAIN = /aws|amazon|cognito/;

/** scrypt takes ~0.1 s on purpose; one synth asks for the same prefix from several stacks. */
const derivedPrefixes = new Map<string, string>();

/**
 * The hosted-UI domain prefix when the config names none: `<prefix in lower case>-<12 hex>`.
 * The domain is public DNS, so it must not reveal the account id; a plain hash would not hide it
 * either (a 12-digit id is guessed in 10^12 tries), so the suffix is scrypt over account, region and
 * prefix, far too slow to search. Stable for the same inputs; globally unique in practice.
 */
export function defaultDomainPrefix(prefix: string, account: string, region: string): string {
  const key = `${account}/${region}/${prefix}`;
  const known = derivedPrefixes.get(key);
  if (known !== undefined) return known;
  const suffix = scryptSync(key, 'private-ai-jp/cognito-domain-prefix', 6, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }).toString('hex');
  // Cognito refuses prefixes containing its reserved words; hex digits never form one.
  const name = prefix.toLowerCase().replace(/aws|amazon|cognito/g, '').replace(/^-+|-+$/g, '') || 'sign-in';
  const derived = `${name}-${suffix}`;
  derivedPrefixes.set(key, derived);
  return derived;
}

/** The hosted-UI domain prefix a config deploys: `identity.domainPrefix`, or the derived default. */
export function domainPrefixOf(config: { readonly identity: { readonly domainPrefix?: string }; readonly prefix: string; readonly account: string; readonly region: string }): string {
  return config.identity.domainPrefix ?? defaultDomainPrefix(config.prefix, config.account, config.region);
}

/** Cognito user pool, SAML federation and groups. */
export const identitySchema = z
  .object({
    /**
     * Prefix of the hosted-UI domain `<prefix>.auth.ap-northeast-1.amazoncognito.com`; globally unique.
     * The default does not contain the account id (the name is public DNS).
     * @default `<prefix in lower case>-<12 hex digits derived from account, region and prefix>`
     */
    domainPrefix: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, {
        message: 'must be 1-63 lower-case letters, digits or hyphens, not starting or ending with a hyphen',
      })
      .refine((v) => !RESERVED_IN_DOMAIN.test(v), { message: 'must not contain "aws", "amazon" or "cognito" (Cognito reserves them)' })
      .optional(),
    /** Corporate SAML IdPs. */
    samlProviders: z.array(samlProviderSchema).max(10, { message: 'at most 10 SAML providers' }).default([]),
    /**
     * Allow Cognito-native (break-glass) users. They must use TOTP MFA.
     * @default true when no SAML provider is configured (someone must be able to sign in), otherwise false
     */
    allowLocalUsers: z.boolean().optional(),
    /** Minimum password length for local users. */
    passwordMinLength: z.number().int().min(12, { message: 'must be 12-99 characters' }).max(99, { message: 'must be 12-99 characters' }).default(14),
    /** Where the hosted UI may send the authorization code (https only). */
    callbackUrls: z.array(httpsUrl('OAuth callback URL')).min(1, { message: 'needs at least one callback URL' }).max(100).default(['https://localhost/oauth2/callback']),
    /** Where the hosted UI may send the browser after sign-out (https only). */
    logoutUrls: z.array(httpsUrl('sign-out URL')).min(1, { message: 'needs at least one sign-out URL' }).max(100).default(['https://localhost/']),
    /** Access token lifetime (minutes). */
    accessTokenMinutes: z.number().int().min(5, { message: 'must be 5-60 minutes' }).max(60, { message: 'must be 5-60 minutes' }).default(15),
    /** ID token lifetime (minutes); the API authorizer accepts the ID token. */
    idTokenMinutes: z.number().int().min(5, { message: 'must be 5-60 minutes' }).max(60, { message: 'must be 5-60 minutes' }).default(15),
    /** Refresh token lifetime (hours); rotated on every use. */
    refreshTokenHours: z.number().int().min(1, { message: 'must be 1-720 hours' }).max(720, { message: 'must be 1-720 hours' }).default(12),
    /**
     * Cognito groups (roles and departments), carried in `cognito:groups`, in addition to the
     * built-in `ai-admins` and `ai-users`. Naming a built-in group here replaces its definition.
     */
    groups: z.array(groupSchema).max(100).default([]),
    /**
     * Built-in groups to leave out of the user pool. Removing a group that exists deletes it (and
     * its memberships) on the next deploy, which is why only this explicit list does so.
     * @default [] (both built-in groups are kept)
     */
    removeBuiltInGroups: z
      .array(z.enum(BUILT_IN_GROUP_NAMES, { error: `must name a built-in group: ${BUILT_IN_GROUP_NAMES.join(', ')}` }))
      .refine(isUnique, { error: 'must not repeat a group' })
      .default([]),
  })
  .strict()
  .prefault({})
  .superRefine((id, ctx) => {
    const names = id.samlProviders.map((p) => p.name.toLowerCase());
    names.forEach((n, i) => {
      if (names.indexOf(n) !== i) ctx.addIssue({ code: 'custom', path: ['samlProviders', i, 'name'], message: `repeats provider name "${id.samlProviders[i].name}"` });
    });
    const domains = id.samlProviders.flatMap((p) => p.emailDomains);
    const repeated = domains.filter((d, i) => domains.indexOf(d) !== i);
    if (repeated.length) {
      ctx.addIssue({ code: 'custom', path: ['samlProviders'], message: `e-mail domain ${repeated[0]} is routed to more than one provider` });
    }
    const groups = id.groups.map((g) => g.name);
    groups.forEach((g, i) => {
      if (groups.indexOf(g) !== i) ctx.addIssue({ code: 'custom', path: ['groups', i, 'name'], message: `repeats group "${g}"` });
    });
    if (id.samlProviders.length === 0) {
      id.groups.forEach((g, i) => {
        if (g.idpGroups.length > 0) {
          ctx.addIssue({ code: 'custom', path: ['groups', i, 'idpGroups'], message: 'maps IdP groups, which needs at least one entry in identity.samlProviders' });
        }
      });
    }
    id.groups.forEach((g, i) => {
      if ((id.removeBuiltInGroups as readonly string[]).includes(g.name)) {
        ctx.addIssue({ code: 'custom', path: ['groups', i, 'name'], message: `defines "${g.name}", which identity.removeBuiltInGroups removes; drop one of the two` });
      }
    });
    const mappingSize = JSON.stringify(idpGroupMapping(id)).length;
    if (mappingSize > MAX_MAPPING_CHARS) {
      ctx.addIssue({
        code: 'custom',
        path: ['groups'],
        message: `the idpGroups mappings take ${mappingSize} characters as JSON; at most ${MAX_MAPPING_CHARS} fit in the sign-in trigger's environment (map fewer IdP groups, e.g. only the groups assigned to the SAML application)`,
      });
    }
    if (id.allowLocalUsers === false && id.samlProviders.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['allowLocalUsers'],
        message: 'false needs at least one entry in identity.samlProviders, otherwise nobody can sign in',
      });
    }
  })
  .transform((id) => ({ ...id, groups: effectiveGroups(id.groups, id.removeBuiltInGroups) }));

export type IdentityConfig = z.infer<typeof identitySchema>;

/** Whether local users are allowed, after the default that depends on the SAML providers. */
export function localUsersAllowed(identity: IdentityConfig): boolean {
  return identity.allowLocalUsers ?? identity.samlProviders.length === 0;
}
