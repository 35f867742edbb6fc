/**
 * Chromium switches that keep the browser from calling any service of its own (updates,
 * sync, safe browsing, translation, metrics), so a browser test's network log holds only the
 * requests the page under test makes.
 */
export const QUIET_CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter,AutofillServerCommunication',
  '--no-pings',
  '--metrics-recording-only',
  '--no-first-run',
  '--no-default-browser-check',
  '--hide-scrollbars',
];
