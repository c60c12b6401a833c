import { describe, expect, test } from '@jest/globals';
import { PassThrough } from 'node:stream';
import { rawOutput, terminalOutput } from '../../../src/base/text/terminal-output.js';

function captured() {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 77 });
  let text = '';
  stream.on('data', (d: Buffer) => (text += d.toString()));
  return { stream, text: () => text };
}

describe('terminal output: the one way text reaches stdout and stderr', () => {
  test('every write is sanitized, strings and bytes alike, and the callback still runs', async () => {
    const { stream, text } = captured();
    const safe = terminalOutput(stream);
    safe.write('title \u001b[2J\u202Eevil\tok\n');
    safe.write(Buffer.from('bytes \u009b31m\n'));
    await new Promise<void>((resolve) => safe.write('', () => resolve()));
    expect(text()).toBe('title \u241B[2J<U+202E>evil\tok\nbytes <U+009B>31m\n');
  });

  test('what is not a write is the stream itself: isTTY, columns, events', () => {
    const { stream } = captured();
    const safe = terminalOutput(stream);
    expect(safe.isTTY).toBe(true);
    expect(safe.columns).toBe(77);
    const heard: Error[] = [];
    safe.on('error', (error: Error) => heard.push(error));
    stream.emit('error', new Error('EPIPE'));
    expect(heard.map((e) => e.message)).toEqual(['EPIPE']);
  });

  test('rawOutput gives the prompts the stream under it, and any other stream as it is', () => {
    const { stream, text } = captured();
    expect(rawOutput(terminalOutput(stream))).toBe(stream);
    expect(rawOutput(stream)).toBe(stream);
    rawOutput(terminalOutput(stream)).write('\u001b[1mbold\u001b[0m');
    expect(text()).toBe('\u001b[1mbold\u001b[0m');
  });
});
