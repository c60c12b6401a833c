/**
 * Reads a JSON array of Mermaid texts on stdin and prints, for each, what
 * Mermaid's own parser made of it: {ok: true, title, sections, tasks} or
 * {ok: false, error}. Runs in its own node process (see mermaid-parse.ts).
 */
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { window: dom.window, document: dom.window.document });
const { default: mermaid } = await import('mermaid');

/**
 * Mermaid hides `#123;` and `#name;` from its lexer as placeholders and, once
 * the chart is drawn, writes them back into the SVG as `&#123;` / `&name;`:
 * a numeric one is read here as the character it names, as a reader sees it.
 * A task's name is read as drawn, too: without the word joiners (invisible)
 * and the no-break spaces that pad it (gantt-chart.ts).
 */
function asDrawn(text) {
  return text.replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, n) => String.fromCodePoint(Number(n))).replace(/\uFB02\u00B0(\w+)\u00B6\u00DF/g, '&$1;');
}

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
      sections: db.getSections().map(asDrawn),
      tasks: db.getTasks().map((t) => ({ section: asDrawn(t.section), name: asDrawn(t.task).replace(/\u2060/g, '').trim(), milestone: Boolean(t.milestone), done: Boolean(t.done), date: t.startTime.toISOString().slice(0, 10) })),
    });
  } catch (error) {
    results.push({ ok: false, error: String(error?.message ?? error) });
  }
}
process.stdout.write(JSON.stringify(results));
