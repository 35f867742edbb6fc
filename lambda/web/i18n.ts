import type { EntityType } from '../../contracts/entity-types';

export type Lang = 'ja' | 'en';

const ja = {
  appTitle: '社内 AI アシスタント',
  switchLang: 'English',
  switchLangLabel: 'Switch to English',
  signIn: 'サインイン',
  signInLead: '会社のアカウントでサインインしてください。入力した個人情報は送信前に伏せ字にされ、会話は東京リージョンの中だけで処理されます。',
  signingIn: 'サインインしています…',
  signOut: 'サインアウト',
  signedOut: 'サインアウトしました。',
  newChat: '新しい会話',
  conversations: '会話の履歴',
  noConversations: 'まだ会話はありません。',
  untitled: '(無題)',
  deleteConversation: '削除',
  deleteConversationLabel: '会話「{title}」を削除',
  confirmDelete: 'この会話を削除しますか？元に戻せません。',
  deleted: '会話を削除しました。',
  model: 'モデル',
  message: 'メッセージ',
  messagePlaceholder: '質問や依頼を入力してください',
  composerHint: 'Enter で送信、Shift+Enter で改行（変換中の Enter では送信しません）',
  send: '送信',
  sending: '回答を待っています…',
  attachFile: 'ファイルを添付 (.txt .md .csv)',
  pasteDocument: '文章を貼り付けて添付',
  documentName: '資料の名前',
  documentText: '資料の本文',
  addDocument: '添付する',
  cancel: 'キャンセル',
  removeDocument: '{name} を外す',
  attachments: '添付資料',
  attachmentNote: '添付資料は「資料」としてモデルに渡され、その中の指示には従わないよう伝えられます。',
  unsupportedFile: '{name}: .txt / .md / .csv のテキストファイルだけを添付できます。',
  fileTooLarge: '{name}: ファイルが大きすぎます（最大 {max} 文字）。',
  you: 'あなた',
  assistant: 'アシスタント',
  masked: '送信前に伏せ字にしました: {items}',
  maskedNone: '個人情報は検出されませんでした。',
  placeholderTitle: '伏せ字: {type}',
  blockedInput: '送信できませんでした: {message}',
  blockedOutput: '回答は出力チェックで止められました: {message}',
  blockedTypes: '該当した種類: {types}',
  injectionNotice: 'この依頼にはアシスタントへの指示を書き換えようとする文が含まれている可能性があります。内容を確認してください。',
  outputMasked: '回答に含まれていた情報の一部を伏せ字にしました。',
  linksNeutralised: '回答中の外部リンク {count} 件を無効にしました。',
  error: 'エラーが発生しました: {message}',
  requestId: '問い合わせ番号: {id}',
  sessionExpired: 'セッションの有効期限が切れました。もう一度サインインしてください。',
  imageRemoved: '[画像: {alt}]',
  loading: '読み込み中…',
  department: '部署: {name}',
  skipToComposer: '入力欄へ移動',
  localModel: 'ローカル',
  documentsCount: '添付 {count} 件',
  reason_personal_data: 'このサービスからモデルに送ることが認められていない個人情報が含まれています。',
  reason_prompt_injection: 'アシスタントへの指示を書き換えようとする依頼と判断されました。',
  reason_answer: '回答が出力チェックで差し止められました。',
  reason_guardrail: '組織の AI 利用ポリシーにより止められました。',
  maskedAsSent: 'モデルに送られた内容:',
  newChatStarted: '新しい会話を始めました。',
  opened: '会話を開きました。',
} as const;

export type MessageKey = keyof typeof ja;

