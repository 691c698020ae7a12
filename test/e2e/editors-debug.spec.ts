import { expect, test } from './support/fixtures';
test('debug selection', async ({ context, fixtureUrl }) => {
  const page = await context.newPage();
  page.on('console', (m) => console.log('PAGE', m.text()));
  await page.goto(fixtureUrl(process.env.DBG_PAGE ?? 'pages/editors-quill.html'));
  await page.evaluate(() => {
    const describe = (tag: string) => {
      const s = getSelection()!;
      const el = document.querySelector('[data-testid=composer]')!;
      console.log(tag, 'active=', document.activeElement?.localName, document.activeElement?.className, 'anchor=', s.anchorNode?.nodeName, JSON.stringify(s.anchorNode?.textContent?.slice(0, 20)), s.anchorOffset, 'inside=', el.contains(s.anchorNode));
    };
    (window as any).describeSel = describe;
    document.addEventListener('selectionchange', () => describe('selchange'));
    document.addEventListener('focusin', (e) => describe('focusin ' + (e.target as Element).localName));
    document.addEventListener('focusout', (e) => describe('focusout ' + (e.target as Element).localName));
    document.addEventListener('paste', () => describe('paste'), true);
  });
  const composer = page.getByTestId('composer');
  await composer.click();
  await page.keyboard.type('Черновик');
  await page.waitForTimeout(300);
  console.log('---- search');
  await page.getByTestId('trustops-panel').getByRole('searchbox').fill('часы работы');
  await page.waitForTimeout(300);
  console.log('---- click');
  await page.getByTestId('trustops-suggestion').first().click();
  await page.waitForTimeout(1000);
  console.log('STATE', await page.getByTestId('editor-state').textContent());
});
