/**
 * Where a Chromium-family browser is on this machine, for the browser tests and the benchmark:
 * CHROMIUM_PATH first, then the usual install places of Chromium, Google Chrome and Microsoft Edge on
 * Linux, macOS and Windows. playwright-core drives any of them; nothing is downloaded.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, win32 } from 'node:path';

export const CHROMIUM_MISSING =
  'No Chromium-family browser found: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; ' +
  'macOS or Windows: Google Chrome or Microsoft Edge) or set CHROMIUM_PATH to its executable';

export interface Machine {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  exists(path: string): boolean;
}

function candidates({ platform, env, home }: Machine): string[] {
  if (platform === 'darwin') {
    const apps = [
      'Chromium.app/Contents/MacOS/Chromium',
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    return ['/Applications', join(home, 'Applications')].flatMap((dir) => apps.map((app) => `${dir}/${app}`));
  }
  if (platform === 'win32') {
    const roots = [env['LOCALAPPDATA'], env['PROGRAMFILES'], env['PROGRAMFILES(X86)']].filter(
      (root): root is string => root !== undefined,
    );
    const apps = [
      'Chromium\\Application\\chrome.exe',
      'Google\\Chrome\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ];
    return roots.flatMap((root) => apps.map((app) => win32.join(root, app)));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/opt/microsoft/msedge/msedge',
  ];
}

export type BrowserSearch = { path: string } | { error: string };

/** The browser to drive, or one line saying why there is none. CHROMIUM_PATH, when set, must exist. */
export function findChromium(
  machine: Machine = { platform: process.platform, env: process.env, home: homedir(), exists: existsSync },
): BrowserSearch {
  const chosen = machine.env['CHROMIUM_PATH'];
  if (chosen) return machine.exists(chosen) ? { path: chosen } : { error: `CHROMIUM_PATH=${chosen} does not exist` };
  const path = candidates(machine).find((candidate) => machine.exists(candidate));
  return path ? { path } : { error: CHROMIUM_MISSING };
}
