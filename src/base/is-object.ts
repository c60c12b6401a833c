/** A JSON object (not null, not an array): what a config, a package.json or a journal must be. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
