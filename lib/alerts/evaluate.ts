import { ASSETS, type AssetId } from '../assets';
import { formatUsd, formatUsdCompact } from '../format/number';
import type { SourceHealth } from '../market/snapshot';
import { VENUES } from '../sources/venues';
import { BAND_STYLE, BANDS, type Band } from '../stress/bands';
import { topReasons } from '../stress/reasons';
import type { StressResult } from '../stress/result';
import { MINUTE } from '../time';
import { t } from '../words';
import type { AlertSettings } from './alert-settings';
import { type AlertKind, type AlertState, type LevelAlert, RECENT_ALERTS } from './alert-state';
import { evaluateMoves, extendTrail, type MoveQuote, moveMessage, moveTitle } from './moves';

export interface AlertNotification {
  kind: AlertKind;
  title: string;
  /** One line of why. */
  message: string;
  /** The symbol a level or move alert is about (the first, when it names several). */
  asset?: string;
}

export interface AlertInput {
  stress: StressResult | null;
  prices: Partial<Record<AssetId, number>>;
  /** Every watchlist symbol's figures, majors and others, for the move alerts. */
  quotes?: Readonly<Record<string, MoveQuote>>;
  /** Liquidations over the last hour, or null when the streams are off or not watching. */
  liquidations1h: { long: number; short: number } | null;
  sources: readonly SourceHealth[];
  now: number;
  /** The local hour (0–23), for quiet hours. */
  hour: number;
}

export interface AlertOutcome {
  state: AlertState;
  levels: LevelAlert[];
  notifications: AlertNotification[];
}

const rank = (band: Band) => BANDS.indexOf(band);

export function isQuiet(quiet: AlertSettings['quietHours'], hour: number): boolean {
  if (!quiet || quiet.from === quiet.to) return false;
  return quiet.from < quiet.to ? hour >= quiet.from && hour < quiet.to : hour >= quiet.from || hour < quiet.to;
}

/**
 * One poll's alerts. Each kind notifies at most once per cool-down; a band alert needs the band to
 * rise above the last poll's (the band already has hysteresis, so a score hovering at a boundary
 * alerts once); a level fires once and is then done; in quiet hours nothing notifies, and crossed
 * levels wait for the morning.
 */
