import type { Text } from './model';
import { text } from './model';

/** Evidence sections of the report besides the checklist items. */
export type EvidenceSection = 'residency' | 'encryption' | 'network' | 'policy-gate';

export interface FiscTheme {
  readonly id: string;
  readonly theme: Text;
  /** Checklist items whose evidence applies to the theme. */
  readonly items: readonly string[];
  readonly sections: readonly EvidenceSection[];
  readonly note: Text;
}

/**
 * Technical-control themes of the FISC security guidelines (金融機関等コンピュータシステムの
 * 安全対策基準) that the same evidence supports. Themes are named, not numbered: map them to the
 * edition of the guidelines your auditors use.
 */
export const FISC_THEMES: readonly FiscTheme[] = [
  {
    id: 'stored-data',
    theme: text('Protection of stored data', '蓄積データの保護'),
    items: ['D-3', 'D-4', 'D-5'],
    sections: ['encryption', 'residency'],
    note: text('Customer-managed keys on every store, data kept in Japan, defined retention.', 'すべての保存先にカスタマーマネージドキー、国内保管、保存期間の定め。'),
  },
  {
    id: 'transmitted-data',
    theme: text('Protection of data in transit', '伝送データの保護'),
    items: ['D-4'],
    sections: ['network'],
    note: text('TLS-only resource policies, TLS 1.2+ API endpoints, private VPC endpoints instead of internet paths.', 'TLS 必須のリソースポリシー、TLS 1.2 以上の API エンドポイント、インターネット経路の代わりに VPC エンドポイント。'),
  },
  {
    id: 'access-history',
    theme: text('Management of access history', 'アクセス履歴の管理'),
    items: ['M-1', 'M-3'],
    sections: [],
    note: text('Who did what and when, kept in encrypted, retained logs with saved queries.', '誰が・いつ・何をしたかを、暗号化され保存期間の定められたログと保存済みクエリで管理。'),
  },
  {
    id: 'key-management',
    theme: text('Management of cryptographic keys', '暗号鍵の管理'),
    items: ['A-3'],
    sections: ['encryption'],
    note: text('Rotating customer-managed keys; no long-lived access keys; no secrets in environment variables.', 'ローテーションするカスタマーマネージドキー、長期アクセスキーなし、環境変数に秘密情報なし。'),
  },
  {
    id: 'intrusion-prevention',
    theme: text('Prevention of unauthorised intrusion', '不正侵入の防止'),
    items: ['A-1', 'A-2', 'M-2'],
    sections: ['network', 'policy-gate'],
    note: text('No internet path into the workload, federated sign-in with MFA, authorizer on every method, alarms on unusual use.', 'ワークロードへのインターネット経路なし、MFA 付きのフェデレーションサインイン、全メソッドのオーソライザー、不審な利用のアラーム。'),
  },
  {
    id: 'audit-trail',
    theme: text('Audit trail', '監査証跡'),
    items: ['M-1', 'M-3', 'D-5'],
    sections: ['policy-gate'],
    note: text('Tamper-evident CloudTrail, object-locked audit storage, and the acknowledgment ledger of the policy gate.', '改ざん検知可能な CloudTrail、オブジェクトロックされた監査記録の保管、ポリシーゲートの承認台帳。'),
  },
];
