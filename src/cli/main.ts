/**
 * Headroom's command line: the same core as the app, for scripts. Exit 0 on success,
 * 2 with one line on stderr for bad arguments, unreadable files or nothing usable.
 */
import { ImportFileError } from '../core/ingest/types.ts';
import { UsageError } from './args.ts';
import { inspectCommand, INSPECT_HELP } from './inspect.ts';
import { erlangCommand, ERLANG_HELP } from './erlang.ts';
import { portsCommand, PORTS_HELP } from './ports.ts';
import { prorateCommand, PRORATE_HELP } from './prorate.ts';
import { contractCommand, CONTRACT_HELP } from './contract.ts';
import { licensesCommand, LICENSES_HELP } from './licenses.ts';
import { storageCommand, STORAGE_HELP } from './storage.ts';
import { rechargeCommand, RECHARGE_HELP } from './recharge.ts';

type Command = (argv: string[], out: (s: string) => void) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  inspect: { run: inspectCommand, help: INSPECT_HELP },
  erlang: { run: erlangCommand, help: ERLANG_HELP },
  ports: { run: portsCommand, help: PORTS_HELP },
  recharge: { run: rechargeCommand, help: RECHARGE_HELP },
  prorate: { run: prorateCommand, help: PRORATE_HELP },
  contract: { run: contractCommand, help: CONTRACT_HELP },
  licenses: { run: licensesCommand, help: LICENSES_HELP },
  storage: { run: storageCommand, help: STORAGE_HELP },
};

function help(): string {
  return [
    'Headroom: capacity answers from dialer usage exports.',
    '',
    'usage: npm run cli -- <command> [options]',
    '',
    'commands:',
    ...Object.values(COMMANDS).map((c) => '  ' + c.help.split('\n').join('\n  ')),
    '',
    'Money in JSON is a decimal string with two places; times are ISO 8601 UTC.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help() + '\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command '${name}' (try --help)`);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help + '\n');
    return 0;
  }
  return command.run(rest, (s) => process.stdout.write(s + '\n'));
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    const known = err instanceof UsageError || err instanceof ImportFileError;
    let message = err instanceof Error ? err.message : String(err);
    if (err instanceof ImportFileError && err.code === 'too-large') message += ' (--max-rows N)';
    process.stderr.write(`headroom: ${known ? message : `internal error: ${message}`}\n`);
    process.exitCode = 2;
  },
);
