/**
 * What recovery compares a file with to know it holds the bytes a killed run
 * wrote. Not a defence against forgery (the journal folder is the user's
 * own, and a created file must also be the very inode the run wrote): only
 * a fingerprint. FNV-1a over 64 bits, in plain JS, because loading
 * `node:crypto` for SHA-256 costs about 5 ms of every run that writes.
 */
export const HASH_PREFIX = 'fnv1a64:';

export function contentHash(text: string): string {
  // 64-bit FNV-1a in two 32-bit halves: the prime 2^40 + 0x1b3 multiplies as h * 0x1b3 + (h << 40).
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of Buffer.from(text, 'utf8')) {
    lo ^= byte;
    const low = (lo >>> 0) * 0x1b3;
    hi = (Math.imul(hi, 0x1b3) + (lo << 8) + Math.floor(low / 0x100000000)) >>> 0;
    lo = low >>> 0;
  }
  return `${HASH_PREFIX}${hi.toString(16).padStart(8, '0')}${(lo >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * Whether `text` has the fingerprint `hash`: an FNV-1a one, or the SHA-256
 * hex that journals of 0.1.0 recorded (crypto is loaded only for those).
 */
export async function hasHash(text: string, hash: string): Promise<boolean> {
  if (hash.startsWith(HASH_PREFIX)) return contentHash(text) === hash;
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(text).digest('hex') === hash;
}
