/** Debian's Chromium, driven by playwright-core (test tools cannot download browsers here). */
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
