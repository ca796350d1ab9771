// Counts type assertions in src/**/*.ts of the tree given as argv[2] with the TypeScript parser (comments and strings never count).
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
const require = createRequire(import.meta.url);
const ts = require('typescript');
const root = process.argv[2] ?? '.';
const files = execFileSync('git', ['-C', root, 'ls-files', 'src/**.ts', 'src/*.ts'], { encoding: 'utf8' }).split('\n').filter(Boolean);
const counts = { as: 0, asUnknownAs: 0, nonNull: 0 };
const where = { as: [], asUnknownAs: [], nonNull: [] };
for (const file of [...new Set(files)]) {
  const text = readFileSync(join(root, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const line = (n) => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (node) => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const isConst = ts.isTypeReferenceNode(node.type) && node.type.typeName.getText() === 'const';
      const inner = ts.isAsExpression(node.expression) && node.expression.type.kind === ts.SyntaxKind.UnknownKeyword;
      if (inner) {
        counts.asUnknownAs++;
        where.asUnknownAs.push(line(node));
      } else if (!isConst && !(node.type.kind === ts.SyntaxKind.UnknownKeyword && ts.isAsExpression(node.parent))) {
        counts.as++;
        where.as.push(line(node));
      }
    }
    if (ts.isNonNullExpression(node)) {
      counts.nonNull++;
      where.nonNull.push(line(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
if (process.argv[3] === '-v') console.log(JSON.stringify(where, null, 1));
console.log(
  `as casts (not as const, not as unknown as): ${counts.as}; as unknown as: ${counts.asUnknownAs}; non-null !: ${counts.nonNull}`,
);
