/** lint's SARIF 2.1.0 log, field by field: the rules with their levels, the results at their files and lines. */
import { describe, expect, test } from '@jest/globals';
import { findingsSarif, INFORMATION_URI, SARIF_SCHEMA } from '../../src/lint/format-sarif.js';
import { finding, RULES } from '../../src/lint/lint-rules.js';

interface Log {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; defaultConfiguration: unknown }[] } }; columnKind: string; results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[] }[];
}

const sarif = (findings: Parameters<typeof findingsSarif>[0], levels: Record<string, 'off' | 'warning' | 'error'> = {}): Log => JSON.parse(findingsSarif(findings, { version: '1.2.3', levels })) as Log;

describe('findingsSarif', () => {
  test('the log names its schema, version and tool, and declares every rule with what it checks and its fix', () => {
    const log = sarif([]);
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run!.columnKind).toBe('unicodeCodePoints');
    expect(run!.results).toEqual([]);
    const { driver } = run!.tool;
    expect([driver.name, driver.version, driver.informationUri]).toEqual(['specwright', '1.2.3', INFORMATION_URI]);
    expect(driver.rules.map((r) => r.id)).toEqual(Object.keys(RULES));
    const overdue = driver.rules.find((r) => r.id === 'overdue')!;
    expect(overdue).toEqual({ id: 'overdue', name: 'overdue', shortDescription: { text: RULES.overdue.checks }, fullDescription: { text: RULES.overdue.checks }, help: { text: RULES.overdue.hint }, defaultConfiguration: { level: 'warning' } });
  });

  test('the configuration sets a rule\'s level; a rule turned off is declared but not enabled', () => {
    const { rules } = sarif([], { overdue: 'off', 'untested-requirement': 'error' }).runs[0]!.tool.driver;
    expect(rules.find((r) => r.id === 'overdue')!.defaultConfiguration).toEqual({ enabled: false, level: 'none' });
    expect(rules.find((r) => r.id === 'untested-requirement')!.defaultConfiguration).toEqual({ level: 'error' });
    expect(rules.find((r) => r.id === 'title')!.defaultConfiguration).toEqual({ level: 'error' });
  });

  test('each finding is a result at its file (each segment percent-encoded) and line; a finding about the whole file has no region', () => {
    const results = sarif([finding('docs/specs/0001-a #1?.md', 12, 'placeholder', '"[Date]" is left'), finding('docs/specs/0002-b.md', 0, 'unreadable', 'the file is a link')]).runs[0]!.results;
    expect(results).toEqual([
      {
        ruleId: 'placeholder',
        ruleIndex: Object.keys(RULES).indexOf('placeholder'),
        level: 'error',
        message: { text: `"[Date]" is left. ${RULES.placeholder.hint}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/specs/0001-a%20%231%3F.md' }, region: { startLine: 12 } } }],
      },
      {
        ruleId: 'unreadable',
        ruleIndex: Object.keys(RULES).indexOf('unreadable'),
        level: 'error',
        message: { text: `the file is a link. ${RULES.unreadable.hint}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/specs/0002-b.md' } } }],
      },
    ]);
  });
});
