import type { ResourceRef, Text } from './model';
import { text } from './model';

export type Status = 'enforced' | 'partial' | 'organizational' | 'gap';
export const STATUSES: readonly Status[] = ['enforced', 'partial', 'organizational', 'gap'];

export type AreaId = 'data' | 'access' | 'usage' | 'monitoring' | 'vendor';

/** A statement about the templates, with the resources that prove it. */
export interface Finding {
  readonly text: Text;
  readonly resources: readonly ResourceRef[];
}

export interface ChecklistResult {
  readonly id: string;
  readonly area: AreaId;
  readonly title: Text;
  readonly status: Status;
  /** What the templates hold towards the item. */
  readonly present: readonly Finding[];
  /** What is missing for `enforced`. */
  readonly missing: readonly Finding[];
  /** How to meet the item where infrastructure cannot (organizational parts, pointers). */
  readonly guidance: readonly Text[];
}

export const AREAS: readonly { readonly id: AreaId; readonly title: Text }[] = [
  { id: 'data', title: text('Data protection', 'データ保護') },
  { id: 'access', title: text('Access control', 'アクセス制御') },
  { id: 'usage', title: text('Usage policy', '利用ポリシー') },
  { id: 'monitoring', title: text('Monitoring and auditing', '監視・監査') },
  { id: 'vendor', title: text('Vendor management', '委託先（ベンダー）管理') },
];

/** The enterprise AI security checklist, in order. */
export const CHECKLIST_ITEMS: readonly { readonly id: string; readonly area: AreaId; readonly title: Text }[] = [
  { id: 'D-1', area: 'data', title: text('Inputs are not used for model training', '入力データがモデルの学習に利用されない') },
  { id: 'D-2', area: 'data', title: text('Confidential input is prevented', '機密情報の入力を防止する') },
  { id: 'D-3', area: 'data', title: text('Data is stored in a known region (Japan)', 'データの保存先リージョンが明確（国内）') },
  { id: 'D-4', area: 'data', title: text('Encryption in transit and at rest', '通信時・保存時の暗号化') },
  { id: 'D-5', area: 'data', title: text('Retention and deletion are defined', '保存期間と削除が定められている') },
  { id: 'A-1', area: 'access', title: text('Single sign-on and MFA', 'シングルサインオンと多要素認証') },
  { id: 'A-2', area: 'access', title: text('Permissions by department and role', '部署・役割に応じた権限設定') },
  { id: 'A-3', area: 'access', title: text('Key management rules', '鍵管理のルール') },
  { id: 'A-4', area: 'access', title: text('Prompt revocation of access', '権限の速やかな取り消し') },
  { id: 'A-5', area: 'access', title: text('Administrator inventory', '管理者の棚卸し') },
  { id: 'P-1', area: 'usage', title: text('Acceptable use is defined', '利用目的・許可される用途の定義') },
  { id: 'P-2', area: 'usage', title: text('Rules for what may be entered, per department', '入力してよい情報の区分（部署別）') },
  { id: 'P-3', area: 'usage', title: text('Output is checked before use', '生成物の利用前確認') },
  { id: 'P-4', area: 'usage', title: text('Intellectual property and copyright', '知的財産権・著作権への配慮') },
  { id: 'P-5', area: 'usage', title: text('User training and acknowledgement', '利用者教育と同意') },
  { id: 'M-1', area: 'monitoring', title: text('Usage logs (who, when, what)', '利用ログ（誰が・いつ・何を）') },
  { id: 'M-2', area: 'monitoring', title: text('Detection of unusual use', '不審な利用の検知') },
  { id: 'M-3', area: 'monitoring', title: text('Regular audits', '定期的な監査') },
  { id: 'V-1', area: 'vendor', title: text('Vendor certifications', '委託先の第三者認証') },
  { id: 'V-2', area: 'vendor', title: text('Service level agreement', 'サービスレベル（SLA）') },
];

export interface CheckOutcome {
  readonly status: Status;
  readonly present: readonly Finding[];
  readonly missing: readonly Finding[];
  readonly guidance?: readonly Text[];
}

/** `enforced` when nothing is missing, `partial` when something is present, else `gap`. */
export function outcomeOf(present: Finding[], missing: Finding[], guidance: Text[] = []): CheckOutcome {
  const status: Status = missing.length === 0 && present.length > 0 ? 'enforced' : present.length > 0 ? 'partial' : 'gap';
  return { status, present, missing, guidance };
}

export const finding = (t: Text, resources: readonly ResourceRef[] = []): Finding => ({ text: t, resources });
