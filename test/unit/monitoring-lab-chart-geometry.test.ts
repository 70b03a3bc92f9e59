import { describe, expect, it } from 'vitest';
import { lineGeometry, niceMax } from '../../src/monitoring-lab/chart-geometry';

describe('niceMax', () => {
  it('rounds an axis top up to 1, 2 or 5 times a power of ten', () => {
    expect([0.3, 1, 1.2, 3, 7, 42, 180, 501].map((value) => niceMax(value, 0.1))).toEqual([0.5, 1, 2, 5, 10, 50, 200, 1000]);
  });

  it('never goes below the floor, so a quiet chart is not stretched to fill the box', () => {
    expect(niceMax(0, 100)).toBe(100);
    expect(niceMax(12, 100)).toBe(100);
  });
});

describe('lineGeometry', () => {
  const box = { width: 300, height: 100 };

  it('spreads the values evenly and puts 0 at the bottom and the axis top at the top', () => {
    const geometry = lineGeometry([0, 5, 10], box);
    expect(geometry.yMax).toBe(10);
    expect(geometry.paths).toEqual(['M0 100 L150 50 L300 0']);
    expect(geometry.ticks).toEqual([0, 2.5, 5, 7.5, 10]);
  });

  it('breaks the line at a slice without data instead of drawing it as zero', () => {
    const geometry = lineGeometry([1, null, 3, 4], box);
    expect(geometry.paths).toEqual(['M200 40 L300 20']);
    expect(geometry.dots).toEqual([{ x: 0, y: 80 }]);
  });

  it('clamps values above a fixed axis top to the top edge', () => {
    expect(lineGeometry([0.5, 2], box, { yMax: 1 }).paths).toEqual(['M0 50 L300 0']);
  });

  it('draws nothing for a window without any data, with the floor as the axis top', () => {
    const geometry = lineGeometry([null, null], box, { floor: 100 });
    expect(geometry).toMatchObject({ paths: [], dots: [], yMax: 100 });
  });
});
