import { CommandRunner } from 'nest-commander';
import { ExitCode, reportError, UsageError } from '../cli-errors';

/** Runs a command and turns any failure into a message and an exit code, never a stack trace. */
export abstract class CasetrailCommand<TOptions extends object = Record<string, unknown>> extends CommandRunner {
  async run(params: string[], options?: Record<string, unknown>): Promise<void> {
    try {
      await this.execute(params, (options ?? {}) as TOptions);
    } catch (error) {
      if (error instanceof UsageError) {
        process.stderr.write(`error: ${error.message}\n`);
        process.exitCode = ExitCode.Usage;
        return;
      }
      process.exitCode = reportError(error);
    }
  }

  protected abstract execute(params: string[], options: TOptions): Promise<void>;
}
