import { type CheckOutcome, finding, outcomeOf } from '../checklist';
import { type GuardedChatFunction, guardedChatFunctions } from '../chat-function';
import { actionMatches, dedupe, identityGrants } from '../iam-grants';
import { guardQualityText } from '../guard-quality';
import { encryptionInventory } from '../inventory/encryption';
import { residencySummary } from '../inventory/residency';
import type { AssemblyModel, ResourceRef } from '../model';
import { text } from '../model';
import { type LocatedResource, allResources, asArray, getPath, isRecord, isTrue, props, refOf, referencedResources, resourcesOfType } from '../template-query';

/** Bedrock actions that run or support inference and cannot train or customise a model. */
export const INVOCATION_ONLY_BEDROCK_ACTIONS: readonly string[] = [
  'bedrock:InvokeModel',
  'bedrock:InvokeModelWithResponseStream',
  'bedrock:Converse',
  'bedrock:ConverseStream',
  'bedrock:CountTokens',
  'bedrock:ApplyGuardrail',
  'bedrock:GetFoundationModel',
  'bedrock:ListFoundationModels',
  'bedrock:GetInferenceProfile',
  'bedrock:ListInferenceProfiles',
  'bedrock:GetGuardrail',
  'bedrock:ListGuardrails',
  'bedrock:GetModelInvocationLoggingConfiguration',
  'bedrock:PutModelInvocationLoggingConfiguration',
  'bedrock:DeleteModelInvocationLoggingConfiguration',
];

const TRAINING_TYPE = /^AWS::SageMaker::|^AWS::Bedrock::(CustomModel|ModelCustomization|ProvisionedModelThroughput)/;

const refs = (rs: LocatedResource[]): ResourceRef[] => rs.map(refOf);

/** D-1: no training or fine-tuning resource; identity policies grant Bedrock invocation only. */
export function checkD1(model: AssemblyModel): CheckOutcome {
  const present = [];
  const missing = [];
  const training = allResources(model).filter((r) => TRAINING_TYPE.test(r.resource.Type));
  if (training.length === 0) {
    present.push(finding(text(`No training or fine-tuning resource (SageMaker, Bedrock custom models) in ${model.stacks.length} template(s).`, `${model.stacks.length} 個のテンプレートに学習・ファインチューニング用のリソース（SageMaker、Bedrock カスタムモデル）はない。`)));
  } else {
    missing.push(finding(text('Training or customisation resources are defined.', '学習・カスタマイズ用のリソースが定義されている。'), refs(training)));
  }
  const grants = identityGrants(model);
  const broad = grants.filter((g) => g.actions.some((a) => isBroadBedrockAction(a)));
  const invoke = grants.filter((g) => g.actions.some((a) => a.toLowerCase().startsWith('bedrock:')) && !broad.includes(g));
  if (broad.length > 0) {
    const actions = [...new Set(broad.flatMap((g) => g.actions.filter(isBroadBedrockAction)))].sort();
    missing.push(finding(text(`Identity policies grant Bedrock actions beyond invocation: ${actions.join(', ')}.`, `ID ポリシーが推論以外の Bedrock アクションを許可している: ${actions.join(', ')}。`), refs(dedupe(broad.map((g) => g.policy)))));
  } else {
    present.push(finding(text('No identity policy grants a Bedrock action beyond invocation (no customisation, training or import actions, no wildcards).', '推論以外の Bedrock アクション（カスタマイズ・学習・インポート、ワイルドカード）を許可する ID ポリシーはない。'), refs(dedupe(invoke.map((g) => g.policy)))));
  }
  const runtimeEndpoints = resourcesOfType(model, 'AWS::EC2::VPCEndpoint').filter((e) => JSON.stringify(props(e).ServiceName ?? '').includes('bedrock-runtime'));
  const invocationOnlyEndpoints = runtimeEndpoints.filter((e) => {
    const actions = asArray(getPath(props(e), 'PolicyDocument.Statement')).flatMap((s) => (isRecord(s) && s.Effect === 'Allow' ? asArray(s.Action) : []));
    return actions.length > 0 && actions.every((a) => typeof a === 'string' && !isBroadBedrockAction(a));
  });
  if (invocationOnlyEndpoints.length > 0) {
    present.push(finding(text('The bedrock-runtime VPC endpoint policy admits invocation actions only.', 'bedrock-runtime VPC エンドポイントのポリシーは推論アクションのみを許可している。'), refs(invocationOnlyEndpoints)));
  }
  return outcomeOf(present, missing, [
    text(
      "Amazon Bedrock's terms: prompts and completions are not used to train AWS or third-party models and are not shared with model providers (Amazon Bedrock User Guide, 'Data protection'). Keep the service terms with the vendor records (V-1).",
      'Amazon Bedrock の規約上、プロンプトと応答は AWS やサードパーティのモデルの学習に使われず、モデル提供者とも共有されない（Amazon Bedrock ユーザーガイド「データ保護」）。サービス条件は委託先管理の記録（V-1）と併せて保管する。',
    ),
  ]);
}

