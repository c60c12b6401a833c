import { terminalJson } from '../base/text/terminal-text.js';
import { RULES, type Finding, type LintRule } from './lint-rules.js';
import { levelOf, type Level } from './rule-levels.js';

/** The schema GitHub's code scanning documents for uploads; the OASIS SARIF 2.1.0 schema. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where people learn what the tool is (an absolute URI, as SARIF requires). */
export const INFORMATION_URI = 'https://www.npmjs.com/package/specwright';

export interface SarifTool {
  readonly version: string;
  /** The configuration's rule levels (config/lint-settings.ts). */
  readonly levels: Readonly<Record<string, Level>>;
}

/** A path relative to the root as a relative URI: each segment percent-encoded, so `#`, `?`, `%` and spaces stay part of the name. */
function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/**
 * `lint --format sarif`: a SARIF 2.1.0 log for code scanning (GitHub's
 * upload-sarif action). Every rule is declared with what it checks, its fix
 * and its level under the configuration (off: declared, not enabled); each
 * finding is a result at its file, relative to the repository root, and
 * its line: a finding about the whole file (line 0) has no region, as SARIF's
 * lines start at 1.
 */
export function findingsSarif(findings: readonly Finding[], tool: SarifTool): string {
  const ids = Object.keys(RULES) as LintRule[];
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const level = levelOf(id, tool.levels);
    return {
      id,
      name: id,
      shortDescription: { text: RULES[id].checks },
      fullDescription: { text: RULES[id].checks },
      help: { text: RULES[id].hint },
      defaultConfiguration: level === 'off' ? { enabled: false, level: 'none' } : { level },
    };
  });
  const results = findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: index.get(f.rule),
    level: f.severity,
    message: { text: `${f.message}. ${f.hint}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(f.file) }, ...(f.line > 0 ? { region: { startLine: f.line } } : {}) } }],
  }));
  return terminalJson({
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'specwright', version: tool.version, informationUri: INFORMATION_URI, rules } }, columnKind: 'unicodeCodePoints', results }],
  });
}
