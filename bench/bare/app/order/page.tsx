import { preOrder } from './actions';

/** The baseline of the pre-order latency: a form whose server action makes the shop's provider call. */
export default function BareOrderPage() {
  return (
    <main>
      <h1>Bare order form</h1>
      <form action={preOrder}>
        <button type="submit">Pre-order</button>
      </form>
    </main>
  );
}
