import type { VNode } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { InWords } from '@/entrypoints/options/InWords';
import { AlertSettingsSchema, alertFields, parseAlertFields, readMovePercent } from '@/lib/alerts/alert-settings';
import { DEFAULT_SETTINGS, validateSettings } from '@/lib/settings/settings';
import { checkAddition } from '@/lib/watchlist/addition';
import { describeLookup } from '@/lib/watchlist/look-up';
import { t } from '@/lib/words';
import { inGerman } from '../helpers/in-german';

/** What a label reads, its control shown as […]. */
function read(label: VNode<{ children: unknown[] }>): string {
  return label.props.children.map((part) => (typeof part === 'string' ? part : '[…]')).join('');
}

describe('the options page in English', () => {
  it('puts each control where its label’s words say', () => {
    const label = InWords({ words: (field) => t('options.pollEvery', { field }), children: <select /> });
    expect(read(label as VNode<{ children: unknown[] }>)).toBe('Poll the venues every […]');
  });

  it('reads a point as the decimal point, and no comma', () => {
    expect(readMovePercent('2.5')).toEqual({ percent: 2.5 });
    expect(readMovePercent('2,5')).toHaveProperty('error');
    expect(
      parseAlertFields({ cooldownMinutes: '60', liquidationBurstMillions: '1,000', venueDownMinutes: '' }),
    ).toEqual({
      errors: ['The liquidation threshold must be a number of millions of dollars, or empty to turn it off.'],
    });
  });
});

describe('the options page in German', () => {
  beforeEach(() => inGerman());

  it('puts each control where the German words put it', () => {
    const label = InWords({ words: (field) => t('options.pollEvery', { field }), children: <select /> });
    expect(read(label as VNode<{ children: unknown[] }>)).toBe('Börsen […] abfragen');
    expect(t('options.pollMinutes', 1)).toBe('jede Minute');
    expect(t('options.pollMinutes', 5)).toBe('alle 5 Minuten');
  });

  it('counts hidden figures and their pages each in its own plural', () => {
    expect(t('options.hiddenFigures', 3, { onPages: t('options.onPages', 1) })).toBe(
      '3 Zahlen auf 1 Seite als „Keine Marktzahl“ ausgeblendet, nur auf diesem Gerät gespeichert.',
    );
  });

  it('says why Save refuses, a list of symbols joined as German joins it', () => {
    const moves = [
      { symbol: 'DOGE', window: '1h' as const, percent: 5 },
      { symbol: 'PEPE', window: '24h' as const, percent: 20 },
    ];
    expect(validateSettings({ ...DEFAULT_SETTINGS, alerts: { ...DEFAULT_SETTINGS.alerts, moves } })).toEqual({
      errors: [
        'Bewegungsalarme beobachten DOGE und PEPE: Behalten Sie sie in der Watchlist oder entfernen Sie diese Alarme.',
      ],
    });
    expect(validateSettings({ ...DEFAULT_SETTINGS, watchlist: [] })).toEqual({
      errors: ['Behalten Sie mindestens einen Eintrag in der Watchlist.'],
    });
  });

  it('says what is wrong with a symbol, and what the venues answered', () => {
    expect(checkAddition('btc', ['BTC'])).toEqual({ error: 'BTC ist bereits in der Watchlist.' });
    expect(checkAddition('do ge', [])).toEqual({
      error: '„do ge“ ist kein Kürzel: Verwenden Sie 2 bis 15 Buchstaben oder Ziffern, etwa DOGE oder 1INCH.',
    });
    expect(describeLookup('NOPE', { venue: null, asked: ['binance-spot', 'coinbase'], unreachable: [] })).toBe(
      'Weder Binance noch Coinbase handelt NOPE gegen den US-Dollar.',
    );
    expect(
      describeLookup('NOPE', { venue: null, asked: ['binance-spot', 'coinbase'], unreachable: ['binance-spot'] }),
    ).toBe(
      'Coinbase handelt NOPE nicht gegen den US-Dollar, und Binance war nicht erreichbar – bitte versuchen Sie es erneut.',
    );
  });

  it('reads and shows a decimal comma, and still a point', () => {
    expect(readMovePercent('2,5 %')).toEqual({ percent: 2.5 });
    expect(readMovePercent('2.5')).toEqual({ percent: 2.5 });
    expect(readMovePercent('0')).toEqual({
      error: 'Eine Bewegung ist ein Prozentsatz über 0 und höchstens 100, etwa 5 oder 2,5.',
    });
    const alerts = AlertSettingsSchema.parse({ liquidationBurstUsd: 2_500_000 });
    expect(alertFields(alerts).liquidationBurstMillions).toBe('2,5');
    expect(parseAlertFields(alertFields(alerts))).toEqual({
      values: { cooldownMinutes: 60, liquidationBurstUsd: 2_500_000, venueDownMinutes: null },
    });
  });
});
