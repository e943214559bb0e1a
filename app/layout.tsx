import type { ReactNode } from 'react';
import './globals.css';

/**
 * Passes its children through: the shop's pages (`app/(shop)`) and the cached catalog pages
 * (`app/(catalog)`) each render the document themselves, and `not-found.tsx` here renders one for
 * addresses that match no page.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