function isBroadBedrockAction(action: string): boolean {
  const a = action.toLowerCase();
  if (a === '*') return true;
  if (!a.startsWith('bedrock:')) return false;
  return !INVOCATION_ONLY_BEDROCK_ACTIONS.some((allowed) => allowed.toLowerCase() === a);
}

/** D-2: the guarded chat function is the only principal that may invoke a model, and the API's only target. */
export function checkD2(model: AssemblyModel): CheckOutcome {
  const present = [];
  const missing = [];
  const chat = guardedChatFunctions(model);
  const chatRoles = chat.map((c) => c.role).filter((r): r is LocatedResource => r !== undefined);
  const invokers = dedupe(
    identityGrants(model)
      .filter((g) => g.actions.some((a) => actionMatches(a, 'bedrock:InvokeModel') || actionMatches(a, 'bedrock:InvokeModelWithResponseStream')))
      .flatMap((g) => g.principals),
  );
  const isChatRole = (r: LocatedResource) => chatRoles.some((c) => c.stack === r.stack && c.logicalId === r.logicalId);
  if (chat.length === 0) {
    missing.push(finding(text('No guarded chat function (a Lambda function whose CHAT_CONFIG carries the guard policy) in the templates.', 'ガード付きチャット関数（CHAT_CONFIG にガードポリシーを持つ Lambda 関数）がテンプレートにない。')));
  } else {
    present.push(finding(text('The guarded chat function runs the input guard (masking, injection screen) before every model call.', 'ガード付きチャット関数が、モデル呼び出しの前に毎回入力ガード（マスキング、インジェクション検査）を実行する。'), refs(chat.map((c) => c.fn))));
  }
  const others = invokers.filter((r) => !isChatRole(r));
  if (others.length > 0) {
    missing.push(finding(text('Other principals may invoke models without passing the guard.', 'ガードを経ずにモデルを呼び出せる他のプリンシパルがある。'), refs(others)));
  } else if (invokers.length > 0) {
    present.push(finding(text("Only the chat function's role is granted bedrock:InvokeModel*.", 'bedrock:InvokeModel* を許可されているのはチャット関数のロールのみ。'), refs(invokers)));
  }
  const integrations = apiIntegrationTargets(model);
  if (integrations.length === 0) {
    missing.push(finding(text('No API integration to the chat function.', 'チャット関数への API 統合がない。')));
  } else {
    const isChatFn = (t: LocatedResource) => chat.some((c) => c.fn.stack === t.stack && c.fn.logicalId === t.logicalId);
    // A route around the guard is one whose function may call a model itself; routes to
    // functions (or S3 objects) that cannot reach a model are not.
    const invokerRoles = invokers;
    const mayInvoke = (t: LocatedResource) => {
      const r = referencedResources(model, t.stack, props(t).Role).find((x) => x.resource.Type === 'AWS::IAM::Role');
      return r !== undefined && invokerRoles.some((i) => i.stack === r.stack && i.logicalId === r.logicalId);
    };
    const toChat = integrations.filter((i) => i.targets.some(isChatFn));
    const bypass = integrations.filter((i) => !toChat.includes(i) && i.targets.some(mayInvoke));
    const noModel = integrations.filter((i) => !toChat.includes(i) && !bypass.includes(i));
    if (bypass.length > 0) {
      missing.push(finding(text('API integrations reach a function that may call a model without the guard.', 'ガードを経ずにモデルを呼び出せる関数に API 統合が届く。'), refs(bypass.map((i) => i.integration))));
    } else if (noModel.length === 0) {
      present.push(finding(text('Every API integration targets the guarded chat function.', 'すべての API 統合がガード付きチャット関数を呼び出す。'), refs(integrations.map((i) => i.integration))));
    } else {
      present.push(finding(text('Every API route that reaches a model goes through the guarded chat function; the other routes reach no model (their functions hold no bedrock:InvokeModel*, or they serve static files).', 'モデルに届く API ルートはすべてガード付きチャット関数を通る。その他のルートはモデルに届かない（関数に bedrock:InvokeModel* がないか、静的ファイルを返す）。'), refs([...toChat, ...noModel].map((i) => i.integration))));
    }
  }
  const urls = resourcesOfType(model, 'AWS::Lambda::Url');
  if (urls.length > 0) missing.push(finding(text('Lambda function URLs open a path around the API.', 'Lambda 関数 URL が API を経由しない経路を開いている。'), refs(urls)));
  const guidance = [
    // The guard being on the path says nothing about what it catches: say that too, with the measured figures.
    ...(chat.length > 0 ? guardQualityText() : []),
    ...(chat.length > 0 ? [injectionJudgeText(chat)] : []),
    text(
      'Principals outside these templates (account administrators, other workloads) are not covered: deny bedrock:InvokeModel* to them with a service control policy or permissions boundary.',
      'テンプレート外のプリンシパル（アカウント管理者や他のワークロード）は対象外。サービスコントロールポリシーやアクセス許可の境界で bedrock:InvokeModel* を拒否する。',
    ),
  ];
  if (chat.length === 0) return { status: 'gap', present, missing, guidance };
  return outcomeOf(present, missing, guidance);
}

