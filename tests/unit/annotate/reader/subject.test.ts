import { describe, expect, it } from 'vitest';
import { contextSubject, LEVEL_OWNER, SubjectTracker } from '@/lib/annotate/reader/subject';

const btc = { type: 'asset', asset: 'BTC' } as const;
const xrp = { type: 'asset', asset: 'XRP' } as const;
const strategy = { type: 'other', what: 'company' } as const;

describe('the subject a block carries', () => {
  it('starts from the block before, the heading over it, then the headline', () => {
    expect(
      contextSubject({ before: 'XRP rallied on the ruling.', heading: 'Solana', title: 'Bitcoin slides' }),
    ).toEqual(xrp);
    expect(contextSubject({ heading: 'Solana (SOL)', title: 'Bitcoin slides' })).toEqual({
      type: 'asset',
      asset: 'SOL',
    });
    expect(contextSubject({ heading: 'Bitcoin and Ether', title: 'Markets' })).toBeUndefined();
    expect(contextSubject({ title: "Hyperliquid's HYPE slides" })).toEqual({ type: 'asset', asset: 'HYPE' });
  });

  it('points "it" at the subject of the sentence before, and a company there owns it', () => {
    const subjects = new SubjectTracker({});
    subjects.nextSentence();
    subjects.seen(xrp);
    subjects.seen(btc);
    subjects.nextSentence();
    expect(subjects.resolve('it')).toEqual(xrp);
    expect(subjects.resolve('the altcoin')).toEqual(xrp);
    subjects.nextSentence();
    subjects.seen(strategy);
    subjects.nextSentence();
    expect(subjects.resolve('it')).toEqual(strategy);
    expect(subjects.resolve('the token')).toEqual(xrp);
  });

  it('never gives "the altcoin" to bitcoin, nor a level to the market', () => {
    const subjects = new SubjectTracker({});
    subjects.nextSentence();
    subjects.seen(btc);
    subjects.seen({ type: 'asset', asset: 'market' });
    expect(subjects.resolve('the altcoin')).toBeUndefined();
    subjects.nextSentence();
    subjects.seen({ type: 'asset', asset: 'market' });
    expect(subjects.resolve(LEVEL_OWNER)).toEqual(btc);
  });

  it('reads "the former" and "the latter" from the sentence before', () => {
    const subjects = new SubjectTracker({});
    subjects.nextSentence();
    subjects.seen({ type: 'asset', asset: 'ETH' });
    subjects.seen({ type: 'asset', asset: 'SOL' });
    subjects.nextSentence();
    expect([subjects.resolve('the former'), subjects.resolve('the latter')]).toEqual([
      { type: 'asset', asset: 'ETH' },
      { type: 'asset', asset: 'SOL' },
    ]);
  });
});
