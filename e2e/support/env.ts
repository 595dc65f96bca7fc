/**
 * Where the e2e server listens and which database it reads. scripts/e2e-server.sh sets the same values for the
 * server it starts; specs that seed or inspect data open E2E_DB_PATH directly.
 */
export const E2E_PORT = 3100;
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATABASE_URL = "file:./data/e2e.db";
/** Relative to the repository root, which is Playwright's working directory. */
export const E2E_DB_PATH = "data/e2e.db";
