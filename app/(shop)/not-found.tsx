import { NotFoundContent } from '@/components/layout/not-found-content';

/** A shop page that called `notFound()`: inside the shop's layout. */
export default function NotFound() {
  return <NotFoundContent />;
}
