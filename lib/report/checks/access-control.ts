import { ALL_SIGNED_IN_USERS } from '../../../contracts/chat-settings';
import { IDP_GROUP_MAPPING_ENV } from '../../../contracts/idp-groups';
import { type CheckOutcome, type Finding, finding, outcomeOf } from '../checklist';
import { guardedChatFunctions } from '../chat-function';
import { actionMatches, dedupe, identityGrants } from '../iam-grants';
import type { AssemblyModel } from '../model';
import { text } from '../model';
import { type LocatedResource, asArray, getPath, isRecord, isTrue, props, refOf, resolveTarget, resourcesOfType } from '../template-query';

/** Environment variable names that suggest a secret (the kit reads secrets at run time instead). */
export const SECRET_ENV_NAME = /(SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE_KEY|API_KEY|CREDENTIAL)/i;
/** Longest access/ID token lifetime counted as prompt revocation. */
export const MAX_ACCESS_TOKEN_MINUTES = 60;
/** Longest refresh token lifetime: a user disabled in the IdP loses access within this time. */
export const MAX_REFRESH_TOKEN_MINUTES = 24 * 60;

const refs = (rs: LocatedResource[]) => rs.map(refOf);

export function federatedProviders(model: AssemblyModel): LocatedResource[] {
  return resourcesOfType(model, 'AWS::Cognito::UserPoolIdentityProvider').filter((p) => ['SAML', 'OIDC'].includes(String(props(p).ProviderType)));
}

/**
 * A GET that returns one fixed S3 object (API Gateway's S3 integration): a static file of the web
 * client, which must load before anyone can sign in and carries no data.
 */
export function isStaticFileMethod(m: LocatedResource): boolean {
  const p = props(m);
  const integration = p.Integration;
  if (p.HttpMethod !== 'GET' || !isRecord(integration) || integration.Type !== 'AWS') return false;
  // The literal parts of the URI: an S3 path with no request parameter ({proxy}, {key}).
  const raw = integration.Uri;
  const join = isRecord(raw) && Array.isArray(raw['Fn::Join']) ? (raw['Fn::Join'] as unknown[])[1] : undefined;
  const literal = typeof raw === 'string' ? raw : Array.isArray(join) ? join.filter((x): x is string => typeof x === 'string').join('') : '';
  return literal.includes(':s3:path/') && !/[{}]/.test(literal);
}

/** API methods (except CORS preflight) and whether each uses the Cognito authorizer. */
function apiMethods(model: AssemblyModel): { cognito: LocatedResource[]; staticFiles: LocatedResource[]; other: LocatedResource[] } {
  const methods = resourcesOfType(model, 'AWS::ApiGateway::Method').filter((m) => props(m).HttpMethod !== 'OPTIONS');
  const cognito = methods.filter((m) => props(m).AuthorizationType === 'COGNITO_USER_POOLS');
  const staticFiles = methods.filter((m) => !cognito.includes(m) && isStaticFileMethod(m));
  return { cognito, staticFiles, other: methods.filter((m) => !cognito.includes(m) && !staticFiles.includes(m)) };
}

function authorizerFindings(model: AssemblyModel, present: Finding[], missing: Finding[]): void {
  const { cognito, staticFiles, other } = apiMethods(model);
  if (cognito.length > 0) present.push(finding(text('API methods require a Cognito user-pool token.', 'API メソッドは Cognito ユーザープールのトークンを必須とする。'), refs(cognito)));
  if (staticFiles.length > 0) {
    present.push(finding(text('Without a token only the web client\'s fixed static files are served (GET of one S3 object each, no data): the page must load before sign-in.', 'トークンなしで返すのは Web クライアントの固定の静的ファイルのみ（各 1 つの S3 オブジェクトの GET、データなし）。サインイン前にページを読み込むため。'), refs(staticFiles)));
  }
  if (other.length > 0) missing.push(finding(text('API methods without the Cognito authorizer.', 'Cognito オーソライザーのない API メソッド。'), refs(other)));
  if (cognito.length + other.length === 0) missing.push(finding(text('No API methods with an authorizer.', 'オーソライザー付きの API メソッドがない。')));
}

