import { describe, expect, it } from 'vitest';
import { findBrowser, missingDisplay } from '../../demo/browser';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('npm run demo: finding a browser', () => {
  it('takes CHROMIUM_PATH or CHROME_PATH first, and says when it points nowhere', () => {
    expect(
      findBrowser({ CHROME_PATH: '/opt/chrome', PATH: '/usr/bin' }, only('/opt/chrome', '/usr/bin/chromium')),
    ).toBe('/opt/chrome');
    expect(() => findBrowser({ CHROMIUM_PATH: '/nope' }, only())).toThrow(/CHROMIUM_PATH is set to \/nope/);
  });

  it('then looks on the PATH, in order', () => {
    expect(findBrowser({ PATH: '/a:/b' }, only('/b/chromium', '/a/google-chrome'))).toBe('/a/google-chrome');
  });

  it('says how to get one when there is none', () => {
    expect(() => findBrowser({ PATH: '/a' }, only())).toThrow(/No Chromium or Chrome found.*CHROME_PATH/);
  });

  it('explains that a headless Linux machine cannot show the window', () => {
    expect(missingDisplay({}, 'linux')).toMatch(/no display here.*headless.*--check/);
    expect(missingDisplay({ DISPLAY: ':0' }, 'linux')).toBeNull();
    expect(missingDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBeNull();
    expect(missingDisplay({}, 'darwin')).toBeNull();
  });
});
