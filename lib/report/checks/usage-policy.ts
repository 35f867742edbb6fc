import { accessGates, federatedProviders } from './access-control';
import type { CheckOutcome, Finding } from '../checklist';
import { finding } from '../checklist';
import { guardedChatFunctions } from '../chat-function';
import type { AssemblyModel, Text } from '../model';
import { text } from '../model';
import { asArray, getPath, isRecord, refOf, resourcesOfType } from '../template-query';

/**
 * Usage policy is set by the organisation, never by infrastructure: every P item is
 * `organizational`. Each lists what the kit provides to support it, found in the templates.
 */
function organizational(present: Finding[], missing: Finding[], guidance: Text[]): CheckOutcome {
  return { status: 'organizational', present, missing, guidance };
}

/** P-1: acceptable use. The kit supports it with the model allow-list and a system prompt. */
export function checkP1(model: AssemblyModel): CheckOutcome {
  const chat = guardedChatFunctions(model);
  const present: Finding[] = [];
  const missing: Finding[] = [];
  const withModels = chat.filter((c) => asArray(c.settings?.allowedModels).length > 0);
  if (withModels.length > 0) {
    const models = [...new Set(withModels.flatMap((c) => asArray(c.settings?.allowedModels).map(String)))].sort();
    present.push(finding(text(`Only allow-listed models can be chosen: ${models.join(', ')}.`, `選択できるのは許可リストのモデルのみ: ${models.join('、')}。`), withModels.map((c) => refOf(c.fn))));
  } else {
    missing.push(finding(text('No chat function with a model allow-list yet.', 'モデル許可リストを持つチャット関数はまだない。')));
  }
  const withPrompt = chat.filter((c) => typeof c.settings?.systemPrompt === 'string');
  if (withPrompt.length > 0) present.push(finding(text('A system prompt set by the organisation accompanies every request.', '組織が定めたシステムプロンプトがすべてのリクエストに付く。'), withPrompt.map((c) => refOf(c.fn))));
  return organizational(present, missing, [
    text('Publish an acceptable-use policy (permitted purposes, prohibited uses) and link it from the sign-in page.', '利用ガイドライン（許可する用途、禁止事項）を定めて公開し、サインイン画面からリンクする。'),
  ]);
}

/** P-2: what may be entered, per department. The kit supports it with per-group guard policies. */
export function checkP2(model: AssemblyModel): CheckOutcome {
  const chat = guardedChatFunctions(model);
  const present: Finding[] = [];
  const missing: Finding[] = [];
  if (chat.length > 0) present.push(finding(text('The default guard policy masks or blocks personal and confidential data before the model sees it.', '既定のガードポリシーが、個人情報や機密情報をモデルに渡る前にマスクまたはブロックする。'), chat.map((c) => refOf(c.fn))));
  const groups = chat.flatMap((c) => {
    const g = getPath(c.settings, 'guard.groups');
    return isRecord(g) ? Object.keys(g).map((name) => ({ name, fn: c.fn })) : [];
  });
  if (groups.length > 0) {
    present.push(finding(text(`Per-group guard policies: ${[...new Set(groups.map((g) => g.name))].sort().join(', ')}.`, `グループ別のガードポリシー: ${[...new Set(groups.map((g) => g.name))].sort().join('、')}。`), [...new Set(groups.map((g) => g.fn))].map(refOf)));
  } else {
    missing.push(finding(text('No per-group guard policy (chat.guard.groups) is configured.', 'グループ別のガードポリシー（chat.guard.groups）は未設定。')));
  }
  return organizational(present, missing, [
    text('Classify information (e.g. public / internal / confidential) and decide per department what may be entered; encode the decision in chat.guard.groups.', '情報の区分（公開・社内・機密など）を定め、部署ごとに入力してよい区分を決め、chat.guard.groups に反映する。'),
  ]);
}

