import { ConfigError, parseConfig } from '../../lib/config';

/** The message a rejected config produces; fails the test if the config was accepted. */
export function rejection(input: unknown): string {
  try {
    parseConfig(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error(`config was accepted: ${JSON.stringify(input)}`);
}
