/**
 * npm as a user runs it: a cache of our own (so an earlier npx install of a
 * tarball with the same name is never reused) and the user's npmrc, registry,
 * proxy and certificates, but none of the npm_* variables an outer npm run
 * exports for its own command (npm_config_local_prefix would point npm at this
 * repository, npm_config_call would turn npx into a usage error), nor what
 * jest set for itself.
 */
const KEEP_NPM_CONFIG = /^npm_config_(.*registry|.*proxy|cafile|ca|cert|key|strict_ssl|userconfig|globalconfig)$/i;

export function npmEnv(cache: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) && !KEEP_NPM_CONFIG.test(key)) continue;
    if (['INIT_CWD', 'NODE_ENV', 'JEST_WORKER_ID'].includes(key)) continue;
    env[key] = value;
  }
  return { ...env, npm_config_cache: cache, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', SPECWRIGHT_TODAY: '2026-11-26' };
}