/** sign-in through the corporate IdP, MFA for local users, no self sign-up, tokens required on the API. */
export function checkA1(model: AssemblyModel): CheckOutcome {
  const pools = resourcesOfType(model, 'AWS::Cognito::UserPool');
  if (pools.length === 0) return { status: 'gap', present: [], missing: [finding(text('No Cognito user pool.', 'Cognito ユーザープールがない。'))], guidance: [] };
  const present: Finding[] = [];
  const missing: Finding[] = [];
  const idps = federatedProviders(model);
  if (idps.length > 0) {
    present.push(finding(text(`Single sign-on through the corporate IdP (${[...new Set(idps.map((p) => String(props(p).ProviderType)))].join(', ')}).`, `社内 IdP によるシングルサインオン（${[...new Set(idps.map((p) => String(props(p).ProviderType)))].join('、')}）。`), refs(idps)));
  } else {
    missing.push(finding(text('No SAML or OIDC identity provider: sign-in is not federated with the corporate IdP.', 'SAML/OIDC の ID プロバイダーがなく、社内 IdP と連携していない。'), refs(pools)));
  }
  const mfaOn = pools.filter((p) => props(p).MfaConfiguration === 'ON');
  const mfaOff = pools.filter((p) => !mfaOn.includes(p));
  if (mfaOn.length > 0) present.push(finding(text('MFA is required for local users (MfaConfiguration: ON).', 'ローカルユーザーに MFA を必須化（MfaConfiguration: ON）。'), refs(mfaOn)));
  if (mfaOff.length > 0) missing.push(finding(text('User pools where MFA is optional or off.', 'MFA が任意または無効のユーザープール。'), refs(mfaOff)));
  const adminOnly = pools.filter((p) => isTrue(getPath(props(p), 'AdminCreateUserConfig.AllowAdminCreateUserOnly')));
  const selfSignUp = pools.filter((p) => !adminOnly.includes(p));
  if (adminOnly.length > 0) present.push(finding(text('Self sign-up is disabled (AllowAdminCreateUserOnly).', 'セルフサインアップは無効（AllowAdminCreateUserOnly）。'), refs(adminOnly)));
  if (selfSignUp.length > 0) missing.push(finding(text('User pools that allow self sign-up.', 'セルフサインアップを許可するユーザープール。'), refs(selfSignUp)));
  const threat = pools.filter((p) => getPath(props(p), 'UserPoolAddOns.AdvancedSecurityMode') === 'ENFORCED');
  if (threat.length > 0) present.push(finding(text('Threat protection is enforced (AdvancedSecurityMode: ENFORCED).', '脅威保護を適用（AdvancedSecurityMode: ENFORCED）。'), refs(threat)));
  authorizerFindings(model, present, missing);
  return outcomeOf(present, missing, [
    text('Require MFA in the corporate IdP for federated users; the user pool enforces MFA for its local users only.', 'フェデレーションユーザーの MFA は社内 IdP 側で必須にする。ユーザープールが MFA を強制できるのはローカルユーザーのみ。'),
  ]);
}

/** Environment variable of the sign-in trigger that holds the IdP group -> Cognito groups mapping. */
export { IDP_GROUP_MAPPING_ENV };

/** User pools whose pre-token-generation trigger is a function carrying an IdP group mapping. */
function idpGroupMappings(model: AssemblyModel): Array<{ pool: LocatedResource; fn: LocatedResource; mapping: Record<string, string[]> }> {
  const out: Array<{ pool: LocatedResource; fn: LocatedResource; mapping: Record<string, string[]> }> = [];
  for (const pool of resourcesOfType(model, 'AWS::Cognito::UserPool')) {
    const fn = resolveTarget(model, pool.stack, getPath(props(pool), 'LambdaConfig.PreTokenGenerationConfig.LambdaArn'));
    const raw = fn ? getPath(props(fn), `Environment.Variables.${IDP_GROUP_MAPPING_ENV}`) : undefined;
    if (!fn || typeof raw !== 'string') continue;
    try {
      const mapping: unknown = JSON.parse(raw);
      if (isRecord(mapping) && Object.values(mapping).every((v) => Array.isArray(v) && v.every((g) => typeof g === 'string'))) {
        out.push({ pool, fn, mapping: mapping as Record<string, string[]> });
      }
    } catch {
      // Not a mapping this report can read: no finding.
    }
  }
  return out;
}

export interface AccessGate {
  readonly fn: LocatedResource;
  /** `allowedGroups` of the chat function's settings; undefined when it carries none. */
  readonly allowedGroups?: readonly string[];
  /** Listed groups that are user-pool groups of the templates. */
  readonly defined: readonly string[];
  /** Listed groups no template defines. */
  readonly undefinedGroups: readonly string[];
  /** The gate admits only members of defined groups (no "*", nothing undefined, at least one group). */
  readonly limitsToDefinedGroups: boolean;
}

