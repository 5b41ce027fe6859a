// DuckDB beside attain's rollup_bench, on the same generated rows, in one run.
//
// INSTALL (once, outside the source tree; never commit node_modules):
//   npm install --prefix "$HOME/duckdb-peer" @duckdb/node-api
// RUN (from a Release build directory):
//   NODE_PATH="$HOME/duckdb-peer/node_modules" node ../bench/rollup_peer_duckdb.mjs \
//       ./bench/rollup_bench [REPS]
//   ATTAIN_ROLLUP_COMMUNES=1000 … for a quick run (default 10,000 communes, 2,000,000 rows).
//
// What it does: asks rollup_bench to write its rows and its hierarchy as CSV (`--write_csv`,
// fixed seed): rows(commune, ind, yr, v) and units(commune, district, province), the codes
// as the integers attain receives (INTEGER columns; attain's roll-up gets dense ids too), v
// as DECIMAL(18,2). It checks, level by level, that DuckDB's group sums add up to the totals
// the benchmark printed (the total of the group sums and the total of their absolute values,
// and the number of groups: the same data, the same groups), then times with threads = 1 and
// 2 (median of REPS wall-clock runs after a warm-up)
//   CREATE TEMP TABLE r AS
//   SELECT commune, district, province, ind, yr, SUM(v) AS s
//   FROM rows JOIN units USING (commune)
//   GROUP BY GROUPING SETS ((commune, ind, yr), (district, ind, yr), (province, ind, yr))
// — the result materialised as a table, as attain's roll-up materialises every unit's
// states (dropped after each run, outside the timing) — then runs rollup_bench (JSON,
// REPS repetitions in random order, medians) and prints ns per input row, DuckDB / attain,
// and attain's two threads against one and against two one-thread roll-ups side by side
// (the machine's ceiling).
import { createRequire } from 'node:module';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { DuckDBInstance, version } = require('@duckdb/node-api');

const [bench, repsArg] = process.argv.slice(2);
if (!bench) {
  console.error('usage: node rollup_peer_duckdb.mjs PATH/TO/rollup_bench [REPS]');
  process.exit(2);
}
const reps = Number(repsArg ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'attain-rollup-peer-'));
const expected = {};
{
  const r = spawnSync(bench, [`--write_csv=${dir}`], { encoding: 'utf8' });
  if (r.status !== 0) { console.error('rollup_bench --write_csv failed', r.stderr); process.exit(1); }
  for (const m of r.stderr.matchAll(/level (\S+) (\d+) (\S+) (\S+)/g)) expected[m[1]] = { groups: Number(m[2]), total: m[3], abs: m[4] };
}

const inst = await DuckDBInstance.create(':memory:');
const con = await inst.connect();
await con.run(`CREATE TABLE rows AS SELECT * FROM read_csv('${join(dir, 'rows.csv')}', header=true, columns={'commune':'INTEGER','ind':'INTEGER','yr':'INTEGER','v':'DECIMAL(18,2)'})`);
await con.run(`CREATE TABLE units AS SELECT * FROM read_csv('${join(dir, 'units.csv')}', header=true, columns={'commune':'INTEGER','district':'INTEGER','province':'INTEGER'})`);
const rows = Number((await con.runAndReadAll('SELECT COUNT(*) FROM rows')).getRowsJS()[0][0]);
const sql = `SELECT commune, district, province, ind, yr, SUM(v) AS s
  FROM rows JOIN units USING (commune)
  GROUP BY GROUPING SETS ((commune, ind, yr), (district, ind, yr), (province, ind, yr))`;

