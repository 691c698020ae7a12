import type { Page } from '@playwright/test';
import type { PlacementCase } from './placement-cases';

/**
 * The points of the page the overlay must leave alone (composer centre and corners, each send/attach
 * control, the customer's last message) that `elementFromPoint` finds under the overlay's shadow
 * host: one line per point covered, naming the overlay's part there. Points off screen are skipped
 * (nothing to cover there); a control or message that is missing is reported, so that a renamed
 * fixture cannot make the check vacuous.
 */
export async function coveredPoints(page: Page, c: PlacementCase): Promise<string[]> {
  return page.evaluate(({ composer, controls, customer, customerSelector }) => {
    const hosts = [...document.querySelectorAll('*')].filter((e) => e.shadowRoot?.querySelector('[data-testid^="trustops"]'));
    const problems: string[] = [];
    const check = (label: string, x: number, y: number) => {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return;
      const hit = document.elementFromPoint(x, y);
      const host = hosts.find((h) => h === hit || h.contains(hit));
      if (!host) return;
      const inner = host.shadowRoot?.elementFromPoint(x, y)?.closest('[data-testid], [class]');
      const part = inner?.getAttribute('data-testid') ?? inner?.getAttribute('class') ?? 'overlay';
      problems.push(`${label} at (${Math.round(x)}, ${Math.round(y)}) [${part}]`);
    };
    const visible = (e: Element | null | undefined) => {
      const r = e?.getBoundingClientRect();
      return r && r.width > 0 && r.height > 0 ? r : null;
    };
    const r = visible(document.querySelector(composer));
    if (!r) return ['composer not found'];
    const inset = 3;
    check('composer centre', r.left + r.width / 2, r.top + r.height / 2);
    check('composer top-left', r.left + inset, r.top + inset);
    check('composer top-right', r.right - inset, r.top + inset);
    check('composer bottom-left', r.left + inset, r.bottom - inset);
    check('composer bottom-right', r.right - inset, r.bottom - inset);
    for (const selector of controls) {
      const found = [...document.querySelectorAll(selector)].map(visible).filter((cr) => cr !== null);
      if (!found.length) problems.push(`control ${selector} not found`);
      for (const cr of found) check(`control ${selector}`, cr.left + cr.width / 2, cr.top + cr.height / 2);
    }
    let last: Element | undefined;
    if (customerSelector) last = [...document.querySelectorAll(customerSelector)].pop();
    else if (customer) {
      // The innermost visible element holding the text; the overlay's own quote of it is in its shadow root.
      const holders = [...document.querySelectorAll('body *')].filter(
        (e) => visible(e) && (e.textContent ?? '').includes(customer) && ![...e.children].some((k) => (k.textContent ?? '').includes(customer)),
      );
      last = holders.pop();
    }
    const mr = visible(last);
    if (!mr) problems.push('customer message not found');
    else check('last customer message', mr.left + mr.width / 2, mr.top + mr.height / 2);
    return problems;
  }, { composer: c.composer, controls: c.controls, customer: c.customer ?? '', customerSelector: c.customerSelector ?? '' });
}

/**
 * The open panel fits the window (height capped to it) and its footer shows at the panel's bottom
 * however long the content: one line per problem, none when the panel is not open.
 */
export async function panelFitProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = [...document.querySelectorAll('*')]
      .map((e) => e.shadowRoot?.querySelector('[data-testid="trustops-panel"]'))
      .find((e): e is Element => !!e);
    if (!panel) return [];
    const p = panel.getBoundingClientRect();
    const problems: string[] = [];
    if (p.top < 0 || p.bottom > innerHeight || p.left < 0 || p.right > innerWidth)
      problems.push(`panel ${JSON.stringify(p)} outside the ${innerWidth}×${innerHeight} window`);
    const footer = panel.querySelector('.footer')?.getBoundingClientRect();
    if (!footer || footer.height === 0 || footer.bottom > p.bottom + 1 || footer.top < p.top) problems.push('panel footer not visible');
    return problems;
  });
}
