/**
 * `npm run dev`: the local trial on 127.0.0.1 (see README "Try it locally"). Ports from
 * DEV_PORT (default 8787) and DEV_OAUTH_PORT (default 8788). Stop with Ctrl+C.
 */
import { LOCAL_USERS } from './local-oauth';
import { LOCAL_MODEL_ID } from './local-model';
import { startDevStack } from './dev-stack';

async function main(): Promise<void> {
  const port = Number(process.env.DEV_PORT ?? 8787);
  const oauthPort = Number(process.env.DEV_OAUTH_PORT ?? 8788);
  const stack = await startDevStack({ port, oauthPort, quiet: process.env.DEV_QUIET === '1' }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'EADDRINUSE') throw e;
    process.stderr.write(
      `\n  Port ${(e as { port?: number }).port ?? `${port} or ${oauthPort}`} on 127.0.0.1 is already in use (another \`npm run dev\`?).\n` +
        '  Stop it with Ctrl+C in its terminal, or pick other ports: DEV_PORT=${port + 10} DEV_OAUTH_PORT=${oauthPort + 10} npm run dev\n\n',
    );
    process.exit(1);
  });
  process.stdout.write(
    [
      '',
      `  Web client:      ${stack.url}`,
      `  Sign-in (local): ${stack.oauth.origin}  (stands in for Cognito; pick ${LOCAL_USERS.map((u) => u.name).join(' or ')})`,
      `  Model:           ${LOCAL_MODEL_ID} on ${stack.bedrock.endpoint} (a local stand-in, not Bedrock)`,
      '  Conversations:   dynalite (in memory, gone when you stop)',
      '',
      `  Open ${stack.url} in a browser on this machine, press サインイン, pick a person (no password).`,
      process.env.DEV_QUIET === '1' ? '' : '  Each request prints its audit event (JSON) below; DEV_QUIET=1 hides them.',
      '  Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = () => void stack.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
