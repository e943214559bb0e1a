/** The sandbox banner's note, whether the server or the browser knows its text. */
export function ScenarioNote({ text }: { text: string }) {
  return (
    <div role="note" data-testid="scenario-banner" className="bg-amber-300 px-4 py-1 text-center text-sm text-amber-950">
      {text}
    </div>
  );
}
