/**
 * Cases for the prefiltered fast paths: the shared digit-run / capital scan, sticky regexes
 * tried only at candidate positions, cheap literal gates, and the new name rules.
 */
import { detectEntities } from '../../../lambda/guard/detect';
import { digitRuns } from '../../../lambda/guard/detectors/digit-sequence';
import type { EntityType } from '../../../lambda/guard/types';

function found(text: string, type: EntityType): string[] {
  return detectEntities(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

describe('digitRuns', () => {
  it('lists digit runs, separated clusters, phone starts and capitals', () => {
    const runs = digitRuns('Tel +81 (3) 1234-5678, id 12 Ab');
    expect(Array.from(runs.starts.slice(0, runs.count))).toEqual([5, 9, 12, 17, 26]);
    expect(runs.clusterDigits[2]).toBe(8); // "1234-5678"
    expect(Array.from(runs.phoneStarts)).toEqual([4, 5, 8, 9, 12, 17]); // "12" is in a short stretch
    expect(Array.from(runs.capitals)).toEqual([0, 29]);
  });

  it('gives the same answer for the same text and a fresh one for another', () => {
    const a = digitRuns('a 1 b');
    expect(digitRuns('a 1 b')).toBe(a);
    expect(digitRuns('x 22 y').starts[0]).toBe(2);
  });

  it('handles empty and digit-free text', () => {
    expect(digitRuns('').count).toBe(0);
    expect(digitRuns('すべて日本語').count).toBe(0);
  });
});

describe('candidate-position detectors', () => {
  it('finds numbers at the start and end of the text', () => {
    expect(found('090-1234-5678', 'PHONE_NUMBER')).toEqual(['090-1234-5678']);
    expect(found('(03) 1234-5678', 'PHONE_NUMBER')).toEqual(['(03) 1234-5678']);
    expect(found('SSN 123-45-6789', 'US_SSN')).toEqual(['123-45-6789']);
  });

  it('finds a phone number right after a short unrelated number', () => {
    expect(found('Room 12, tel 03-1234-5678', 'PHONE_NUMBER')).toEqual(['03-1234-5678']);
  });

  it('does not split long digit runs into identifiers', () => {
    expect(found('ref 1234567890123456789012', 'CREDIT_CARD')).toEqual([]);
    expect(found('ref 1234567890123456789012', 'MY_NUMBER')).toEqual([]);
  });

  it('finds IPv6 only with two or more colons', () => {
    expect(found('host fe80::1 is up', 'IP_ADDRESS')).toEqual(['fe80::1']);
    expect(found('at 12:30 and ab:cd', 'IP_ADDRESS')).toEqual([]);
  });

  it('finds e-mail addresses next to each other and after long words', () => {
    expect(found('a@example.com,b@example.org', 'EMAIL')).toEqual(['a@example.com', 'b@example.org']);
    expect(found(`${'x'.repeat(70)}@example.com`, 'EMAIL')).toEqual([]);
  });

  it('finds IBANs after letters only at a word start', () => {
    expect(found('IBAN DE89 3704 0044 0532 0130 00', 'IBAN')).toEqual(['DE89 3704 0044 0532 0130 00']);
    expect(found('XDE89370400440532013000', 'IBAN')).toEqual([]);
  });

  it('finds street addresses that end in a house number', () => {
    expect(found('Send it to Villacher Strasse 89 please', 'ADDRESS')).toEqual(['Villacher Strasse 89']);
    expect(found('We met on Friday 12 times', 'ADDRESS')).toEqual([]);
  });
});

describe('gated markers and secrets', () => {
  it.each(['CONFIDENTIAL', 'Strictly Confidential', 'internal use only', '社外秘', '㊙'])('marks %s', (text) => {
    expect(detectEntities(`x ${text} y`).some((f) => f.type === 'CONFIDENTIAL_MARKER')).toBe(true);
  });

  it.each(['NONCONFIDENTIAL', 'xinternal only', '秘書'])('ignores %s', (text) => {
    expect(detectEntities(text).some((f) => f.type === 'CONFIDENTIAL_MARKER')).toBe(false);
  });

  it.each([
    `ghp_${'a'.repeat(36)}`,
    `npm_${'B'.repeat(36)}`,
    `sk-ant-${'c'.repeat(24)}`,
    `eyJ${'a'.repeat(10)}.eyJ${'b'.repeat(10)}.${'c'.repeat(10)}`,
    `glpat-${'d'.repeat(20)}`,
  ])('finds token %s', (token) => {
    expect(found(`token ${token} here`, 'SECRET')).toEqual([token]);
  });

  it('finds bearer tokens', () => {
    expect(found(`Authorization: Bearer ${'A1'.repeat(12)}`, 'SECRET')).toEqual(['A1'.repeat(12)]);
  });
});

describe('English names: general rules', () => {
  it('reads a middle initial as part of a name', () => {
    expect(found('The report by committee member Anna K. Nowak arrived', 'PERSON_NAME')).toEqual(['Anna K. Nowak']);
    expect(found('Notes from Petra J Kowalczyk', 'PERSON_NAME')).toEqual(['Petra J Kowalczyk']);
  });

  it('reads a title-case pair followed by a speech verb as a name', () => {
    expect(found('Yesterday Tomasz Brzezinski said the plan works', 'PERSON_NAME')).toEqual(['Tomasz Brzezinski']);
  });

  it('keeps ordinary title-case pairs alone', () => {
    expect(found('Entertainment Weekly ranked the album', 'PERSON_NAME')).toEqual([]);
    expect(found('Quarterly Results were published', 'PERSON_NAME')).toEqual([]);
  });
});
