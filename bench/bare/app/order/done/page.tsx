type Props = { searchParams: Promise<{ no?: string }> };

/** The bare confirmation: rendered in the action's answer, like the shop's order page. */
export default async function BareOrderDonePage({ searchParams }: Props) {
  const { no } = await searchParams;
  return (
    <main>
      <h1>Pre-order received</h1>
      <p>{no}</p>
    </main>
  );
}