/** Instructions the judge gets on every call, in input tokens (lambda/shared/injection-judge.ts; about 1,500 characters). */
const JUDGE_INSTRUCTION_TOKENS = 400;

/** The injection screen's second stage as the chat functions' settings configure it: on (model, scope, timeout, failure mode, cost) or off. */
function injectionJudgeText(chat: readonly GuardedChatFunction[]) {
  const judge = chat.map((c) => c.settings?.injectionJudge).find(isRecord);
  if (!judge) {
    return text(
      'The optional second stage of the injection screen (chat.guard.injectionJudge, a model call inside Japan for documents and grey-zone scores) is off: the in-function screen decides alone.',
      'インジェクション検査の任意の第2段（chat.guard.injectionJudge：文書付きの依頼とグレーゾーンのスコアを国内のモデルで判定）は無効。関数内の検査だけで判定する。',
    );
  }
  const model = String(judge.model);
  const from = Number(judge.greyZoneFrom);
  const timeout = Number(judge.timeoutMs);
  const docs = judge.judgeDocuments === true;
  const block = judge.onFailure !== 'allow';
  return text(
    `Second stage of the injection screen: ${model} (invoked in Japan) judges messages scoring from ${from} up to the blocking threshold${docs ? ', and every request with documents or pasted material' : ''}; an attack in the message blocks the request. It waits at most ${timeout} ms; without a verdict the request is ${block ? 'blocked (fail closed)' : 'let through (fail open) and the audit event says so'}. Cost: one more model call per judged request, about ${JUDGE_INSTRUCTION_TOKENS} input tokens of instructions plus the request's own text, and at most 60 output tokens; the audit event records each call's tokens and latency (injectionJudge).`,
    `インジェクション検査の第2段: ${model}（国内で呼び出し）が、スコア ${from} 以上でブロックの閾値未満のメッセージ${docs ? '、および文書や貼り付けた資料を含むすべての依頼' : ''}を判定し、メッセージに攻撃があれば依頼をブロックする。待ち時間は最大 ${timeout} ms。判定が得られない場合は${block ? 'ブロックする（フェイルクローズ）' : '通過させ（フェイルオープン）、監査イベントに記録する'}。費用: 判定する依頼ごとにモデル呼び出しが1回増え、指示文で約 ${JUDGE_INSTRUCTION_TOKENS} 入力トークンと依頼本文、出力は最大60トークン。各呼び出しのトークンと待ち時間は監査イベント（injectionJudge）に残る。`,
  );
}

function apiIntegrationTargets(model: AssemblyModel): { integration: LocatedResource; targets: LocatedResource[] }[] {
  const out: { integration: LocatedResource; targets: LocatedResource[] }[] = [];
  for (const m of resourcesOfType(model, 'AWS::ApiGateway::Method')) {
    const integration = props(m).Integration;
    if (!isRecord(integration) || integration.Type === 'MOCK' || props(m).HttpMethod === 'OPTIONS') continue;
    out.push({ integration: m, targets: referencedResources(model, m.stack, integration.Uri).filter((t) => t.resource.Type === 'AWS::Lambda::Function') });
  }
  for (const i of resourcesOfType(model, 'AWS::ApiGatewayV2::Integration')) {
    out.push({ integration: i, targets: referencedResources(model, i.stack, props(i).IntegrationUri).filter((t) => t.resource.Type === 'AWS::Lambda::Function') });
  }
  return out;
}

