/**
 * Renders Mermaid charts in a real Chromium (playwright-core driving Debian's
 * /usr/bin/chromium), each alone in a page as wide as GitHub's Markdown
 * column, with the mermaid.min.js of node_modules (offline). Reads a JSON
 * {charts: [{name, text}], screenshots: folder} on stdin and prints, per
 * chart, what was drawn: an error, or the boxes and texts of the axis labels,
 * section names, milestone names and diamonds, and which characters of the
 * labels were drawn as the font's missing-glyph box. Saves a screenshot per
 * chart as <folder>/<name>.png. Runs in its own node process
 * (render-gantt-browser.ts): playwright does not load under jest's modules.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const MERMAID = require.resolve('mermaid/dist/mermaid.min.js');
/** GitHub's Markdown column, and its font stack around the chart. */
const WIDTH = 830;

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { charts, screenshots } = JSON.parse(input);
mkdirSync(screenshots, { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const results = [];
try {
  const page = await browser.newPage({ viewport: { width: WIDTH + 40, height: 800 } });
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:20px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI','Noto Sans',Helvetica,Arial,sans-serif"><div id="chart" style="width:${WIDTH}px"></div></body></html>`);
  await page.addScriptTag({ path: MERMAID });
  await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false }));
  for (const { name, text } of charts) {
    const result = await page.evaluate(async (source) => {
      const host = document.getElementById('chart');
      host.innerHTML = '';
      try {
        const { svg } = await window.mermaid.render(`chart${Date.now()}`, source, host);
        host.innerHTML = svg;
      } catch (error) {
        return { ok: false, error: String(error?.message ?? error) };
      }
      const box = (el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      // A character drawn as the missing-glyph box looks exactly like a code point no font has.
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 40;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      const pixels = (font, ch) => {
        ctx.clearRect(0, 0, 40, 40);
        ctx.font = font;
        ctx.fillText(ch, 4, 28);
        return `${ctx.measureText(ch).width}|${Array.from(ctx.getImageData(0, 0, 40, 40).data).join(',')}`;
      };
      const missing = (el) => {
        const style = getComputedStyle(el);
        const font = `${style.fontStyle} ${style.fontWeight} 20px ${style.fontFamily}`;
        const tofu = pixels(font, '\u{F0000}');
        return [...new Set(el.textContent)].filter((ch) => !/\s|\u2060/u.test(ch) && pixels(font, ch) === tofu);
      };
      const svg = host.querySelector('svg');
      const label = (el) => ({ text: el.textContent, box: box(el), missing: missing(el), className: el.getAttribute('class') ?? '' });
      return {
        ok: true,
        svg: box(svg),
        ticks: [...svg.querySelectorAll('g.grid .tick text')].map((el) => ({ text: el.textContent, box: box(el) })),
        sections: [...svg.querySelectorAll('text.sectionTitle')].map(label),
        milestones: [...svg.querySelectorAll('text[id$="-text"]')].map(label),
        diamonds: [...svg.querySelectorAll('rect.milestone')].map((el) => ({ done: /\bdone\d/.test(el.getAttribute('class')), box: box(el) })),
      };
    }, text);
    const shot = path.join(screenshots, `${name}.png`);
    if (result.ok) await page.locator('#chart').screenshot({ path: shot });
    results.push({ name, screenshot: shot, ...result });
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(results));
