import { describe, expect, it } from 'vitest';
import { StageMeter } from '../../../src/pipeline/index.js';

describe('StageMeter', () => {
  it('records wall time, cpu time, peak RSS and items for each stage in the order they ran', async () => {
    let wall = 0;
    let cpu = 0;
    const meter = new StageMeter({ wallMs: () => wall, cpuMicros: () => cpu, peakRssBytes: () => 1024 * wall });
    await meter.measure('parse', 44, () => {
      wall += 12.34;
      cpu += 10_000;
    });
    await meter.measure('extract', (n: number) => n, async () => {
      wall += 100;
      cpu += 180_000;
      return 39;
    });
    expect(meter.stages()).toEqual([
      { stage: 'parse', items: 44, wallMs: 12.3, cpuMs: 10, peakRssBytes: 1024 * 12.34, settleCpuMs: 0, liveHeapBytes: 0, heapUsedBytes: 0 },
      { stage: 'extract', items: 39, wallMs: 100, cpuMs: 180, peakRssBytes: 1024 * 112.34, settleCpuMs: 0, liveHeapBytes: 0, heapUsedBytes: 0 },
    ]);
  });

  it('settles the process before each stage runs, telling the settle which stage, counting the cost in that stage', async () => {
    let wall = 0;
    const order: string[] = [];
    const settle = (stage: string) => {
      order.push(`settle ${stage}`);
      wall += 5;
    };
    const meter = new StageMeter({ wallMs: () => wall, cpuMicros: () => 0, peakRssBytes: () => 0, settle });
    await meter.measure('resolve', 1, () => void order.push('resolve'));
    await meter.measure('build', 1, () => void order.push('build'));
    expect(order).toEqual(['settle resolve', 'resolve', 'settle build', 'build']);
    expect(meter.stages().map((s) => s.wallMs)).toEqual([5, 5]);
  });

  it('reports the settling share of the cpu, the heap left live by it and the heap in use as the stage ends', async () => {
    let cpu = 0;
    let heap = 900;
    const settle = () => {
      cpu += 3_000;
      heap = 400;
    };
    const meter = new StageMeter({ wallMs: () => 0, cpuMicros: () => cpu, peakRssBytes: () => 0, heapUsedBytes: () => heap, settle });
    await meter.measure('build', 1, () => {
      cpu += 7_000;
      heap += 250;
    });
    expect(meter.stages()).toEqual([
      { stage: 'build', items: 1, wallMs: 0, cpuMs: 10, peakRssBytes: 0, settleCpuMs: 3, liveHeapBytes: 400, heapUsedBytes: 650 },
    ]);
  });

  it('reads the real process by default: cpu and peak RSS are positive', async () => {
    const meter = new StageMeter();
    await meter.measure('dedupe', 1, () => {
      let x = 0;
      for (let i = 0; i < 1e6; i++) x += i;
      return x;
    });
    const [figures] = meter.stages();
    expect(figures!.peakRssBytes).toBeGreaterThan(1024 * 1024);
    expect(figures!.cpuMs).toBeGreaterThanOrEqual(0);
    expect(figures!.liveHeapBytes).toBeGreaterThan(0);
    expect(figures!.heapUsedBytes).toBeGreaterThan(0);
  });
});
