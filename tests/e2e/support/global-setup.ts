// Builds the e2e variant of both extensions once, before any browser starts.
import { buildExtension } from '../../../scripts/build-ext';
import { TEST_GRANTS, TEST_ORIGINS } from './env';

export default async function setup(): Promise<void> {
  const started = Date.now();
  await buildExtension('chrome', TEST_ORIGINS, TEST_GRANTS);
  await buildExtension('firefox', TEST_ORIGINS, TEST_GRANTS);
  console.log(`[e2e] built dist/e2e-chrome and dist/e2e-firefox in ${Date.now() - started} ms`);
}
