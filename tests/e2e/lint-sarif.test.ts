/**
 * `specwright lint --format sarif` through the built bin: a SARIF 2.1.0 log
 * that the OASIS schema accepts (validated with ajv against the published
 * schema, tests/fixtures/sarif/) and that carries what GitHub code scanning
 * requires of an upload: tool.driver with name, version, informationUri and
 * rules (id, shortDescription, fullDescription, help, defaultConfiguration),
 * results with ruleId, level, message and a location relative to the
 * repository root, a region from line 1 (none for a finding about the whole
 * file). The configuration's rule levels and the exit codes of the text
 * format hold.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Ajv } from 'ajv';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
}
interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: string; enabled?: boolean };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }; results: SarifResult[] }[];
}

/** The published schema is draft-04: ajv 8 reads it with its top-level id as $id and no $schema line. */
function sarifValidator(): ReturnType<Ajv['compile']> {
  const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = schema;
  return new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile({ ...rest, $id: id as string });
}

const validate = sarifValidator();
const TODAY = { SPECWRIGHT_TODAY: '2026-12-20' };
let root = '';

async function sarif(...args: string[]): Promise<{ code: number | null; log: SarifLog; stderr: string }> {
  const run = await runBin(['lint', '--format', 'sarif', ...args], { cwd: root, env: TODAY });
  return { code: run.code, log: JSON.parse(run.stdout) as SarifLog, stderr: run.stderr };
}

beforeAll(async () => {
  root = projectWith({ 'package.json': { name: 'app' } });
  for (const name of ['Dark mode', 'Export to CSV']) {
    const made = await runBin(['new', name, '--owner', 'Ada Lovelace', '--requirement', 'Works', '--milestone', 'Beta@2026-12-10', '--yes'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-12-01' } });
    expect(made.code).toBe(0);
  }
  // An error on a line (a placeholder), an error about the whole file (a second 0002), warnings (overdue), and a test whose name needs encoding.
  const csv = path.join(root, 'docs/specs/0002-export-to-csv.md');
  writeFileSync(csv, readFileSync(csv, 'utf8').replace('### Goals\n', '### Goals\n\nShip by [Date].\n'));
  writeFileSync(path.join(root, 'docs/specs/0002-import.md'), readFileSync(path.join(root, 'docs/specs/0001-dark-mode.md'), 'utf8').replaceAll('Dark mode', 'Import'));
  writeFileSync(path.join(root, 'tests/a b#1.test.js'), 'test("0009 FR-1", () => {});\n');
});

describe('lint --format sarif', () => {
  test('valid SARIF 2.1.0 by the OASIS schema, with every field code scanning requires; exit 1 on errors, as text', async () => {
    const { code, log, stderr } = await sarif();
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(validate(log)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);

    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0]!.tool;
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect({ name: driver.name, version: driver.version, informationUri: driver.informationUri }).toEqual({ name: 'specwright', version: pkg.version, informationUri: 'https://www.npmjs.com/package/specwright' });
    for (const rule of driver.rules) {
      for (const text of [rule.shortDescription.text, rule.fullDescription.text, rule.help.text]) expect(text.length).toBeGreaterThan(0);
      expect(['error', 'warning']).toContain(rule.defaultConfiguration.level);
    }
    expect(driver.rules.find((r) => r.id === 'overdue')!.defaultConfiguration).toEqual({ level: 'warning' });

    const results = log.runs[0]!.results;
    expect(results.length).toBeGreaterThan(3);
    for (const result of results) {
      expect(driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(['error', 'warning']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      // Relative to the repository root, and naming a file that is there.
      expect(artifactLocation.uri).not.toMatch(/^(?:[a-z]+:|\/)/);
      expect(existsSync(path.join(root, decodeURIComponent(artifactLocation.uri)))).toBe(true);
      if (region) expect(region.startLine).toBeGreaterThanOrEqual(1);
    }
    const where = (rule: string) => results.filter((r) => r.ruleId === rule).map((r) => [r.level, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region?.startLine]);
    // The whole file: no region.
    expect(where('duplicate-number')).toEqual([
      ['error', 'docs/specs/0002-export-to-csv.md', undefined],
      ['error', 'docs/specs/0002-import.md', undefined],
    ]);
    expect(where('placeholder')).toEqual([['error', 'docs/specs/0002-export-to-csv.md', 11]]);
    expect(where('unknown-spec')).toEqual([['warning', 'tests/a%20b%231.test.js', 1]]);
  });

  test('the schema check is real: a region from line 0 is refused', async () => {
    const { log } = await sarif();
    const broken = structuredClone(log);
    broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.region = { startLine: 0 };
    expect(validate(broken)).toBe(false);
  });

  test('the configuration\'s levels: a rule off is declared but not enabled and reports nothing; overdue an error; warnings alone exit 0, with --strict 1', async () => {
    writeFileSync(path.join(root, 'specwright.config.json'), JSON.stringify({ lint: { rules: { 'untested-requirement': 'off', overdue: 'error', placeholder: 'off', 'duplicate-number': 'warning' } } }));
    try {
      const { code, log } = await sarif();
      expect(validate(log)).toBe(true);
      const rules = log.runs[0]!.tool.driver.rules;
      expect(rules.find((r) => r.id === 'placeholder')!.defaultConfiguration).toEqual({ enabled: false, level: 'none' });
      expect(rules.find((r) => r.id === 'overdue')!.defaultConfiguration).toEqual({ level: 'error' });
      const results = log.runs[0]!.results;
      expect(results.some((r) => r.ruleId === 'placeholder' || r.ruleId === 'untested-requirement')).toBe(false);
      expect(results.filter((r) => r.ruleId === 'overdue').every((r) => r.level === 'error')).toBe(true);
      expect(code).toBe(1);

      writeFileSync(path.join(root, 'specwright.config.json'), JSON.stringify({ lint: { rules: { placeholder: 'off', 'duplicate-number': 'warning' } } }));
      const warned = await sarif();
      expect(warned.log.runs[0]!.results.every((r) => r.level === 'warning')).toBe(true);
      expect(warned.code).toBe(0);
      expect((await sarif('--strict')).code).toBe(1);
    } finally {
      writeFileSync(path.join(root, 'specwright.config.json'), '{}');
    }
  });
});
