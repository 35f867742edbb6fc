import { Api, ApiError, type ChatDocument, type ConversationSummary, type GuardReport } from './api';
import { type RuntimeConfig, completeSignIn, idClaims, signIn, signOut, takeSignedOut, wasSignedIn } from './auth';
import { append, clear, h } from './dom';
import { type Lang, type MessageKey, entityLabel, lang, setLang, t } from './i18n';
import { compactPlaceholderText, compactPlaceholders, renderMarkdown, textWithPlaceholders } from './markdown';
import { modelName } from './model-name';

/** Files a user may attach, and the most text one document may hold. */
const ATTACHABLE = /\.(txt|md|markdown|csv)$/i;
const MAX_DOCUMENT_CHARS = 20_000;
const LANG_KEY = 'ui.lang';

interface Notice {
  readonly kind: 'info' | 'warn' | 'block' | 'error';
  readonly key: MessageKey;
  readonly params?: Record<string, string | number>;
  /** Further lines, each a message key with parameters. */
  readonly details?: { key: MessageKey; params?: Record<string, string | number> }[];
  /** Masked entity counts by type, named in the current language when shown. */
  readonly masked?: [string, number][];
  /** A known block reason, worded in the current language when shown (else `params.message` as the API wrote it). */
  readonly reasonKey?: MessageKey;
  /** A button under the notice: move the blocked message's text into a document. */
  readonly asDocument?: string;
  /** A button under the notice: send this message (and its documents) again. */
  readonly resend?: { text: string; documents: ChatDocument[] };
}

interface Message {
  readonly role: 'user' | 'assistant';
  text: string;
  /** What the model received, when the API reports it. */
  sentText?: string;
  documents: string[];
  notices: Notice[];
  streaming: boolean;
  node?: HTMLElement;
}

interface ModelChoice {
  readonly id: string;
  readonly name: string;
  readonly local: boolean;
}

const state = {
  config: undefined as unknown as RuntimeConfig,
  api: undefined as unknown as Api,
  models: [] as ModelChoice[],
  model: '',
  department: '',
  conversationId: undefined as string | undefined,
  messages: [] as Message[],
  conversations: [] as ConversationSummary[],
  /** Cursor of the next page of the conversation list, when there is one. */
  nextCursor: undefined as string | undefined,
  attachments: [] as ChatDocument[],
  busy: false,
  composing: false,
  /** Aborts the answer being streamed (the stop button). */
  abort: undefined as AbortController | undefined,
  /** The conversation list could not be loaded (the last good list stays shown). */
  historyError: false,
  /** The composer's error line, kept as a key so it follows the language switch. */
  composerError: undefined as { key: MessageKey; params?: Record<string, string | number> } | undefined,
};

/** Error codes the page words itself (`network` and `stream_cut` are the page's own); others get a generic line and the API's message as a detail. */
const ERROR_KEYS = new Set([
  'network', 'stream_cut', 'bedrock_throttled', 'deadline_exceeded', 'bedrock_timeout', 'access_denied', 'invalid_request',
  'conversation_not_found', 'bedrock_error', 'store_error', 'guard_error', 'internal_error', 'unknown_model', 'conversation_conflict',
  'knowledge_base_error', 'injection_judge_error',
]);

/** A notice for a failed call: the page's own words for known codes, always the request id when there is one. */
function errorNotice(err: { code?: string; message?: string; requestId?: string }, resend?: Notice['resend']): Notice {
  const known = err.code !== undefined && ERROR_KEYS.has(err.code);
  const details: NonNullable<Notice['details']> = [];
  if (!known && err.message) details.push({ key: 'errorDetail', params: { message: err.message } });
  if (err.requestId) details.push({ key: 'requestId', params: { id: err.requestId } });
  return { kind: 'error', key: known ? (`error_${err.code}` as MessageKey) : 'error_unknown', details, resend };
}

function apiErrorOf(e: unknown): { code?: string; message?: string; requestId?: string } {
  return e instanceof ApiError ? { code: e.code, message: e.message, requestId: e.requestId } : { message: (e as Error).message };
}

/** Elements whose text (or an attribute) follows the language. */
const translated: { el: HTMLElement; key: MessageKey; attr?: string; params?: () => Record<string, string | number> }[] = [];