// The check: per level, the number of groups, Σ of the group sums and Σ |group sum|.
{
  await con.run(`CREATE TEMP TABLE r AS ${sql}`);
  const got = (await con.runAndReadAll(`SELECT CASE WHEN commune IS NOT NULL THEN 'commune' WHEN district IS NOT NULL THEN 'district' ELSE 'province' END AS level,
      COUNT(*), SUM(s)::VARCHAR, SUM(ABS(s))::VARCHAR FROM r GROUP BY level ORDER BY level`)).getRowsJS();
  await con.run('DROP TABLE r');
  const same = (a, b) => a === b || a.replace(/\.?0+$/, '') === b.replace(/\.?0+$/, '');
  for (const [level, n, total, abs] of got) {
    const want = expected[level];
    if (!want || Number(n) !== want.groups || !same(total, want.total) || !same(abs, want.abs)) {
      console.error(`level ${level}: DuckDB ${n} groups, total ${total}, Σ|sum| ${abs}; rollup_bench ${JSON.stringify(want)}`);
      process.exit(1);
    }
  }
  if (got.length !== 3) { console.error('DuckDB did not return three levels'); process.exit(1); }
  console.log(`duckdb ${version()}: ${rows} rows; per level the groups, totals and Σ|sum| agree with rollup_bench:`);
  for (const [level, n, total] of got) console.log(`  ${level.padEnd(9)} ${String(n).padStart(8)} groups, total ${total}`);
}

const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const duck = {};
for (const threads of [1, 2]) {
  await con.run(`SET threads = ${threads}`);
  const once = async () => {
    const t0 = performance.now();
    await con.run(`CREATE TEMP TABLE r AS ${sql}`);
    const ms = performance.now() - t0;
    await con.run('DROP TABLE r');
    return ms;
  };
  await once();
  const wall = [];
  for (let i = 0; i < reps; i++) wall.push(await once());
  duck[threads] = (median(wall) * 1e6) / rows;
}

// attain, same rows (the generator is the benchmark's), medians of REPS repetitions.
const json = execFileSync(bench, [
  `--benchmark_repetitions=${reps}`,
  '--benchmark_enable_random_interleaving=true',  // slow spells of a shared machine hit every line alike
  '--benchmark_report_aggregates_only=true',
  '--benchmark_format=json',
], { encoding: 'utf8', maxBuffer: 1 << 26 });
const ours = {};
for (const b of JSON.parse(json.replace(/:\s*-?(NaN|inf)\b/g, ': null')).benchmarks) {
  if (b.aggregate_name !== 'median') continue;
  ours[b.run_name] = b.real_time * 1e6 / rows;  // ms → ns per input row (wall clock, like DuckDB)
}
const a1 = ours['BM_rollup_sum/threads:1/real_time'], a2 = ours['BM_rollup_sum/threads:2/real_time'];
const side = ours['BM_rollup_sum_side_by_side/real_time'];
const row = (label, ns, ref) => console.log(`${label.padEnd(52)} ${ns.toFixed(2).padStart(8)} ns/row  ${ref ? (ref / ns).toFixed(2).padStart(6) + '×' : ''}`);
console.log('\nwall clock, median of ' + reps + '; ratio = DuckDB (same threads) / this line');
row('DuckDB GROUPING SETS, DECIMAL(18,2), threads=1', duck[1]);
row('DuckDB GROUPING SETS, DECIMAL(18,2), threads=2', duck[2]);
row('attain rollup SUM, 1 thread (goal ≥ 6×)', a1, duck[1]);
row('attain rollup SUM, 2 threads', a2, duck[2]);
const within = (label, a, b) => console.log(`${label.padEnd(52)} ${(a / b).toFixed(2).padStart(8)}×`);
console.log('\nspeed-up from a second thread (same run)');
within('attain: 1 thread / 2 threads (goal ≥ 1.6×)', a1, a2);
within('  … two 1-thread roll-ups side by side (ceiling)', a1, side);
within('DuckDB: threads=1 / threads=2', duck[1], duck[2]);
console.log('JSON ' + JSON.stringify({ duckdb: duck, attain: ours, rows }));
rmSync(dir, { recursive: true, force: true });
