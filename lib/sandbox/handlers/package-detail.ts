import { badParameter } from '@/lib/sandbox/errors';
import { requiredInt } from '@/lib/sandbox/fields';
import type { HandlerContext, SandboxRoute } from '@/lib/sandbox/handlers/context';
import { MESSAGES } from '@/lib/sandbox/messages';
import { packageView, type PackageView } from '@/lib/sandbox/views';

function packageDetail({ body, state, language }: HandlerContext): PackageView {
  const id = requiredInt(body, 'id');
  const item = state.catalog.packageById.get(id);
  if (!item) throw badParameter(MESSAGES.packageMissing);
  return packageView(item, language);
}

/** `/v1.1/package/detail`: one package. No token needed. */
export const packageDetailRoute: SandboxRoute = { auth: false, handle: packageDetail };
