/**
 * The claim reader against the worst text a page can send: runs of one character, of figures,
 * of pointers, of abbreviations, of everything the stages look at, 20,000 characters each (the
 * most one run may be), and random mixtures of the words and figures articles use. It reports the
 * slowest input; no input may take over 50 ms (docs/budgets.md). Seeded, so a run repeats.
 *
 *   npm run fuzz:reader            100,000 inputs
 *   npm run fuzz:reader -- 5000    fewer
 */
import { findClaims } from '../../lib/annotate/claims';

const LONGEST = 20_000;
const BUDGET_MS = 50;

/** mulberry32: a small seeded generator, so the same inputs come every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Patterns repeated to the longest run: each aims at a stage that looks back or ahead. */
const RUNS = [
  ' ',
  '?',
  '$',
  '9',
  ',',
  '.',
  '%',
  '(',
  ':',
  '-',
  '\n',
  '\t',
  '1,',
  '$1,',
  '1%',
  '$1 ',
  '-1% ',
  '1% to $1 ',
  'Mr. ',
  'a. ',
  'Hi. ',
  'it ',
  'the token ',
  'BTC: $1 ',
  'With $1 ',
  'Bitcoin (BTC) ',
  'Bitcoin, which ',
  'on Monday ',
  '9:12 a.m. ET ',
  '$1 million liquidated and ',
  'XRP and BNB fell 2% and 1% respectively ',
  'support at $1, ',
  'from $1 to $2 ',
  'as much as 1% ',
  'Bitcoin fell 3% to $67,000 while ether rose 2% and it ',
  '\u00a0',
  '\u200b',
  '🟠 $BTC ',
];

const WORDS = [
  'Bitcoin',
  'BTC',
  'ether',
  'ETH',
  'Solana',
  '$SOL',
  'XRP',
  'it',
  'the token',
  'the world’s largest cryptocurrency',
  'Strategy',
  'shares',
  'ETF',
  'fell',
  'rose',
  'down',
  'up',
  'to',
  'at',
  'from',
  'since',
  'as much as',
  'could',
  'support',
  'resistance',
  'open interest',
  'funding',
  'liquidated',
  'longs',
  'over the past 24 hours',
  'this week',
  'on Monday',
  'last week',
  'respectively',
  'and',
  'while',
  '$67,490',
  '$1.2 billion',
  '3.1%',
  '-0.01%',
  '5 per cent',
  '100K',
  '2024',
  '.',
  ',',
  ';',
  ':',
  '(',
  ')',
  '"',
  '—',
  '\n',
  '\t',
];

function inputs(count: number, next: () => number): Iterable<string> {
  return {
    *[Symbol.iterator]() {
      for (let i = 0; i < count; i++) {
        const pattern = RUNS[i % RUNS.length] as string;
        // One in fifty is a run at the longest length; the rest are mixtures, mostly paragraph-sized.
        if (i % 50 === 0) yield pattern.repeat(Math.ceil(LONGEST / pattern.length)).slice(0, LONGEST);
        else {
          const length = Math.min(LONGEST, Math.floor(-Math.log(1 - next()) * 800));
          let text = '';
          while (text.length < length) text += `${WORDS[Math.floor(next() * WORDS.length)]}${next() < 0.8 ? ' ' : ''}`;
          yield text.slice(0, length);
        }
      }
    },
  };
}

export interface FuzzResult {
  inputs: number;
  longest: number;
  slowestMs: number;
  slowest: string;
  overBudget: number;
  p99Ms: number;
}

export function fuzzReader(count: number): FuzzResult {
  const next = random(20_261_203);
  const times: number[] = [];
  let slowest = { ms: 0, text: '' };
  let longest = 0;
  // Warm the reader first, as a worker that has read a page is.
  findClaims('Bitcoin fell 3% to $67,000.', {});
  for (const text of inputs(count, next)) {
    longest = Math.max(longest, text.length);
    const start = performance.now();
    findClaims(text, { context: { title: 'Bitcoin slides', before: 'Ether rose.' }, published: Date.UTC(2026, 1, 5) });
    const ms = performance.now() - start;
    times.push(ms);
    if (ms > slowest.ms) slowest = { ms, text };
  }
  times.sort((a, b) => a - b);
  return {
    inputs: times.length,
    longest,
    slowestMs: slowest.ms,
    slowest: JSON.stringify(slowest.text.slice(0, 40)),
    overBudget: times.filter((ms) => ms > BUDGET_MS).length,
    p99Ms: times[Math.floor(times.length * 0.99)] ?? 0,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100_000);
  const result = fuzzReader(count);
  console.log(
    `Reader fuzz: ${result.inputs} inputs (up to ${result.longest} characters): slowest ${result.slowestMs.toFixed(1)} ms (${result.slowest}…), 99th percentile ${result.p99Ms.toFixed(2)} ms, ${result.overBudget} over ${BUDGET_MS} ms`,
  );
}
