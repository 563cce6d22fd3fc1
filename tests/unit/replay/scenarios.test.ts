import { describe, expect, it } from 'vitest';
import { activeFault, assetsAt, listScenarios, loadScenario } from '../../../replay/scenario';

describe('replay scenarios', () => {
  it('all load and validate', async () => {
    const names = await listScenarios();
    expect(names).toEqual(expect.arrayContaining(['article-day', 'calm', 'crash']));
    for (const name of names) await expect(loadScenario(name)).resolves.toMatchObject({ name });
  });

  it('article-day is the market of the Gate article', async () => {
    const scenario = await loadScenario('article-day');
    expect(scenario.assets.BTC).toMatchObject({ price: 67490, change24hPct: -1.88 });
    expect(scenario.assets.ETH?.change24hPct).toBe(-2.97);
    expect(scenario.assets.SOL?.change24hPct).toBe(-3.88);
    expect(scenario.assets.XRP?.change24hPct).toBe(-2.34);
    expect(scenario.assets.BNB?.change24hPct).toBe(-1.17);
    expect(scenario.assets.BTC?.perp?.openInterestChangePct).toMatchObject({ '24h': -4.4, '30d': -34 });
    expect(scenario.assets.BTC?.perp?.liquidations24hUsd.long).toBe(237e6);
  });

  it('plays steps in time', async () => {
    const crash = await loadScenario('crash');
    expect(assetsAt(crash, 0).BTC?.price).toBe(49000);
    expect(assetsAt(crash, 599).BTC?.price).toBe(49000);
    expect(assetsAt(crash, 600).BTC?.price).toBe(54018.81);
  });

  it('applies a venue-wide fault to each of its endpoints, within its window', async () => {
    const down = await loadScenario('binance-spot-down');
    expect(activeFault(down, 'binance-spot/ticker-24h', 10)?.status).toBe(503);
    expect(activeFault(down, 'binance-futures/premium-index', 10)).toBeUndefined();
    const windowed = { ...down, faults: down.faults.map((fault) => ({ ...fault, from: 60, until: 120 })) };
    expect(activeFault(windowed, 'binance-spot/ticker-24h', 59)).toBeUndefined();
    expect(activeFault(windowed, 'binance-spot/ticker-24h', 60)).toBeDefined();
    expect(activeFault(windowed, 'binance-spot/ticker-24h', 120)).toBeUndefined();
  });

  it('builds a venue-down scenario on the market it extends', async () => {
    const down = await loadScenario('okx-down');
    expect(down.assets.BTC?.price).toBe(67490);
    expect(activeFault(down, 'okx/tickers', 0)?.status).toBe(503);
    expect(activeFault(down, 'bybit/tickers', 0)).toBeUndefined();
  });

  it('refuses a name that could leave the scenario folder', async () => {
    await expect(loadScenario('../package')).rejects.toThrow('Bad scenario name');
    await expect(loadScenario('nope')).rejects.toThrow('Available: ');
  });
});