/** The chat functions' access gate (`allowedGroups` in CHAT_CONFIG), against the user-pool groups defined. */
export function accessGates(model: AssemblyModel): AccessGate[] {
  const names = new Set(resourcesOfType(model, 'AWS::Cognito::UserPoolGroup').map((g) => String(props(g).GroupName ?? g.logicalId)));
  return guardedChatFunctions(model).map((c) => {
    const raw = c.settings?.allowedGroups;
    const allowedGroups = Array.isArray(raw) && raw.every((g) => typeof g === 'string') ? (raw as string[]) : undefined;
    const listed = (allowedGroups ?? []).filter((g) => g !== ALL_SIGNED_IN_USERS);
    const defined = listed.filter((g) => names.has(g)).sort();
    const undefinedGroups = listed.filter((g) => !names.has(g)).sort();
    const limitsToDefinedGroups = allowedGroups !== undefined && !allowedGroups.includes(ALL_SIGNED_IN_USERS) && defined.length > 0 && undefinedGroups.length === 0;
    return { fn: c.fn, allowedGroups, defined, undefinedGroups, limitsToDefinedGroups };
  });
}

/** Cognito groups for departments and roles; chat limited to members of defined groups (the access gate). */
export function checkA2(model: AssemblyModel): CheckOutcome {
  const groups = resourcesOfType(model, 'AWS::Cognito::UserPoolGroup');
  const present: Finding[] = [];
  const missing: Finding[] = [];
  for (const gate of accessGates(model)) {
    if (gate.limitsToDefinedGroups) {
      present.push(finding(text(`Chat is limited to members of ${gate.defined.join(', ')}; anyone else gets 403 and a denied audit event (allowedGroups).`, `チャットは ${gate.defined.join('、')} のメンバーに限られ、それ以外は 403 と拒否の監査イベントになる（allowedGroups）。`), [refOf(gate.fn)]));
    } else if (gate.allowedGroups === undefined) {
      missing.push(finding(text('The chat function has no access gate: every signed-in user may chat.', 'チャット関数にアクセスゲートがなく、サインインした全員がチャットできる。'), [refOf(gate.fn)]));
    } else if (gate.allowedGroups.includes(ALL_SIGNED_IN_USERS)) {
      missing.push(finding(text('allowedGroups is "*": every signed-in user may chat, whatever their groups.', 'allowedGroups が "*" のため、グループに関係なくサインインした全員がチャットできる。'), [refOf(gate.fn)]));
    } else {
      missing.push(finding(text(`allowedGroups names groups no template defines: ${gate.undefinedGroups.join(', ')}.`, `allowedGroups にテンプレートで定義されていないグループがある: ${gate.undefinedGroups.join('、')}。`), [refOf(gate.fn)]));
    }
  }
  if (groups.length > 0) {
    const names = groups.map((g) => String(props(g).GroupName ?? g.logicalId)).sort();
    present.push(finding(text(`User-pool groups for departments and roles: ${names.join(', ')}.`, `部署・役割のユーザープールグループ: ${names.join('、')}。`), refs(groups)));
  } else {
    missing.push(finding(text('No user-pool groups (departments, roles).', 'ユーザープールグループ（部署・役割）がない。')));
  }
  for (const mapped of idpGroupMappings(model)) {
    const targets = [...new Set(Object.values(mapped.mapping).flat())].sort();
    const count = Object.keys(mapped.mapping).length;
    present.push(
      finding(
        text(
          `Group membership follows the corporate IdP: ${count} IdP group(s) map to ${targets.join(', ')} in every token (pre-token-generation trigger).`,
          `グループ所属は社内 IdP に従う: ${count} 個の IdP グループを ${targets.join('、')} に対応付け、発行されるすべてのトークンに反映（トークン生成前トリガー）。`,
        ),
        [refOf(mapped.pool), refOf(mapped.fn)],
      ),
    );
  }
  const perGroup = guardedChatFunctions(model).filter((c) => isRecord(getPath(c.settings, 'guard.groups')) && Object.keys(getPath(c.settings, 'guard.groups') as object).length > 0);
  if (perGroup.length > 0) {
    const names = [...new Set(perGroup.flatMap((c) => Object.keys(getPath(c.settings, 'guard.groups') as object)))].sort();
    present.push(finding(text(`Per-group guard policies: ${names.join(', ')}.`, `グループ別のガードポリシー: ${names.join('、')}。`), refs(perGroup.map((c) => c.fn))));
  }
  // Knowledge base: the Retrieve filter comes from verified claims and every chunk is re-checked.
  const retrieving = guardedChatFunctions(model).filter((c) => isRecord(getPath(c.settings, 'knowledgeBase')));
  if (retrieving.length > 0) {
    const kb = getPath(retrieving[0].settings, 'knowledgeBase') as Record<string, unknown>;
    const clearances = isRecord(kb.clearances) ? Object.entries(kb.clearances).map(([g, c]) => `${g}=${String(c)}`).join(', ') : '';
    const departments = [...(kb.useDepartmentClaim === true ? ['the department claim'] : []), ...(Array.isArray(kb.departmentGroups) ? kb.departmentGroups.map(String) : [])].join(', ') || 'none';
    present.push(
      finding(
        text(
          `Knowledge-base retrieval is filtered by the caller's verified claims only (departments from ${departments}; clearance from groups: ${clearances || 'none, so public only'}), never by the request body; every returned chunk's metadata is re-checked against the caller and a mismatch is dropped and counted in the audit event (knowledgeBase.dropped). Citations to chunks not retrieved for the caller are flagged.`,
          `ナレッジベースの検索は検証済みのクレームのみで絞り込む（部署: ${departments}、クリアランス: ${clearances || 'なし（public のみ）'}）。リクエスト本文は使わない。返された各チャンクのメタデータを呼び出し元と照合し直し、一致しないものは捨てて監査イベントに数える（knowledgeBase.dropped）。取得していないチャンクへの引用は警告する。`,
        ),
        refs(retrieving.map((c) => c.fn)),
      ),
    );
  }
  authorizerFindings(model, present, missing);
  if (!accessGates(model).some((g) => g.limitsToDefinedGroups)) {
    return { status: present.length > 0 ? 'partial' : 'gap', present, missing, guidance: [text('Limit chat to defined groups with chat.allowedGroups (the default: ai-users and ai-admins).', 'chat.allowedGroups でチャットを定義済みのグループに限る（既定: ai-users と ai-admins）。')] };
  }
  return outcomeOf(present, missing, [
    text('Map IdP groups to the user-pool groups in the deployment config (identity.groups[].idpGroups) and review the mapping when departments change.', 'IdP のグループとユーザープールグループの対応をデプロイ設定（identity.groups[].idpGroups）で定め、組織変更の際に見直す。'),
  ]);
}

