import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_INFO, CompileFailedError, ensureCompiled, needsCompile } from '../../../bin/compiled-entry.js';

/**
 * bin/tradegraph.js runs dist/ and compiles src/ first only when it changed: the decision is made
 * from modification times, so these tests date files explicitly (seconds since the epoch).
 */
let root = '';

function write(path: string, text: string, atSecond?: number): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
  if (atSecond !== undefined) utimesSync(join(root, path), atSecond, atSecond);
}

function dateFolder(path: string, atSecond: number): void {
  utimesSync(join(root, path), atSecond, atSecond);
}

/** A compiled checkout: sources at t=100, dist/ and its build record at t=200. */
function compiledCheckout(): void {
  write('tsconfig.json', '{}', 100);
  write('tsconfig.build.json', '{}', 100);
  write('src/cli/main.ts', 'export {};\n', 100);
  dateFolder('src/cli', 100);
  dateFolder('src', 100);
  write('dist/cli/main.js', 'export {};\n', 200);
  write(BUILD_INFO, '{}', 200);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tg-compiled-entry-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('needsCompile', () => {
  it('is false when dist/ was compiled after every source and compiler setting', () => {
    compiledCheckout();
    expect(needsCompile(root)).toBe(false);
  });

  it('is true when nothing was compiled yet, or the entry is missing', () => {
    write('src/cli/main.ts', 'export {};\n');
    expect(needsCompile(root)).toBe(true);
    compiledCheckout();
    rmSync(join(root, 'dist/cli/main.js'));
    expect(needsCompile(root)).toBe(true);
  });

  it('is true when a source was modified after the build record', () => {
    compiledCheckout();
    write('src/cli/main.ts', 'export const changed = 1;\n', 300);
    expect(needsCompile(root)).toBe(true);
  });

  it('is true when a source was removed or added (its folder changed)', () => {
    compiledCheckout();
    dateFolder('src/cli', 300);
    expect(needsCompile(root)).toBe(true);
  });

  it('is true when a compiler setting changed', () => {
    compiledCheckout();
    write('tsconfig.build.json', '{ "compilerOptions": {} }', 300);
    expect(needsCompile(root)).toBe(true);
  });

  it('is false without src/ (an image that ships dist/ only)', () => {
    write('dist/cli/main.js', 'export {};\n');
    expect(needsCompile(root)).toBe(false);
  });
});

describe('ensureCompiled (runs the real tsc -b on a one-file project)', () => {
  function project(source: string): void {
    write('package.json', '{ "type": "module" }');
    write('tsconfig.json', JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, types: [] } }));
    write('tsconfig.build.json', JSON.stringify({ extends: './tsconfig.json', compilerOptions: { rootDir: 'src', outDir: 'dist', incremental: true, tsBuildInfoFile: 'dist/.tsbuildinfo' }, include: ['src'] }));
    write('src/cli/main.ts', source);
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  }
  const quiet = { stderr: { write: () => true } };

  it('compiles a changed checkout once, finds it up to date, and refuses a source that does not compile until it does', () => {
    project('export const answer: number = 42;\n');
    expect(ensureCompiled(root, quiet)).toBe(true);
    expect(statSync(join(root, 'dist/cli/main.js')).isFile()).toBe(true);
    expect(needsCompile(root)).toBe(false);
    expect(ensureCompiled(root, quiet)).toBe(false);

    write('src/cli/main.ts', 'export const answer: number = "forty-two";\n', Date.now() / 1000 + 10);
    const reported: string[] = [];
    expect(() => ensureCompiled(root, { stderr: { write: (text: string) => reported.push(text) } })).toThrow(CompileFailedError);
    expect(reported.join('')).toContain('TS2322');
    expect(needsCompile(root)).toBe(true);
  }, 90_000);
});
