import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';

/**
 * No date may shift with the time zone: the same inputs give the same dates
 * under the earliest (UTC+14) and a late (UTC-8/-7, with DST) zone.
 */
describe.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])('under TZ=%s', (tz) => {
  test('parsing and relative dates give the same calendar dates', () => {
    const datesModule = fileURLToPath(new URL('../../dist/base/text/dates.js', import.meta.url));
    const script = `
      const { parseDate } = await import(${JSON.stringify(datesModule)});
      const inputs = ['2026-03-08', '2026-11-01', '2028-02-29', '+1d', '+2w', '+1m', '+5m'];
      console.log(JSON.stringify(inputs.map((d) => parseDate(d, '2026-03-07', 'date'))));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz } });
    expect(JSON.parse(out.toString())).toEqual([
      '2026-03-08', '2026-11-01', '2028-02-29', '2026-03-08', '2026-03-21', '2026-04-07', '2026-08-07',
    ]);
  });
});
