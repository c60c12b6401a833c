/**
 * The index's milestone chart as people see it: `specwright index` (the built
 * bin) writes the index of 1, 15 and 60 specs whose milestones span about two
 * weeks, six months and three years, with names Mermaid reads as syntax
 * (`: # ; %`), CJK and Greek, very long and very short ones, done and open
 * milestones. Each chart is drawn by Mermaid (node_modules, offline) in a
 * real Chromium at GitHub's width, and measured: it renders; no two axis
 * labels overlap; no name overlaps another name or a diamond, or leaves the
 * chart; the characters typed are what is drawn, each a real glyph; done
 * milestones are drawn done. The screenshots stay in reports/chart/ to look at.
 *
 * This machine has no CJK font (fc-list :lang=ja is empty): CJK text is drawn
 * as missing-glyph boxes here whatever the chart says, so only the glyphs of
 * other scripts are checked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from '@jest/globals';
import { writeChartSpecs } from '../helpers/chart-specs.js';
import { mermaidBlock } from '../helpers/mermaid-parse.js';
import { projectWith } from '../helpers/project-files.js';
import { drawCharts, overlaps, type DrawnChart, type DrawnLabel } from '../helpers/render-gantt-browser.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

/** Where the screenshots are kept (git-ignored): reports/chart/<case>.png. */
const SCREENSHOTS = fileURLToPath(new URL('../../reports/chart/', import.meta.url));
const CASES = [
  { name: 'index-chart-1', specs: 1, spanDays: 14 },
  { name: 'index-chart-15', specs: 15, spanDays: 182 },
  { name: 'index-chart-60', specs: 60, spanDays: 1100 },
] as const;
const CJK = /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]/u;

/** The chart of the index that the bin writes for these specs, the specs' titles and milestone names as typed, and how many milestones are done. */
async function indexChart(count: number, spanDays: number): Promise<{ text: string; typed: string[]; done: number }> {
  const root = projectWith({ 'package.json': { name: 'app' } });
  const names = writeChartSpecs(root, count, spanDays);
  const run = await runBin(['index'], { cwd: root });
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  const texts = names.map((name) => readFileSync(path.join(root, 'docs/specs', name), 'utf8'));
  const typed = texts.flatMap((text) => [...text.matchAll(/^# Feature Specification: (.*)$|\*\*([^*]+)\*\* - \d{4}/gm)].map((m) => (m[1] ?? m[2])!));
  // Done: ticked, struck through, or any milestone of a deployed spec.
  const done = texts.reduce((sum, text) => {
    const milestones = text.match(/^\d+\. .*\*\* - \d{4}-\d{2}-\d{2}.*$/gm) ?? [];
    return sum + (text.includes('- [x] Deployed to production') ? milestones.length : milestones.filter((m) => /^\d+\. (\[x\]|~~)/.test(m)).length);
  }, 0);
  return { text: mermaidBlock(readFileSync(path.join(root, 'docs/specs/README.md'), 'utf8'))!, typed, done };
}

/** A label as a reader reads it: no padding, no word joiner. */
function read(label: DrawnLabel): string {
  return label.text.replace(/\u2060/g, '').trim();
}

describe('the index chart in a real browser', () => {
  let drawn: DrawnChart[] = [];
  let typedNames: string[][] = [];
  let doneCounts: number[] = [];

  test('1, 15 and 60 specs render without errors (screenshots in reports/chart/)', async () => {
    const charts = await Promise.all(CASES.map((c) => indexChart(c.specs, c.spanDays)));
    typedNames = charts.map((c) => c.typed);
    doneCounts = charts.map((c) => c.done);
    drawn = drawCharts(
      CASES.map((c, i) => ({ name: c.name, text: charts[i]!.text })),
      SCREENSHOTS,
    );
    process.stdout.write(`Screenshots of the index chart: ${drawn.map((d) => d.screenshot).join(', ')}\n`);
    for (const chart of drawn) expect(chart.ok ? 'rendered' : `${chart.name}: ${chart.error}`).toBe('rendered');
    for (const chart of drawn) if (chart.ok) expect(chart.milestones.length).toBeGreaterThan(0);
  });

  test.each(CASES.map((c, i) => [c.name, i] as const))('%s: at least two axis labels, none overlapping the next', (_, i) => {
    const chart = drawn[i]!;
    if (!chart.ok) throw new Error(chart.error);
    const ticks = [...chart.ticks].sort((a, b) => a.box.left - b.box.left);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    const clashes = ticks.slice(1).filter((tick, k) => overlaps(ticks[k]!.box, tick.box) || tick.box.left < ticks[k]!.box.right);
    expect(clashes.map((t) => t.text)).toEqual([]);
  });

  test.each(CASES.map((c, i) => [c.name, i] as const))('%s: no name overlaps another name or a diamond, and none leaves the chart', (_, i) => {
    const chart = drawn[i]!;
    if (!chart.ok) throw new Error(chart.error);
    const labels = [...chart.sections, ...chart.milestones];
    const clashes: string[] = [];
    for (const [a, one] of labels.entries()) {
      for (const other of labels.slice(a + 1)) if (overlaps(one.box, other.box)) clashes.push(`${read(one)} / ${read(other)}`);
      for (const diamond of chart.diamonds) if (overlaps(one.box, diamond.box)) clashes.push(`${read(one)} / a diamond`);
      if (one.box.left < chart.svg.left || one.box.right > chart.svg.right) clashes.push(`${read(one)} leaves the chart`);
    }
    expect(clashes).toEqual([]);
  });

  test.each(CASES.map((c, i) => [c.name, i] as const))('%s: names read as typed (or cut with …), each glyph a real one outside CJK', (_, i) => {
    const chart = drawn[i]!;
    if (!chart.ok) throw new Error(chart.error);
    const typed = typedNames[i]!;
    const shown = [...chart.sections.map((s) => read(s).replace(/^\d{4} /, '')), ...chart.milestones.map(read)];
    for (const name of shown) {
      const cut = name.endsWith('…') ? name.slice(0, -1) : undefined;
      expect(typed.some((t) => (cut === undefined ? t === name : t.startsWith(cut)))).toBe(true);
    }
    // The characters Mermaid cannot take as they are: drawn, as typed.
    const drawnText = shown.join('\n');
    const specials = [':', '#', ';', '%'].filter((c) => typed.some((t) => t.includes(c)));
    expect(specials.length).toBeGreaterThanOrEqual(2);
    for (const c of specials) expect(drawnText).toContain(c);
    const missing = [...chart.sections, ...chart.milestones].flatMap((l) => l.missing.filter((c) => !CJK.test(c)));
    expect(missing).toEqual([]);
  });

  test.each(CASES.map((c, i) => [c.name, i] as const))('%s: done milestones (ticked, struck through, or of a deployed spec) are drawn done, the others open', (_, i) => {
    const chart = drawn[i]!;
    if (!chart.ok) throw new Error(chart.error);
    expect(chart.diamonds.filter((d) => d.done)).toHaveLength(doneCounts[i]!);
    expect(chart.diamonds.filter((d) => !d.done)).toHaveLength(chart.diamonds.length - doneCounts[i]!);
    expect(doneCounts[i]).toBeGreaterThan(0);
  });
});
