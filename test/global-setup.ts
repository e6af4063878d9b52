/**
 * Builds the real site once before the tests that read dist/. The build runs in a time zone far from
 * Vietnam so that any date computed in machine time instead of Vietnam time shows up as a failure.
 */
import { PROJECT_ROOT, runAstro } from './helpers/site.ts';

export default async function setup(): Promise<void> {
  const { ok, output } = await runAstro('build', PROJECT_ROOT, { TZ: 'America/Los_Angeles' });
  if (!ok) throw new Error(`The site did not build:\n${output}`);
}
