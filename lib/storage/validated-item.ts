import { type StorageItemKey, storage } from 'wxt/utils/storage';
import type { z } from 'zod/mini';
import { salvage } from '../salvage';

export interface ValidatedItem<T> {
  key: StorageItemKey;
  /**
   * The stored value as far as it passes the schema: a corrupt field or entry is left out and never
   * reaches the UI, the rest is kept. Null when nothing is stored or nothing of it can be read.
   */
  get(): Promise<T | null>;
  set(value: T): Promise<void>;
  watch(onChange: (value: T | null) => void): () => void;
  /** For batched writes with `writeItems`. */
  readonly raw: ReturnType<typeof storage.defineItem<T>>;
}

interface ItemOptions {
  version: number;
  migrations?: Record<number, (old: unknown) => unknown>;
}

/**
 * A WXT storage item whose reads are checked with zod. Storage is a boundary too: an older
 * version, a half-written value from a killed worker, or a hand edit in devtools all arrive here.
 */
export function defineValidatedItem<S extends z.ZodMiniType>(
  key: StorageItemKey,
  schema: S,
  options: ItemOptions,
): ValidatedItem<z.output<S>> {
  type T = z.output<S>;
  const raw = storage.defineItem<T>(key, options);
  const parse = (value: unknown): T | null => (value == null ? null : (salvage(schema, value) ?? null));
  return {
    key,
    raw,
    get: async () => parse(await raw.getValue()),
    set: (value) => raw.setValue(value),
    watch: (onChange) => raw.watch((value) => onChange(parse(value))),
  };
}

export interface ItemWrite {
  item: ValidatedItem<unknown>['raw'];
  value: unknown;
}

/** One typed entry for `writeItems`: the value must fit the item. */
export function itemWrite<T>(item: ValidatedItem<T>, value: T): ItemWrite {
  return { item: item.raw, value };
}

/** Write several items in one storage call, so a worker killed mid-write leaves all or nothing. */
export function writeItems(writes: readonly ItemWrite[]): Promise<void> {
  return storage.setItems([...writes]);
}
