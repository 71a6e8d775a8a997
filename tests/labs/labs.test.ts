/**
 * Runs every lab step on this machine, as root, and compares its output with the output the
 * page shows (both from src/data/labs). Each lab runs in one bash, with its own scratch
 * directory, namespaces and cgroups; a step the machine cannot run is skipped with the reason
 * in its name; the lab's cleanup always runs, and the test checks that it left nothing behind.
 *
 * `LABS_RECORD=file.json` also writes every step's raw output there, to update the data.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { labs } from '../../src/data/index.ts';
import type { Lab } from '../../src/data/schema/lab.ts';
import { commandsNamed, normalizeOutput, skipReason, stateChanges, type MachineState } from '../../src/lib/labs/index.ts';
import { probeMachine } from './probe.ts';
import { LabShell, runOnce } from './shell.ts';
import { machineState } from './state.ts';

const probe = probeMachine(commandsNamed(labs.flatMap((l) => [...l.requires, ...l.steps.flatMap((s) => s.requires)])));
const recorded: Record<string, { output: string; status: number }> = {};
const CLEANUP_TIMEOUT_MS = 30_000;

afterAll(() => {
  const file = process.env['LABS_RECORD'];
  if (file) writeFileSync(file, `${JSON.stringify(recorded, null, 2)}\n`);
});

function describeLab(lab: Lab): void {
  let shell: LabShell | undefined;
  let before: MachineState = {};
  let vars: Record<string, string> = {};
  let cleanedUp = false;
  let killedAt: string | undefined;

  const cleanup = () => {
    cleanedUp = true;
    shell?.kill();
    return runOnce(lab.cleanup.commands, vars, CLEANUP_TIMEOUT_MS);
  };

  beforeAll(() => {
    before = machineState();
    shell = new LabShell();
  });
  const reasons = lab.steps.map((step) => skipReason([...lab.requires, ...step.requires], probe));
  const allSkipped = reasons.every((r) => r !== undefined);
  // A safety net for runs that filter out the cleanup test.
  afterAll(() => {
    if (!cleanedUp && !allSkipped) cleanup();
  });

  lab.steps.forEach((step, i) => {
    const reason = reasons[i];
    if (reason !== undefined) {
      test.skip(`${step.id} [skipped: ${reason}]`, () => {});
      return;
    }
    test(
      step.id,
      async () => {
        if (!shell?.alive) throw new Error(`not run: the lab's shell was killed when step ${killedAt ?? '?'} timed out`);
        const result = await shell.run(step.commands, lab.vars, step.timeout * 1000).catch((error: unknown) => {
          killedAt = step.id;
          throw error;
        });
        vars = result.vars;
        recorded[`${lab.id}/${step.id}`] = { output: result.output, status: result.status };
        const rules = [...lab.normalize, ...step.normalize];
        expect.soft(normalizeOutput(result.output, rules), 'the output, normalized').toBe(normalizeOutput(step.output, rules));
        expect(result.status, `the exit status; the output was:\n${result.output}`).toBe(step.status);
      },
      step.timeout * 1000 + 5_000,
    );
  });

  const labReason = skipReason(lab.requires, probe);
  (labReason !== undefined || allSkipped ? test.skip : test)(
    `cleanup leaves nothing behind${labReason ? ` [skipped: ${labReason}]` : allSkipped ? ' [skipped: no step ran]' : ''}`,
    () => {
      // The cleanup's exit status is that of its last, tolerant command; what counts is the machine's state.
      const result = cleanup();
      expect(stateChanges(before, machineState()), `what the lab left behind (+) or removed (-); the cleanup printed:\n${result.output}`).toEqual([]);
    },
    CLEANUP_TIMEOUT_MS + 5_000,
  );
}

for (const lab of labs) describe(`lab ${lab.id}`, () => describeLab(lab));
