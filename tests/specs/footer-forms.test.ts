/**
 * The footer's three forms read alike — the seed's three plain lines, the
 * list specwright writes, and the one paragraph `prettier --prose-wrap always`
 * makes of the plain lines — and status sets Last Updated in place in each,
 * touching that value only, line endings kept.
 */
import { describe, expect, test } from '@jest/globals';
import { readSpec } from '../../src/specs/read-spec.js';
import { statusEdit } from '../../src/specs/status-edit.js';

const BODY = [
  '# Feature Specification: Dark mode',
  '',
  '## Status',
  '',
  '- [ ] Specification review',
  '- [ ] Design review',
  '- [ ] Implementation started',
  '- [ ] Code review',
  '- [ ] Testing complete',
  '- [ ] Documentation complete',
  '- [ ] Deployed to production',
  '',
  '## Changelog',
  '',
  '| Date | Author | Changes |',
  '| --- | --- | --- |',
  '| 2026-11-01 | Ada Lovelace | Initial draft |',
  '',
  '---',
  '',
];

const FORMS: Record<string, string[]> = {
  'three plain lines (the seed)': ['Created: 2026-11-01', 'Last Updated: 2026-11-02', 'Owner: Ada Lovelace'],
  'a list (as generated)': ['- Created: 2026-11-01', '- Last Updated: 2026-11-02', '- Owner: Ada Lovelace'],
  'one paragraph (prettier --prose-wrap always)': ['Created: 2026-11-01 Last Updated: 2026-11-02 Owner: Ada Lovelace'],
  'one paragraph wrapped at 80 columns, the Owner running on': ['Created: 2026-11-01 Last Updated: 2026-11-02 Owner: Ada Lovelace Byron, Countess', 'of Lovelace'],
  'one paragraph, in bold, another order': ['**Last Updated:** 2026-11-02 **Created:** 2026-11-02 **Owner:** Ada Lovelace'],
};

const specWith = (footer: string[], eol = '\n') => [...BODY, ...footer, ''].join(eol);

describe('the footer, in each form', () => {
  test.each(Object.entries(FORMS))('%s: Created, Last Updated and Owner are read, without a problem', (_form, footer) => {
    const reading = readSpec('0001-dark-mode.md', specWith(footer));
    expect(reading.problems).toEqual([]);
    expect(reading.created?.value).toMatch(/^2026-11-0[12]$/);
    expect(reading.lastUpdated?.value).toBe('2026-11-02');
    expect(reading.owner?.value).toBe(footer.join(' ').includes('Countess') ? 'Ada Lovelace Byron, Countess of Lovelace' : 'Ada Lovelace');
  });

  test.each(['## Status', '### Milestones', '## Requirements'])('the list footer after the last section, %s, is still the footer', (heading) => {
    const text = ['# Feature Specification: Dark mode', '', heading, '', '- [ ] Specification review', '', '---', '', ...FORMS['a list (as generated)']!, ''].join('\n');
    const reading = readSpec('0001-dark-mode.md', text);
    expect([reading.created?.value, reading.lastUpdated?.value, reading.owner?.value]).toEqual(['2026-11-01', '2026-11-02', 'Ada Lovelace']);
  });

  test.each(Object.entries(FORMS))('%s: status changes the Last Updated value only, CRLF kept', (_form, footer) => {
    const before = specWith(footer, '\r\n');
    const { text } = statusEdit('0001-dark-mode.md', before, { step: 'review', today: '2026-11-27', author: 'Grace Hopper' });
    const beforeLines = before.split('\r\n');
    const afterLines = text.split('\r\n');
    const footerAt = BODY.length + 1; // one Changelog row was added above the footer
    const changed = footer.map((line, i) => [line, afterLines[footerAt + i]]);
    for (const [was, now] of changed) {
      // Exactly one value differs: the one after "Last Updated".
      const expected = was!.replace(/(Last Updated:(?:\*\*)? )2026-11-02/, '$12026-11-27');
      expect(now).toBe(expected);
    }
    expect(afterLines.filter((line) => line.includes('2026-11-27'))).toHaveLength(2); // the footer value and the new Changelog row
    expect(text.includes('\n') && !/[^\r]\n/.test(text)).toBe(true);
    expect(afterLines.length).toBe(beforeLines.length + 1);
  });
});
