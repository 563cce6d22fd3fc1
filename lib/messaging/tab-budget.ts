import { type RequestWindow, spendWithin } from '../poll/rate-budget';

/**
 * A budget per tab per minute for a message a page's script sends: each tab spends its own, so
 * one page sending it in a loop is refused after a few, while other tabs are not held back.
 */
export function tabBudget(perMinute: number): (tab: number | undefined, now: number) => boolean {
  const windows = new Map<number | undefined, RequestWindow>();
  return (tab, now) => {
    const spent = spendWithin(perMinute, windows.get(tab), 1, now);
    if (spent) windows.set(tab, spent);
    return spent !== null;
  };
}
