import type { BrowserContext, Request } from '@playwright/test';

export interface NetworkGuard {
  /** Every request seen that went anywhere but the allowed origins. */
  readonly violations: readonly string[];
  /** Throws, naming each offending request, if any was seen. */
  assertNoViolations(): void;
  dispose(): void;
}

/** Schemes that never leave the machine. */
const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:'];

/**
 * Watches every request in the context (pages, the extension's pages and its service worker).
 * The product promises nothing leaves the device, so anything but the extension itself
 * and the allowed origins (the fixture server) is a failure.
 */
export function guardNetwork(context: BrowserContext, allowedOrigins: readonly string[]): NetworkGuard {
  const violations: string[] = [];
  const onRequest = (request: Request) => {
    const url = request.url();
    if (LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme))) return;
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      origin = url;
    }
    if (!allowedOrigins.includes(origin)) violations.push(`${request.method()} ${url}`);
  };
  context.on('request', onRequest);
  return {
    violations,
    assertNoViolations() {
      if (violations.length > 0) {
        throw new Error(`Requests left the device:\n  ${violations.join('\n  ')}`);
      }
    },
    dispose: () => context.off('request', onRequest),
  };
}
