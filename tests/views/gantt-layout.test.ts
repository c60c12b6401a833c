/**
 * The chart's layout from dates and names alone: ticks from days to years as
 * the milestones spread, never more labels than the axis holds; the column of
 * names as wide as the longest; room on the right for the latest names.
 */
import { describe, expect, test } from '@jest/globals';
import { CHART_WIDTH, ganttAxis, ganttLayout, measuredColumns } from '../../src/views/gantt-layout.js';

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

describe('ganttLayout', () => {
  test('the column of section names fits the longest; Mermaid\'s defaults at least', () => {
    expect(ganttLayout(['0001 A'], []).leftPadding).toBe(75);
    expect(ganttLayout(['0001 A', '0002 Search across every'], []).leftPadding).toBe(10 + 24 * 7 + 15);
    // Wide characters take two columns.
    expect(ganttLayout(['0005 日本語の検索'], []).leftPadding).toBe(10 + 17 * 7 + 15);
  });

  test('the right padding leaves room for the latest milestone\'s name; the axis gets the rest', () => {
    const early = ganttLayout(['0001 A'], [{ label: 'Public beta for everyone', date: '2027-01-01' }, { label: 'GA', date: '2027-06-01' }]);
    const late = ganttLayout(['0001 A'], [{ label: 'GA', date: '2027-01-01' }, { label: 'Public beta for everyone', date: '2027-06-01' }]);
    expect(late.rightPadding).toBeGreaterThan(early.rightPadding);
    // At the axis's end Mermaid puts a name right of its diamond while x + 20 + width + 1.5 * leftPadding <= the chart's width.
    expect(late.axisWidth + 20 + 24 * 7 + 1.5 * late.leftPadding).toBeLessThanOrEqual(CHART_WIDTH);
    expect(late.axisWidth).toBe(CHART_WIDTH - late.leftPadding - late.rightPadding);
  });

  test('an entity is measured as Mermaid measures it before drawing: as its placeholder', () => {
    expect(measuredColumns('a#58;b')).toBe('a\uFB02\u00B0\u00B058\u00B6\u00DFb'.length);
    expect(measuredColumns('日本')).toBe(4);
  });
});
