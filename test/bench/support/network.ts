import type { BrowserContext } from 'playwright-core';

/**
 * Answers the fixture page's real address with the generated page and refuses every other web
 * request, so the bench never reaches the network. Returns the list of refused URLs, for the report.
 */
export async function serveOnly(context: BrowserContext, pageUrl: string, html: string): Promise<string[]> {
  const refused: string[] = [];
  const page = new URL(pageUrl);
  // Only http(s): the extension's own chrome-extension:// loads must pass untouched.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      const url = new URL(route.request().url());
      if (url.origin === page.origin && url.pathname === page.pathname)
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      refused.push(url.href);
      return route.abort('blockedbyclient');
    },
  );
  return refused;
}
