import type { Text } from './model';
import quality from './data/guard-quality.json';

/**
 * What the guard detects and does not, with its measured quality and the date of the
 * measurement, as the README states them. The figures live in data/guard-quality.json only,
 * so a new measurement is one edit.
 */
export interface GuardQuality {
  readonly measuredOn: string;
  readonly source: Text;
  readonly detects: Text;
  readonly doesNotDetect: Text;
  readonly figures: readonly Text[];
}

export const GUARD_QUALITY: GuardQuality = quality;

/** The guard's coverage and measured quality as report text. */
export function guardQualityText(q: GuardQuality = GUARD_QUALITY): Text[] {
  return [
    { en: `The guard detects: ${q.detects.en}.`, ja: `ガードが検出するもの: ${q.detects.ja}。` },
    { en: `The guard does not detect: ${q.doesNotDetect.en}.`, ja: `ガードが検出しないもの: ${q.doesNotDetect.ja}。` },
    {
      en: `Measured quality (${q.measuredOn}; ${q.source.en}): ${q.figures.map((f) => f.en).join('; ')}.`,
      ja: `測定した品質（${q.measuredOn}、${q.source.ja}）: ${q.figures.map((f) => f.ja).join('、')}。`,
    },
  ];
}
