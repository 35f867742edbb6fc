/**
 * Headless-browser check of the evidence report's HTML (not part of `npm test`; run with
 * `npm run test:e2e`). It proves the page renders completely and makes no external request:
 *
 * 1. Synthesizes the default kit with the policy gate (or takes `--assembly DIR`) and writes the report.
 * 2. Serves report.html from a local HTTP server on 127.0.0.1, with the page's own
 *    Content-Security-Policy removed so that the CSP cannot hide an external reference.
 * 3. Starts a recording proxy on 127.0.0.1 and launches Debian's `chromium` headless with
 *    `--proxy-server` pointing at it, so nothing can reach the internet, and drives it over the
 *    DevTools protocol on a pipe (`--remote-debugging-pipe`; Node 20 has no WebSocket client).
 * 4. Records every request the page makes (`Network.requestWillBeSent` on the page's session),
 *    checks the rendered DOM (both language sections, every table row), takes a screenshot and
 *    prints to PDF (the print stylesheet). Fails on any page request other than the page itself,
 *    and on any proxied request that carries the page as its referrer. Requests the browser
 *    makes on its own (component updates, account checks) reach the proxy without the page's
 *    session or referrer; they are listed, refused, and not counted against the page.
 *
 * Installs Debian's `chromium` with apt-get when it is missing.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { writeEvidenceReport } from '../../lib/report';
import { buildKit } from '../support/kit-app';
import { QUIET_CHROMIUM_FLAGS } from './quiet-chromium-flags';

const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>\n?/;

/**
 * Debian's `/usr/bin/chromium` is a wrapper that adds API keys and extension flags, which make
 * the browser talk to Google services on its own; the binary behind it is started directly.
 */
const CHROMIUM_BINARY = '/usr/lib/chromium/chromium';

/** Install Debian's chromium, and a Japanese font so the screenshot and PDF show the ja section. */
function ensureChromium(): string {
  const packages: string[] = [];
  if (!fs.existsSync(CHROMIUM_BINARY)) packages.push('chromium');
  if (spawnSync('fc-list', [':lang=ja'], { encoding: 'utf8' }).stdout?.trim() === '') packages.push('fonts-ipafont-gothic');
  if (packages.length > 0) {
    process.stdout.write(`installing Debian packages: ${packages.join(' ')}\n`);
    for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
      const r = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
    }
  }
  if (!fs.existsSync(CHROMIUM_BINARY)) throw new Error(`${CHROMIUM_BINARY} not found after installing chromium`);
  return CHROMIUM_BINARY;
}

