import {
  compile,
  historyVersions,
  replay,
  sha256Canonical,
  type CompiledWorkflow,
  type JsonObject,
} from '@liucheng/engine';
import { workflowRegistry } from '@liucheng/workflows';
import { readBundle } from './read-bundle';

export interface ReplayArgs {
  file: string;
  instance?: string;
  seq?: number;
}

/** Top-level context keys whose value differs between two steps. */
function changedKeys(before: JsonObject, after: JsonObject): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => sha256Canonical(before[k] ?? null) !== sha256Canonical(after[k] ?? null)).sort();
}

/**
 * `liucheng replay <bundle.json> [--instance <id>] [--seq N]`: the instance right after entry N
 * (default the last), recomputed by the engine from the bundle's history, as JSON on stdout.
 */
export function replayCommand(args: ReplayArgs, out: (line: string) => void): number {
  const bundle = readBundle(args.file);
  if (typeof bundle === 'string') {
    out(`FAIL ${bundle}`);
    return 1;
  }
  const instance = args.instance ? bundle.instances.find((i) => i.id === args.instance) : bundle.instances[0];
  if (!instance || (!args.instance && bundle.instances.length !== 1)) {
    out(
      args.instance
        ? `FAIL instance ${args.instance} is not in the bundle`
        : 'FAIL the bundle holds several instances: name one with --instance <id>',
    );
    return 1;
  }
  const seq = args.seq ?? instance.history.length;
  if (seq < 1 || seq > instance.history.length) {
    out(`FAIL instance ${instance.id} has no entry ${seq} (entries 1–${instance.history.length})`);
    return 1;
  }
  // A migrated instance ran on several versions: replay starts on the first, switches at each @migrate.
  const ran = historyVersions(instance.history, instance.version);
  const specs = ran.map((v) => bundle.definitions.find((d) => d.key === instance.definitionKey && d.version === v));
  const absent = ran.filter((_, i) => !specs[i]);
  if (absent.length > 0) {
    out(`FAIL definition ${absent.map((v) => `${instance.definitionKey}@${v}`).join(', ')} is not in the bundle`);
    return 1;
  }
  try {
    const compiled = new Map<number, CompiledWorkflow>(
      ran.map((v, i) => [v, compile(specs[i]!.spec, workflowRegistry)]),
    );
    const events = instance.history
      .slice(0, seq)
      .map((e) => ({ type: e.type, data: e.data, actor: e.actor, at: e.at }));
    const results = replay(compiled.get(ran[0])!, events, { versions: (v) => compiled.get(v) });
    const now = results[seq - 1];
    const before = seq > 1 ? results[seq - 2].context : {};
    const entry = instance.history[seq - 1];
    out(
      JSON.stringify(
        {
          instanceId: instance.id,
          seq,
          event: { type: entry.type, actor: entry.actor, at: entry.at, data: entry.data },
          state: now.state,
          status: now.status,
          context: now.context,
          changed: changedKeys(before, now.context),
          matchesRecordedState: sha256Canonical(now.state) === sha256Canonical(entry.stateAfter),
        },
        null,
        2,
      ),
    );
    return 0;
  } catch (error) {
    out(`FAIL replay stops at or before seq ${seq}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