/** D-3: every stack, ARN, region and model identifier in Japan; no global data path. */
export function checkD3(model: AssemblyModel): CheckOutcome {
  const summary = residencySummary(model);
  const present = [];
  const missing = [];
  const loc = (stack: string) => ({ stack, logicalId: '(stack)', type: 'AWS::CloudFormation::Stack' });
  const foreignStacks = summary.stacks.filter((s) => !s.inJapan);
  if (foreignStacks.length > 0) {
    missing.push(finding(text(`Stacks outside Japan: ${foreignStacks.map((s) => `${s.name} (${s.region})`).join(', ')}.`, `国外のスタック: ${foreignStacks.map((s) => `${s.name}（${s.region}）`).join('、')}。`), foreignStacks.map((s) => loc(s.name))));
  } else if (summary.stacks.length > 0) {
    present.push(finding(text(`All ${summary.stacks.length} stack(s) deploy to Japan: ${[...new Set(summary.stacks.map((s) => s.region))].join(', ')}.`, `全 ${summary.stacks.length} スタックの配置先は国内: ${[...new Set(summary.stacks.map((s) => s.region))].join('、')}。`), summary.stacks.map((s) => loc(s.name))));
  }
  const foreignRegions = summary.regions.filter((r) => !r.inJapan);
  if (foreignRegions.length > 0) {
    for (const r of foreignRegions) {
      missing.push(finding(text(`Region ${r.region} appears in resource properties.`, `リソースのプロパティにリージョン ${r.region} が現れる。`), r.locations.map((l) => l.resource)));
    }
  } else {
    present.push(finding(text(`Every region and ARN region in the templates is in Japan (${summary.regions.map((r) => r.region).join(', ') || 'none literal'}).`, `テンプレート中のリージョンと ARN のリージョンはすべて国内（${summary.regions.map((r) => r.region).join('、') || 'リテラルなし'}）。`)));
  }
  const foreignModels = summary.models.filter((m) => m.scope === 'foreign-profile');
  if (foreignModels.length > 0) {
    missing.push(finding(text(`Inference profiles that route outside Japan: ${foreignModels.map((m) => m.id).join(', ')}.`, `国外へルーティングする推論プロファイル: ${foreignModels.map((m) => m.id).join('、')}。`), foreignModels.flatMap((m) => m.locations.map((l) => l.resource))));
  } else if (summary.models.length > 0) {
    present.push(finding(text(`Model identifiers are jp. inference profiles or models invoked in Tokyo: ${summary.models.map((m) => m.id).join(', ')}.`, `モデル ID は jp. 推論プロファイルまたは東京で呼び出すモデル: ${summary.models.map((m) => m.id).join('、')}。`)));
  }
  if (summary.globalPaths.length > 0) {
    missing.push(finding(text(`Global data paths: ${summary.globalPaths.map((g) => g.what).join(', ')}.`, `国外を経由しうるデータ経路: ${summary.globalPaths.map((g) => g.what).join('、')}。`), summary.globalPaths.map((g) => g.resource)));
  } else {
    present.push(finding(text('No CloudFront distribution, CLOUDFRONT-scope WAF, Global Accelerator, bucket replication or table replica in another region.', 'CloudFront ディストリビューション、CLOUDFRONT スコープの WAF、Global Accelerator、バケットのレプリケーション、他リージョンのテーブルレプリカはない。')));
  }
  if (missing.length > 0) return { status: 'gap', present, missing, guidance: [] };
  return outcomeOf(present, missing);
}

