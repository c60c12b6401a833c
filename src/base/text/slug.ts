import { ValidationError } from '../errors.js';

export const MAX_SLUG_BYTES = 64;

/** Latin letters that Unicode decomposition does not reduce to ASCII. */
const LATIN: Readonly<Record<string, string>> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o',
  ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ı: 'i',
};

/** Cyrillic and Greek, lowercase (names are lowercased first), after common romanisations. */
const CYRILLIC = 'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya і:i ї:yi є:ye ґ:g ў:u';
const GREEK = 'α:a β:v γ:g δ:d ε:e ζ:z η:i θ:th ι:i κ:k λ:l μ:m ν:n ξ:x ο:o π:p ρ:r σ:s ς:s τ:t υ:y φ:f χ:ch ψ:ps ω:o';
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ...LATIN,
  ...Object.fromEntries(`${CYRILLIC} ${GREEK}`.split(' ').map((pair) => pair.split(':') as [string, string])),
};

/** Names Windows reserves for devices in any folder, with any extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * ASCII kebab-case from a feature name: `Café crème` → `cafe-creme`.
 * Names that differ only in case or accents give the same slug, so they
 * collide as they would on a case-insensitive file system.
 */
export function slugify(name: string): string {
  const transliterate = (text: string): string => text.replace(/[^\u0000-\u007F]/g, (ch) => TRANSLITERATIONS[ch] ?? ch);
  // Whole letters first (й → y, ё → e, ß → ss), then what is left without its accents (ά → α → a).
  return transliterate(transliterate(name.toLowerCase().normalize('NFC')).normalize('NFKD').replace(/\p{M}/gu, ''))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug of `name`, or a ValidationError naming `field` when it cannot be a file name. */
export function slugFor(name: string, field: string): string {
  const slug = slugify(name);
  if (slug === '') {
    throw new ValidationError(
      field,
      'needs at least one Latin, Greek or Cyrillic letter or a digit to make a file name from; add a word such as "(dark mode)"',
    );
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
