// Opening a driver with clear errors, and running read queries with a timeout and a row cap, returning plain values.
import neo4j, { type Driver, type Record as NeoRecord, isNode, isRelationship, isPath, isInt, isDate, isDateTime, isLocalDateTime, isTime, isLocalTime, isDuration, isPoint } from 'neo4j-driver';
import { UserError } from '../util/errors.ts';
import { resolveNeo4jConfig, type Neo4jConfig } from './config.ts';

export async function openDriver(cfg?: Neo4jConfig | null): Promise<Driver> {
  const c = cfg ?? (await resolveNeo4jConfig());
  if (!c) throw new UserError('no Neo4j to talk to: run `npx kg neo4j start`, or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) for your own server');
  let driver: Driver;
  try {
    driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), { connectionTimeout: 10_000, disableLosslessIntegers: false });
  } catch (e) {
    throw new UserError(`NEO4J_URI ${JSON.stringify(c.uri)} is not a Neo4j address (${(e as Error).message})`);
  }
  try {
    await driver.verifyConnectivity();
  } catch (e) {
    await driver.close();
    const err = e as { code?: string; message?: string };
    if (err.code === 'Neo.ClientError.Security.Unauthorized' || /unauthori[sz]ed|authentication/iu.test(err.message ?? '')) {
      throw new UserError(`Neo4j at ${c.uri} refused the credentials of user ${JSON.stringify(c.user)} (check NEO4J_USER / NEO4J_PASSWORD)`);
    }
    if (err.code === 'ServiceUnavailable' || /ECONNREFUSED|ENOTFOUND|connect/iu.test(err.message ?? '')) {
      throw new UserError(`Neo4j is not reachable at ${c.uri}${c.local ? ' (is `npx kg neo4j start` running?)' : ''}`);
    }
    throw new UserError(`cannot connect to Neo4j at ${c.uri}: ${err.message ?? String(e)}`);
  }
  return driver;
}

export type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain };

/** Converts driver values (integers, nodes, relationships, paths, temporals) into plain JSON values. */
export function toPlain(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (isNode(v)) return { elementId: v.elementId, labels: v.labels, properties: toPlain(v.properties) } as Plain;
  if (isRelationship(v)) return { elementId: v.elementId, type: v.type, start: v.startNodeElementId, end: v.endNodeElementId, properties: toPlain(v.properties) } as Plain;
  if (isPath(v)) return { segments: v.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) })) } as Plain;
  if (isDate(v) || isDateTime(v) || isLocalDateTime(v) || isTime(v) || isLocalTime(v) || isDuration(v) || isPoint(v)) return String(v);
  if (Array.isArray(v)) return v.map(toPlain);
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, toPlain(x)]));
  if (typeof v === 'bigint') return Number(v);
  return v as Plain;
}

export interface QueryResult { keys: string[]; records: Plain[][]; truncated: boolean; raw: NeoRecord[] }

/**
 * Runs a query in a managed transaction (read unless `write`), with parameters, a timeout and a row cap.
 * Neo4j's own error (with its position) becomes a UserError.
 */
export async function runQuery(driver: Driver, cypher: string, params: Record<string, unknown>,
  opts: { write?: boolean; timeoutMs?: number; limit?: number; database?: string } = {}): Promise<QueryResult> {
  const session = driver.session({ defaultAccessMode: opts.write ? neo4j.session.WRITE : neo4j.session.READ, database: opts.database });
  const limit = opts.limit ?? 10_000;
  try {
    const work = async (tx: { run: (q: string, p: Record<string, unknown>) => AsyncIterable<NeoRecord> & { keys(): Promise<string[]> } }) => {
      const res = tx.run(cypher, params);
      const rows: NeoRecord[] = [];
      let truncated = false;
      for await (const rec of res) {
        if (rows.length >= limit) { truncated = true; break; }
        rows.push(rec);
      }
      const keys = rows[0]?.keys.map(String) ?? (await res.keys()).map(String);
      return { rows, keys, truncated };
    };
    const config = { timeout: opts.timeoutMs ?? 30_000 };
    const out = opts.write
      ? await session.executeWrite(work as never, config)
      : await session.executeRead(work as never, config);
    const { rows, keys, truncated } = out as { rows: NeoRecord[]; keys: string[]; truncated: boolean };
    return { keys, records: rows.map((r) => keys.map((k) => toPlain(r.get(k)))), truncated, raw: rows };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if (err.code?.startsWith('Neo.ClientError.Statement') || err.code?.includes('Forbidden') || err.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
      throw new UserError(`Neo4j: ${err.message?.split('\n').slice(0, 3).join(' ').trim()} [${err.code}]`);
    }
    if (err.code === 'Neo.ClientError.Request.Invalid' || err.code === 'Neo.ClientError.Security.Forbidden') throw new UserError(`Neo4j: ${err.message}`);
    throw e;
  } finally {
    await session.close();
  }
}
