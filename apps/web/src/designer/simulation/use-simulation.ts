// Binds the simulation reducer to a draft: validates and compiles it, restarts when the draft changes.
import {
  compile,
  validateDefinition,
  type CompiledWorkflow,
  type ValidationProblem,
  type WorkflowSpec,
} from '@liucheng/engine';
import { workflowRegistry } from '@liucheng/workflows';
import { useCallback, useMemo, useState } from 'react';
import { initialSimulation, simulate } from './simulation-reducer';
import type { SimulationAction, SimulationState } from './simulation.types';

export interface UseSimulation {
  compiled: CompiledWorkflow | null;
  problems: ValidationProblem[];
  state: SimulationState;
  dispatch: (action: SimulationAction) => void;
}

/** The simulation of `spec` as `actor`; the clock starts at the moment the draft was loaded. */
export function useSimulation(spec: unknown, actor: string): UseSimulation {
  const { compiled, problems } = useMemo(() => compileDraft(spec), [spec]);
  // State is keyed by the compiled draft: an edited draft starts a fresh run.
  const freshRun = useMemo(() => ({ compiled, state: initialSimulation(new Date(), actor) }), [compiled, actor]);
  const fresh = freshRun.state;
  const [run, setRun] = useState(freshRun);
  const current = run.compiled === compiled ? run.state : fresh;
  const dispatch = useCallback(
    (action: SimulationAction) =>
      setRun((previous) => {
        if (!compiled) return previous;
        const base = previous.compiled === compiled ? previous.state : fresh;
        return { compiled, state: simulate(compiled, base, action) };
      }),
    [compiled, fresh],
  );
  return { compiled, problems, state: current, dispatch };
}

function compileDraft(spec: unknown): { compiled: CompiledWorkflow | null; problems: ValidationProblem[] } {
  const validation = validateDefinition(spec, workflowRegistry);
  if (!validation.ok) return { compiled: null, problems: validation.errors };
  try {
    return { compiled: compile(spec as WorkflowSpec, workflowRegistry), problems: [] };
  } catch (error) {
    const message = (error as Error).message;
    return { compiled: null, problems: [{ path: '', code: 'compile-failed', severity: 'error', message }] };
  }
}
