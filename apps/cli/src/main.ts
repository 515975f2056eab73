import { replayCommand } from './replay-command';
import { verifyCommand } from './verify-command';

const USAGE = `usage:
  liucheng verify <bundle.json> [--public-key admin.pub.pem] [--progress | --no-progress]
  liucheng replay <bundle.json> [--instance <id>] [--seq N]
exit code 0 when the bundle verifies (or the replay succeeds), 1 otherwise, 2 for bad usage`;

/** Option values by name (`--seq 3`), flags as `true`, and the positional arguments. */
function parse(argv: string[]): { positional: string[]; options: Map<string, string | true> } {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) positional.push(arg);
    else if (['--progress', '--no-progress', '--help'].includes(arg)) options.set(arg.slice(2), true);
    else options.set(arg.slice(2), argv[++i] ?? '');
  }
  return { positional, options };
}

/** The CLI; resolves to the exit code (1 with a message for anything unexpected, never a stack trace alone). */
export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (error) {
    process.stdout.write(`FAIL ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function run(argv: string[]): Promise<number> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const { positional, options } = parse(argv);
  const [command, file] = positional;
  if (options.has('help') || !command || !file) {
    process.stderr.write(`${USAGE}\n`);
    return options.has('help') ? 0 : 2;
  }
  if (command === 'verify') {
    const publicKey = options.get('public-key');
    // The bar only where someone watches it: a TTY, or when asked.
    const progress = options.has('progress') || (!options.has('no-progress') && process.stderr.isTTY === true);
    return verifyCommand({ file, publicKey: typeof publicKey === 'string' ? publicKey : undefined, progress }, out);
  }
  if (command === 'replay') {
    const seqText = options.get('seq');
    const seq = typeof seqText === 'string' ? Number(seqText) : undefined;
    if (seq !== undefined && !(Number.isInteger(seq) && seq >= 1)) {
      process.stderr.write('--seq must be a positive integer\n');
      return 2;
    }
    const instance = options.get('instance');
    return replayCommand({ file, instance: typeof instance === 'string' ? instance : undefined, seq }, out);
  }
  process.stderr.write(`unknown command ${command}\n${USAGE}\n`);
  return 2;
}
