import { expect, type Page } from '@playwright/test';

/** In the console, on the Demande's page: the technician takes it in charge and qualifies it Majeure (§14: the remedy clock starts). */
export async function takeAndQualifyMajor(staff: Page, reference: string): Promise<void> {
  await staff.goto(`/console/demandes/${reference}`);
  await staff.getByRole('button', { name: 'Prendre en charge' }).click();
  await expect(staff.getByText('Assignée à : Thomas Technicien')).toBeVisible();
  const qualify = staff.locator('details', { has: staff.getByText('Qualifier', { exact: true }) });
  await qualify.locator(':scope > summary').click();
  await qualify.getByLabel('Criticité').selectOption('major');
  await qualify.getByRole('button', { name: 'Qualifier' }).click();
  await expect(staff.locator('[data-clock="remedy"]')).toContainText('(dans le délai)');
}
