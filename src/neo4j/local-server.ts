// A local Neo4j Community server run from Maven Central artifacts: `mvn dependency:build-classpath` on src/neo4j/pom.xml
// (cached outside the repo), then the real server entry point as a background process with Bolt on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { UserError } from '../util/errors.ts';
import { localServerDir, readLocalState, type LocalState, type Neo4jConfig } from './config.ts';

const POM = join(dirname(fileURLToPath(import.meta.url)), 'pom.xml');

export function neo4jVersion(): string {
  return readFileSync(POM, 'utf8').match(/<neo4j\.version>([^<]+)</u)?.[1] ?? 'unknown';
}

function cacheDir(): string {
  return resolve(process.env.KG_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'cn-gov-kg'));
}

/** The server's classpath, resolved once with Maven and cached (jars stay in Maven's local repository). */
export async function serverClasspath(log: (s: string) => void = () => {}): Promise<string> {
  const file = join(cacheDir(), `neo4j-${neo4jVersion()}.classpath`);
  if (existsSync(file)) {
    const cp = (await readFile(file, 'utf8')).trim();
    if (cp.split(':').every((j) => existsSync(j))) return cp;
  }
  await mkdir(cacheDir(), { recursive: true });
  log(`fetching Neo4j ${neo4jVersion()} from Maven Central (first use only)…`);
  const r = spawnSync('mvn', ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${file}`], { encoding: 'utf8' });
  if (r.error) throw new UserError(`cannot run Maven (mvn) to fetch Neo4j: ${r.error.message}`);
  if (r.status !== 0) throw new UserError(`Maven could not fetch Neo4j ${neo4jVersion()}: ${(r.stdout + r.stderr).trim().split('\n').slice(-3).join(' ')}`);
  return (await readFile(file, 'utf8')).trim();
}

function pidAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

async function portFree(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
  });
}

/** A free TCP port on 127.0.0.1 (for tests). */
export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => res(port));
    });
  });
}

async function passwordFor(dir: string): Promise<string> {
  if (process.env.NEO4J_PASSWORD) return process.env.NEO4J_PASSWORD;
  const file = join(dir, 'password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const pw = randomBytes(18).toString('base64url');
  await writeFile(file, `${pw}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return pw;
}

// The JVM flags Neo4j's own launcher passes (server.jvm.additional in the shipped neo4j.conf). Without the add-opens,
// the page cache falls back to a slower mode ("Reflection access to java.nio.DirectByteBuffer is not available").
const SERVER_JVM_FLAGS = [
  '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow', '-XX:+UnlockExperimentalVMOptions', '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC', '-Djdk.nio.maxCachedBufferSize=1024', '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true', '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

export interface StartOptions { port?: number; dir?: string; heap?: string; log?: (s: string) => void; timeoutMs?: number }

export async function startLocalNeo4j(opts: StartOptions = {}): Promise<Neo4jConfig & { version: string; pid: number; already: boolean }> {
  const dir = resolve(opts.dir ?? localServerDir());
  const log = opts.log ?? (() => {});
  const port = opts.port ?? Number(process.env.KG_NEO4J_PORT ?? 7687);
  await mkdir(dir, { recursive: true });
  const password = await passwordFor(dir);
  const running = await readLocalState(dir);
  if (running && pidAlive(running.pid)) {
    return { uri: running.uri, user: running.user, password, local: true, version: running.version, pid: running.pid, already: true };
  }
  if (!(await portFree(port))) throw new UserError(`port ${port} on 127.0.0.1 is in use: stop what runs there or pick another with --port`);
  const cp = await serverClasspath(log);
  const home = join(dir, 'home');
  const conf = join(home, 'conf');
  await mkdir(conf, { recursive: true });
  await mkdir(join(home, 'logs'), { recursive: true });
  await writeFile(join(conf, 'neo4j.conf'), [
    '# Written by kg neo4j start; edits are replaced on the next start.',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'server.memory.pagecache.size=512m',
    'db.transaction.timeout=10m',
    '',
  ].join('\n'));
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf };
  if (!existsSync(join(home, 'data', 'databases', 'system'))) {
    // First start: the initial password must be set before the database is created.
    const r = spawnSync('java', ['-cp', cp, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new UserError(`could not set the Neo4j password: ${(r.stderr || r.stdout).trim().split('\n').pop()}`);
  }
  const logFile = join(home, 'logs', 'console.log');
  const fd = openSync(logFile, 'a');
  const heap = opts.heap ?? '1g';
  const child = spawn('java', [`-Xms${heap}`, `-Xmx${heap}`, ...SERVER_JVM_FLAGS, '-cp', cp, 'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${home}`, `--config-dir=${conf}`, '--console-mode'], { env, detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  child.unref();
  const uri = `bolt://127.0.0.1:${port}`;
  const state: LocalState = { uri, user: 'neo4j', pid: child.pid!, port, version: neo4jVersion(), home };
  await writeFile(join(dir, 'state.json'), JSON.stringify(state, null, 1));
  log(`starting Neo4j ${state.version} (pid ${state.pid}), logs in ${logFile}`);
  const deadline = Date.now() + (opts.timeoutMs ?? 180_000);
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000 });
  try {
    for (;;) {
      if (!pidAlive(child.pid!)) {
        await rm(join(dir, 'state.json'), { force: true });
        const tail = (await readFile(logFile, 'utf8').catch(() => '')).trim().split('\n').slice(-3).join(' | ');
        throw new UserError(`Neo4j exited while starting: ${tail}`);
      }
      try { await driver.verifyConnectivity(); break; } catch { /* not up yet */ }
      if (Date.now() > deadline) throw new UserError(`Neo4j did not answer on ${uri} within ${Math.round((opts.timeoutMs ?? 180_000) / 1000)} s (see ${logFile})`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await driver.close();
  }
  return { uri, user: 'neo4j', password, local: true, version: state.version, pid: state.pid, already: false };
}

/** Stops the local server cleanly (SIGTERM, then SIGKILL after a minute). Returns false when none was running. */
export async function stopLocalNeo4j(dir = localServerDir()): Promise<boolean> {
  const state = await readLocalState(dir);
  if (!state) return false;
  let stopped = false;
  if (pidAlive(state.pid)) {
    process.kill(state.pid, 'SIGTERM');
    const deadline = Date.now() + 60_000;
    while (pidAlive(state.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    if (pidAlive(state.pid)) process.kill(state.pid, 'SIGKILL');
    stopped = true;
  }
  await rm(join(dir, 'state.json'), { force: true });
  return stopped;
}
