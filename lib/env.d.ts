/** Set by `npm run build:test` (see lib/build-mode.ts); Vite exposes WXT_-prefixed variables. */
interface ImportMetaEnv {
  readonly WXT_TEST_BUILD?: string;
}
