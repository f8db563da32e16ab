/**
 * The environment a user's `tiers score` runs with (bin/hugePages.js: glibc's huge pages for malloc
 * where the machine offers them). The benches' children measure their own process, so they start
 * with it rather than be started again by the launcher, and measure what a user runs.
 */
import { createRequire } from 'node:module';

interface HugePages {
  hugePagesEnv: (argv: readonly string[], env: NodeJS.ProcessEnv, platform: string, transparentHugePages: string | null) => NodeJS.ProcessEnv | null;
  transparentHugePages: () => string | null;
}

const { hugePagesEnv, transparentHugePages } = createRequire(__filename)('../bin/hugePages.js') as HugePages;

export function scoreEnv(): NodeJS.ProcessEnv {
  return hugePagesEnv(['score'], process.env, process.platform, transparentHugePages()) ?? process.env;
}
