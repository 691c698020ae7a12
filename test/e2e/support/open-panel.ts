import { expect, type Page } from '@playwright/test';

/**
 * After the user clicks into a composer the overlay shows either its panel (room beside the
 * composer) or its chip (none); a test that drives the panel opens the chip the way a user does.
 * For pages with an open shadow root (the test build).
 */
export async function openFromChip(page: Page): Promise<void> {
  const panel = page.getByTestId('trustops-panel');
  const chip = page.getByTestId('trustops-chip');
  await expect(panel.or(chip).first()).toBeVisible();
  if (await chip.isVisible()) await chip.click();
  await expect(panel).toBeVisible();
}
