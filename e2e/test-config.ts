/** The secret the e2e shop runs with: the leak test looks for this exact value everywhere. */
export const E2E_ACCESS_TOKEN = 'e2e-secret-token-7f3a9c1d5b2e4f6a8c0d';
// A second checkout on the same machine can run its own suite on another port.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATA_DIR = 'data/e2e';