function tr<T extends HTMLElement>(el: T, key: MessageKey, attr?: string, params?: () => Record<string, string | number>): T {
  translated.push({ el, key, attr, params });
  applyText(translated[translated.length - 1]);
  return el;
}

function applyText(entry: (typeof translated)[number]): void {
  const text = t(entry.key, entry.params?.());
  if (entry.attr) entry.el.setAttribute(entry.attr, text);
  else entry.el.textContent = text;
}

const root = () => document.getElementById('app')!;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function announce(key: MessageKey): void {
  const status = byId('status');
  status.textContent = t(key);
}

function switchLanguage(): void {
  const next: Lang = lang() === 'ja' ? 'en' : 'ja';
  setLang(next);
  localStorage.setItem(LANG_KEY, next);
  document.title = t('appTitle');
  for (const entry of translated) applyText(entry);
  renderModels();
  renderConversations();
  renderLog();
  renderAttachments();
  renderComposerError();
}

function header(signedIn: boolean): HTMLElement {
  const label = state.config.environmentLabel;
  return h('header', { class: 'top' },
    tr(h('a', { class: 'skip', href: '#message' }), 'skipToComposer'),
    tr(h('h1'), 'appTitle'),
    label ? h('p', { class: 'env-banner', role: 'note', id: 'env-banner' }, lang() === 'ja' ? label.ja : label.en) : null,
    h('div', { class: 'top-actions' },
      signedIn && state.department ? tr(h('span', { class: 'department' }), 'department', undefined, () => ({ name: state.department })) : null,
      tr(tr(h('button', { type: 'button', id: 'lang', class: 'secondary', onclick: () => {
        switchLanguage();
        const banner = byId('env-banner');
        if (banner && label) banner.textContent = lang() === 'ja' ? label.ja : label.en;
      } }), 'switchLang'), 'switchLangLabel', 'aria-label'),
      signedIn ? tr(h('button', { type: 'button', id: 'sign-out', class: 'secondary', onclick: () => void signOut(state.config) }), 'signOut') : null,
    ),
  );
}

function showSignIn(notice?: MessageKey): void {
  translated.length = 0;
  clear(root());
  append(root(),
    header(false),
    h('main', { class: 'sign-in', id: 'main' },
      // Signed out, or the session ended: said on the page, not only to a screen reader.
      notice ? tr(h('p', { id: 'sign-in-notice', class: 'notice notice-info', role: 'status' }), notice) : null,
      tr(h('p', { class: 'lead' }), 'signInLead'),
      tr(h('button', { type: 'button', id: 'sign-in', class: 'primary', onclick: () => void signIn(state.config, lang()) }), 'signIn'),
    ),
    h('div', { id: 'status', role: 'status', class: 'visually-hidden' }),
  );
}

