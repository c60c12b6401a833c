import { describe, expect, test } from '@jest/globals';
import { addScript, PackageJsonError } from '../../src/init/add-script.js';

const NAME = 'new-spec';
const COMMAND = 'specwright new';

/** The new text, after checking the script was added. */
function added(text: string, name = NAME, command = COMMAND): string {
  const result = addScript(text, name, command);
  if (result.status !== 'added') throw new Error(`expected "added", got ${JSON.stringify(result)}`);
  return result.text;
}

/** Lines joined with `eol`, for files written out line by line. */
const lines = (eol: string, ...parts: string[]): string => parts.join(eol);

describe('addScript: indentation, line endings and final newline are the file\'s own', () => {
  test.each([
    ['two spaces', '  '],
    ['four spaces', '    '],
    ['tabs', '\t'],
  ])('%s', (_, unit) => {
    const before = lines('\n', '{', `${unit}"name": "app",`, `${unit}"scripts": {`, `${unit}${unit}"test": "jest"`, `${unit}}`, '}', '');
    expect(added(before)).toBe(
      lines('\n', '{', `${unit}"name": "app",`, `${unit}"scripts": {`, `${unit}${unit}"test": "jest",`, `${unit}${unit}"new-spec": "specwright new"`, `${unit}}`, '}', ''),
    );
  });

  test('no final newline stays without one', () => {
    const text = added('{\n  "scripts": {\n    "test": "jest"\n  }\n}');
    expect(text).toBe('{\n  "scripts": {\n    "test": "jest",\n    "new-spec": "specwright new"\n  }\n}');
  });

  test('CRLF line endings stay CRLF, also in a new scripts object', () => {
    expect(added(lines('\r\n', '{', '  "scripts": {', '    "test": "jest"', '  }', '}', ''))).toBe(
      lines('\r\n', '{', '  "scripts": {', '    "test": "jest",', '    "new-spec": "specwright new"', '  }', '}', ''),
    );
    expect(added(lines('\r\n', '{', '  "name": "app"', '}', ''))).toBe(
      lines('\r\n', '{', '  "name": "app",', '  "scripts": {', '    "new-spec": "specwright new"', '  }', '}', ''),
    );
  });

  test('a BOM at the start is kept', () => {
    const text = added('\uFEFF{\n  "name": "app"\n}\n');
    expect(text).toBe('\uFEFF{\n  "name": "app",\n  "scripts": {\n    "new-spec": "specwright new"\n  }\n}\n');
  });
});

