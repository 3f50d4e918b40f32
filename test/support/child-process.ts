import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Runs a TypeScript file in a child Node process (through tsx), collecting its stdout lines. */
export function runTs(
  file: string,
  args: readonly string[],
  /** Variables added to this process's environment for the child. */
  env: Readonly<Record<string, string>> = {},
): {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const lines: string[] = [];
  let stderr = '';
  createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
  }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, lines, exited };
}
