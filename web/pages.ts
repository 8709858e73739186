/** The pages of the web app, in the navigation's order (their names are `PAGE_LABELS[language].layout.pages`). */
export const PAGES = {
  chat: { href: '/' },
  trust: { href: '/trust' },
  orders: { href: '/orders' },
  settings: { href: '/settings' },
  reports: { href: '/reports' },
} as const;

/** A page of the web app. */
export type PageName = keyof typeof PAGES;
