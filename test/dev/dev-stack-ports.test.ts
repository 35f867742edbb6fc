import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startDevStack } from './dev-stack';

/** `npm run dev` on a taken port: a plain EADDRINUSE for the launcher to explain, and nothing left running. */
describe('local trial: ports already in use', () => {
  let blocker: http.Server;
  let port: number;

  beforeAll(async () => {
    blocker = http.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    port = (blocker.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  test.each([
    ['the client port', () => ({ port, quiet: true })],
    ['the sign-in port', () => ({ oauthPort: port, quiet: true })],
  ])('%s taken: startDevStack rejects with EADDRINUSE and the port it wanted', async (_, options) => {
    await expect(startDevStack(options())).rejects.toMatchObject({ code: 'EADDRINUSE', port });
  });

  test('with free ports it starts, serves the client, and stops', async () => {
    const stack = await startDevStack({ quiet: true });
    const res = await fetch(stack.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    await stack.stop();
  });
});