/** P-3: output checked before use. The kit supports it with the output guard and an optional guardrail. */
export function checkP3(model: AssemblyModel): CheckOutcome {
  const chat = guardedChatFunctions(model);
  const present: Finding[] = [];
  const missing: Finding[] = [];
  if (chat.length > 0) present.push(finding(text('The output guard checks answers for leaked identifiers, confidential markers and placeholder echoes.', '出力ガードが応答中の識別子の漏えい、機密マーカー、プレースホルダーの反復を検査する。'), chat.map((c) => refOf(c.fn))));
  else missing.push(finding(text('No guarded chat function (output guard) yet.', 'ガード付きチャット関数（出力ガード）はまだない。')));
  const guardrails = resourcesOfType(model, 'AWS::Bedrock::Guardrail');
  if (guardrails.length > 0) present.push(finding(text('A Bedrock guardrail is a second layer on model input and output.', 'Bedrock ガードレールがモデルの入出力に対する第二の層となる。'), guardrails.map(refOf)));
  return organizational(present, missing, [
    text('Users must verify facts, figures and citations before using an answer; label AI-generated text where it is published.', '利用者は応答を使う前に事実・数値・出典を確認し、公開する場合は AI 生成であることを明示する。'),
  ]);
}

/** P-4: intellectual property. The kit supports it with audit records of who generated what. */
export function checkP4(model: AssemblyModel): CheckOutcome {
  const present: Finding[] = [];
  const missing: Finding[] = [];
  const queries = resourcesOfType(model, 'AWS::Logs::QueryDefinition');
  const trails = resourcesOfType(model, 'AWS::CloudTrail::Trail');
  if (queries.length + trails.length > 0) present.push(finding(text('Audit records show who used which model when, to trace the origin of generated content.', '監査記録により、誰がいつどのモデルを使ったかを追跡でき、生成物の出所を確認できる。'), [...trails, ...queries].map(refOf)));
  else missing.push(finding(text('No audit records yet (see M-1).', '監査記録はまだない（M-1 参照）。')));
  return organizational(present, missing, [
    text("Forbid entering third parties' copyrighted material beyond quotation; check generated content for similarity before external use; follow the model providers' terms.", '引用の範囲を超える第三者の著作物の入力を禁じ、社外で使う前に生成物の類似性を確認し、モデル提供者の規約に従う。'),
  ]);
}

/** P-5: training and acknowledgement. The kit supports it with group-gated access. */
export function checkP5(model: AssemblyModel): CheckOutcome {
  const present: Finding[] = [];
  const missing: Finding[] = [];
  const groups = resourcesOfType(model, 'AWS::Cognito::UserPoolGroup');
  const gates = accessGates(model).filter((g) => g.limitsToDefinedGroups);
  const allowed = [...new Set(gates.flatMap((g) => g.defined))].sort();
  const idps = federatedProviders(model);
  if (groups.length === 0) {
    missing.push(finding(text('No user-pool groups yet (see A-2).', 'ユーザープールグループはまだない（A-2 参照）。')));
  } else if (gates.length === 0) {
    missing.push(finding(text('Every signed-in user may chat (no access gate limiting chat to groups, see A-2): access cannot be tied to training through group membership.', 'サインインした全員がチャットできる（グループで限定するアクセスゲートがない、A-2 参照）ため、研修の修了をグループ所属で利用条件にできない。'), groups.map(refOf)));
  } else if (idps.length > 0) {
    present.push(finding(text(`Chat is granted through membership of ${allowed.join(', ')}, which follows the corporate IdP's groups: only users enrolled there after training get access.`, `チャットは ${allowed.join('、')} への所属で許可され、所属は社内 IdP のグループに従うため、研修を終えて IdP 側で登録された利用者だけが使える。`), [...groups.map(refOf), ...gates.map((g) => refOf(g.fn))]));
  } else {
    present.push(finding(text(`Chat is granted through membership of the user-pool groups ${allowed.join(', ')}; no IdP is configured, so administrators add trained users to these groups in Cognito.`, `チャットはユーザープールグループ ${allowed.join('、')} への所属で許可される。IdP は設定されていないため、研修を終えた利用者を管理者が Cognito でグループに追加する。`), [...groups.map(refOf), ...gates.map((g) => refOf(g.fn))]));
  }
  return organizational(present, missing, [
    text('Train users before granting access, record their acknowledgement of the usage policy, and repeat yearly.', '利用開始前に研修を行い、利用ガイドラインへの同意を記録し、毎年繰り返す。'),
  ]);
}
