/** React hooks over the simulator's workbook model: re-render when it changes. */
import { useEffect, useState } from 'react';
import type { ModelChange, Workbook } from '../simulator/model';

export interface WorkbookVersion {
  /** Bumped on every change notification. */
  version: number;
  /** Bumped only on changes that alter a sheet's shape or its objects (not plain cell edits or selection). */
  structureVersion: number;
  last: ModelChange | null;
}

export function useWorkbookVersion(workbook: Workbook): WorkbookVersion {
  const [state, setState] = useState<WorkbookVersion>({ version: 0, structureVersion: 0, last: null });
  useEffect(() => {
    setState((s) => ({ version: s.version + 1, structureVersion: s.structureVersion + 1, last: null }));
    return workbook.onChange((change) => {
      const structural = change.kinds.some((k) => k === 'structure' || k === 'objects' || k === 'cells');
      setState((s) => ({ version: s.version + 1, structureVersion: structural ? s.structureVersion + 1 : s.structureVersion, last: change }));
    });
  }, [workbook]);
  return state;
}
