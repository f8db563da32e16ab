/** Loads the work area's records from the workbook and reloads them after each change. */
import { useCallback, useEffect, useState } from 'react';
import { useWorkPort, type WorkState } from '../services/workPort';

export interface WorkStateHandle {
  state: WorkState | null;
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function useWorkState(): WorkStateHandle {
  const work = useWorkPort();
  const [state, setState] = useState<WorkState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setState(await work.loadWorkState());
      setError(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setLoading(false);
    }
  }, [work]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, error, loading, reload };
}

/** Today as a day number (days since 1970-01-01 UTC). */
export const today = (): number => Math.floor(Date.now() / 86_400_000);