/** D-4: customer-managed keys on every store; TLS-only resource policies. */
export function checkD4(model: AssemblyModel): CheckOutcome {
  const inventory = encryptionInventory(model);
  const present = [];
  const missing = [];
  const cmk = inventory.filter((e) => e.key.kind === 'customer-managed');
  const notCmk = inventory.filter((e) => e.key.kind !== 'customer-managed');
  if (cmk.length > 0) present.push(finding(text(`${cmk.length} store(s) encrypted with a customer-managed KMS key.`, `${cmk.length} 個のストアがカスタマーマネージド KMS キーで暗号化されている。`), cmk.map((e) => e.store)));
  for (const e of notCmk) {
    missing.push(finding(text(`${e.store.logicalId} (${e.kind}) is not encrypted with a customer-managed key (${e.key.kind}).`, `${e.store.logicalId}（${e.kind}）はカスタマーマネージドキーで暗号化されていない（${e.key.kind}）。`), [e.store]));
  }
  const tls = inventory.filter((e) => e.tlsOnly === true);
  const notTls = inventory.filter((e) => e.tlsOnly === false);
  if (tls.length > 0) present.push(finding(text(`${tls.length} bucket(s)/topic(s)/queue(s) deny requests without TLS (aws:SecureTransport).`, `${tls.length} 個のバケット・トピック・キューが TLS なしのリクエストを拒否する（aws:SecureTransport）。`), tls.map((e) => e.store)));
  for (const e of notTls) {
    missing.push(finding(text(`${e.store.logicalId} (${e.kind}) has no policy denying requests without TLS.`, `${e.store.logicalId}（${e.kind}）に TLS なしのリクエストを拒否するポリシーがない。`), [e.store]));
  }
  const apis = resourcesOfType(model, 'AWS::ApiGateway::RestApi', 'AWS::ApiGateway::DomainName', 'AWS::ApiGateway::DomainNameV2').filter((a) => typeof props(a).SecurityPolicy === 'string');
  if (apis.length > 0) {
    const policies = [...new Set(apis.map((a) => String(props(a).SecurityPolicy)))].sort();
    present.push(finding(text(`API endpoints require TLS with security policy ${policies.join(', ')}.`, `API エンドポイントはセキュリティポリシー ${policies.join('、')} で TLS を必須とする。`), refs(apis)));
  }
  if (inventory.length === 0) return { status: 'gap', present, missing: [finding(text('No data stores in the templates.', 'テンプレートにデータストアがない。'))], guidance: [] };
  return outcomeOf(present, missing);
}

/** D-5: retention on every log group, object lock for audit records, TTL on conversation tables. */
export function checkD5(model: AssemblyModel): CheckOutcome {
  const present = [];
  const missing = [];
  const logGroups = resourcesOfType(model, 'AWS::Logs::LogGroup');
  const withRetention = logGroups.filter((g) => typeof props(g).RetentionInDays === 'number');
  const without = logGroups.filter((g) => !withRetention.includes(g));
  if (withRetention.length > 0) {
    const days = [...new Set(withRetention.map((g) => Number(props(g).RetentionInDays)))].sort((a, b) => a - b);
    present.push(finding(text(`${withRetention.length} log group(s) with retention (${days.join(', ')} days).`, `${withRetention.length} 個のロググループに保存期間あり（${days.join('、')} 日）。`), refs(withRetention)));
  }
  if (without.length > 0) missing.push(finding(text('Log groups that keep data forever (no RetentionInDays).', '保存期間のない（無期限に保持する）ロググループ。'), refs(without)));
  const buckets = resourcesOfType(model, 'AWS::S3::Bucket');
  const locked = buckets.filter((b) => isTrue(props(b).ObjectLockEnabled) && getPath(props(b), 'ObjectLockConfiguration.Rule.DefaultRetention') !== undefined);
  if (locked.length > 0) {
    const detail = locked.map((b) => {
      const r = getPath(props(b), 'ObjectLockConfiguration.Rule.DefaultRetention');
      return `${b.logicalId}: ${String(getPath(r, 'Mode'))} ${String(getPath(r, 'Days') ?? getPath(r, 'Years'))}${getPath(r, 'Days') !== undefined ? 'd' : 'y'}`;
    });
    present.push(finding(text(`Object lock on audit storage: ${detail.join('; ')}.`, `監査記録の保管にオブジェクトロック: ${detail.join('；')}。`), refs(locked)));
  } else {
    missing.push(finding(text('No bucket with S3 Object Lock default retention for audit records.', '監査記録用にオブジェクトロック（既定の保持期間）を設定したバケットがない。')));
  }
  const expiring = buckets.filter((b) => asArray(getPath(props(b), 'LifecycleConfiguration.Rules')).some((r) => getPath(r, 'ExpirationInDays') !== undefined));
  if (expiring.length > 0) present.push(finding(text(`${expiring.length} bucket(s) with lifecycle expiration.`, `${expiring.length} 個のバケットにライフサイクルによる削除あり。`), refs(expiring)));
  const tables = resourcesOfType(model, 'AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable');
  const ttl = tables.filter((t) => isTrue(getPath(props(t), 'TimeToLiveSpecification.Enabled')));
  const noTtl = tables.filter((t) => !ttl.includes(t));
  if (ttl.length > 0) present.push(finding(text(`${ttl.length} table(s) delete items by TTL (conversation history).`, `${ttl.length} 個のテーブルが TTL で項目を削除する（会話履歴）。`), refs(ttl)));
  if (tables.length === 0) missing.push(finding(text('No conversation table with a TTL.', 'TTL を設定した会話テーブルがない。')));
  if (noTtl.length > 0) missing.push(finding(text('Tables without TTL keep items forever.', 'TTL のないテーブルは項目を無期限に保持する。'), refs(noTtl)));
  return outcomeOf(present, missing);
}
