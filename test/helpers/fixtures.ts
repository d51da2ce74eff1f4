// Paths to the test fixtures that ship with the repository.
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const nigerArticle = `${fixturesDir}articles/niger-eu-missions.txt`;
export const nigerTitle = 'Niger Terminates EU Security Missions, Seeks Closer Ties with Russia';