describe('addScript: where the script goes', () => {
  test('no scripts key: "scripts" becomes the last top-level key', () => {
    expect(added('{\n\t"name": "app",\n\t"version": "1.0.0"\n}\n')).toBe(
      '{\n\t"name": "app",\n\t"version": "1.0.0",\n\t"scripts": {\n\t\t"new-spec": "specwright new"\n\t}\n}\n',
    );
  });

  test('an empty scripts object becomes a properly indented one', () => {
    for (const empty of ['{}', '{ }', '{\n  }']) {
      expect(added(`{\n    "name": "app",\n    "scripts": ${empty},\n    "private": true\n}\n`)).toBe(
        '{\n    "name": "app",\n    "scripts": {\n        "new-spec": "specwright new"\n    },\n    "private": true\n}\n',
      );
    }
  });

  test('scripts with entries: the new one goes last, the others keep their order', () => {
    const before = '{\n  "scripts": {\n    "test": "jest",\n    "build": "tsc",\n    "lint": "eslint ."\n  }\n}\n';
    const text = added(before);
    expect(text).toBe('{\n  "scripts": {\n    "test": "jest",\n    "build": "tsc",\n    "lint": "eslint .",\n    "new-spec": "specwright new"\n  }\n}\n');
    expect(Object.keys((JSON.parse(text) as { scripts: object }).scripts)).toEqual(['test', 'build', 'lint', 'new-spec']);
  });

  test('nested objects after scripts are untouched', () => {
    const before = [
      '{',
      '  "name": "app",',
      '  "scripts": {',
      '    "test": "jest --config {\\"a\\": 1}"',
      '  },',
      '  "jest": {',
      '    "projects": [{ "displayName": "unit", "scripts": { "x": "}" } }]',
      '  },',
      '  "specwright": { "specsDir": "docs/specs" }',
      '}',
      '',
    ].join('\n');
    const text = added(before);
    expect(text).toBe(before.replace('{\\"a\\": 1}"\n', '{\\"a\\": 1}",\n    "new-spec": "specwright new"\n'));
  });

  test('minified one-line JSON gets a compact insertion', () => {
    expect(added('{"name":"app","scripts":{"test":"jest"}}')).toBe('{"name":"app","scripts":{"test":"jest","new-spec":"specwright new"}}');
    expect(added('{"name":"app","scripts":{}}')).toBe('{"name":"app","scripts":{"new-spec":"specwright new"}}');
    expect(added('{"name":"app"}')).toBe('{"name":"app","scripts":{"new-spec":"specwright new"}}');
    expect(added('{}')).toBe('{"scripts":{"new-spec":"specwright new"}}');
  });

  test('an empty file object gets the usual two-space layout', () => {
    expect(added('{}\n')).toBe('{\n  "scripts": {\n    "new-spec": "specwright new"\n  }\n}\n');
  });

  test('names and commands are written as JSON strings', () => {
    const text = added('{\n  "scripts": {}\n}\n', 'spec:"new"', 'echo "a\\b" && café\t✓');
    expect((JSON.parse(text) as { scripts: Record<string, string> }).scripts).toEqual({ 'spec:"new"': 'echo "a\\b" && café\t✓' });
  });

  test('a duplicate "scripts" key: the last one, the one JSON.parse keeps, gets the script', () => {
    const text = added('{\n  "scripts": {"a": "1"},\n  "scripts": {\n    "b": "2"\n  }\n}\n');
    expect(text).toBe('{\n  "scripts": {"a": "1"},\n  "scripts": {\n    "b": "2",\n    "new-spec": "specwright new"\n  }\n}\n');
  });
});

describe('addScript: a name already there', () => {
  test('the same command: present, nothing to do', () => {
    expect(addScript('{ "scripts": { "new-spec": "specwright new" } }', NAME, COMMAND)).toEqual({ status: 'present' });
  });

  test('a different command: taken, never overwritten', () => {
    expect(addScript('{ "scripts": { "new-spec": "plop" } }', NAME, COMMAND)).toEqual({ status: 'taken', existing: 'plop' });
    expect(addScript('{ "scripts": { "new-spec": 1 } }', NAME, COMMAND)).toEqual({ status: 'taken', existing: '1' });
  });

  test.each([
    ['two spaces', '{\n  "name": "app"\n}\n'],
    ['tabs, CRLF, BOM', '\uFEFF{\r\n\t"scripts": {}\r\n}'],
    ['minified', '{"scripts":{"test":"jest"}}'],
  ])('idempotent (%s): adding to the result again gives present', (_, before) => {
    expect(addScript(added(before), NAME, COMMAND)).toEqual({ status: 'present' });
  });
});

describe('addScript: refuses what it cannot edit, with a clear message', () => {
  test.each(['', '{', '{"name": "app",}', '{\n  // comment\n  "name": "app"\n}', '\uFEFF'])('invalid JSON %j', (text) => {
    expect(() => addScript(text, NAME, COMMAND)).toThrow(PackageJsonError);
    expect(() => addScript(text, NAME, COMMAND)).toThrow(/package\.json is not valid JSON/);
  });

  test.each([
    ['[]', /not a JSON object \(it is an array\)/],
    ['null', /not a JSON object \(it is null\)/],
    ['"scripts"', /not a JSON object \(it is a string\)/],
    ['42', /not a JSON object \(it is a number\)/],
  ])('not an object: %s', (text, message) => {
    expect(() => addScript(text, NAME, COMMAND)).toThrow(message);
  });

  test.each([
    ['{ "scripts": ["jest"] }', /"scripts" is not an object \(it is an array\)/],
    ['{ "scripts": "jest" }', /"scripts" is not an object \(it is a string\)/],
    ['{ "scripts": null }', /"scripts" is not an object \(it is null\)/],
  ])('scripts not an object: %s', (text, message) => {
    expect(() => addScript(text, NAME, COMMAND)).toThrow(message);
  });
});
