import { NotFoundContent } from '@/components/layout/not-found-content';

/** A country the catalog does not have: inside the cached pages' layout. */
export default function NotFound() {
  return <NotFoundContent />;
}
