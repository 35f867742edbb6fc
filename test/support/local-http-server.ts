import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The lifecycle every local stand-in shares: an HTTP server on 127.0.0.1 with a random port,
 * started and stopped by the test, its address as an SDK endpoint override. A subclass answers
 * requests in `handle`, or brings its own server (dynalite) by overriding `createServer`.
 */
export abstract class LocalHttpServer {
  private server?: http.Server;

  protected handle(_req: http.IncomingMessage, _res: http.ServerResponse): void {
    throw new Error(`${this.constructor.name} answers no requests`);
  }

  protected createServer(): http.Server {
    return http.createServer((req, res) => this.handle(req, res));
  }

  /** Called before the server closes, e.g. to end responses held open on purpose. */
  protected beforeStop(): void {}

  get endpoint(): string {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!address) throw new Error(`${this.constructor.name} is not started`);
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    const server = this.createServer();
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    return this;
  }

  async stop(): Promise<void> {
    this.beforeStop();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }
}

/** The whole body of a request, then `then` with it. */
export function readBody(req: http.IncomingMessage, then: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => then(Buffer.concat(chunks)));
}
