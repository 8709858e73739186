#!/usr/bin/env node
// Builds the workspace package in the current folder into dist/ (compiled JS + .d.ts) for `npm pack`:
// tsc with the package's tsconfig.build.json, then imports of a sibling workspace become imports of its package name.
// Usage (a package's "build" script): node ../bin/build-package.js [--copy <folder>]...
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { copy: { type: 'string', multiple: true, default: [] } } });
const packageDir = process.cwd();
const folder = basename(packageDir);
const repoDir = dirname(packageDir);
const stageDir = join(packageDir, '.build');
const distDir = join(packageDir, 'dist');

/** Sibling folders that are workspace packages, by folder name: `protocol` → `@majordome/protocol`. */
const rootManifest = JSON.parse(readFileSync(join(repoDir, 'package.json'), 'utf8'));
const siblings = new Map(
  (rootManifest.workspaces ?? []).map((name) => [name, JSON.parse(readFileSync(join(repoDir, name, 'package.json'), 'utf8')).name]),
);

function fail(message) {
  process.stderr.write(`build-package (${folder}): ${message}\n`);
  process.exit(1);
}

function filesBelow(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

rmSync(stageDir, { recursive: true, force: true });
rmSync(distDir, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', join(packageDir, 'tsconfig.build.json')], { stdio: 'inherit' });
if (compiled.status !== 0) fail('tsc failed');

// With rootDir at the repository (the package imports a sibling by relative path), tsc also emits the sibling: keep only ours.
const emitted = existsSync(join(stageDir, folder)) ? join(stageDir, folder) : stageDir;
renameSync(emitted, distDir);
rmSync(stageDir, { recursive: true, force: true });

const specifier = /(from\s+|import\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g;
for (const file of filesBelow(distDir)) {
  if (!/\.(js|d\.ts)$/.test(file)) continue;
  const text = readFileSync(file, 'utf8');
  const rewritten = text.replace(specifier, (whole, lead, quote, path) => {
    const target = relative(packageDir, join(dirname(join(packageDir, relative(distDir, file))), path)).split(sep).join('/');
    const sibling = /^\.\.\/([^/]+)\/index\.(ts|js)$/.exec(target);
    if (sibling) {
      const name = siblings.get(sibling[1]);
      if (!name) fail(`${relative(distDir, file)} imports ${target}, which is not a workspace package`);
      return `${lead}${quote}${name}${quote}`;
    }
    if (target.startsWith('../')) fail(`${relative(distDir, file)} imports ${target}, outside the package`);
    // Declaration files keep the source's .ts specifiers; consumers resolve the emitted .js.
    return `${lead}${quote}${path.replace(/\.ts$/, '.js')}${quote}`;
  });
  if (rewritten !== text) writeFileSync(file, rewritten);
}

for (const asset of values.copy) cpSync(join(packageDir, asset), join(distDir, asset), { recursive: true });
process.stdout.write(`build-package (${folder}): ${filesBelow(distDir).length} files in ${relative(repoDir, distDir)}\n`);