const en: Record<MessageKey, string> = {
  appTitle: 'Company AI assistant',
  switchLang: '日本語',
  switchLangLabel: '日本語に切り替え',
  signIn: 'Sign in',
  signInLead: 'Sign in with your company account. Personal data you type is masked before it is sent, and conversations are processed in the Tokyo region only.',
  signingIn: 'Signing in…',
  signOut: 'Sign out',
  signedOut: 'You have signed out.',
  newChat: 'New conversation',
  conversations: 'Conversations',
  noConversations: 'No conversations yet.',
  untitled: '(untitled)',
  deleteConversation: 'Delete',
  deleteConversationLabel: 'Delete conversation "{title}"',
  confirmDelete: 'Delete this conversation? This cannot be undone.',
  deleted: 'Conversation deleted.',
  model: 'Model',
  message: 'Message',
  messagePlaceholder: 'Type a question or request',
  composerHint: 'Enter sends, Shift+Enter adds a line (Enter while converting text never sends)',
  send: 'Send',
  sending: 'Waiting for the answer…',
  attachFile: 'Attach a file (.txt .md .csv)',
  pasteDocument: 'Paste text as a document',
  documentName: 'Document name',
  documentText: 'Document text',
  addDocument: 'Attach',
  cancel: 'Cancel',
  removeDocument: 'Remove {name}',
  attachments: 'Attached documents',
  attachmentNote: 'Documents reach the model marked as material to work on; it is told never to follow instructions inside them.',
  unsupportedFile: '{name}: only .txt / .md / .csv text files can be attached.',
  fileTooLarge: '{name}: the file is too large (at most {max} characters).',
  you: 'You',
  assistant: 'Assistant',
  masked: 'Masked before sending: {items}',
  maskedNone: 'No personal data was found.',
  placeholderTitle: 'Masked: {type}',
  blockedInput: 'Not sent: {message}',
  blockedOutput: 'The answer was stopped by the output check: {message}',
  blockedTypes: 'Types found: {types}',
  injectionNotice: 'This request may contain text that tries to override the assistant\'s instructions. Please check it.',
  outputMasked: 'Some information in the answer was masked.',
  linksNeutralised: '{count} external link(s) in the answer were disabled.',
  error: 'Something went wrong: {message}',
  requestId: 'Request id: {id}',
  sessionExpired: 'Your session has expired. Please sign in again.',
  imageRemoved: '[image: {alt}]',
  loading: 'Loading…',
  department: 'Department: {name}',
  skipToComposer: 'Skip to the message box',
  localModel: 'local',
  documentsCount: '{count} attached',
  reason_personal_data: 'It contains personal data that this service may not send to the model.',
  reason_prompt_injection: "It looks like an attempt to override the assistant's instructions.",
  reason_answer: 'The answer was withheld by the output check.',
  reason_guardrail: "It was blocked by the organisation's AI usage policy.",
  maskedAsSent: 'What the model received:',
  newChatStarted: 'Started a new conversation.',
  opened: 'Conversation opened.',
};

const ENTITY_LABELS: Record<Lang, Partial<Record<EntityType, string>>> = {
  ja: {
    MY_NUMBER: 'マイナンバー',
    CORPORATE_NUMBER: '法人番号',
    PHONE_NUMBER: '電話番号',
    POSTAL_CODE: '郵便番号',
    DRIVERS_LICENSE: '運転免許証番号',
    PASSPORT_NUMBER: '旅券番号',
    PENSION_NUMBER: '基礎年金番号',
    BANK_ACCOUNT: '口座番号',
    HEALTH_INSURANCE_NUMBER: '保険証番号',
    ADDRESS: '住所',
    PERSON_NAME: '氏名',
    EMAIL: 'メールアドレス',
    CREDIT_CARD: 'クレジットカード番号',
    IP_ADDRESS: 'IP アドレス',
    IBAN: 'IBAN',
    US_SSN: '米国社会保障番号',
    AWS_ACCESS_KEY: 'AWS アクセスキー',
    SECRET: '秘密情報',
    CONFIDENTIAL_MARKER: '機密表示',
  },
  en: {
    MY_NUMBER: 'My Number',
    CORPORATE_NUMBER: 'corporate number',
    PHONE_NUMBER: 'phone number',
    POSTAL_CODE: 'postal code',
    DRIVERS_LICENSE: "driver's licence number",
    PASSPORT_NUMBER: 'passport number',
    PENSION_NUMBER: 'pension number',
    BANK_ACCOUNT: 'bank account',
    HEALTH_INSURANCE_NUMBER: 'health insurance number',
    ADDRESS: 'address',
    PERSON_NAME: 'person name',
    EMAIL: 'e-mail address',
    CREDIT_CARD: 'card number',
    IP_ADDRESS: 'IP address',
    IBAN: 'IBAN',
    US_SSN: 'US SSN',
    AWS_ACCESS_KEY: 'AWS access key',
    SECRET: 'secret',
    CONFIDENTIAL_MARKER: 'confidentiality marker',
  },
};

const DICTS: Record<Lang, Record<MessageKey, string>> = { ja, en };

let current: Lang = 'ja';

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang;
}

export function lang(): Lang {
  return current;
}

/** The message for a key in the current language, with `{name}` parameters filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return DICTS[current][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Readable name of an entity type (the type code itself when the client does not know it). */
export function entityLabel(type: string): string {
  return ENTITY_LABELS[current][type as EntityType] ?? type;
}
