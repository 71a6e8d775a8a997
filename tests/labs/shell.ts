/**
 * The shell a lab runs in: one bash process per lab, fed step after step like a terminal, so
 * variables, the working directory and background jobs carry from one step to the next.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readStepResult, wrapStep, type StepResult } from '../../src/lib/labs/index.ts';

/** A root shell's usual environment, and nothing of the test runner's: the outputs must not depend on it. */
export const SHELL_ENV: NodeJS.ProcessEnv = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  HOME: '/root',
  LANG: 'C',
  LC_ALL: 'C',
  TERM: 'dumb',
};

export class LabShell {
  readonly #bash: ChildProcessWithoutNullStreams;
  readonly #marker = `LAB_${randomBytes(8).toString('hex')}`;
  #buffer = '';
  #exited = false;
  #killed = false;
  #onData: (() => void) | undefined;

  constructor() {
    // Its own process group, so that a timeout can kill it with everything it started.
    this.#bash = spawn('bash', ['--noprofile', '--norc'], { cwd: '/', env: SHELL_ENV, detached: true });
    this.#bash.stdout.setEncoding('utf8');
    this.#bash.stdout.on('data', (chunk: string) => {
      this.#buffer += chunk;
      this.#onData?.();
    });
    // Writing to a shell that was just killed fails with EPIPE; run() reports the dead shell instead.
    this.#bash.stdin.on('error', () => {});
    this.#bash.on('exit', () => {
      this.#exited = true;
      this.#onData?.();
    });
    // The shell's own messages (syntax errors) belong with the step's output.
    this.#bash.stdin.write('exec 2>&1\n');
  }

  get alive(): boolean {
    return !this.#exited && !this.#killed;
  }

  /** Runs one step; rejects when the shell exits or the step outlives `timeoutMs` (the shell is then killed). */
  run(commands: string, vars: readonly string[], timeoutMs: number): Promise<StepResult> {
    if (!this.alive) return Promise.reject(new Error('the lab shell has exited'));
    this.#buffer = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#onData = undefined;
        this.kill();
        reject(new Error(`timed out after ${timeoutMs / 1000} s; output so far:\n${this.#buffer}`));
      }, timeoutMs);
      this.#onData = () => {
        const result = readStepResult(this.#buffer, this.#marker);
        if (result === undefined && !this.#exited) return;
        clearTimeout(timer);
        this.#onData = undefined;
        if (result === undefined) reject(new Error(`the lab shell exited; output:\n${this.#buffer}`));
        else {
          this.#buffer = result.rest;
          resolve(result);
        }
      };
      this.#bash.stdin.write(wrapStep(commands, this.#marker, vars));
    });
  }

  /** Kills the shell and its process group (background jobs included). */
  kill(): void {
    if (!this.alive || this.#bash.pid === undefined) return;
    this.#killed = true;
    try {
      process.kill(-this.#bash.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** Runs a snippet in a fresh bash with the given variables set; for the cleanup, which must run even when the lab shell is gone. */
export function runOnce(commands: string, vars: Record<string, string>, timeoutMs: number): { output: string; status: number | null } {
  const r = spawnSync('bash', ['-c', `exec 2>&1\n${commands}`], { cwd: '/', env: { ...SHELL_ENV, ...vars }, encoding: 'utf8', timeout: timeoutMs });
  return { output: `${r.stdout ?? ''}${r.error ? `\n${r.error.message}` : ''}`, status: r.status };
}
