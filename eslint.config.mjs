import coreWebVitals from 'eslint-config-next/core-web-vitals';
import typescript from 'eslint-config-next/typescript';

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    ignores: ['.next/**', 'bench/bare/.next/**', 'bench/bare/next-env.d.ts', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'smoke-report/**', 'next-env.d.ts'],
  },
];

export default config;
