import { expect, test } from './support/fixtures';
test('probe editors page', async ({ context, fixtureUrl }) => {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const contexts: { id: number; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string } }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await page.goto(fixtureUrl('pages/editors-draft.html'));
  await page.waitForTimeout(1000);
  await page.getByTestId('composer').click();
  await page.waitForTimeout(2000);
  for (const c of contexts) {
    const r = await cdp.send('Runtime.evaluate', { expression: '(async()=>{ if (typeof overlay === "undefined") return "none"; try { await overlay; return "ok" } catch (e) { return "err " + e.stack } })()', contextId: c.id, awaitPromise: true }).catch((e: Error) => ({ error: e.message }));
    console.log(c.name, JSON.stringify(r).slice(0, 1500));
  }
  expect(1).toBe(1);
});
