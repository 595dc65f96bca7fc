/**
 * Where the e2e server listens and which database it reads. scripts/e2e-server.sh derives the same values from
 * E2E_PORT for the server it starts; specs that seed or inspect data open E2E_DB_PATH directly.
 * E2E_PORT lets a second checkout on the same machine run its suite at the same time.
 */
export const E2E_PORT = Number(process.env.E2E_PORT || 3100);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** Relative to the repository root, which is Playwright's working directory. Matches scripts/e2e-server.sh. */
export const E2E_DB_PATH = E2E_PORT === 3100 ? "data/e2e.db" : `data/e2e-${E2E_PORT}.db`;
export const E2E_DATABASE_URL = `file:./${E2E_DB_PATH}`;
/** The ticker's polling interval on the e2e server (shorter than production's 15 s to keep the suite quick). */
export const BREAKING_POLL_SECONDS = Number(process.env.BREAKING_POLL_SECONDS || 5);
