// npx tsx bench/wal-checkpoint.ts [-- --autocheckpoint 1000 --commits 20000 --dir /tmp]
// What SQLite's automatic WAL checkpoint costs the commit that triggers it, on a file opened as
// openDatabase opens it: small write transactions (four row updates each, as the sweep commits a row's
// check) after the WAL has grown, with the commit-time distribution and the WAL's size at the end.
// Run it with different --autocheckpoint values (pages; 0 turns the automatic checkpoint off) to
// compare the stall of the commit that checkpoints with the total write time.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client.ts';

const { values } = parseArgs({
  options: {
    autocheckpoint: { type: 'string', default: '1000' },
    commits: { type: 'string', default: '20000' },
    dir: { type: 'string', default: tmpdir() },
  },
});
const ROWS = 20_000;
const dir = mkdtempSync(join(values.dir, 'adsauth-wal-'));
const file = join(dir, 'adsauth.db');
const handle = openDatabase(file);
try {
  const { sqlite } = handle;
  sqlite.pragma(`wal_autocheckpoint = ${Number(values.autocheckpoint)}`);
  sqlite.exec('create table bench_rows (id integer primary key, payload text, at integer)');
  const insert = sqlite.prepare('insert into bench_rows (payload, at) values (?, ?)');
  const update = sqlite.prepare('update bench_rows set payload = ?, at = ? where id = ?');
  const begin = sqlite.prepare('begin immediate');
  const commit = sqlite.prepare('commit');
  sqlite.transaction(() => {
    for (let i = 0; i < ROWS; i++) insert.run('x'.repeat(300), i);
  })();
  const durations: number[] = [];
  const started = performance.now();
  for (let i = 0; i < Number(values.commits); i++) {
    const t = performance.now();
    begin.run();
    for (let k = 0; k < 4; k++) update.run(`${'y'.repeat(300)}${i}`, i, 1 + Math.floor(Math.random() * ROWS));
    commit.run();
    durations.push(performance.now() - t);
  }
  const totalMs = performance.now() - started;
  durations.sort((a, b) => a - b);
  const at = (q: number) => Number(durations[Math.floor(q * (durations.length - 1))]!.toFixed(2));
  console.log({
    autocheckpointPages: Number(values.autocheckpoint),
    commits: durations.length,
    totalMs: Math.round(totalMs),
    commitMs: { p50: at(0.5), p99: at(0.99), p999: at(0.999), max: at(1) },
    walBytes: statSync(`${file}-wal`).size,
  });
} finally {
  handle.close();
  rmSync(dir, { recursive: true, force: true });
}
