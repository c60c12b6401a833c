import { ValidationError } from '../errors.js';

export const MAX_SLUG_BYTES = 64;

/** Letters that Unicode decomposition does not reduce to ASCII. */
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o',
  ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ı: 'i',
};

/** Names Windows reserves for devices in any folder, with any extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * ASCII kebab-case from a feature name: `Café crème` → `cafe-creme`.
 * Names that differ only in case or accents give the same slug, so they
 * collide as they would on a case-insensitive file system.
 */
export function slugify(name: string): string {
  return name
    .replace(/[^\u0000-\u007F]/g, (ch) => TRANSLITERATIONS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug of `name`, or a ValidationError naming `field` when it cannot be a file name. */
export function slugFor(name: string, field: string): string {
  const slug = slugify(name);
  if (slug === '') {
    throw new ValidationError(field, 'needs at least one letter or digit (a-z, 0-9) to make a file name from');
  }
  if (RESERVED.test(slug)) {
    throw new ValidationError(field, `gives the file name "${slug}", which Windows reserves for a device; choose another name`);
  }
  if (slug.length > MAX_SLUG_BYTES) {
    throw new ValidationError(
      field,
      `gives a ${slug.length}-byte file name; at most ${MAX_SLUG_BYTES} bytes are allowed: shorten the name`,
    );
  }
  return slug;
}
