import { type ItemWrite, writeItems } from './validated-item';

/** How a poll's write went: all of it; all of it once history was trimmed; or not all of it. */
export type WriteOutcome = { kind: 'written' } | { kind: 'trimmed' } | { kind: 'refused'; reason: string };

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Write a poll's items in one call, so a worker killed meanwhile leaves all of them or none. When
 * storage refuses them for its quota (Chrome: "QUOTA_BYTES quota exceeded"), `roomier` gives the
 * same writes taking less room (history trimmed) for a second try. If storage refuses again, each
 * item is tried alone, in the order given (the safety state first), so whatever storage can still
 * take is kept. Never throws: what could not be stored, the caller keeps in memory.
 */
export async function writeWithRoom(
  writes: readonly ItemWrite[],
  roomier: () => readonly ItemWrite[],
): Promise<WriteOutcome> {
  let reason: string;
  try {
    await writeItems(writes);
    return { kind: 'written' };
  } catch (error) {
    reason = reasonOf(error);
  }
  const second = /quota/i.test(reason) ? roomier() : writes;
  if (second !== writes) {
    try {
      await writeItems(second);
      return { kind: 'trimmed' };
    } catch (error) {
      reason = reasonOf(error);
    }
  }
  for (const write of second) await writeItems([write]).catch(() => undefined);
  return { kind: 'refused', reason };
}
