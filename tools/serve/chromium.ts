import { chromium, type Browser } from 'playwright-core';

/*
 * The one browser launcher the tests and the benchmark use: Debian's Chromium (.ci/run
 * installs it), or the one CHROMIUM_PATH names. No browser is ever downloaded.
 */

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
