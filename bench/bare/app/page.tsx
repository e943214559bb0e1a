/** The baseline: what Next.js ships and serves for a page with nothing on it. */
export default function BarePage() {
  return (
    <main>
      <h1>Bare page</h1>
      <p>Nothing but Next.js and React.</p>
    </main>
  );
}
