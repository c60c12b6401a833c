/**
 * Reads a JSON array of Mermaid texts on stdin and prints, for each, what
 * Mermaid's own parser made of it: {ok: true, title, sections, tasks} or
 * {ok: false, error}. Runs in its own node process (see mermaid-parse.ts).
 */
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { window: dom.window, document: dom.window.document });
const { default: mermaid } = await import('mermaid');

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  try {
    await mermaid.parse(text);
    const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
    results.push({
      ok: true,
      title: db.getDiagramTitle(),
      sections: db.getSections(),
      tasks: db.getTasks().map((t) => ({ section: t.section, name: t.task.trim(), milestone: Boolean(t.milestone), done: Boolean(t.done), date: t.startTime.toISOString().slice(0, 10) })),
    });
  } catch (error) {
    results.push({ ok: false, error: String(error?.message ?? error) });
  }
}
process.stdout.write(JSON.stringify(results));
