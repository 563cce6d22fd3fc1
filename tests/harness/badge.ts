import type { Worker } from '@playwright/test';

export interface Badge {
  text: string;
  /** `#rrggbb`, as the user sees it. */
  color: string;
  title: string;
}

/** Read the toolbar badge through the service worker: what the user sees next to the icon. */
export async function readBadge(serviceWorker: Worker): Promise<Badge> {
  const { text, rgba, title } = await serviceWorker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    rgba: await chrome.action.getBadgeBackgroundColor({}),
    title: await chrome.action.getTitle({}),
  }));
  const color = `#${rgba
    .slice(0, 3)
    .map((channel) => channel.toString(16).padStart(2, '0'))
    .join('')}`;
  return { text, color, title };
}
