import { addressDetector } from './address';
import { awsAccessKeyDetector } from './aws-access-key';
import { bankAccountDetector } from './bank-account';
import { confidentialMarkerDetector } from './confidential-marker';
import { corporateNumberDetector } from './corporate-number';
import { creditCardDetector } from './credit-card';
import { dateOfBirthDetector } from './date-of-birth';
import type { Detector } from './detector';
import { driversLicenseDetector } from './drivers-license';
import { emailDetector } from './email';
import { contactNameDetector } from './name-contact-lines';
import { spacedNamePartsDetector } from './name-spaced-parts';
import { healthInsuranceNumberDetector } from './health-insurance-number';
import { ibanDetector } from './iban';
import { ipAddressDetector } from './ip-address';
import { myNumberDetector } from './my-number';
import { passportNumberDetector } from './passport-number';
import { pensionNumberDetector } from './pension-number';
import { personNameDetector } from './person-name';
import { phoneNumberDetector } from './phone-number';
import { postalAfterAddressDetector } from './postal-after-address';
import { postalCodeDetector } from './postal-code';
import { romajiPostalCodeDetector } from './romaji-address';
import { secretDetector } from './secret';
import { usSsnDetector } from './us-ssn';
import { vcardAddressDetector, vcardPostalCodeDetector } from './vcard';

export type { Detector, DetectorOptions, RawFinding } from './detector';

/** Every detector, run once per text on the normalized string. */
export const DETECTORS: readonly Detector[] = [
  myNumberDetector,
  corporateNumberDetector,
  creditCardDetector,
  phoneNumberDetector,
  postalCodeDetector,
  romajiPostalCodeDetector,
  driversLicenseDetector,
  healthInsuranceNumberDetector,
  addressDetector,
  vcardAddressDetector,
  vcardPostalCodeDetector,
  // After the address detector: a postal code right after an address needs no cue.
  postalAfterAddressDetector,
  personNameDetector,
  // After the name detector: a passport number right after a name counts without a label.
  passportNumberDetector,
  emailDetector,
  ipAddressDetector,
  ibanDetector,
  usSsnDetector,
  // After the phone, e-mail and number detectors: the name written beside a contact detail
  // (name-contact-lines.ts).
  contactNameDetector,
  // A surname, one space and a given name the name detector read apart (被保険者桑原 寛子, 仲宗根 剛).
  spacedNamePartsDetector,
  // After the name, phone and e-mail detectors: a bare pension number or account in a list of
  // other personal data counts without a label.
  pensionNumberDetector,
  bankAccountDetector,
  dateOfBirthDetector,
  awsAccessKeyDetector,
  secretDetector,
  confidentialMarkerDetector,
];