/** rotating customer-managed keys, no long-lived access keys, no secrets in function environments. */
export function checkA3(model: AssemblyModel): CheckOutcome {
  const keys = resourcesOfType(model, 'AWS::KMS::Key');
  if (keys.length === 0) return { status: 'gap', present: [], missing: [finding(text('No customer-managed KMS keys.', 'カスタマーマネージド KMS キーがない。'))], guidance: [] };
  const present: Finding[] = [];
  const missing: Finding[] = [];
  const rotating = keys.filter((k) => isTrue(props(k).EnableKeyRotation));
  const notRotating = keys.filter((k) => !rotating.includes(k));
  if (rotating.length > 0) {
    const periods = [...new Set(rotating.map((k) => Number(props(k).RotationPeriodInDays ?? 365)))].sort((a, b) => a - b);
    present.push(finding(text(`${rotating.length} KMS key(s) rotate automatically (every ${periods.join(', ')} days).`, `${rotating.length} 個の KMS キーが自動ローテーション（${periods.join('、')} 日ごと）。`), refs(rotating)));
  }
  if (notRotating.length > 0) missing.push(finding(text('KMS keys without automatic rotation.', '自動ローテーションのない KMS キー。'), refs(notRotating)));
  const accessKeys = resourcesOfType(model, 'AWS::IAM::AccessKey');
  const users = resourcesOfType(model, 'AWS::IAM::User');
  if (accessKeys.length + users.length === 0) {
    present.push(finding(text('No IAM users or access keys: workloads use roles with temporary credentials.', 'IAM ユーザーやアクセスキーはなく、ワークロードは一時認証情報のロールを使う。')));
  } else {
    missing.push(finding(text('IAM users or long-lived access keys are defined.', 'IAM ユーザーまたは長期のアクセスキーが定義されている。'), refs([...users, ...accessKeys])));
  }
  const functions = resourcesOfType(model, 'AWS::Lambda::Function');
  const leaky = functions.filter((f) => Object.keys((getPath(props(f), 'Environment.Variables') as object | undefined) ?? {}).some((n) => SECRET_ENV_NAME.test(n)));
  if (leaky.length > 0) {
    missing.push(finding(text('Function environment variables whose names suggest secrets.', '名前から秘密情報と思われる関数の環境変数。'), refs(leaky)));
  } else if (functions.length > 0) {
    present.push(finding(text(`No secret-named environment variable in ${functions.length} function(s).`, `${functions.length} 個の関数に秘密情報らしい名前の環境変数はない。`), refs(functions)));
  }
  const secrets = resourcesOfType(model, 'AWS::SecretsManager::Secret');
  const rotations = resourcesOfType(model, 'AWS::SecretsManager::RotationSchedule');
  const unrotated = secrets.filter((s) => !rotations.some((r) => JSON.stringify(props(r).SecretId ?? '').includes(s.logicalId)));
  if (unrotated.length > 0) missing.push(finding(text('Secrets without a rotation schedule.', 'ローテーションスケジュールのないシークレット。'), refs(unrotated)));
  return outcomeOf(present, missing, [
    text('Restrict kms:ScheduleKeyDeletion and key-policy changes to a break-glass role; review key users yearly.', 'kms:ScheduleKeyDeletion とキーポリシーの変更は緊急用ロールに限定し、キー利用者を年 1 回見直す。'),
  ]);
}

