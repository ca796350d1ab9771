// npm run test:stress
// Runs the whole suite (`npm test`) while CPU burners keep every core busy, to prove the tests do not
// depend on the machine being idle. Exits with the suite's code; the burners are stopped whatever
// happens (the suite failing, Ctrl-C, SIGTERM) and stop on their own if this script is killed.
// TEST_STRESS_COMMAND runs something else under the same load, for example one file:
//   TEST_STRESS_COMMAND="npx vitest run test/cli/help.test.ts" npm run test:stress
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const command = process.env.TEST_STRESS_COMMAND || 'npm test';
const burnerCount = Math.max(2, availableParallelism());

// A busy loop that looks up now and then (every ~16M turns) whether its parent is still there.
const BURN = 'const parent = process.ppid; for (let i = 1; ; i++) if ((i & 0xffffff) === 0 && process.ppid !== parent) process.exit(0);';
const burners = Array.from({ length: burnerCount }, () => spawn(process.execPath, ['-e', BURN], { stdio: 'ignore' }));

/** user + system CPU seconds a process has used (Linux clock ticks are 1/100 s). */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

function stopBurners() {
  const burned = burners.map((burner) => cpuSeconds(burner.pid));
  for (const burner of burners) if (burner.exitCode === null && burner.signalCode === null) burner.kill('SIGKILL');
  return burned;
}

const started = Date.now();
process.stdout.write(
  `test:stress: ${burnerCount} CPU burners running (pids ${burners.map((b) => b.pid).join(', ')}); running: ${command}\n`,
);
// Its own process group, so that a signal reaches every process of the suite (npm, sh, vitest, its
// workers and the servers they spawned), not only the shell.
const suite = spawn(command, { shell: true, stdio: 'inherit', detached: true });

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopBurners();
    try {
      process.kill(-suite.pid, signal);
    } catch {
      // the suite has already ended
    }
  });
}

suite.on('close', async (code, signal) => {
  const burned = stopBurners();
  await Promise.all(
    burners.map((burner) =>
      burner.exitCode === null && burner.signalCode === null ? new Promise((resolve) => burner.once('close', resolve)) : null,
    ),
  );
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(
    `test:stress: ${command} ended with ${signal ?? `code ${code}`} after ${seconds.toFixed(0)} s; ` +
      `the burners used ${burned.map((s) => `${s.toFixed(0)}`).join(' + ')} CPU s and are stopped\n`,
  );
  process.exit(code ?? 1);
});
