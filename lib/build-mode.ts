/**
 * Which bundle this is. `npm run build:test` (WXT_TEST_BUILD=1, written as chrome-mv3-test) and `wxt`
 * dev mode add what tests and local development need: content scripts on loopback pages, an open
 * shadow root that Playwright can pierce, a clock tests can move. `wxt build` ships none of it: Vite
 * replaces these expressions when it bundles, so the test-only branches are compiled out.
 */
export const TEST_BUILD: boolean = !!import.meta.env.WXT_TEST_BUILD;
export const DEV_BUILD: boolean = import.meta.env.COMMAND === 'serve';
