import { buildFixturePages } from './build-fixture-pages';

/** Bundles the fixture pages that mount real editor libraries (React, Draft.js, Lexical, ...). */
export default async function globalSetup(): Promise<void> {
  await buildFixturePages();
}
