/**
 * The claim reader against the article corpus: precision and recall of the chips, per half.
 *
 *   npm run corpus              the development half, with every wrong and missed chip
 *   npm run corpus -- --held    the held-back half, in aggregate only
 *   npm run corpus -- NAME      one development article, block by block, with what was read in each
 *
 * The held-back half is scored rarely and never shown figure by figure: tuning on what it gets
 * wrong would make it a second development half (tests/fixtures/articles/README.md).
 */
import { type Half, loadHalf } from '../tests/corpus/load';
import { type Outcome, readArticle, score } from '../tests/corpus/score';

const half: Half = process.argv.includes('--held') ? 'held' : 'dev';
const articles = loadHalf(half);
const named = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
if (named && half === 'dev') {
  const article = articles.find((candidate) => candidate.name === named);
  if (!article) throw new Error(`No development article ${named}`);
  readArticle(article).forEach((claims, block) => {
    const text = article.blocks[block]?.text ?? '';
    console.log(`\n[${block}] ${text}`);
    for (const claim of claims)
      console.log(
        `   → ${claim.kind} ${claim.asset} ${claim.value} ${claim.window ?? ''} ${claim.side ?? ''} «${text.slice(claim.start, claim.end)}»`,
      );
    for (const figure of article.figures.filter((candidate) => candidate.block === block))
      console.log(
        `   want «${figure.text}» ${figure.claim ? `${figure.claim.kind} ${figure.claim.asset} ${figure.claim.value} ${figure.claim.window ?? ''}` : `none (${figure.none})`}`,
      );
  });
  process.exit(0);
}
const result = score(articles);
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

function describe(outcome: Outcome): string {
  const claim = outcome.found ?? outcome.expected?.claim;
  const found = outcome.found
    ? `${outcome.found.kind} ${outcome.found.asset} ${outcome.found.value}${outcome.found.window ? ` ${outcome.found.window}` : ''}${outcome.found.side ? ` ${outcome.found.side}` : ''}`
    : '—';
  const want = outcome.expected?.claim
    ? `${outcome.expected.claim.kind} ${outcome.expected.claim.asset} ${outcome.expected.claim.value}${outcome.expected.claim.window ? ` ${outcome.expected.claim.window}` : ''}${outcome.expected.claim.side ? ` ${outcome.expected.claim.side}` : ''}`
    : `none (${outcome.expected?.none ?? 'unlisted'})`;
  return `${outcome.verdict.padEnd(6)} ${outcome.article} «${outcome.text}»  found: ${found}  want: ${claim ? want : '—'}`;
}

if (half === 'dev') {
  for (const outcome of result.outcomes) if (outcome.verdict !== 'right') console.log(describe(outcome));
  console.log('');
}
console.log(
  `${half}: ${result.articles} articles, ${result.shown} chips shown, ${result.right} right of ${result.expected} expected`,
);
console.log(`precision ${pct(result.precision)}, recall ${pct(result.recall)}`);
console.log(
  `decoy-heavy articles with a wrong chip: ${result.decoysWrong.length}${half === 'dev' && result.decoysWrong.length ? ` (${result.decoysWrong.join(', ')})` : ''}`,
);
