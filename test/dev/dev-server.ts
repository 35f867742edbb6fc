/**
 * `npm run dev`: the local trial on 127.0.0.1 (see README "Try it locally"). Ports from
 * DEV_PORT (default 8787) and DEV_OAUTH_PORT (default 8788). Stop with Ctrl+C.
 */
import { LOCAL_USERS } from './local-oauth';
import { LOCAL_MODEL_ID } from './local-model';
import { startDevStack } from './dev-stack';

async function main(): Promise<void> {
  const stack = await startDevStack({
    port: Number(process.env.DEV_PORT ?? 8787),
    oauthPort: Number(process.env.DEV_OAUTH_PORT ?? 8788),
  });
  process.stdout.write(
    [
      '',
      `  Web client:      ${stack.url}`,
      `  Sign-in (local): ${stack.oauth.origin}  (stands in for Cognito; pick ${LOCAL_USERS.map((u) => u.name).join(' or ')})`,
      `  Model:           ${LOCAL_MODEL_ID} on ${stack.bedrock.endpoint} (a local stand-in, not Bedrock)`,
      '  Conversations:   dynalite (in memory, gone when you stop)',
      '',
      '  Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = () => void stack.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
