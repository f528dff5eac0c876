import type { BrowserContext } from '@playwright/test';

export const PANEL_RUNS = 7;

export interface FirstListResult {
  runs: number[];
  how: string;
  error?: string;
}

export async function measureFirstList(_context: BrowserContext, _extensionId: string): Promise<FirstListResult> {
  return { runs: [], how: '', error: 'not yet written' };
}
