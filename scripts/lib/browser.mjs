// Launches the Chromium found by scripts/chrome.mjs through playwright-core (no browser download).
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, freshProfile } from '../chrome.mjs';

export async function launchChromium(options = {}) {
  const executablePath = await findChrome();
  return chromium.launchPersistentContext(freshProfile(), {
    executablePath,
    headless: true,
    args: CHROME_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'Asia/Damascus',
    ...options,
  });
}
