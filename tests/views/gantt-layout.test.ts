/**
 * The chart's layout from dates and names alone: ticks from days to years as
 * the milestones spread, never more labels than the axis holds; the column of
 * names as wide as the longest; room on the right for the latest names.
 */
import { describe, expect, test } from '@jest/globals';
import { CHART_WIDTH, ganttAxis, ganttLayout, leastPx, measuredColumns, mostPx } from '../../src/views/gantt-layout.js';

describe('ganttAxis', () => {
  test('days for a fortnight, weeks, months for half a year, years for three', () => {
    const wide = 600;
    expect(ganttAxis('2027-01-01', '2027-01-01', wide)).toEqual({ tickInterval: '1day', axisFormat: '%b %d' });
    expect(ganttAxis('2027-01-01', '2027-01-08', wide)).toEqual({ tickInterval: '1day', axisFormat: '%b %d' });
    expect(ganttAxis('2027-01-01', '2027-01-15', wide).axisFormat).toBe('%b %d');
    expect(ganttAxis('2027-01-01', '2027-02-15', wide)).toEqual({ tickInterval: '1week', axisFormat: '%b %d' });
    expect(ganttAxis('2027-01-01', '2027-07-01', wide)).toEqual({ tickInterval: '1month', axisFormat: '%b %Y' });
    expect(ganttAxis('2027-01-01', '2029-12-31', wide)).toEqual({ tickInterval: '6month', axisFormat: '%b %Y' });
    expect(ganttAxis('2027-01-01', '2035-12-31', wide)).toEqual({ tickInterval: '12month', axisFormat: '%Y' });
  });

  test('a narrower axis takes coarser ticks: never more labels than fit side by side', () => {
    expect(ganttAxis('2027-01-01', '2027-07-01', 300).tickInterval).toBe('2month');
    for (const [last, width] of [['2027-01-20', 200], ['2027-09-01', 350], ['2031-01-01', 250], ['2060-01-01', 500]] as const) {
      const { tickInterval, axisFormat } = ganttAxis('2027-01-01', last, width);
      const [, every, unit] = /^(\d+)(day|week|month)$/.exec(tickInterval)!;
      const days = Number(every) * { day: 1, week: 7, month: 30.44 }[unit as 'day' | 'week' | 'month'];
      const ticks = Math.floor((Date.parse(last) - Date.parse('2027-01-01')) / 864e5 / days) + 2;
      const label = axisFormat.replace('%b', 'Sep').replace('%d', '30').replace('%Y', '2027');
      expect(ticks * label.length * 6.5).toBeLessThan(width);
    }
  });
});

/** A milestone whose name is cut as gantt-chart.ts cuts it. */
function milestone(name: string, date: string): { date: string; label: (columns: number) => string } {
  return { date, label: (columns) => (name.length > columns ? `${name.slice(0, columns - 1)}…` : name) };
}

/** Where Mermaid 11 puts a name of `width` px (what its gantt renderer computes twice, with x and x + 10). */
function mermaidSides(x: number, width: number, leftPadding: number): string {
  const side = (end: number): string => (end + width + 1.5 * leftPadding > CHART_WIDTH ? 'left' : 'right');
  return width <= 20 ? 'inside' : `${side(x + 10)}/${side(x + 20)}`;
}

describe('ganttLayout', () => {
  test('the column of section names fits the longest; Mermaid\'s defaults at least; the axis takes the rest', () => {
    expect(ganttLayout(['0001 A'], []).leftPadding).toBe(75);
    expect(ganttLayout(['0001 A', '0002 Search across every'], []).leftPadding).toBe(10 + 24 * 7 + 15);
    // Wide characters take two columns.
    expect(ganttLayout(['0005 日本語の検索'], [])).toMatchObject({ leftPadding: 10 + 17 * 7 + 15, rightPadding: 75, axisWidth: CHART_WIDTH - 144 - 75 });
  });

  test('every name falls clearly on one side of its diamond, for any width between the bounds: early ones right, late ones left', () => {
    const names = ['GA', 'Design sign-off', 'Public beta for everyone', 'Rollout to all regions', 'Launch to every customer'];
    const dates = ['2027-01-01', '2027-02-01', '2027-03-15', '2027-05-01', '2027-06-01'];
    const layout = ganttLayout(['0001 Dark mode'], names.map((n, i) => milestone(n, dates[i]!)));
    const span = 151;
    const placed: string[] = [];
    for (const [i, label] of layout.labels.entries()) {
      const x = Math.round(((Date.parse(dates[i]!) - Date.parse(dates[0]!)) / 864e5 / span) * layout.axisWidth);
      // The narrowest and the widest fonts Mermaid may measure it in: the same side both times, never inside.
      const sides = new Set([mermaidSides(x, leastPx(label), layout.leftPadding), mermaidSides(x, mostPx(label), layout.leftPadding)]);
      expect([...sides]).toHaveLength(1);
      placed.push([...sides][0]!);
    }
    expect(placed).toEqual(['right/right', 'right/right', 'right/right', 'left/left', 'left/left']);
    // Short: padded behind to leave the diamond; on the left, padded in front (after a word joiner Mermaid does not skip).
    expect(layout.labels[0]).toMatch(/^GA\u00A0+$/);
    expect(layout.labels[3]).toMatch(/^\u2060\u00A0+Rollout to all regions$/);
    expect(layout.labels[4]).toBe('Launch to every customer');
  });
});

describe('measuredColumns', () => {
  test('an entity is measured as Mermaid measures it before drawing: as its placeholder', () => {
    expect(measuredColumns('a#58;b')).toBe('a\uFB02\u00B0\u00B058\u00B6\u00DFb'.length);
    expect(measuredColumns('日本')).toBe(4);
  });
});
