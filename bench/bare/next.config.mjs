import { fileURLToPath } from 'node:url';

/** The benchmark's bare page: built from the shop's own `next` and `react` (the repository's node_modules). */
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  turbopack: { root: repositoryRoot },
  outputFileTracingRoot: repositoryRoot,
};

export default nextConfig;