/** federated identities and short token lifetimes, so disabling a user in the IdP takes effect quickly. */
export function checkA4(model: AssemblyModel): CheckOutcome {
  const clients = resourcesOfType(model, 'AWS::Cognito::UserPoolClient');
  const idps = federatedProviders(model);
  if (clients.length === 0 && idps.length === 0) {
    return { status: 'gap', present: [], missing: [finding(text('No user-pool clients or federated identity providers.', 'ユーザープールクライアントもフェデレーション ID プロバイダーもない。'))], guidance: [] };
  }
  const present: Finding[] = [];
  const missing: Finding[] = [];
  if (idps.length > 0) present.push(finding(text('Identities are federated: disabling a user in the corporate IdP stops new sign-ins.', 'ID はフェデレーションされており、社内 IdP でユーザーを無効化すると新たなサインインが止まる。'), refs(idps)));
  else missing.push(finding(text('No federated identity provider: revocation depends on managing local users.', 'フェデレーション ID プロバイダーがなく、取り消しはローカルユーザーの管理に依存する。')));
  for (const c of clients) {
    const t = tokenLifetimes(props(c));
    const summary = `access ${t.accessMinutes} min, ID ${t.idMinutes} min, refresh ${t.refreshMinutes} min`;
    const summaryJa = `アクセス ${t.accessMinutes} 分、ID ${t.idMinutes} 分、リフレッシュ ${t.refreshMinutes} 分`;
    const ok = t.accessMinutes <= MAX_ACCESS_TOKEN_MINUTES && t.idMinutes <= MAX_ACCESS_TOKEN_MINUTES && t.refreshMinutes <= MAX_REFRESH_TOKEN_MINUTES;
    if (ok) present.push(finding(text(`Token lifetimes: ${summary}.`, `トークン有効期間: ${summaryJa}。`), [refOf(c)]));
    else missing.push(finding(text(`Token lifetimes longer than ${MAX_ACCESS_TOKEN_MINUTES} min (access/ID) or ${MAX_REFRESH_TOKEN_MINUTES} min (refresh): ${summary}.`, `トークン有効期間がアクセス/ID ${MAX_ACCESS_TOKEN_MINUTES} 分またはリフレッシュ ${MAX_REFRESH_TOKEN_MINUTES} 分を超える: ${summaryJa}。`), [refOf(c)]));
    if (props(c).EnableTokenRevocation === false) missing.push(finding(text('Token revocation is disabled.', 'トークンの取り消しが無効。'), [refOf(c)]));
  }
  return outcomeOf(present, missing, [
    text('Disable leavers in the IdP first; for immediate effect also sign the user out globally in Cognito (AdminUserGlobalSignOut).', '退職者は IdP で先に無効化し、即時に反映するには Cognito でグローバルサインアウト（AdminUserGlobalSignOut）も行う。'),
  ]);
}

