/**
 * Where the system Chromium lives and how it is started headless on these machines.
 * Shared by the diagram renderer, the end-to-end tests and the audit script, so that a
 * single environment variable (`CHROMIUM_PATH`) moves them all.
 */
import { existsSync } from 'node:fs';

/** Debian's `chromium` package installs the browser here. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags that make headless Chromium work on a machine without a GPU, a sandbox or a network
 * beyond loopback (without the background-networking flags it keeps dialling Google's hosts).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium executable to use: `$CHROMIUM_PATH`, else Debian's default path. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM_PATH;
}

/** How to get Chromium, for error messages that must say exactly what to do. */
export const CHROMIUM_HINT =
  'Install it with `apt-get update && apt-get install -y chromium` (as root), ' +
  'or point CHROMIUM_PATH at an existing Chromium or Chrome executable.';

/** Throws a message that says how to install Chromium when it is missing. */
export function assertChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = chromiumPath(env);
  if (!existsSync(path)) throw new Error(`Chromium was not found at ${path}. ${CHROMIUM_HINT}`);
  return path;
}

/** Playwright launch options for the system Chromium (never a downloaded browser). */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env) {
  return { executablePath: assertChromium(env), args: [...CHROMIUM_ARGS] };
}
