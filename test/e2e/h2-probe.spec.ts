import { test } from './support/fixtures';
test('probe', async ({ context, fixtureUrl }) => {
  const page = await context.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
  await page.goto(fixtureUrl('pages/generic-react.html'));
  await page.getByTestId('composer').click();
  await page.waitForTimeout(3000);
  console.log(await page.evaluate(() => [...document.documentElement.querySelectorAll('*')].filter((e) => e.localName.includes('-')).map((e) => `${e.localName} open=${!!e.shadowRoot}`).join(',')));
});