export function evaluateAlerts(
  state: AlertState,
  levels: readonly LevelAlert[],
  settings: AlertSettings,
  input: AlertInput,
): AlertOutcome {
  const { now } = input;
  const quiet = isQuiet(settings.quietHours, input.hour);
  const lastFired = { ...state.lastFired };
  const notifications: AlertNotification[] = [];
  const cooled = (kind: AlertKind) =>
    (lastFired[kind] ?? Number.NEGATIVE_INFINITY) + settings.cooldownMinutes * MINUTE <= now;
  const fire = (notification: AlertNotification) => {
    notifications.push(notification);
    lastFired[notification.kind] = now;
  };
  const canFire = (kind: AlertKind) => !quiet && cooled(kind);

  const band = input.stress?.band;
  if (band && input.stress && settings.band !== null && canFire('band')) {
    const rose = rank(band) > rank(state.lastBand ?? 'calm');
    if (rose && rank(band) >= rank(settings.band)) {
      fire({
        kind: 'band',
        title: t('background.bandAlertTitle', {
          band: BAND_STYLE[band].label.toLowerCase(),
          score: Math.round(input.stress.score),
        }),
        message: topReasons(input.stress, 1)[0] ?? t('background.bandAlertMessage'),
      });
    }
  }

  // A crossing is remembered even when it may not notify yet, so a one-shot level is never lost
  // to a cool-down or the night, even if the price has turned back by then.
  const isPast = (level: LevelAlert) => {
    const price = input.prices[level.asset];
    if (price === undefined) return false;
    return level.direction === 'above' ? price >= level.price : price <= level.price;
  };
  let nextLevels = levels.map((level) =>
    level.firedAt === undefined && level.crossedAt === undefined && isPast(level)
      ? { ...level, crossedAt: now }
      : level,
  );
  const crossed = nextLevels.filter((level) => level.firedAt === undefined && level.crossedAt !== undefined);
  if (crossed.length > 0 && canFire('level')) {
    const moved = ({ asset, direction, price }: LevelAlert) =>
      direction === 'above'
        ? t('background.levelRoseAbove', { asset, price: formatUsd(price) })
        : t('background.levelFellBelow', { asset, price: formatUsd(price) });
    const standing = (level: LevelAlert) => {
      const price = input.prices[level.asset];
      const { name } = ASSETS[level.asset];
      return price === undefined
        ? t('background.levelPriceUnknown', { name })
        : t('background.levelPriceNow', { name, price: formatUsd(price) });
    };
    fire({
      kind: 'level',
      title: crossed.map(moved).join('; '),
      message: crossed.map(standing).join('; '),
      asset: (crossed[0] as LevelAlert).asset,
    });
    nextLevels = nextLevels.map((level) => (crossed.includes(level) ? { ...level, firedAt: now } : level));
  }

  const burst = input.liquidations1h;
  const threshold = settings.liquidationBurstUsd;
  if (burst && threshold !== null && canFire('liquidations')) {
    const longs = burst.long >= burst.short;
    const usd = Math.max(burst.long, burst.short);
    if (usd >= threshold) {
      const amount = formatUsdCompact(usd);
      const above = { threshold: formatUsdCompact(threshold) };
      fire({
        kind: 'liquidations',
        title: longs ? t('background.burstLongsTitle', { amount }) : t('background.burstShortsTitle', { amount }),
        message: longs ? t('background.burstLongsMessage', above) : t('background.burstShortsMessage', above),
      });
    }
  }

  // Each move alert has a cool-down of its own: BTC's move does not silence ETH's.
  const quotes = input.quotes ?? {};
  const moves = evaluateMoves(settings.moves, state.moves, state.trail, quotes, now, (firedAt) =>
    quiet ? false : (firedAt ?? Number.NEGATIVE_INFINITY) + settings.cooldownMinutes * MINUTE <= now,
  );
  const [firstMove] = moves.fired;
  if (firstMove) {
    fire({
      kind: 'move',
      title: moves.fired.map(moveTitle).join('; '),
      message: moves.fired.map(moveMessage).join('; '),
      asset: firstMove.rule.symbol,
    });
  }

  const venueDown: AlertState['venueDown'] = {};
  for (const source of input.sources) {
    if (source.state === 'ok') continue;
    const held = state.venueDown[source.venue] ?? { since: now, notified: false };
    const minutes = settings.venueDownMinutes;
    const overdue = minutes !== null && now - held.since >= minutes * MINUTE;
    if (overdue && !held.notified && canFire('venue-down')) {
      fire({
        kind: 'venue-down',
        title: t('background.venueDownTitle', {
          venue: VENUES[source.venue].label,
          minutes: Math.round((now - held.since) / MINUTE),
        }),
        message: source.error ?? t('background.venueDownMessage'),
      });
      venueDown[source.venue] = { since: held.since, notified: true };
    } else venueDown[source.venue] = held;
  }

  const recent = [
    ...notifications.map(({ kind, title, message, asset }) => ({
      at: now,
      kind,
      title,
      message,
      ...(asset && { asset }),
    })),
    ...state.recent,
  ];
  const lastBand = band ?? state.lastBand;
  const outbox = [
    ...state.outbox,
    ...notifications.map(({ kind, title, message }) => ({ id: `${kind}|${now}`, title, message })),
  ];
  return {
    state: {
      lastFired,
      venueDown,
      recent: recent.slice(0, RECENT_ALERTS),
      outbox,
      moves: moves.memory,
      trail: extendTrail(state.trail, settings.moves, quotes, now),
      ...(lastBand ? { lastBand } : {}),
    },
    levels: nextLevels,
    notifications,
  };
}