/** Token lifetimes of a user-pool client in minutes, with CloudFormation's defaults and units. */
export function tokenLifetimes(p: Record<string, unknown>): { accessMinutes: number; idMinutes: number; refreshMinutes: number } {
  const unit = (key: string, fallback: string) => String(getPath(p, `TokenValidityUnits.${key}`) ?? fallback);
  const minutes = (value: unknown, u: string, fallbackMinutes: number) => {
    if (typeof value !== 'number') return fallbackMinutes;
    return u === 'seconds' ? value / 60 : u === 'minutes' ? value : u === 'hours' ? value * 60 : value * 1440;
  };
  return {
    accessMinutes: minutes(p.AccessTokenValidity, unit('AccessToken', 'hours'), 60),
    idMinutes: minutes(p.IdTokenValidity, unit('IdToken', 'hours'), 60),
    refreshMinutes: minutes(p.RefreshTokenValidity, unit('RefreshToken', 'days'), 30 * 1440),
  };
}

/** Concrete actions that make a principal an administrator of something worth listing. */
const PRIVILEGED_ACTIONS = [
  'iam:CreateUser',
  'iam:AttachRolePolicy',
  'iam:PutRolePolicy',
  'iam:PassRole',
  'kms:PutKeyPolicy',
  'kms:ScheduleKeyDeletion',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminDeleteUser',
];

/** who administers what, from the templates: admin-level grants, key administrators, admin groups. */
export function checkA5(model: AssemblyModel): CheckOutcome {
  const present: Finding[] = [];
  const missing: Finding[] = [];
  const grants = identityGrants(model);
  const full = grants.filter((g) => g.actions.some((a) => a === '*' || a.toLowerCase() === 'iam:*'));
  if (full.length > 0) {
    missing.push(finding(text('Principals with full or IAM-wide administrative permissions.', '全権限または IAM 全体の管理権限を持つプリンシパル。'), refs(dedupe(full.flatMap((g) => (g.principals.length ? g.principals : [g.policy]))))));
  } else {
    present.push(finding(text('No principal in the templates is granted "*" or "iam:*".', 'テンプレート中に "*" や "iam:*" を許可されたプリンシパルはない。')));
  }
  const privileged = grants.filter((g) => !full.includes(g) && g.actions.some((a) => PRIVILEGED_ACTIONS.some((x) => actionMatches(a, x))));
  const privilegedPrincipals = dedupe(privileged.flatMap((g) => (g.principals.length ? g.principals : [g.policy])));
  if (privilegedPrincipals.length > 0) {
    present.push(finding(text('Principals with privileged actions (IAM role changes, key administration, user-pool administration), listed for review.', '特権操作（IAM ロール変更、キー管理、ユーザープール管理）を持つプリンシパル（見直し用の一覧）。'), refs(privilegedPrincipals)));
  }
  const keys = resourcesOfType(model, 'AWS::KMS::Key');
  const rootAdmin = keys.filter((k) =>
    asArray(getPath(props(k), 'KeyPolicy.Statement')).some((s) => isRecord(s) && s.Effect === 'Allow' && asArray(s.Action).includes('kms:*') && JSON.stringify(s.Principal ?? '').includes(':root')),
  );
  if (rootAdmin.length > 0) {
    present.push(finding(text('Key administration is delegated to the account (key policy grants kms:* to the account root), so IAM policies outside the templates decide who administers keys.', 'キー管理はアカウントに委任されており（キーポリシーがアカウントルートに kms:* を許可）、テンプレート外の IAM ポリシーがキー管理者を決める。'), refs(rootAdmin)));
  }
  const adminGroups = resourcesOfType(model, 'AWS::Cognito::UserPoolGroup').filter((g) => /admin/i.test(`${String(props(g).GroupName ?? '')} ${String(props(g).Description ?? '')}`));
  if (adminGroups.length > 0) present.push(finding(text(`Application administrator groups: ${adminGroups.map((g) => String(props(g).GroupName)).join(', ')}.`, `アプリケーション管理者グループ: ${adminGroups.map((g) => String(props(g).GroupName)).join('、')}。`), refs(adminGroups)));
  return outcomeOf(present, missing, [
    text('Account administrators (IAM Identity Center permission sets, break-glass users) are outside these templates: list them with this report and review them quarterly.', 'アカウント管理者（IAM Identity Center の権限セット、緊急用ユーザー）はテンプレート外にある。本レポートと併せて一覧化し、四半期ごとに見直す。'),
  ]);
}
