import { useEffect, useState } from 'preact/hooks';
import type { ValidatedItem } from '@/lib/storage/validated-item';

/** A storage item as component state: read once on mount, then kept live through `watch`. */
export function useStored<T>(item: ValidatedItem<T>): { value: T | null; loaded: boolean } {
  const [state, setState] = useState<{ value: T | null; loaded: boolean }>({ value: null, loaded: false });
  useEffect(() => {
    let active = true;
    void item.get().then((value) => {
      if (active) setState({ value, loaded: true });
    });
    const unwatch = item.watch((value) => setState({ value, loaded: true }));
    return () => {
      active = false;
      unwatch();
    };
  }, [item]);
  return state;
}
