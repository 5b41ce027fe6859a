// DuckDB beside attain's aggregate_bench, on the same generated rows, in one run.
//
// INSTALL (once, outside the source tree; never commit node_modules):
//   npm install --prefix "$HOME/duckdb-peer" @duckdb/node-api
// RUN (from a Release build directory):
//   NODE_PATH="$HOME/duckdb-peer/node_modules" node ../bench/aggregate_peer_duckdb.mjs \
//       ./bench/aggregate_bench [REPS]
//   ATTAIN_AGG_ROWS=1000000 … for a quick run (default 10,000,000 rows).
//
// What it does: asks aggregate_bench to write its rows as CSV (`--write_csv`, fixed seed),
// loads them into DuckDB as DECIMAL(18,2), checks that DuckDB's total equals the total the
// benchmark printed (same data), times with threads = 1 and 2 (wall clock, after a warm-up)
//   gsum: SELECT g, SUM(v) FROM t GROUP BY g
//   full: SELECT g, SUM(v), AVG(v), MIN(v), MAX(v), COUNT(*) FROM t GROUP BY g
//   full_str: the same grouped by the string code k = 'G' + 5 digits (table ts, made from t
//         before timing), as BM_aggregate_full_string_keys receives its keys
//   dims: SELECT g, sex, SUM(v) FROM t WHERE age <> '_T' GROUP BY g, sex — unit × SEX over
//         the age groups, BM_aggregate_dims_exact's query (sex and age VARCHAR columns;
//         each sex's total is checked against the one aggregate_bench printed)
// and, threads = 1, the table load from the in-memory table t already loaded from the CSV
//   load: CREATE TABLE t2 AS SELECT g, v FROM t   (beside BM_table_load: attain's rows carry
//         indicator, unit, period, value and status, generated, appended and sealed)
//   load_dims: CREATE TABLE t2 AS SELECT * FROM t (g, v, sex, age; beside BM_table_load_dims)
// whose bytes per row are the growth of DuckDB's IN_MEMORY_TABLE memory (duckdb_memory(),
// the table's blocks: uncompressed in an in-memory database) over the new table's rows, set
// beside attain's observation_table::memory_bytes() per row (dictionaries included);
// all in REPS rounds (each round: DuckDB's queries and loads once, then aggregate_bench once,
// JSON, its benchmarks in random order), medians over the rounds; then prints a table of
// ns/row and DuckDB / attain ratios, then attain's own ratios (exact / double, one thread /
// two threads).
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { DuckDBInstance, version } = require('@duckdb/node-api');

const [bench, repsArg] = process.argv.slice(2);
if (!bench) {
  console.error('usage: node aggregate_peer_duckdb.mjs PATH/TO/aggregate_bench [REPS]');
  process.exit(2);
}
const reps = Number(repsArg ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'attain-peer-'));
const csv = join(dir, 'rows.csv');
let expectedTotal = '';
const expectedBySex = {};
{
  const r = require('node:child_process').spawnSync(bench, [`--write_csv=${csv}`], { encoding: 'utf8' });
  if (r.status !== 0) { console.error('aggregate_bench --write_csv failed', r.stderr); process.exit(1); }
  expectedTotal = (r.stderr.match(/total_sum (\S+)/) ?? [])[1] ?? '';
  for (const m of r.stderr.matchAll(/dims_sum (\S+) (\S+)/g)) expectedBySex[m[1]] = m[2];
}

const inst = await DuckDBInstance.create(':memory:');
const con = await inst.connect();
await con.run(`CREATE TABLE t AS SELECT * FROM read_csv('${csv}', header=true, columns={'g':'INTEGER','v':'DECIMAL(18,2)','sex':'VARCHAR','age':'VARCHAR'})`);
const [count, total] = (await con.runAndReadAll('SELECT COUNT(*), SUM(v)::VARCHAR FROM t')).getRowsJS()[0];
const rows = Number(count);
console.log(`duckdb ${version()}: ${rows} rows, total ${total}; aggregate_bench's exact total ${expectedTotal}`);
if (expectedTotal && Number(total) !== Number(expectedTotal) && total !== expectedTotal) {
  console.error('DuckDB and aggregate_bench read different data');
  process.exit(1);
}

