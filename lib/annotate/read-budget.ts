/**
 * How much page text the background reads, so that no page can keep it busy: polls, alarms and
 * every other tab's chips wait while it reads. Each page may have a fixed number of characters
 * read a minute, and each message a fixed time; what is over either is answered "not yet" and
 * the page asks again later (when the reader scrolls, or at the next minute's refresh). The reader
 * is linear in its text, so the character budget also bounds the time.
 */
export interface ReadLimits {
  /** Characters one page may have read in any minute. */
  pageCharsPerMinute: number;
  /** Milliseconds one message may spend reading. */
  messageMs: number;
  /** Pages remembered at once; the least recently read is forgotten first. */
  pages: number;
}

export const READ_LIMITS: ReadLimits = { pageCharsPerMinute: 400_000, messageMs: 50, pages: 64 };

const MINUTE = 60_000;

/** One message's allowance: `take` says whether a text of that length may be read now. */
export interface ReadAllowance {
  take(chars: number): boolean;
}

export class ReadBudget {
  /** Per page, what was read when: [ms, characters]. Insertion order is recency. */
  private readonly spent = new Map<string, [number, number][]>();

  constructor(
    private readonly clock: () => number,
    private readonly limits: ReadLimits = READ_LIMITS,
  ) {}

  /** Start reading one message from `page`. */
  start(page: string): ReadAllowance {
    const now = this.clock();
    const deadline = now + this.limits.messageMs;
    const recent = (this.spent.get(page) ?? []).filter(([at]) => at > now - MINUTE);
    this.spent.delete(page);
    this.spent.set(page, recent);
    if (this.spent.size > this.limits.pages) this.spent.delete(this.spent.keys().next().value as string);
    let used = recent.reduce((sum, [, chars]) => sum + chars, 0);
    let taken = 0;
    return {
      take: (chars) => {
        // The first text of a message is always read (within the page's budget): a cold start
        // that spends the time on one text still answers it, so no page is starved.
        if (used + chars > this.limits.pageCharsPerMinute || (taken > 0 && this.clock() > deadline)) return false;
        taken++;
        used += chars;
        recent.push([now, chars]);
        return true;
      },
    };
  }
}
