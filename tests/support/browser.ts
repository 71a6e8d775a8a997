/** Launches the system Chromium through playwright-core (no browser is ever downloaded). */
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../../src/integrations/chromium.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
