import { execFileSync } from 'node:child_process';
import { median } from '../../lib/market/median';

/** Median wall time of a full production build, in ms (the first run warms the caches). */
export function medianBuildMs(runs: number): { median: number; runs: number[] } {
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const start = performance.now();
    execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
    if (run > 0) times.push(performance.now() - start);
  }
  return { median: median(times), runs: times };
}
