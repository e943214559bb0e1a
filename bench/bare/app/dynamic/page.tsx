import { connection } from 'next/server';

/** The same page rendered for every request, as the shop's pages are (they read cookies and a nonce). */
export default async function BareDynamicPage() {
  await connection();
  return (
    <main>
      <h1>Bare page</h1>
      <p>Nothing but Next.js and React, rendered per request.</p>
    </main>
  );
}