function reportAssembly(assembly: string | undefined): string {
  if (assembly) {
    writeEvidenceReport(assembly);
    return assembly;
  }
  const { app } = buildKit({}, { policyGate: true });
  const dir = app.synth().directory;
  writeEvidenceReport(dir);
  return dir;
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

interface CdpMessage {
  readonly id?: number;
  readonly method?: string;
  readonly sessionId?: string;
  readonly params?: Record<string, unknown>;
  readonly result?: Record<string, unknown>;
  readonly error?: { readonly message: string };
}

/** A DevTools-protocol client over `--remote-debugging-pipe` (fd 3 in, fd 4 out, NUL-separated JSON). */
class PipeBrowser {
  private readonly child: ChildProcess;
  private nextId = 1;
  private buffer = '';
  private readonly pending = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  private readonly listeners: ((m: CdpMessage) => void)[] = [];
  public stderr = '';

  constructor(binary: string, flags: string[]) {
    // No Google API keys in the environment: the browser has no account or service to call.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GOOGLE_')));
    this.child = spawn(binary, [...flags, '--remote-debugging-pipe', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], env });
    this.child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString('utf8')));
    const out = this.child.stdio[4] as NodeJS.ReadableStream;
    out.on('data', (d: Buffer) => {
      this.buffer += d.toString('utf8');
      let end: number;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const message = JSON.parse(this.buffer.slice(0, end)) as CdpMessage;
        this.buffer = this.buffer.slice(end + 1);
        if (message.id !== undefined && this.pending.has(message.id)) {
          const p = this.pending.get(message.id)!;
          this.pending.delete(message.id);
          if (message.error) p.reject(new Error(message.error.message));
          else p.resolve(message.result ?? {});
        } else {
          for (const l of this.listeners) l(message);
        }
      }
    });
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const input = this.child.stdio[3] as NodeJS.WritableStream;
    input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  on(listener: (m: CdpMessage) => void): void {
    this.listeners.push(listener);
  }

  waitFor(predicate: (m: CdpMessage) => boolean): Promise<CdpMessage> {
    return new Promise((resolve) => this.on((m) => predicate(m) && resolve(m)));
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.send('Browser.close').catch(() => undefined);
    await exited;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { assembly: { type: 'string' }, out: { type: 'string' }, 'self-test': { type: 'boolean', default: false } } });
  const selfTest = values['self-test']!;
  const chromium = ensureChromium();
  const assembly = reportAssembly(values.assembly);
  const html = fs.readFileSync(path.join(assembly, 'evidence', 'report.html'), 'utf8');
  if (!CSP_META.test(html)) throw new Error('report.html has no Content-Security-Policy meta tag');
  // --self-test plants two external references to show the check catches them.
  const planted = ['https://fonts.example.com/planted.woff2', 'http://cdn.example.com/planted.css'];
  const served = selfTest
    ? html.replace(CSP_META, '').replace('</body>', `<link rel="preload" as="font" crossorigin href="${planted[0]}"><link rel="stylesheet" href="${planted[1]}"></body>`)
    : html.replace(CSP_META, '');

  const localRequests: string[] = [];
  const page = http.createServer((req, res) => {
    localRequests.push(`${req.method} ${req.url}`);
    if (req.url === '/report.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(served);
    } else {
      res.writeHead(404).end();
    }
  });
  const proxied: { request: string; referer?: string }[] = [];
  const proxy = http.createServer((req, res) => {
    proxied.push({ request: `${req.method} ${req.url}`, referer: req.headers.referer });
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    proxied.push({ request: `CONNECT ${req.url}` });
    // The browser may reset the tunnel it was refused; that is not an error of the check.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  proxy.on('clientError', (_e, socket) => socket.destroy());
  const pagePort = await listen(page);
  const proxyPort = await listen(proxy);
  const pageOrigin = `http://127.0.0.1:${pagePort}`;
  const url = `${pageOrigin}/report.html`;

  const out = values.out ?? fs.mkdtempSync(path.join(os.tmpdir(), 'report-browser-'));
  fs.mkdirSync(out, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
  const flags = [
    '--headless',
    ...QUIET_CHROMIUM_FLAGS,
    `--user-data-dir=${profile}`,
    `--proxy-server=http://127.0.0.1:${proxyPort}`,
  ];

  const failures: string[] = [];
  const pageRequests: string[] = [];
  const browser = new PipeBrowser(chromium, flags);
  try {
    const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    browser.on((m) => {
      if (m.sessionId === sessionId && m.method === 'Network.requestWillBeSent') pageRequests.push(String((m.params?.request as { url?: string })?.url));
    });
    await browser.send('Network.enable', {}, sessionId);
    await browser.send('Page.enable', {}, sessionId);
    await browser.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 1600, deviceScaleFactor: 1, mobile: false }, sessionId);
    const loaded = browser.waitFor((m) => m.sessionId === sessionId && m.method === 'Page.loadEventFired');
    await browser.send('Page.navigate', { url }, sessionId);
    await loaded;

    const evaluate = async (expression: string) =>
      ((await browser.send('Runtime.evaluate', { expression, returnByValue: true }, sessionId)).result as { value: unknown }).value;
    const dom = String(await evaluate('document.documentElement.outerHTML'));
    fs.writeFileSync(path.join(out, 'report.dom.html'), dom);
    const expected = ['<section class="lang" lang="en">', '<section class="lang" lang="ja">', 'id="en-fisc"', 'id="ja-fisc"', '監査証跡', 'Audit trail'];
    for (const marker of expected) if (!dom.includes(marker)) failures.push(`rendered DOM lacks ${marker}`);
    const rows = Number(await evaluate('document.querySelectorAll("tr").length'));
    const sourceRows = (served.match(/<tr>/g) ?? []).length;
    if (rows !== sourceRows) failures.push(`rendered DOM has ${rows} table rows, the file ${sourceRows}`);
    const styled = String(await evaluate('getComputedStyle(document.querySelector(".status")).borderStyle'));
    if (styled !== 'solid') failures.push(`inline stylesheet not applied (status badge border: ${styled})`);

    const shot = await browser.send('Page.captureScreenshot', { format: 'png', clip: { x: 0, y: 0, width: 1280, height: 2400, scale: 1 }, captureBeyondViewport: true }, sessionId);
    fs.writeFileSync(path.join(out, 'report.png'), Buffer.from(String(shot.data), 'base64'));
    const pdf = await browser.send('Page.printToPDF', { printBackground: true, displayHeaderFooter: false }, sessionId);
    const pdfBytes = Buffer.from(String(pdf.data), 'base64');
    fs.writeFileSync(path.join(out, 'report.pdf'), pdfBytes);
    if (!pdfBytes.subarray(0, 5).equals(Buffer.from('%PDF-'))) failures.push('print to PDF produced no PDF');
  } catch (e) {
    failures.push(`browser session failed: ${(e as Error).message}\n${browser.stderr.slice(-2000)}`);
  } finally {
    await browser.close();
    page.close();
    proxy.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }

  // The browser probes /favicon.ico on an http origin by itself; the document references nothing.
  const external = pageRequests.filter((r) => r !== url && r !== `${pageOrigin}/favicon.ico`);
  if (external.length > 0) failures.push(`the page requested: ${external.join(', ')}`);
  if (!pageRequests.includes(url)) failures.push('the page was never requested');
  const fromPage = proxied.filter((p) => p.referer?.startsWith(pageOrigin));
  if (fromPage.length > 0) failures.push(`requests with the page as referrer reached the proxy: ${fromPage.map((p) => p.request).join(', ')}`);
  const unexpectedLocal = localRequests.filter((r) => r !== 'GET /report.html' && r !== 'GET /favicon.ico');
  if (unexpectedLocal.length > 0) failures.push(`unexpected local requests: ${unexpectedLocal.join(', ')}`);
  const browserOwn = [...new Set(proxied.filter((p) => !fromPage.includes(p)).map((p) => p.request.replace(/\?.*$/, '')))].sort();

  process.stdout.write(
    [
      `assembly: ${assembly}`,
      `requests made by the page (DevTools Network domain): ${pageRequests.join(', ')}`,
      `requests on the local server: ${localRequests.join(', ')} (favicon: the browser's own probe)`,
      `other requests refused by the proxy (the browser's own services; HTTPS tunnels carry no referrer, so the page's own requests are told apart by the DevTools list above): ${browserOwn.join(', ') || 'none'}`,
      `outputs: ${out}/report.dom.html, report.png, report.pdf`,
      failures.length === 0 ? 'report.html: rendered completely, no external requests from the page' : `FAILED:\n- ${failures.join('\n- ')}`,
      '',
    ].join('\n'),
  );
  if (selfTest) {
    const caught = planted.filter((u) => external.includes(u));
    process.stdout.write(`self-test: planted ${planted.length} external references, caught ${caught.length}\n`);
    process.exit(caught.length === planted.length && proxied.some((p) => p.request.includes('cdn.example.com')) ? 0 : 1);
  }
  if (failures.length > 0) process.exit(1);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
