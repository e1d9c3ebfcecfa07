// Finds a Chromium or Chrome to drive in tests: CHROME_PATH, then Debian's /usr/bin/chromium,
// then the usual Chrome locations, then @sparticuz/chromium if it happens to be installed.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const HOW_TO_INSTALL =
  'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
  'macOS/Windows: install Google Chrome), or point CHROME_PATH at its executable, ' +
  'or as a last resort `npm install --no-save @sparticuz/chromium@143.0.4`.';

/** Flags headless Chromium needs here: no sandbox as root, no GPU, no calls home. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist. ${HOW_TO_INSTALL}`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return await chromium.executablePath();
  } catch {
    throw new Error(HOW_TO_INSTALL);
  }
}

/** A fresh, empty profile for each launch. */
export const freshProfile = () => mkdtempSync(join(tmpdir(), 'news-widgets-chrome-'));
