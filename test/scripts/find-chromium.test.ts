import { describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, findChromium, type Machine } from '../../scripts/lib/find-chromium.ts';

const machine = (platform: NodeJS.Platform, installed: string[], env: Machine['env'] = {}): Machine => ({
  platform,
  env,
  home: '/Users/bientap',
  exists: (path) => installed.includes(path),
});

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, and says so when it points nowhere', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome' };
    expect(findChromium(machine('linux', ['/opt/chrome/chrome', '/usr/bin/chromium'], env))).toEqual({
      path: '/opt/chrome/chrome',
    });
    expect(findChromium(machine('linux', ['/usr/bin/chromium'], env))).toEqual({
      error: 'CHROMIUM_PATH=/opt/chrome/chrome does not exist',
    });
  });

  it("prefers Debian's chromium, then Ubuntu's, Chrome and Edge on Linux", () => {
    expect(findChromium(machine('linux', ['/usr/bin/google-chrome', '/usr/bin/chromium']))).toEqual({
      path: '/usr/bin/chromium',
    });
    expect(findChromium(machine('linux', ['/usr/bin/chromium-browser']))).toEqual({
      path: '/usr/bin/chromium-browser',
    });
    expect(findChromium(machine('linux', ['/opt/microsoft/msedge/msedge']))).toEqual({
      path: '/opt/microsoft/msedge/msedge',
    });
  });

  it('finds Chrome or Edge in the Applications folders on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium(machine('darwin', [chrome]))).toEqual({ path: chrome });
    const edge = '/Users/bientap/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findChromium(machine('darwin', [edge]))).toEqual({ path: edge });
  });

  it('finds Chrome or Edge under the program folders on Windows', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium(machine('win32', [edge], env))).toEqual({ path: edge });
  });

  it('says in one line how to install a browser when there is none', () => {
    const result = findChromium(machine('linux', []));
    expect(result).toEqual({ error: CHROMIUM_MISSING });
    expect(CHROMIUM_MISSING).toMatch(/apt-get install -y chromium/);
    expect(CHROMIUM_MISSING).not.toMatch(/\n/);
  });
});
