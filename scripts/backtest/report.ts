import type { Estimate } from './estimate';
import { PERIODS, SERIES, TARGETS, type Table } from './run';

/** `0.953 [0.921, 0.975]` */
export function withInterval(e: Estimate | undefined): string {
  return e ? `${e.value.toFixed(3)} [${e.low.toFixed(3)}, ${e.high.toFixed(3)}]` : '–';
}

/** One markdown table per target: a row per series, a column per period, each figure with its 90 % interval. */
export function resultTables(table: Table): string[] {
  return TARGETS.map((target) => {
    const days = PERIODS.map((period) => table[period.id]?.[target.id]?.[SERIES[0]?.id as string]?.days ?? 0);
    const head = `| ${target.label} | ${PERIODS.map((p, k) => `${p.label} (${days[k]} days)`).join(' | ')} |`;
    const row = (label: string, id: string) =>
      `| ${label} | ${PERIODS.map((period) => withInterval(table[period.id]?.[target.id]?.[id])).join(' | ')} |`;
    const rows = [...SERIES.map((series) => row(series.label, series.id)), row("score's lead over the blend", 'lead')];
    return [head, `|---|${PERIODS.map(() => '---').join('|')}|`, ...rows].join('\n');
  });
}
