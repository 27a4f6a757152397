import { type CliIo, main } from '../../src/cli/main';
import { fixedClock } from '../../src/clock';

/** Runs the `board` command in this process, at `now`, with nobody at the terminal: its exit code and what it printed. */
export async function runBoard(args: string[], now: string, io: Partial<CliIo> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    clock: fixedClock(now),
    interactive: false,
    ...io,
  });
  return { code, stdout, stderr };
}