{
  const bySex = (await con.runAndReadAll(`SELECT sex, SUM(v)::VARCHAR FROM t WHERE age <> '_T' GROUP BY sex`)).getRowsJS();
  for (const [sex, sum] of bySex) {
    const want = expectedBySex[sex];
    const same = (a, b) => a === b || a.replace(/\.?0+$/, '') === b.replace(/\.?0+$/, '');
    if (want === undefined || !same(sum, want)) {
      console.error(`unit × SEX: DuckDB's total of ${sex} is ${sum}, aggregate_bench's ${want}`);
      process.exit(1);
    }
  }
  console.log(`unit × SEX over age groups: totals agree (${bySex.map(([s, v]) => `${s} ${v}`).join(', ')})`);
}

await con.run(`CREATE TABLE ts AS SELECT printf('G%05d', g) AS k, v FROM t`);
const queries = {
  gsum: 'SELECT g, SUM(v) FROM t GROUP BY g',
  dims: `SELECT g, sex, SUM(v) FROM t WHERE age <> '_T' GROUP BY g, sex`,
  full: 'SELECT g, SUM(v), AVG(v), MIN(v), MAX(v), COUNT(*) FROM t GROUP BY g',
  full_str: 'SELECT k, SUM(v), AVG(v), MIN(v), MAX(v), COUNT(*) FROM ts GROUP BY k',
};
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
// The table load, one thread: a copy of the in-memory table t, timed, and the table memory
// it added.
const tableBytes = async () => {
  const r = (await con.runAndReadAll(`SELECT COALESCE(SUM(memory_usage_bytes), 0) FROM duckdb_memory() WHERE tag = 'IN_MEMORY_TABLE'`)).getRowsJS();
  return Number(r[0][0]);
};
const loads = { load: 'CREATE TABLE t2 AS SELECT g, v FROM t', load_dims: 'CREATE TABLE t2 AS SELECT * FROM t' };
const loadBytes = {};
const time = async (sql) => {
  const t0 = performance.now();
  await con.run(sql);
  return performance.now() - t0;
};
// REPS rounds, each DuckDB's queries and loads once, then aggregate_bench once (same rows, its
// own generator): on a shared machine a slow spell then hits both sides of a ratio, not one.
// Medians over the rounds; DuckDB's queries run once first as a warm-up.
for (const threads of [1, 2]) {
  await con.run(`SET threads = ${threads}`);
  for (const sql of Object.values(queries)) await con.run(sql);
}
const duckWall = {}, loadWall = {}, oursRuns = {};
const counters = {};
const push = (m, k, v) => (m[k] ??= []).push(v);
for (let round = 0; round < reps; round++) {
  for (const threads of [1, 2]) {
    await con.run(`SET threads = ${threads}`);
    for (const [name, sql] of Object.entries(queries)) push(duckWall, `${name}/${threads}`, await time(sql));
  }
  await con.run('SET threads = 1');
  for (const [name, sql] of Object.entries(loads)) {
    await con.run('DROP TABLE IF EXISTS t2');
    const before = await tableBytes();
    push(loadWall, name, await time(sql));
    loadBytes[name] = ((await tableBytes()) - before) / rows;
    await con.run('DROP TABLE t2');
  }
  const json = execFileSync(bench, [
    '--benchmark_filter=BM_aggregate_|BM_table_load',
    '--benchmark_enable_random_interleaving=true',
    '--benchmark_format=json',
  ], { encoding: 'utf8', maxBuffer: 1 << 26 });
  // A counter that is not a number (NaN, inf) is not JSON.
  for (const b of JSON.parse(json.replace(/:\s*-?(NaN|inf)\b/g, ': null')).benchmarks) {
    if (b.run_type !== 'iteration') continue;
    push(oursRuns, b.run_name, b.real_time * 1e6 / rows);  // ms → ns per row (wall clock, like DuckDB)
    counters[b.run_name] = b;
  }
}
const duck = {}, ours = {}, load = {};
for (const [k, v] of Object.entries(duckWall)) duck[k] = (median(v) * 1e6) / rows;
for (const [k, v] of Object.entries(oursRuns)) ours[k] = median(v);
for (const [k, v] of Object.entries(loadWall)) load[k] = { ns: (median(v) * 1e6) / rows, bytes: loadBytes[k] };
const row = (label, ns, ref) => console.log(`${label.padEnd(46)} ${ns.toFixed(2).padStart(8)} ns/row  ${ref ? (ref / ns).toFixed(2).padStart(6) + '×' : ''}`);
console.log('\nwall clock, median; ratio = DuckDB (same query, same threads) / this line');
row('DuckDB gsum DECIMAL(18,2) threads=1', duck['gsum/1']);
row('DuckDB full DECIMAL(18,2) threads=1', duck['full/1']);
row('DuckDB gsum DECIMAL(18,2) threads=2', duck['gsum/2']);
row('DuckDB full DECIMAL(18,2) threads=2', duck['full/2']);
row('DuckDB full, VARCHAR keys, threads=1', duck['full_str/1']);
row('attain gsum exact, 1 thread', ours['BM_aggregate_gsum_exact'], duck['gsum/1']);
row('attain gsum double (inexact), 1 thread', ours['BM_aggregate_gsum_double'], duck['gsum/1']);
row('attain full exact, 1 thread', ours['BM_aggregate_full_exact/threads:1'], duck['full/1']);
row('attain full exact, 2 threads', ours['BM_aggregate_full_exact/threads:2/real_time'], duck['full/2']);
row('attain full double (inexact), 1 thread', ours['BM_aggregate_full_double'], duck['full/1']);
row('attain full exact, string keys interned', ours['BM_aggregate_full_string_keys'], duck['full_str/1']);
row('  … the same against DuckDB on integer keys', ours['BM_aggregate_full_string_keys'], duck['full/1']);
row('DuckDB unit × sex (age groups) threads=1', duck['dims/1']);
row('attain unit × sex exact, 1 thread', ours['BM_aggregate_dims_exact'], duck['dims/1']);
row('attain unit × sex double (inexact), 1 thread', ours['BM_aggregate_dims_double'], duck['dims/1']);
const bytes = (label, b, ref) => console.log(`${label.padEnd(46)} ${b.toFixed(2).padStart(8)} B/row   ${ref ? (ref / b).toFixed(2).padStart(6) + '×' : ''}`);
console.log('\ntable load, threads = 1 (DuckDB: CREATE TABLE … AS SELECT from the in-memory table; attain: generate, append, seal)');
row('DuckDB load (g, v)', load.load.ns);
row('attain BM_table_load', ours['BM_table_load/iterations:1'], load.load.ns);
row('DuckDB load (g, v, sex, age)', load.load_dims.ns);
row('attain BM_table_load_dims', ours['BM_table_load_dims/iterations:1'], load.load_dims.ns);
const tl = counters['BM_table_load/iterations:1'] ?? {};
bytes('DuckDB table bytes (g, v): IN_MEMORY_TABLE', load.load.bytes);
bytes('attain table bytes (memory_bytes)', tl['table_bytes/obs'] ?? NaN, load.load.bytes);
bytes('  … by layout (bytes_per_observation)', tl['bytes/obs'] ?? NaN, load.load.bytes);
bytes('DuckDB table bytes (g, v, sex, age)', load.load_dims.bytes);
bytes('attain table bytes with SEX, AGE', tl['dims_table_bytes/obs'] ?? NaN, load.load_dims.bytes);
const within = (label, a, b) => console.log(`${label.padEnd(46)} ${(a / b).toFixed(2).padStart(8)}×`);
console.log('\nwithin attain (same binary, same run)');
within('exact / double, grouped SUM (goal ≤ 1.25×)', ours['BM_aggregate_gsum_exact'], ours['BM_aggregate_gsum_double']);
within('exact / double, unit × sex', ours['BM_aggregate_dims_exact'], ours['BM_aggregate_dims_double']);
within('exact / double, full query (goal ≤ 1.5×)', ours['BM_aggregate_full_exact/threads:1'], ours['BM_aggregate_full_double']);
within('1 thread / 2 threads, full (goal ≥ 1.7×)', ours['BM_aggregate_full_exact/threads:1'], ours['BM_aggregate_full_exact/threads:2/real_time']);
within('  … two 1-thread queries side by side (ceiling)', ours['BM_aggregate_full_exact/threads:1'], ours['BM_aggregate_full_exact_side_by_side/real_time']);
console.log('JSON ' + JSON.stringify({ duckdb: duck, duckdb_load: load, attain: ours, rows }));
rmSync(dir, { recursive: true, force: true });
