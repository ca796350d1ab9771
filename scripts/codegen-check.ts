// npm run codegen:check: regenerates test/gql/ in memory and exits 1 when the committed files differ.
import { OUTPUT_DIR, codegenProblems } from './codegen-files.ts';

const problems = await codegenProblems();
if (problems.length > 0) {
  process.stderr.write(`codegen:check: ${problems.join('; ')}. Run "npm run codegen" and commit ${OUTPUT_DIR}/.\n`);
  process.exit(1);
}
process.stdout.write(`codegen:check: ${OUTPUT_DIR}/ is up to date\n`);
