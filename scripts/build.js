// npm run build [-- --if-stale]
// Builds the reference dashboard (web/, with Vite) into web/dist, which the gateway serves at `/`.
// Bundles the CLI (src/cli.ts, with src/, db/ and the npm packages it imports) into dist/cli.js for
// plain node: one file that loads in a fraction of the time tsx needs to transpile the sources at
// every start (npm run bench:start). Kept out of the bundle: better-sqlite3 (a native module) and
// @graphql-yoga/render-graphiql (9 MB, imported only when someone opens GraphiQL). The migrations
// are copied to dist/migrations, where db/client.ts looks for them beside the bundle.
//
// Plain JavaScript, so bin/adsauth.js can check and rebuild without tsx. Every file is written under
// a temporary name and renamed into place, so a process starting during a build never reads half.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const BUILT_CLI = join(DIST, 'cli.js');
const STAMP = join(DIST, '.built');
const MIGRATIONS = join(ROOT, 'db/migrations');

/** The sources of the bundle: a file here newer than the build makes dist/ stale. */
const SOURCES = ['src', 'db', 'scripts/build.js'];
/**
 * The bundle holds the packages too, so a different lockfile makes dist/ stale. Compared by content:
 * npm rewrites the file unchanged on every install or prune (an image that drops its dev
 * dependencies after building must not look stale).
 */
const LOCKFILE = join(ROOT, 'package-lock.json');

/** The newest modification time (ms) of a file, or of any file under a directory. */
function newestMtime(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function lockfileHash() {
  try {
    return createHash('sha256').update(readFileSync(LOCKFILE)).digest('hex');
  } catch {
    return 'none';
  }
}

const WEB_DIST = join(ROOT, 'web/dist');
const WEB_STAMP = join(WEB_DIST, '.built');
/** The dashboard's sources; its generated client (web/src/gql) is among them. */
const WEB_SOURCES = ['web/src', 'web/index.html', 'web/vite.config.ts'];

/** True when a build is missing, older than one of its sources, or made from another lockfile. */
function stampIsStale(stampFile, output, sources) {
  let builtAt;
  let stamp;
  try {
    builtAt = statSync(stampFile).mtimeMs;
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return true;
  }
  if (!existsSync(output) || stamp.lockfile !== lockfileHash()) return true;
  return sources.some((source) => newestMtime(join(ROOT, source)) > builtAt);
}

const cliIsStale = () => stampIsStale(STAMP, BUILT_CLI, SOURCES);
const webIsStale = () => stampIsStale(WEB_STAMP, join(WEB_DIST, 'index.html'), WEB_SOURCES);

/** True when dist/ or web/dist is missing or stale: a few milliseconds. */
export function isStale() {
  return cliIsStale() || webIsStale();
}

function writeStamp(file, startedAt, lockfile) {
  writeAtomically(file, `${JSON.stringify({ builtAt: startedAt.toISOString(), lockfile })}\n`);
  utimesSync(file, startedAt, startedAt);
}

/** The dashboard: Vite writes web/dist (index.html and hashed assets), then the stamp. */
export async function buildWeb() {
  const startedAt = new Date();
  const lockfile = lockfileHash();
  const vite = await import('vite');
  // A production build even when run under vitest (NODE_ENV=test): Vite and the React plugin would
  // otherwise bundle React's development build and development JSX. This script is its own process.
  process.env.NODE_ENV = 'production';
  await vite.build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'warn', mode: 'production' });
  writeStamp(WEB_STAMP, startedAt, lockfile);
}

function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

export async function build() {
  await buildCli();
  await buildWeb();
}

async function buildCli() {
  // The stamp gets the time the build started: a source saved during the build makes it stale again.
  const startedAt = new Date();
  const lockfile = lockfileHash();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli.ts'],
    outfile: BUILT_CLI,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', '@graphql-yoga/render-graphiql'],
    // Bundled CommonJS packages call require() for Node's built-ins; ESM has no require of its own.
    banner: {
      js: "import { createRequire as __adsauthCreateRequire } from 'node:module';\nconst require = __adsauthCreateRequire(import.meta.url);",
    },
    // Stack traces name the sources with `NODE_OPTIONS=--enable-source-maps`.
    sourcemap: 'linked',
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(join(DIST, 'migrations'), { recursive: true });
  const copyMigrations = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const from = join(dir, entry.name);
      const to = join(DIST, 'migrations', relative(MIGRATIONS, from));
      if (entry.isDirectory()) {
        mkdirSync(to, { recursive: true });
        copyMigrations(from);
      } else {
        const temporary = `${to}.${process.pid}.tmp`;
        cpSync(from, temporary);
        renameSync(temporary, to);
      }
    }
  };
  copyMigrations(MIGRATIONS);
  // The map before the bundle, the bundle before the stamp.
  const outputs = [...result.outputFiles].sort((a, b) => Number(a.path === BUILT_CLI) - Number(b.path === BUILT_CLI));
  for (const output of outputs) writeAtomically(output.path, output.contents);
  writeStamp(STAMP, startedAt, lockfile);
}

/** `node scripts/build.js` exits with this when esbuild (a dev dependency) is not installed. */
export const NO_ESBUILD_EXIT = 3;

/** Builds what is missing or older than its sources; answers what it built (empty: all was up to date). */
export async function buildIfStale() {
  const [cli, web] = [cliIsStale(), webIsStale()];
  if (cli) await buildCli();
  if (web) await buildWeb();
  return [...(cli ? ['dist/'] : []), ...(web ? ['web/dist'] : [])];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  const onlyIfStale = process.argv.includes('--if-stale');
  try {
    const built = onlyIfStale ? await buildIfStale() : (await build(), ['dist/', 'web/dist']);
    process.stdout.write(
      built.length > 0 ? `build: ${built.join(' and ')} in ${Date.now() - started} ms\n` : 'build: dist/ and web/dist are up to date\n',
    );
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !/'(esbuild|vite)'/.test(String(error.message))) throw error;
    process.stderr.write('build: esbuild or vite is not installed (dev dependencies: npm ci installs them)\n');
    process.exit(NO_ESBUILD_EXIT);
  }
}
