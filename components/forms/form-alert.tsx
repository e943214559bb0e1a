/**
 * A form's message for the whole form. The live region is always in the page, empty until there is
 * something to say, so that screen readers announce the message the moment it appears.
 */
export function FormAlert({ title, message }: { title: string; message: string | undefined }) {
  return (
    <div role="alert" aria-live="assertive" className="empty:sr-only">
      {message ? (
        <div className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          <p className="font-semibold">{title}</p>
          <p>{message}</p>
        </div>
      ) : null}
    </div>
  );
}
