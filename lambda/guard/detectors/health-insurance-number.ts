import { hasKeyword, valuesAfterContext } from './context-window';
import type { Detector } from './detector';

const CONTEXT = /被保険者(?:証)?(?:番号|記号)?|保険者番号|保険証(?:番号|の記号番号)?|健康保険(?:証)?|記号番号|health\s?insurance(?:\s?(?:number|no\.?|id))?|insurance\s?(?:number|no\.?|id)|member\s?id/gi;
// 保険者番号 (8 digits) or 記号・番号 pairs such as "1234・567".
const VALUE = /(?<![0-9A-Za-z])[0-9]{2,10}(?:[ ・-]{1,3}[0-9]{1,10})?(?![0-9]|[年月日円歳])/g;

export const healthInsuranceNumberDetector: Detector = {
  type: 'HEALTH_INSURANCE_NUMBER',
  detect(text, _options, out) {
    if (hasKeyword(text, 'health')) {
      valuesAfterContext(text, CONTEXT, VALUE, 16, (start, end) => {
        if (end - start >= 6) out.push({ type: 'HEALTH_INSURANCE_NUMBER', start, end, score: 0.85 });
      });
    }
  },
};
