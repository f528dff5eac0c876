import { expect, test } from './fixtures';

test.describe('Firefox: nothing leaves the device', () => {
  // Every other test ends with the proxy guard's check (fixtures.ts); this one shows the guard sees what it must.
  test('the guard catches a request from an extension page, the part BiDi cannot watch', async ({
    extension,
    proxyGuard,
  }) => {
    const before = proxyGuard.requests.length;
    const outcome = await extension.control.evaluate(() =>
      fetch('http://ownership-lens.invalid/probe').then(
        (response) => response.status,
        () => 'refused',
      ),
    );
    expect(outcome).not.toBe(200);
    const seen = proxyGuard.requests.slice(before);
    // Seen and refused: taken off the list so this test's own probe does not fail it.
    proxyGuard.forget(before);
    // MV3's extension CSP upgrades the address to https, so the guard sees it as a tunnel to port 443.
    expect(seen).toEqual(['CONNECT ownership-lens.invalid:443']);
  });
});
