import { maskPersonalData } from '../../../lambda/guard/mask';
import { buildEvasionCases, buildWrittenFormCases, core } from '../../fixtures/guard/typed-evasions';
import { found } from '../../support/detected';

// Characters outside the BMP (emoji, 𠮷) are two UTF-16 code units. A detector that indexes a
// copy of the text by code points instead of code units reads every offset after one of them
// one place off: the value it rewrites or reads is not the one there.

const ASTRAL = ['📞 ', '✉️ ', '👉', '𠮷野家の件、'];

describe('an astral character before a value shifts no offsets', () => {
  it('a phone number with spaced dashes after 📞 is found whole', () => {
    expect(found('📞 0 8 0 - 1 2 3 4 - 5 6 7 8 までご連絡を', 'PHONE_NUMBER')).toEqual(['0 8 0 - 1 2 3 4 - 5 6 7 8']);
    expect(found('😀😀 080 ー 1234 ー 5678です', 'PHONE_NUMBER')).toEqual(['080 ー 1234 ー 5678']);
  });

  it('every type under every evasion and written form is masked as well with an emoji or an astral kanji before its sentence', () => {
    const missed: string[] = [];
    let checked = 0;
    for (const c of [...buildEvasionCases(20261203), ...buildWrittenFormCases(20261203)]) {
      if (core(maskPersonalData(c.text).masked).includes(core(c.value))) continue; // not this test's concern
      for (const prefix of ASTRAL) {
        checked++;
        if (core(maskPersonalData(prefix + c.text).masked).includes(core(c.value))) missed.push(`${c.type} ${c.transform} ${JSON.stringify(prefix + c.text)}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });
});
