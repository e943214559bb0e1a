// The module types of imported images (the flags in lib/flags/flag-images.ts). `next-env.d.ts`
// brings them too, but Next writes that file only when it runs, and a clean clone is typechecked first.
/// <reference types="next/image-types/global" />
