import { modelName } from '../../lambda/web/model-name';

/** The model picker shows names an employee recognises; the id stays the option's tooltip. */
describe('web client: readable model names', () => {
  test.each([
    ['jp.anthropic.claude-haiku-4-5-20251001-v1:0', 'Claude Haiku 4.5'],
    ['jp.anthropic.claude-sonnet-4-5-20250929-v1:0', 'Claude Sonnet 4.5'],
    ['anthropic.claude-3-5-sonnet-20240620-v1:0', 'Claude 3.5 Sonnet'],
    ['jp.amazon.nova-2-lite-v1:0', 'Amazon Nova 2 Lite'],
    ['apac.amazon.nova-pro-v1:0', 'Amazon Nova Pro'],
  ])('%s is shown as %s', (id, name) => {
    expect(modelName(id)).toBe(name);
  });

  test('ids it cannot read, and the local stand-in, are shown as they are', () => {
    expect(modelName('local.echo-ja-v1')).toBe('local.echo-ja-v1');
    expect(modelName('custom-model')).toBe('custom-model');
  });
});