function showApp(): void {
  translated.length = 0;
  clear(root());
  const fileInput = h('input', { type: 'file', id: 'file', accept: '.txt,.md,.markdown,.csv,text/plain,text/markdown,text/csv', multiple: true, hidden: true, onchange: onFiles });
  append(root(),
    header(true),
    h('div', { class: 'layout' },
      h('nav', { class: 'sidebar', id: 'sidebar', 'aria-labelledby': 'conversations-heading' },
        h('div', { class: 'row sidebar-actions' },
          tr(h('button', { type: 'button', id: 'new-chat', class: 'primary', onclick: newConversation }), 'newChat'),
          // Narrow screens only (CSS): the list folds away so the chat is on the first screen.
          h('button', { type: 'button', id: 'toggle-history', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': 'history', onclick: toggleHistory }),
        ),
        h('div', { id: 'history', class: 'history' },
          tr(h('h2', { id: 'conversations-heading' }), 'conversations'),
          h('ul', { id: 'conversations', class: 'conversations' }),
          h('div', { id: 'history-error', class: 'history-error', hidden: true },
            tr(h('p', { role: 'alert' }), 'historyError'),
            tr(h('button', { type: 'button', id: 'history-retry', class: 'secondary', onclick: () => void refreshConversations() }), 'retry'),
          ),
        ),
      ),
      h('main', { class: 'chat', id: 'main' },
        tr(h('div', { id: 'log', class: 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions text', tabindex: 0 }), 'logLabel', 'aria-label'),
        h('form', { id: 'composer', class: 'composer', onsubmit: onSubmit, novalidate: true },
          h('div', { class: 'row' },
            tr(h('label', { for: 'model' }), 'model'),
            h('select', { id: 'model', onchange: (e: Event) => (state.model = (e.target as HTMLSelectElement).value) }),
          ),
          tr(h('label', { for: 'message', class: 'message-label' }), 'message'),
          tr(h('textarea', { id: 'message', rows: 3, 'aria-describedby': 'composer-hint', onkeydown: onKeyDown, oncompositionstart: () => (state.composing = true), oncompositionend: () => (state.composing = false) }), 'messagePlaceholder', 'placeholder'),
          tr(h('p', { id: 'composer-hint', class: 'hint' }), 'composerHint'),
          h('div', { class: 'row attach' },
            tr(h('button', { type: 'button', id: 'attach-file', class: 'secondary', onclick: () => fileInput.click() }), 'attachFile'),
            fileInput,
            tr(h('button', { type: 'button', id: 'paste-document', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': 'paste-panel', onclick: togglePastePanel }), 'pasteDocument'),
          ),
          h('div', { id: 'paste-panel', class: 'paste-panel', hidden: true, onkeydown: (e: Event) => {
            if ((e as KeyboardEvent).key === 'Escape') togglePastePanel();
          } },
            tr(h('label', { for: 'document-name' }), 'documentName'),
            h('input', { id: 'document-name', type: 'text', maxlength: 200 }),
            tr(h('label', { for: 'document-text' }), 'documentText'),
            h('textarea', { id: 'document-text', rows: 5 }),
            h('div', { class: 'row' },
              tr(h('button', { type: 'button', id: 'add-document', class: 'secondary', onclick: addPastedDocument }), 'addDocument'),
              tr(h('button', { type: 'button', class: 'secondary', onclick: togglePastePanel }), 'cancel'),
            ),
          ),
          h('div', { id: 'attachments-box', class: 'attachments-box', hidden: true },
            tr(h('h3', { id: 'attachments-heading' }), 'attachments'),
            h('ul', { id: 'attachments', 'aria-labelledby': 'attachments-heading' }),
            tr(h('p', { class: 'hint' }), 'attachmentNote'),
          ),
          h('p', { id: 'composer-error', class: 'composer-error', role: 'alert' }),
          h('div', { class: 'row send-row' },
            tr(h('button', { type: 'button', id: 'stop', class: 'secondary', hidden: true, onclick: () => state.abort?.abort() }), 'stop'),
            tr(h('button', { type: 'submit', id: 'send', class: 'primary' }), 'send'),
          ),
        ),
      ),
    ),
    h('div', { id: 'status', role: 'status', class: 'visually-hidden' }),
  );
  renderModels();
  renderConversations();
  renderLog();
  renderHistoryToggle();
  keepLogEnd();
}

/**
 * When the composer grows (attachments, the paste panel, an error line) the log gets shorter;
 * a reader who was at the latest message stays there instead of seeing it cut off.
 */
function keepLogEnd(): void {
  const log = byId('log');
  let stick = true;
  log.addEventListener('scroll', () => (stick = log.scrollHeight - log.scrollTop - log.clientHeight < 80));
  new ResizeObserver(() => {
    if (stick) log.scrollTop = log.scrollHeight;
  }).observe(log);
}

function renderHistoryToggle(): void {
  const button = byId('toggle-history');
  if (!button) return;
  const open = byId('sidebar').classList.contains('open');
  button.setAttribute('aria-expanded', String(open));
  button.textContent = `${t(open ? 'hideHistory' : 'showHistory')}${state.conversations.length ? ` (${state.conversations.length}${state.nextCursor ? '+' : ''})` : ''}`;
}

function toggleHistory(): void {
  byId('sidebar').classList.toggle('open');
  renderHistoryToggle();
}

// ---- composer ---------------------------------------------------------------------------

function onKeyDown(e: Event): void {
  const k = e as KeyboardEvent;
  if (k.key !== 'Enter' || k.shiftKey || k.altKey || k.ctrlKey || k.metaKey) return;
  // Enter that confirms an IME conversion must never send (keyCode 229 covers Safari's order of events).
  if (k.isComposing || k.keyCode === 229 || state.composing) return;
  k.preventDefault();
  byId<HTMLFormElement>('composer').requestSubmit();
}

function onSubmit(e: Event): void {
  e.preventDefault();
  void send();
}

function togglePastePanel(): void {
  const panel = byId('paste-panel');
  const button = byId('paste-document');
  panel.hidden = !panel.hidden;
  button.setAttribute('aria-expanded', String(!panel.hidden));
  if (!panel.hidden) byId('document-name').focus();
  else button.focus();
}

function composerError(key?: MessageKey, params?: Record<string, string | number>): void {
  state.composerError = key ? { key, params } : undefined;
  renderComposerError();
}

function renderComposerError(): void {
  const line = byId('composer-error');
  if (line) line.textContent = state.composerError ? t(state.composerError.key, state.composerError.params) : '';
}

function addPastedDocument(): void {
  const name = byId<HTMLInputElement>('document-name');
  const text = byId<HTMLTextAreaElement>('document-text');
  if (!text.value.trim()) return text.focus();
  const docName = name.value.trim() || t('pastedDocumentNameN', { n: state.attachments.length + 1 });
  if (text.value.length > MAX_DOCUMENT_CHARS) return composerError('fileTooLarge', { name: docName, max: MAX_DOCUMENT_CHARS.toLocaleString() });
  state.attachments.push({ name: docName, text: text.value });
  name.value = '';
  text.value = '';
  togglePastePanel();
  renderAttachments();
  // Attached: the next thing to do is to write the request.
  byId('message').focus();
}

async function onFiles(e: Event): Promise<void> {
  const input = e.target as HTMLInputElement;
  composerError();
  for (const file of Array.from(input.files ?? [])) {
    if (!ATTACHABLE.test(file.name)) {
      composerError('unsupportedFile', { name: file.name });
      continue;
    }
    const text = await file.text();
    if (text.length > MAX_DOCUMENT_CHARS) {
      composerError('fileTooLarge', { name: file.name, max: MAX_DOCUMENT_CHARS.toLocaleString() });
      continue;
    }
    state.attachments.push({ name: file.name, text });
  }
  input.value = '';
  renderAttachments();
}

function renderAttachments(): void {
  const list = byId('attachments');
  if (!list) return;
  clear(list);
  byId('attachments-box').hidden = state.attachments.length === 0;
  state.attachments.forEach((doc, i) => {
    list.appendChild(
      h('li', {},
        h('span', { class: 'doc-name' }, doc.name),
        h('span', { class: 'doc-size' }, ` (${t('chars', { count: doc.text.length.toLocaleString() })})`),
        h('button', { type: 'button', class: 'link-button', 'aria-label': t('removeDocument', { name: doc.name }), onclick: () => {
          state.attachments.splice(i, 1);
          renderAttachments();
          byId('message').focus();
        } }, '×'),
      ),
    );
  });
}

// ---- models and conversations ------------------------------------------------------------

function renderModels(): void {
  const select = byId<HTMLSelectElement>('model');
  if (!select) return;
  clear(select);
  // Without a list from /v1/me the server's default model answers; no empty picker.
  (select.parentElement as HTMLElement).hidden = state.models.length === 0;
  for (const m of state.models) {
    select.appendChild(h('option', { value: m.id, title: m.id, selected: m.id === state.model }, m.local ? `${m.name} (${t('localModel')})` : m.name));
  }
}

function modelsOf(me: Record<string, any>): ModelChoice[] {
  const raw = (Array.isArray(me.models) ? me.models : (me.models?.allowed ?? me.allowedModels ?? [])) as (string | Record<string, any>)[];
  return raw.map((m) => {
    const id = typeof m === 'string' ? m : String(m.id ?? m.modelId);
    const name = typeof m === 'string' ? modelName(m) : String(m.name ?? m.label ?? modelName(id));
    return { id, name, local: /local/i.test(id) || (typeof m !== 'string' && m.local === true) };
  });
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toLocaleString(lang() === 'ja' ? 'ja-JP' : 'en-GB', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

function renderConversations(): void {
  const list = byId('conversations');
  if (!list) return;
  clear(list);
  byId('history-error').hidden = !state.historyError;
  renderHistoryToggle();
  if (state.conversations.length === 0) {
    if (!state.historyError) list.appendChild(h('li', { class: 'empty' }, t('noConversations')));
    return;
  }
  for (const c of state.conversations) {
    const title = c.title || t('untitled');
    const current = c.id === state.conversationId;
    const titleNode = h('span', { class: 'conv-title' });
    append(titleNode, ...compactPlaceholders(title));
    list.appendChild(
      h('li', { class: current ? 'current' : '' },
        h('button', { type: 'button', class: 'conv-open', 'aria-current': current ? 'true' : undefined, 'data-id': c.id, onclick: () => void openConversation(c.id) },
          titleNode,
          h('span', { class: 'conv-date' }, formatDate(c.updatedAt)),
        ),
        h('button', { type: 'button', class: 'conv-delete link-button', 'aria-label': t('deleteConversationLabel', { title: compactPlaceholderText(title) }), 'data-id': c.id, onclick: () => void deleteConversation(c.id, compactPlaceholderText(title)) }, t('deleteConversation')),
      ),
    );
  }
  if (state.nextCursor) {
    list.appendChild(h('li', { class: 'more' }, h('button', { type: 'button', id: 'more-conversations', class: 'secondary', onclick: () => void moreConversations() }, t('moreConversations'))));
  }
}

async function refreshConversations(): Promise<void> {
  try {
    const page = await state.api.conversations();
    state.conversations = page.items;
    state.nextCursor = page.nextCursor;
    state.historyError = false;
  } catch {
    // Keep what was shown: an empty list would say "no conversations yet", which is not true.
    state.historyError = true;
  }
  renderConversations();
}

async function moreConversations(): Promise<void> {
  if (!state.nextCursor) return;
  try {
    const page = await state.api.conversations(state.nextCursor);
    const known = new Set(state.conversations.map((c) => c.id));
    state.conversations = [...state.conversations, ...page.items.filter((c) => !known.has(c.id))];
    state.nextCursor = page.nextCursor;
  } catch {
    state.historyError = true;
  }
  renderConversations();
  byId('conversations').querySelector<HTMLElement>('li:last-of-type .conv-open')?.focus();
}

function newConversation(): void {
  state.conversationId = undefined;
  state.messages = [];
  renderLog();
  renderConversations();
  announce('newChatStarted');
  byId('message').focus();
}

async function openConversation(id: string): Promise<void> {
  try {
    const conv = await state.api.conversation(id);
    state.conversationId = id;
    state.messages = conv.messages.map((m) => ({ role: m.role, text: m.text, documents: m.documents, notices: [], streaming: false }));
    if (conv.model && state.models.some((m) => m.id === conv.model)) state.model = conv.model;
    renderModels();
    renderLog();
    renderConversations();
    announce('opened');
    byId('sidebar').classList.remove('open');
    renderHistoryToggle();
    byId('message').focus();
  } catch (e) {
    const err = apiErrorOf(e);
    composerError(err.code && ERROR_KEYS.has(err.code) ? (`error_${err.code}` as MessageKey) : 'error_unknown');
    if (err.code === 'conversation_not_found') await refreshConversations();
  }
}

async function deleteConversation(id: string, title: string): Promise<void> {
  if (!confirm(t('confirmDelete', { title: title.length > 40 ? `${title.slice(0, 40)}…` : title }))) return;
  try {
    await state.api.deleteConversation(id);
    if (state.conversationId === id) {
      state.conversationId = undefined;
      state.messages = [];
      renderLog();
    }
    await refreshConversations();
    announce('deleted');
    byId('new-chat').focus();
  } catch (e) {
    const err = apiErrorOf(e);
    composerError(err.code && ERROR_KEYS.has(err.code) ? (`error_${err.code}` as MessageKey) : 'error_unknown');
  }
}

// ---- the conversation log ----------------------------------------------------------------

function maskedNotice(guard: GuardReport): Notice {
  const entries = Object.entries(guard.maskedByType).filter(([, n]) => n > 0);
  if (entries.length === 0) return { kind: 'info', key: 'maskedNone' };
  return { kind: 'info', key: 'masked', masked: entries };
}

function renderNotice(n: Notice): HTMLElement {
  const params = n.masked
    ? { items: n.masked.map(([type, count]) => `${entityLabel(type)} ×${count}`).join(lang() === 'ja' ? '、' : ', ') }
    : n.reasonKey
      ? { ...n.params, message: t(n.reasonKey) }
      : n.params;
  const box = h('div', { class: `notice notice-${n.kind}`, role: n.kind === 'block' || n.kind === 'error' ? 'alert' : undefined }, h('p', {}, t(n.key, params)));
  for (const d of n.details ?? []) box.appendChild(h('p', { class: 'notice-detail' }, t(d.key, d.params)));
  if (n.asDocument !== undefined) {
    const text = n.asDocument;
    box.appendChild(h('button', { type: 'button', class: 'secondary as-document', onclick: () => moveToDocument(text) }, t('sendAsDocument')));
  }
  if (n.resend) {
    const again = n.resend;
    box.appendChild(h('button', { type: 'button', class: 'secondary resend', onclick: () => {
      if (state.busy) return;
      byId<HTMLTextAreaElement>('message').value = again.text;
      state.attachments = [...again.documents];
      renderAttachments();
      void send();
    } }, t('resend')));
  }
  return box;
}

/** The blocked message's text becomes a document; the user writes the request on its own. */
function moveToDocument(text: string): void {
  state.attachments.push({ name: t('pastedDocumentName'), text: text.slice(0, MAX_DOCUMENT_CHARS) });
  const input = byId<HTMLTextAreaElement>('message');
  if (input.value.trim() === text.trim()) input.value = '';
  renderAttachments();
  announce('movedToDocument');
  input.focus();
}

function renderMessageBody(m: Message, body: HTMLElement): void {
  clear(body);
  // While streaming, a half-arrived "**" or "`" at the end would show as a stray mark until its pair comes.
  const text = m.role === 'assistant' && m.streaming ? m.text.replace(/[*_`~]+$/, '') : m.text;
  if (m.role === 'assistant') body.appendChild(renderMarkdown(text, { allowedLinkHosts: state.config.allowedLinkHosts, origin: location.origin }));
  else append(body, h('p', { class: 'user-text' }, ...textWithPlaceholders(m.text)));
  if (m.sentText && m.sentText !== m.text) {
    append(body, h('div', { class: 'sent-text' }, h('span', { class: 'sent-label' }, t('maskedAsSent')), h('p', { class: 'user-text' }, ...textWithPlaceholders(m.sentText))));
  }
}

function renderMessage(m: Message): HTMLElement {
  const body = h('div', { class: 'body' });
  renderMessageBody(m, body);
  const node = h('article', { class: `msg msg-${m.role}${m.streaming ? ' streaming' : ''}`, 'aria-busy': m.streaming ? 'true' : undefined },
    h('h3', { class: 'who' }, t(m.role === 'user' ? 'you' : 'assistant')),
    body,
    m.documents.length ? h('ul', { class: 'docs', 'aria-label': t('attachments') }, ...m.documents.map((d) => h('li', {}, d))) : null,
    h('div', { class: 'notices' }, ...m.notices.map(renderNotice)),
  );
  m.node = node;
  return node;
}

/** The first screen of a conversation: what to do, what the guard does, and example requests. */
function welcome(): HTMLElement {
  const examples = (['example1', 'example2', 'example3'] as const).map((key) =>
    h('li', {}, h('button', { type: 'button', class: 'example', onclick: () => {
      const input = byId<HTMLTextAreaElement>('message');
      input.value = t(key);
      input.focus();
    } }, t(key))),
  );
  return h('section', { id: 'welcome', class: 'welcome', 'aria-labelledby': 'welcome-title' },
    h('h2', { id: 'welcome-title' }, t('welcomeTitle')),
    h('p', {}, t('welcomeLead')),
    h('p', { class: 'hint' }, t('welcomePrivacy')),
    h('h3', {}, t('welcomeExamples')),
    h('ul', { class: 'examples' }, ...examples),
  );
}

/** Whether the reader is at the end of the log (or of the page, on a narrow screen where the page scrolls). */
function atEnd(): boolean {
  const log = byId('log');
  if (log.scrollHeight > log.clientHeight + 1) return log.scrollHeight - log.scrollTop - log.clientHeight < 80;
  // The page scrolls (narrow screen): at the end when the log's last line is on screen.
  return log.getBoundingClientRect().bottom - window.innerHeight < 80;
}

/** Follow the newest text, unless the reader has scrolled up to read something earlier. */
function followEnd(force = false, wasAtEnd = true): void {
  if (!force && !wasAtEnd) return;
  const log = byId('log');
  log.scrollTop = log.scrollHeight;
  // Narrow screens: the log is part of the page, so the page scrolls to show the latest message.
  if (log.scrollHeight <= log.clientHeight + 1) {
    const last = log.lastElementChild as HTMLElement | null;
    last?.scrollIntoView({ block: 'end' });
  }
}

function renderLog(): void {
  const log = byId('log');
  if (!log) return;
  clear(log);
  if (state.messages.length === 0) log.appendChild(welcome());
  for (const m of state.messages) log.appendChild(renderMessage(m));
  log.scrollTop = log.scrollHeight;
}

function update(m: Message): void {
  // The session ended mid-request: the page is the sign-in screen now.
  if (!byId('log')) return;
  const end = atEnd();
  byId('welcome')?.remove();
  const old = m.node;
  const fresh = renderMessage(m);
  if (old?.parentNode) old.parentNode.replaceChild(fresh, old);
  else byId('log').appendChild(fresh);
  followEnd(m.role === 'user' && !old, end);
}

let frame = 0;
function updateSoon(m: Message): void {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    if (!byId('log')) return;
    const end = atEnd();
    const body = m.node?.querySelector<HTMLElement>('.body');
    if (body) renderMessageBody(m, body);
    followEnd(false, end);
  });
}

function setBusy(busy: boolean): void {
  state.busy = busy;
  const send = byId<HTMLButtonElement>('send');
  // Gone when the session ended mid-request and the page went back to sign-in.
  if (!send) return;
  send.disabled = busy;
  send.textContent = t(busy ? 'sending' : 'send');
  byId('stop').hidden = !busy;
  byId('composer').setAttribute('aria-busy', String(busy));
}

async function send(): Promise<void> {
  const input = byId<HTMLTextAreaElement>('message');
  const text = input.value.trim();
  if (!text || state.busy) return;
  composerError();
  const documents = [...state.attachments];
  const user: Message = { role: 'user', text, documents: documents.map((d) => d.name), notices: [], streaming: false };
  const answer: Message = { role: 'assistant', text: '', documents: [], notices: [], streaming: true };
  state.messages.push(user, answer);
  update(user);
  update(answer);
  input.value = '';
  state.attachments = [];
  renderAttachments();
  setBusy(true);
  announce('answering');
  state.abort = new AbortController();
  /** Nothing reached the model (blocked or failed before the answer): the text goes back in the box. */
  let failed = false;
  try {
    await state.api.chat(
      { message: text, model: state.model || undefined, conversationId: state.conversationId, documents: documents.length ? documents : undefined },
      {
        onMeta: ({ conversationId, guard }) => {
          if (conversationId) state.conversationId = conversationId;
          user.notices.push(maskedNotice(guard));
          if (guard.maskedMessage) user.sentText = guard.maskedMessage;
          if (guard.injection?.flagged) user.notices.push(injectionNotice(guard));
          update(user);
        },
        onDelta: (delta) => {
          answer.text += delta;
          updateSoon(answer);
        },
        onDone: ({ guard }) => {
          answer.streaming = false;
          if (guard.outputCheck === 'mask' || guard.outputCheck === 'masked') answer.notices.push({ kind: 'info', key: 'outputMasked' });
          if (guard.linksNeutralised) answer.notices.push({ kind: 'info', key: 'linksNeutralised', params: { count: guard.linksNeutralised } });
          if (guard.injection?.flagged && !user.notices.some((n) => n.key === 'injectionNotice' || n.key === 'injectionNoticeDocuments')) {
            user.notices.push(injectionNotice(guard as GuardReport));
            update(user);
          }
          update(answer);
          announce('answerDone');
        },
        onBlocked: (b) => {
          failed = b.stage === 'input';
          // Known reasons in the page's language; anything else as the API worded it.
          const reasonKey = b.reason && b.reason in REASONS ? (`reason_${b.reason}` as MessageKey) : undefined;
          const details: Notice['details'] = [];
          if (b.blockedTypes?.length) details.push({ key: 'blockedTypes', params: { types: b.blockedTypes.map(entityLabel).join(', ') } });
          if (b.requestId) details.push({ key: 'requestId', params: { id: b.requestId } });
          const notice: Notice = { kind: 'block', key: b.stage === 'input' ? 'blockedInput' : 'blockedOutput', params: { message: b.message }, reasonKey, details };
          if (b.stage === 'input') {
            state.messages.splice(state.messages.indexOf(answer), 1);
            answer.node?.remove();
            user.notices.push(notice);
            if (b.pastedMaterial) user.notices.push({ kind: 'info', key: 'pastedMaterialHint', asDocument: text });
            update(user);
          } else {
            answer.streaming = false;
            answer.notices.push(notice);
            update(answer);
          }
        },
        onError: (err) => {
          answer.streaming = false;
          if (answer.text === '') failed = true;
          answer.notices.push(errorNotice(err, { text, documents }));
          update(answer);
        },
      },
      state.abort.signal,
    );
  } catch (e) {
    answer.streaming = false;
    if (state.abort?.signal.aborted) {
      answer.notices.push({ kind: 'info', key: 'stopped' });
      update(answer);
    } else if (!(e instanceof ApiError && e.status === 401)) {
      if (answer.text === '') failed = true;
      answer.notices.push(errorNotice(apiErrorOf(e), { text, documents }));
      update(answer);
    }
  } finally {
    state.abort = undefined;
    setBusy(false);
    if (answer.streaming && state.messages.includes(answer)) {
      answer.streaming = false;
      update(answer);
    }
    // Give the text (and documents) back to edit or send again, unless something new was typed meanwhile.
    if (failed && input.value.trim() === '') {
      input.value = text;
      if (state.attachments.length === 0) state.attachments = documents;
      renderAttachments();
    }
    input.focus({ preventScroll: true });
    void refreshConversations();
  }
}

function injectionNotice(guard: GuardReport): Notice {
  // A flagged document was answered (fenced as data); a flagged message that got through is the user's own text.
  return { kind: 'warn', key: guard.injection?.documents && !guard.injection?.message ? 'injectionNoticeDocuments' : 'injectionNotice' };
}

const REASONS = { personal_data: 1, prompt_injection: 1, answer: 1, guardrail: 1 } as const;

// ---- start -------------------------------------------------------------------------------

async function start(): Promise<void> {
  const stored = localStorage.getItem(LANG_KEY);
  setLang(stored === 'en' ? 'en' : 'ja');
  document.title = t('appTitle');
  const base = document.body.dataset.base ?? '/';
  const res = await fetch(`${base}app/config.json`, { credentials: 'omit', cache: 'no-cache' });
  state.config = (await res.json()) as RuntimeConfig;
  state.api = new Api(state.config, () => showSignIn('sessionExpired'));
  const returning = new URLSearchParams(location.search).has('code');
  let signedIn = false;
  try {
    signedIn = await completeSignIn(state.config);
  } catch {
    signedIn = false;
  }
  // A reload forgets the tokens: go back through managed login, which asks nothing while its session lasts.
  if (!signedIn && !returning && wasSignedIn()) return signIn(state.config, lang());
  if (!signedIn) return showSignIn(takeSignedOut() ? 'signedOut' : undefined);

  const claims = idClaims();
  state.department = typeof claims['custom:department'] === 'string' ? claims['custom:department'] : '';
  try {
    const me = await state.api.me();
    state.models = modelsOf(me);
    if (typeof me.department === 'string') state.department = me.department;
    state.model = String(me.models?.default ?? me.defaultModel ?? state.models[0]?.id ?? '');
    // The output guard's allow-list, as the server applies it, wins over the deploy-time copy.
    if (Array.isArray(me.allowedLinkHosts)) state.config = { ...state.config, allowedLinkHosts: me.allowedLinkHosts };
  } catch (e) {
    // Signed out on the way (the token was refused and could not be renewed): stay on sign-in.
    if (e instanceof ApiError && e.status === 401) return;
    state.models = [];
  }
  showApp();
  // Ready to type, without scrolling the welcome out of sight on a small screen.
  byId('message').focus({ preventScroll: true });
  await refreshConversations();
}

void start();
