// Types of what panel.bench.mjs shares with the tests.
import type { Page } from '@playwright/test';
export function scriptsBeforeInteractive(page: Page, load: () => Promise<unknown>): Promise<string[]>;
