// Where Neo4j is: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) for the user's own server (Desktop, Docker, Aura); otherwise
// the local server that `kg neo4j start` runs, read from its state file.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  /** our own local server (started by kg neo4j start) */
  local: boolean;
}

/** The folder of the local server's data, logs, config and state (git-ignored). KG_NEO4J_DIR overrides it. */
export function localServerDir(): string {
  return resolve(process.env.KG_NEO4J_DIR ?? join(process.cwd(), '.kg', 'neo4j'));
}

export interface LocalState { uri: string; user: string; pid: number; port: number; version: string; home: string }

export async function readLocalState(dir = localServerDir()): Promise<LocalState | null> {
  try {
    return JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')) as LocalState;
  } catch {
    return null;
  }
}

export async function readLocalPassword(dir = localServerDir()): Promise<string | null> {
  try {
    return (await readFile(join(dir, 'password'), 'utf8')).trim();
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

export async function resolveNeo4jConfig(dir = localServerDir()): Promise<Neo4jConfig | null> {
  if (process.env.NEO4J_URI) {
    return { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', local: false };
  }
  const state = await readLocalState(dir);
  if (!state || !pidAlive(state.pid)) return null;
  const password = process.env.NEO4J_PASSWORD ?? (await readLocalPassword(dir));
  if (!password) return null;
  return { uri: state.uri, user: state.user, password, local: true };
}
