import 'reflect-metadata';
import { loadConfigOrExit, onTerminationSignal, survivePoolRejectionsDuringOutages } from '@casetrail/runtime';
import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli.module';
import { ExitCode, reportError, UsageError } from './cli-errors';
import { RuntimeContext } from './runtime-context';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  survivePoolRejectionsDuringOutages();
  const app = await CommandFactory.createWithoutRunning(CliModule.forRoot(config), {
    logger: ['error'],
    cliName: 'casetrail',
    errorHandler: (error) => {
      // Commander reports usage errors itself; help and version are not failures.
      const code = (error as { code?: string }).code ?? '';
      const exitCode = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(code)
        ? ExitCode.Ok
        : ExitCode.Usage;
      process.exit(exitCode);
    },
    // Errors thrown outside a command's run (an option parser refusing a value) land here.
    serviceErrorHandler: (error) => {
      if (error instanceof UsageError) {
        process.stderr.write(`error: ${error.message}\n`);
        process.exitCode = ExitCode.Usage;
      } else {
        process.exitCode = reportError(error);
      }
    },
  });
  // Interrupted, the CLI still stops the embedded server it started (it runs in its own process group).
  onTerminationSignal(() => app.get(RuntimeContext).close(), 30_000, 130);
  try {
    await CommandFactory.runApplication(app);
  } finally {
    await app.get(RuntimeContext).close();
    await app.close();
  }
}

main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((error: unknown) => process.exit(reportError(error)));
